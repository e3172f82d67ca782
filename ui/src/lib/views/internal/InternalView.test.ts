import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign, department, flow, objective } from '../../../test/plans';
import { addDays, mondayOf, today } from '../../dates';
import { progressiveLists, scrollThrough, scrollToEnd } from '../../../test/scroll-observer';
import { serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import * as plansApi from '../../api-plans';
import type { Flow } from '../../bindings';
import { setLocale } from '../../i18n';
import InternalView from './InternalView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-plans', () => ({ calendar: vi.fn(), calendarExportIcs: vi.fn(), holidaysAdd: vi.fn() }));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

let served: Served;
const show = () => render(InternalView, { props: { data: serve(served) } });

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
  served = { departments: [department({ id: 1, name: 'Marketing' }), department({ id: 2, name: 'IT' })] };
  vi.mocked(plansApi.calendar).mockResolvedValue([]);
  vi.mocked(api.recordCreate).mockImplementation((_kind, f) => Promise.resolve({ ...f, id: 20 }));
});

async function newFlow() {
  const user = userEvent.setup();
  show();
  await user.click(await screen.findByTestId('flow-new'));
  await user.type(field('flow-name'), 'Editorial planning');
  const departments = screen.getByTestId('flow-departmentIds');
  await user.click(departments);
  await user.click(await screen.findByRole('option', { name: 'Marketing' }));
  return user;
}

describe('internal communication', () => {
  it('builds an “every 2 weeks” cadence and describes it', async () => {
    const user = await newFlow();
    await user.selectOptions(field('flow-cadence-kind'), 'weekly');
    await fireEvent.input(field('flow-cadence-start'), { target: { value: '2026-03-04' } });
    await user.clear(field('flow-cadence-everyWeeks'));
    await user.type(field('flow-cadence-everyWeeks'), '2');
    expect(screen.getByTestId('flow-cadence-sentence')).toHaveTextContent('Every 2 weeks on Wednesday, from 4 Mar 2026');
    await user.type(field('flow-feedback'), 'Comments on the shared sheet');
    await user.click(screen.getByTestId('flow-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('flow', {
      id: 0,
      name: 'Editorial planning',
      direction: 'cm_to_department',
      departmentIds: [1],
      audience: '',
      channel: 'meeting',
      cadence: { kind: 'weekly', start: '2026-03-04', everyWeeks: 2, until: null },
      owner: '',
      feedback: 'Comments on the shared sheet',
    });
  });

  it('keeps a weekly flow whose day is not set without a start, and names no weekday', async () => {
    const user = await newFlow();
    await user.selectOptions(field('flow-cadence-kind'), 'weekly');
    await fireEvent.input(field('flow-cadence-start'), { target: { value: '' } });
    expect(field('flow-cadence-start')).toHaveAccessibleDescription(/Rumbo will not guess one/);
    expect(screen.getByTestId('flow-cadence-sentence')).toHaveTextContent('Every week, on a day not set yet');
    expect(screen.getByTestId('flow-cadence-sentence')).not.toHaveTextContent(/day(s)? from|Monday|Tuesday|Wednesday|Thursday|Friday/);
    await user.click(screen.getByTestId('flow-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect((vi.mocked(api.recordCreate).mock.lastCall?.[1] as Flow).cadence).toEqual({ kind: 'weekly', start: null, everyWeeks: 1, until: null });
  });

  it('builds a daily cadence on working days, with or without a start', async () => {
    const user = await newFlow();
    await user.selectOptions(field('flow-cadence-kind'), 'daily');
    expect(field('flow-cadence-weekdaysOnly')).toBeChecked();
    await fireEvent.input(field('flow-cadence-start'), { target: { value: '' } });
    expect(screen.getByTestId('flow-cadence-sentence')).toHaveTextContent('Every working day, Monday to Friday');
    await fireEvent.input(field('flow-cadence-start'), { target: { value: '2026-03-02' } });
    await user.click(field('flow-cadence-weekdaysOnly'));
    expect(screen.getByTestId('flow-cadence-sentence')).toHaveTextContent('Every day, from 2 Mar 2026');
    await user.click(screen.getByTestId('flow-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect((vi.mocked(api.recordCreate).mock.lastCall?.[1] as Flow).cadence).toEqual({
      kind: 'daily',
      start: '2026-03-02',
      weekdaysOnly: false,
      until: null,
    });
  });

  it('builds a “monthly on the last Friday” cadence with an end date', async () => {
    const user = await newFlow();
    await user.selectOptions(field('flow-cadence-kind'), 'monthly_weekday');
    await fireEvent.input(field('flow-cadence-start'), { target: { value: '2026-03-02' } });
    await user.selectOptions(field('flow-cadence-week'), 'Last');
    await user.selectOptions(field('flow-cadence-weekday'), 'Friday');
    await fireEvent.input(field('flow-cadence-until'), { target: { value: '2026-12-31' } });
    expect(screen.getByTestId('flow-cadence-sentence')).toHaveTextContent(
      'Every month on the last Friday, from 2 Mar 2026, until 31 Dec 2026',
    );
    await user.click(screen.getByTestId('flow-save'));

    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect((vi.mocked(api.recordCreate).mock.lastCall?.[1] as Flow).cadence).toEqual({
      kind: 'monthly_weekday',
      start: '2026-03-02',
      week: -1,
      weekday: 'fri',
      until: '2026-12-31',
    });
  });

  it('shows Rust’s error on the week count next to it, and checks it locally first', async () => {
    vi.mocked(api.recordCreate).mockRejectedValueOnce({
      code: 'validation',
      message: 'One field needs your attention.',
      fields: [{ field: 'cadence.everyWeeks', code: 'out_of_range', message: 'At most 52 weeks.' }],
    });
    const user = await newFlow();
    await user.clear(field('flow-cadence-everyWeeks'));
    await user.type(field('flow-cadence-everyWeeks'), '0');
    await user.click(screen.getByTestId('flow-save'));
    expect(field('flow-cadence-everyWeeks')).toHaveAccessibleDescription(/whole number of weeks/);
    expect(api.recordCreate).not.toHaveBeenCalled();

    await user.clear(field('flow-cadence-everyWeeks'));
    await user.type(field('flow-cadence-everyWeeks'), '40');
    await user.click(screen.getByTestId('flow-save'));
    await waitFor(() => expect(field('flow-cadence-everyWeeks')).toHaveAccessibleDescription(/At most 52 weeks\./));
    expect(field('flow-cadence-everyWeeks')).toHaveValue(40);
  });

  it('groups flows by direction and offers only the department’s flows for a need', async () => {
    served.flows = [
      flow({ id: 1, name: 'Weekly content sync', departmentIds: [1] }),
      flow({ id: 2, name: 'Outage alerts', direction: 'department_to_cm', departmentIds: [2], feedback: '' }),
    ];
    vi.mocked(api.recordCreate).mockImplementation((_kind, n) => Promise.resolve({ ...n, id: 30 }));
    const user = userEvent.setup();
    show();

    const rows = await screen.findAllByTestId('flow-row');
    expect(rows).toHaveLength(2);
    expect(screen.getByRole('heading', { name: /From the CM to a department/ })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('No feedback path');

    await user.click(screen.getByTestId('internal-tab-needs'));
    await user.click(await screen.findByTestId('info-need-new'));
    await user.type(field('info-need-what'), 'Outages before they are announced');
    await user.selectOptions(field('info-need-departmentId'), 'IT');
    const options = within(field('info-need-flowId')).getAllByRole('option').map((o) => o.textContent);
    expect(options.some((o) => o?.includes('Outage alerts'))).toBe(true);
    expect(options.some((o) => o?.includes('Weekly content sync'))).toBe(false);
    await user.selectOptions(field('info-need-flowId'), '2');
    await user.selectOptions(field('info-need-urgency'), 'immediate');
    await user.click(screen.getByTestId('info-need-save'));
    await waitFor(() =>
      expect(api.recordCreate).toHaveBeenCalledWith('info_need', { id: 0, what: 'Outages before they are announced', departmentId: 2, urgency: 'immediate', flowId: 2 }),
    );
  });

  it('shows the calendar week by week and exports it', async () => {
    served.flows = [flow({ id: 1, name: 'Weekly content sync', departmentIds: [1] })];
    vi.mocked(plansApi.calendar).mockImplementation((from) =>
      Promise.resolve([{ date: from, flowId: 1, name: 'Weekly content sync', direction: 'cm_to_department', departmentIds: [1] }]),
    );
    vi.mocked(plansApi.calendarExportIcs).mockResolvedValue('/home/lucia/Documents/internal.ics');
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('internal-tab-calendar'));
    await user.click(await screen.findByTestId('planner-view-agenda'));
    const entry = await screen.findByTestId('calendar-entry');
    expect(entry).toHaveTextContent('Weekly content sync');
    await waitFor(() => expect(entry).toHaveTextContent('CM → Marketing'));
    // The list starts on this week's Monday: its past days stay in view.
    expect(vi.mocked(plansApi.calendar).mock.lastCall).toEqual([mondayOf(today()), 6]);

    await user.selectOptions(screen.getByTestId('calendar-weeks'), '12 weeks');
    await waitFor(() => expect(vi.mocked(plansApi.calendar).mock.lastCall?.[1]).toBe(12));

    await user.click(screen.getByTestId('ics-export'));
    expect(await screen.findByTestId('ics-exported')).toHaveTextContent('Calendar saved as internal.ics.');
  });

  it('shows a month with the flows, the campaigns running and the objectives due, and warns of weekend meetings', async () => {
    const start = `${today().slice(0, 7)}-01`;
    // The first Saturday of the month, and a weekday after it.
    let saturday = start;
    while (new Date(`${saturday}T12:00:00`).getDay() !== 6) saturday = addDays(saturday, 1);
    const monday = addDays(saturday, 2);
    served.flows = [flow({ id: 1, name: 'Weekly content sync', departmentIds: [1] }), flow({ id: 2, name: 'Saturday fair', departmentIds: [1] })];
    served.campaigns = [campaign({ id: 5, name: 'Spring campaign', start: monday, end: addDays(monday, 2) })];
    served.objectives = [objective({ id: 7, title: 'Double the sign-ups', deadline: monday })];
    vi.mocked(plansApi.calendar).mockImplementation(() =>
      Promise.resolve([
        { date: monday, flowId: 1, name: 'Weekly content sync', direction: 'cm_to_department', departmentIds: [1] },
        { date: saturday, flowId: 2, name: 'Saturday fair', direction: 'all_staff', departmentIds: [] },
      ]),
    );
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('internal-tab-calendar'));
    const month = await screen.findByTestId('planner-month');
    // Whole weeks from the Monday on or before the first of the month.
    const [from, weeks] = vi.mocked(plansApi.calendar).mock.lastCall ?? [];
    expect(from).toBe(mondayOf(start));
    expect(month.querySelectorAll('tbody td')).toHaveLength((weeks ?? 0) * 7);
    const day = (date: string) => month.querySelector<HTMLElement>(`[data-day='${date}']`) as HTMLElement;
    await waitFor(() => expect(within(day(monday)).getByTestId('planner-flow')).toHaveTextContent('Weekly content sync'));
    expect(within(day(monday)).getByTestId('planner-campaign')).toHaveTextContent('Spring campaign');
    expect(within(day(addDays(monday, 2))).getByTestId('planner-campaign')).toHaveTextContent('Spring campaign');
    expect(within(day(addDays(monday, 3))).queryByTestId('planner-campaign')).toBeNull();
    expect(within(day(monday)).getByTestId('planner-deadline')).toHaveTextContent('Double the sign-ups');
    expect(within(day(saturday)).getByTestId('planner-flow')).toHaveTextContent('On a weekend:');
    expect(screen.getByTestId('planner-weekend-warning')).toHaveTextContent('One meeting falls on a weekend');
    expect(screen.getByTestId('planner-weekend-warning')).toHaveTextContent('“Saturday fair”');

    // The next month asks Rust for its own weeks; the week view for seven days.
    await user.click(screen.getByTestId('planner-next'));
    await waitFor(() => expect(vi.mocked(plansApi.calendar).mock.lastCall?.[0]).not.toBe(from));
    await user.click(screen.getByTestId('planner-today'));
    await user.click(screen.getByTestId('planner-view-week'));
    await waitFor(() => expect(vi.mocked(plansApi.calendar).mock.lastCall).toEqual([mondayOf(today()), 1]));
    expect((await screen.findByTestId('planner-week')).querySelectorAll('tbody td')).toHaveLength(7);
  });

  it('says it in Spanish', async () => {
    setLocale('es');
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByTestId('internal-tab-calendar'));
    expect(await screen.findByTestId('planner-view-month')).toHaveTextContent('Mes');
    expect(screen.getByTestId('planner-title').textContent).toMatch(/^[A-ZÁÉÍÓÚ][a-záéíóú]+ de \d{4}$/);
  });

  it('keeps the public holidays: adds one typed, says what is missing, adds a country’s at once, and warns of a meeting on one', async () => {
    const year = today().slice(0, 4);
    const monday = mondayOf(`${year}-${today().slice(5, 7)}-15`);
    const tuesday = addDays(monday, 1);
    served.flows = [flow({ id: 1, name: 'Weekly content sync', departmentIds: [1] })];
    served.holidays = [{ id: 1, date: tuesday, name: 'Regional Day' }];
    vi.mocked(plansApi.calendar).mockResolvedValue([
      { date: tuesday, flowId: 1, name: 'Weekly content sync', direction: 'cm_to_department', departmentIds: [1] },
    ]);
    vi.mocked(plansApi.holidaysAdd).mockResolvedValue(11);
    vi.mocked(api.recordCreate).mockImplementation((_kind, h) => Promise.resolve({ ...h, id: 9 }));
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('internal-tab-calendar'));
    const warning = await screen.findByTestId('planner-weekend-warning');
    expect(warning).toHaveTextContent('One meeting falls on a weekend or a public holiday');
    expect(warning).toHaveTextContent('(Regional Day)');
    expect(within(screen.getByTestId('planner-month')).getByTestId('planner-holiday')).toHaveTextContent('Regional Day');
    expect(screen.getByTestId('holidays-list')).toHaveTextContent('Regional Day');

    // Nothing typed: both fields say what they need, nothing is sent.
    await user.click(screen.getByTestId('holiday-add'));
    expect(await screen.findByText('Write or pick the date.')).toBeInTheDocument();
    expect(screen.getByText('Say which holiday it is.')).toBeInTheDocument();
    expect(api.recordCreate).not.toHaveBeenCalled();
    await user.type(field('holiday-date'), `24/06/${year}`);
    await user.type(field('holiday-name'), 'Midsummer');
    await user.click(screen.getByTestId('holiday-add'));
    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledWith('holiday', { id: 0, date: `${year}-06-24`, name: 'Midsummer' }));
    await waitFor(() => expect(screen.getByTestId('holidays-list')).toHaveTextContent('Midsummer'));
    expect(field('holiday-name')).toHaveValue('');

    await user.click(screen.getByTestId('holidays-add-spain'));
    expect(plansApi.holidaysAdd).toHaveBeenCalledWith('spain', Number(year));
    expect(await screen.findByTestId('holidays-added')).toHaveTextContent(`11 holidays of Spain for ${year} added.`);
  });
});

describe('hundreds of flows', () => {
  progressiveLists();

  it('draws the first rows at once and the rest while scrolling, with each direction counted whole', async () => {
    served.flows = Array.from({ length: 300 }, (_, i) =>
      flow({ id: i + 1, name: `Flow number ${i + 1}`, direction: i < 200 ? 'cm_to_department' : 'department_to_cm', departmentIds: [1] }),
    );
    const user = userEvent.setup();
    show();

    const first = await screen.findAllByTestId('flow-row');
    expect(first.length).toBeGreaterThanOrEqual(12);
    expect(first.length).toBeLessThan(60);
    // The first direction's heading counts all of its flows, not the rows drawn.
    expect(screen.getByRole('heading', { name: /From the CM to a department/ })).toHaveTextContent('200');
    expect(screen.queryByRole('heading', { name: /From a department to the CM/ })).not.toBeInTheDocument();

    scrollToEnd();
    await waitFor(() => expect(screen.getAllByTestId('flow-row').length).toBeGreaterThan(first.length));
    await scrollThrough(() => screen.getAllByTestId('flow-row').length, 300);
    expect(screen.getByRole('heading', { name: /From a department to the CM/ })).toHaveTextContent('100');
    expect(screen.queryByTestId('rows-more')).not.toBeInTheDocument();

    // The search finds a flow that was not drawn at first.
    await user.type(screen.getByRole('searchbox'), 'number 299');
    await waitFor(() => expect(screen.getAllByTestId('flow-row')).toHaveLength(1));
  });

  it('draws a flow just made at the end of a long list, so that its row can be focused', async () => {
    served.flows = Array.from({ length: 300 }, (_, i) => flow({ id: i + 1, name: `Flow number ${i + 1}`, departmentIds: [1] }));
    const data = serve(served);
    render(InternalView, { props: { data } });
    await screen.findAllByTestId('flow-row');
    expect(document.querySelector('[data-flow-id="299"]')).toBeNull();

    served.flows.push(flow({ id: 301, name: 'The newest flow', departmentIds: [1] }));
    await data.records.flow.refresh();
    await waitFor(() => expect(document.querySelector('[data-flow-id="301"]')).not.toBeNull());
  });
});
