import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activity, department } from '../../../test/fixtures';
import { freshView, serve } from '../../../test/serve';
import * as api from '../../api';
import DepartmentsView from './DepartmentsView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));

const cell = (d: number, a: number) => screen.getByTestId(`raci-${d}-${a}`);

async function renderGrid() {
  const data = serve({
    departments: [department({ id: 1, name: 'Social media' }), department({ id: 2, name: 'Marketing', head: 'Andrés' })],
    activities: [activity({ id: 10, name: 'Publishing', position: 1 }), activity({ id: 20, name: 'Campaigns', position: 2 })],
    raci: [{ departmentId: 2, activityId: 20, role: 'accountable' }],
  });
  vi.mocked(api.raciSet).mockResolvedValue(null);
  await data.ensure('department', 'activity', 'raci', 'channel');
  const user = userEvent.setup();
  render(DepartmentsView, { props: { data } });
  await screen.findByTestId('raci-1-10');
  return { user, data };
}

beforeEach(freshView);

describe('RACI grid', () => {
  it('shows each cell as its letter, named for screen readers, with the legend', async () => {
    await renderGrid();
    expect(cell(2, 20)).toHaveTextContent(/^A$/);
    expect(cell(2, 20)).toHaveAccessibleName('Marketing, Campaigns: Accountable');
    expect(cell(1, 10)).toHaveTextContent(/^$/);
    expect(cell(1, 10)).toHaveAccessibleName('Social media, Publishing: no role');
    expect(screen.getByText('The CM answers for the result and has the final say.')).toBeInTheDocument();
    // One cell takes Tab; the arrows do the rest.
    expect(cell(1, 10)).toHaveAttribute('tabindex', '0');
    expect(cell(2, 20)).toHaveAttribute('tabindex', '-1');
  });

  it('sets, moves and clears with the keyboard, saving each cell at once', async () => {
    const { user, data } = await renderGrid();
    cell(1, 10).focus();
    await user.keyboard('r');
    expect(api.raciSet).toHaveBeenLastCalledWith(1, 10, 'responsible');
    expect(cell(1, 10)).toHaveTextContent(/^R$/);

    await user.keyboard('{ArrowRight}');
    expect(cell(1, 20)).toHaveFocus();
    expect(cell(1, 20)).toHaveAttribute('tabindex', '0');
    await user.keyboard('C');
    expect(api.raciSet).toHaveBeenLastCalledWith(1, 20, 'consulted');

    await user.keyboard('{ArrowDown}');
    expect(cell(2, 20)).toHaveFocus();
    await user.keyboard('{Delete}');
    expect(api.raciSet).toHaveBeenLastCalledWith(2, 20, null);
    expect(cell(2, 20)).toHaveTextContent(/^$/);

    await user.keyboard('{ArrowLeft}i');
    expect(api.raciSet).toHaveBeenLastCalledWith(2, 10, 'informed');

    // Enter (a click) goes to the next role: I → none.
    await user.keyboard('{Enter}');
    expect(api.raciSet).toHaveBeenLastCalledWith(2, 10, null);
    // Other letters do nothing.
    await user.keyboard('x');
    expect(api.raciSet).toHaveBeenCalledTimes(5);

    await waitFor(() =>
      expect(data.raci.value).toEqual([
        { departmentId: 1, activityId: 10, role: 'responsible' },
        { departmentId: 1, activityId: 20, role: 'consulted' },
      ]),
    );
  });

  it('puts the cell back and says why when Rust refuses', async () => {
    const { user } = await renderGrid();
    vi.mocked(api.raciSet).mockRejectedValue({ code: 'database', message: 'The workspace file is read-only.', fields: [] });
    cell(2, 20).focus();
    await user.keyboard('R');
    expect(await screen.findByText('The workspace file is read-only.')).toBeInTheDocument();
    expect(cell(2, 20)).toHaveTextContent(/^A$/);
  });

  it('warns when the CM serves only one department', async () => {
    const { user } = await renderGrid();
    // Marketing has the only role: one department.
    expect(screen.getByTestId('raci-one-department')).toHaveTextContent('mapped to one department only');
    cell(1, 10).focus();
    await user.keyboard('R');
    expect(screen.queryByTestId('raci-one-department')).not.toBeInTheDocument();
  });

  it('renames and reorders the activities', async () => {
    const { user } = await renderGrid();
    vi.mocked(api.recordUpdate).mockImplementation((_kind, a) => Promise.resolve(a));
    vi.mocked(api.activityReorder).mockResolvedValue([
      activity({ id: 20, name: 'Campaigns', position: 1 }),
      activity({ id: 10, name: 'Publishing', position: 2 }),
    ]);
    const name = screen.getByTestId('activity-name-10');
    await user.clear(name);
    await user.type(name, 'Social publishing');
    await user.tab();
    await waitFor(() => expect(api.recordUpdate).toHaveBeenCalledWith('activity', { id: 10, name: 'Social publishing', position: 1 }));

    await user.click(screen.getByRole('button', { name: 'Move “Campaigns” left' }));
    expect(api.activityReorder).toHaveBeenCalledWith([20, 10]);
    await waitFor(() => {
      const headers = within(screen.getByRole('table')).getAllByRole('columnheader');
      expect(headers.map((h) => h.textContent?.trim())).toEqual(['Department', 'Campaigns', 'Publishing']);
    });
  });
});
