import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../api-plans';
import { setLocale } from '../../i18n';
import RecommendationsView from './RecommendationsView.svelte';
import { quietApi, recommendation } from './test-helpers';
import { addDays, today } from './util';

vi.mock('$lib/api-plans', () => ({
  objectiveList: vi.fn(),
  measurementList: vi.fn(),
  campaignList: vi.fn(),
  flowList: vi.fn(),
  infoNeedList: vi.fn(),
  recommendationList: vi.fn(),
  recommendationCreate: vi.fn(),
  recommendationUpdate: vi.fn(),
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

const log = () => [
  recommendation({ id: 1, title: 'Retire the X account', decision: 'accepted', date: '2026-02-10', decisionDate: '2026-03-01' }),
  recommendation({ id: 2, title: 'Involve the CM in the appointment launch', decision: 'ignored', date: '2026-08-20', decisionDate: '2026-10-01' }),
  recommendation({ id: 3, title: 'Do not open a TikTok account', decision: 'pending', date: addDays(today(), -45), decisionDate: null }),
  recommendation({ id: 4, title: 'Answer complaints with a named person', decision: 'rejected', date: '2026-06-15', decisionDate: '2026-07-01' }),
  recommendation({ id: 5, title: 'A weekly digest of citizens’ questions', decision: 'ignored', date: '2026-03-01', decisionDate: null }),
];

describe('recommendations', () => {
  it('filters the log to the ignored recommendations', async () => {
    vi.mocked(api.recommendationList).mockResolvedValue(log());
    const user = userEvent.setup();
    render(RecommendationsView);

    expect(await screen.findAllByTestId('recommendation-row')).toHaveLength(5);
    await user.click(screen.getByTestId('recommendation-filter-ignored'));
    const rows = screen.getAllByTestId('recommendation-row');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.getAttribute('data-decision'))).toEqual(['ignored', 'ignored']);
    expect(rows[0]).toHaveTextContent('Involve the CM in the appointment launch');
    expect(screen.getByTestId('recommendation-filter-ignored')).toHaveAttribute('aria-pressed', 'true');

    // The same filter holds in the table, and combines with the search.
    await user.click(screen.getByTestId('recommendation-view-table'));
    expect(screen.getAllByTestId('recommendation-row')).toHaveLength(2);
    await user.type(screen.getByTestId('recommendation-search'), 'digest');
    expect(screen.getAllByTestId('recommendation-row')).toHaveLength(1);

    await user.click(screen.getByTestId('recommendation-filter-all'));
    expect(screen.getAllByTestId('recommendation-row')).toHaveLength(1);
    await user.clear(screen.getByTestId('recommendation-search'));
    expect(screen.getAllByTestId('recommendation-row')).toHaveLength(5);
  });

  it('sums up the log and shows how long a pending one has waited', async () => {
    vi.mocked(api.recommendationList).mockResolvedValue(log());
    render(RecommendationsView);

    const summary = await screen.findByTestId('recommendation-summary');
    expect(summary).toHaveTextContent('5 recommendations');
    expect(summary).toHaveTextContent('20% accepted');
    expect(summary).toHaveTextContent('40% ignored');
    expect(summary).toHaveTextContent('1 pending for more than 30 days');
    const pending = screen.getAllByTestId('recommendation-row').find((r) => r.getAttribute('data-decision') === 'pending');
    expect(pending).toHaveTextContent('Waiting for 45 days');
  });

  it('logs a recommendation with the typed values', async () => {
    vi.mocked(api.recommendationCreate).mockImplementation((r) => Promise.resolve({ ...r, id: 9 }));
    const user = userEvent.setup();
    render(RecommendationsView);

    await user.click(await screen.findByTestId('recommendation-new'));
    await user.type(field('recommendation-title'), 'Close the Facebook page');
    await user.type(field('recommendation-recipient'), 'Elena Vidal');
    expect(field('recommendation-decisionDate')).toBeDisabled();
    await user.selectOptions(field('recommendation-decision'), 'ignored');
    expect(field('recommendation-decisionDate')).toHaveValue(today());
    await user.click(screen.getByTestId('recommendation-save'));

    await waitFor(() => expect(api.recommendationCreate).toHaveBeenCalledTimes(1));
    expect(api.recommendationCreate).toHaveBeenCalledWith({
      id: 0,
      title: 'Close the Facebook page',
      recipient: 'Elena Vidal',
      departmentId: null,
      date: today(),
      rationale: '',
      decision: 'ignored',
      decisionDate: today(),
      decisionRationale: '',
      outcome: '',
    });
  });
});
