import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../api';
import { setLocale } from '../i18n';
import { undo } from '../state/undo.svelte';
import DeleteButton from './DeleteButton.svelte';
import UndoToast from './UndoToast.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../test/api-mock')).mockApi(await importOriginal()));

const impact = {
  kind: 'department' as const,
  name: 'Marketing',
  groups: [
    { kind: 'channel' as const, removed: false, names: ['LinkedIn', 'Newsletter', 'YouTube'] },
    { kind: 'raci_cell' as const, removed: true, names: ['Campaigns', 'Reporting'] },
    { kind: 'objective' as const, removed: false, names: [] },
  ],
};

function setup(lang: 'en' | 'es' = 'en') {
  setLocale(lang);
  vi.mocked(api.deleteImpact).mockResolvedValue(impact);
  vi.mocked(api.recordDelete).mockResolvedValue({ token: 31 });
  vi.mocked(api.undoDelete).mockResolvedValue(null);
  const ondeleted = vi.fn();
  const user = userEvent.setup();
  render(UndoToast);
  render(DeleteButton, { props: { kind: 'department', id: 4, name: 'Marketing', ondeleted } });
  return { user, ondeleted };
}

beforeEach(() => {
  vi.resetAllMocks();
  undo.reset();
});

afterEach(() => {
  undo.reset();
});

describe('DeleteButton', () => {
  it('names what the deletion unlinks and removes, and deletes only after confirming', async () => {
    const { user, ondeleted } = setup();
    await user.click(screen.getByTestId('delete-button'));

    const dialog = await screen.findByRole('dialog', { name: 'Delete this department?' });
    expect(api.deleteImpact).toHaveBeenCalledWith('department', 4);
    expect(dialog).toHaveTextContent('“Marketing” will be deleted.');
    const list = within(dialog).getByTestId('delete-impact');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2); // the empty group is left out
    expect(items[0]).toHaveTextContent('3 channels will lose their owner department: LinkedIn, Newsletter, and YouTube');
    expect(items[1]).toHaveTextContent('2 roles in the RACI grid will be cleared: Campaigns and Reporting');
    expect(api.recordDelete).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.recordDelete).not.toHaveBeenCalled();
    expect(ondeleted).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('delete-button'));
    await user.click(await screen.findByTestId('confirm-delete'));
    expect(api.recordDelete).toHaveBeenCalledWith('department', 4);
    await waitFor(() => expect(ondeleted).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('undo-toast')).toHaveTextContent('Deleted “Marketing”.');
  });

  it('brings the record back with the toast’s Undo', async () => {
    const { user } = setup();
    await user.click(screen.getByTestId('delete-button'));
    await user.click(await screen.findByTestId('confirm-delete'));
    await user.click(await screen.findByTestId('undo-button'));
    expect(api.undoDelete).toHaveBeenCalledWith(31);
    expect(await screen.findByText('“Marketing” is back.')).toBeInTheDocument();
    expect(screen.queryByTestId('undo-button')).not.toBeInTheDocument();
  });

  it('undoes with Ctrl+Z while the toast shows, and says when it cannot', async () => {
    const { user } = setup();
    vi.mocked(api.undoDelete).mockRejectedValue({ code: 'not_found', message: 'This deletion can no longer be undone.', fields: [] });
    await user.click(screen.getByTestId('delete-button'));
    await user.click(await screen.findByTestId('confirm-delete'));
    await screen.findByTestId('undo-button');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(api.undoDelete).toHaveBeenCalledWith(31);
    expect(await screen.findByText('Could not undo: This deletion can no longer be undone.')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    const { user } = setup('es');
    await user.click(screen.getByTestId('delete-button'));
    const dialog = await screen.findByRole('dialog', { name: '¿Eliminar este departamento?' });
    expect(dialog).toHaveTextContent('Se eliminará «Marketing».');
    expect(within(dialog).getByTestId('delete-impact')).toHaveTextContent(
      '3 canales se quedarán sin departamento responsable: LinkedIn, Newsletter y YouTube',
    );
    await user.click(within(dialog).getByTestId('confirm-delete'));
    expect(await screen.findByTestId('undo-toast')).toHaveTextContent('Se ha eliminado «Marketing».');
    expect(screen.getByTestId('undo-button')).toHaveTextContent('Deshacer');
  });

  it('keeps the dialog open with Rust’s reason when the deletion fails', async () => {
    const { user, ondeleted } = setup();
    vi.mocked(api.recordDelete).mockRejectedValue({ code: 'database', message: 'The disk is full.', fields: [] });
    await user.click(screen.getByTestId('delete-button'));
    await user.click(await screen.findByTestId('confirm-delete'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(ondeleted).not.toHaveBeenCalled();
    expect(screen.queryByTestId('undo-toast')).not.toBeInTheDocument();
  });
});
