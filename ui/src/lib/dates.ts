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
