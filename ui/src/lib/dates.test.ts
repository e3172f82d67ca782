import { describe, expect, it } from 'vitest';
import { looksLikeDate, monthWeeks, readTypedDay, typedDay } from './dates';

describe('typed dates', () => {
  it('writes a day as day/month/year with two digits', () => {
    expect(typedDay('2027-03-05')).toBe('05/03/2027');
    expect(typedDay('2026-12-31')).toBe('31/12/2026');
    expect(typedDay('')).toBe('');
    expect(typedDay(null)).toBe('');
  });

  it('reads day/month/year with any usual separator, and the ISO form', () => {
    expect(readTypedDay('5/3/2027')).toBe('2027-03-05');
    expect(readTypedDay('05.03.2027')).toBe('2027-03-05');
    expect(readTypedDay('05-03-2027')).toBe('2027-03-05');
    expect(readTypedDay(' 5 3 27 ')).toBe('2027-03-05');
    expect(readTypedDay('2027-03-05')).toBe('2027-03-05');
  });

  it('refuses what is no date', () => {
    for (const text of ['31/02/2027', '00/01/2027', '12/13/2027', 'mañana', '2027', '1/2', '']) {
      expect(readTypedDay(text), text).toBeNull();
    }
    expect(readTypedDay('29/02/2028')).toBe('2028-02-29');
    expect(readTypedDay('29/02/2027')).toBeNull();
  });

  it('reads back what it writes', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2028-02-29', '2030-07-15']) {
      expect(readTypedDay(typedDay(day))).toBe(day);
    }
  });

  it('lays a month out in whole weeks from Monday', () => {
    const weeks = monthWeeks('2027-02-10');
    expect(weeks[0]?.[0]).toBe('2027-02-01');
    expect(weeks).toHaveLength(4);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const march = monthWeeks('2026-03-01');
    expect(march[0]?.[0]).toBe('2026-02-23');
    expect(march.at(-1)?.at(-1)).toBe('2026-04-05');
  });
});

describe('typing a date', () => {
  it('takes a two-digit year only when asked, as a field left with one', () => {
    expect(readTypedDay('31/01/27', false)).toBeNull();
    expect(readTypedDay('31/01/2027', false)).toBe('2027-01-31');
  });
});

describe('text written as a date', () => {
  it('tells a date that does not exist from text that is no date at all', () => {
    expect(looksLikeDate('31/02/2027')).toBe(true);
    expect(looksLikeDate('2027-02-31')).toBe(true);
    expect(looksLikeDate('next Friday')).toBe(false);
    expect(looksLikeDate('31/02')).toBe(false);
  });
});
