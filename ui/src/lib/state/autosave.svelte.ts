// Saves a form after the user pauses typing (and at once on blur), one
// request at a time, and says where it stands.
import { asApiError, type ApiError } from '../api';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

export interface AutosaveOptions<R> {
  delay?: number;
  /** Checks the form locally; false marks it invalid without calling Rust. */
  validate?: () => boolean;
  save: () => Promise<R>;
  /** `stale` is true when the user edited the form while it was saving. */
  onSaved: (result: R, stale: boolean) => void;
  onFailed: (error: ApiError, stale: boolean) => void;
}

export class Autosave<R> {
  status = $state<SaveStatus>('idle');
  failure = $state<ApiError | null>(null);

  #options: AutosaveOptions<R>;
  #edits = 0;
  #attempted = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> | null = null;
  #again = false;

  constructor(options: AutosaveOptions<R>) {
    this.#options = options;
  }

  /** The form changed: save once the user pauses. */
  touch(): void {
    this.#edits += 1;
    if (this.status !== 'saving') this.status = 'pending';
    this.#clearTimer();
    this.#timer = setTimeout(() => void this.flush(), this.#options.delay ?? 600);
  }

  /** Saves now if anything changed since the last attempt. */
  async flush(): Promise<void> {
    this.#clearTimer();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    if (this.#edits === this.#attempted) return;
    this.#running = this.#save();
    try {
      await this.#running;
    } finally {
      this.#running = null;
    }
    if (this.#again || this.#edits !== this.#attempted) {
      this.#again = false;
      if (this.#edits !== this.#attempted && this.#timer === null) await this.flush();
    }
  }

  /** Forgets pending changes (the record is being deleted). */
  cancel(): void {
    this.#clearTimer();
    this.#attempted = this.#edits;
  }

  /** True when nothing is waiting to be saved. */
  get settled(): boolean {
    return this.#edits === this.#attempted && this.#running === null;
  }

  async #save(): Promise<void> {
    const edits = this.#edits;
    this.#attempted = edits;
    if (this.#options.validate && !this.#options.validate()) {
      this.status = 'invalid';
      this.failure = null;
      return;
    }
    this.status = 'saving';
    try {
      const result = await this.#options.save();
      const stale = this.#edits !== edits;
      this.failure = null;
      this.status = stale ? 'pending' : 'saved';
      this.#options.onSaved(result, stale);
    } catch (e) {
      const error = asApiError(e);
      const stale = this.#edits !== edits;
      this.failure = error;
      this.status = stale ? 'pending' : error.code === 'validation' ? 'invalid' : 'failed';
      this.#options.onFailed(error, stale);
    }
  }

  #clearTimer(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
  }
}
