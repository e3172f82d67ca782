// jsdom has no IntersectionObserver; this one reports the "loading" row at
// a list's end as in view when a test scrolls to it (`scrollToEnd`).
import { afterEach, beforeEach, vi } from 'vitest';

const observed: { target: Element; callback: IntersectionObserverCallback }[] = [];

class ScrollObserver {
  #callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    observed.push({ target, callback: this.#callback });
  }
  unobserve(): void {}
  disconnect(): void {
    observed.splice(0, observed.length, ...observed.filter((o) => o.callback !== this.#callback));
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

/** Lists in the tests of the calling `describe` draw progressively, as in
 *  the window. */
export function progressiveLists(): void {
  beforeEach(() => {
    observed.length = 0;
    vi.stubGlobal('IntersectionObserver', ScrollObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

/** The user scrolls to the end of every list on screen. */
export function scrollToEnd(): void {
  for (const { target, callback } of [...observed]) {
    if (target.isConnected) callback([{ target, isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
  }
}
