import { describe, expect, it, vi } from 'vitest';
import type { RuleInfo } from '../../bindings';
import { guidance } from './SectionGuide.svelte';

describe('the section guidance’s rules', () => {
  it('are asked for at once, in the same task as the first screen’s other questions, and once', async () => {
    const fetch = vi.fn((): Promise<RuleInfo[]> => Promise.resolve([]));
    const loading = guidance.load(fetch);
    // Before any microtask has run: sent with the counts and the health check.
    expect(fetch).toHaveBeenCalledTimes(1);
    await loading;
    expect(guidance.rules).toEqual([]);
    await guidance.load(fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
