// Calendar days ("YYYY-MM-DD", no time zone) and the arithmetic the plans
// do with them.
import { WEEKDAYS, type Weekday } from './bindings';
import { parseDay } from './format';

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

/** A date as the interface writes it in a date field: day/month/year with
 *  two-digit day and month ("05/03/2026"), in English and Spanish alike,
 *  whatever the system's locale. */
export function typedDay(day: string | null | undefined): string {
  const date = parseDay(day);
  if (!date) return '';
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${String(date.getFullYear()).padStart(4, '0')}`;
}

/** What a person typed in a date field, as a calendar day ("YYYY-MM-DD"):
 *  day/month/year with `/`, `.`, `-` or spaces between (a two-digit year is
 *  this century, unless `shortYear` is false), or the ISO form. Null when it
 *  is no date ("31/02/2026"). */
export function readTypedDay(text: string, shortYear = true): string | null {
  const typed = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dmy = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4}|\d{2})$/.exec(typed);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (dmy) {
    [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    if (dmy[3]?.length === 2) {
      if (!shortYear) return null;
      y += 2000;
    }
  } else {
    return null;
  }
  if (y < 1 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return toDay(date);
}

/** Whether `text` is written as a date ("31/02/2027"), whether or not that
 *  day exists. */
export function looksLikeDate(text: string): boolean {
  return /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-\s]+\d{1,2}[/.\-\s]+(\d{4}|\d{2}))$/.test(text.trim());
}

/** The weeks (Monday first) of the month of `day`, each seven days
 *  ("YYYY-MM-DD"), with the days of the months around it. */
export function monthWeeks(day: string): string[][] {
  const date = parseDay(day) ?? new Date();
  const first = toDay(new Date(date.getFullYear(), date.getMonth(), 1));
  let cursor = mondayOf(first);
  const weeks: string[][] = [];
  const month = date.getMonth();
  do {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(cursor);
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  } while ((parseDay(cursor)?.getMonth() ?? month) === month);
  return weeks;
}
