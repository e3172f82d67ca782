// The first switch to a section costs more than the next ones: the
// engine compiles a view's code the first time it runs, and matches its
// styles, loads its fonts and lays it out for the first time. So the Shell
// draws a section's view once ahead of its first switch (when the pointer
// rests on it in the sidebar or the keyboard is on it), hidden in the page's main column (`.rehearsal` in
// app.css), lays it out and drops it, all in one task. (Drawn into an
// element outside the document, the first switch stayed as slow: the cost
// is as much the layout's as the code's.) Only ahead of a likely switch:
// every view drawn at the start held tens of megabytes more in the web
// process (the large workspace: +64 MB, settled).
//
// A rehearsal must not act on the window: while one runs, the views'
// links to the navigation (`onSelect`, `onIntent`, a panel saying which
// record is open) stand still (`rehearsing()`).
import { flushSync, mount, unmount, type Component } from 'svelte';

let active = false;

/** Whether a view is being drawn off the page now. */
export function rehearsing(): boolean {
  return active;
}

/** Draws `view` with `props` hidden at the end of `place`, runs its
 *  effects once, lays it out, and drops it. A view that fails here changes nothing: the real switch
 *  draws it as always. */
export function rehearse<Props extends Record<string, unknown>>(view: Component<Props>, props: Props, place: HTMLElement): void {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.className = 'rehearsal';
  place.append(host);
  active = true;
  try {
    const drawn = mount(view, { target: host, props });
    flushSync();
    void host.offsetHeight;
    void unmount(drawn);
  } catch {
    // Nothing was shown; the section draws itself when chosen.
  } finally {
    active = false;
    host.remove();
  }
}
