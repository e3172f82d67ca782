import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign, department } from '../../../test/plans';
import { serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import { setLocale } from '../../i18n';
import CampaignsView from './CampaignsView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

let served: Served;
const show = () => render(CampaignsView, { props: { data: serve(served) } });

beforeEach(() => {
  vi.resetAllMocks();
  served = {};
  setLocale('en');
});

const sample = [
  campaign({ id: 1, name: 'Spring Job Fair 2026', departmentId: 5 }),
  campaign({ id: 2, name: 'Launch of online appointments', affectsCommunity: true, cmInvolved: false, departmentId: 7 }),
  campaign({ id: 3, name: 'Staff week', affectsCommunity: false, cmInvolved: false }),
];

describe('campaigns', () => {
  it('flags a campaign that affects the community but was decided without the CM', async () => {
    served.campaigns = sample;
    served.departments = [department({ id: 5, name: 'Business Services' }), department({ id: 7, name: 'IT' })];
    show();

    const rows = await screen.findAllByTestId('campaign-row');
    expect(rows).toHaveLength(3);
    const flagged = rows.filter((row) => within(row).queryByTestId('campaign-risk'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toHaveTextContent('Launch of online appointments');
    expect(flagged[0]).toHaveTextContent('Decided without the CM');
    expect(flagged[0]).toHaveTextContent('Left out');
    expect(flagged[0]).toHaveAttribute('data-risky', 'true');
    // Not affecting the community without the CM is no danger.
    expect(rows[2]).not.toHaveAttribute('data-risky');
    await waitFor(() => expect(rows[0]).toHaveTextContent('Business Services'));
    expect(screen.getByTestId('campaigns-risk-summary')).toHaveTextContent(
      '1 campaign affects the community but was decided without the CM.',
    );
    expect(screen.getByTestId('campaigns-risk-summary')).toHaveTextContent('best interests at heart');
  });

  it('filters to the campaigns decided without the CM', async () => {
    served.campaigns = sample;
    const user = userEvent.setup();
    show();
    await screen.findAllByTestId('campaign-row');
    await user.click(screen.getByTestId('campaign-filter-risky'));
    const rows = screen.getAllByTestId('campaign-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Launch of online appointments');
  });

  it('quotes the warning in the editor and saves when the CM is brought in', async () => {
    served.campaigns = sample;
    vi.mocked(api.recordUpdate).mockImplementation((_kind, c) => Promise.resolve(c));
    const user = userEvent.setup();
    show();

    const rows = await screen.findAllByTestId('campaign-row');
    await user.click(rows[1] as HTMLElement);
    const warning = screen.getByTestId('campaign-warning');
    expect(warning).toHaveTextContent('resentment can occur');
    await user.click(field('campaign-cmInvolved'));
    expect(screen.queryByTestId('campaign-warning')).not.toBeInTheDocument();
    await waitFor(() => expect(api.recordUpdate).toHaveBeenCalled(), { timeout: 2000 });
    expect(vi.mocked(api.recordUpdate).mock.lastCall).toMatchObject(['campaign', { id: 2, affectsCommunity: true, cmInvolved: true }]);
  });

  it('creates a campaign with the typed values', async () => {
    served.departments = [department({ id: 7, name: 'IT' })];
    vi.mocked(api.recordCreate).mockImplementation((_kind, c) => Promise.resolve({ ...c, id: 11 }));
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('campaign-new'));
    // The name Rust requires: marked, and asked for before Rust is.
    expect(field('campaign-name')).toHaveAttribute('aria-required', 'true');
    await user.click(screen.getByTestId('campaign-save'));
    expect(field('campaign-name')).toHaveAccessibleDescription('This field is required.');
    expect(api.recordCreate).not.toHaveBeenCalled();
    await user.type(field('campaign-name'), 'New booking system');
    await waitFor(() => expect(screen.getByRole('option', { name: 'IT' })).toBeInTheDocument());
    await user.selectOptions(field('campaign-departmentId'), 'IT');
    await user.click(field('campaign-affectsCommunity'));
    expect(screen.getByTestId('campaign-warning')).toBeInTheDocument();
    await user.click(screen.getByTestId('campaign-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('campaign', {
      id: 0,
      name: 'New booking system',
      description: '',
      departmentId: 7,
      start: null,
      end: null,
      affectsCommunity: true,
      cmInvolved: false,
      objectiveIds: [],
      moderator: '',
    });
    await waitFor(() => expect(screen.getAllByTestId('campaign-row')).toHaveLength(1));
    expect(screen.getByTestId('campaign-row')).toHaveAttribute('data-risky', 'true');
  });
});
