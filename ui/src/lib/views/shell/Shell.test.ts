import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { change, channel, criterion, department, profile, saved, workspaceInfo } from '../../../test/fixtures';
import { serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import * as healthApi from '../../api-health';
import type { HealthReport, SectionCounts, WorkspaceChange } from '../../bindings';
import { HEALTH_REPORT } from '../../../test/health-mock';
import { setLocale } from '../../i18n';
import { navigate } from '../../state/nav.svelte';
import { rehearse } from '../../state/rehearse';
import CommandPalette from '../../components/CommandPalette.svelte';
import DepartmentsView from '../departments/DepartmentsView.svelte';
import Shell from './Shell.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-health', async () => (await import('../../../test/health-mock')).mockHealthApi());
vi.mock('$lib/api-document', async () => (await import('../../../test/document-mock')).mockDocumentApi());
// The real rehearsal, watched.
vi.mock('$lib/state/rehearse', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../state/rehearse')>();
  return { ...real, rehearse: vi.fn(real.rehearse) };
});

const counts: SectionCounts = {
  records: { department: 8, audience: 4, channel: 10, objective: 7, campaign: 4, flow: 7, info_need: 5, recommendation: 7 },
  pendingRecommendations: 2,
};

let changed: ((change: WorkspaceChange) => void) | undefined;

async function renderShell(more: Served = {}) {
  serve({
    departments: [department({ id: 1, name: 'Social media' }), department({ id: 2, name: 'Marketing' })],
    channels: [channel({ id: 3, name: 'LinkedIn', ownerDepartmentId: 2 })],
    ...more,
  });
  vi.mocked(api.profileGet).mockResolvedValue(profile());
  vi.mocked(api.sectionCounts).mockResolvedValue(counts);
  vi.mocked(api.onWorkspaceChanged).mockImplementation((handler) => {
    changed = handler;
    return Promise.resolve(() => {});
  });
  const user = userEvent.setup();
  render(Shell, { props: { workspace: workspaceInfo({ title: 'Valdoria' }) } });
  await screen.findByTestId('count-departments');
  return { user };
}

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
});

describe('the first screen', () => {
  it('comes whole: the form, the path through the method and the score together, the profile read once', async () => {
    let answer: (report: HealthReport) => void = () => undefined;
    vi.spyOn(healthApi, 'healthReport').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    await renderShell();
    // The sidebar is there; the main column waits for the health check.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByTestId('profile-form')).not.toBeInTheDocument();
    expect(screen.queryByText('Loading the profile…')).not.toBeInTheDocument();

    answer(HEALTH_REPORT);
    expect(await screen.findByTestId('profile-form')).toBeInTheDocument();
    expect(screen.getByTestId('method-path')).toBeInTheDocument();
    expect(screen.getByTestId('sidebar-score')).toHaveTextContent('72');
    expect(api.profileGet).toHaveBeenCalledTimes(1);

    // Back on the profile later, the form is read again (not the start's answer).
    const { user } = { user: userEvent.setup() };
    await user.click(screen.getByTestId('nav-channels'));
    await screen.findByTestId('channel-row');
    await user.click(screen.getByTestId('nav-profile'));
    await screen.findByTestId('profile-form');
    expect(api.profileGet).toHaveBeenCalledTimes(2);
  });

  it('is drawn without what has not come after a moment, and completed when it comes', async () => {
    let answer: (report: HealthReport) => void = () => undefined;
    vi.spyOn(healthApi, 'healthReport').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    await renderShell();
    expect(await screen.findByTestId('profile-form', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByTestId('method-path')).not.toBeInTheDocument();
    answer(HEALTH_REPORT);
    expect(await screen.findByTestId('method-path')).toBeInTheDocument();
  });
});

describe('sidebar', () => {
  it('lists every section in order with its count', async () => {
    await renderShell();
    const nav = screen.getByRole('navigation', { name: 'Workspace sections' });
    expect(within(nav).getAllByRole('button').map((b) => b.dataset.testid)).toEqual([
      'nav-profile',
      'nav-audiences',
      'nav-objectives',
      'nav-channels',
      'nav-fit',
      'nav-departments',
      'nav-internal',
      'nav-accounts',
      'nav-editorial',
      'nav-campaigns',
      'nav-team',
      'nav-recommendations',
      'nav-conduct',
      'nav-crisis',
      'nav-policies',
      'nav-health',
      'nav-document',
    ]);
    expect(screen.getByTestId('count-departments')).toHaveTextContent('8');
    expect(screen.getByTestId('count-channels')).toHaveTextContent('10');
    expect(screen.getByTestId('count-internal')).toHaveTextContent('12'); // flows + information needs
    expect(screen.getByTestId('count-recommendations')).toHaveTextContent('2');
    expect(screen.getByTestId('count-recommendations')).toHaveClass('attention');
    expect(screen.getByTestId('nav-profile')).toHaveAttribute('aria-current', 'page');
    // The readiness score: 72 with an open error is "needs work", never "ready".
    const score = await screen.findByTestId('sidebar-score');
    expect(score).toHaveTextContent('72');
    expect(score).toHaveClass('score', 'band-work');
  });

  it('says what each badge counts: the section’s description, and its tooltip', async () => {
    await renderShell();
    // The figure is seen; the words are the button's description, not its name.
    expect(screen.getByTestId('nav-channels')).toHaveAccessibleName('Channels');
    expect(screen.getByTestId('nav-channels')).toHaveAccessibleDescription('10 channels');
    expect(screen.getByTestId('nav-departments')).toHaveAccessibleDescription('8 departments');
    expect(screen.getByTestId('nav-internal')).toHaveAccessibleDescription('7 internal flows and 5 information needs');
    expect(screen.getByTestId('nav-recommendations')).toHaveAccessibleDescription('2 recommendations waiting for a decision');
    await screen.findByTestId('sidebar-score');
    expect(screen.getByTestId('nav-health')).toHaveAccessibleDescription('Strategy readiness: 72 out of 100 (needs some work)');
    expect(screen.getByTestId('nav-profile')).not.toHaveAttribute('aria-describedby');
    // Same meaning, same look: every count is the plain badge.
    for (const section of ['departments', 'audiences', 'channels', 'objectives', 'campaigns', 'internal']) {
      expect(screen.getByTestId(`count-${section}`).className).toMatch(/\bbadge count\b/);
    }

    // The tooltip says it too, on the keyboard's focus.
    const user = userEvent.setup();
    await user.tab(); // the skip link
    await user.tab(); // the palette
    await user.tab(); // Organization profile: no badge
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab(); // Audiences, the method's next step
    expect(await screen.findByRole('tooltip')).toHaveTextContent('audiences');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-audiences')).toHaveFocus();

    setLocale('es');
    await waitFor(() => expect(screen.getByTestId('nav-channels')).toHaveAccessibleDescription('10 canales'));
    expect(screen.getByTestId('nav-campaigns')).toHaveAccessibleDescription('4 campañas');
    expect(screen.getByTestId('nav-internal')).toHaveAccessibleDescription('7 flujos internos y 5 necesidades de información');
    expect(screen.getByTestId('nav-recommendations')).toHaveAccessibleDescription('2 recomendaciones pendientes de decisión');
  });

  it('refreshes the counts when Rust reports a change', async () => {
    await renderShell();
    // The change carries the counts after the write.
    changed?.(change({ kinds: ['channel'], counts: { records: { ...counts.records, channel: 11 }, pendingRecommendations: 0 } }));
    await waitFor(() => expect(screen.getByTestId('count-channels')).toHaveTextContent('11'));
    expect(screen.getByTestId('count-recommendations')).toHaveTextContent('7');
    expect(screen.getByTestId('count-recommendations')).not.toHaveClass('attention');
    expect(screen.getByTestId('nav-recommendations')).toHaveAccessibleDescription('7 recommendations');
    expect(screen.getByTestId('nav-channels')).toHaveAccessibleDescription('11 channels');
  });

  it('re-bands the brand fit when Rust reports a change of the thresholds', async () => {
    const { user } = await renderShell({
      criteria: [criterion({ id: 1, weight: 1 })],
      channels: [channel({ id: 3, name: 'LinkedIn', ownerDepartmentId: 2, fitScores: [{ criterionId: 1, score: 4 }] })],
    });
    await user.click(screen.getByTestId('nav-fit'));
    expect(await screen.findByRole('rowgroup', { name: 'Strong fit' })).toBeInTheDocument();

    vi.mocked(healthApi.healthSettingsGet).mockResolvedValue({
      cmWeeklyHours: 20,
      answerDays: 10,
      ignoredSharePercent: 25,
      staleMeasurementDays: 60,
      lowFit: 3,
      highFit: 4.5,
      accessReviewMonths: 12,
      drillMonths: 12,
    });
    changed?.(change({ parts: ['health_settings'] }));
    expect(await screen.findByRole('rowgroup', { name: 'Some fit' })).toHaveTextContent('3 to 4.5');
    expect(screen.queryByRole('rowgroup', { name: 'Strong fit' })).not.toBeInTheDocument();
  });

  it('opens a record of another section from a link', async () => {
    const { user } = await renderShell();
    await user.click(screen.getByTestId('nav-channels'));
    await user.click(await screen.findByTestId('channel-row'));
    await user.click(await screen.findByRole('button', { name: 'Marketing' }));
    // The department opens in its own section.
    const editor = await screen.findByRole('dialog', { name: 'Marketing' });
    expect(screen.getByTestId('nav-departments')).toHaveAttribute('aria-current', 'page');
    expect(within(editor).getByTestId('department-name')).toHaveValue('Marketing');
    expect(within(editor).getByRole('button', { name: 'LinkedIn' })).toBeInTheDocument();
  });

  it('draws a section the pointer rests on ahead, hidden, and leaves the window as it was', async () => {
    const { user } = await renderShell();
    await user.click(screen.getByTestId('nav-channels'));
    await user.click(await screen.findByTestId('channel-row'));
    const editor = await screen.findByRole('dialog', { name: 'LinkedIn' });
    const rows = screen.getAllByTestId('channel-row').length;
    // Resting on Departments draws its view once and drops it: the channel
    // stays open, nothing else shows.
    await user.hover(screen.getByTestId('nav-departments'));
    await waitFor(() => expect(vi.mocked(rehearse)).toHaveBeenCalledWith(DepartmentsView, expect.anything(), expect.anything()));
    expect(screen.getByTestId('nav-channels')).toHaveAttribute('aria-current', 'page');
    expect(editor).toBeInTheDocument();
    expect(screen.getAllByTestId('channel-row')).toHaveLength(rows);
    expect(screen.queryByTestId('department-row')).not.toBeInTheDocument();
    expect(document.querySelector('.rehearsal')).toBeNull();
  });

  it('draws the section the palette highlights ahead, and shows it on Enter', async () => {
    const { user } = await renderShell();
    render(CommandPalette, { props: { actions: () => [] } });
    const palette = await screen.findByTestId('palette');
    await user.type(within(palette).getByRole('combobox'), 'departments');
    await waitFor(() => expect(vi.mocked(rehearse)).toHaveBeenCalledWith(DepartmentsView, expect.anything(), expect.anything()));
    expect(screen.getByTestId('nav-profile')).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByTestId('department-row')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findAllByTestId('department-row')).toHaveLength(2);
    expect(screen.getByTestId('nav-departments')).toHaveAttribute('aria-current', 'page');
  });

  it('creates a department, then saves its edits as they are typed', async () => {
    const { user } = await renderShell();
    vi.mocked(api.recordCreate).mockImplementation((_kind, d) => Promise.resolve(saved(9, d)));
    vi.mocked(api.recordUpdate).mockImplementation((_kind, d) => Promise.resolve(d));
    navigate('departments');
    await user.click(await screen.findByTestId('department-new'));
    await user.type(screen.getByTestId('department-name'), 'Human resources');
    await user.type(screen.getByTestId('department-head'), 'Inés · ext. 2700');
    await user.click(screen.getByTestId('department-save'));
    expect(api.recordCreate).toHaveBeenCalledWith('department', { id: 0, name: 'Human resources', head: 'Inés · ext. 2700', notes: '' });
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(3));

    await user.click(within(screen.getAllByTestId('department-row')[2]!).getByRole('button'));
    await user.type(screen.getByTestId('department-head'), ' (HR)');
    await user.tab();
    await waitFor(() =>
      expect(api.recordUpdate).toHaveBeenLastCalledWith('department', { id: 9, name: 'Human resources', head: 'Inés · ext. 2700 (HR)', notes: '' }),
    );
    expect(screen.getByTestId('save-state')).toHaveTextContent('All changes saved');
  });

  it('shows the strategy document with its preview', async () => {
    const { user } = await renderShell();
    await user.click(screen.getByTestId('nav-document'));
    expect(screen.getByTestId('nav-document')).toHaveTextContent('Document');
    expect(await screen.findByTestId('document-view')).toBeInTheDocument();
    expect(await screen.findByTestId('doc-title')).toHaveAttribute('placeholder', 'Social media and community strategy');
    expect(await screen.findByTestId('doc-page-count')).toHaveTextContent('1 page');
    expect(await screen.findByTestId('doc-versions-empty')).toBeInTheDocument();
  });
});
