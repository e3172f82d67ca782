// The open workspace as the window holds it: a list of every kind of record
// (`RECORD_KINDS`, from Rust), the sidebar's counts, the RACI grid, the
// health check and its thresholds. Views ask for what they show
// (`store.ensure('channel', 'fit_criterion')`); each part loads once, then
// follows Rust's `workspace-changed` events, which say what a write changed
// as the store in Rust saw it. Records are created and saved through here,
// so that the answer is in its list at once and the event need not reload
// it; after a deletion (`DeleteButton`) its owner takes the record out.
import * as api from '../api';
import * as healthApi from '../api-health';
import * as rulesApi from '../api-rules';
import {
  DEFAULT_HEALTH_SETTINGS,
  RECORD_KINDS,
  type Channel,
  type CrisisPlan,
  type FitMatrix,
  type HealthReport,
  type HealthSettings,
  type RaciCell,
  type RecordKind,
  type Records,
  type SectionCounts,
  type WorkspaceChange,
} from '../bindings';
import { fitMatrix } from '../domain';
import { Collection, Loadable } from './collection.svelte';

/** What a view can ask the store to load. */
export type Part = RecordKind | 'counts' | 'raci' | 'health' | 'healthSettings' | 'crisisPlan';

type RecordLists = { [K in RecordKind]: Collection<Records[K]> };

/** How long the health check waits for a burst of changes to end. */
export const HEALTH_DELAY_MS = 400;

export class WorkspaceStore {
  /** Every kind of record, by kind. */
  readonly records: RecordLists;
  counts = new Loadable<SectionCounts>(() => api.sectionCounts());
  raci = new Loadable<RaciCell[]>(() => api.raciList());
  /** The health check: any change may change it; it is asked again once a
   *  burst of changes is over. */
  health = new Loadable<HealthReport>(() => healthApi.healthReport());
  /** The health check's thresholds, which the brand-fit bands and the
   *  recommendations' long wait follow too. */
  healthSettings = new Loadable<HealthSettings>(() => healthApi.healthSettingsGet());
  /** The crisis playbook's settings (the single voice, the post-mortem
   *  template, the last drill). */
  crisisPlan = new Loadable<CrisisPlan>(() => rulesApi.crisisPlanGet());

  /** The workspace's thresholds once loaded; the defaults until then, or
   *  when they cannot be loaded (views that use them ensure 'healthSettings'). */
  thresholds: Readonly<HealthSettings> = $derived(this.healthSettings.value ?? DEFAULT_HEALTH_SETTINGS);

  /** The brand-fit matrix of the channels and criteria loaded. */
  fit: FitMatrix = $derived.by(() =>
    fitMatrix(
      this.records.channel.list,
      [...this.records.fit_criterion.list].sort((a, b) => a.position - b.position),
    ),
  );

  /** Bumped on every change Rust reports, for what is computed from the
   *  whole workspace (the document's preview). */
  version = $state(0);

  #healthTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    const lists: Partial<Record<RecordKind, Collection<Records[RecordKind]>>> = {};
    for (const kind of RECORD_KINDS) lists[kind] = new Collection(() => api.recordList(kind), kind);
    this.records = lists as RecordLists;
  }

  part(name: Part): { ensure(): Promise<void>; refresh(): Promise<void>; load(): Promise<void> } {
    if (name === 'counts' || name === 'raci' || name === 'health' || name === 'healthSettings' || name === 'crisisPlan') return this[name];
    return this.records[name];
  }

  /** Loads what a view shows (each part once). */
  async ensure(...parts: Part[]): Promise<void> {
    await Promise.all(parts.map((name) => this.part(name).ensure()));
  }

  // -- writes: every record the window writes goes through here ------------

  /** Creates a record; it is in its list when this resolves. */
  async create<K extends RecordKind>(kind: K, record: Records[K]): Promise<Records[K]> {
    const created = await api.recordCreate(kind, record);
    this.records[kind].upsert(created);
    return created;
  }

  /** Saves a record's changes; the list holds the answer when this resolves. */
  async update<K extends RecordKind>(kind: K, record: Records[K]): Promise<Records[K]> {
    const saved = await api.recordUpdate(kind, record);
    this.records[kind].upsert(saved);
    return saved;
  }

  /** Scores a channel on a criterion (`null` clears it). */
  async setFitScore(channelId: number, criterionId: number, score: number | null): Promise<Channel> {
    const channel = await api.fitSetScore(channelId, criterionId, score);
    this.records.channel.upsert(channel);
    return channel;
  }

  /** Puts the activities in this order. */
  async reorderActivities(ids: number[]): Promise<void> {
    this.records.activity.replace(await api.activityReorder(ids));
  }

  // -- Rust's account of each write ------------------------------------------

  /** Rust wrote to the workspace: reloads exactly what changed, once, and
   *  the health check when the changes stop. A record the window saved
   *  (`change.saved`) is in its list already, from the command's answer. */
  apply(change: WorkspaceChange): void {
    this.version += 1;
    if (change.counts) {
      this.counts.supersede();
      this.counts.set(change.counts);
    }
    for (const kind of change.kinds.filter((k, i, all) => all.indexOf(k) === i)) {
      if (kind === change.saved?.kind) continue;
      if (kind === 'raci_cell') void this.raci.refresh();
      else void this.records[kind].refresh();
    }
    if (change.parts.includes('health_settings')) void this.healthSettings.refresh();
    if (change.parts.includes('crisis_plan')) void this.crisisPlan.refresh();
    this.#checkHealthSoon();
  }

  /** Follows Rust's changes until the returned function is called. */
  watch(): () => void {
    let stop: (() => void) | null = null;
    let gone = false;
    api
      .onWorkspaceChanged((change) => this.apply(change))
      .then((unlisten) => {
        if (gone) unlisten();
        else stop = unlisten;
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      stop?.();
      this.#cancelHealth();
    };
  }

  #checkHealthSoon(): void {
    this.#cancelHealth();
    this.#healthTimer = setTimeout(() => {
      this.#healthTimer = null;
      void this.health.refresh();
    }, HEALTH_DELAY_MS);
  }

  #cancelHealth(): void {
    if (this.#healthTimer !== null) clearTimeout(this.#healthTimer);
    this.#healthTimer = null;
  }
}
