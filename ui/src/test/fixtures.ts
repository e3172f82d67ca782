// Test data shaped exactly like the Rust bindings.
import type { ApiError, AppSnapshot, Channel, ChannelInput, Profile } from '../lib/bindings';

export function snapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    workspace: null,
    recent: [],
    language: 'system',
    resolvedLanguage: 'en',
    theme: 'system',
    error: null,
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
    cmName: 'Lucía Ferrer',
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
    name: 'LinkedIn — employers and professionals',
    handle: 'company/empleo-valdoria',
    status: 'active',
    purpose: 'Reach local employers.',
    tone: 'Professional',
    cadence: '3 posts a week',
    owner: 'Lucía Ferrer (CM)',
    weeklyEffortHours: 4,
    rejectionReason: '',
    notes: '',
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    ...overrides,
  };
}

export function channelFrom(id: number, input: ChannelInput): Channel {
  return { ...input, id, createdAt: '2026-04-01T10:00:00Z', updatedAt: '2026-04-01T10:00:00Z' };
}

export function validationError(fields: ApiError['fields']): ApiError {
  return {
    code: 'validation',
    message: fields.length === 1 ? 'One field needs your attention.' : `${fields.length} fields need your attention.`,
    fields,
  };
}
