// jsdom has no IntersectionObserver; this one reports the "loading" row at
// a list's end as in view when a test scrolls to it (`scrollToEnd`).
import { afterEach, beforeEach, expect, vi } from 'vitest';

const observed: { target: Element; callback: IntersectionObserverCallback }[] = [];

class ScrollObserver {
  #callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    observed.push({ target, callback: this.#callback });
  }
  unobserve(target: Element): void {
    observed.splice(0, observed.length, ...observed.filter((o) => o.callback !== this.#callback || o.target !== target));
  }
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

/** The user scrolls to the end of the lists on screen, and again each time
 *  more rows are drawn, until `drawn()` reaches `total`. */
export async function scrollThrough(drawn: () => number, total: number): Promise<void> {
  for (let step = 0; step < 20 && drawn() < total; step++) {
    const before = drawn();
    scrollToEnd();
    await vi.waitFor(() => expect(drawn()).toBeGreaterThan(before));
  }
  expect(drawn()).toBe(total);
}
