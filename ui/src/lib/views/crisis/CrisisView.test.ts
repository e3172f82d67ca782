import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channel, department, profile, saved } from '../../../test/fixtures';
import { freshView, serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import type { CrisisLevel, PauseStep } from '../../bindings';
import { setLocale } from '../../i18n';
import CrisisView from './CrisisView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

function level(overrides: Partial<CrisisLevel> = {}): CrisisLevel {
  return {
    id: 1,
    rank: 1,
    name: 'Incident',
    triggers: '',
    decidedBy: 'Community manager',
    escalation: '',
    departmentIds: [],
    pause: false,
    statements: [{ language: 'English', text: 'We are looking into it.' }],
    ...overrides,
  };
}

function pauseStep(overrides: Partial<PauseStep> = {}): PauseStep {
  return { id: 1, channelId: null, what: 'scheduled_posts', how: 'Scheduling tool → Pause all queues', who: 'Community manager', ...overrides };
}

const channels = [channel({ id: 1, name: 'Facebook' }), channel({ id: 2, name: 'Instagram' })];
const departments = [department({ id: 5, name: 'Press office' }), department({ id: 6, name: 'Legal Services' })];

async function renderWith(served: Served) {
  const data = serve({ channels, departments, ...served });
  await data.ensure('crisis_level', 'pause_step', 'channel', 'department', 'crisisPlan');
  const user = userEvent.setup();
  render(CrisisView, { props: { data } });
  return { user, data };
}

beforeEach(() => {
  freshView();
  vi.mocked(api.profileGet).mockResolvedValue(profile({ languages: ['Spanish', 'English'] }));
  vi.mocked(api.recordCreate).mockImplementation((_kind, record) => Promise.resolve(saved(9, record)));
});

describe('crisis playbook', () => {
  it('shows the ladder in rank order, from the mildest level, and flags an incomplete one', async () => {
    await renderWith({
      crisisLevels: [
        level({ id: 3, rank: 3, name: 'Crisis', decidedBy: 'Managing director', departmentIds: [5, 6], pause: true }),
        level({ id: 1, rank: 1, name: 'Incident', triggers: 'A complaint repeated by a few people.' }),
        level({ id: 2, rank: 2, name: 'Serious problem', decidedBy: '', statements: [] }),
      ],
    });
    const rungs = screen.getAllByTestId('crisis-level-row');
    expect(rungs.map((r) => r.getAttribute('data-level-id'))).toEqual(['1', '2', '3']);
    expect(rungs.map((r) => r.querySelector('.rank')?.textContent)).toEqual(['Level 1', 'Level 2', 'Level 3']);
    // The colour climbs with the ladder.
    expect(rungs.map((r) => r.parentElement?.className.match(/tone-(\w+)/)?.[1])).toEqual(['low', 'mid', 'high']);

    expect(rungs[0]).toHaveTextContent('A complaint repeated by a few people.');
    expect(rungs[0]).toHaveTextContent('Community manager decides');
    expect(rungs[0]).toHaveTextContent('1 holding statement');
    expect(rungs[0]).not.toHaveTextContent('Incomplete');
    // Nobody to decide and nothing to say: incomplete.
    expect(rungs[1]).toHaveTextContent('Nobody named to decide');
    expect(rungs[1]).toHaveTextContent('no holding statement');
    expect(rungs[1]).toHaveTextContent('Incomplete');
    expect(rungs[2]).toHaveTextContent('Managing director decides');
    expect(rungs[2]).toHaveTextContent('Press office, Legal Services');
    expect(rungs[2]).toHaveTextContent('Pauses posts and ads');
  });

  it('lists the pause checklist and the playbook’s rules, and adds an item with the typed values', async () => {
    const { user } = await renderWith({
      pauseSteps: [pauseStep(), pauseStep({ id: 2, channelId: 2, what: 'ads', how: 'Ads Manager → Turn off', who: '' })],
      crisisPlan: { spokesChannelId: 1, singleVoice: 'Only Facebook speaks; the others share.', postMortem: '', lastDrill: null },
    });
    const rows = screen.getAllByTestId('pause-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Every channel');
    expect(rows[0]).toHaveTextContent('Scheduled posts');
    expect(rows[0]).toHaveTextContent('Community manager');
    expect(rows[1]).toHaveTextContent('Instagram');
    expect(rows[1]).toHaveTextContent('Ads and paid promotion');
    expect(rows[1]).toHaveTextContent('Ads Manager → Turn off');

    const plan = screen.getByTestId('crisis-plan');
    await waitFor(() => expect(within(plan).getByLabelText(/^The account that speaks/)).toHaveValue('1'));
    expect(within(plan).getByLabelText(/^The rule of a single voice/)).toHaveValue('Only Facebook speaks; the others share.');

    await user.click(screen.getByTestId('pause-new'));
    await user.selectOptions(screen.getByLabelText('Channel'), 'Facebook');
    await user.selectOptions(screen.getByLabelText('What is paused'), 'Automated replies');
    await user.type(screen.getByLabelText(/^How/), 'Page settings → Messaging → Off');
    await user.type(screen.getByLabelText('Who does it'), 'Duty officer');
    await user.click(screen.getByTestId('pause-save'));
    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('pause_step', {
      id: 0,
      channelId: 1,
      what: 'automated_replies',
      how: 'Page settings → Messaging → Off',
      who: 'Duty officer',
    });
    await waitFor(() => expect(screen.getAllByTestId('pause-row')).toHaveLength(3));
  });

  it('creates the next level up, refusing a holding statement with no text', async () => {
    const { user } = await renderWith({ crisisLevels: [level(), level({ id: 2, rank: 2, name: 'Serious problem' })] });
    await user.click(screen.getByTestId('crisis-level-new'));
    // The level after the highest one.
    expect(screen.getByLabelText(/^Level/)).toHaveValue('3');
    await user.type(screen.getByLabelText(/^Name/), 'Crisis');
    await user.type(screen.getByLabelText(/^Who decides/), 'Managing director');
    await user.click(screen.getByLabelText(/^At this level, pause/));
    await user.type(screen.getByTestId('crisis-level-departments'), 'Legal{Enter}');
    await user.click(screen.getByTestId('crisis-level-add-statement'));
    // The first of the organization's languages is offered.
    const language = screen.getByLabelText('Language of holding statement 1');
    await waitFor(() => expect(language).toHaveValue('Spanish'));

    await user.click(screen.getByTestId('crisis-level-save'));
    expect(await screen.findByText('Holding statement 1 needs its language and its text.')).toBeInTheDocument();
    expect(api.recordCreate).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Text of holding statement 1'), 'Estamos comprobando lo ocurrido.');
    await user.click(screen.getByTestId('crisis-level-save'));
    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('crisis_level', {
      id: 0,
      rank: 3,
      name: 'Crisis',
      triggers: '',
      decidedBy: 'Managing director',
      escalation: '',
      departmentIds: [6],
      pause: true,
      statements: [{ language: 'Spanish', text: 'Estamos comprobando lo ocurrido.' }],
    });
    await waitFor(() => expect(screen.getAllByTestId('crisis-level-row')).toHaveLength(3));
  });

  it('refuses a level with no name before Rust is asked', async () => {
    const { user } = await renderWith({});
    await user.click(screen.getByTestId('crisis-level-new'));
    const name = document.getElementById('crisis-level-name');
    expect(name).toHaveAttribute('aria-required', 'true');
    await user.click(screen.getByTestId('crisis-level-save'));
    await waitFor(() => expect(name).toHaveAccessibleDescription('This field is required.'));
    expect(api.recordCreate).not.toHaveBeenCalled();
  });

  it('speaks Spanish', async () => {
    setLocale('es');
    await renderWith({
      crisisLevels: [level({ rank: 2, decidedBy: 'Dirección' }), level({ id: 2, rank: 1, name: 'Incidencia', decidedBy: '', statements: [] })],
      pauseSteps: [pauseStep({ what: 'ads' })],
    });
    expect(screen.getByRole('heading', { name: 'La escala de crisis' })).toBeInTheDocument();
    const rungs = screen.getAllByTestId('crisis-level-row');
    expect(rungs[0]).toHaveTextContent('Nivel 1');
    expect(rungs[0]).toHaveTextContent('Nadie designado para decidir');
    expect(rungs[0]).toHaveTextContent('sin declaración de espera');
    expect(rungs[0]).toHaveTextContent('Incompleto');
    expect(rungs[1]).toHaveTextContent('Nivel 2');
    expect(rungs[1]).toHaveTextContent('Decide: Dirección');
    expect(rungs[1]).toHaveTextContent('1 declaración de espera');
    expect(screen.getByTestId('pause-row')).toHaveTextContent('Todos los canales');
    expect(screen.getByTestId('pause-row')).toHaveTextContent('Anuncios y promoción de pago');
  });
});
