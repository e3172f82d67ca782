// The only place that talks to the Rust side. Components import these
// wrappers, so tests can replace this module with `vi.mock`.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  ApiError,
  AppSnapshot,
  Channel,
  ChannelInput,
  ErrorCode,
  FieldCode,
  FieldError,
  LanguagePref,
  MenuAction,
  Profile,
  ThemePref,
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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
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

// Organization profile

export const profileGet = (): Promise<Profile> => call('profile_get');
export const profileSave = (profile: Profile): Promise<Profile> => call('profile_save', { profile });

// Channels

export const channelList = (): Promise<Channel[]> => call('channel_list');
export const channelCreate = (input: ChannelInput): Promise<Channel> =>
  call('channel_create', { input });
export const channelUpdate = (id: number, input: ChannelInput): Promise<Channel> =>
  call('channel_update', { id, input });
export const channelDelete = (id: number): Promise<null> => call('channel_delete', { id });

// Events

/** The native menu asks the window to replace or close the workspace
 *  (File → New, Open, Open Recent, Close); the window saves pending edits
 *  first, then runs the matching command. */
export function onMenuAction(handler: (action: MenuAction) => void): Promise<UnlistenFn> {
  return listen<MenuAction>('menu-action', (event) => handler(event.payload));
}

/** Rust changed the app's state (language, theme, recent files, profile name…). */
export function onAppState(handler: (snapshot: AppSnapshot) => void): Promise<UnlistenFn> {
  return listen<AppSnapshot>('app-state', (event) => handler(event.payload));
}
