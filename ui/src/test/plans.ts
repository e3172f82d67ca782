// Test data of the plans (objectives, campaigns, internal communication,
// recommendations) shaped exactly like the Rust bindings.
import type { ApiError, Campaign, Department, Flow, Objective, Recommendation } from '../lib/bindings';

export function department(overrides: Partial<Department> = {}): Department {
  return { id: 1, name: 'Communication & Marketing', head: 'Andrés Molina', notes: '', ...overrides };
}

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 1,
    title: 'Double job-seeker registrations that come from social media',
    description: '',
    kind: 'leads',
    kpiMetric: 'Registrations from social links',
    kpiUnit: 'per month',
    baseline: 120,
    target: 240,
    start: '2026-03-01',
    deadline: '2027-02-28',
    owner: 'Lucía Ferrer',
    status: 'active',
    channelIds: [],
    departmentIds: [],
    ...overrides,
  };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 1,
    name: 'Spring Job Fair 2026',
    description: '',
    departmentId: null,
    start: '2026-04-06',
    end: '2026-04-24',
    affectsCommunity: true,
    cmInvolved: true,
    objectiveIds: [],
    moderator: '',
    ...overrides,
  };
}

export function flow(overrides: Partial<Flow> = {}): Flow {
  return {
    id: 1,
    name: 'Weekly content sync',
    direction: 'cm_to_department',
    departmentIds: [1],
    audience: '',
    channel: 'meeting',
    cadence: { kind: 'weekly', start: '2026-03-02', everyWeeks: 1, until: null },
    owner: '',
    feedback: 'Shared agenda',
    ...overrides,
  };
}

export function recommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id: 1,
    kind: 'recommendation',
    title: 'Retire the X account',
    recipient: 'Andrés Molina',
    departmentId: null,
    date: '2026-02-10',
    rationale: '',
    decision: 'accepted',
    decisionDate: '2026-03-01',
    decisionRationale: '',
    outcome: '',
    ...overrides,
  };
}

export function validation(fields: ApiError['fields']): ApiError {
  return { code: 'validation', message: 'One field needs your attention.', fields };
}
