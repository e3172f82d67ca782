// The only place that talks to the Rust side. Components import these
// wrappers, so tests can replace this module with `vi.mock`.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  Activity,
  ApiError,
  AppSnapshot,
  Audience,
  BackupInfo,
  Channel,
  DeleteImpact,
  Department,
  EntityKind,
  ErrorCode,
  FieldCode,
  FieldError,
  FitCriterion,
  FitMatrix,
  LanguagePref,
  MenuAction,
  Profile,
  RaciCell,
  RaciRole,
  RestoreOutcome,
  SectionCounts,
  ThemePref,
  UndoToken,
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

/** Invokes a Rust command; failures become `ApiError`s. Only the `api*.ts`
 *  modules call it. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asApiError(e);
  }
}

// App and workspace

export const appState = (): Promise<AppSnapshot> => call('app_state');
export const setLanguage = (language: LanguagePref): Promise<AppSnapshot> =>
  call('set_language', { language });
export const setTheme = (theme: ThemePref): Promise<AppSnapshot> => call('set_theme', { theme });
export const workspaceNew = (): Promise<AppSnapshot> => call('workspace_new');
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

// The workspace as a whole

export const sectionCounts = (): Promise<SectionCounts> => call('section_counts');

/** The kinds of record a user can delete (a RACI cell is cleared instead). */
export type DeletableKind = Exclude<EntityKind, 'raci_cell'>;

/** The Rust command that deletes each kind of record. */
export const DELETE_COMMANDS: Record<DeletableKind, string> = {
  department: 'department_delete',
  activity: 'activity_delete',
  audience: 'audience_delete',
  fit_criterion: 'criterion_delete',
  channel: 'channel_delete',
  objective: 'objective_delete',
  measurement: 'measurement_delete',
  campaign: 'campaign_delete',
  flow: 'flow_delete',
  info_need: 'info_need_delete',
  recommendation: 'recommendation_delete',
};

/** What deleting a record would unlink or remove, with names: ask first. */
export const deleteImpact = (kind: EntityKind, id: number): Promise<DeleteImpact> =>
  call('delete_impact', { kind, id });

/** Deletes any record; the token brings it back (this session only). */
export function deleteRecord(kind: EntityKind, id: number): Promise<UndoToken> {
  if (kind === 'raci_cell') return Promise.reject(asApiError('a RACI cell is cleared with raci_set'));
  return call(DELETE_COMMANDS[kind], { id });
}

export const undoDelete = (token: number): Promise<null> => call('undo_delete', { token });

// Departments, activities and the CM's role (RACI)

export const departmentList = (): Promise<Department[]> => call('department_list');
export const departmentCreate = (department: Department): Promise<Department> =>
  call('department_create', { department });
export const departmentUpdate = (department: Department): Promise<Department> =>
  call('department_update', { department });
export const departmentDelete = (id: number): Promise<UndoToken> => call('department_delete', { id });

/** Ordered by position. */
export const activityList = (): Promise<Activity[]> => call('activity_list');
export const activityCreate = (activity: Activity): Promise<Activity> => call('activity_create', { activity });
export const activityUpdate = (activity: Activity): Promise<Activity> => call('activity_update', { activity });
export const activityDelete = (id: number): Promise<UndoToken> => call('activity_delete', { id });
export const activityReorder = (ids: number[]): Promise<Activity[]> => call('activity_reorder', { ids });

export const raciList = (): Promise<RaciCell[]> => call('raci_list');
/** `null` clears the cell. */
export const raciSet = (departmentId: number, activityId: number, role: RaciRole | null): Promise<null> =>
  call('raci_set', { departmentId, activityId, role });

// Audiences

export const audienceList = (): Promise<Audience[]> => call('audience_list');
export const audienceCreate = (audience: Audience): Promise<Audience> => call('audience_create', { audience });
export const audienceUpdate = (audience: Audience): Promise<Audience> => call('audience_update', { audience });
export const audienceDelete = (id: number): Promise<UndoToken> => call('audience_delete', { id });

// Brand fit

export const criterionList = (): Promise<FitCriterion[]> => call('criterion_list');
export const criterionCreate = (criterion: FitCriterion): Promise<FitCriterion> =>
  call('criterion_create', { criterion });
export const criterionUpdate = (criterion: FitCriterion): Promise<FitCriterion> =>
  call('criterion_update', { criterion });
export const criterionDelete = (id: number): Promise<UndoToken> => call('criterion_delete', { id });

export const fitMatrix = (): Promise<FitMatrix> => call('fit_matrix');
/** `null` clears the score. */
export const fitSetScore = (channelId: number, criterionId: number, score: number | null): Promise<FitMatrix> =>
  call('fit_set_score', { channelId, criterionId, score });

// Channels

export const channelList = (): Promise<Channel[]> => call('channel_list');
/** `channel.id` is ignored. */
export const channelCreate = (channel: Channel): Promise<Channel> => call('channel_create', { channel });
export const channelUpdate = (channel: Channel): Promise<Channel> => call('channel_update', { channel });
export const channelDelete = (id: number): Promise<UndoToken> => call('channel_delete', { id });

// Events

/** The native menu asks the window to replace or close the workspace
 *  (File → New, Open, Open Recent, Close), to save a copy of it or to show
 *  its backups; the window saves pending edits first, then runs the
 *  matching command. */
export function onMenuAction(handler: (action: MenuAction) => void): Promise<UnlistenFn> {
  return listen<MenuAction>('menu-action', (event) => handler(event.payload));
}

/** Rust changed the app's state (language, theme, recent files, profile
 *  name, whether backups are being made…). */
export function onAppState(handler: (snapshot: AppSnapshot) => void): Promise<UnlistenFn> {
  return listen<AppSnapshot>('app-state', (event) => handler(event.payload));
}

/** Rust wrote to the workspace (a save, a delete, an undo): `kind` says
 *  what changed, `null` the profile. Lists refresh; forms being typed in don't. */
export function onWorkspaceChanged(handler: (kind: EntityKind | null) => void): Promise<UnlistenFn> {
  return listen<EntityKind | null>('workspace-changed', (event) => handler(event.payload));
}

// Links in user text

/** Asks Rust to open `url` outside the app: it checks the address, shows
 *  it in a native confirmation dialog and opens it only if the user agrees.
 *  True when it was opened. */
export const openLink = (url: string): Promise<boolean> => call('open_link', { url });
