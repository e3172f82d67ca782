// The only place that talks to the Rust side. Components import these
// wrappers, so tests can replace this module with `vi.mock`.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  Activity,
  ApiError,
  AppSnapshot,
  BackupInfo,
  Channel,
  DeleteImpact,
  EntityKind,
  ErrorCode,
  FieldCode,
  FieldError,
  LanguagePref,
  MenuAction,
  OrgKind,
  Profile,
  RaciCell,
  RaciRole,
  RecordKind,
  Records,
  RestoreOutcome,
  SectionCounts,
  ThemePref,
  UndoToken,
  WorkspaceChange,
} from './bindings';

export type { ApiError, FieldError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asFieldError(value: unknown): FieldError | null {
  if (!isRecord(value)) return null;
  const { field, code, message } = value;
  if (typeof field !== 'string' || typeof message !== 'string') return null;
  return { field, code: (typeof code === 'string' ? code : 'invalid') as FieldCode, message };
}

/**
 * Every command rejects with an `ApiError` whose messages Rust has already
 * translated. Anything else (a bug, a missing command) becomes an `internal`
 * error carrying its text.
 */
export function asApiError(e: unknown): ApiError {
  if (isRecord(e) && typeof e.code === 'string' && typeof e.message === 'string') {
    const fields = Array.isArray(e.fields)
      ? e.fields.map(asFieldError).filter((f): f is FieldError => f !== null)
      : [];
    return { code: e.code as ErrorCode, message: e.message, fields };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message, fields: [] };
}

/** Rust's field errors by field name (`title`, `cadence.everyWeeks`), the first of each. */
export function fieldErrors(error: ApiError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of error.fields) found[field.field] ??= field.message;
  return found;
}

/** What `public/early.js` asked for at the page's start, still untaken. */
function earlyAnswers(): Map<string, Promise<unknown>> | undefined {
  return (window as { __rumboEarly?: Map<string, Promise<unknown>> }).__rumboEarly;
}

/** How long after the page began the first screen's early answers
 *  (`public/early.js`) may still be taken, in ms. */
const EARLY_MS = 10_000;

/** The answer `public/early.js` asked for at the page's start, for a read
 *  without arguments asked for the first time, if nothing else was asked
 *  before it (anything else may change what those reads answer, so it
 *  drops them all) and the page is still starting. */
function takeEarly(command: string, args: Record<string, unknown> | undefined): Promise<unknown> | undefined {
  const early = earlyAnswers();
  if (!early || early.size === 0) return undefined;
  const answer = args === undefined && performance.now() < EARLY_MS ? early.get(command) : undefined;
  if (answer) early.delete(command);
  else early.clear();
  return answer;
}

/** Invokes a Rust command; failures become `ApiError`s. Only the `api*.ts`
 *  modules call it. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    const early = takeEarly(command, args) as Promise<T> | undefined;
    return await (early ?? invoke<T>(command, args));
  } catch (e) {
    throw asApiError(e);
  }
}

// App and workspace

export const appState = (): Promise<AppSnapshot> => call('app_state');
export const setLanguage = (language: LanguagePref): Promise<AppSnapshot> =>
  call('set_language', { language });
export const setTheme = (theme: ThemePref): Promise<AppSnapshot> => call('set_theme', { theme });
/** Asks for a file and creates a workspace there from the organization template `template`. */
export const workspaceNew = (template: OrgKind = 'empty'): Promise<AppSnapshot> => call('workspace_new', { template });
export const workspaceOpen = (): Promise<AppSnapshot> => call('workspace_open');
export const workspaceOpenPath = (path: string): Promise<AppSnapshot> =>
  call('workspace_open_path', { path });
export const workspaceOpenSample = (): Promise<AppSnapshot> => call('workspace_open_sample');
export const workspaceClose = (): Promise<AppSnapshot> => call('workspace_close');
export const recentClear = (): Promise<AppSnapshot> => call('recent_clear');

// Backups and copies of the open workspace

/** The open workspace's backups, newest first. */
export const backupList = (): Promise<BackupInfo[]> => call('backup_list');
/** Takes a backup now (reason `manual`). */
export const backupNow = (): Promise<BackupInfo> => call('backup_now');
/** Restores a backup from `backupList` over the open workspace: Rust keeps
 *  the current state as a `before-restore` backup first, then reopens it.
 *  A file that is not known to be this workspace's backup (`origin` other
 *  than `own`) is refused (`foreign_backup`) unless `force`: ask first. */
export const backupRestore = (path: string, force = false): Promise<RestoreOutcome> =>
  call('backup_restore', { path, force });
/** Restores `snapshot.recovery.backup` over the damaged file and opens it;
 *  the damaged file is moved aside (`damagedMovedTo`). */
export const workspaceRecover = (): Promise<RestoreOutcome> => call('workspace_recover');
/** Asks where in the native save dialog, then writes a complete copy of the
 *  open workspace. The path written, or null when the user cancelled. */
export const workspaceSaveCopy = (): Promise<string | null> => call('workspace_save_copy');

// Organization profile

export const profileGet = (): Promise<Profile> => call('profile_get');
export const profileSave = (profile: Profile): Promise<Profile> => call('profile_save', { profile });

// Records of every kind (`RECORD_KINDS`): one set of commands for them all

/** Every record of `kind`, in the order the window lists them. */
export const recordList = <K extends RecordKind>(kind: K): Promise<Records[K][]> => call('record_list', { kind });
/** Creates a record (`record.id` is ignored); answers it as stored. */
export const recordCreate = <K extends RecordKind>(kind: K, record: Records[K]): Promise<Records[K]> =>
  call('record_create', { kind, record });
/** Saves a record's changes; answers it as stored. */
export const recordUpdate = <K extends RecordKind>(kind: K, record: Records[K]): Promise<Records[K]> =>
  call('record_update', { kind, record });
/** Deletes a record; the token brings it back (this session only). */
export const recordDelete = (kind: RecordKind, id: number): Promise<UndoToken> => call('record_delete', { kind, id });
/** What deleting a record would unlink or remove, with names: ask first. */
export const deleteImpact = (kind: EntityKind, id: number): Promise<DeleteImpact> => call('delete_impact', { kind, id });
export const undoDelete = (token: number): Promise<null> => call('undo_delete', { token });

// The workspace as a whole

export const sectionCounts = (): Promise<SectionCounts> => call('section_counts');

// What records of one kind do beyond create, update and delete

/** The CM's role in each department and activity. */
export const raciList = (): Promise<RaciCell[]> => call('raci_list');
/** `null` clears the cell. */
export const raciSet = (departmentId: number, activityId: number, role: RaciRole | null): Promise<null> =>
  call('raci_set', { departmentId, activityId, role });
/** Puts the activities in this order; answers them all. */
export const activityReorder = (ids: number[]): Promise<Activity[]> => call('activity_reorder', { ids });
/** Scores a channel on a criterion (`null` clears it); answers the channel. */
export const fitSetScore = (channelId: number, criterionId: number, score: number | null): Promise<Channel> =>
  call('fit_set_score', { channelId, criterionId, score });

// Events

/** The native menu asks the window to replace or close the workspace
 *  (File → New, Open, Open Recent, Close), to save a copy of it or to show
 *  its backups; the window saves pending edits first, then runs the
 *  matching command. */
export function onMenuAction(handler: (action: MenuAction) => void): Promise<UnlistenFn> {
  return hear('menu-action', handler);
}

/** Listens to Rust's event `name`. Whatever Rust says may change what the
 *  first screen's early reads answered (a second launch hands the window
 *  its file, say): they are dropped first. */
function hear<T>(name: string, handler: (payload: T) => void): Promise<UnlistenFn> {
  return listen<T>(name, (event) => {
    earlyAnswers()?.clear();
    handler(event.payload);
  });
}

/** Rust changed the app's state (language, theme, recent files, profile
 *  name, whether backups are being made…). */
export function onAppState(handler: (snapshot: AppSnapshot) => void): Promise<UnlistenFn> {
  return hear('app-state', handler);
}

/** Rust wrote to the workspace (a save, a delete, an undo): the change
 *  says which kinds of records and which other parts changed, as the store
 *  saw it. The workspace store listens (`state/store.svelte.ts`). */
export function onWorkspaceChanged(handler: (change: WorkspaceChange) => void): Promise<UnlistenFn> {
  return hear('workspace-changed', handler);
}

// Links in user text

/** Asks Rust to open `url` outside the app: it checks the address, shows
 *  it in a native confirmation dialog and opens it only if the user agrees.
 *  True when it was opened. */
export const openLink = (url: string): Promise<boolean> => call('open_link', { url });
