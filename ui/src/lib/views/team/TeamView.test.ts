import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channel, department } from '../../../test/fixtures';
import { freshView, serve } from '../../../test/serve';
import * as api from '../../api';
import type { BudgetLine, Person } from '../../bindings';
import TeamView from './TeamView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

function person(overrides: Partial<Person> = {}): Person {
  return { id: 1, name: 'Lucía Ferrer', role: 'Community manager', duty: 'coordinator', departmentId: 1, weeklyHours: 20, notes: '', ...overrides };
}

function line(overrides: Partial<BudgetLine> = {}): BudgetLine {
  return {
    id: 1,
    name: 'Summer ads',
    category: 'paid_promotion',
    amount: 100,
    currency: '€',
    period: 'month',
    start: null,
    end: null,
    channelIds: [],
    notes: '',
    ...overrides,
  };
}

async function renderWith(people: Person[], budget: BudgetLine[] = []) {
  const data = serve({
    people,
    budget,
    departments: [department({ id: 1, name: 'Social media' })],
    channels: [channel({ id: 4, name: 'Instagram', account: { ...channel().account, managerId: 1, adminIds: [1] } })],
  });
  await data.ensure('person', 'budget_line', 'department', 'channel');
  const user = userEvent.setup();
  render(TeamView, { props: { data } });
  return { user, data };
}

beforeEach(() => {
  freshView();
  vi.mocked(api.recordCreate).mockImplementation((_kind, record) => Promise.resolve({ ...record, id: 9 }));
});

describe('team and budget', () => {
  it('lists the people with their duty, department, hours and the accounts they run, and sums the hours', async () => {
    await renderWith([person(), person({ id: 2, name: 'Tomás Gil', duty: 'account_manager', departmentId: null, weeklyHours: null })]);
    const rows = screen.getAllByTestId('person-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Lucía Ferrer');
    expect(rows[0]).toHaveTextContent('Coordinator (community manager)');
    expect(rows[0]).toHaveTextContent('Social media');
    expect(rows[0]).toHaveTextContent('1 account');
    expect(rows[1]).toHaveTextContent('Not recorded');
    expect(screen.getByTestId('people-summary')).toHaveTextContent('20 h a week from 1 person');
    expect(screen.getByTestId('people-summary')).toHaveTextContent('1 person has no hours recorded');
  });

  it('creates a person with hours written the Spanish way, and refuses hours that are not a number', async () => {
    const { user } = await renderWith([]);
    await user.click(await screen.findByTestId('person-new'));
    await user.type(screen.getByTestId('person-name'), 'Marta Sanz');
    await user.type(screen.getByTestId('person-weeklyHours'), 'many');
    await user.click(screen.getByTestId('person-save'));
    expect(await screen.findByText('Enter the hours as a number from 0 to 168, or leave it empty.')).toBeInTheDocument();
    expect(api.recordCreate).not.toHaveBeenCalled();
    await user.clear(screen.getByTestId('person-weeklyHours'));
    await user.type(screen.getByTestId('person-weeklyHours'), '7,5');
    await user.click(screen.getByTestId('person-save'));
    await waitFor(() =>
      expect(api.recordCreate).toHaveBeenCalledWith('person', {
        id: 0,
        name: 'Marta Sanz',
        role: '',
        duty: 'account_manager',
        departmentId: null,
        weeklyHours: 7.5,
        notes: '',
      }),
    );
  });

  it('shows the budget a year and once, and the lines with no amount yet', async () => {
    const { user } = await renderWith([], [line(), line({ id: 2, name: 'Camera', category: 'production', amount: 600, period: 'one_off' }), line({ id: 3, name: 'Tool', amount: null })]);
    await user.click(screen.getByTestId('team-tab-budget'));
    const summary = screen.getByTestId('budget-summary');
    expect(summary).toHaveTextContent('1,200 € a year in recurring costs');
    expect(summary).toHaveTextContent('600 € in one-off costs');
    expect(summary).toHaveTextContent('1 line has no amount yet');
    const rows = screen.getAllByTestId('budget-row');
    expect(within(rows[2]!).getByText('To be determined')).toBeInTheDocument();
  });
});
