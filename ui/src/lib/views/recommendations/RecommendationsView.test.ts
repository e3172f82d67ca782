import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { change } from '../../../test/fixtures';
import { recommendation } from '../../../test/plans';
import { emitChange, serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import * as healthApi from '../../api-health';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../bindings';
import { addDays, today, typedDay } from '../../dates';
import { setLocale } from '../../i18n';
import RecommendationsView from './RecommendationsView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-health', () => ({ healthSettingsGet: vi.fn(), healthReport: vi.fn() }));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

let served: Served;
const show = () => {
  const data = serve(served);
  render(RecommendationsView, { props: { data } });
  return data;
};

beforeEach(() => {
  vi.resetAllMocks();
  served = {};
  vi.mocked(healthApi.healthSettingsGet).mockResolvedValue({ ...DEFAULT_HEALTH_SETTINGS });
  setLocale('en');
});

const settings = (overrides: Partial<HealthSettings>): HealthSettings => ({ ...DEFAULT_HEALTH_SETTINGS, ...overrides });

const log = () => [
  recommendation({ id: 1, title: 'Retire the X account', decision: 'accepted', date: '2026-02-10', decisionDate: '2026-03-01' }),
  recommendation({ id: 2, title: 'Involve the CM in the appointment launch', decision: 'ignored', date: '2026-08-20', decisionDate: '2026-10-01' }),
  recommendation({ id: 3, title: 'Do not open a TikTok account', decision: 'pending', date: addDays(today(), -45), decisionDate: null }),
  recommendation({ id: 4, title: 'Answer complaints with a named person', decision: 'rejected', date: '2026-06-15', decisionDate: '2026-07-01' }),
  recommendation({ id: 5, title: 'A weekly digest of citizens’ questions', decision: 'ignored', date: '2026-03-01', decisionDate: null }),
];

describe('recommendations', () => {
  it('filters the log to the ignored recommendations', async () => {
    served.recommendations = log();
    const user = userEvent.setup();
    show();

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
    served.recommendations = log();
    show();

    const summary = await screen.findByTestId('recommendation-summary');
    expect(summary).toHaveTextContent('5 recommendations');
    expect(summary).toHaveTextContent('20% accepted');
    expect(summary).toHaveTextContent('40% ignored');
    expect(summary).toHaveTextContent('1 pending for more than 30 days');
    const pending = screen.getAllByTestId('recommendation-row').find((r) => r.getAttribute('data-decision') === 'pending');
    expect(pending).toHaveTextContent('Waiting for 45 days');
    expect(lateness()).toEqual({ 3: true });
  });

  it('logs a recommendation with the typed values', async () => {
    vi.mocked(api.recordCreate).mockImplementation((_kind, r) => Promise.resolve({ ...r, id: 9 }));
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('recommendation-new'));
    // Rust requires the title, not the recipient: only the title is marked and checked.
    expect(field('recommendation-title')).toHaveAttribute('aria-required', 'true');
    expect(field('recommendation-recipient')).not.toHaveAttribute('aria-required');
    await user.click(screen.getByTestId('recommendation-save'));
    expect(field('recommendation-title')).toHaveAccessibleDescription('This field is required.');
    expect(field('recommendation-recipient')).not.toHaveAttribute('aria-invalid');
    expect(api.recordCreate).not.toHaveBeenCalled();
    await user.type(field('recommendation-title'), 'Close the Facebook page');
    await user.type(field('recommendation-recipient'), 'Elena Vidal');
    expect(field('recommendation-decisionDate')).toBeDisabled();
    await user.selectOptions(field('recommendation-decision'), 'ignored');
    expect(field('recommendation-decisionDate')).toHaveValue(typedDay(today()));
    await user.click(screen.getByTestId('recommendation-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('recommendation', {
      id: 0,
      kind: 'recommendation',
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

  it('edits a decision of the organization of unknown date without dating it or making it a recommendation', async () => {
    served.recommendations = [recommendation({ id: 7, kind: 'decision', title: 'One page for the whole agency', recipient: '', decision: 'accepted', date: null, decisionDate: null })];
    vi.mocked(api.recordUpdate).mockImplementation((_kind, r) => Promise.resolve(r));
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('recommendation-row'));
    expect(field('recommendation-date')).toHaveValue('');
    await user.type(field('recommendation-recipient'), 'Management');
    await waitFor(() => expect(api.recordUpdate).toHaveBeenCalled(), { timeout: 2000 });
    expect(vi.mocked(api.recordUpdate).mock.lastCall).toMatchObject([
      'recommendation',
      { id: 7, kind: 'decision', date: null, recipient: 'Management' },
    ]);
  });
});

describe('waiting long follows the workspace’s answerDays', () => {
  // Pending for 15 and for 5 days.
  const waiting = () => [
    recommendation({ id: 1, title: 'Open a WhatsApp channel', decision: 'pending', date: addDays(today(), -15), decisionDate: null }),
    recommendation({ id: 2, title: 'Answer on weekends', decision: 'pending', date: addDays(today(), -5), decisionDate: null }),
    recommendation({ id: 3, title: 'Retire the X account', decision: 'accepted' }),
  ];

  async function renderLog(): Promise<HTMLElement> {
    served.recommendations = waiting();
    const data = show();
    stop = data.watch();
    return screen.findByTestId('recommendation-summary');
  }

  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('with the defaults (30 days), 15 days of waiting is not long', async () => {
    const summary = await renderLog();
    await waitFor(() => expect(healthApi.healthSettingsGet).toHaveBeenCalledTimes(1));
    expect(summary).toHaveTextContent('none pending for more than 30 days');
    expect(lateness()).toEqual({ 1: false, 2: false });
  });

  it('with answerDays 10, a recommendation pending 15 days is flagged and the summary says 10', async () => {
    vi.mocked(healthApi.healthSettingsGet).mockResolvedValue(settings({ lowFit: 3, highFit: 4.5, answerDays: 10 }));
    const summary = await renderLog();
    await waitFor(() => expect(summary).toHaveTextContent('1 pending for more than 10 days'));
    expect(lateness()).toEqual({ 1: true, 2: false });
    // The same in the table.
    await userEvent.setup().click(screen.getByTestId('recommendation-view-table'));
    expect(lateness()).toEqual({ 1: true, 2: false });
  });

  it('follows a change of the settings, and reloads them only then', async () => {
    const summary = await renderLog();
    await waitFor(() => expect(emitChange).toBeDefined());
    expect(summary).toHaveTextContent('none pending for more than 30 days');

    const asked = () => vi.mocked(api.recordList).mock.calls.filter(([kind]) => kind === 'recommendation').length;
    vi.mocked(healthApi.healthSettingsGet).mockResolvedValue(settings({ answerDays: 10 }));
    emitChange!(change({ kinds: ['recommendation'] }));
    await waitFor(() => expect(asked()).toBe(2));
    expect(healthApi.healthSettingsGet).toHaveBeenCalledTimes(1);
    expect(summary).toHaveTextContent('none pending for more than 30 days');

    // Saved in the health check: Rust reports a change of the settings.
    emitChange!(change({ parts: ['health_settings'] }));
    await waitFor(() => expect(summary).toHaveTextContent('1 pending for more than 10 days'));
    expect(healthApi.healthSettingsGet).toHaveBeenCalledTimes(2);
    expect(lateness()).toEqual({ 1: true, 2: false });
  });

  it('keeps the default 30 days when the settings cannot be loaded', async () => {
    vi.mocked(healthApi.healthSettingsGet).mockRejectedValue({ code: 'internal', message: 'No workspace is open.', fields: [] });
    const summary = await renderLog();
    await waitFor(() => expect(healthApi.healthSettingsGet).toHaveBeenCalledTimes(1));
    expect(summary).toHaveTextContent('none pending for more than 30 days');
    expect(lateness()).toEqual({ 1: false, 2: false });
  });

  it('writes the number of days in the interface language', async () => {
    vi.mocked(healthApi.healthSettingsGet).mockResolvedValue(settings({ answerDays: 1000 }));
    const summary = await renderLog();
    await waitFor(() => expect(summary).toHaveTextContent('none pending for more than 1,000 days'));
  });

  it('says it in Spanish, one day in the singular', async () => {
    setLocale('es');
    vi.mocked(healthApi.healthSettingsGet).mockResolvedValue(settings({ answerDays: 1 }));
    const summary = await renderLog();
    await waitFor(() => expect(summary).toHaveTextContent('2 pendientes desde hace más de 1 día'));
    expect(lateness()).toEqual({ 1: true, 2: true });
  });
});

/** Whether each pending recommendation shown is flagged as waiting long, by id. */
function lateness(): Record<number, boolean> {
  const found: Record<number, boolean> = {};
  for (const row of screen.getAllByTestId('recommendation-row')) {
    if (row.getAttribute('data-decision') !== 'pending') continue;
    found[Number(row.getAttribute('data-recommendation-id'))] = row.querySelector('.status')?.classList.contains('late') ?? false;
  }
  return found;
}
