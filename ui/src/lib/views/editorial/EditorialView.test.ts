import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channel } from '../../../test/fixtures';
import { freshView, serve } from '../../../test/serve';
import * as api from '../../api';
import { navigate } from '../../state/nav.svelte';
import type { Pillar, ServiceLevel } from '../../bindings';
import EditorialView from './EditorialView.svelte';
import { minutesOf, storedTime, weeklyHours } from './levels';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const channels = [channel({ id: 1, name: 'LinkedIn' }), channel({ id: 2, network: 'instagram', name: 'Instagram' }), channel({ id: 3, name: 'Old X', status: 'retired' })];

async function renderWith(pillars: Pillar[], levels: ServiceLevel[] = []) {
  const data = serve({ pillars, levels, channels });
  await data.ensure('pillar', 'style_guide', 'service_level', 'channel', 'objective');
  const user = userEvent.setup();
  render(EditorialView, { props: { data } });
  return { user, data };
}

beforeEach(() => {
  freshView();
  vi.mocked(api.recordCreate).mockImplementation((_kind, record) => Promise.resolve({ ...record, id: 9 }));
});

describe('service levels, as Rust counts them', () => {
  it('reads times, and counts the hours a week attended', () => {
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('9:30')).toBe(570);
    expect(minutesOf('24:00')).toBe(1440);
    expect(minutesOf('24:01')).toBeNull();
    expect(minutesOf('9.30')).toBeNull();
    expect(storedTime(' 9:00 ')).toBe('09:00');
    expect(storedTime('')).toBeNull();
    expect(weeklyHours(['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '14:30')).toBe(27.5);
    // Past midnight, as Rust counts it; no days or a time missing: unknown.
    expect(weeklyHours(['sat'], '22:00', '02:00')).toBe(4);
    expect(weeklyHours([], '09:00', '14:00')).toBeNull();
    expect(weeklyHours(['mon'], null, '14:00')).toBeNull();
  });
});

describe('editorial line', () => {
  it('flags a pillar no channel in use carries', async () => {
    await renderWith([
      { id: 1, name: 'Services', purpose: 'How to apply.', examples: '', objectiveIds: [], shares: [{ channelId: 1, percent: 40 }] },
      { id: 2, name: 'The labour market', purpose: '', examples: '', objectiveIds: [], shares: [{ channelId: 3, percent: 50 }] },
    ]);
    const rows = screen.getAllByTestId('pillar-row');
    expect(rows[0]).toHaveTextContent('LinkedIn');
    expect(rows[1]).toHaveTextContent('No channel carries it');
  });

  it("lands a channel's “Fix it” on the box that makes it carry the first pillar", async () => {
    await renderWith([{ id: 1, name: 'Services', purpose: '', examples: '', objectiveIds: [], shares: [{ channelId: 1, percent: 40 }] }]);
    navigate('editorial', null, { view: 'carry-2' });
    // (jsdom lays nothing out, so the focus itself is checked in the window:
    // tests/fix_it_window.rs.)
    expect(await screen.findByTestId('pillar-name')).toHaveValue('Services');
    expect(document.getElementById('pillar-carries-2')).not.toBeChecked();
  });

  it('creates a pillar carried by a channel with its share, and refuses a share over 100', async () => {
    const { user } = await renderWith([]);
    await user.click(await screen.findByTestId('pillar-new'));
    await user.type(screen.getByTestId('pillar-name'), 'Training');
    // Only the channels in use are offered.
    expect(screen.getAllByTestId('pillar-share')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: 'Instagram carries it' }));
    const share = screen.getByRole('textbox', { name: 'Share of Instagram (%)' });
    await user.type(share, '140');
    await user.click(screen.getByTestId('pillar-save'));
    expect(await screen.findByText('Enter a share from 0 to 100, or leave it empty.')).toBeInTheDocument();
    await user.clear(share);
    await user.type(share, '30');
    await user.click(screen.getByTestId('pillar-save'));
    await waitFor(() =>
      expect(api.recordCreate).toHaveBeenCalledWith('pillar', {
        id: 0,
        name: 'Training',
        purpose: '',
        examples: '',
        objectiveIds: [],
        shares: [{ channelId: 2, percent: 30 }],
      }),
    );
  });

  it('lists a service level with its hours and its promise', async () => {
    const { user } = await renderWith(
      [],
      [
        {
          id: 1,
          name: 'Office hours',
          channelIds: [1, 2],
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          opens: '09:00',
          closes: '14:30',
          responseTime: 24,
          responseUnit: 'hours',
          monitoring: 'several_daily',
          outOfHours: '',
        },
      ],
    );
    await user.click(screen.getByTestId('editorial-tab-levels'));
    const row = screen.getByTestId('level-row');
    expect(row).toHaveTextContent('Monday to Friday · 09:00–14:30 · 27.5 h a week');
    expect(row).toHaveTextContent('Within 24 hours');
  });
});
