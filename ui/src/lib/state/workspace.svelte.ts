// Everything the reach views (departments, audiences, channels, brand fit)
// and the health check read from the open workspace. Each part loads the
// first time a view asks for it, and loads again when Rust says the
// workspace changed.
import { getContext, setContext } from 'svelte';
import * as api from '../api';
import * as healthApi from '../api-health';
import { DEFAULT_HEALTH_SETTINGS } from '../domain';
import type {
  Activity,
  Audience,
  Department,
  EntityKind,
  FitCriterion,
  FitMatrix,
  HealthReport,
  HealthSettings,
  RaciCell,
  SectionCounts,
} from '../bindings';
import { ChannelStore } from './channels.svelte';
import { Collection, Loadable } from './collection.svelte';

export type Part =
  'counts' | 'health' | 'healthSettings' | 'departments' | 'activities' | 'raci' | 'audiences' | 'criteria' | 'channels' | 'fit';

/** Every part, for reloading all that was loaded. */
const ALL_PARTS: Part[] = ['counts', 'health', 'healthSettings', 'departments', 'activities', 'raci', 'audiences', 'criteria', 'channels', 'fit'];

/** What may have changed when Rust reports a write of each kind (deleting a
 *  department unlinks channels, deleting a criterion drops scores…). */
const AFFECTS: Record<EntityKind, Part[]> = {
  department: ['departments', 'channels', 'raci'],
  activity: ['activities', 'raci'],
  raci_cell: ['raci'],
  audience: ['audiences', 'channels'],
  fit_criterion: ['criteria', 'fit', 'channels'],
  channel: ['channels', 'audiences', 'fit'],
  objective: [],
  measurement: [],
  campaign: [],
  flow: [],
  info_need: [],
  recommendation: [],
};

export class WorkspaceData {
  counts = new Loadable<SectionCounts>(() => api.sectionCounts());
  departments = new Collection<Department>(() => api.departmentList());
  activities = new Collection<Activity>(() => api.activityList());
  raci = new Loadable<RaciCell[]>(() => api.raciList());
  audiences = new Collection<Audience>(() => api.audienceList());
  criteria = new Collection<FitCriterion>(() => api.criterionList());
  channels = new ChannelStore();
  fit = new Loadable<FitMatrix>(() => api.fitMatrix());
  /** The health check: any change may change it, so it reloads on every one. */
  health = new Loadable<HealthReport>(() => healthApi.healthReport());
  /** The health check's thresholds, which the brand-fit bands follow too.
   *  Saving them reports a change with no kind. */
  healthSettings = new Loadable<HealthSettings>(() => healthApi.healthSettingsGet());

  /** The workspace's thresholds once loaded; the defaults until then, or
   *  when they cannot be loaded. Views that use them ensure 'healthSettings'. */
  thresholds: Readonly<HealthSettings> = $derived(this.healthSettings.value ?? DEFAULT_HEALTH_SETTINGS);

  /** Bumped on every change Rust reports, for views that keep data of their own. */
  version = $state(0);

  part(name: Part): { ensure(): Promise<void>; refresh(): Promise<void>; load(): Promise<void> } {
    return this[name];
  }

  /** Loads the parts a view needs (once). */
  async ensure(...parts: Part[]): Promise<void> {
    await Promise.all(parts.map((name) => this.part(name).ensure()));
  }

  /** Rust wrote `kind` (null: the profile or the health check's settings).
   *  Reloads what was loaded and may differ. */
  changed(kind: EntityKind | null): Promise<void> {
    this.version += 1;
    const parts: Part[] = ['counts', 'health', ...(kind ? AFFECTS[kind] : (['healthSettings'] as const))];
    return Promise.all(parts.map((name) => this.part(name).refresh())).then(() => undefined);
  }

  /** Reloads everything that was loaded (after an undo). */
  refreshAll(): Promise<void> {
    this.version += 1;
    return Promise.all(ALL_PARTS.map((name) => this.part(name).refresh())).then(() => undefined);
  }
}

const KEY = Symbol('workspace-data');

/** Shell shares its data with every view below it. */
export function provideWorkspaceData(data: WorkspaceData): WorkspaceData {
  return setContext(KEY, data);
}

/** The open workspace's data, for views under Shell (null elsewhere). */
export function workspaceData(): WorkspaceData | null {
  return getContext<WorkspaceData | undefined>(KEY) ?? null;
}
