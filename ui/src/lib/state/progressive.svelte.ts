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

  /** The rows of `rows` to draw. */
  take<T>(rows: readonly T[]): readonly T[] {
    return rows.length > this.limit ? rows.slice(0, this.limit) : rows;
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

  /** Draws a record just made, wherever the list puts it, so that the view
   *  can focus its row: `rows` is the whole list, in its order. Called
   *  while the component that draws the list is set up. */
  follow(rows: () => readonly { id: number }[]): void {
    let known: Set<number> | null = null;
    $effect.pre(() => {
      const list = rows();
      const before = known;
      // What the list held the last time: a memo, not state to react to.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      known = new Set(list.map((r) => r.id));
      if (!before || before.size === 0) return;
      let last = -1;
      list.forEach((r, index) => {
        if (!before.has(r.id)) last = index;
      });
      if (last >= 0) this.reveal(last);
    });
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

/** The first `limit` rows of a list drawn in groups, group by group (`key`
 *  names a group's rows): a group cut short keeps its heading, the groups
 *  after the limit are left out. */
export function firstRows<K extends string, G extends { [k in K]: readonly unknown[] }>(groups: readonly G[], key: K, limit: number): G[] {
  let left = limit;
  const out: G[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    const rows = group[key];
    out.push(rows.length > left ? { ...group, [key]: rows.slice(0, left) } : group);
    left -= rows.length;
  }
  return out;
}
