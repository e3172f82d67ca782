import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import RehearsalProbe from '../../test/RehearsalProbe.svelte';
import { nav } from './nav.svelte';
import { rehearse, rehearsing } from './rehearse';
import { screenful } from './progressive.svelte';

describe('drawing a view off the page once, ahead of its first switch', () => {
  it('draws it in the page, hidden, then leaves the page as it was', () => {
    const place = document.createElement('main');
    place.innerHTML = '<h1>Profile</h1>';
    document.body.append(place);
    const seen: string[] = [];
    rehearse(RehearsalProbe, { seen: (what: string) => seen.push(what) }, place);
    expect(seen).toEqual(['drawn in the page']);
    expect(place.innerHTML).toBe('<h1>Profile</h1>');
    expect(rehearsing()).toBe(false);
    place.remove();
  });

  it('leaves the navigation alone: the record asked for, the new record asked for and the record open stay', () => {
    nav.reset();
    nav.navigate('channels', 7, { kind: 'channel' });
    nav.navigate('channels', 7, { kind: 'channel', create: { name: 'Threads' } });
    nav.opened('objective', 12);
    flushSync();
    const request = nav.request;
    const intent = nav.intent;
    const place = document.createElement('main');
    document.body.append(place);
    const seen: string[] = [];
    rehearse(RehearsalProbe, { seen: (what: string) => seen.push(what) }, place);
    flushSync();
    expect(seen).toEqual(['drawn in the page']);
    expect(nav.request).toBe(request);
    expect(nav.intent).toBe(intent);
    expect(nav.record).toEqual({ kind: 'objective', id: 12 });
    place.remove();
    nav.reset();
  });

  it('a view that fails to draw changes nothing', () => {
    const place = document.createElement('main');
    document.body.append(place);
    rehearse(RehearsalProbe, { seen: () => { throw new Error('broken view'); } }, place);
    expect(place.childElementCount).toBe(0);
    expect(rehearsing()).toBe(false);
    place.remove();
  });

  it('draws a few rows of a long list, not a screen of them', () => {
    // The window's lists draw progressively where the browser can tell
    // what is in view (jsdom cannot: it draws them whole).
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe(): void {}
        disconnect(): void {}
      },
    );
    const place = document.createElement('main');
    document.body.append(place);
    let rehearsed = 0;
    rehearse(RehearsalProbe, { seen: () => undefined, rows: (drawn: number) => (rehearsed = drawn) }, place);
    let shown = 0;
    render(RehearsalProbe, { props: { seen: () => undefined, rows: (drawn: number) => (shown = drawn) } });
    expect(rehearsed).toBeGreaterThan(0);
    expect(rehearsed).toBeLessThan(10);
    // Shown for real, the list fills the window.
    expect(shown).toBe(screenful(60));
    place.remove();
    vi.unstubAllGlobals();
  });
});
