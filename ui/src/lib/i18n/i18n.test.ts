import { get } from 'svelte/store';
import { _, dictionary, locale } from 'svelte-i18n';
import { describe, expect, it } from 'vitest';
import { setLocale } from './index';

/** Every key of a dictionary, as `a.b.c`. */
function keys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

describe('the interface strings', () => {
  it('reads a language the first time it is used, and only then', () => {
    // The tests start in English (jsdom's navigator): Spanish is not read yet.
    expect(get(locale)).toBe('en');
    expect(get(dictionary).es).toBeUndefined();
    expect(get(_)('common.cancel')).toBe('Cancel');

    setLocale('es');
    expect(get(dictionary).es).toBeDefined();
    expect(get(_)('common.cancel')).toBe('Cancelar');
    expect(document.documentElement.lang).toBe('es');

    setLocale('en');
    expect(get(_)('common.cancel')).toBe('Cancel');
  });

  it('has every string in both languages, from every area’s file', () => {
    setLocale('es');
    setLocale('en');
    const { en, es } = get(dictionary);
    const english = keys(en).sort();
    const spanish = keys(es).sort();
    // Every file is read: the main one and each area's.
    const files = import.meta.glob<unknown>('./*.json', { eager: true, import: 'default' });
    expect(Object.keys(files).length).toBeGreaterThan(10);
    for (const [path, messages] of Object.entries(files)) {
      const read = path.endsWith('es.json') ? spanish : english;
      for (const key of keys(messages)) expect(read, `${key} of ${path}`).toContain(key);
    }
    expect(spanish).toEqual(english);
  });
});
