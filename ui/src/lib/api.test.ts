import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
const listen = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock('@tauri-apps/api/event', () => ({ listen: (...args: unknown[]) => listen(...args) }));

const api = await import('./api');

/** Listening to Rust's events: gives what delivers an event to the last
 *  handler registered. */
function heardEvents(): (event: { payload: unknown }) => void {
  let handler: ((event: { payload: unknown }) => void) | undefined;
  listen.mockImplementation((_name: string, registered: (event: { payload: unknown }) => void) => {
    handler = registered;
    return Promise.resolve(() => {});
  });
  return (event) => handler?.(event);
}

describe('asApiError', () => {
  it('keeps an ApiError from Rust as it is', () => {
    const error = {
      code: 'validation',
      message: 'One field needs your attention.',
      fields: [{ field: 'name', code: 'required', message: 'This field is required.' }],
    };
    expect(api.asApiError(error)).toEqual(error);
  });

  it('turns anything else into an internal error with its text', () => {
    expect(api.asApiError('command channel_list not found')).toEqual({
      code: 'internal',
      message: 'command channel_list not found',
      fields: [],
    });
    expect(api.asApiError(new Error('boom'))).toEqual({ code: 'internal', message: 'boom', fields: [] });
    expect(api.asApiError(undefined)).toEqual({ code: 'internal', message: 'undefined', fields: [] });
    expect(api.asApiError({ code: 'io' })).toMatchObject({ code: 'internal' });
  });

  it('drops malformed field entries', () => {
    const error = api.asApiError({ code: 'validation', message: 'x', fields: [null, { field: 'name' }, 3] });
    expect(error.fields).toEqual([]);
  });
});

describe('commands', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('call Rust with the command name and camelCase arguments', async () => {
    invoke.mockResolvedValue(null);
    await api.recordUpdate('channel', { id: 3 } as never);
    expect(invoke).toHaveBeenCalledWith('record_update', { kind: 'channel', record: { id: 3 } });
    await api.raciSet(2, 5, 'consulted');
    expect(invoke).toHaveBeenCalledWith('raci_set', { departmentId: 2, activityId: 5, role: 'consulted' });
    await api.fitSetScore(7, 1, null);
    expect(invoke).toHaveBeenCalledWith('fit_set_score', { channelId: 7, criterionId: 1, score: null });
    await api.deleteImpact('fit_criterion', 4);
    expect(invoke).toHaveBeenCalledWith('delete_impact', { kind: 'fit_criterion', id: 4 });
    await api.undoDelete(12);
    expect(invoke).toHaveBeenCalledWith('undo_delete', { token: 12 });
    await api.workspaceOpenPath('/tmp/a.rumbo');
    expect(invoke).toHaveBeenCalledWith('workspace_open_path', { path: '/tmp/a.rumbo' });
    await api.setLanguage('es');
    expect(invoke).toHaveBeenCalledWith('set_language', { language: 'es' });
  });

  it('reach the backups of the open workspace', async () => {
    invoke.mockResolvedValue(null);
    await api.backupList();
    expect(invoke).toHaveBeenLastCalledWith('backup_list', undefined);
    await api.backupNow();
    expect(invoke).toHaveBeenLastCalledWith('backup_now', undefined);
    await api.backupRestore('/b/Plan.2026-05-11T09-30-12.123Z.manual.rumbo');
    expect(invoke).toHaveBeenLastCalledWith('backup_restore', { path: '/b/Plan.2026-05-11T09-30-12.123Z.manual.rumbo', force: false });
    await api.workspaceRecover();
    expect(invoke).toHaveBeenLastCalledWith('workspace_recover', undefined);
    await api.workspaceSaveCopy();
    expect(invoke).toHaveBeenLastCalledWith('workspace_save_copy', undefined);
  });

  it('list, create and delete every kind of record with one set of commands', async () => {
    invoke.mockResolvedValue({ token: 1 });
    await api.recordDelete('fit_criterion', 4);
    expect(invoke).toHaveBeenLastCalledWith('record_delete', { kind: 'fit_criterion', id: 4 });
    await api.recordDelete('info_need', 2);
    expect(invoke).toHaveBeenLastCalledWith('record_delete', { kind: 'info_need', id: 2 });
    await api.recordDelete('department', 9);
    expect(invoke).toHaveBeenLastCalledWith('record_delete', { kind: 'department', id: 9 });
    await api.recordList('measurement');
    expect(invoke).toHaveBeenLastCalledWith('record_list', { kind: 'measurement' });
    await api.recordCreate('audience', { id: 0 } as never);
    expect(invoke).toHaveBeenLastCalledWith('record_create', { kind: 'audience', record: { id: 0 } });
  });

  it('hear workspace changes with what changed', async () => {
    const deliver = heardEvents();
    const heard: unknown[] = [];
    await api.onWorkspaceChanged((change) => heard.push(change));
    expect(listen).toHaveBeenCalledWith('workspace-changed', expect.any(Function));
    const departments = { kinds: ['department'], parts: [], saved: null, counts: null };
    const settings = { kinds: [], parts: ['health_settings'], saved: null, counts: null };
    deliver({ payload: departments });
    deliver({ payload: settings });
    expect(heard).toEqual([departments, settings]);
  });

  it('reject with an ApiError whatever Rust threw', async () => {
    invoke.mockRejectedValue('plain text failure');
    await expect(api.recordList('channel')).rejects.toEqual({ code: 'internal', message: 'plain text failure', fields: [] });
  });
});

describe('the first screen’s reads asked for at the page’s start', () => {
  const internals = vi.fn();

  /** Runs `public/early.js` as the page does, before the interface. */
  async function pageStarts(): Promise<void> {
    vi.resetModules();
    // A classic script, not a module: imported by name, unchecked.
    const script = '../../public/early.js';
    await import(/* @vite-ignore */ script);
  }

  /** The page starts and Rust answers each early read with its name. */
  async function pageStartsAnswered(): Promise<void> {
    internals.mockImplementation((command: string) => Promise.resolve(`early ${command}`));
    await pageStarts();
  }

  beforeEach(() => {
    invoke.mockReset();
    internals.mockReset();
    Reflect.deleteProperty(window, '__rumboEarly');
    performance.clearMarks('rumbo:early');
    vi.stubGlobal('__TAURI_INTERNALS__', { invoke: internals });
  });

  it('are asked for once, each answer taken by the first ask, the next ones asked anew', async () => {
    await pageStartsAnswered();
    const asked = internals.mock.calls.map(([command]) => command);
    expect(asked).toContain('app_state');
    expect(asked).toContain('health_report');
    expect(new Set(asked).size).toBe(asked.length);

    expect(await api.appState()).toBe('early app_state');
    expect(await api.profileGet()).toBe('early profile_get');
    expect(invoke).not.toHaveBeenCalled();
    // All answered: a stage on the page's timeline, for the window bench.
    await vi.waitFor(() => expect(performance.getEntriesByName('rumbo:early')).toHaveLength(1));
    invoke.mockResolvedValue('fresh');
    expect(await api.appState()).toBe('fresh');
    expect(invoke).toHaveBeenCalledWith('app_state', undefined);
  });

  it('are dropped, all of them, once anything else is asked', async () => {
    await pageStartsAnswered();
    invoke.mockResolvedValue(null);
    await api.setLanguage('es');
    invoke.mockResolvedValue('fresh');
    expect(await api.sectionCounts()).toBe('fresh');
    expect(invoke).toHaveBeenLastCalledWith('section_counts', undefined);
  });

  it('are dropped, all of them, when Rust says the app’s state changed', async () => {
    await pageStartsAnswered();
    const deliver = heardEvents();
    const heard: unknown[] = [];
    await api.onAppState((snapshot) => heard.push(snapshot));
    expect(await api.appState()).toBe('early app_state');
    // A second launch hands the window its file: the workspace is another.
    deliver({ payload: 'another workspace' });
    expect(heard).toEqual(['another workspace']);
    invoke.mockResolvedValue('fresh');
    expect(await api.profileGet()).toBe('fresh');
    expect(invoke).toHaveBeenLastCalledWith('profile_get', undefined);
  });

  it('give a failure as the command itself would', async () => {
    internals.mockImplementation(() => Promise.reject({ code: 'no_workspace', message: 'No workspace is open.', fields: [] }));
    await pageStarts();
    await expect(api.profileGet()).rejects.toEqual({ code: 'no_workspace', message: 'No workspace is open.', fields: [] });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('are not asked for outside the app’s window', async () => {
    vi.stubGlobal('__TAURI_INTERNALS__', undefined);
    await pageStarts();
    expect(internals).not.toHaveBeenCalled();
    invoke.mockResolvedValue('fresh');
    expect(await api.appState()).toBe('fresh');
  });
});
