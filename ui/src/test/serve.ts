// Answers the mocked read commands of `$lib/api` (see `api-mock.ts`) with
// a workspace, and hands out the store over them.
import { vi } from 'vitest';
import * as api from '../lib/api';
import {
  DEFAULT_HEALTH_SETTINGS,
  type CrisisPlan,
  type HealthSettings,
  type RaciCell,
  type RecordKind,
  type Records,
  type SectionCounts,
  type WorkspaceChange,
} from '../lib/bindings';
import { setLocale } from '../lib/i18n';
import { nav } from '../lib/state/nav.svelte';
import { WorkspaceStore } from '../lib/state/store.svelte';

/** The workspace served: records by kind, the RACI grid, the thresholds. */
export interface Served {
  departments?: Records['department'][];
  activities?: Records['activity'][];
  raci?: RaciCell[];
  audiences?: Records['audience'][];
  criteria?: Records['fit_criterion'][];
  channels?: Records['channel'][];
  objectives?: Records['objective'][];
  measurements?: Records['measurement'][];
  campaigns?: Records['campaign'][];
  flows?: Records['flow'][];
  infoNeeds?: Records['info_need'][];
  recommendations?: Records['recommendation'][];
  holidays?: Records['holiday'][];
  people?: Records['person'][];
  pillars?: Records['pillar'][];
  styles?: Records['style_guide'][];
  levels?: Records['service_level'][];
  budget?: Records['budget_line'][];
  steps?: Records['procedure_step'][];
  /** The health check's thresholds (`health_settings_get`); the defaults if absent. */
  settings?: HealthSettings;
  // The rules people meet.
  policies?: Records['policy'][];
  moderationRules?: Records['moderation_rule'][];
  protocols?: Records['protocol'][];
  crisisLevels?: Records['crisis_level'][];
  pauseSteps?: Records['pause_step'][];
  /** The crisis playbook's settings (`crisis_plan_get`); an empty one if absent. */
  crisisPlan?: CrisisPlan;
}

const KINDS: Record<RecordKind, keyof Served> = {
  department: 'departments',
  activity: 'activities',
  audience: 'audiences',
  fit_criterion: 'criteria',
  channel: 'channels',
  objective: 'objectives',
  measurement: 'measurements',
  campaign: 'campaigns',
  flow: 'flows',
  info_need: 'infoNeeds',
  recommendation: 'recommendations',
  holiday: 'holidays',
  person: 'people',
  pillar: 'pillars',
  style_guide: 'styles',
  service_level: 'levels',
  budget_line: 'budget',
  procedure_step: 'steps',
  policy: 'policies',
  moderation_rule: 'moderationRules',
  protocol: 'protocols',
  crisis_level: 'crisisLevels',
  pause_step: 'pauseSteps',
};

const noCounts: SectionCounts = { records: {}, pendingRecommendations: 0 };

/** The handler the store listens with, once a store watches (`store.watch()`). */
export let emitChange: ((change: WorkspaceChange) => void) | undefined;

/** Answers the read commands with `w` (read at each call, so a test may
 *  change it); returns a store over them. */
export function serve(w: Served = {}): WorkspaceStore {
  vi.mocked(api.sectionCounts).mockResolvedValue(noCounts);
  vi.mocked(api.recordList).mockImplementation((kind) => Promise.resolve([...((w[KINDS[kind]] as never[] | undefined) ?? [])]));
  vi.mocked(api.raciList).mockImplementation(() => Promise.resolve([...(w.raci ?? [])]));
  vi.mocked(api.onWorkspaceChanged).mockImplementation((handler) => {
    emitChange = handler;
    return Promise.resolve(() => {});
  });
  vi.mocked(api.call).mockImplementation((command: string) => {
    if (command === 'health_settings_get') return Promise.resolve({ ...(w.settings ?? DEFAULT_HEALTH_SETTINGS) } as never);
    if (command === 'crisis_plan_get') {
      const empty: CrisisPlan = { spokesChannelId: null, singleVoice: '', postMortem: '', lastDrill: null };
      return Promise.resolve({ ...(w.crisisPlan ?? empty) } as never);
    }
    // No interview begun: the guided start waits for the sidebar.
    if (command === 'interview_get') return Promise.resolve(null as never);
    return Promise.resolve([] as never);
  });
  return new WorkspaceStore();
}

/** Before each test of a view: no answers left from the last test, no
 *  section asked for, the interface in English. */
export function freshView(): void {
  vi.resetAllMocks();
  nav.reset();
  setLocale('en');
}
