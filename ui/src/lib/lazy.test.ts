import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
  it('reads a part once, however often it is shown', async () => {
    const load = vi.fn(() => Promise.resolve({ default: 'dialog' }));
    const part = lazy(load);
    expect(load).not.toHaveBeenCalled();
    expect(await part()).toBe('dialog');
    expect(await part()).toBe('dialog');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads it again after a failed read', async () => {
    const load = vi
      .fn<() => Promise<{ default: string }>>()
      .mockRejectedValueOnce(new Error('not found'))
      .mockResolvedValueOnce({ default: 'dialog' });
    const part = lazy(load);
    await expect(part()).rejects.toThrow('not found');
    expect(await part()).toBe('dialog');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tells its caller when a read fails, and only then', async () => {
    const failed = vi.fn();
    const load = vi
      .fn<() => Promise<{ default: string }>>()
      .mockRejectedValueOnce(new Error('not found'))
      .mockResolvedValueOnce({ default: 'dialog' });
    const part = lazy(load, failed);
    await expect(part()).rejects.toThrow('not found');
    expect(failed).toHaveBeenCalledTimes(1);
    expect(await part()).toBe('dialog');
    expect(failed).toHaveBeenCalledTimes(1);
  });
});
