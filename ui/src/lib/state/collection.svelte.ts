// A list of records loaded from Rust, kept in step with the workspace: views
// upsert what they saved, and `load` runs again when Rust says it changed.
import { asApiError, type ApiError } from '../api';
import type { RecordKind } from '../bindings';
import { indexById } from '../tally';

/** Something loaded from Rust that can be loaded again. */
export class Loadable<T> {
  value = $state<T | null>(null);
  loaded = $state(false);
  loadError = $state<ApiError | null>(null);

  #fetch: () => Promise<T>;
  #apply: ((value: T) => void) | null;
  #seq = 0;
  #loading: Promise<void> | null = null;

  /** `apply` receives each value loaded or set, for holders that keep it elsewhere. */
  constructor(fetch: () => Promise<T>, apply: ((value: T) => void) | null = null) {
    this.#fetch = fetch;
    this.#apply = apply;
  }

  /** Loads (again). Only the latest answer is kept when loads overlap. */
  async load(): Promise<void> {
    const seq = ++this.#seq;
    const run = (async () => {
      try {
        const value = await this.#fetch();
        if (seq !== this.#seq) return;
        this.set(value);
        this.loadError = null;
      } catch (e) {
        if (seq !== this.#seq) return;
        this.loadError = asApiError(e);
      } finally {
        if (seq === this.#seq) this.loaded = true;
      }
    })();
    this.#loading = run;
    await run;
    if (this.#loading === run) this.#loading = null;
  }

  /** Loads once; later calls wait for the first load. */
  ensure(): Promise<void> {
    if (this.loaded || this.loadError) return Promise.resolve();
    return this.#loading ?? this.load();
  }

  /** Refreshes only what was already asked for. */
  refresh(): Promise<void> {
    return this.loaded || this.#loading ? this.load() : Promise.resolve();
  }

  /** A value known to be newer than any load still running (a save's answer). */
  set(value: T): void {
    if (this.#apply) this.#apply(value);
    else this.value = value;
  }

  /** A save answered: any load still running carries older data. */
  supersede(): void {
    this.#seq += 1;
  }
}

export class Collection<T extends { id: number }> {
  list = $state<T[]>([]);
  /** Grows with every change to the list (loaded, saved, removed), for
   *  what is computed in Rust from it (the calendar of the flows). */
  revision = $state(0);

  /** The records by id. */
  byId = $derived(indexById(this.list));

  #loader: Loadable<T[]>;
  /** The kind of record it holds, when it is one of the store's lists. */
  readonly kind: RecordKind | null;

  constructor(fetch: () => Promise<T[]>, kind: RecordKind | null = null) {
    this.kind = kind;
    this.#loader = new Loadable(fetch, (list) => {
      this.list = list;
      this.revision += 1;
    });
  }

  get loaded(): boolean {
    return this.#loader.loaded;
  }

  get length(): number {
    return this.list.length;
  }

  get loadError(): ApiError | null {
    return this.#loader.loadError;
  }

  load(): Promise<void> {
    return this.#loader.load();
  }

  ensure(): Promise<void> {
    return this.#loader.ensure();
  }

  refresh(): Promise<void> {
    return this.#loader.refresh();
  }

  get(id: number | null | undefined): T | undefined {
    return id === null || id === undefined ? undefined : this.byId.get(id);
  }

  upsert(item: T): void {
    this.#loader.supersede();
    const index = this.list.findIndex((c) => c.id === item.id);
    if (index === -1) this.list.push(item);
    else this.list[index] = item;
    this.revision += 1;
  }

  remove(id: number): void {
    this.#loader.supersede();
    this.list = this.list.filter((c) => c.id !== id);
    this.revision += 1;
  }

  /** Replaces the whole list with one Rust answered (a reorder). */
  replace(list: T[]): void {
    this.#loader.supersede();
    this.list = list;
    this.revision += 1;
  }
}
