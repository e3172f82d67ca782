// Long lists render their first rows at once and the rest as the user
// scrolls near the end, so that thousands of rows open without a pause.
// The filter and the keyboard work on the whole list.
//
// The first frame of a list holds what fills the window (a row is never
// shorter than `ROW_MIN` pixels), not more: the rows below it are drawn
// right after that frame is painted, up to the list's `first`, and then as
// the end comes near.
import type { Action } from 'svelte/action';
import { rehearsing } from './rehearse';

/** The rows a list draws when it is drawn once ahead of its first switch
 *  (`rehearse.ts`): enough to run the code and match the styles of a row,
 *  without the memory of a whole screen of them. */
const REHEARSAL_ROWS = 4;

/** The shortest row of any list, in CSS pixels. */
const ROW_MIN = 44;

/** The rows that fill the window, at most `most` (at least a few, for a
 *  window not laid out yet). */
export function screenful(most: number): number {
  const height = typeof window === 'undefined' ? 0 : window.innerHeight;
  return Math.min(most, Math.max(12, Math.ceil(height / ROW_MIN) + 3));
}

export class Progressive {
  /** How many rows are rendered. */
  limit = $state(0);
  #first: number;
  #step: number;

  /** `first`: the rows drawn before the user scrolls (the window's worth
   *  in the first frame, the rest just after it); `step`: the rows added
   *  each time the end of the list comes near. */
  constructor(first = 150, step = 300) {
    this.#first = first;
    this.#step = step;
    this.limit = typeof IntersectionObserver === 'undefined' ? Infinity : rehearsing() ? REHEARSAL_ROWS : screenful(first);
  }

  /** The rows of `rows` to draw. */
  take<T>(rows: readonly T[]): readonly T[] {
    return rows.length > this.limit ? rows.slice(0, this.limit) : rows;
  }

  /** Back to the first rows (the filter changed). */
  reset(): void {
    if (this.limit !== Infinity) this.limit = screenful(this.#first);
  }

  /** Makes sure row `index` is rendered. */
  reveal(index: number): void {
    if (index >= this.limit) this.limit = index + this.#step;
  }

  /** The rows below the first frame's, or the next step of them. */
  more(): void {
    this.limit = this.limit < this.#first ? this.#first : this.limit + this.#step;
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

  /** On an element after the last row: renders more as it nears the view,
   *  and more again while it stays near once they are drawn. */
  sentinel: Action<HTMLElement> = (node) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.more();
        // Observed anew, the element is reported once the rows just added
        // are laid out, whether it is still near or not.
        observer.unobserve(node);
        observer.observe(node);
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
