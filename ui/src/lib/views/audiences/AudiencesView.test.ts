import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { audience, channel, saved } from '../../../test/fixtures';
import { freshView, serve } from '../../../test/serve';
import * as api from '../../api';
import type { Audience } from '../../bindings';
import { nav } from '../../state/nav.svelte';
import AudiencesView from './AudiencesView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const channels = [
  channel({ id: 1, name: 'LinkedIn — employers' }),
  channel({ id: 2, network: 'instagram', name: 'Instagram — young people' }),
  channel({ id: 3, network: 'youtube', name: 'YouTube — how-to videos', status: 'planned' }),
];

async function renderWith(audiences: Audience[]) {
  const data = serve({ audiences, channels });
  await data.ensure('audience', 'channel');
  const user = userEvent.setup();
  render(AudiencesView, { props: { data } });
  return { user, data };
}

beforeEach(freshView);

describe('audiences view', () => {
  it('lists who they are, what they need, where they are and the channels that reach them', async () => {
    const { user } = await renderWith([audience({ id: 4, channelIds: [2, 3] }), audience({ id: 5, name: 'Employers', channelIds: [] })]);
    const rows = screen.getAllByTestId('audience-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Young job seekers');
    expect(rows[0]).toHaveTextContent('Quick answers.');
    expect(rows[0]).toHaveTextContent('Instagram and WhatsApp.');
    expect(rows[1]).toHaveTextContent('No channel reaches them yet');

    await user.click(within(rows[0]!).getByRole('button', { name: 'YouTube — how-to videos' }));
    expect(nav.section).toBe('channels');
    expect(nav.request).toEqual({ section: 'channels', id: 3 });
  });

  it('creates an audience with the channels chosen in the picker', async () => {
    vi.mocked(api.recordCreate).mockImplementation((_kind, a) => Promise.resolve(saved(9, a)));
    const { user, data } = await renderWith([]);

    await user.click(screen.getByTestId('audience-new'));
    expect(screen.getByTestId('audience-name')).toHaveFocus();
    await user.type(screen.getByTestId('audience-name'), 'Job seekers over 45');
    await user.type(screen.getByTestId('audience-description'), 'Long careers.');
    await user.type(screen.getByTestId('audience-needs'), 'Retraining.');
    await user.type(screen.getByTestId('audience-whereabouts'), 'Facebook groups.');

    const picker = screen.getByTestId('audience-channels');
    await user.click(picker);
    const options = screen.getByRole('listbox', { name: 'Channels that reach them' });
    expect(within(options).getAllByRole('option')).toHaveLength(3);
    // Type to filter, arrows to move, Enter to add.
    await user.type(picker, 'tube');
    expect(within(options).getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{Enter}');
    const left = within(options).getAllByRole('option');
    expect(left).toHaveLength(1);
    expect(left[0]).toHaveTextContent('LinkedIn — employers');
    // Backspace in the empty box takes the last one back.
    await user.keyboard('{Backspace}');
    await user.click(within(options).getByRole('option', { name: /Instagram/ }));

    await user.click(screen.getByTestId('audience-save'));
    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('audience', {
      id: 0,
      name: 'Job seekers over 45',
      description: 'Long careers.',
      needs: 'Retraining.',
      whereabouts: 'Facebook groups.',
      channelIds: [3, 2],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getAllByTestId('audience-row')).toHaveLength(1);
    expect(data.records.audience.list[0]?.channelIds).toEqual([3, 2]);
  });

  it('saves a channel removed from an existing audience at once', async () => {
    vi.mocked(api.recordUpdate).mockImplementation((_kind, a) => Promise.resolve(a));
    const { user } = await renderWith([audience({ id: 4, channelIds: [1, 2] })]);
    await user.click(within(screen.getByTestId('audience-row')).getByRole('button', { name: /Young job seekers/ }));
    await user.click(screen.getByRole('button', { name: 'Remove LinkedIn — employers' }));
    await waitFor(() => expect(api.recordUpdate).toHaveBeenCalledWith('audience', expect.objectContaining({ id: 4, channelIds: [2] })));
    expect(screen.getByTestId('audience-channels')).toHaveFocus();
  });

  it('keeps what was typed and asks for the name before Rust is asked, as Rust would', async () => {
    const { user } = await renderWith([]);
    await user.click(screen.getByTestId('audience-new'));
    await user.type(screen.getByTestId('audience-needs'), 'Data.');
    await user.click(screen.getByTestId('audience-save'));
    const name = screen.getByTestId('audience-name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/This field is required\./);
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(name).toHaveFocus();
    expect(api.recordCreate).not.toHaveBeenCalled();
    expect(screen.getByTestId('audience-needs')).toHaveValue('Data.');
  });
});
