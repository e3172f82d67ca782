import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

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
    await api.channelUpdate(3, {} as never);
    expect(invoke).toHaveBeenCalledWith('channel_update', { id: 3, input: {} });
    await api.workspaceOpenPath('/tmp/a.rumbo');
    expect(invoke).toHaveBeenCalledWith('workspace_open_path', { path: '/tmp/a.rumbo' });
    await api.setLanguage('es');
    expect(invoke).toHaveBeenCalledWith('set_language', { language: 'es' });
  });

  it('reject with an ApiError whatever Rust threw', async () => {
    invoke.mockRejectedValue('plain text failure');
    await expect(api.channelList()).rejects.toEqual({ code: 'internal', message: 'plain text failure', fields: [] });
  });
});
