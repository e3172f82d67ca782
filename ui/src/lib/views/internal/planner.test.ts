import { describe, expect, it } from 'vitest';
import { campaign, objective } from '../../../test/plans';
import { isWeekend, meetingsOnDaysOff, planDays, rangeOf, step } from './planner';

describe('planner', () => {
  it('lays out a month in whole weeks from Monday, and a week from its Monday', () => {
    const month = rangeOf('month', '2027-02-17');
    expect(month.from).toBe('2027-02-01');
    expect(month.days).toHaveLength(28);
    const march = rangeOf('month', '2026-03-15');
    expect(march.from).toBe('2026-02-23');
    expect(march.days.at(-1)).toBe('2026-04-05');
    expect(rangeOf('week', '2026-12-05')).toEqual({
      from: '2026-11-30',
      days: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'],
    });
  });

  it('steps by a month (to its first day) or by a week', () => {
    expect(step('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(step('month', '2026-01-15', -1)).toBe('2025-12-01');
    expect(step('week', '2026-12-30', 1)).toBe('2027-01-06');
  });

  it('puts campaigns on every day they run, deadlines on their day, and warns of weekend meetings only in the month', () => {
    const days = rangeOf('month', '2026-12-01').days;
    const planned = planDays(
      days,
      [
        { date: '2026-12-05', flowId: 1, name: 'Fair', direction: 'all_staff', departmentIds: [] },
        { date: '2026-11-29', flowId: 2, name: 'Outside', direction: 'all_staff', departmentIds: [] },
        { date: '2026-12-07', flowId: 3, name: 'Sync', direction: 'cm_to_department', departmentIds: [1] },
      ],
      [campaign({ id: 1, name: 'Winter', start: '2026-12-10', end: '2026-12-12' }), campaign({ id: 2, name: 'Undated', start: null, end: null })],
      [objective({ id: 1, title: 'Grow', deadline: '2026-12-31' })],
      [{ id: 1, date: '2026-12-08', name: 'Immaculate Conception' }],
      '2026-12',
    );
    const on = (date: string) => planned.find((d) => d.date === date);
    expect(on('2026-12-09')?.campaigns).toHaveLength(0);
    expect(on('2026-12-10')?.campaigns[0]).toMatchObject({ starts: true, ends: false });
    expect(on('2026-12-11')?.campaigns[0]).toMatchObject({ starts: false, ends: false });
    expect(on('2026-12-12')?.campaigns[0]).toMatchObject({ starts: false, ends: true });
    expect(on('2026-12-31')?.deadlines.map((o) => o.title)).toEqual(['Grow']);
    expect(on('2026-11-30')?.outside).toBe(true);
    expect(on('2026-12-08')?.holidays.map((h) => h.name)).toEqual(['Immaculate Conception']);
    expect(meetingsOnDaysOff(planned).map((m) => [m.entry.name, m.holiday])).toEqual([['Fair', null]]);
    expect(isWeekend('2026-12-05')).toBe(true);
    expect(isWeekend('2026-12-07')).toBe(false);
  });

  it('warns of a meeting on a public holiday, naming the holiday', () => {
    const planned = planDays(
      rangeOf('week', '2026-12-07').days,
      [{ date: '2026-12-08', flowId: 3, name: 'Sync', direction: 'cm_to_department', departmentIds: [1] }],
      [],
      [],
      [{ id: 1, date: '2026-12-08', name: 'Immaculate Conception' }],
    );
    expect(meetingsOnDaysOff(planned)).toEqual([
      { date: '2026-12-08', entry: expect.objectContaining({ name: 'Sync' }), holiday: 'Immaculate Conception' },
    ]);
  });
});
