// A service level's times and attended hours, as Rust reads them
// (`minutes_of`, `ServiceLevel::weekly_hours`).
import type { Weekday } from '../../bindings';

/** "09:30" (or "9:30") → 570 minutes since midnight (00:00–24:00), or null. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** A time as Rust stores it ("9:30" → "09:30"); null when empty, the
 *  text itself when it is no time (Rust then says why). */
export function storedTime(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return minutesOf(trimmed) === null ? trimmed : trimmed.padStart(5, '0');
}

/** The hours a week attended: the days ticked times the hours from opening
 *  to closing (past midnight when it closes earlier than it opens); null
 *  when a time or the days are missing. */
export function weeklyHours(days: readonly Weekday[], opens: string | null, closes: string | null): number | null {
  const from = opens ? minutesOf(opens) : null;
  const to = closes ? minutesOf(closes) : null;
  if (from === null || to === null || days.length === 0) return null;
  const minutes = to > from ? to - from : to === from ? 0 : to + 24 * 60 - from;
  return (minutes / 60) * days.length;
}
