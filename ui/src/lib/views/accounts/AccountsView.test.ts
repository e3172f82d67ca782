import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channel, department, validationError } from '../../../test/fixtures';
import { progressiveLists, scrollThrough, scrollToEnd } from '../../../test/scroll-observer';
import { freshView, serve } from '../../../test/serve';
import * as api from '../../api';
import type { Channel } from '../../bindings';
import { emptyAccount } from './account';
import AccountsView from './AccountsView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const answered = { objectives: 'More sign-ups.', audience: 'Employers.', resources: 'Four hours a week.', content: 'Incentives.' };

async function renderWith(channels: Channel[]) {
  const data = serve({
    channels,
    departments: [department({ id: 1, name: 'Social media' }), department({ id: 2, name: 'Business services' })],
    people: [
      { id: 1, name: 'Lucía Ferrer', role: 'CM', duty: 'coordinator', departmentId: 1, weeklyHours: 20, notes: '' },
      { id: 2, name: 'Javier Ortega', role: 'Head', duty: 'account_manager', departmentId: 2, weeklyHours: 2, notes: '' },
    ],
  });
  await data.ensure('channel', 'person', 'department', 'procedure_step');
  const user = userEvent.setup();
  render(AccountsView, { props: { data } });
  return { user, data };
}

beforeEach(freshView);

describe('accounts', () => {
  it('groups the registry by department, with who runs each account and who holds its keys', async () => {
    await renderWith([
      channel({ id: 1, name: 'LinkedIn — employers', ownerDepartmentId: 2, account: { ...emptyAccount(), managerId: 2, adminIds: [1, 2], twoFactor: true } }),
      channel({ id: 2, name: 'Instagram', network: 'instagram', ownerDepartmentId: 1, account: { ...emptyAccount(), adminIds: [1], twoFactor: false } }),
      channel({ id: 3, name: 'TikTok', network: 'tiktok', status: 'rejected' }),
    ]);
    const groups = screen.getAllByRole('heading', { level: 2 });
    expect(groups.map((g) => g.textContent)).toEqual([expect.stringContaining('Business services'), expect.stringContaining('Social media')]);
    const rows = screen.getAllByTestId('account-row');
    // A rejected channel never was an account.
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Javier Ortega');
    expect(rows[0]).toHaveTextContent('2 admins');
    expect(rows[1]).toHaveTextContent('Nobody named');
    expect(within(rows[1]!).getByText('No 2FA')).toHaveClass('bad');
  });

  it('counts the questions still to answer, and shows Rust’s refusal of an active account at the questions', async () => {
    const stored = channel({ id: 1, name: 'Instagram', status: 'planned', account: { ...emptyAccount(), answers: { ...answered, objectives: '', audience: '' } } });
    vi.mocked(api.recordUpdate).mockRejectedValue(
      validationError([
        { field: 'status', code: 'required', message: 'Answer the four questions before setting it active.' },
        { field: 'account.answers.objectives', code: 'required', message: 'Say what its objectives are.' },
      ]),
    );
    const { user } = await renderWith([stored]);
    await user.click(screen.getByTestId('account-row'));
    expect(screen.getByTestId('account-gate-state')).toHaveTextContent('2 questions still to answer before it can be set active.');
    await user.selectOptions(screen.getByTestId('account-status'), 'active');
    await waitFor(() => expect(api.recordUpdate).toHaveBeenCalled());
    expect(await screen.findByText('Say what its objectives are.')).toBeInTheDocument();
    const question = screen.getByTestId('account-answerObjectives');
    expect(question).toHaveAttribute('aria-invalid', 'true');
    // Everything Channels edits is sent back as it was.
    expect(vi.mocked(api.recordUpdate).mock.calls[0]![1]).toMatchObject({ purpose: stored.purpose, fitScores: stored.fitScores, status: 'active' });

    await user.type(question, 'More sign-ups.');
    await user.type(screen.getByTestId('account-answerAudience'), 'Young job seekers.');
    expect(screen.getByTestId('account-gate-state')).toHaveTextContent('All four answered: it can be set active.');
  });
});

describe('a registry of hundreds of accounts', () => {
  progressiveLists();

  it('draws the first rows at once and the rest while scrolling, with each department counted whole', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      channel({ id: i + 1, name: `Account ${String(i + 1).padStart(3, '0')}`, status: 'active', ownerDepartmentId: i < 200 ? 2 : 1 }),
    );
    const { user } = await renderWith(many);
    const first = screen.getAllByTestId('account-row').length;
    expect(first).toBeGreaterThanOrEqual(12);
    expect(first).toBeLessThan(60);
    // Business services comes first (by name) and counts all 200 of its accounts.
    const groups = screen.getAllByRole('heading', { level: 2 });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveTextContent('Business services');
    expect(groups[0]).toHaveTextContent('200');

    scrollToEnd();
    await waitFor(() => expect(screen.getAllByTestId('account-row').length).toBeGreaterThan(first));
    await scrollThrough(() => screen.getAllByTestId('account-row').length, 300);
    expect(screen.getAllByRole('heading', { level: 2 })[1]).toHaveTextContent('100');
    expect(screen.queryByTestId('rows-more')).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'Account 299');
    await waitFor(() => expect(screen.getAllByTestId('account-row')).toHaveLength(1));
  });
});

