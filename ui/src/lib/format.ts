// The one formatter of the interface: numbers, percentages, dates and lists
// in the interface language, with the rules of the strategy document
// (Rust's `rumbo_core::format`): at most two decimals, "1,234.5" in English
// and "1234,5" / "12.345,5" in Spanish (thousands grouped from five digits),
// "42%" / "42 %", dates as "4 Mar 2026" / "4 mar 2026".

/** The Intl locale for the interface language ("4 Mar 2026" in English). */
export function intlLocale(lang: string | null | undefined): string {
  return lang === 'es' ? 'es-ES' : 'en-GB';
}

// Building an Intl formatter costs far more than using one, and long lists
// format thousands of values: formatters are kept by locale and options.
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

/** A number with at most `digits` decimals (two unless said). */
export function formatNumber(value: number, lang: string | null | undefined, digits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A number on a chart's scale, short: "1.2K" / "1,2 mil". */
export function formatCompact(value: number, lang: string | null | undefined): string {
  return numberFormat(lang, { maximumFractionDigits: 2, notation: 'compact' }).format(value);
}

/** A fit score, 0–5, always with one decimal: "3.8" / "3,8". */
export function formatScore(score: number, lang: string | null | undefined): string {
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A share (0.42) as a whole percentage: "42%" / "42 %". */
export function formatPercent(share: number, lang: string | null | undefined): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A change in percent (85 for +85 %), signed: "+85%" / "+85 %", as the document writes it. */
export function formatChange(percent: number, lang: string | null | undefined): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(percent / 100);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date ("YYYY-MM-DD", no time zone) as a local Date at midnight, or null. */
export function parseDay(day: string | null | undefined): Date | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date, "4 Mar 2026" by default; the text as given when it is not one. */
export function formatDate(
  day: string | null | undefined,
  lang: string | null | undefined,
  style: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = parseDay(day);
  if (!date) return day ?? '';
  return dateFormat(lang, style).format(date);
}

/** A moment (RFC 3339) in the local time zone: "11 May 2026, 09:30". */
export function formatDateTime(iso: string, lang: string | null | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A month on a chart's time scale: "Mar" / "mar". */
export function formatMonth(date: Date, lang: string | null | undefined): string {
  return dateFormat(lang, { month: 'short' }).format(date);
}

const ranges = new Map<string, string>();

/** "4 Mar – 24 Apr 2026", or one side when the other is missing. */
export function formatRange(start: string | null, end: string | null, lang: string | null | undefined): string {
  // Intl's formatRange is slow; long lists repeat the same ranges.
  const key = `${intlLocale(lang)}|${start}|${end}`;
  let found = ranges.get(key);
  if (found === undefined) {
    const a = parseDay(start);
    const b = parseDay(end);
    const format = dateFormat(lang, { dateStyle: 'medium' });
    found = a && b ? format.formatRange(a, b) : a ? format.format(a) : b ? format.format(b) : '';
    if (ranges.size > 5000) ranges.clear();
    ranges.set(key, found);
  }
  return found;
}

/** "A, B, and C" / "A, B y C", as Intl writes the interface language's lists. */
export function formatList(items: readonly string[], lang: string | null | undefined): string {
  return new Intl.ListFormat(lang ?? 'en', { style: 'long', type: 'conjunction' }).format(items);
}

/** The text typed in a number box → a number, null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return Number(trimmed.replace(',', '.'));
}
