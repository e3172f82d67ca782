// The cadence of an internal-communication flow, as a sentence a person reads.
import type { Cadence } from '../../bindings';
import { weekdayOf } from '../../dates';
import { formatDate } from '../../format';

type Translate = (id: string, options?: { values?: Record<string, string | number | boolean | Date | null | undefined> }) => string;

/** A sentence a person reads: "Every 2 weeks on Wednesday, from 4 Mar 2026". */
export function describeCadence(cadence: Cadence, t: Translate, lang: string | null | undefined): string {
  const day = (d: string | null): string => formatDate(d, lang);
  let base: string;
  switch (cadence.kind) {
    case 'one_off':
      return t('plans.cadence.sentence.oneOff', { values: { date: day(cadence.date) } });
    case 'as_needed':
      return t('plans.cadence.sentence.asNeeded');
    case 'daily': {
      const every = t(cadence.weekdaysOnly ? 'plans.cadence.sentence.dailyWorking' : 'plans.cadence.sentence.daily');
      base = cadence.start ? t('plans.cadence.sentence.from', { values: { base: every, start: day(cadence.start) } }) : every;
      break;
    }
    case 'weekly': {
      // No start: the day is not set, and no weekday is named.
      if (cadence.start === null) {
        base = t('plans.cadence.sentence.weeklyNoDay', { values: { n: cadence.everyWeeks } });
        break;
      }
      const weekday = weekdayOf(cadence.start);
      base = t('plans.cadence.sentence.weekly', {
        values: {
          n: cadence.everyWeeks,
          weekday: weekday ? t(`plans.weekdaysOn.${weekday}`) : '',
          start: day(cadence.start),
        },
      });
      break;
    }
    case 'monthly_weekday':
      base = t('plans.cadence.sentence.monthlyWeekday', {
        values: {
          ordinal: t(`plans.cadence.ordinal.${cadence.week === -1 ? 'last' : String(cadence.week)}`),
          weekday: t(`plans.weekdays.${cadence.weekday}`),
          start: day(cadence.start),
        },
      });
      break;
    case 'monthly_day':
      base = t('plans.cadence.sentence.monthlyDay', { values: { day: cadence.day, start: day(cadence.start) } });
      break;
  }
  return cadence.until ? t('plans.cadence.sentence.until', { values: { base, until: day(cadence.until) } }) : base;
}
