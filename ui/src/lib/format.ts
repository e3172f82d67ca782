// Locale-aware formatting for dates and numbers.

/** "2027-01-31" (a calendar date, no time zone) → "31 Jan 2027" / "31 ene 2027". */
export function formatDay(day: string | null, locale: string): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** An RFC 3339 timestamp → a date and time in the user's language. */
export function formatTimestamp(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

// Formatters are costly to build and lists format thousands of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: 'hours' | 'score' | 'threshold'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      kind === 'score' ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 2 },
    );
    formatters.set(key, format);
  }
  return format;
}

export function formatHours(hours: number, locale: string): string {
  return numberFormat(locale, 'hours').format(hours);
}

/** Shortens a long path in the middle, keeping its start and its end. */
export function shortenPath(path: string, max = 64): string {
  if (path.length <= max) return path;
  const tail = Math.ceil((max - 1) * 0.6);
  const head = max - 1 - tail;
  return `${path.slice(0, head)}…${path.slice(path.length - tail)}`;
}

/** The folder that holds a file. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** A fit score, 0–5, with one decimal: "3.8" / "3,8". */
export function formatScore(score: number, locale: string): string {
  return numberFormat(locale, 'score').format(score);
}

/** A fit threshold, 0–5, as set (up to two decimals): "3.5" / "3,5", "3". */
export function formatThreshold(value: number, locale: string): string {
  return numberFormat(locale, 'threshold').format(value);
}

/** "A, B and C" / "A, B y C". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
