// Development only: the fake backend's backups (`<stem>.rumbo-backups`
// beside the workspace). `mock.ts` answers the commands with these.
import type { ApiError, BackupInfo, BackupReason, Lang } from '../src/lib/bindings';

const pick = (lang: Lang, en: string, es: string): string => (lang === 'es' ? es : en);

let backups: BackupInfo[] = [];
let seededFor: string | null = null;

function folderOf(workspacePath: string): { dir: string; stem: string } {
  const cut = workspacePath.lastIndexOf('/');
  const name = workspacePath.slice(cut + 1);
  const stem = name.replace(/\.[^.]*$/, '');
  return { dir: `${workspacePath.slice(0, cut)}/${stem}.rumbo-backups`, stem };
}

function make(workspacePath: string, takenAt: Date, reason: BackupReason, size: number): BackupInfo {
  const { dir, stem } = folderOf(workspacePath);
  const stamp = takenAt.toISOString().replace(/:/g, '-');
  return { path: `${dir}/${stem}.${stamp}.${reason}.rumbo`, takenAt: takenAt.toISOString(), reason, size, schemaVersion: 3, origin: 'own' };
}

/** A plausible history for a workspace opened now: the last few days
 *  (kept when the same file opens again, after a restore). */
export function seedBackups(workspacePath: string, empty: boolean): void {
  if (seededFor === workspacePath) return;
  seededFor = workspacePath;
  if (empty) {
    backups = [];
    return;
  }
  const now = Date.now();
  const ago = (minutes: number): Date => new Date(now - minutes * 60_000);
  backups = [
    make(workspacePath, ago(4), 'open', 412_160),
    make(workspacePath, ago(60 * 5 + 12), 'scheduled', 409_600),
    make(workspacePath, ago(60 * 7 + 40), 'manual', 405_504),
    make(workspacePath, ago(60 * 26), 'before-restore', 398_336),
    make(workspacePath, ago(60 * 27 + 5), 'open', 1_310_720),
    make(workspacePath, ago(60 * 24 * 3 + 30), 'migration', 356_352),
    make(workspacePath, ago(60 * 24 * 9), 'scheduled', 98_304),
  ];
}

export function listBackups(): BackupInfo[] {
  return [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export function addBackup(workspacePath: string, reason: BackupReason): BackupInfo {
  const backup = make(workspacePath, new Date(), reason, 412_160 + Math.round(Math.random() * 4096));
  backups.push(backup);
  return backup;
}

export function findBackup(path: string, lang: Lang): BackupInfo {
  const found = backups.find((b) => b.path === path);
  if (!found) {
    throw {
      code: 'file_not_found',
      message: pick(lang, 'This backup is no longer there.', 'Esta copia de seguridad ya no está.'),
      fields: [],
    } satisfies ApiError;
  }
  return found;
}

/** The failures the `fail=` flag plays, as Rust words them. */
export function failure(kind: string, lang: Lang, folder: string): ApiError {
  switch (kind) {
    case 'disk_full':
      return {
        code: 'disk_full',
        message: pick(lang, 'The disk is full: nothing was written. Free some space and try again.', 'El disco está lleno: no se ha escrito nada. Libera espacio y vuelve a intentarlo.'),
        fields: [],
      };
    case 'locked':
      return {
        code: 'locked',
        message: pick(lang, 'This workspace is open in another Rumbo window or program. Close it there first.', 'Este espacio de trabajo está abierto en otra ventana de Rumbo o en otro programa. Ciérralo allí primero.'),
        fields: [],
      };
    case 'damaged':
      return {
        code: 'damaged',
        message: pick(lang, 'This backup is damaged, so Rumbo did not use it. Choose another one.', 'Esta copia de seguridad está dañada, así que Rumbo no la ha usado. Elige otra.'),
        fields: [],
      };
    default:
      return {
        code: 'read_only',
        message: pick(lang, `The folder “${folder}” can’t be written: nothing was changed.`, `No se puede escribir en la carpeta «${folder}»: no se ha cambiado nada.`),
        fields: [],
      };
  }
}
