import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channel, channelFrom, validationError } from '../../test/fixtures';
import * as api from '../api';
import type { Channel } from '../bindings';
import { setLocale } from '../i18n';
import { ChannelStore } from '../state/channels.svelte';
import ChannelsView from './ChannelsView.svelte';

vi.mock('$lib/api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('$lib/api')>();
  return {
    asApiError: actual.asApiError,
    channelList: vi.fn(),
    channelCreate: vi.fn(),
    channelUpdate: vi.fn(),
    channelDelete: vi.fn(),
  };
});

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
});

async function renderWith(channels: Channel[]) {
  vi.mocked(api.channelList).mockResolvedValue(channels);
  const store = new ChannelStore();
  await store.load();
  const user = userEvent.setup();
  render(ChannelsView, { props: { store } });
  return { user, store };
}

describe('channels view', () => {
  it('explains what to do when there are no channels', async () => {
    await renderWith([]);
    expect(screen.getByTestId('channels-empty')).toHaveTextContent('being present is not an objective in itself');
    expect(screen.queryAllByTestId('channel-row')).toHaveLength(0);
  });

  it('lists channels with status, effort, owner and the weekly total', async () => {
    await renderWith([
      channel(),
      channel({ id: 2, network: 'tiktok', name: 'TikTok', status: 'rejected', weeklyEffortHours: 0, owner: '' }),
      channel({ id: 3, network: 'whatsapp_channel', name: 'Alerts', status: 'planned', weeklyEffortHours: 2.5 }),
    ]);
    const rows = screen.getAllByTestId('channel-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('LinkedIn — employers and professionals');
    expect(rows[0]).toHaveTextContent('Active');
    expect(rows[0]).toHaveTextContent('4 h');
    expect(rows[0]).toHaveTextContent('Lucía Ferrer (CM)');
    expect(rows[1]).toHaveTextContent('Rejected');
    expect(rows[2]).toHaveTextContent('WhatsApp channel');
    expect(screen.getByTestId('total-effort')).toHaveTextContent('6.5 h a week');
  });

  it('creates a channel with the typed values and shows its row', async () => {
    vi.mocked(api.channelCreate).mockImplementation((input) => Promise.resolve(channelFrom(42, input)));
    const { user, store } = await renderWith([]);

    await user.click(screen.getByTestId('channel-new'));
    const dialog = screen.getByRole('dialog', { name: 'New channel' });
    expect(field('channel-network')).toHaveFocus();

    await user.selectOptions(field('channel-network'), 'instagram');
    expect(field('channel-name')).toHaveValue('Instagram'); // suggested from the network
    await user.clear(field('channel-name'));
    await user.type(field('channel-name'), 'Instagram — young job seekers');
    await user.type(field('channel-handle'), '@empleovaldoria');
    await user.selectOptions(field('channel-status'), 'active');
    await user.type(field('channel-purpose'), 'Make guidance visible to people under 30.');
    await user.type(field('channel-owner'), 'Lucía');
    await user.clear(field('channel-weeklyEffortHours'));
    await user.type(field('channel-weeklyEffortHours'), '6.5');
    await user.click(within(dialog).getByTestId('channel-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.channelCreate).toHaveBeenCalledTimes(1);
    expect(api.channelCreate).toHaveBeenCalledWith({
      network: 'instagram',
      name: 'Instagram — young job seekers',
      handle: '@empleovaldoria',
      status: 'active',
      purpose: 'Make guidance visible to people under 30.',
      tone: '',
      cadence: '',
      owner: 'Lucía',
      weeklyEffortHours: 6.5,
      rejectionReason: '',
      notes: '',
    });
    const rows = screen.getAllByTestId('channel-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Instagram — young job seekers');
    expect(rows[0]).toHaveTextContent('6.5 h');
    expect(rows[0]).toHaveFocus();
    expect(store.list).toHaveLength(1);
  });

  it('shows a validation error from Rust next to the weekly effort and keeps the input', async () => {
    vi.mocked(api.channelCreate).mockRejectedValue(
      validationError([{ field: 'weeklyEffortHours', code: 'out_of_range', message: 'Enter a number from 0 to 168.' }]),
    );
    const { user } = await renderWith([]);

    await user.click(screen.getByTestId('channel-new'));
    await user.selectOptions(field('channel-network'), 'youtube');
    await user.type(field('channel-purpose'), 'How-to videos');
    await user.clear(field('channel-weeklyEffortHours'));
    await user.type(field('channel-weeklyEffortHours'), '500');
    await user.click(screen.getByTestId('channel-save'));

    const hours = field('channel-weeklyEffortHours');
    await waitFor(() => expect(hours).toHaveAttribute('aria-invalid', 'true'));
    expect(vi.mocked(api.channelCreate).mock.lastCall?.[0].weeklyEffortHours).toBe(500);
    expect(hours).toHaveAccessibleDescription(/Enter a number from 0 to 168\./);
    expect(screen.getByText('Enter a number from 0 to 168.').id).toBe('channel-weeklyEffortHours-error');
    expect(hours).toHaveFocus();
    // The editor stays open with everything typed.
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(hours).toHaveValue(500);
    expect(field('channel-name')).toHaveValue('YouTube');
    expect(field('channel-purpose')).toHaveValue('How-to videos');
    expect(field('channel-name')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryAllByTestId('channel-row')).toHaveLength(0);
  });

  it('checks locally that the weekly effort is a number and does not call Rust', async () => {
    const { user } = await renderWith([]);
    await user.click(screen.getByTestId('channel-new'));
    await user.selectOptions(field('channel-network'), 'blog');
    await user.clear(field('channel-weeklyEffortHours'));
    await user.click(screen.getByTestId('channel-save'));

    expect(await screen.findByText('Enter a number of hours, for example 2.5.')).toBeInTheDocument();
    expect(field('channel-weeklyEffortHours')).toHaveAttribute('aria-invalid', 'true');
    expect(api.channelCreate).not.toHaveBeenCalled();
  });

  it('asks for the rejection reason only for a rejected channel', async () => {
    const { user } = await renderWith([]);
    await user.click(screen.getByTestId('channel-new'));
    expect(document.getElementById('channel-rejectionReason')).toBeNull();
    await user.selectOptions(field('channel-status'), 'rejected');
    expect(field('channel-rejectionReason')).toBeInTheDocument();
    expect(screen.getByText(/goes into the strategy document/)).toBeInTheDocument();
  });

  it('autosaves an existing channel when edited', async () => {
    vi.mocked(api.channelUpdate).mockImplementation((id, input) => Promise.resolve(channelFrom(id, input)));
    const { user, store } = await renderWith([channel({ id: 5 })]);

    await user.click(screen.getByTestId('channel-row'));
    await user.clear(field('channel-owner'));
    await user.type(field('channel-owner'), 'Business Services');
    await user.tab();

    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('All changes saved'));
    expect(api.channelUpdate).toHaveBeenCalledWith(5, expect.objectContaining({ owner: 'Business Services', weeklyEffortHours: 4 }));
    expect(store.list[0]?.owner).toBe('Business Services');
  });

  it('deletes only after confirming, and Escape or Cancel keep the channel', async () => {
    vi.mocked(api.channelDelete).mockResolvedValue(null);
    const { user } = await renderWith([channel({ id: 9, name: 'Facebook — towns' }), channel({ id: 10, name: 'Blog' })]);

    const row = screen.getAllByTestId('channel-row')[0]!;
    row.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Facebook — towns' })).toBeInTheDocument();

    await user.click(screen.getByTestId('channel-delete'));
    let confirm = screen.getByRole('dialog', { name: 'Delete this channel?' });
    expect(confirm).toHaveAttribute('aria-modal', 'true');
    expect(confirm).toHaveTextContent('“Facebook — towns” will be removed');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    // Focus stays inside the dialog.
    await user.tab();
    expect(within(confirm).getByTestId('confirm-delete')).toHaveFocus();
    await user.tab();
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Delete this channel?' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Facebook — towns' })).toBeInTheDocument();

    await user.click(screen.getByTestId('channel-delete'));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this channel?' })).getByRole('button', { name: 'Cancel' }));
    expect(api.channelDelete).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('channel-delete'));
    confirm = screen.getByRole('dialog', { name: 'Delete this channel?' });
    await user.click(within(confirm).getByTestId('confirm-delete'));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.channelDelete).toHaveBeenCalledTimes(1);
    expect(api.channelDelete).toHaveBeenCalledWith(9);
    expect(api.channelUpdate).not.toHaveBeenCalled();
    const rows = screen.getAllByTestId('channel-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Blog');
  });

  it('closes the editor with Escape', async () => {
    const { user } = await renderWith([channel()]);
    await user.click(screen.getByTestId('channel-new'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('channel-new')).toHaveFocus();
  });
});
