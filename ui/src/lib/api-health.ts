// Typed wrappers for the health check: the report, its thresholds and the
// findings accepted as a known risk. Components import these, so tests can
// replace this module with `vi.mock`.
import { call } from './api';
import type { Acknowledgement, HealthReport, HealthSettings } from './bindings';

/** The health check of the open workspace, in the interface language, as of today. */
export const healthReport = (): Promise<HealthReport> => call('health_report');
/** How the readiness score is computed, in the interface language. */
export const healthScoreExplanation = (): Promise<string> => call('health_score_explanation');

export const healthSettingsGet = (): Promise<HealthSettings> => call('health_settings_get');
export const healthSettingsSave = (settings: HealthSettings): Promise<HealthSettings> =>
  call('health_settings_save', { settings });

/** Accepts the finding `key` as a known risk, for `reason` (dated today). */
export const acknowledgementSave = (key: string, reason: string): Promise<Acknowledgement> =>
  call('acknowledgement_save', { key, reason });
export const acknowledgementWithdraw = (key: string): Promise<void> => call('acknowledgement_withdraw', { key });
