import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as healthApi from '../../api-health';
import { DEFAULT_HEALTH_SETTINGS, type Finding, type HealthReport } from '../../bindings';
import { setLocale } from '../../i18n';
import { nav } from '../../state/nav.svelte';
import { WorkspaceStore } from '../../state/store.svelte';
import HealthView from './HealthView.svelte';
import { scoreBand } from './score';
import { destination } from './targets';

vi.mock('$lib/api-health', () => ({
  healthReport: vi.fn(),
  healthScoreExplanation: vi.fn(),
  healthSettingsGet: vi.fn(),
  healthSettingsSave: vi.fn(),
  acknowledgementSave: vi.fn(),
  acknowledgementWithdraw: vi.fn(),
}));

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    key: 'campaign-without-cm/campaign/2',
    rule: 'campaign-without-cm',
    severity: 'error',
    section: 'campaigns',
    message: 'The campaign “Launch” affects the community but was decided without you.',
    principle: 'Campaigns led without the community’s interests at heart tend to fail.',
    target: { entity: 'campaign', id: 2, field: 'cmInvolved' },
    acknowledged: null,
    ...overrides,
  };
}

function report(findings: Finding[]): HealthReport {
  const open = findings.filter((f) => !f.acknowledged);
  return {
    asOf: '2026-11-23',
    score: 84,
    points: 84,
    ceiling: 100,
    missing: [],
    findings,
    counts: {
      errors: open.filter((f) => f.severity === 'error').length,
      warnings: open.filter((f) => f.severity === 'warning').length,
      advice: open.filter((f) => f.severity === 'advice').length,
      acknowledged: findings.length - open.length,
    },
    breakdown: [],
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
  vi.mocked(healthApi.healthScoreExplanation).mockResolvedValue('Each rule is worth points.');
  vi.mocked(healthApi.healthSettingsGet).mockResolvedValue({ ...DEFAULT_HEALTH_SETTINGS });
});

describe('health view', () => {
  it('says what it could not check because the workspace marks it as not known, apart from the findings', async () => {
    const message =
      'The weekly effort of “WhatsApp” is not known, so Rumbo cannot tell whether the channels fit in the 20 hours you can give them (the known ones need 12).';
    vi.mocked(healthApi.healthReport).mockResolvedValue({
      ...report([]),
      breakdown: [
        { rule: 'effort-over-capacity', title: 'The channels fit in your week', severity: 'warning', weight: 2, checked: 0, failing: 0, earned: 0, cannotCheck: message },
        { rule: 'no-channels', title: 'Channels in use', severity: 'error', weight: 3, checked: 1, failing: 0, earned: 3, cannotCheck: null },
      ],
    });
    render(HealthView, { data: new WorkspaceStore() });

    const unchecked = await screen.findByTestId('health-unchecked');
    expect(within(unchecked).getByRole('heading')).toHaveTextContent('What Rumbo could not check');
    expect(within(unchecked).getAllByRole('listitem')).toHaveLength(1);
    expect(unchecked).toHaveTextContent(`The channels fit in your week. ${message}`);
    // Not a finding: nothing to fix or accept, and the empty state still shows.
    expect(screen.getByTestId('health-empty')).toBeInTheDocument();
  });

  it('shows a finding of every section, each under its heading in the sidebar’s order', async () => {
    const sections: Finding['section'][] = ['recommendations', 'audiences', 'organization', 'internal', 'departments', 'campaigns', 'objectives', 'channels'];
    vi.mocked(healthApi.healthReport).mockResolvedValue(
      report(sections.map((section, i) => finding({ key: `r${i}/workspace`, rule: `r${i}`, severity: 'warning', section, message: `About ${section}.` }))),
    );
    render(HealthView, { data: new WorkspaceStore() });

    const warnings = await screen.findByTestId('health-group-warning');
    expect(within(warnings).getAllByTestId('finding')).toHaveLength(sections.length);
    expect(within(warnings).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Organization',
      'Departments & CM role',
      'Audiences',
      'Channels',
      'Objectives',
      'Campaigns',
      'Internal communication',
      'Recommendations',
    ]);
  });

  it('groups findings by severity and section, and keeps a refused reason', async () => {
    const low = finding({
      key: 'channel-low-fit-active/channel/5',
      rule: 'channel-low-fit-active',
      severity: 'warning',
      section: 'channels',
      message: 'Facebook fits poorly.',
      target: { entity: 'channel', id: 5, field: null },
    });
    vi.mocked(healthApi.healthReport).mockResolvedValue(report([finding(), low]));
    vi.mocked(healthApi.acknowledgementSave).mockRejectedValue({
      code: 'validation',
      message: 'Check the highlighted fields.',
      fields: [{ field: 'reason', code: 'too_long', message: 'Shorten the reason.' }],
    });
    render(HealthView, { data: new WorkspaceStore() });

    const errors = await screen.findByTestId('health-group-error');
    expect(errors).toHaveTextContent('Launch');
    expect(errors).toHaveTextContent('Campaigns');
    expect(screen.getByTestId('health-group-warning')).toHaveTextContent('Facebook fits poorly.');
    expect(screen.getByTestId('health-counts')).toHaveTextContent('1 error');
    expect(screen.getByTestId('health-score')).toHaveTextContent('84');

    const user = userEvent.setup();
    const item = within(screen.getByTestId('health-group-warning')).getByTestId('finding');
    await user.click(within(item).getByTestId('finding-accept'));
    const reason = within(item).getByTestId('ack-reason');
    // Required: marked, said to screen readers, and asked for before Rust is.
    expect(reason).toHaveAttribute('aria-required', 'true');
    expect(within(item).getByText('*')).toBeInTheDocument();
    await user.type(reason, '  ');
    await user.click(within(item).getByTestId('ack-confirm'));
    expect(reason).toHaveAccessibleDescription(/^This field is required\./);
    expect(reason).toHaveFocus();
    expect(healthApi.acknowledgementSave).not.toHaveBeenCalled();

    // Rust's refusal shows there too, and the form stays open with what was typed.
    await user.type(reason, 'Kept for the older public.');
    await user.click(within(item).getByTestId('ack-confirm'));
    await waitFor(() => expect(item).toHaveTextContent('Shorten the reason.'));
    expect(healthApi.acknowledgementSave).toHaveBeenCalledWith('channel-low-fit-active/channel/5', '  Kept for the older public.');
    expect(reason).toHaveValue('  Kept for the older public.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
  });

  it('lists accepted risks apart, with their reason', async () => {
    const accepted = finding({ acknowledged: { key: 'campaign-without-cm/campaign/2', reason: 'A one-off.', date: '2026-11-20' } });
    vi.mocked(healthApi.healthReport).mockResolvedValue(report([accepted]));
    render(HealthView, { data: new WorkspaceStore() });
    const group = await screen.findByTestId('health-group-acknowledged');
    expect(group).toHaveTextContent('A one-off.');
    expect(group).toHaveTextContent('Accepted on 20 Nov 2026');
    expect(screen.getByTestId('health-empty')).toHaveTextContent('No findings');
  });

  it('edits the thresholds the workspace shares: the brand-fit screens follow a save at once', async () => {
    vi.mocked(healthApi.healthReport).mockResolvedValue(report([]));
    vi.mocked(healthApi.healthSettingsSave).mockImplementation((settings) => Promise.resolve(settings));
    const data = new WorkspaceStore();
    render(HealthView, { data });
    const user = userEvent.setup();
    const highFit = await screen.findByLabelText('Brand fit from this is high (0–5)');
    expect(highFit).toHaveValue('3.5');
    expect(healthApi.healthSettingsGet).toHaveBeenCalledTimes(1);

    await user.clear(highFit);
    await user.type(highFit, '4.5');
    await user.tab();
    await waitFor(() => expect(healthApi.healthSettingsSave).toHaveBeenCalledWith(expect.objectContaining({ lowFit: 2.5, highFit: 4.5 })));
    await waitFor(() => expect(data.thresholds.highFit).toBe(4.5));
  });

  it('asks for the thresholds again when the workspace could not load them', async () => {
    vi.mocked(healthApi.healthReport).mockResolvedValue(report([]));
    vi.mocked(healthApi.healthSettingsGet).mockRejectedValueOnce({ code: 'internal', message: 'Busy.', fields: [] });
    const data = new WorkspaceStore();
    await data.ensure('healthSettings');
    expect(data.healthSettings.loadError).not.toBeNull();
    expect(data.thresholds.highFit).toBe(3.5);
    render(HealthView, { data });
    expect(await screen.findByLabelText('Brand fit from this is high (0–5)')).toHaveValue('3.5');
    expect(healthApi.healthSettingsGet).toHaveBeenCalledTimes(2);
  });

  it('"Fix it" opens the record and asks for its field', async () => {
    vi.mocked(healthApi.healthReport).mockResolvedValue(report([finding()]));
    render(HealthView, { data: new WorkspaceStore() });
    await userEvent.setup().click(await screen.findByTestId('finding-fix'));
    expect(nav.section).toBe('campaigns');
    expect(nav.request).toEqual({ section: 'campaigns', id: 2, kind: undefined });
    expect(nav.focus).toEqual({ elementId: 'campaign-cmInvolved' });
  });

  it('"Fix it" on a department with no flow asks for a new flow to it', async () => {
    vi.mocked(healthApi.healthReport).mockResolvedValue(report([finding({ rule: 'department-no-flow', key: 'department-no-flow/department/4', target: { entity: 'department', id: 4, field: null } })]));
    render(HealthView, { data: new WorkspaceStore() });
    await userEvent.setup().click(await screen.findByTestId('finding-fix'));
    expect(nav.section).toBe('internal');
    expect(nav.request).toBeNull();
    expect(nav.intent).toEqual({ section: 'internal', kind: undefined, create: { direction: 'cm_to_department', departmentId: 4 }, view: undefined });
    expect(nav.focus).toEqual({ elementId: 'flow-name' });
  });
});

describe('destinations and bands', () => {
  it('sends each finding where it is fixed', () => {
    expect(destination(finding({ target: { entity: 'info_need', id: 4, field: null }, section: 'internal' }))).toEqual({
      section: 'internal',
      id: 4,
      options: { kind: 'info_need' },
    });
    expect(destination(finding({ rule: 'department-no-flow', target: { entity: 'department', id: 7, field: null } }))).toEqual({
      section: 'internal',
      id: null,
      options: { create: { direction: 'cm_to_department', departmentId: 7 }, focusElementId: 'flow-name' },
    });
    expect(destination(finding({ rule: 'department-gives-no-information', target: { entity: 'department', id: 3, field: null } })).options.create).toEqual({
      direction: 'department_to_cm',
      departmentId: 3,
    });
    // Too many hours: the channels by hours, not the CM's own capacity.
    expect(destination(finding({ rule: 'effort-over-capacity', target: { entity: 'health_settings', id: null, field: 'cmWeeklyHours' } }))).toEqual({
      section: 'channels',
      id: null,
      options: { view: 'by-hours' },
    });
    expect(destination(finding({ rule: 'objective-unmeasured', target: { entity: 'objective', id: 5, field: null } }))).toEqual({
      section: 'objectives',
      id: 5,
      options: { focusElementId: 'measurement-value' },
    });
    expect(destination(finding({ target: { entity: 'profile', id: null, field: 'culture' }, section: 'organization' }))).toEqual({
      section: 'profile',
      id: null,
      options: { focusElementId: 'profile-culture' },
    });
    expect(destination(finding({ target: { entity: 'workspace', id: null, field: null }, section: 'recommendations' })).section).toBe('recommendations');
    // The operative half: an account's field, a service level's, a pillar's.
    expect(destination(finding({ rule: 'account-no-two-factor', target: { entity: 'account', id: 4, field: 'twoFactor' }, section: 'accounts' }))).toEqual({
      section: 'accounts',
      id: 4,
      options: { focusElementId: 'account-twoFactor' },
    });
    expect(destination(finding({ rule: 'service-level-uncovered', target: { entity: 'service_level', id: 2, field: 'responseTime' }, section: 'editorial' }))).toEqual({
      section: 'editorial',
      id: 2,
      options: { focusElementId: 'level-responseTime', kind: 'service_level' },
    });
    // A channel that carries no pillar: a pillar, at that channel's box; no
    // pillars at all: a new one.
    expect(destination(finding({ rule: 'channel-without-pillar', target: { entity: 'channel', id: 9, field: null }, section: 'editorial' }))).toEqual({
      section: 'editorial',
      id: null,
      options: { view: 'carry-9' },
    });
    expect(destination(finding({ rule: 'channel-without-pillar', target: { entity: 'workspace', id: null, field: null }, section: 'editorial' }))).toEqual({
      section: 'editorial',
      id: null,
      options: { create: {}, focusElementId: 'pillar-name' },
    });
  });

  it('never calls a strategy with an open error ready', () => {
    expect(scoreBand(92, 0)).toBe('ready');
    expect(scoreBand(92, 1)).toBe('work');
    expect(scoreBand(49, 0)).toBe('weak');
  });
});
