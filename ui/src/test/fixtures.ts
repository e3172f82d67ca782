// Test data shaped exactly like the Rust bindings.
import type {
  Activity,
  ApiError,
  AppSnapshot,
  Audience,
  BackupInfo,
  Channel,
  DeleteImpact,
  Department,
  FitCriterion,
  Profile,
  RestoreOutcome,
  WorkspaceChange,
  WorkspaceInfo,
} from '../lib/bindings';
import { emptyAccount } from '../lib/views/accounts/account';

export function snapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    workspace: null,
    recent: [],
    language: 'system',
    resolvedLanguage: 'en',
    theme: 'system',
    error: null,
    recovery: null,
    ...overrides,
  };
}

/** An open workspace as the snapshot describes it (writable, backups working). */
export function workspaceInfo(overrides: Partial<WorkspaceInfo> = {}): WorkspaceInfo {
  return { path: '/a.rumbo', fileName: 'a.rumbo', title: 'A', readOnly: false, backupProblem: null, ...overrides };
}

export function backupInfo(overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    path: '/home/lucia/Plan 2027.rumbo-backups/Plan 2027.2026-05-11T09-30-12.123Z.scheduled.rumbo',
    takenAt: '2026-05-11T09:30:12.123Z',
    reason: 'scheduled',
    size: 245_760,
    schemaVersion: 3,
    origin: 'own',
    ...overrides,
  };
}

export function restoreOutcome(overrides: Partial<RestoreOutcome> = {}): RestoreOutcome {
  return {
    snapshot: snapshot({ workspace: workspaceInfo() }),
    restored: backupInfo(),
    beforeRestore: backupInfo({ reason: 'before-restore', takenAt: '2026-05-12T08:00:00.000Z', path: '/b/before.rumbo' }),
    damagedMovedTo: null,
    ...overrides,
  };
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    name: 'Valdoria Regional Employment Agency',
    sector: 'Public administration',
    mission: 'Help every person in Valdoria find decent work.',
    culture: 'A public service that listens before it answers.',
    values: 'Closeness · Equal opportunity',
    brandVoice: 'Warm, direct and useful.',
    nameInSentence: '',
    nameGender: null,
    cmName: 'Lucía Ferrer',
    cmTitle: '',
    cmTitleGender: null,
    cmReportsTo: 'Head of Communication',
    languages: ['Spanish', 'English'],
    planningStart: '2027-01-01',
    planningEnd: '2027-12-31',
    ...overrides,
  };
}

export function channel(overrides: Partial<Channel> = {}): Channel {
  return {
    id: 1,
    network: 'linkedin',
    networkName: '',
    name: 'LinkedIn — employers and professionals',
    handle: 'company/empleo-valdoria',
    status: 'active',
    purpose: 'Reach local employers.',
    tone: 'Professional',
    cadence: '3 posts a week',
    owner: 'Lucía Ferrer (CM)',
    ownerDepartmentId: null,
    weeklyEffortHours: 4,
    rejectionReason: '',
    notes: '',
    audienceIds: [],
    fitScores: [],
    commentsOpen: null,
    moderator: '',
    account: emptyAccount(),
    ...overrides,
  };
}

/** What Rust answers to a create or an update: the record, with its id. */
export function saved<T extends { id: number }>(id: number, record: T): T {
  return { ...record, id };
}

export function department(overrides: Partial<Department> = {}): Department {
  return { id: 1, name: 'Social media', head: 'Lucía Ferrer', notes: '', ...overrides };
}

export function activity(overrides: Partial<Activity> = {}): Activity {
  return { id: 1, name: 'Social publishing', position: 1, ...overrides };
}

export function audience(overrides: Partial<Audience> = {}): Audience {
  return {
    id: 1,
    name: 'Young job seekers',
    description: 'First job or back after studies.',
    needs: 'Quick answers.',
    whereabouts: 'Instagram and WhatsApp.',
    channelIds: [],
    ...overrides,
  };
}

export function criterion(overrides: Partial<FitCriterion> = {}): FitCriterion {
  return { id: 1, name: 'Audience presence', description: 'Our audiences are there.', weight: 3, position: 1, ...overrides };
}

export function impact(overrides: Partial<DeleteImpact> = {}): DeleteImpact {
  return { kind: 'channel', name: 'A channel', groups: [], ...overrides };
}

export function validationError(fields: ApiError['fields']): ApiError {
  return {
    code: 'validation',
    message: fields.length === 1 ? 'One field needs your attention.' : `${fields.length} fields need your attention.`,
    fields,
  };
}

/** What Rust's store reports after a write (`workspace-changed`). */
export function change(overrides: Partial<WorkspaceChange> = {}): WorkspaceChange {
  return { kinds: [], parts: [], saved: null, counts: null, ...overrides };
}
