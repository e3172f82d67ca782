// What every plans editor does the same way: create with a button, then
// save each change automatically; Rust's field errors go next to the fields
// and the typed text stays as it was.
import { tick } from 'svelte';
import { asApiError, type ApiError } from '../../api';
import { app } from '../../state/app.svelte';
import { Autosave } from '../../state/autosave.svelte';
import { fieldErrors } from './util';

export interface RecordEditorOptions<T extends { id: number }> {
  /** The record to edit, or null to create one. */
  initial: T | null;
  /** The record as the form now describes it (id 0 while new); null when the
   *  form cannot describe one (local errors, set with `setLocalErrors`). */
  build: (id: number) => T | null;
  /** Local checks that Rust cannot make (a number box holding text). */
  check?: () => Record<string, string>;
  create: (record: T) => Promise<T>;
  update: (record: T) => Promise<T>;
  /** A version was stored: update the list. */
  stored: (record: T) => void;
  /** The element that holds the form's fields (to focus the first refused one). */
  form: () => HTMLElement | undefined;
  /** The id of the field to focus once a new record is created. */
  firstField: string;
  /** A new record was created from the form. */
  oncreated?: (record: T) => void;
}

export class RecordEditor<T extends { id: number }> {
  /** The stored record; null while it is being created. */
  record = $state<T | null>(null);
  errors = $state<Record<string, string>>({});
  generalError = $state<ApiError | null>(null);
  creating = $state(false);
  /** Set when a change could not be saved and the user tried to leave once. */
  warnedUnsaved = $state(false);
  readonly saver: Autosave<T>;

  #options: RecordEditorOptions<T>;
  #unregister: () => void = () => undefined;
  #workspace: string | null;
  #deleted = false;

  constructor(options: RecordEditorOptions<T>) {
    this.#options = options;
    this.record = options.initial;
    this.#workspace = app.workspacePath;
    this.saver = new Autosave<T>({
      validate: () => {
        const local = options.check?.() ?? {};
        this.errors = local;
        return Object.keys(local).length === 0;
      },
      save: () => {
        const current = this.record;
        const built = current ? options.build(current.id) : null;
        if (!built) return Promise.reject(new Error('nothing to save'));
        return options.update(built);
      },
      onSaved: (saved, stale) => {
        options.stored(saved);
        if (stale) return;
        this.record = saved;
        this.errors = {};
        this.generalError = null;
        this.warnedUnsaved = false;
      },
      onFailed: (error, stale) => {
        if (stale) return;
        this.errors = fieldErrors(error);
        this.generalError = error.code === 'validation' ? null : error;
      },
    });
    if (options.initial) this.#register();
  }

  get isNew(): boolean {
    return this.record === null;
  }

  /** The form changed. */
  changed(): void {
    this.warnedUnsaved = false;
    if (this.record) this.saver.touch();
  }

  /** Creates the record; answers it, or null when refused (errors shown). */
  async create(): Promise<T | null> {
    const local = this.#options.check?.() ?? {};
    const built = Object.keys(local).length === 0 ? this.#options.build(0) : null;
    if (!built) {
      this.errors = local;
      return null;
    }
    this.creating = true;
    this.generalError = null;
    try {
      const created = await this.#options.create(built);
      this.#options.stored(created);
      this.record = created;
      this.errors = {};
      this.#register();
      return created;
    } catch (e) {
      const error = asApiError(e);
      this.errors = fieldErrors(error);
      this.generalError = error.code === 'validation' ? null : error;
      return null;
    } finally {
      this.creating = false;
    }
  }

  /** Moves the focus to the first field that was refused. */
  async focusFirstError(): Promise<void> {
    await tick();
    this.#options.form()?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** The form's submit (Enter, or the Create button): creates a new record,
   *  or saves the pending change of a stored one at once. */
  submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.isNew) void this.#createFromForm();
    else void this.saver.flush();
  };

  async #createFromForm(): Promise<void> {
    const created = await this.create();
    if (!created) {
      void this.focusFirstError();
      return;
    }
    this.#options.oncreated?.(created);
    await tick();
    document.getElementById(this.#options.firstField)?.focus();
  }

  /** Saves what is pending, then calls `then` (closes the editor); when a
   *  change could not be saved, shows the refused field first. */
  async leave(then: () => void): Promise<void> {
    if (await this.settle()) then();
    else void this.focusFirstError();
  }

  /** Saves what is pending; false when a change could not be saved and the
   *  user should see why first (only once: asking again closes). */
  async settle(): Promise<boolean> {
    if (!this.record) return true;
    await this.saver.flush();
    if ((this.saver.status === 'invalid' || this.saver.status === 'failed') && !this.warnedUnsaved) {
      this.warnedUnsaved = true;
      return false;
    }
    this.saver.cancel();
    return true;
  }

  /** The record was deleted: forget pending changes. */
  deleted(): void {
    this.#deleted = true;
    this.saver.cancel();
  }

  /** The editor goes away: save what is pending, never into another
   *  workspace the menu opened meanwhile. */
  destroy(): void {
    this.#unregister();
    if (this.record && !this.#deleted && app.workspacePath === this.#workspace) void this.saver.flush();
    else this.saver.cancel();
  }

  #register(): void {
    this.#unregister();
    this.#unregister = app.registerSaver(() => this.saver.flush());
  }
}
