import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installTooltips, isTruncated } from './tooltip';

/** jsdom lays nothing out: an element is "cut" when told its text is wider. */
function cut(el: HTMLElement, text = 300, box = 100): HTMLElement {
  Object.defineProperty(el, 'scrollWidth', { configurable: true, value: text });
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: box });
  return el;
}

const tooltip = (): HTMLElement | null => document.querySelector<HTMLElement>('[role="tooltip"]:not([hidden])');
const over = (el: Element): boolean => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `
    <ul>
      <li><button type="button" id="row">
        <span class="ellipsis" id="name">Asociación de Vecinos del Barrio de San Lorenzo</span>
        <span class="ellipsis" id="owner">María José Fernández-Villaverde</span>
        <span id="plain">Plain</span>
      </button></li>
      <li><button type="button" id="short"><span class="ellipsis" id="fits">Short</span></button></li>
    </ul>
    <button type="button" id="nav">Channels <span class="badge" data-tip="10 channels" id="badge" aria-hidden="true">10</span></button>
    <p id="elsewhere">Elsewhere</p>`;
  cut(document.getElementById('name') as HTMLElement);
  cut(document.getElementById('owner') as HTMLElement);
  stop = installTooltips();
  // As after a Tab: the focus is shown.
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the tooltip', () => {
  it('tells a cut text from one that fits', () => {
    expect(isTruncated(document.getElementById('name') as HTMLElement)).toBe(true);
    expect(isTruncated(document.getElementById('fits') as HTMLElement)).toBe(false);
    // Wider than its box but not cut with an ellipsis: not a cut name.
    expect(isTruncated(cut(document.getElementById('plain') as HTMLElement))).toBe(false);
  });

  it('shows the whole of a cut name when the pointer rests on it, and goes when it leaves', () => {
    over(document.getElementById('name') as HTMLElement);
    expect(tooltip()).toBeNull();
    vi.advanceTimersByTime(400);
    expect(tooltip()).toHaveTextContent('Asociación de Vecinos del Barrio de San Lorenzo');
    expect(tooltip()).toHaveClass('tooltip');

    // Onto the tooltip itself: it stays (it can be read, and selected).
    over(tooltip() as HTMLElement);
    vi.advanceTimersByTime(400);
    expect(tooltip()).not.toBeNull();

    over(document.getElementById('elsewhere') as HTMLElement);
    expect(tooltip()).toBeNull();
  });

  it('says nothing for a text that fits', () => {
    over(document.getElementById('fits') as HTMLElement);
    vi.advanceTimersByTime(400);
    expect(tooltip()).toBeNull();
  });

  it('shows every cut text of a control when it gets the focus, and goes on blur', () => {
    (document.getElementById('row') as HTMLElement).focus();
    const tip = tooltip();
    expect(tip?.textContent).toBe('Asociación de Vecinos del Barrio de San Lorenzo\nMaría José Fernández-Villaverde');

    (document.getElementById('short') as HTMLElement).focus();
    expect(tooltip()).toBeNull();
  });

  it('shows nothing for a focus a press of the pointer gave', () => {
    const row = document.getElementById('row') as HTMLElement;
    row.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    row.focus();
    expect(tooltip()).toBeNull();
    row.blur();

    // Tab: the keyboard moves the focus again.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    row.focus();
    expect(tooltip()).not.toBeNull();
  });

  it('goes on Escape without moving the focus, and Escape then does what it does', () => {
    const row = document.getElementById('row') as HTMLElement;
    const heard = vi.fn();
    document.addEventListener('keydown', heard);
    row.focus();
    expect(tooltip()).not.toBeNull();

    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tooltip()).toBeNull();
    expect(document.activeElement).toBe(row);
    expect(heard).not.toHaveBeenCalled();

    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(heard).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', heard);
  });

  it('shows what a badge says, on hover and on the focus of its control', () => {
    over(document.getElementById('badge') as HTMLElement);
    vi.advanceTimersByTime(400);
    expect(tooltip()).toHaveTextContent('10 channels');
    over(document.getElementById('elsewhere') as HTMLElement);

    (document.getElementById('nav') as HTMLElement).focus();
    expect(tooltip()).toHaveTextContent('10 channels');
  });

  it('is one element for the window, gone when its last user stops', () => {
    const again = installTooltips();
    (document.getElementById('row') as HTMLElement).focus();
    expect(document.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    again();
    expect(document.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    stop();
    expect(document.querySelectorAll('[role="tooltip"]')).toHaveLength(0);
  });
});
