// Backups as the window shows them: why, how big, and where they are kept
// (when: `formatDateTime`).
import type { BackupInfo, BackupReason } from './bindings';
import { formatNumber } from './format';

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

/** A file size in KB or MB with the locale's decimal mark: the number and
 *  which unit (the unit's words are in the i18n files). */
export function sizeParts(bytes: number, lang: string | null | undefined): { size: string; unit: 'kb' | 'mb' } {
  const kb = bytes / 1024;
  if (kb < 1000) return { size: formatNumber(Math.max(1, Math.round(kb)), lang, 0), unit: 'kb' };
  const mb = kb / 1024;
  return { size: formatNumber(mb, lang, mb < 100 ? 1 : 0), unit: 'mb' };
}

function time(backup: BackupInfo): number {
  const t = new Date(backup.takenAt).getTime();
  return Number.isNaN(t) ? 0 : t;
}

/** Newest first (Rust lists them so; a backup added by the window keeps the order). */
export function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) => time(b) - time(a) || b.path.localeCompare(a.path));
}
