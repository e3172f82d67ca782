// The records a plans view shows, loaded from Rust and refreshed when the
// workspace changes (a write anywhere, an undo), and the health check's
// thresholds for views that flag what they exceed. Editors keep their own
// copy of the record being typed in, so a refresh never resets a form.
import { SvelteMap } from 'svelte/reactivity';
import { asApiError, type ApiError } from '../../api';
import * as healthApi from '../../api-health';
import * as api from '../../api-plans';
import { DEFAULT_HEALTH_SETTINGS } from '../../domain';
import { Loadable } from '../../state/collection.svelte';
import type {
  Campaign,
  Channel,
  Department,
  EntityKind,
  HealthSettings,
  InfoNeed,
  InternalFlow,
  Objective,
  Recommendation,
} from '../../bindings';

export class Collection<T extends { id: number }> {
  list = $state<T[]>([]);
  loaded = $state(false);
  loadError = $state<ApiError | null>(null);
  byId = $derived(new SvelteMap(this.list.map((item) => [item.id, item])));

  #fetch: () => Promise<T[]>;
  #generation = 0;

  constructor(fetch: () => Promise<T[]>) {
    this.#fetch = fetch;
  }

  async load(): Promise<void> {
    const generation = ++this.#generation;
    try {
      const list = await this.#fetch();
      // An older answer that arrives late must not replace a newer one.
      if (generation !== this.#generation) return;
      this.list = list;
      this.loadError = null;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.loadError = asApiError(e);
    } finally {
      if (generation === this.#generation) this.loaded = true;
    }
  }

  upsert(item: T): void {
    const index = this.list.findIndex((x) => x.id === item.id);
    if (index === -1) this.list.push(item);
    else this.list[index] = item;
  }

  remove(id: number): void {
    this.list = this.list.filter((x) => x.id !== id);
  }
}

export type CollectionName =
  | 'objectives'
  | 'campaigns'
  | 'flows'
  | 'infoNeeds'
  | 'recommendations'
  | 'departments'
  | 'channels';

/** What a plans view may load: lists, and the health check's thresholds
 *  (changed with a change of no kind, as the profile is). */
export type PartName = CollectionName | 'healthSettings';

/** Which lists a change of each kind can alter (a deletion unlinks). */
const AFFECTS: Record<EntityKind, CollectionName[]> = {
  objective: ['objectives', 'campaigns'],
  measurement: [],
  campaign: ['campaigns'],
  flow: ['flows', 'infoNeeds'],
  info_need: ['infoNeeds'],
  recommendation: ['recommendations'],
  department: ['departments', 'objectives', 'campaigns', 'flows', 'infoNeeds', 'recommendations'],
  channel: ['channels', 'objectives'],
  audience: [],
  activity: [],
  fit_criterion: [],
  raci_cell: [],
};

export class PlansData {
  objectives = new Collection<Objective>(api.objectiveList);
  campaigns = new Collection<Campaign>(api.campaignList);
  flows = new Collection<InternalFlow>(api.flowList);
  infoNeeds = new Collection<InfoNeed>(api.infoNeedList);
  recommendations = new Collection<Recommendation>(api.recommendationList);
  departments = new Collection<Department>(api.departmentList);
  channels = new Collection<Channel>(api.channelList);
  healthSettings = new Loadable<HealthSettings>(() => healthApi.healthSettingsGet());

  /** The workspace's thresholds once loaded; the defaults until then, or
   *  when they cannot be loaded (only with 'healthSettings' used). */
  thresholds: Readonly<HealthSettings> = $derived(this.healthSettings.value ?? DEFAULT_HEALTH_SETTINGS);

  #used: PartName[];

  /** `used`: what this view shows. */
  constructor(used: PartName[]) {
    this.#used = used;
  }

  load(): Promise<void> {
    return Promise.all(this.#used.map((name) => this[name].load())).then(() => undefined);
  }

  /** Reloads what a change of `kind` may have altered. */
  refresh(kind: EntityKind | null): Promise<void> {
    const touched = kind === null ? this.#used : AFFECTS[kind].filter((name) => this.#used.includes(name));
    return Promise.all(touched.map((name) => this[name].load())).then(() => undefined);
  }

  /** Loads the lists and follows the workspace's changes until the returned
   *  function is called. `onchange` hears every change too. */
  watch(onchange?: (kind: EntityKind | null) => void): () => void {
    let stop: (() => void) | null = null;
    let gone = false;
    void this.load();
    api
      .onPlansChanged((kind) => {
        void this.refresh(kind);
        onchange?.(kind);
      })
      .then((unlisten) => {
        if (gone) unlisten();
        else stop = unlisten;
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      stop?.();
    };
  }
}

/** The department's name, or '' when none. */
export function departmentName(data: PlansData, id: number | null): string {
  return id === null ? '' : (data.departments.byId.get(id)?.name ?? '');
}
