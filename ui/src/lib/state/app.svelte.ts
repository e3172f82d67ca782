// The application's state as Rust last described it (`AppSnapshot`), plus
// the error the user has not dismissed yet.
import { asApiError, type ApiError } from '../api';
import type { AppSnapshot } from '../bindings';
import { setLocale } from '../i18n';
import { applyTheme } from '../theme';

class AppState {
  snapshot = $state<AppSnapshot | null>(null);
  /** Shown as a banner until dismissed. */
  error = $state<ApiError | null>(null);
  /** A workspace command is running (a native dialog may be open). */
  busy = $state(false);
  /** `app_state` itself failed: nothing can be shown. */
  startError = $state<ApiError | null>(null);

  apply(snapshot: AppSnapshot): void {
    setLocale(snapshot.resolvedLanguage);
    applyTheme(snapshot.theme);
    this.snapshot = snapshot;
    this.error = snapshot.error;
  }

  #savers = new Set<() => Promise<void>>();

  /** A form with autosave registers how to save now, so that pending
   *  changes reach the workspace before it is closed or replaced. */
  registerSaver(flush: () => Promise<void>): () => void {
    this.#savers.add(flush);
    return () => this.#savers.delete(flush);
  }

  /** The path of the open workspace, if any. */
  get workspacePath(): string | null {
    return this.snapshot?.workspace?.path ?? null;
  }

  /** Runs a command that answers with a snapshot, showing its failure. */
  async run(command: () => Promise<AppSnapshot>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await Promise.allSettled([...this.#savers].map((flush) => flush()));
      this.apply(await command());
    } catch (e) {
      this.error = asApiError(e);
    } finally {
      this.busy = false;
    }
  }

  dismissError(): void {
    this.error = null;
  }

  /** The profile was renamed: the sidebar shows the new name at once. */
  setTitle(name: string): void {
    const workspace = this.snapshot?.workspace;
    if (workspace) workspace.title = name.trim() || workspace.fileName;
  }

  reset(): void {
    this.snapshot = null;
    this.error = null;
    this.busy = false;
    this.startError = null;
  }
}

export const app = new AppState();
