import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
const listen = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock('@tauri-apps/api/event', () => ({ listen: (...args: unknown[]) => listen(...args) }));

const api = await import('./api');

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
    await api.channelUpdate({ id: 3 } as never);
    expect(invoke).toHaveBeenCalledWith('channel_update', { channel: { id: 3 } });
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

  it('delete each kind of record with its own command', async () => {
    invoke.mockResolvedValue({ token: 1 });
    await api.deleteRecord('fit_criterion', 4);
    expect(invoke).toHaveBeenLastCalledWith('criterion_delete', { id: 4 });
    await api.deleteRecord('info_need', 2);
    expect(invoke).toHaveBeenLastCalledWith('info_need_delete', { id: 2 });
    await api.deleteRecord('department', 9);
    expect(invoke).toHaveBeenLastCalledWith('department_delete', { id: 9 });
    await expect(api.deleteRecord('raci_cell', 1)).rejects.toMatchObject({ code: 'internal' });
  });

  it('hear workspace changes with the kind that changed', async () => {
    let deliver: ((event: { payload: unknown }) => void) | undefined;
    listen.mockImplementation((_name: string, handler: (event: { payload: unknown }) => void) => {
      deliver = handler;
      return Promise.resolve(() => {});
    });
    const heard: unknown[] = [];
    await api.onWorkspaceChanged((kind) => heard.push(kind));
    expect(listen).toHaveBeenCalledWith('workspace-changed', expect.any(Function));
    deliver?.({ payload: 'department' });
    deliver?.({ payload: null });
    expect(heard).toEqual(['department', null]);
  });

  it('reject with an ApiError whatever Rust threw', async () => {
    invoke.mockRejectedValue('plain text failure');
    await expect(api.channelList()).rejects.toEqual({ code: 'internal', message: 'plain text failure', fields: [] });
  });
});
