// The one record editor: what editing any kind of record does the same way.
// A new record is created with a button (Enter, or Create); from then on,
// and for a stored record, each change saves itself after a pause (at once
// when the focus leaves a field or a link is chosen). Local checks and
// Rust's field errors show next to their fields, and the typed text stays.
// Leaving with a change that could not be saved holds the editor open once,
// pointing at the field to fix. Pending changes are saved before the
// workspace is closed or replaced, never into another one. `RecordPanel`
// shows an editor in the side panel, with delete (and undo) in its footer.
import { tick } from 'svelte';
import { asApiError, fieldErrors, type ApiError } from '../api';
import type { RecordKind, Records } from '../bindings';
import { app } from './app.svelte';
import { Autosave } from './autosave.svelte';
import type { WorkspaceStore } from './store.svelte';

/** What the field components (`components/fields/`) need of a form: its
 *  values, its errors by field, and how to set one. A record editor is one;
 *  the profile's form is another. */
export interface FieldHost<F extends object> {
  /** The controls' ids are `<idPrefix>-<key>`. */
  readonly idPrefix: string;
  readonly form: F;
  readonly errors: Record<string, string>;
  set<Key extends keyof F>(key: Key, value: F[Key]): void;
}

export interface RecordEditorOptions<K extends RecordKind, F extends object> {
  store: WorkspaceStore;
  kind: K;
  /** The record to edit, or null to create one. */
  original: Records[K] | null;
  /** The form for a record (null: a new one). */
  toForm: (record: Records[K] | null) => F;
  /** The record the form describes (`id` 0 while new); null when it cannot
   *  describe one (the local checks say why). */
  toRecord: (form: F, id: number) => Records[K] | null;
  /** Checks Rust cannot make (a number box holding text): field → message. */
  check?: (form: F) => Record<string, string>;
  /** The controls' ids are `<idPrefix>-<key>`. */
  idPrefix: string;
  /** Text fields shown again as Rust stored them (trimmed), except the one
   *  being typed in. */
  textKeys?: readonly (keyof F & string)[];
  /** A new record was created (the editor now edits it). */
  oncreated?: (record: Records[K]) => void;
  /** The id of the control to focus once a new record is created, when
   *  the editor stays open to edit it. */
  focusAfterCreate?: string;
  /** The form's field that shows Rust's error about a record's field,
   *  when they are not named alike (`account.url` → `url`). */
  fieldOf?: (field: string) => string;
}

export class RecordEditor<K extends RecordKind, F extends object> implements FieldHost<F> {
  readonly kind: K;
  /** The controls' ids are `<idPrefix>-<key>`. */
  readonly idPrefix: string;
  form: F;
  /** The stored record; null while it is new. */
  record = $state<Records[K] | null>(null);
  errors = $state<Record<string, string>>({});
  generalError = $state<ApiError | null>(null);
  creating = $state(false);
  /** The form was changed since it opened. */
  dirty = $state(false);
  /** A change could not be saved and the user tried to leave once. */
  warnedUnsaved = $state(false);
  readonly saver: Autosave<Records[K]>;
  /** The element holding the fields, to focus the first one refused. */
  element: HTMLElement | undefined = $state();

  #options: RecordEditorOptions<K, F>;
  /** What Rust stored on the last save, while the form has not changed since. */
  #stored: Records[K] | null = null;
  #deleted = false;
  #workspacePath: string | null;
  #unregister: () => void = () => undefined;

  constructor(options: RecordEditorOptions<K, F>) {
    this.#options = options;
    this.kind = options.kind;
    this.idPrefix = options.idPrefix;
    this.record = options.original;
    this.form = $state(options.toForm(options.original));
    this.#workspacePath = app.workspacePath;
    this.saver = new Autosave<Records[K]>({
      validate: () => {
        const found = this.#check();
        this.errors = found;
        return Object.keys(found).length === 0;
      },
      save: () => {
        const built = this.record ? this.#build(this.record.id) : null;
        if (!built) return Promise.reject(new Error('nothing to save'));
        return options.store.update(options.kind, built);
      },
      onSaved: (saved, stale) => {
        if (stale) return;
        this.record = saved;
        this.errors = {};
        this.generalError = null;
        this.warnedUnsaved = false;
        this.#stored = saved;
        this.applyStored();
      },
      onFailed: (error, stale) => {
        if (!stale) this.#showError(error);
      },
    });
    if (options.original) this.#register();
  }

  get isNew(): boolean {
    return this.record === null;
  }

  /** The form changed (call after every edit). */
  changed(): void {
    this.dirty = true;
    this.#stored = null;
    this.warnedUnsaved = false;
    if (this.record) this.saver.touch();
  }

  /** Sets one field, forgets its error, and saves after a pause. */
  set<Key extends keyof F>(key: Key, value: F[Key]): void {
    this.form[key] = value;
    if (typeof key === 'string' && this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    this.changed();
  }

  /** A deliberate choice (a link, a score): saved now, not after a pause. */
  choose<Key extends keyof F>(key: Key, value: F[Key]): void {
    this.set(key, value);
    if (this.record) void this.saver.flush();
  }

  /** Shows the stored (trimmed) text, except in the field being typed in. */
  applyStored(): void {
    const keys = this.#options.textKeys;
    if (!this.#stored || !keys) return;
    const next = this.#options.toForm(this.#stored);
    const focused = typeof document === 'undefined' ? '' : (document.activeElement?.id ?? '');
    for (const key of keys) {
      if (focused !== `${this.#options.idPrefix}-${key}`) this.form[key] = next[key];
    }
  }

  /** The focus left a field: save now. */
  async onfocusout(): Promise<void> {
    if (!this.record) return;
    await this.saver.flush();
    if (this.saver.settled) this.applyStored();
  }

  /** Creates the new record; null when it could not (errors are shown and
   *  the first field refused has the focus). */
  async create(): Promise<Records[K] | null> {
    const found = this.#check();
    const built = Object.keys(found).length === 0 ? this.#build(0) : null;
    if (!built) {
      this.errors = found;
      void this.focusFirstError();
      return null;
    }
    this.creating = true;
    this.generalError = null;
    try {
      const created = await this.#options.store.create(this.#options.kind, built);
      this.record = created;
      this.errors = {};
      this.#register();
      return created;
    } catch (e) {
      this.#showError(asApiError(e));
      void this.focusFirstError();
      return null;
    } finally {
      this.creating = false;
    }
  }

  /** The form's submit (Enter, or the Create button): creates a new record,
   *  or saves a stored one's pending change at once. */
  submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.record) {
      void this.saver.flush();
      return;
    }
    void this.create().then(async (created) => {
      if (!created) return;
      this.#options.oncreated?.(created);
      const focus = this.#options.focusAfterCreate;
      if (focus) {
        await tick();
        document.getElementById(focus)?.focus();
      }
    });
  };

  /** Whether the editor may close: saves what is pending first; a change
   *  that could not be saved holds it open once, pointing at the field. */
  async mayClose(): Promise<boolean> {
    if (!this.record) return true;
    await this.saver.flush();
    if ((this.saver.status === 'invalid' || this.saver.status === 'failed') && !this.warnedUnsaved) {
      this.warnedUnsaved = true;
      void this.focusFirstError();
      return false;
    }
    this.saver.cancel();
    return true;
  }

  /** Saves what is pending, then calls `then` (closing the editor) unless a
   *  change could not be saved (see `mayClose`). */
  async leave(then: () => void): Promise<void> {
    if (await this.mayClose()) then();
  }

  /** The record was deleted: nothing more to save, and it leaves its list. */
  deleted(): void {
    this.#deleted = true;
    this.saver.cancel();
    if (this.record) this.#options.store.records[this.kind].remove(this.record.id);
  }

  /** The editor goes away: save what is pending, into the same workspace only. */
  destroy(): void {
    this.#unregister();
    if (this.record && !this.#deleted && app.workspacePath === this.#workspacePath) void this.saver.flush();
    else this.saver.cancel();
  }

  async focusFirstError(): Promise<void> {
    await tick();
    this.element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #check(): Record<string, string> {
    return this.#options.check?.(this.form) ?? {};
  }

  #build(id: number): Records[K] | null {
    return this.#options.toRecord($state.snapshot(this.form) as F, id);
  }

  #showError(error: ApiError): void {
    const found = fieldErrors(error);
    const fieldOf = this.#options.fieldOf;
    if (!fieldOf) {
      this.errors = found;
    } else {
      const mapped: Record<string, string> = {};
      for (const [field, message] of Object.entries(found)) mapped[fieldOf(field)] ??= message;
      this.errors = mapped;
    }
    this.generalError = error.code === 'validation' ? null : error;
  }

  #register(): void {
    this.#unregister();
    this.#unregister = app.registerSaver(() => this.saver.flush());
  }
}
