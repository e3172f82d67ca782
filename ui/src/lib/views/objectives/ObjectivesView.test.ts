import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { objective, validation } from '../../../test/plans';
import { progressiveLists, scrollToEnd } from '../../../test/scroll-observer';
import { serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import * as plansApi from '../../api-plans';
import type { CsvPreview, Objective } from '../../bindings';
import { setLocale } from '../../i18n';
import ObjectivesView from './ObjectivesView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-plans', () => ({ kpiCsvPick: vi.fn(), kpiCsvPreview: vi.fn(), kpiCsvImport: vi.fn() }));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

let served: Served;
const show = () => render(ObjectivesView, { props: { data: serve(served) } });

beforeEach(() => {
  vi.resetAllMocks();
  served = {};
  setLocale('en');
});

describe('objectives', () => {
  it('lists objectives with their KPI, progress and deadline', async () => {
    served.objectives = [objective(), objective({ id: 2, title: 'Be on TikTok', kpiMetric: '', baseline: null, target: null, deadline: null, status: 'draft' })];
    served.measurements = [{ id: 9, objectiveId: 1, date: '2026-11-30', value: 180, kind: 'value', note: '' }];
    show();

    const rows = await screen.findAllByTestId('objective-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Registrations from social links');
    await waitFor(() => expect(rows[0]).toHaveTextContent('180 per month'));
    expect(rows[0]).toHaveTextContent('50%'); // (180 − 120) / (240 − 120)
    expect(rows[0]).toHaveTextContent('28 Feb 2027');
    expect(rows[1]).toHaveTextContent('no KPI: not measurable yet');
  });

  it('creates an objective with the typed values, and shows Rust’s error under the target keeping the text', async () => {
    vi.mocked(api.recordCreate).mockRejectedValueOnce(
      validation([{ field: 'target', code: 'same_as_baseline', message: 'The target equals the baseline: nothing would change.' }]),
    );
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('objective-new'));
    await user.type(field('objective-title'), 'Double registrations from social media');
    await user.selectOptions(field('objective-kind'), 'leads');
    await user.type(field('objective-kpiMetric'), 'Registrations from social links');
    await user.type(field('objective-kpiUnit'), 'per month');
    await user.type(field('objective-baseline'), '120');
    await user.type(field('objective-target'), '120');
    await fireEvent.input(field('objective-start'), { target: { value: '2026-03-01' } });
    await fireEvent.input(field('objective-deadline'), { target: { value: '2027-02-28' } });
    await user.type(field('objective-owner'), 'Lucía Ferrer');
    await user.click(screen.getByTestId('objective-save'));

    const target = field('objective-target');
    await waitFor(() => expect(target).toHaveAttribute('aria-invalid', 'true'));
    expect(api.recordCreate).toHaveBeenCalledWith('objective', {
      id: 0,
      title: 'Double registrations from social media',
      description: '',
      kind: 'leads',
      kpiMetric: 'Registrations from social links',
      kpiUnit: 'per month',
      baseline: 120,
      target: 120,
      start: '2026-03-01',
      deadline: '2027-02-28',
      owner: 'Lucía Ferrer',
      status: 'draft',
      channelIds: [],
      departmentIds: [],
    });
    expect(screen.getByText('The target equals the baseline: nothing would change.').id).toBe('objective-target-error');
    expect(target).toHaveAccessibleDescription(/The target equals the baseline/);
    expect(target).toHaveFocus();
    // Nothing typed is lost.
    expect(target).toHaveValue(120);
    expect(field('objective-title')).toHaveValue('Double registrations from social media');
    expect(field('objective-baseline')).toHaveValue(120);
    expect(field('objective-title')).not.toHaveAttribute('aria-invalid');

    // Fixed, it is created and its page shows the progress sections.
    vi.mocked(api.recordCreate).mockImplementation((_kind, o) => Promise.resolve({ ...o, id: 7 }));
    await user.clear(target);
    await user.type(target, '240');
    await user.click(screen.getByTestId('objective-save'));
    await screen.findByTestId('objective-chart');
    expect((vi.mocked(api.recordCreate).mock.lastCall?.[1] as Objective).target).toBe(240);
    expect(screen.getByTestId('measurement-add')).toBeInTheDocument();
    expect(screen.queryByTestId('objective-save')).not.toBeInTheDocument();
  });

  it('warns that presence is not an objective', async () => {
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByTestId('objective-new'));
    expect(screen.queryByTestId('objective-presence-warning')).not.toBeInTheDocument();
    await user.type(field('objective-title'), 'Be on TikTok');
    expect(screen.getByTestId('objective-presence-warning')).toHaveTextContent('Being on a network is not an objective');
  });

  it('imports a CSV through the mapping step with the chosen columns, and shows a bad_csv error', async () => {
    const preview: CsvPreview = {
      columns: ['Fecha', 'Alcance', 'Inscripciones'],
      rows: [
        ['31/03/2026', '4.210,5', '118'],
        ['30/04/2026', '4.980', '131'],
      ],
      rowCount: 9,
      mapping: { delimiter: ';', hasHeader: true, dateColumn: 0, valueColumn: 1, dateOrder: 'day_month_year', decimalMark: 'comma' },
    };
    served.objectives = [objective()];
    vi.mocked(plansApi.kpiCsvPick).mockResolvedValue('/home/lucia/kpis.csv');
    vi.mocked(plansApi.kpiCsvPreview).mockResolvedValue(preview);
    vi.mocked(plansApi.kpiCsvImport).mockRejectedValueOnce({ code: 'bad_csv', message: 'Line 4: “3O/05/2026” is not a date.', fields: [] });
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('objective-row'));
    await user.click(await screen.findByTestId('csv-import'));
    const dialog = await screen.findByRole('dialog', { name: 'Import measurements from a CSV file' });
    expect(plansApi.kpiCsvPreview).toHaveBeenCalledWith('/home/lucia/kpis.csv');
    // The preview shows the rows and how each reads with the guessed mapping.
    expect(within(dialog).getByText('Reads as')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('31 Mar 2026 · 4,210.5');

    await user.selectOptions(field('csv-valueColumn'), 'Inscripciones');
    expect(dialog).toHaveTextContent('31 Mar 2026 · 118');
    await user.click(within(dialog).getByTestId('csv-confirm'));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Line 4: “3O/05/2026” is not a date.');
    expect(plansApi.kpiCsvImport).toHaveBeenCalledWith(1, '/home/lucia/kpis.csv', {
      delimiter: ';',
      hasHeader: true,
      dateColumn: 0,
      valueColumn: 2,
      dateOrder: 'day_month_year',
      decimalMark: 'comma',
    });

    // Try again with the same choices: imported, the dialog closes, the count shows.
    vi.mocked(plansApi.kpiCsvImport).mockResolvedValueOnce(9);
    await user.click(within(dialog).getByTestId('csv-confirm'));
    await waitFor(() => expect(screen.queryByTestId('csv-mapping')).not.toBeInTheDocument());
    expect(screen.getByTestId('csv-result')).toHaveTextContent('9 values imported from kpis.csv.');
    expect(vi.mocked(plansApi.kpiCsvImport).mock.lastCall?.[2].valueColumn).toBe(2);
  });

  it('adds a measurement and shows a duplicate date under the date, keeping the value', async () => {
    served.objectives = [objective()];
    vi.mocked(api.recordCreate).mockRejectedValue(
      validation([{ field: 'date', code: 'duplicate', message: 'There is already a measurement on this date.' }]),
    );
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('objective-row'));
    await fireEvent.input(field('measurement-date'), { target: { value: '2026-04-30' } });
    await user.type(field('measurement-value'), '131');
    await user.click(screen.getByTestId('measurement-add'));

    await waitFor(() => expect(field('measurement-date')).toHaveAttribute('aria-invalid', 'true'));
    expect(api.recordCreate).toHaveBeenCalledWith('measurement', { id: 0, objectiveId: 1, date: '2026-04-30', value: 131, kind: 'value', note: '' });
    expect(screen.getByText('There is already a measurement on this date.')).toBeInTheDocument();
    expect(field('measurement-value')).toHaveValue(131);
  });

  it('records a change against the period before as a change, lists it signed, and never takes it as the latest value', async () => {
    served.objectives = [objective()];
    served.measurements = [{ id: 9, objectiveId: 1, date: '2026-03-31', value: 180, kind: 'value', note: '' }];
    vi.mocked(api.recordCreate).mockImplementation(async (_kind, record) => ({ ...(record as object), id: 10 }) as never);
    const user = userEvent.setup();
    show();

    await user.click(await screen.findByTestId('objective-row'));
    await user.selectOptions(field('measurement-kind'), 'change');
    expect(screen.getByLabelText(/^Change \(%\)/)).toHaveAttribute('aria-required', 'true');
    await fireEvent.input(field('measurement-date'), { target: { value: '2026-04-30' } });
    await user.type(field('measurement-value'), '85');
    await user.click(screen.getByTestId('measurement-add'));

    await waitFor(() =>
      expect(api.recordCreate).toHaveBeenCalledWith('measurement', { id: 0, objectiveId: 1, date: '2026-04-30', value: 85, kind: 'change', note: '' }),
    );
    const rows = await screen.findAllByTestId('measurement-row');
    await waitFor(() => expect(rows[0]).toHaveTextContent('+85%'));
    expect(rows[0]).toHaveTextContent('vs the previous period');
    // The chart's summary still reads the latest value, not the change.
    const chart = within(screen.getByTestId('objective-chart')).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/^Latest value 180\b/);
    expect(chart.getAttribute('aria-label')).not.toMatch(/85/);
  });
});

describe('a long list of objectives', () => {
  progressiveLists();

  it('draws the first rows of 10,000 at once and the rest while scrolling, counting and searching the whole list', async () => {
    served.objectives = Array.from({ length: 10_000 }, (_, i) => objective({ id: i + 1, title: `Objective number ${i + 1}` }));
    const user = userEvent.setup();
    show();

    const first = await screen.findAllByTestId('objective-row');
    expect(first.length).toBeGreaterThanOrEqual(12);
    expect(first.length).toBeLessThan(60);
    expect(screen.getByText('10,000 objectives')).toBeInTheDocument();
    expect(screen.getByTestId('rows-more')).toHaveAttribute('aria-hidden', 'true');

    scrollToEnd();
    await waitFor(() => expect(screen.getAllByTestId('objective-row').length).toBeGreaterThan(first.length));

    // The search finds a record that is not drawn yet.
    await user.type(screen.getByRole('searchbox'), 'number 9999');
    await waitFor(() => expect(screen.getAllByTestId('objective-row')).toHaveLength(1));
    expect(screen.getByTestId('objective-row')).toHaveTextContent('Objective number 9999');
    expect(screen.queryByTestId('rows-more')).not.toBeInTheDocument();
    // Eleven keystrokes, each filtering 10,000 records in jsdom: seconds on a
    // busy machine. What is timed is the window's benchmark, not this test.
  }, 30_000);

  it('draws a record just made at the end of a long list, so that it can be focused', async () => {
    served.objectives = Array.from({ length: 400 }, (_, i) => objective({ id: i + 1, title: `Objective number ${i + 1}` }));
    const data = serve(served);
    render(ObjectivesView, { props: { data } });
    await screen.findAllByTestId('objective-row');
    expect(document.querySelector('[data-objective-id="399"]')).toBeNull();

    served.objectives.push(objective({ id: 401, title: 'The newest objective' }));
    await data.records.objective.refresh();
    await waitFor(() => expect(document.querySelector('[data-objective-id="401"]')).not.toBeNull());
    expect(document.querySelector('[data-objective-id="399"]')).not.toBeNull();
  });
});
