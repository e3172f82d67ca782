import { describe, expect, it, vi } from 'vitest';
import { modal } from './modal';

function dialog(label: string): HTMLElement {
  const node = document.createElement('div');
  node.setAttribute('aria-label', label);
  const button = document.createElement('button');
  button.textContent = label;
  node.append(button);
  document.body.append(node);
  return node;
}

function press(target: EventTarget, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

describe('modal', () => {
  it('closes on Escape pressed inside it', () => {
    const node = dialog('one');
    const onescape = vi.fn();
    const action = modal(node, { onescape });
    press(node.querySelector('button') as HTMLElement, 'Escape');
    expect(onescape).toHaveBeenCalledTimes(1);
    action?.destroy?.();
    node.remove();
  });

  it('still closes when focus fell out of it (its focused button was disabled)', () => {
    const node = dialog('one');
    const onescape = vi.fn();
    const action = modal(node, { onescape });
    const button = node.querySelector('button') as HTMLButtonElement;
    button.disabled = true;
    // WebKit then moves focus to the page itself, where the key lands.
    press(document.body, 'Escape');
    expect(onescape).toHaveBeenCalledTimes(1);
    press(document.body, 'Tab');
    action?.destroy?.();
    node.remove();
  });

  it('gives a stray key to the innermost dialog only, and none after closing', () => {
    const outer = dialog('outer');
    const inner = dialog('inner');
    const closeOuter = vi.fn();
    const closeInner = vi.fn();
    const outerAction = modal(outer, { onescape: closeOuter });
    const innerAction = modal(inner, { onescape: closeInner });
    (document.activeElement as HTMLElement | null)?.blur();
    press(document.body, 'Escape');
    expect(closeInner).toHaveBeenCalledTimes(1);
    expect(closeOuter).not.toHaveBeenCalled();
    innerAction?.destroy?.();
    inner.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    press(document.body, 'Escape');
    expect(closeOuter).toHaveBeenCalledTimes(1);
    outerAction?.destroy?.();
    outer.remove();
    press(document.body, 'Escape');
    expect(closeOuter).toHaveBeenCalledTimes(1);
  });
});
