// Which record a section's editor shows: none, a new one, or one by id. The
// list opens it, and so does a link from anywhere (`navigate(section, id)`),
// once the list has loaded and holds it.
import { tick, untrack } from 'svelte';
import type { Collection } from './collection.svelte';
import { nav, onSelect, type Section } from './nav.svelte';

export class Opener<T extends { id: number }> {
  /** undefined: closed; null: a new record; a number: that record. */
  id = $state<number | null | undefined>(undefined);
  /** What a new record's form starts with (a link that knows part of it). */
  prefill = $state<Record<string, unknown>>({});
  #requested = $state<number | null>(null);
  #list: Collection<T>;

  /** Call while the component initialises. Links to `section` open their
   *  record here; a section that holds more than one kind passes null and
   *  hands each link to the right opener (`request`). */
  constructor(section: Section | null, list: Collection<T>) {
    this.#list = list;
    if (section) onSelect(section, (id) => this.request(id));
    // The record open is part of where the window is (remembered per workspace).
    $effect(() => {
      const id = this.id;
      const kind = list.kind;
      if (kind) untrack(() => nav.opened(kind, typeof id === 'number' ? id : null));
    });
    $effect(() => {
      const requested = this.#requested;
      if (requested === null || !list.loaded) return;
      if (list.byId.has(requested)) this.id = requested;
      this.#requested = null;
    });
  }

  /** Opens record `id` once the list has loaded (if it holds it). */
  request(id: number): void {
    this.#requested = id;
  }

  /** The record shown: null for a new one, undefined when closed (or gone). */
  get record(): T | null | undefined {
    if (this.id === undefined || this.id === null) return this.id;
    return this.#list.get(this.id);
  }

  open(id: number | null): void {
    this.prefill = {};
    this.id = id;
  }

  /** Opens a new record whose form starts with `prefill`. */
  openNew(prefill: Record<string, unknown> = {}): void {
    this.id = undefined;
    this.prefill = prefill;
    this.id = null;
  }

  close(): void {
    this.id = undefined;
  }
}

/** After an editor closed: focuses the row `selector` finds, or else the
 *  element `fallback` finds. */
export async function focusAfterClose(selector: string | null, fallback: string): Promise<void> {
  await tick();
  const row = selector ? document.querySelector<HTMLElement>(selector) : null;
  (row ?? document.querySelector<HTMLElement>(fallback))?.focus();
}
