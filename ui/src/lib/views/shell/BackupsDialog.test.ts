// Backups, Save a Copy, the read-only notice and the recovery of a damaged
// file, through the whole app (the menu, the shell, the welcome screen).
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../App.svelte';
import { backupInfo, profile, restoreOutcome, snapshot, workspaceInfo } from '../../../test/fixtures';
import { serve } from '../../../test/serve';
import * as api from '../../api';
import { formatDateTime } from '../../format';
import type { AppSnapshot, MenuAction } from '../../bindings';
import { app } from '../../state/app.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-health', async () => (await import('../../../test/health-mock')).mockHealthApi());
vi.mock('$lib/api-document', async () => (await import('../../../test/document-mock')).mockDocumentApi());

const WORKSPACE = workspaceInfo({ path: '/home/lucia/Plan 2027.rumbo', fileName: 'Plan 2027.rumbo', title: 'Valdoria' });

const older = backupInfo({ path: '/b/1.rumbo', takenAt: '2026-05-09T08:00:00.000Z', reason: 'open', size: 204_800 });
const newest = backupInfo({ path: '/b/3.rumbo', takenAt: '2026-05-11T09:30:12.123Z', reason: 'scheduled', size: 1_572_864 });
const middle = backupInfo({ path: '/b/2.rumbo', takenAt: '2026-05-10T16:45:00.000Z', reason: 'before-restore', size: 245_760 });

let fromMenu: ((action: MenuAction) => void) | undefined;
let fromRust: ((snapshot: AppSnapshot) => void) | undefined;

const when = (iso: string, lang = 'en'): string => formatDateTime(iso, lang);

async function start(overrides: Partial<AppSnapshot> = {}) {
  vi.mocked(api.appState).mockResolvedValue(snapshot({ workspace: WORKSPACE, ...overrides }));
  const user = userEvent.setup();
  render(App);
  if (overrides.workspace !== null) await screen.findByTestId('workspace-title');
  return { user };
}

beforeEach(() => {
  vi.resetAllMocks();
  serve();
  app.reset();
  vi.mocked(api.onMenuAction).mockImplementation((handler) => {
    fromMenu = handler;
    return Promise.resolve(() => {});
  });
  vi.mocked(api.onAppState).mockImplementation((handler) => {
    fromRust = handler;
    return Promise.resolve(() => {});
  });
  vi.mocked(api.profileGet).mockResolvedValue(profile());
  vi.mocked(api.backupList).mockResolvedValue([older, newest, middle]);
});

describe('a read-only workspace', () => {
  it('says so at the top and in the sidebar, only when it is read-only', async () => {
    await start();
    expect(screen.queryByTestId('read-only-notice')).not.toBeInTheDocument();
    expect(screen.queryByTestId('read-only-tag')).not.toBeInTheDocument();

    fromRust?.(snapshot({ workspace: { ...WORKSPACE, readOnly: true } }));
    const notice = await screen.findByTestId('read-only-notice');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('Read-only: this file, its folder or its disk can’t be written, so changes aren’t saved.');
    expect(notice).toHaveTextContent('To make changes, save a copy somewhere you can write to and open it.');
    expect(screen.getByTestId('read-only-tag')).toHaveTextContent('Read-only');
    expect(await screen.findByTestId('save-state')).toHaveTextContent('Read-only: changes aren’t saved');
  });

  it('saves pending edits, then a copy, and offers to open it', async () => {
    const order: string[] = [];
    vi.mocked(api.profileSave).mockImplementation((p) => {
      order.push(`save:${p.name}`);
      return Promise.resolve(p);
    });
    vi.mocked(api.workspaceSaveCopy).mockImplementation(() => {
      order.push('copy');
      return Promise.resolve('/home/lucia/Documents/Plan 2027 (copy).rumbo');
    });
    vi.mocked(api.workspaceOpenPath).mockImplementation((path) =>
      Promise.resolve(snapshot({ workspace: workspaceInfo({ path, fileName: 'Plan 2027 (copy).rumbo', title: 'Copy' }) })),
    );
    const { user } = await start({ workspace: { ...WORKSPACE, readOnly: true } });

    const name = (await screen.findByLabelText(/^Organization name/, { selector: 'input' })) as HTMLInputElement;
    await user.type(name, '!');
    await user.click(screen.getByTestId('read-only-save-copy'));

    const notice = await screen.findByTestId('notice');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('Copy saved: /home/lucia/Documents/Plan 2027 (copy).rumbo');
    expect(order).toEqual(['save:Valdoria Regional Employment Agency!', 'copy']);

    await user.click(within(notice).getByTestId('notice-open-copy'));
    expect(api.workspaceOpenPath).toHaveBeenCalledWith('/home/lucia/Documents/Plan 2027 (copy).rumbo');
    await waitFor(() => expect(screen.getByTestId('workspace-title')).toHaveTextContent('Copy'));
  });

  it('does nothing when the save dialog is cancelled, and shows a failure', async () => {
    vi.mocked(api.workspaceSaveCopy).mockResolvedValueOnce(null);
    const { user } = await start({ workspace: { ...WORKSPACE, readOnly: true } });
    await user.click(await screen.findByTestId('read-only-save-copy'));
    await waitFor(() => expect(api.workspaceSaveCopy).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('notice')).not.toBeInTheDocument();
    expect(screen.queryByTestId('error-banner')).not.toBeInTheDocument();

    vi.mocked(api.workspaceSaveCopy).mockRejectedValueOnce({ code: 'disk_full', message: 'The disk is full.', fields: [] });
    await user.click(screen.getByTestId('read-only-save-copy'));
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('The disk is full.');
  });
});

describe('backups not being made', () => {
  it('warns until dismissed, and again when the reason changes', async () => {
    const { user } = await start({ workspace: { ...WORKSPACE, backupProblem: 'the folder can’t be written.' } });
    const warning = await screen.findByTestId('backup-problem');
    expect(warning).toHaveTextContent('Backups are not being made: the folder can’t be written.');

    await user.click(within(warning).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('backup-problem')).not.toBeInTheDocument();

    // The timer in Rust sends the same reason again: it stays dismissed.
    fromRust?.(snapshot({ workspace: { ...WORKSPACE, backupProblem: 'the folder can’t be written.' } }));
    await Promise.resolve();
    expect(screen.queryByTestId('backup-problem')).not.toBeInTheDocument();

    fromRust?.(snapshot({ workspace: { ...WORKSPACE, backupProblem: 'the disk is full.' } }));
    expect(await screen.findByTestId('backup-problem')).toHaveTextContent('Backups are not being made: the disk is full.');

    fromRust?.(snapshot({ workspace: WORKSPACE }));
    await waitFor(() => expect(screen.queryByTestId('backup-problem')).not.toBeInTheDocument());
  });

  it('keeps an error on screen when Rust reports the backups by itself', async () => {
    vi.mocked(api.workspaceSaveCopy).mockRejectedValue({ code: 'disk_full', message: 'The disk is full.', fields: [] });
    await start();
    fromMenu?.({ kind: 'save_copy' });
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('The disk is full.');
    fromRust?.(snapshot({ workspace: { ...WORKSPACE, backupProblem: 'the disk is full.' } }));
    expect(await screen.findByTestId('backup-problem')).toBeInTheDocument();
    expect(screen.getByTestId('error-banner')).toHaveTextContent('The disk is full.');
  });
});

describe('the Backups dialog', () => {
  it('opens from the sidebar and lists the backups newest first, with reason and size', async () => {
    const { user } = await start();
    await user.click(screen.getByTestId('open-backups'));

    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    expect(dialog).toHaveTextContent('Rumbo keeps them in the folder “Plan 2027.rumbo-backups”, next to the workspace file.');
    expect(dialog).toHaveTextContent('It makes one when you open the workspace');
    const rows = await within(dialog).findAllByTestId('backup-row');
    expect(rows.map((r) => within(r).getByTestId('backup-date').textContent)).toEqual([
      when(newest.takenAt),
      when(middle.takenAt),
      when(older.takenAt),
    ]);
    expect(rows.map((r) => within(r).getByTestId('backup-reason').textContent)).toEqual([
      'Automatic',
      'Before a restore',
      'When opened',
    ]);
    expect(rows.map((r) => within(r).getByTestId('backup-size').textContent)).toEqual(['1.5 MB', '240 KB', '200 KB']);
    expect(within(rows[0]!).getByTestId('backup-restore')).toHaveAccessibleName(`Restore the backup of ${when(newest.takenAt)}…`);
    expect(within(dialog).getByTestId('backup-now')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('open-backups')).toHaveFocus();
  });

  it('opens from File → Backups…, with a friendly empty state', async () => {
    vi.mocked(api.backupList).mockResolvedValue([]);
    await start();
    fromMenu?.({ kind: 'backups' });
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    expect(await within(dialog).findByTestId('backups-empty')).toHaveTextContent('No backups yet');
    expect(within(dialog).queryByTestId('backup-list')).not.toBeInTheDocument();
  });

  it('backs up now: the new backup heads the list', async () => {
    const made = backupInfo({ path: '/b/4.rumbo', takenAt: '2026-05-12T10:00:00.000Z', reason: 'manual', size: 250_000 });
    vi.mocked(api.backupNow).mockResolvedValue(made);
    const { user } = await start();
    await user.click(screen.getByTestId('open-backups'));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    expect(await within(dialog).findAllByTestId('backup-row')).toHaveLength(3);

    await user.click(within(dialog).getByTestId('backup-now'));
    await waitFor(() => expect(within(dialog).getAllByTestId('backup-row')).toHaveLength(4));
    const first = within(dialog).getAllByTestId('backup-row')[0]!;
    expect(first).toHaveTextContent(when(made.takenAt));
    expect(first).toHaveTextContent('Manual');
    expect(first).toHaveTextContent('New');
    expect(within(dialog).getByTestId('notice')).toHaveTextContent('Backup made.');
  });

  it('shows a failure to back up in the dialog', async () => {
    vi.mocked(api.backupNow).mockRejectedValue({ code: 'read_only', message: 'The folder can’t be written.', fields: [] });
    const { user } = await start();
    await user.click(screen.getByTestId('open-backups'));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    await user.click(within(dialog).getByTestId('backup-now'));
    expect(await within(dialog).findByTestId('error-banner')).toHaveTextContent('The folder can’t be written.');
  });

  it('asks before restoring, then applies the snapshot Rust returns', async () => {
    const restored = snapshot({ workspace: { ...WORKSPACE, title: 'Valdoria as it was' } });
    vi.mocked(api.backupRestore).mockResolvedValue(restoreOutcome({ snapshot: restored, restored: middle }));
    const { user } = await start();
    await user.click(screen.getByTestId('nav-channels'));
    await user.click(screen.getByTestId('open-backups'));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    const rows = await within(dialog).findAllByTestId('backup-row');

    // Cancel first: nothing happens.
    await user.click(within(rows[1]!).getByTestId('backup-restore'));
    let confirm = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(confirm).toHaveTextContent(
      `Restore the backup of ${when(middle.takenAt)}? The workspace will be replaced by it. Its current state is kept as a backup first, so you can go back.`,
    );
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).not.toBeInTheDocument();
    expect(api.backupRestore).not.toHaveBeenCalled();

    await user.click(within(rows[1]!).getByTestId('backup-restore'));
    confirm = screen.getByRole('dialog', { name: 'Restore this backup?' });
    const loads = vi.mocked(api.sectionCounts).mock.calls.length;
    await user.click(within(confirm).getByTestId('backup-restore-confirm'));

    expect(api.backupRestore).toHaveBeenCalledWith('/b/2.rumbo');
    await waitFor(() => expect(screen.getByTestId('workspace-title')).toHaveTextContent('Valdoria as it was'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('notice')).toHaveTextContent(
      `Backup of ${when(middle.takenAt)} restored. The workspace as it was is kept as a backup.`,
    );
    // The shell starts again on the restored data, in the same section.
    await waitFor(() => expect(vi.mocked(api.sectionCounts).mock.calls.length).toBeGreaterThan(loads));
    expect(screen.getByTestId('nav-channels')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('open-backups')).toHaveFocus();
  });

  it('marks a file of another workspace and asks in words that say so before restoring it', async () => {
    const stranger = backupInfo({ path: '/b/9.rumbo', takenAt: '2099-01-01T00:00:00.000Z', origin: 'other-workspace' });
    const unknown = backupInfo({ path: '/b/8.rumbo', takenAt: '2026-01-01T00:00:00.000Z', origin: 'unknown' });
    vi.mocked(api.backupList).mockResolvedValue([stranger, unknown, middle]);
    vi.mocked(api.backupRestore).mockResolvedValue(restoreOutcome({ restored: stranger }));
    const { user } = await start();
    await user.click(screen.getByTestId('open-backups'));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    const rows = await within(dialog).findAllByTestId('backup-row');
    // Newest first, by the time recorded inside each.
    expect(within(rows[0]!).getByTestId('backup-origin')).toHaveTextContent('Another workspace');
    expect(within(rows[1]!).queryByTestId('backup-origin')).not.toBeInTheDocument();
    expect(within(rows[2]!).getByTestId('backup-origin')).toHaveTextContent('Origin unknown');

    await user.click(within(rows[2]!).getByTestId('backup-restore'));
    let confirm = screen.getByRole('dialog', { name: 'Restore a file of unknown origin?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.click(within(rows[0]!).getByTestId('backup-restore'));
    confirm = screen.getByRole('dialog', { name: 'Restore a file from another workspace?' });
    expect(confirm).toHaveTextContent('is not a backup of this workspace: it is a copy of another one');
    expect(within(confirm).getByTestId('backup-restore-confirm')).toHaveTextContent('Restore anyway');
    await user.click(within(confirm).getByTestId('backup-restore-confirm'));
    expect(api.backupRestore).toHaveBeenCalledWith('/b/9.rumbo', true);
  });

  it('shows a failed restore in the dialog, which stays open', async () => {
    vi.mocked(api.backupRestore).mockRejectedValue({
      code: 'locked',
      message: 'This workspace is open in another Rumbo window or program.',
      fields: [],
    });
    const { user } = await start();
    await user.click(screen.getByTestId('open-backups'));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    const rows = await within(dialog).findAllByTestId('backup-row');
    await user.click(within(rows[0]!).getByTestId('backup-restore'));
    await user.click(screen.getByTestId('backup-restore-confirm'));

    expect(await within(dialog).findByTestId('error-banner')).toHaveTextContent('This workspace is open in another Rumbo window or program.');
    expect(screen.getByRole('dialog', { name: 'Backups' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).not.toBeInTheDocument();
    expect(screen.getByTestId('workspace-title')).toHaveTextContent('Valdoria');
    expect(within(dialog).getAllByTestId('backup-restore')[0]).toBeEnabled();
    // What is there now is read again.
    await waitFor(() => expect(api.backupList).toHaveBeenCalledTimes(2));
  });

  it('saves a copy from its button and from File → Save a Copy…', async () => {
    vi.mocked(api.workspaceSaveCopy).mockResolvedValue('/media/usb/Plan 2027.rumbo');
    const { user } = await start();
    await user.click(screen.getByTestId('open-backups'));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    await user.click(within(dialog).getByTestId('save-copy'));
    expect(await within(dialog).findByTestId('notice')).toHaveTextContent('Copy saved: /media/usb/Plan 2027.rumbo');

    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    app.dismissNotice();
    fromMenu?.({ kind: 'save_copy' });
    await waitFor(() => expect(api.workspaceSaveCopy).toHaveBeenCalledTimes(2));
    expect(await screen.findByTestId('notice')).toHaveTextContent('Copy saved: /media/usb/Plan 2027.rumbo');
  });

  it('is in Spanish', async () => {
    const { user } = await start({ language: 'es', resolvedLanguage: 'es', workspace: { ...WORKSPACE, readOnly: true } });
    expect(screen.getByTestId('read-only-notice')).toHaveTextContent('Solo lectura: no se puede escribir en este archivo');
    expect(screen.getByTestId('read-only-save-copy')).toHaveTextContent('Guardar una copia…');
    expect(screen.getByTestId('read-only-tag')).toHaveTextContent('Solo lectura');

    await user.click(screen.getByTestId('open-backups'));
    expect(screen.getByTestId('open-backups')).toHaveTextContent('Copias de seguridad…');
    const dialog = await screen.findByRole('dialog', { name: 'Copias de seguridad' });
    expect(dialog).toHaveTextContent('Rumbo las guarda en la carpeta «Plan 2027.rumbo-backups», junto al archivo del espacio de trabajo.');
    expect(within(dialog).getByTestId('backup-now')).toHaveTextContent('Hacer una copia ahora');
    expect(within(dialog).getByTestId('save-copy')).toHaveTextContent('Guardar una copia…');
    const rows = await within(dialog).findAllByTestId('backup-row');
    expect(rows.map((r) => within(r).getByTestId('backup-reason').textContent)).toEqual([
      'Automática',
      'Antes de restaurar',
      'Al abrir',
    ]);
    expect(within(rows[0]!).getByTestId('backup-size')).toHaveTextContent('1,5 MB');
    expect(within(rows[0]!).getByTestId('backup-date')).toHaveTextContent(when(newest.takenAt, 'es'));
    expect(within(rows[0]!).getByTestId('backup-restore')).toHaveTextContent('Restaurar…');

    await user.click(within(rows[0]!).getByTestId('backup-restore'));
    expect(screen.getByRole('dialog', { name: '¿Restaurar esta copia de seguridad?' })).toHaveTextContent(
      `¿Restaurar la copia de seguridad del ${when(newest.takenAt, 'es')}? El espacio de trabajo se sustituirá por ella.`,
    );
  });
});

describe('a damaged workspace', () => {
  const damaged = {
    code: 'damaged' as const,
    message: '“Plan 2027.rumbo” is damaged and can’t be opened. Rumbo has not changed it.',
    fields: [],
  };
  const offer = { path: WORKSPACE.path, fileName: 'Plan 2027.rumbo', backup: newest };

  it('offers its sound backup on the welcome screen and restores it', async () => {
    vi.mocked(api.workspaceRecover).mockResolvedValue(
      restoreOutcome({
        snapshot: snapshot({ workspace: WORKSPACE }),
        restored: newest,
        beforeRestore: null,
        damagedMovedTo: '/home/lucia/Plan 2027.rumbo.damaged-2026-05-12T10-00-00.000Z',
      }),
    );
    const { user } = await start({ workspace: null, error: damaged, recovery: offer });

    const welcome = await screen.findByTestId('welcome');
    expect(within(welcome).getByTestId('error-banner')).toHaveTextContent('is damaged');
    const recovery = within(welcome).getByTestId('recovery');
    expect(recovery).toHaveTextContent(
      `Rumbo has a sound backup of Plan 2027.rumbo from ${when(newest.takenAt)} (made automatically).`,
    );
    expect(recovery).toHaveTextContent('The damaged file is kept beside it, renamed.');

    await user.click(within(recovery).getByTestId('recover-backup'));
    expect(api.workspaceRecover).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('workspace-title')).toHaveTextContent('Valdoria');
    expect(screen.getByTestId('notice')).toHaveTextContent(
      `Restored the backup of ${when(newest.takenAt)}. The damaged file was kept as “Plan 2027.rumbo.damaged-2026-05-12T10-00-00.000Z”.`,
    );
    expect(screen.queryByTestId('error-banner')).not.toBeInTheDocument();
  });

  it('keeps the offer after a failed recovery, and drops it with the error', async () => {
    vi.mocked(api.workspaceRecover).mockRejectedValue({ code: 'disk_full', message: 'The disk is full.', fields: [] });
    const { user } = await start({ workspace: null, error: damaged, recovery: offer });
    await user.click(await screen.findByTestId('recover-backup'));
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('The disk is full.');
    expect(screen.getByTestId('recover-backup')).toBeEnabled();

    await user.click(within(screen.getByTestId('error-banner')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('recovery')).not.toBeInTheDocument();
  });

  it('is offered under the banner of an open workspace too, in Spanish', async () => {
    await start({
      language: 'es',
      resolvedLanguage: 'es',
      error: { ...damaged, message: '«Plan 2027.rumbo» está dañado.' },
      recovery: offer,
    });
    const recovery = await screen.findByTestId('recovery');
    expect(recovery).toHaveTextContent(
      `Rumbo tiene una copia de seguridad en buen estado de Plan 2027.rumbo del ${when(newest.takenAt, 'es')} (hecha automáticamente).`,
    );
    expect(within(recovery).getByTestId('recover-backup')).toHaveTextContent('Restaurar esta copia');
  });
});
