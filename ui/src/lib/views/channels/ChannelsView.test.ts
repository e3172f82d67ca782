import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshView, serve, type Served } from '../../../test/serve';
import { audience, channel, criterion, department, impact, saved, validationError } from '../../../test/fixtures';
import * as api from '../../api';
import { DEFAULT_HEALTH_SETTINGS, type Channel } from '../../bindings';
import { nav } from '../../state/nav.svelte';
import ChannelsView from './ChannelsView.svelte';
import { emptyAccount } from '../accounts/account';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(freshView);

async function renderWith(channels: Channel[], more: Served = {}) {
  const data = serve({ channels, ...more });
  await data.ensure('channel', 'department', 'audience', 'fit_criterion');
  const user = userEvent.setup();
  render(ChannelsView, { props: { data } });
  const store = data.records.channel;
  return { user, store, data };
}

describe('channels view', () => {
  it('explains what to do when there are no channels', async () => {
    await renderWith([]);
    expect(screen.getByTestId('channels-empty')).toHaveTextContent('being present is not an objective in itself');
    expect(screen.queryAllByTestId('channel-row')).toHaveLength(0);
  });

  it('lists channels with status, fit, effort, owner department and the weekly total', async () => {
    await renderWith(
      [
        channel({ ownerDepartmentId: 5, fitScores: [{ criterionId: 1, score: 4 }, { criterionId: 2, score: 3 }] }),
        channel({ id: 2, network: 'tiktok', name: 'TikTok', status: 'rejected', weeklyEffortHours: 0, owner: '' }),
        channel({ id: 3, network: 'whatsapp_channel', name: 'Alerts', status: 'planned', weeklyEffortHours: 2.5 }),
      ],
      {
        departments: [department({ id: 5, name: 'Business Services' })],
        criteria: [criterion({ id: 1, weight: 3 }), criterion({ id: 2, name: 'Voice', weight: 1, position: 2 })],
      },
    );
    const rows = screen.getAllByTestId('channel-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('LinkedIn — employers and professionals');
    expect(rows[0]).toHaveTextContent('Active');
    expect(rows[0]).toHaveTextContent('4 h');
    expect(rows[0]).toHaveTextContent('Business Services');
    expect(rows[0]).toHaveTextContent('Lucía Ferrer (CM)');
    // (4×3 + 3×1) / 4 = 3.75
    expect(screen.getByTestId('channel-fit-1')).toHaveTextContent('3.8');
    expect(screen.getByTestId('channel-fit-2')).toHaveTextContent('—');
    expect(rows[1]).toHaveTextContent('Rejected');
    expect(rows[2]).toHaveTextContent('WhatsApp channel');
    expect(screen.getByTestId('total-effort')).toHaveTextContent('6.5 h a week');
  });

  it('creates a channel with the typed values and shows its row', async () => {
    vi.mocked(api.recordCreate).mockImplementation((_kind, input) => Promise.resolve(saved(42, input)));
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
    expect(api.recordCreate).toHaveBeenCalledTimes(1);
    expect(api.recordCreate).toHaveBeenCalledWith('channel', {
      id: 0,
      network: 'instagram',
      networkName: '',
      name: 'Instagram — young job seekers',
      handle: '@empleovaldoria',
      status: 'active',
      purpose: 'Make guidance visible to people under 30.',
      tone: '',
      cadence: '',
      owner: 'Lucía',
      ownerDepartmentId: null,
      weeklyEffortHours: 6.5,
      rejectionReason: '',
      notes: '',
      audienceIds: [],
      fitScores: [],
      commentsOpen: null,
      moderator: '',
      account: emptyAccount(),
    });
    const rows = screen.getAllByTestId('channel-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Instagram — young job seekers');
    expect(rows[0]).toHaveTextContent('6.5 h');
    expect(rows[0]).toHaveFocus();
    expect(store.list).toHaveLength(1);
  });

  it('asks the name of an “other” network, keeps it, and lists the channel under it', async () => {
    vi.mocked(api.recordCreate).mockImplementation((_kind, input) => Promise.resolve(saved(43, input)));
    await renderWith([]);
    const user = userEvent.setup();

    await user.click(screen.getByTestId('channel-new'));
    for (const network of ['discord', 'reddit', 'twitch', 'threads', 'telegram']) {
      expect(within(field('channel-network')).getByRole('option', { name: new RegExp(network, 'i') })).toBeInTheDocument();
    }
    expect(document.getElementById('channel-networkName')).toBeNull();
    await user.selectOptions(field('channel-network'), 'other');
    await user.type(field('channel-networkName'), 'Pinterest');
    await user.clear(field('channel-name'));
    await user.type(field('channel-name'), 'Boards of job ideas');
    await user.click(screen.getByTestId('channel-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(vi.mocked(api.recordCreate).mock.lastCall?.[1]).toMatchObject({ network: 'other', networkName: 'Pinterest' });
    const row = await screen.findByTestId('channel-row');
    expect(row).toHaveTextContent('Pinterest');
    expect(row).not.toHaveTextContent('Other');
  });

  it('shows a validation error from Rust next to the weekly effort and keeps the input', async () => {
    vi.mocked(api.recordCreate).mockRejectedValue(
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
    expect((vi.mocked(api.recordCreate).mock.lastCall?.[1] as Channel).weeklyEffortHours).toBe(500);
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
    expect(api.recordCreate).not.toHaveBeenCalled();
  });

  it('marks an effort nobody measured as not known: sent as null, not 0, and the total becomes a floor', async () => {
    vi.mocked(api.recordUpdate).mockImplementation((_kind, c) => Promise.resolve(c));
    const { user, store } = await renderWith([channel({ id: 5 }), channel({ id: 6, name: 'Alerts', network: 'whatsapp_channel', weeklyEffortHours: 2.5 })]);
    expect(screen.getByTestId('total-effort')).toHaveTextContent('6.5 h a week');

    await user.click(screen.getAllByTestId('channel-row')[0] as HTMLElement);
    await user.click(field('channel-effort-unknown'));
    expect(field('channel-weeklyEffortHours')).toBeDisabled();

    await waitFor(() => expect(api.recordUpdate).toHaveBeenCalledWith('channel', expect.objectContaining({ id: 5, weeklyEffortHours: null })));
    await waitFor(() => expect(store.list[0]?.weeklyEffortHours).toBeNull());
    expect(field('channel-weeklyEffortHours')).toHaveValue('');
    // Measured after all: the last figure comes back, and is sent again.
    await user.click(field('channel-effort-unknown'));
    expect(field('channel-weeklyEffortHours')).toHaveValue(4);
    await waitFor(() => expect(store.list[0]?.weeklyEffortHours).toBe(4));
    await user.click(field('channel-effort-unknown'));
    await waitFor(() => expect(store.list[0]?.weeklyEffortHours).toBeNull());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getAllByTestId('channel-row')[0]).toHaveTextContent('not measured');
    expect(screen.getByTestId('total-effort')).toHaveTextContent('at least 2.5 h a week');
    expect(screen.getByTestId('effort-unmeasured')).toHaveTextContent('(1 channel not measured)');
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
    vi.mocked(api.recordUpdate).mockImplementation((_kind, c) => Promise.resolve(c));
    const { user, store } = await renderWith([channel({ id: 5 })]);

    await user.click(screen.getByTestId('channel-row'));
    await user.clear(field('channel-owner'));
    await user.type(field('channel-owner'), 'Business Services');
    await user.tab();

    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('All changes saved'));
    expect(api.recordUpdate).toHaveBeenCalledWith(
      'channel',
      expect.objectContaining({ id: 5, owner: 'Business Services', weeklyEffortHours: 4 }),
    );
    expect(store.list[0]?.owner).toBe('Business Services');
  });

  it('deletes only after confirming, naming what it unlinks; Escape or Cancel keep the channel', async () => {
    vi.mocked(api.deleteImpact).mockResolvedValue(
      impact({ name: 'Facebook — towns', groups: [{ kind: 'audience', removed: false, names: ['Families', 'Towns'] }] }),
    );
    vi.mocked(api.recordDelete).mockResolvedValue({ token: 77 });
    const { user } = await renderWith([channel({ id: 9, name: 'Facebook — towns' }), channel({ id: 10, name: 'Blog' })]);

    const row = screen.getAllByTestId('channel-row')[0]!;
    row.focus();
    await user.keyboard('{Enter}');
    const editor = screen.getByRole('dialog', { name: 'Facebook — towns' });

    await user.click(within(editor).getByTestId('delete-button'));
    let confirm = await screen.findByRole('dialog', { name: 'Delete this channel?' });
    expect(api.deleteImpact).toHaveBeenCalledWith('channel', 9);
    expect(confirm).toHaveAttribute('aria-modal', 'true');
    expect(confirm).toHaveTextContent('“Facebook — towns” will be deleted.');
    expect(within(confirm).getByTestId('delete-impact')).toHaveTextContent('2 audiences will lose this channel: Families and Towns');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    // Focus stays inside the dialog.
    await user.tab();
    expect(within(confirm).getByTestId('confirm-delete')).toHaveFocus();
    await user.tab();
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Delete this channel?' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Facebook — towns' })).toBeInTheDocument();

    await user.click(within(editor).getByTestId('delete-button'));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete this channel?' })).getByRole('button', { name: 'Cancel' }));
    expect(api.recordDelete).not.toHaveBeenCalled();

    await user.click(within(editor).getByTestId('delete-button'));
    confirm = await screen.findByRole('dialog', { name: 'Delete this channel?' });
    await user.click(within(confirm).getByTestId('confirm-delete'));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.recordDelete).toHaveBeenCalledTimes(1);
    expect(api.recordDelete).toHaveBeenCalledWith('channel', 9);
    expect(api.recordUpdate).not.toHaveBeenCalled();
    const rows = screen.getAllByTestId('channel-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Blog');
  });

  it('names the fit band by the workspace’s thresholds, in the list and in the editor', async () => {
    const criteria = [criterion({ id: 1, weight: 3 }), criterion({ id: 2, name: 'Voice', weight: 1, position: 2 })];
    // (4×3 + 3×1) / 4 = 3.75: strong by the defaults, only some fit from 4.
    const { user } = await renderWith([channel({ fitScores: [{ criterionId: 1, score: 4 }, { criterionId: 2, score: 3 }] })], {
      criteria,
      settings: { ...DEFAULT_HEALTH_SETTINGS, highFit: 4 },
    });
    expect(await screen.findByText('Fit 3.8 out of 5 — some')).toBeInTheDocument();
    await user.click(screen.getByTestId('channel-row'));
    const editorFit = screen.getByTestId('channel-fit-score').parentElement!;
    expect(editorFit).toHaveAttribute('title', 'Fit 3.8 out of 5 — some');
  });

  it('sends the owner department, the audiences and the fit scores chosen in the editor', async () => {
    vi.mocked(api.recordCreate).mockImplementation((_kind, input) => Promise.resolve(saved(50, input)));
    const { user } = await renderWith([], {
      departments: [department({ id: 1, name: 'Social media' }), department({ id: 4, name: 'Editorial' })],
      audiences: [audience({ id: 2, name: 'Employers' }), audience({ id: 3, name: 'Young job seekers' })],
      criteria: [
        criterion({ id: 1, name: 'Audience presence', description: 'Our audiences are there, in numbers.', weight: 3 }),
        criterion({ id: 2, name: 'Brand-voice fit', description: 'Our voice sounds right there.', weight: 1, position: 2 }),
      ],
    });

    await user.click(screen.getByTestId('channel-new'));
    await user.selectOptions(field('channel-network'), 'youtube');
    await user.selectOptions(screen.getByTestId('channel-ownerDepartmentId'), 'Editorial');
    await user.type(screen.getByTestId('channel-audiences'), 'young');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Young job seekers' })).toBeInTheDocument();

    const presence = screen.getByTestId('channel-score-1');
    expect(presence).toHaveTextContent('Our audiences are there, in numbers.');
    await user.click(within(presence).getByRole('radio', { name: '4 — fits well' }));
    await user.click(within(screen.getByTestId('channel-score-2')).getByRole('radio', { name: '2 — fits poorly' }));
    // (4×3 + 2×1) / 4 = 3.5
    expect(screen.getByTestId('channel-fit-score')).toHaveTextContent('3.5');

    await user.click(screen.getByTestId('channel-save'));
    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith(
      'channel',
      expect.objectContaining({
        network: 'youtube',
        ownerDepartmentId: 4,
        audienceIds: [3],
        fitScores: [
          { criterionId: 1, score: 4 },
          { criterionId: 2, score: 2 },
        ],
      }),
    );
  });

  it('autosaves a new owner department and score, and links to the department and the objectives', async () => {
    vi.mocked(api.recordUpdate).mockImplementation((_kind, c) => Promise.resolve(c));
    const { user } = await renderWith(
      [channel({ id: 5, ownerDepartmentId: 1, fitScores: [{ criterionId: 1, score: 2 }] })],
      {
        departments: [department({ id: 1, name: 'Social media' }), department({ id: 4, name: 'Editorial' })],
        criteria: [criterion({ id: 1 })],
        objectives: [
          {
            id: 8,
            title: 'Double registrations from social media',
            description: '',
            kind: 'leads',
            kpiMetric: 'Registrations',
            kpiUnit: 'a month',
            baseline: 120,
            target: 240,
            start: null,
            deadline: null,
            owner: '',
            status: 'active',
            channelIds: [5],
            departmentIds: [],
          },
        ],
      },
    );
    await user.click(screen.getByTestId('channel-row'));
    expect(await screen.findByRole('button', { name: 'Double registrations from social media' })).toBeInTheDocument();

    await user.selectOptions(screen.getByTestId('channel-ownerDepartmentId'), 'Editorial');
    await user.click(within(screen.getByTestId('channel-score-1')).getByRole('radio', { name: 'not scored' }));
    await waitFor(() =>
      expect(api.recordUpdate).toHaveBeenLastCalledWith('channel', expect.objectContaining({ id: 5, ownerDepartmentId: 4, fitScores: [] })),
    );

    await user.click(screen.getByTestId('channel-owner-department-link'));
    expect(nav.section).toBe('departments');
    expect(nav.request).toEqual({ section: 'departments', id: 4 });
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
