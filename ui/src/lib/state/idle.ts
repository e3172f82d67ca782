// Work the first screen does not need, put off until that screen is on
// the display (`afterPaint`) or until the window has nothing else to do
// (`whenIdle`). Where the browser lacks the means (the unit tests' DOM),
// a plain timer stands in.

/** Calls `then` once the frame showing the DOM as it is now has been
 *  painted: a task queued from a frame callback runs after that frame. */
export function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(then, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** How long after the person's last key, click or scroll the window
 *  counts as idle where the browser cannot say (WebKitGTK, Safari). */
const QUIET_MS = 400;
let lastInput = Number.NEGATIVE_INFINITY;
if (typeof window !== 'undefined' && typeof performance !== 'undefined') {
  const seen = (): void => {
    lastInput = performance.now();
  };
  for (const type of ['keydown', 'pointerdown', 'wheel', 'input']) window.addEventListener(type, seen, { capture: true, passive: true });
}

/** Calls `then` when the window is idle (within two seconds at most where
 *  the browser knows; elsewhere after `wait` ms and once the person has
 *  not typed, clicked or scrolled for a moment); returns what cancels it. */
export function whenIdle(then: () => void, wait = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(then, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  let timer: ReturnType<typeof setTimeout>;
  const after = (ms: number): void => {
    timer = setTimeout(() => {
      const quiet = typeof performance === 'undefined' ? QUIET_MS : performance.now() - lastInput;
      if (quiet < QUIET_MS) after(QUIET_MS - quiet);
      else then();
    }, ms);
  };
  after(wait);
  return () => clearTimeout(timer);
}

/** Marks a stage of the start on the page's performance timeline
 *  (`rumbo:NAME`), which the window benchmark reads to say where a start's
 *  time goes (`scripts/bench-window.sh`). Costs next to nothing. */
export function markStage(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`rumbo:${name}`);
}
