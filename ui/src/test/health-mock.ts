// A stand-in for `$lib/api-health` in tests of the shell and the app: a
// fixed report (score 72, one open error) and settings (the defaults; a
// test may answer others with `vi.mocked(healthSettingsGet)`). In a test file:
//
//   vi.mock('$lib/api-health', async () => (await import('../../test/health-mock')).mockHealthApi());
import { vi } from 'vitest';
import { DEFAULT_HEALTH_SETTINGS, type HealthReport, type HealthSettings } from '../lib/bindings';

export const HEALTH_REPORT: HealthReport = {
  asOf: '2026-11-23',
  score: 72,
  points: 72,
  ceiling: 100,
  missing: [],
  findings: [
    {
      key: 'objective-presence/objective/4',
      rule: 'objective-presence',
      severity: 'error',
      section: 'objectives',
      message: 'The objective “Be on TikTok” only asks for presence.',
      principle: 'Being present on social networks is never an objective in itself.',
      target: { entity: 'objective', id: 4, field: 'title' },
      acknowledged: null,
    },
  ],
  counts: { errors: 1, warnings: 0, advice: 0, acknowledged: 0 },
  breakdown: [],
};

export function mockHealthApi(): Record<string, unknown> {
  return {
    healthReport: () => Promise.resolve(HEALTH_REPORT),
    healthScoreExplanation: () => Promise.resolve('Each rule is worth points.'),
    healthSettingsGet: vi.fn(() => Promise.resolve({ ...DEFAULT_HEALTH_SETTINGS })),
    healthSettingsSave: (settings: HealthSettings) => Promise.resolve(settings),
    acknowledgementSave: () => Promise.reject(new Error('not in this test')),
    acknowledgementWithdraw: () => Promise.resolve(),
  };
}
