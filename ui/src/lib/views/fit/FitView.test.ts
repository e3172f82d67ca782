import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { change, channel, criterion, saved } from '../../../test/fixtures';
import { freshView, serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import { DEFAULT_HEALTH_SETTINGS, type Channel, type HealthSettings } from '../../bindings';
import { setLocale } from '../../i18n';
import FitView from './FitView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const criteria = [
  criterion({ id: 1, name: 'Audience presence', weight: 3, position: 1 }),
  criterion({ id: 2, name: 'Brand-voice fit', weight: 1, position: 2 }),
];

function sample(): Channel[] {
  return [
    channel({ id: 1, name: 'LinkedIn', status: 'active', fitScores: [{ criterionId: 1, score: 5 }, { criterionId: 2, score: 4 }] }),
    channel({ id: 2, network: 'tiktok', name: 'TikTok', status: 'active', fitScores: [{ criterionId: 1, score: 1 }, { criterionId: 2, score: 2 }] }),
    channel({ id: 3, network: 'bluesky', name: 'Bluesky', status: 'considered', fitScores: [{ criterionId: 1, score: 4 }, { criterionId: 2, score: 4 }] }),
    channel({ id: 4, network: 'blog', name: 'Blog', status: 'planned', fitScores: [] }),
  ];
}

async function renderFit(channels = sample()) {
  const data = serve({ criteria, channels });
  // Rust answers a score with the channel as stored.
  vi.mocked(api.fitSetScore).mockImplementation((channelId, criterionId, score) => {
    const next = channels.map((c) =>
      c.id !== channelId
        ? c
        : {
            ...c,
            fitScores: [...c.fitScores.filter((s) => s.criterionId !== criterionId), ...(score === null ? [] : [{ criterionId, score }])],
          },
    );
    channels.splice(0, channels.length, ...next);
    const scored = channels.find((c) => c.id === channelId);
    return scored ? Promise.resolve(scored) : Promise.reject(new Error('no such channel'));
  });
  await data.ensure('fit_criterion', 'channel');
  const user = userEvent.setup();
  render(FitView, { props: { data } });
  await screen.findByTestId('fit-1-1');
  return { user, data };
}

beforeEach(freshView);

describe('brand-fit matrix', () => {
  it('groups the channels by fit, best first, with the weighted score', async () => {
    await renderFit();
    const bands = screen.getAllByRole('rowgroup');
    expect(bands.map((b) => b.getAttribute('aria-label'))).toEqual(['Strong fit', 'Weak fit', 'Not scored yet']);
    expect(within(bands[0]!).getAllByTestId('fit-row').map((r) => r.dataset.channelId)).toEqual(['1', '3']);
    // (5×3 + 4×1) / 4 = 4.75
    expect(screen.getByTestId('fit-score-1')).toHaveTextContent('4.8');
    expect(screen.getByTestId('fit-score-4')).toHaveTextContent('—');
    expect(screen.getByTestId('fit-1-2')).toHaveTextContent(/^4$/);
    expect(screen.getByTestId('fit-4-1')).toHaveTextContent(/^$/);
    expect(screen.getByTestId('fit-1-1')).toHaveAccessibleName('LinkedIn, Audience presence: 5 out of 5');
    // Where the brand does (not) fit, said in words.
    expect(screen.getByTestId('fit-note-weak')).toHaveTextContent('An active or planned channel fits the brand poorly: TikTok.');
    expect(screen.getByTestId('fit-note-strong')).toHaveTextContent('only considered or rejected: Bluesky.');
  });

  it('sets a score with a digit key, clears it with Delete, and moves with the arrows', async () => {
    const { user, data } = await renderFit();
    screen.getByTestId('fit-4-1').focus();
    await user.keyboard('4');
    expect(api.fitSetScore).toHaveBeenLastCalledWith(4, 1, 4);
    expect(screen.getByTestId('fit-4-1')).toHaveTextContent(/^4$/);
    await waitFor(() => expect(screen.getByTestId('fit-score-4')).toHaveTextContent('4.0'));

    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('fit-4-2')).toHaveFocus();
    await user.keyboard('0');
    expect(api.fitSetScore).toHaveBeenLastCalledWith(4, 2, 0);
    // 6 and other keys are not scores.
    await user.keyboard('6');
    expect(api.fitSetScore).toHaveBeenCalledTimes(2);

    // The row above: TikTok, the last of the weak-fit group.
    await user.keyboard('{ArrowUp}');
    expect(screen.getByTestId('fit-2-2')).toHaveFocus();
    await user.keyboard('{Delete}');
    expect(api.fitSetScore).toHaveBeenLastCalledWith(2, 2, null);
    expect(screen.getByTestId('fit-2-2')).toHaveTextContent(/^$/);

    await waitFor(() => expect(data.fit.rows.find((r) => r.channelId === 4)?.scores).toEqual([
      { criterionId: 1, score: 4 },
      { criterionId: 2, score: 0 },
    ]));
  });

  it('keeps the row in place while the matrix has the focus', async () => {
    const { user } = await renderFit();
    const blog = screen.getByTestId('fit-4-1');
    blog.focus();
    await user.keyboard('5');
    await user.keyboard('{ArrowRight}5');
    await waitFor(() => expect(screen.getByTestId('fit-score-4')).toHaveTextContent('5.0'));
    // Still in the "not scored" group, where it was, until the focus leaves.
    const unscored = screen.getByRole('rowgroup', { name: 'Not scored yet' });
    expect(within(unscored).getByTestId('fit-4-2')).toHaveFocus();
    await user.click(document.body);
    await waitFor(() => expect(screen.queryByRole('rowgroup', { name: 'Not scored yet' })).not.toBeInTheDocument());
    const strong = screen.getByRole('rowgroup', { name: 'Strong fit' });
    expect(within(strong).getAllByTestId('fit-row')[0]?.dataset.channelId).toBe('4');
  });

  it('scores with the mouse from the picker', async () => {
    const { user } = await renderFit();
    await user.click(screen.getByTestId('fit-2-1'));
    await user.click(screen.getByTitle('3 — fits fairly'));
    expect(api.fitSetScore).toHaveBeenCalledWith(2, 1, 3);
  });

  it('adds a criterion with its weight', async () => {
    vi.mocked(api.recordCreate).mockImplementation((_kind, c) => Promise.resolve(saved(7, c)));
    const { user } = await renderFit();
    expect(screen.getAllByTestId('criterion-row')).toHaveLength(2);
    await user.click(screen.getByTestId('criterion-new'));
    await user.click(screen.getByTestId('criterion-save'));
    expect(screen.getByTestId('criterion-name')).toHaveAttribute('aria-required', 'true');
    expect(screen.getByTestId('criterion-name')).toHaveAccessibleDescription(/^This field is required\./);
    await user.type(screen.getByTestId('criterion-name'), 'Resources to sustain it');
    await user.clear(screen.getByTestId('criterion-weight'));
    await user.type(screen.getByTestId('criterion-weight'), '11');
    await user.click(screen.getByTestId('criterion-save'));
    expect(await screen.findByText('Enter a whole number from 0 to 10.')).toBeInTheDocument();
    expect(api.recordCreate).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('criterion-weight'));
    await user.type(screen.getByTestId('criterion-weight'), '2');
    await user.click(screen.getByTestId('criterion-save'));
    await waitFor(() =>
      expect(api.recordCreate).toHaveBeenCalledWith('fit_criterion', { id: 0, name: 'Resources to sustain it', description: '', weight: 2, position: 3 }),
    );
    await waitFor(() => expect(screen.getAllByTestId('criterion-row')).toHaveLength(3));
  });
});

describe('brand-fit bands follow the workspace’s thresholds', () => {
  // Weights 4 and 1: (4×4 + 4) / 5 = 4.0 and (4×3 + 2) / 5 = 2.8.
  const weighted = [
    criterion({ id: 1, name: 'Audience presence', weight: 4, position: 1 }),
    criterion({ id: 2, name: 'Brand-voice fit', weight: 1, position: 2 }),
  ];
  const channels = (): Channel[] => [
    channel({ id: 1, network: 'bluesky', name: 'Bluesky', status: 'considered', fitScores: [{ criterionId: 1, score: 4 }, { criterionId: 2, score: 4 }] }),
    channel({ id: 2, network: 'tiktok', name: 'TikTok', status: 'active', fitScores: [{ criterionId: 1, score: 3 }, { criterionId: 2, score: 2 }] }),
  ];
  const custom: HealthSettings = { ...DEFAULT_HEALTH_SETTINGS, lowFit: 3, highFit: 4.5, answerDays: 10 };

  /** `served` stays the one answering, so a test can change its settings. */
  async function renderBands(served: Served) {
    served.criteria = weighted;
    served.channels = channels();
    const data = serve(served);
    render(FitView, { props: { data } });
    await screen.findByTestId('fit-1-1');
    return data;
  }

  const bandNames = () => screen.getAllByRole('rowgroup').map((b) => b.getAttribute('aria-label'));
  const band = (name: string) => screen.getByRole('rowgroup', { name });

  it('with the defaults, 4.0 is strong and 2.8 is some fit', async () => {
    await renderBands({});
    await waitFor(() => expect(bandNames()).toEqual(['Strong fit', 'Some fit']));
    expect(within(band('Strong fit')).getByText('3.5 or more')).toBeInTheDocument();
    expect(within(band('Some fit')).getByText('2.5 to 3.5')).toBeInTheDocument();
    expect(screen.getByText('Fit 4.0 out of 5 — strong')).toBeInTheDocument();
    expect(screen.getByText('Fit 2.8 out of 5 — some')).toBeInTheDocument();
    expect(screen.getByTestId('fit-note-strong')).toHaveTextContent('only considered or rejected: Bluesky.');
    expect(screen.queryByTestId('fit-note-weak')).not.toBeInTheDocument();
  });

  it('with lowFit 3 and highFit 4.5, 4.0 is no longer strong and 2.8 is weak', async () => {
    await renderBands({ settings: custom });
    await waitFor(() => expect(bandNames()).toEqual(['Some fit', 'Weak fit']));
    expect(within(band('Some fit')).getByText('3 to 4.5')).toBeInTheDocument();
    expect(within(band('Weak fit')).getByText('under 3')).toBeInTheDocument();
    expect(screen.getByText('Fit 4.0 out of 5 — some')).toBeInTheDocument();
    expect(screen.getByText('Fit 2.8 out of 5 — weak')).toBeInTheDocument();
    expect(screen.getByTestId('fit-note-weak')).toHaveTextContent('An active or planned channel fits the brand poorly: TikTok.');
    expect(screen.queryByTestId('fit-note-strong')).not.toBeInTheDocument();
  });

  it('states the thresholds with the locale’s decimal comma in Spanish', async () => {
    setLocale('es');
    await renderBands({ settings: { ...custom, lowFit: 2.75 } });
    await waitFor(() => expect(bandNames()).toEqual(['Encaje medio']));
    expect(within(band('Encaje medio')).getByText('de 2,75 a 4,5')).toBeInTheDocument();
    expect(screen.getByText('Encaje 4,0 de 5: medio')).toBeInTheDocument();
  });

  it('follows a change of the thresholds, and only then reloads them', async () => {
    const served: Served = {};
    const data = await renderBands(served);
    await waitFor(() => expect(bandNames()).toEqual(['Strong fit', 'Some fit']));
    const asked = () => vi.mocked(api.call).mock.calls.filter(([command]) => command === 'health_settings_get').length;
    expect(asked()).toBe(1);

    // Saved in the health check: Rust reports a change of the settings.
    served.settings = custom;
    data.apply(change({ kinds: ['channel'] }));
    await waitFor(() => expect(api.recordList).toHaveBeenCalledTimes(3));
    expect(asked()).toBe(1);
    data.apply(change({ parts: ['health_settings'] }));
    await waitFor(() => expect(asked()).toBe(2));
    await waitFor(() => expect(bandNames()).toEqual(['Some fit', 'Weak fit']));
    expect(screen.getByTestId('fit-note-weak')).toHaveTextContent('TikTok');
    expect(screen.queryByTestId('fit-note-strong')).not.toBeInTheDocument();
  });

  it('keeps the defaults when the thresholds cannot be loaded', async () => {
    const data = serve({ criteria: weighted, channels: channels() });
    const answer = vi.mocked(api.call).getMockImplementation();
    vi.mocked(api.call).mockImplementation((command, args) =>
      command === 'health_settings_get' ? Promise.reject(new Error('unavailable')) : answer!(command, args),
    );
    render(FitView, { props: { data } });
    await screen.findByTestId('fit-1-1');
    await waitFor(() => expect(data.healthSettings.loadError).not.toBeNull());
    expect(bandNames()).toEqual(['Strong fit', 'Some fit']);
    expect(data.thresholds).toEqual(DEFAULT_HEALTH_SETTINGS);
  });
});
