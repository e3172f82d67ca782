// Small helpers shared by the plans views: enum lists, dates, numbers,
// field errors and the cadence sentence.
import type {
  ApiError,
  Cadence,
  Decision,
  Direction,
  InternalChannel,
  ObjectiveKind,
  ObjectiveStatus,
  Urgency,
  Weekday,
} from '../../bindings';

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

export const OBJECTIVE_KINDS = [
  'awareness',
  'engagement',
  'customer_care',
  'leads',
  'retention',
  'advocacy',
  'listening',
  'internal',
] as const satisfies readonly ObjectiveKind[];
export const OBJECTIVE_STATUSES = ['draft', 'active', 'achieved', 'missed', 'dropped'] as const satisfies readonly ObjectiveStatus[];
export const DIRECTIONS = ['cm_to_department', 'department_to_cm', 'all_staff'] as const satisfies readonly Direction[];
export const INTERNAL_CHANNELS = [
  'meeting',
  'email',
  'chat',
  'intranet',
  'newsletter',
  'report',
  'other',
] as const satisfies readonly InternalChannel[];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly Weekday[];
export const URGENCIES = ['immediate', 'same_day', 'this_week', 'monthly'] as const satisfies readonly Urgency[];
export const DECISIONS = ['pending', 'accepted', 'rejected', 'ignored'] as const satisfies readonly Decision[];
export const CADENCE_KINDS = ['one_off', 'weekly', 'monthly_weekday', 'monthly_day', 'as_needed'] as const satisfies readonly Cadence['kind'][];

const complete: [
  Complete<ObjectiveKind, (typeof OBJECTIVE_KINDS)[number]>,
  Complete<ObjectiveStatus, (typeof OBJECTIVE_STATUSES)[number]>,
  Complete<Direction, (typeof DIRECTIONS)[number]>,
  Complete<InternalChannel, (typeof INTERNAL_CHANNELS)[number]>,
  Complete<Weekday, (typeof WEEKDAYS)[number]>,
  Complete<Urgency, (typeof URGENCIES)[number]>,
  Complete<Decision, (typeof DECISIONS)[number]>,
  Complete<Cadence['kind'], (typeof CADENCE_KINDS)[number]>,
] = [true, true, true, true, true, true, true, true];
void complete;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

// Field errors

/** Rust's field errors by field name (`title`, `cadence.everyWeeks`), the first of each. */
export function fieldErrors(error: ApiError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of error.fields) found[field.field] ??= field.message;
  return found;
}

// Locales

/** The Intl locale for the interface language ("4 Mar 2026" in English). */
export function intlLocale(lang: string | null | undefined): string {
  return lang === 'es' ? 'es-ES' : 'en-GB';
}

// Building an Intl formatter costs far more than using one: long lists
// share them.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: string | null | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale(lang)}|${JSON.stringify(options)}`;
  let found = numberFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(lang), options);
    numberFormats.set(key, found);
  }
  return found;
}

function dateFormat(lang: string | null | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale(lang)}|${JSON.stringify(options)}`;
  let found = dateFormats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(lang), options);
    dateFormats.set(key, found);
  }
  return found;
}

export function formatNumber(value: number, lang: string | null | undefined, digits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, lang: string | null | undefined): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

// Calendar dates ("YYYY-MM-DD", no time zone)

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as a local Date at midnight, or null. */
export function parseDay(day: string | null | undefined): Date | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function toDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function today(): string {
  return toDay(new Date());
}

export function addDays(day: string, days: number): string {
  const date = parseDay(day) ?? new Date();
  date.setDate(date.getDate() + days);
  return toDay(date);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  if (!a || !b) return 0;
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/** The Monday of the date's week. */
export function mondayOf(day: string): string {
  const date = parseDay(day) ?? new Date();
  const offset = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - offset);
  return toDay(date);
}

export function weekdayOf(day: string | null | undefined): Weekday | null {
  const date = parseDay(day);
  if (!date) return null;
  return WEEKDAYS[(date.getDay() + 6) % 7] ?? null;
}

/** Which of the month's weekdays it is: 1–4, or -1 when it is the last (5th). */
export function weekOfMonth(day: string | null | undefined): number {
  const date = parseDay(day);
  if (!date) return 1;
  const nth = Math.floor((date.getDate() - 1) / 7) + 1;
  return nth >= 5 ? -1 : nth;
}

export function formatDate(day: string | null | undefined, lang: string | null | undefined, style: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = parseDay(day);
  if (!date) return day ?? '';
  return dateFormat(lang, style).format(date);
}

const ranges = new Map<string, string>();

/** "4 Mar – 24 Apr 2026", or one side when the other is missing. */
export function formatRange(start: string | null, end: string | null, lang: string | null | undefined): string {
  // Intl's formatRange is slow; long lists repeat the same ranges.
  const key = `${intlLocale(lang)}|${start}|${end}`;
  let found = ranges.get(key);
  if (found === undefined) {
    found = computeRange(start, end, lang);
    if (ranges.size > 5000) ranges.clear();
    ranges.set(key, found);
  }
  return found;
}

function computeRange(start: string | null, end: string | null, lang: string | null | undefined): string {
  const a = parseDay(start);
  const b = parseDay(end);
  const format = dateFormat(lang, { dateStyle: 'medium' });
  if (a && b) return format.formatRange(a, b);
  if (a) return format.format(a);
  if (b) return format.format(b);
  return '';
}

// Cadence

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
    case 'weekly': {
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

/** The text typed in a number box → a number, null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return Number(trimmed.replace(',', '.'));
}
