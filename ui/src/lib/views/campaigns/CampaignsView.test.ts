import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../api-plans';
import { setLocale } from '../../i18n';
import CampaignsView from './CampaignsView.svelte';
import { campaign, department, quietApi } from './test-helpers';

vi.mock('$lib/api-plans', () => ({
  objectiveList: vi.fn(),
  measurementList: vi.fn(),
  campaignList: vi.fn(),
  campaignCreate: vi.fn(),
  campaignUpdate: vi.fn(),
  flowList: vi.fn(),
  infoNeedList: vi.fn(),
  recommendationList: vi.fn(),
  departmentList: vi.fn(),
  channelList: vi.fn(),
  calendar: vi.fn(),
  onPlansChanged: vi.fn(),
}));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(() => {
  vi.resetAllMocks();
  quietApi();
  setLocale('en');
});

const sample = [
  campaign({ id: 1, name: 'Spring Job Fair 2026', departmentId: 5 }),
  campaign({ id: 2, name: 'Launch of online appointments', affectsCommunity: true, cmInvolved: false, departmentId: 7 }),
  campaign({ id: 3, name: 'Staff week', affectsCommunity: false, cmInvolved: false }),
];

describe('campaigns', () => {
  it('flags a campaign that affects the community but was decided without the CM', async () => {
    vi.mocked(api.campaignList).mockResolvedValue(sample);
    vi.mocked(api.departmentList).mockResolvedValue([department({ id: 5, name: 'Business Services' }), department({ id: 7, name: 'IT' })]);
    render(CampaignsView);

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
    vi.mocked(api.campaignList).mockResolvedValue(sample);
    const user = userEvent.setup();
    render(CampaignsView);
    await screen.findAllByTestId('campaign-row');
    await user.click(screen.getByTestId('campaign-filter-risky'));
    const rows = screen.getAllByTestId('campaign-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Launch of online appointments');
  });

  it('quotes the warning in the editor and saves when the CM is brought in', async () => {
    vi.mocked(api.campaignList).mockResolvedValue(sample);
    vi.mocked(api.campaignUpdate).mockImplementation((c) => Promise.resolve(c));
    const user = userEvent.setup();
    render(CampaignsView);

    const rows = await screen.findAllByTestId('campaign-row');
    await user.click(rows[1] as HTMLElement);
    const warning = screen.getByTestId('campaign-warning');
    expect(warning).toHaveTextContent('resentment can occur');
    await user.click(field('campaign-cmInvolved'));
    expect(screen.queryByTestId('campaign-warning')).not.toBeInTheDocument();
    await waitFor(() => expect(api.campaignUpdate).toHaveBeenCalled(), { timeout: 2000 });
    expect(vi.mocked(api.campaignUpdate).mock.lastCall?.[0]).toMatchObject({ id: 2, affectsCommunity: true, cmInvolved: true });
  });

  it('creates a campaign with the typed values', async () => {
    vi.mocked(api.departmentList).mockResolvedValue([department({ id: 7, name: 'IT' })]);
    vi.mocked(api.campaignCreate).mockImplementation((c) => Promise.resolve({ ...c, id: 11 }));
    const user = userEvent.setup();
    render(CampaignsView);

    await user.click(await screen.findByTestId('campaign-new'));
    await user.type(field('campaign-name'), 'New booking system');
    await waitFor(() => expect(screen.getByRole('option', { name: 'IT' })).toBeInTheDocument());
    await user.selectOptions(field('campaign-departmentId'), 'IT');
    await user.click(field('campaign-affectsCommunity'));
    expect(screen.getByTestId('campaign-warning')).toBeInTheDocument();
    await user.click(screen.getByTestId('campaign-save'));

    await waitFor(() => expect(api.campaignCreate).toHaveBeenCalledTimes(1));
    expect(api.campaignCreate).toHaveBeenCalledWith({
      id: 0,
      name: 'New booking system',
      description: '',
      departmentId: 7,
      start: null,
      end: null,
      affectsCommunity: true,
      cmInvolved: false,
      objectiveIds: [],
    });
    await waitFor(() => expect(screen.getAllByTestId('campaign-row')).toHaveLength(1));
    expect(screen.getByTestId('campaign-row')).toHaveAttribute('data-risky', 'true');
  });
});
