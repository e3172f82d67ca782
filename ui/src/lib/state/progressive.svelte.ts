// Long lists render their first rows at once and the rest as the user
// scrolls near the end, so that thousands of rows open without a pause.
// The filter and the keyboard work on the whole list.
import type { Action } from 'svelte/action';
import { rehearsing } from './rehearse';

/** The rows a list draws when it is drawn once ahead of its first switch
 *  (`rehearse.ts`): enough to run the code and match the styles of a row,
 *  without the memory of a whole screen of them. */
const REHEARSAL_ROWS = 4;

export class Progressive {
  /** How many rows are rendered. */
  limit = $state(0);
  #first: number;
  #step: number;

  constructor(first = 150, step = 300) {
    this.#first = first;
    this.#step = step;
    this.limit = typeof IntersectionObserver === 'undefined' ? Infinity : rehearsing() ? REHEARSAL_ROWS : first;
  }

  /** Back to the first rows (the filter changed). */
  reset(): void {
    if (this.limit !== Infinity) this.limit = this.#first;
  }

  /** Makes sure row `index` is rendered. */
  reveal(index: number): void {
    if (index >= this.limit) this.limit = index + this.#step;
  }

  more(): void {
    this.limit += this.#step;
  }

  /** On an element after the last row: renders more as it nears the view. */
  sentinel: Action<HTMLElement> = (node) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.more();
      },
      { rootMargin: '1200px 0px' },
    );
    observer.observe(node);
    return { destroy: () => observer.disconnect() };
  };
}
