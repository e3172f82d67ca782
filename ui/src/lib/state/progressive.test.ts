import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progressive, screenful } from './progressive.svelte';
import { progressiveLists, scrollToEnd } from '../../test/scroll-observer';

function windowHeight(px: number): void {
  vi.stubGlobal('innerHeight', px);
}

describe('the first rows of a long list', () => {
  progressiveLists();
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fill the window: more rows in a taller one, never more than the list asks for', () => {
    windowHeight(800);
    const short = screenful(60);
    windowHeight(1600);
    const tall = screenful(60);
    expect(short).toBeGreaterThanOrEqual(800 / 64);
    expect(tall).toBeGreaterThan(short);
    expect(tall).toBeLessThan(60);
    windowHeight(6000);
    expect(screenful(60)).toBe(60);
    // A window not laid out yet still draws a few.
    windowHeight(0);
    expect(screenful(60)).toBeGreaterThan(0);
  });

  it('are the window’s worth, then the list’s first rows, then a step at a time', () => {
    windowHeight(800);
    vi.stubGlobal('IntersectionObserver', class {});
    const list = new Progressive(60, 200);
    const rows = Array.from({ length: 1000 }, (_, id) => ({ id }));
    expect(list.take(rows)).toHaveLength(screenful(60));
    list.more();
    expect(list.take(rows)).toHaveLength(60);
    list.more();
    expect(list.take(rows)).toHaveLength(260);
    list.reveal(700);
    expect(list.take(rows)).toHaveLength(900);
    list.reset();
    expect(list.take(rows)).toHaveLength(screenful(60));
  });

  it('grow each time the end of the list comes near, and no more once the list is gone', () => {
    windowHeight(800);
    const list = new Progressive(60, 200);
    const node = document.createElement('div');
    document.body.append(node);
    const watch = list.sentinel(node);
    scrollToEnd();
    expect(list.limit).toBe(60);
    scrollToEnd();
    expect(list.limit).toBe(260);
    if (watch) watch.destroy?.();
    scrollToEnd();
    expect(list.limit).toBe(260);
    node.remove();
  });
});
