// Backups as the window shows them: when (in the reader's language and time
// zone), why, how big, and where they are kept.
import type { BackupInfo, BackupReason } from './bindings';
import { intlLocale } from './views/plans/util';

/** The i18n key of each reason's words, under `backups.reasons` (a label)
 *  and `backups.reasonsInline` (inside a sentence). */
export const REASON_KEYS: Record<BackupReason, string> = {
  open: 'open',
  scheduled: 'scheduled',
  migration: 'migration',
  'before-restore': 'beforeRestore',
  manual: 'manual',
};

/** The folder Rust keeps backups in, beside the workspace file:
 *  "Plan 2027.rumbo" → "Plan 2027.rumbo-backups". */
export function backupFolderName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${stem}.rumbo-backups`;
}

/** The last part of a path, whichever the separator. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** When a backup was taken ("11 May 2026, 09:30" / "11 may 2026, 9:30"),
 *  in the local time zone. */
export function formatBackupTime(iso: string, lang: string | null | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = intlLocale(lang);
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** A file size in KB or MB with the locale's decimal mark: the number and
 *  which unit (the unit's words are in the i18n files). */
export function sizeParts(bytes: number, lang: string | null | undefined): { size: string; unit: 'kb' | 'mb' } {
  const locale = intlLocale(lang);
  const kb = bytes / 1024;
  if (kb < 1000) {
    return { size: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(kb))), unit: 'kb' };
  }
  const mb = kb / 1024;
  return { size: new Intl.NumberFormat(locale, { maximumFractionDigits: mb < 100 ? 1 : 0 }).format(mb), unit: 'mb' };
}

function time(backup: BackupInfo): number {
  const t = new Date(backup.takenAt).getTime();
  return Number.isNaN(t) ? 0 : t;
}

/** Newest first (Rust lists them so; a backup added by the window keeps the order). */
export function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) => time(b) - time(a) || b.path.localeCompare(a.path));
}
