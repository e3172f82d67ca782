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

/** Calls `then` when the window is idle (within two seconds at most);
 *  returns what cancels it. */
export function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(then, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(then, 200);
  return () => clearTimeout(timer);
}

/** Marks a stage of the start on the page's performance timeline
 *  (`rumbo:NAME`), which the window benchmark reads to say where a start's
 *  time goes (`scripts/bench-window.sh`). Costs next to nothing. */
export function markStage(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`rumbo:${name}`);
}
