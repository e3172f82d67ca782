import { describe, expect, it, vi } from 'vitest';
import type { RuleInfo } from '../../bindings';
import { guidance } from './SectionGuide.svelte';

describe('the section guidance’s rules, when asking fails', () => {
  it('are asked again next time, whether the question threw or was refused', async () => {
    const throwing = vi.fn((): Promise<RuleInfo[]> => {
      throw new Error('no IPC');
    });
    await guidance.load(throwing);
    expect(guidance.rules).toBeNull();
    const refused = vi.fn((): Promise<RuleInfo[]> => Promise.reject(new Error('refused')));
    await guidance.load(refused);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(guidance.rules).toBeNull();
    const rules = vi.fn((): Promise<RuleInfo[]> => Promise.resolve([]));
    await guidance.load(rules);
    expect(guidance.rules).toEqual([]);
  });
});
