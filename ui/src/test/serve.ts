// Answers the mocked read commands of `$lib/api` (see `api-mock.ts`) with
// a workspace.
import { vi } from 'vitest';
import * as api from '../lib/api';
import type {
  Activity,
  Audience,
  Channel,
  Department,
  FitCriterion,
  HealthSettings,
  Objective,
  RaciCell,
  SectionCounts,
} from '../lib/bindings';
import { DEFAULT_HEALTH_SETTINGS } from '../lib/domain';
import { WorkspaceData } from '../lib/state/workspace.svelte';
import { matrix } from './fixtures';

export interface Served {
  departments?: Department[];
  activities?: Activity[];
  raci?: RaciCell[];
  audiences?: Audience[];
  criteria?: FitCriterion[];
  channels?: Channel[];
  objectives?: Objective[];
  /** The health check's thresholds (`health_settings_get`); the defaults if absent. */
  settings?: HealthSettings;
}

const noCounts: SectionCounts = {
  departments: 0,
  audiences: 0,
  channels: 0,
  objectives: 0,
  campaigns: 0,
  flows: 0,
  infoNeeds: 0,
  recommendations: 0,
  pendingRecommendations: 0,
};

/** Answers the read commands with `w`; returns a WorkspaceData over them. */
export function serve(w: Served = {}): WorkspaceData {
  vi.mocked(api.sectionCounts).mockResolvedValue(noCounts);
  vi.mocked(api.departmentList).mockResolvedValue(w.departments ?? []);
  vi.mocked(api.activityList).mockResolvedValue(w.activities ?? []);
  vi.mocked(api.raciList).mockResolvedValue(w.raci ?? []);
  vi.mocked(api.audienceList).mockResolvedValue(w.audiences ?? []);
  vi.mocked(api.criterionList).mockResolvedValue(w.criteria ?? []);
  vi.mocked(api.channelList).mockResolvedValue(w.channels ?? []);
  vi.mocked(api.fitMatrix).mockResolvedValue(matrix(w.criteria ?? [], w.channels ?? []));
  vi.mocked(api.onWorkspaceChanged).mockResolvedValue(() => {});
  vi.mocked(api.call).mockImplementation((command: string) => {
    if (command === 'objective_list') return Promise.resolve((w.objectives ?? []) as never);
    if (command === 'health_settings_get') return Promise.resolve({ ...(w.settings ?? DEFAULT_HEALTH_SETTINGS) } as never);
    return Promise.resolve([] as never);
  });
  return new WorkspaceData();
}
