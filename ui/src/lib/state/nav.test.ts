import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../bindings';
import { nav, placeOf, SECTION_RECORDS, SECTIONS } from './nav.svelte';

describe('where records live', () => {
  it('every kind of record Rust knows is held by exactly one section', () => {
    for (const kind of RECORD_KINDS) {
      const holders = SECTIONS.filter((section) => SECTION_RECORDS[section][kind] !== undefined);
      expect(holders, `${kind}: give it its place in SECTION_RECORDS (state/nav.svelte.ts)`).toHaveLength(1);
    }
    expect(placeOf('channel')).toEqual({ section: 'channels', hold: 'opens' });
    expect(placeOf('info_need')).toEqual({ section: 'internal', hold: 'opens' });
    expect(placeOf('measurement')).toEqual({ section: 'objectives', hold: 'within' });
  });
});

describe('moving between sections', () => {
  it('steps to the next and previous section, round the ends, and counts the choices', () => {
    nav.reset();
    nav.step(-1);
    expect(nav.section).toBe(SECTIONS[SECTIONS.length - 1]);
    nav.step(1);
    expect(nav.section).toBe('profile');
    // The method's order: whom to reach comes before objectives, and
    // objectives before channels (channels serve objectives).
    nav.step(1);
    expect(nav.section).toBe('audiences');
    nav.step(1);
    expect(nav.section).toBe('objectives');
    nav.step(1);
    expect(nav.section).toBe('channels');
    expect(nav.chosen).toBe(5);
  });

  it('knows the record open in the section on screen until another section shows', () => {
    nav.reset();
    nav.navigate('channels');
    nav.opened('channel', 3);
    expect(nav.record).toEqual({ kind: 'channel', id: 3 });
    // Another kind's panel closing leaves it.
    nav.opened('audience', null);
    expect(nav.record).toEqual({ kind: 'channel', id: 3 });
    nav.opened('channel', null);
    expect(nav.record).toBeNull();
    nav.opened('channel', 4);
    nav.navigate('objectives');
    expect(nav.record).toBeNull();
  });
});
