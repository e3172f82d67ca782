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
  health_settings: 'health',
};

const SECTION_OF: Record<Finding['section'], Section> = {
  organization: 'profile',
  departments: 'departments',
  audiences: 'audiences',
  channels: 'channels',
  objectives: 'objectives',
  campaigns: 'campaigns',
  internal: 'internal',
  recommendations: 'recommendations',
};

/** Findings fixed by adding something elsewhere than on the record they name. */
const FIXED_IN_SECTION: Record<string, Section> = {
  // A department with no flow, or that tells the CM nothing: add a flow.
  'department-no-flow': 'internal',
  'department-gives-no-information': 'internal',
};

export function destination(finding: Finding): Destination {
  const elsewhere = FIXED_IN_SECTION[finding.rule];
  if (elsewhere) return { section: elsewhere, id: null, options: {} };
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
    case 'health_settings':
      return { section: 'health', id: null, options };
    case 'workspace':
      return { section: SECTION_OF[finding.section], id: null, options: {} };
  }
}
