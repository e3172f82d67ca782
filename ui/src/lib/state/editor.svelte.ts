// The behaviour every record editor shares: a new record is created with a
// button, an existing one saves itself as the user types; field errors from
// Rust go next to their fields; what is typed is never thrown away.
import { tick } from 'svelte';
import { asApiError, type ApiError } from '../api';
import { app } from './app.svelte';
import { Autosave } from './autosave.svelte';

export interface RecordEditorOptions<F, R extends { id: number }> {
  /** The record being edited, or null for a new one. */
  original: R | null;
  toForm: (record: R | null) => F;
  toRecord: (form: F, id: number) => R;
  /** Local checks, before Rust is asked: field → message. */
  check?: (form: F) => Record<string, string>;
  create: (record: R) => Promise<R>;
  update: (record: R) => Promise<R>;
  /** Rust stored it (created or updated). */
  onSaved: (record: R) => void;
  /** The controls' ids are `<idPrefix>-<key>`. */
  idPrefix: string;
  /** Text fields, shown again as Rust stored them (trimmed) except the one being typed in. */
  textKeys: readonly (keyof F & string)[];
}

export class RecordEditor<F extends object, R extends { id: number }> {
  form: F;
  errors = $state<Record<string, string>>({});
  generalError = $state<ApiError | null>(null);
  creating = $state(false);
  dirty = $state(false);
  /** A change could not be saved and the user tried to close once. */
  warnedUnsaved = $state(false);
  readonly isNew: boolean;
  readonly saver: Autosave<R>;
  /** The panel, to focus the first field in error. */
  panel: HTMLElement | undefined;

  #options: RecordEditorOptions<F, R>;
  #stored: R | null = null;
  #deleted = false;
  #workspacePath: string | null;
  #unregister: () => void;

  constructor(options: RecordEditorOptions<F, R>) {
    this.#options = options;
    this.isNew = options.original === null;
    this.form = $state(options.toForm(options.original));
    this.saver = new Autosave<R>({
      validate: () => {
        const found = this.#check();
        this.errors = found;
        return Object.keys(found).length === 0;
      },
      save: () => {
        const original = this.#options.original;
        if (!original) return Promise.reject(new Error('nothing to save'));
        return this.#options.update(this.#record(original.id));
      },
      onSaved: (saved, stale) => {
        this.#options.onSaved(saved);
        if (stale) return;
        this.errors = {};
        this.generalError = null;
        this.warnedUnsaved = false;
        this.#stored = saved;
        this.applyStored();
      },
      onFailed: (error, stale) => {
        if (stale) return;
        this.#showError(error);
      },
    });
    // Pending changes are saved before the workspace is closed or replaced.
    this.#workspacePath = app.workspacePath;
    this.#unregister = this.isNew ? () => {} : app.registerSaver(() => this.saver.flush());
  }

  /** The form changed (call after every edit). */
  changed(): void {
    this.dirty = true;
    this.#stored = null;
    this.warnedUnsaved = false;
    if (!this.isNew) this.saver.touch();
  }

  set<K extends keyof F>(key: K, value: F[K]): void {
    this.form[key] = value;
    if (typeof key === 'string' && this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    this.changed();
  }

  /** Shows the stored (trimmed) text, except in the field being typed in. */
  applyStored(): void {
    if (!this.#stored) return;
    const next = this.#options.toForm(this.#stored);
    const focused = typeof document === 'undefined' ? '' : (document.activeElement?.id ?? '');
    for (const key of this.#options.textKeys) {
      if (focused !== `${this.#options.idPrefix}-${key}`) this.form[key] = next[key];
    }
  }

  /** Focus left a field: save now. */
  async onfocusout(): Promise<void> {
    if (this.isNew) return;
    await this.saver.flush();
    if (this.saver.settled) this.applyStored();
  }

  /** Creates the new record; null when it could not (errors are shown). */
  async create(): Promise<R | null> {
    const found = this.#check();
    if (Object.keys(found).length > 0) {
      this.errors = found;
      void this.focusFirstError();
      return null;
    }
    this.creating = true;
    this.generalError = null;
    try {
      const created = await this.#options.create(this.#record(0));
      this.#options.onSaved(created);
      return created;
    } catch (e) {
      this.#showError(asApiError(e));
      void this.focusFirstError();
      return null;
    } finally {
      this.creating = false;
    }
  }

  /** Whether the editor may close: a change that could not be saved holds
   *  it open once, pointing at the field to fix. */
  async mayClose(): Promise<boolean> {
    if (this.isNew) return true;
    await this.saver.flush();
    if ((this.saver.status === 'invalid' || this.saver.status === 'failed') && !this.warnedUnsaved) {
      this.warnedUnsaved = true;
      void this.focusFirstError();
      return false;
    }
    this.saver.cancel();
    return true;
  }

  /** The record was deleted: nothing more to save. */
  deleted(): void {
    this.#deleted = true;
    this.saver.cancel();
  }

  /** The editor goes away: save what is pending, into the same workspace only. */
  destroy(): void {
    this.#unregister();
    if (!this.isNew && !this.#deleted && app.workspacePath === this.#workspacePath) void this.saver.flush();
    else this.saver.cancel();
  }

  async focusFirstError(): Promise<void> {
    await tick();
    this.panel?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #check(): Record<string, string> {
    return this.#options.check?.(this.form) ?? {};
  }

  #record(id: number): R {
    return this.#options.toRecord($state.snapshot(this.form) as F, id);
  }

  #showError(error: ApiError): void {
    const next: Record<string, string> = {};
    for (const field of error.fields) next[field.field] ??= field.message;
    this.errors = next;
    this.generalError = error.code === 'validation' ? null : error;
  }
}
