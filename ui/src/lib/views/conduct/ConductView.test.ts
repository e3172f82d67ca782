import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channel, department, saved } from '../../../test/fixtures';
import { progressiveLists, scrollThrough, scrollToEnd } from '../../../test/scroll-observer';
import { freshView, serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import type { ModerationRule, Policy, Protocol } from '../../bindings';
import { setLocale } from '../../i18n';
import ConductView from './ConductView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

function rule(overrides: Partial<ModerationRule> = {}): ModerationRule {
  return {
    id: 1,
    situation: 'Questions about a service',
    examples: '',
    action: 'answer',
    departmentId: null,
    actedBy: 'Social media team',
    decidedBy: '',
    speed: 'Within 2 working hours',
    recorded: null,
    channelIds: [],
    ...overrides,
  };
}

function houseRules(overrides: Partial<Policy> = {}): Policy {
  return {
    id: 1,
    kind: 'house_rules',
    title: 'House rules for our accounts',
    text: '',
    owner: '',
    ownerDepartmentId: null,
    status: 'draft',
    approvedBy: '',
    approvedOn: null,
    reviewBy: null,
    ...overrides,
  };
}

function protocol(overrides: Partial<Protocol> = {}): Protocol {
  return {
    id: 1,
    kind: 'complaints',
    name: 'Complaints received on social media',
    scope: '',
    departmentId: null,
    steps: [],
    draftedBy: '',
    approvedBy: '',
    timeLimit: '',
    announcement: '',
    ...overrides,
  };
}

/** Channels in every state: two in use with comments open, one in use with
 *  them closed, and a retired one whose comments no longer count. */
const channels = [
  channel({ id: 1, name: 'Facebook', status: 'active', commentsOpen: true, moderator: 'Lucía Ferrer' }),
  channel({ id: 2, name: 'Instagram', status: 'planned', commentsOpen: true, moderator: '' }),
  channel({ id: 3, name: 'LinkedIn', status: 'active', commentsOpen: false }),
  channel({ id: 4, name: 'Old X', status: 'retired', commentsOpen: true }),
];

async function renderWith(served: Served) {
  const data = serve({ channels, departments: [department({ id: 5, name: 'Legal Services' })], ...served });
  await data.ensure('moderation_rule', 'protocol', 'policy', 'channel', 'campaign', 'department');
  const user = userEvent.setup();
  render(ConductView, { props: { data } });
  return { user, data };
}

beforeEach(() => {
  freshView();
  vi.mocked(api.recordCreate).mockImplementation((_kind, record) => Promise.resolve(saved(9, record)));
});

describe('conduct and moderation', () => {
  it('says when there are no house rules, where comments are open, and who moderates each channel in use', async () => {
    await renderWith({});
    const card = screen.getByTestId('house-rules');
    expect(card).toHaveTextContent('No house rules yet');
    // Only the channels in use count: the retired one is left out.
    expect(card).toHaveTextContent('Comments are open on Facebook, Instagram');
    expect(card).not.toHaveTextContent('Old X');
    expect(card.querySelector('.card')).toHaveClass('missing');
    expect(screen.getByTestId('conduct-house-rules')).toHaveTextContent('Write the house rules');
    // Nothing written yet: nothing to publish.
    expect(screen.queryByTestId('conduct-annex')).not.toBeInTheDocument();

    const rows = within(screen.getByTestId('moderators')).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('a, button')?.textContent?.trim())).toEqual(['Facebook', 'Instagram', 'LinkedIn']);
    expect(rows[0]).toHaveTextContent('Comments open');
    expect(rows[0]).toHaveTextContent('Lucía Ferrer');
    // Open to comments with nobody named: flagged.
    expect(rows[1]).toHaveClass('missing');
    expect(rows[1]).toHaveTextContent('Nobody named');
    expect(rows[2]).toHaveTextContent('Comments closed');
    expect(rows[2]).not.toHaveClass('missing');
  });

  it('shows the house rules written, and offers them to publish', async () => {
    await renderWith({ policies: [houseRules({ status: 'approved', text: 'Be kind.' })] });
    const card = screen.getByTestId('house-rules');
    expect(card).toHaveTextContent('House rules for our accounts');
    expect(card).toHaveTextContent('Approved');
    expect(card).not.toHaveTextContent('no text yet');
    expect(card.querySelector('.card')).not.toHaveClass('missing');
    expect(screen.getByTestId('conduct-house-rules')).toHaveTextContent('Edit the house rules');
    expect(screen.getByTestId('conduct-annex')).toBeInTheDocument();
  });

  it('lists the moderation matrix, flagging a deletion nobody decides, and the protocols with their steps', async () => {
    await renderWith({
      moderationRules: [
        rule(),
        rule({ id: 2, situation: 'Insults or threats', action: 'delete', decidedBy: '', recorded: true }),
        rule({ id: 3, situation: 'Personal data', action: 'refer', departmentId: 5, decidedBy: 'Data protection officer', recorded: false }),
      ],
      protocols: [protocol({ steps: [{ what: 'Acknowledge', who: 'CM', within: '1 day' }, { what: 'Answer', who: 'Service', within: '5 days' }], timeLimit: '10 working days' })],
    });
    const rows = screen.getAllByTestId('moderation-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Questions about a service');
    expect(rows[0]).toHaveTextContent('Answer');
    expect(rows[0]).toHaveTextContent('Not known');
    expect(rows[0]).not.toHaveTextContent('Nobody decides');
    expect(rows[1]).toHaveTextContent('Delete');
    expect(rows[1]).toHaveTextContent('Nobody decides');
    expect(rows[2]).toHaveTextContent('Refer to a department');
    expect(rows[2]).toHaveTextContent('Legal Services');
    expect(rows[2]).toHaveTextContent('Data protection officer decides');
    const protocolRow = screen.getByTestId('protocol-row');
    expect(protocolRow).toHaveTextContent('Complaints received on social media');
    expect(protocolRow).toHaveTextContent(/Complaints and replies\s*·\s*2 steps\s*·\s*10 working days/);
  });

  it('refuses a rule with no situation before Rust is asked', async () => {
    const { user } = await renderWith({});
    await user.click(screen.getByTestId('moderation-new'));
    const situation = document.getElementById('moderation-situation');
    expect(situation).toHaveAttribute('aria-required', 'true');
    await user.click(screen.getByTestId('moderation-save'));
    await waitFor(() => expect(situation).toHaveAccessibleDescription('This field is required.'));
    expect(api.recordCreate).not.toHaveBeenCalled();
  });

  it('creates a moderation rule with the typed values', async () => {
    const { user } = await renderWith({});
    await user.click(screen.getByTestId('moderation-new'));
    await user.type(screen.getByLabelText(/^Situation/), 'Insults or threats');
    await user.type(screen.getByLabelText('What it looks like'), 'Slurs, threats of violence.');
    await user.selectOptions(screen.getByTestId('moderation-action'), 'Delete');
    // Deleting says who must decide it.
    expect(screen.getByText('Deleting or blocking needs someone with the authority to answer for it.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Who decides/), 'Head of Communication');
    await user.type(screen.getByLabelText('How fast'), 'At once');
    await user.selectOptions(screen.getByLabelText('Is it recorded?'), 'Yes');
    await user.type(screen.getByTestId('moderation-channels'), 'Insta{Enter}');
    await user.click(screen.getByTestId('moderation-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('moderation_rule', {
      id: 0,
      situation: 'Insults or threats',
      examples: 'Slurs, threats of violence.',
      action: 'delete',
      departmentId: null,
      actedBy: '',
      decidedBy: 'Head of Communication',
      speed: 'At once',
      recorded: true,
      channelIds: [2],
    });
    await waitFor(() => expect(screen.getAllByTestId('moderation-row')).toHaveLength(1));
    expect(screen.getByTestId('moderation-row')).toHaveTextContent('Head of Communication decides');
  });

  it('speaks Spanish', async () => {
    setLocale('es');
    await renderWith({ moderationRules: [rule({ action: 'block' })] });
    expect(screen.getByRole('heading', { name: 'Conducta y moderación' })).toBeInTheDocument();
    const card = screen.getByTestId('house-rules');
    expect(card).toHaveTextContent('Aún no hay normas de participación');
    expect(card).toHaveTextContent('Hay comentarios abiertos en Facebook, Instagram');
    expect(screen.getByTestId('conduct-house-rules')).toHaveTextContent('Redactar las normas');
    expect(screen.getByTestId('moderation-row')).toHaveTextContent('Bloquear al usuario');
    expect(screen.getByTestId('moderation-row')).toHaveTextContent('Nadie decide');
    expect(screen.getByTestId('moderators')).toHaveTextContent('Sin designar');
    expect(screen.getByTestId('protocols-empty')).toHaveTextContent('Aún no hay protocolos');
  });
});

describe('the moderators of hundreds of channels', () => {
  progressiveLists();

  it('draws the first at once and the rest while scrolling, with the protocols after them', async () => {
    const many = Array.from({ length: 300 }, (_, i) => channel({ id: i + 1, name: `Channel ${i + 1}`, status: 'active', commentsOpen: true, moderator: 'Lucía Ferrer' }));
    await renderWith({ channels: many, protocols: [protocol()] });
    const moderators = screen.getByTestId('moderators');
    const drawn = (): number => moderators.querySelectorAll('.moderator-row').length;
    const first = drawn();
    // What fills the window, not more.
    expect(first).toBeGreaterThanOrEqual(12);
    expect(first).toBeLessThan(60);
    expect(screen.getByTestId('protocol-row')).toBeInTheDocument();

    scrollToEnd();
    await waitFor(() => expect(drawn()).toBe(60));
    await scrollThrough(drawn, 300);
    expect(moderators).toHaveTextContent('Channel 300');
    expect(screen.queryByTestId('moderators-more')).not.toBeInTheDocument();
  });
});

