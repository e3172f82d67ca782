// Answers the mocked read commands of `$lib/api` (see `api-mock.ts`) with
// a workspace.
import { vi } from 'vitest';
import * as api from '../lib/api';
import type { Activity, Audience, Channel, Department, FitCriterion, Objective, RaciCell, SectionCounts } from '../lib/bindings';
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
  vi.mocked(api.call).mockImplementation((command: string) =>
    Promise.resolve((command === 'objective_list' ? (w.objectives ?? []) : []) as never),
  );
  return new WorkspaceData();
}
