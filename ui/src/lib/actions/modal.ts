// Makes an element behave as a modal dialog: focus moves in and stays in,
// Escape closes it, and focus returns where it was.
import type { Action } from 'svelte/action';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export interface ModalOptions {
  onescape: () => void;
  /** A selector for the element to focus first. */
  initialFocus?: string;
}

/** The open dialogs, innermost last. */
const open: HTMLElement[] = [];

export const modal: Action<HTMLElement, ModalOptions> = (node, initial) => {
  let options = initial;
  open.push(node);
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const focusables = (): HTMLElement[] => Array.from(node.querySelectorAll<HTMLElement>(FOCUSABLE));

  const first =
    (options.initialFocus ? node.querySelector<HTMLElement>(options.initialFocus) : null) ??
    focusables()[0] ??
    node;
  first.focus();

  function onkeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      options.onescape();
      return;
    }
    if (event.key !== 'Tab') return;
    // The innermost dialog handles it; an outer one must not move focus again.
    event.stopPropagation();
    const items = focusables();
    const head = items[0];
    const tail = items[items.length - 1];
    if (!head || !tail) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === head || !node.contains(active))) {
      event.preventDefault();
      tail.focus();
    } else if (!event.shiftKey && (active === tail || !node.contains(active))) {
      event.preventDefault();
      head.focus();
    }
  }

  // Focus that wanders out (a click on the backdrop) is brought back.
  function onfocusin(event: FocusEvent): void {
    if (event.target instanceof Node && !node.contains(event.target)) {
      (focusables()[0] ?? node).focus();
    }
  }

  // A key pressed while focus is nowhere (the focused button was just
  // disabled, or removed) still belongs to the innermost dialog: Escape
  // closes it and Tab comes back into it.
  function onstraykeydown(event: KeyboardEvent): void {
    if (open[open.length - 1] !== node) return;
    if (event.target instanceof Node && node.contains(event.target)) return;
    onkeydown(event);
  }

  node.addEventListener('keydown', onkeydown);
  document.addEventListener('keydown', onstraykeydown);
  document.addEventListener('focusin', onfocusin);

  return {
    update(next: ModalOptions) {
      options = next;
    },
    destroy() {
      open.splice(open.indexOf(node), 1);
      node.removeEventListener('keydown', onkeydown);
      document.removeEventListener('keydown', onstraykeydown);
      document.removeEventListener('focusin', onfocusin);
      if (previous && previous.isConnected) previous.focus();
    },
  };
};
