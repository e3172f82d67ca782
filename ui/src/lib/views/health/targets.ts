// Where a finding sends the person who wants to fix it: the section, the
// record to open there, and the form control to focus.
import type { Finding } from '../../bindings';
import type { NavigateOptions, Section } from '../../state/nav.svelte';

export interface Destination {
  section: Section;
  id: number | null;
  options: NavigateOptions;
}

/** The prefix of the form controls' ids in each editor (`objective-kpiMetric`). */
const PREFIX: Partial<Record<Finding['target']['entity'], string>> = {
  profile: 'profile',
  department: 'department',
  channel: 'channel',
  objective: 'objective',
  campaign: 'campaign',
  internal_flow: 'flow',
  info_need: 'info-need',
  recommendation: 'recommendation',
  account: 'account',
  person: 'person',
  pillar: 'pillar',
  service_level: 'level',
  health_settings: 'health',
  policy: 'policy',
  moderation_rule: 'moderation',
  crisis_level: 'crisis-level',
  crisis_plan: 'crisis',
};

const SECTION_OF: Record<Finding['section'], Section> = {
  organization: 'profile',
  departments: 'departments',
  audiences: 'audiences',
  channels: 'channels',
  accounts: 'accounts',
  editorial: 'editorial',
  objectives: 'objectives',
  campaigns: 'campaigns',
  internal: 'internal',
  recommendations: 'recommendations',
  conduct: 'conduct',
  crisis: 'crisis',
  policies: 'policies',
};

/** Where a rule's "Fix it" lands, when not on the field its finding names:
 *  a new record with what the finding knows, a list shown a certain way, or
 *  another control of the record. Every rule's landing is checked in the
 *  window (tests/fix_it_window.rs). */
const LANDING: Record<string, (finding: Finding) => Destination> = {
  // The CM's role in one department or none: the RACI grid, at a department
  // with no role yet.
  'cm-role-single-department': () => ({ section: 'departments', id: null, options: { view: 'raci' } }),
  'no-audiences': () => ({ section: 'audiences', id: null, options: { create: {}, focusElementId: 'audience-name' } }),
  'no-channels': () => ({ section: 'channels', id: null, options: { create: {}, focusElementId: 'channel-network' } }),
  'no-objectives': () => ({ section: 'objectives', id: null, options: { create: {}, focusElementId: 'objective-title' } }),
  // An active channel with a low fit: decide its status (or score it again).
  'channel-low-fit-active': (f) => ({ section: 'channels', id: f.target.id, options: { focusElementId: 'channel-status' } }),
  // A channel no objective uses: decide whether it stays.
  'channel-without-objective': (f) => ({ section: 'channels', id: f.target.id, options: { focusElementId: 'channel-status' } }),
  // Too many hours: the channels by their hours, the heaviest focused, rather
  // than the CM's own capacity.
  'effort-over-capacity': () => ({ section: 'channels', id: null, options: { view: 'by-hours' } }),
  // An objective nobody measured: the new measurement's value.
  'objective-unmeasured': (f) => ({ section: 'objectives', id: f.target.id, options: { focusElementId: 'measurement-value' } }),
  'no-internal-plan': () => ({ section: 'internal', id: null, options: { create: {}, focusElementId: 'flow-name' } }),
  // Nothing comes back to the CM: a new flow from a department to the CM.
  'no-feedback-path': () => ({
    section: 'internal',
    id: null,
    options: { create: { direction: 'department_to_cm' }, focusElementId: 'flow-name' },
  }),
  // A department with no flow: a new flow to it.
  'department-no-flow': (f) => ({
    section: 'internal',
    id: null,
    options: { create: { direction: 'cm_to_department', departmentId: f.target.id }, focusElementId: 'flow-name' },
  }),
  // A department that tells the CM nothing: a new flow from it.
  'department-gives-no-information': (f) => ({
    section: 'internal',
    id: null,
    options: { create: { direction: 'department_to_cm', departmentId: f.target.id }, focusElementId: 'flow-name' },
  }),
  // No pillars at all: a new one; a channel that carries none: a pillar, at
  // the box that makes the channel carry it.
  'channel-without-pillar': (f) =>
    f.target.entity === 'channel' && f.target.id !== null
      ? { section: 'editorial', id: null, options: { view: `carry-${f.target.id}` } }
      : { section: 'editorial', id: null, options: { create: {}, focusElementId: 'pillar-name' } },
  // Too many ignored recommendations: those, listed.
  'recommendations-ignored': () => ({
    section: 'recommendations',
    id: null,
    options: { view: 'ignored', focusElementId: 'recommendation-filter-ignored' },
  }),
};

export function destination(finding: Finding): Destination {
  const landing = LANDING[finding.rule];
  if (landing) return landing(finding);
  const { entity, id, field } = finding.target;
  const prefix = PREFIX[entity];
  const options: NavigateOptions = prefix && field ? { focusElementId: `${prefix}-${field}` } : {};
  switch (entity) {
    case 'profile':
      return { section: 'profile', id: null, options };
    case 'department':
      return { section: 'departments', id, options };
    case 'channel':
      return { section: 'channels', id, options };
    case 'objective':
      return { section: 'objectives', id, options };
    case 'campaign':
      return { section: 'campaigns', id, options };
    case 'internal_flow':
      return { section: 'internal', id, options };
    case 'info_need':
      return { section: 'internal', id, options: { ...options, kind: 'info_need' } };
    case 'recommendation':
      return { section: 'recommendations', id, options };
    case 'account':
      return { section: 'accounts', id, options };
    case 'person':
      return { section: 'team', id, options: { ...options, kind: 'person' } };
    case 'pillar':
      return { section: 'editorial', id, options: { ...options, kind: 'pillar' } };
    case 'service_level':
      return { section: 'editorial', id, options: { ...options, kind: 'service_level' } };
    case 'health_settings':
      return { section: 'health', id: null, options };
    case 'policy':
      // No house rules yet: write them where people meet them.
      if (id === null) return { section: 'conduct', id: null, options: { focusElementId: 'conduct-house-rules' } };
      return { section: 'policies', id, options };
    case 'moderation_rule':
      return { section: 'conduct', id, options };
    case 'crisis_level':
      if (id === null) return { section: 'crisis', id: null, options: { focusElementId: 'crisis-level-new' } };
      return { section: 'crisis', id, options: field === 'statements' ? { focusElementId: 'crisis-level-statements' } : options };
    case 'crisis_plan':
      return { section: 'crisis', id: null, options };
    case 'workspace':
      return { section: SECTION_OF[finding.section], id: null, options: {} };
  }
}
