// The application's state as Rust last described it (`AppSnapshot`), plus
// the error the user has not dismissed yet and the last success notice.
import * as api from '../api';
import { asApiError, type ApiError } from '../api';
import { fileNameOf } from '../paths';
import type { AppSnapshot, RecoveryOffer, RestoreOutcome } from '../bindings';
import { setLocale } from '../i18n';
import { applyTheme } from '../theme';
import type { Section } from './nav.svelte';

/** How long a success notice stays (it waits while pointed at or focused). */
export const NOTICE_SECONDS = 8;

/** A success message (`NoticeBanner`). Its words are looked up when shown,
 *  so they follow the interface language. */
export interface Notice {
  id: number;
  /** An i18n key. */
  key: string;
  values?: Record<string, string>;
  /** A backup's time (ISO), written as `{date}` in the language on screen. */
  date?: string;
  /** A copy that was just saved: the notice offers to open it. */
  openPath?: string;
}

class AppState {
  snapshot = $state<AppSnapshot | null>(null);
  /** Shown as a banner until dismissed. */
  error = $state<ApiError | null>(null);
  /** A sound backup of the damaged file named in `error`: offered under it
   *  until the error is dismissed. */
  recovery = $state<RecoveryOffer | null>(null);
  /** A workspace command is running (a native dialog may be open). */
  busy = $state(false);
  /** `app_state` itself failed: nothing can be shown. */
  startError = $state<ApiError | null>(null);
  /** The last success ("Copy saved", "Backup restored"), for a few seconds. */
  notice = $state<Notice | null>(null);
  /** The Backups dialog is open (the sidebar's button or File → Backups…). */
  backupsOpen = $state(false);
  /** Counts the restores that reopened the same file: the shell starts
   *  again on the restored data (see `App.svelte`). */
  reopened = $state(0);

  apply(snapshot: AppSnapshot): void {
    setLocale(snapshot.resolvedLanguage);
    applyTheme(snapshot.theme);
    if ((snapshot.workspace?.path ?? null) !== this.workspacePath) this.backupsOpen = false;
    this.snapshot = snapshot;
    this.error = snapshot.error;
    this.recovery = snapshot.error ? snapshot.recovery : null;
  }

  /** A snapshot Rust sent by itself (`app-state`: the menu, the preferences,
   *  the backup timer). An error still on screen stays, with its recovery
   *  offer, unless the snapshot brings its own or another workspace. */
  follow(snapshot: AppSnapshot): void {
    const same = (snapshot.workspace?.path ?? null) === this.workspacePath;
    const error = this.error;
    const recovery = this.recovery;
    this.apply(snapshot);
    if (same && !snapshot.error && error) {
      this.error = error;
      this.recovery = recovery;
    }
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

  /**
   * Runs a command on the workspace as a whole (replace, close, copy, back
   * up, restore): pending edits are saved first, and only one runs at a
   * time. Resolves to `undefined` when another is already running; rejects
   * with the command's `ApiError`.
   */
  async exclusive<T>(command: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    try {
      await Promise.allSettled([...this.#savers].map((flush) => flush()));
      return await command();
    } catch (e) {
      throw asApiError(e);
    } finally {
      this.busy = false;
    }
  }

  /** Runs a command that answers with a snapshot, showing its failure. */
  async run(command: () => Promise<AppSnapshot>): Promise<void> {
    try {
      const snapshot = await this.exclusive(command);
      if (snapshot) this.apply(snapshot);
    } catch (e) {
      this.error = asApiError(e);
      this.recovery = null;
    }
  }

  /** Where the shell was before a restore reopened the same file. */
  #resumeSection: Section | null = null;

  /**
   * Runs a restore (`backup_restore`, `workspace_recover`): applies the
   * workspace it reopened and says what was kept. A failure goes to
   * `onerror`, or to the banner (keeping a recovery offer, to try again).
   * True when it was restored.
   */
  async restore(
    command: () => Promise<RestoreOutcome>,
    options: { onerror?: (error: ApiError) => void; section?: Section } = {},
  ): Promise<boolean> {
    let outcome: RestoreOutcome | undefined;
    try {
      outcome = await this.exclusive(command);
    } catch (e) {
      if (options.onerror) options.onerror(asApiError(e));
      else this.error = asApiError(e);
      return false;
    }
    if (!outcome) return false;
    const before = this.workspacePath;
    this.backupsOpen = false;
    this.apply(outcome.snapshot);
    if (before !== null && outcome.snapshot.workspace?.path === before) {
      this.#resumeSection = options.section ?? null;
      this.reopened += 1;
    }
    const date = outcome.restored.takenAt;
    if (outcome.damagedMovedTo) {
      this.showNotice({ key: 'backups.notice.recovered', date, values: { file: fileNameOf(outcome.damagedMovedTo) } });
    } else if (outcome.beforeRestore) {
      this.showNotice({ key: 'backups.notice.restored', date });
    } else {
      this.showNotice({ key: 'backups.notice.restoredOnly', date });
    }
    return true;
  }

  /** The section to show again once the shell restarts after a restore
   *  (taken once; null: start on the profile). */
  takeResumeSection(): Section | null {
    const section = this.#resumeSection;
    this.#resumeSection = null;
    return section;
  }

  /** File → Save a Copy…: saves pending edits, asks where (native dialog)
   *  and writes the copy. A failure goes to `onerror`, or to the banner.
   *  The path written, or null (cancelled, failed or busy). */
  async saveCopy(onerror?: (error: ApiError) => void): Promise<string | null> {
    try {
      const path = await this.exclusive(api.workspaceSaveCopy);
      if (!path) return null;
      this.showNotice({ key: 'backups.notice.copySaved', values: { path }, openPath: path });
      return path;
    } catch (e) {
      if (onerror) onerror(asApiError(e));
      else this.error = asApiError(e);
      return null;
    }
  }

  /** A part of the window (a dialog, the guided start) could not be read:
   *  said in the window's error banner. */
  partFailed(message: string): void {
    this.error = { code: 'internal', message, fields: [] };
  }

  openBackups(): void {
    if (this.workspacePath) this.backupsOpen = true;
  }

  closeBackups(): void {
    this.backupsOpen = false;
  }

  dismissError(): void {
    this.error = null;
    this.recovery = null;
  }

  // Success notices

  #noticeId = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #held = false;

  showNotice(notice: Omit<Notice, 'id'>): void {
    this.notice = { ...notice, id: ++this.#noticeId };
    this.#schedule();
  }

  dismissNotice(): void {
    this.#clearTimer();
    this.notice = null;
  }

  /** The pointer or the focus is on the notice: it stays. */
  holdNotice(): void {
    this.#held = true;
    this.#clearTimer();
  }

  /** …and goes a while after they leave. */
  releaseNotice(): void {
    this.#held = false;
    if (this.notice) this.#schedule();
  }

  #schedule(): void {
    this.#clearTimer();
    if (this.#held) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.notice = null;
    }, NOTICE_SECONDS * 1000);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The profile was renamed: the sidebar shows the new name at once. */
  setTitle(name: string): void {
    const workspace = this.snapshot?.workspace;
    if (workspace) workspace.title = name.trim() || workspace.fileName;
  }

  reset(): void {
    this.snapshot = null;
    this.error = null;
    this.recovery = null;
    this.busy = false;
    this.startError = null;
    this.dismissNotice();
    this.#held = false;
    this.backupsOpen = false;
    this.reopened = 0;
    this.#resumeSection = null;
  }
}

export const app = new AppState();
