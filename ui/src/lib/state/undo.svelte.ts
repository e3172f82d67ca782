// The last deletion, offered back for a few seconds: "Deleted «X». Undo".
// `UndoToast` shows it; Ctrl/Cmd+Z while it is visible also undoes.
import * as api from '../api';
import type { ApiError } from '../api';

export const UNDO_SECONDS = 10;

export interface UndoEntry {
  token: number;
  /** The name of what was deleted, as the user knows it. */
  name: string;
}

type ToastState =
  | { phase: 'deleted'; entry: UndoEntry }
  | { phase: 'undoing'; entry: UndoEntry }
  | { phase: 'restored'; entry: UndoEntry }
  | { phase: 'failed'; entry: UndoEntry; error: ApiError };

class UndoState {
  toast = $state<ToastState | null>(null);

  #timer: ReturnType<typeof setTimeout> | null = null;
  #paused = false;
  #remaining = 0;
  #started = 0;

  /** A record was deleted: offer to bring it back. */
  push(entry: UndoEntry): void {
    this.toast = { phase: 'deleted', entry };
    this.#schedule(UNDO_SECONDS * 1000);
  }

  /** Brings back the deletion on display. */
  async undo(): Promise<void> {
    const toast = this.toast;
    if (!toast || (toast.phase !== 'deleted' && toast.phase !== 'failed')) return;
    const entry = toast.entry;
    this.#clear();
    this.toast = { phase: 'undoing', entry };
    try {
      await api.undoDelete(entry.token);
      // Rust reports what came back (`workspace-changed`); the store reloads it.
      this.toast = { phase: 'restored', entry };
      this.#schedule(4000);
    } catch (e) {
      this.toast = { phase: 'failed', entry, error: api.asApiError(e) };
      this.#schedule(UNDO_SECONDS * 1000);
    }
  }

  /** True while the toast still offers the undo. */
  get canUndo(): boolean {
    return this.toast?.phase === 'deleted' || this.toast?.phase === 'failed';
  }

  dismiss(): void {
    this.#clear();
    this.toast = null;
  }

  /** The pointer or the focus is on the toast: it waits. */
  pause(): void {
    if (this.#paused || this.#timer === null) return;
    this.#paused = true;
    this.#remaining = Math.max(1500, this.#remaining - (Date.now() - this.#started));
    clearTimeout(this.#timer);
    this.#timer = null;
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    if (this.toast) this.#schedule(this.#remaining);
  }

  reset(): void {
    this.dismiss();
    this.#paused = false;
  }

  #schedule(ms: number): void {
    this.#clear();
    this.#remaining = ms;
    this.#started = Date.now();
    if (this.#paused) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.toast = null;
    }, ms);
  }

  #clear(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

export const undo = new UndoState();
