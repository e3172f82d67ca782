// The window's one tooltip. It shows
// - the whole text of a name cut short with an ellipsis (`.ellipsis`,
//   `.clamp`, or any `text-overflow: ellipsis`), only when it is really cut
//   (its text is wider or taller than its box), and
// - what an element's `data-tip` says (a sidebar badge: what it counts),
// when the pointer rests on it, or at once when the focus lands, by
// keyboard, on it or on the control holding it. It goes on leave, blur,
// scroll, a press elsewhere or Escape (WCAG 1.4.13: it can be pointed at
// without going, and dismissed without moving the focus).
//
// A `title` does neither of the two first: it never shows on focus and
// shows the text whether or not it was cut. The tooltip is not linked to
// the control by aria-describedby: a cut name is already the control's own
// text, read whole by a screen reader, and a `data-tip` comes with its own
// description in the page (see the sidebar's badges).
//
// `installTooltips()` once (the shell and the welcome screen call it; it
// counts its users): one set of listeners on the document for every list.

/** How long the pointer rests before the tooltip shows. */
const HOVER_DELAY = 350;
/** How far up from what the pointer is on to look for what it is about. */
const POINTER_DEPTH = 6;
/** How many elements inside a focused control are looked at. */
const FOCUS_SCAN = 200;
const GAP = 6;
const MARGIN = 8;

type Mode = 'pointer' | 'focus';

let users = 0;
let uninstall: (() => void) | null = null;
let tip: HTMLElement | null = null;
let anchor: Element | null = null;
let mode: Mode | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Whether an element's text is cut short on screen. */
export function isTruncated(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  // Cut to a few lines (`.clamp`): taller than its box. No slack either
  // way: a text one pixel too wide already loses its end to the ellipsis.
  if (el.classList.contains('clamp')) return el.scrollHeight > el.clientHeight;
  if (!el.classList.contains('ellipsis') && getComputedStyle(el).textOverflow !== 'ellipsis') return false;
  return el.scrollWidth > el.clientWidth;
}

/** The text a person sees in an element (not what is there only for
 *  screen readers), on one line. */
function visibleText(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !node.classList.contains('visually-hidden')) node.childNodes.forEach(walk);
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** What the tooltip says about an element, or null when nothing. */
function tipOf(el: Element): string | null {
  const own = el.getAttribute('data-tip');
  if (own) return own;
  if (!isTruncated(el)) return null;
  return visibleText(el) || null;
}

/** What the pointer is on: the nearest element with something to say. */
function pointed(target: Element): Element | null {
  let el: Element | null = target;
  for (let depth = 0; el && el !== document.body && depth < POINTER_DEPTH; depth++, el = el.parentElement) {
    if (tipOf(el)) return el;
  }
  return null;
}

/** What a focused control holds that has something to say: itself, what
 *  is inside it, or the cut text around it (a link in a cut cell). */
function focusedTips(control: Element): Element[] {
  const found: Element[] = [];
  if (tipOf(control)) found.push(control);
  const inside = control.querySelectorAll('*');
  for (let i = 0; i < inside.length && i < FOCUS_SCAN; i++) {
    const el = inside[i];
    if (el && !found.some((f) => f.contains(el)) && tipOf(el)) found.push(el);
  }
  if (found.length === 0) {
    let up = control.parentElement;
    for (let depth = 0; up && up !== document.body && depth < 3; depth++, up = up.parentElement) {
      if (isTruncated(up)) return [up];
    }
  }
  return found;
}

/** Whether the last thing the user did was on the keyboard (not a press
 *  of the pointer): the focus it moves is shown, as `:focus-visible` does. */
let byKeyboard = true;

function ensureTip(): HTMLElement {
  if (tip?.isConnected) return tip;
  tip = document.createElement('div');
  tip.id = 'app-tooltip';
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('data-testid', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  return tip;
}

/** Below the element, or above when there is no room; inside the window. */
function place(el: HTMLElement, at: Element): void {
  const box = at.getBoundingClientRect();
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  let top = box.bottom + GAP;
  if (top + height > window.innerHeight - MARGIN && box.top - GAP - height >= MARGIN) top = box.top - GAP - height;
  const left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - width - MARGIN));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}

function show(targets: Element[], how: Mode): void {
  clearTimeout(timer);
  const first = targets[0];
  const text = targets
    .map(tipOf)
    .filter((t): t is string => t !== null)
    .join('\n');
  if (!first || !text) {
    hide();
    return;
  }
  const el = ensureTip();
  el.textContent = text;
  el.hidden = false;
  anchor = first;
  mode = how;
  place(el, first);
}

function hide(): void {
  clearTimeout(timer);
  anchor = null;
  mode = null;
  if (tip) {
    tip.hidden = true;
    tip.textContent = '';
  }
}

function onpointerover(event: PointerEvent | MouseEvent): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  // Pointing at the tooltip itself keeps it.
  if (tip && tip.contains(target)) {
    clearTimeout(timer);
    return;
  }
  const found = pointed(target);
  if (found && found === anchor) {
    clearTimeout(timer);
    return;
  }
  clearTimeout(timer);
  if (mode === 'pointer') hide();
  if (found) timer = setTimeout(() => show([found], 'pointer'), HOVER_DELAY);
}

function onpointerout(event: PointerEvent | MouseEvent): void {
  // Out of the window altogether.
  if (event.relatedTarget === null) {
    clearTimeout(timer);
    if (mode === 'pointer') hide();
  }
}

function onfocusin(event: FocusEvent): void {
  const target = event.target;
  if (!(target instanceof Element) || target === document.body) return;
  const found = byKeyboard ? focusedTips(target) : [];
  if (found.length > 0) show(found, 'focus');
  else if (mode === 'focus') hide();
}

function onfocusout(): void {
  if (mode === 'focus') hide();
}

/** A scroll moves what the pointer was on: the tooltip goes. The focus
 *  landing below the fold scrolls it into view: the tooltip follows. */
function onscroll(): void {
  if (mode === 'focus' && anchor?.isConnected && tip && !tip.hidden) place(tip, anchor);
  else hide();
}

function onpointerdown(): void {
  byKeyboard = false;
  hide();
}

function onkeydown(event: KeyboardEvent): void {
  byKeyboard = true;
  if (event.key !== 'Escape' || !tip || tip.hidden) return;
  // Escape first dismisses the tooltip; the next one does what it does.
  event.preventDefault();
  event.stopPropagation();
  hide();
}

/** Starts the tooltip for the window; returns what stops it. */
export function installTooltips(): () => void {
  users++;
  if (!uninstall) {
    // One table of listeners, added and removed alike.
    const listeners: [EventTarget, string, EventListener, boolean][] = [
      [document, 'mouseover', (e) => onpointerover(e as MouseEvent), false],
      [document, 'mouseout', (e) => onpointerout(e as MouseEvent), false],
      [document, 'focusin', (e) => onfocusin(e as FocusEvent), false],
      [document, 'focusout', onfocusout, false],
      [document, 'pointerdown', onpointerdown, true],
      [document, 'scroll', onscroll, true],
      [window, 'keydown', (e) => onkeydown(e as KeyboardEvent), true],
      [window, 'blur', hide, false],
      [window, 'resize', hide, false],
    ];
    for (const [target, type, listener, capture] of listeners) target.addEventListener(type, listener, capture);
    uninstall = () => {
      for (const [target, type, listener, capture] of listeners) target.removeEventListener(type, listener, capture);
      hide();
      tip?.remove();
      tip = null;
    };
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    users--;
    if (users === 0) {
      uninstall?.();
      uninstall = null;
    }
  };
}
