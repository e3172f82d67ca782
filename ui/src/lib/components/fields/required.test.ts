import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n';
import { isBlank, missing } from './required';

afterEach(() => setLocale('en'));

describe('required fields', () => {
  it('count as empty what Rust counts as empty: nothing, or only spaces', () => {
    expect(['', '   ', '\n', null, undefined].every(isBlank)).toBe(true);
    expect(['x', ' x ', 0, false, []].some(isBlank)).toBe(false);
  });

  it('say so in Rust’s words, in the interface language, or in the words given', () => {
    const form = { name: '  ', head: '', notes: 'Kept' };
    expect(missing(form, ['name', 'notes'])).toEqual({ name: 'This field is required.' });
    setLocale('es');
    expect(missing(form, ['name'])).toEqual({ name: 'Este campo es obligatorio.' });
    expect(missing(form, ['head'], 'Write the marking.')).toEqual({ head: 'Write the marking.' });
  });
});
