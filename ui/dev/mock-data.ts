// Development only: the fake backend's workspace, in memory. `doc` is the
// open workspace in the interchange format Rust exports (the real sample in
// `sample.en.json` / `sample.es.json`); `mock.ts` and `mock-plans.ts` read and
// change it in place. For every kind of record (the plans' too), `mock.ts`
// answers `delete_impact`, `record_delete` and `undo_delete`, with the links
// cut and put back as Rust does.
import { emit } from '@tauri-apps/api/event';
import {
  DEFAULT_HEALTH_SETTINGS,
  RECORD_KINDS,
  type Activity,
  type Audience,
  type BudgetLine,
  type Campaign,
  type Channel,
  type ChannelStatus,
  type CrisisLevel,
  type CrisisPlan,
  type ModerationRule,
  type PauseStep,
  type Policy,
  type Protocol,
  type Department,
  type EntityKind,
  type FitCriterion,
  type Flow,
  type HealthSettings,
  type Holiday,
  type InfoNeed,
  type Lang,
  type Measurement,
  type Network,
  type Objective,
  type Person,
  type Pillar,
  type ProcedureStep,
  type Profile,
  type RaciCell,
  type Recommendation,
  type RecordKind,
  type SectionCounts,
  type ServiceLevel,
  type StyleGuide,
  type WorkspaceChange,
  type WorkspacePart,
} from '../src/lib/bindings';
import { emptyAccount } from '../src/lib/views/accounts/account';
import sampleEn from './sample.en.json';
import sampleEs from './sample.es.json';

export interface MockDoc {
  profile: Profile;
  departments: Department[];
  activities: Activity[];
  raci: RaciCell[];
  audiences: Audience[];
  fitCriteria: FitCriterion[];
  channels: Channel[];
  objectives: Objective[];
  measurements: Measurement[];
  campaigns: Campaign[];
  flows: Flow[];
  infoNeeds: InfoNeed[];
  recommendations: Recommendation[];
  holidays: Holiday[];
  people: Person[];
  pillars: Pillar[];
  styleGuides: StyleGuide[];
  serviceLevels: ServiceLevel[];
  budgetLines: BudgetLine[];
  procedureSteps: ProcedureStep[];
  healthSettings: HealthSettings;
  // The rules people meet.
  policies: Policy[];
  moderationRules: ModerationRule[];
  protocols: Protocol[];
  crisisLevels: CrisisLevel[];
  pauseSteps: PauseStep[];
  crisis: CrisisPlan;
}

export type ListKey = Exclude<keyof MockDoc, 'profile' | 'raci' | 'healthSettings' | 'crisis'>;

/** Where each kind of record lives in `doc`. */
export const LIST_OF: Record<RecordKind, ListKey> = {
  department: 'departments',
  activity: 'activities',
  audience: 'audiences',
  fit_criterion: 'fitCriteria',
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
  style_guide: 'styleGuides',
  service_level: 'serviceLevels',
  budget_line: 'budgetLines',
  procedure_step: 'procedureSteps',
  policy: 'policies',
  moderation_rule: 'moderationRules',
  protocol: 'protocols',
  crisis_level: 'crisisLevels',
  pause_step: 'pauseSteps',
};

function emptyProfile(): Profile {
  return {
    name: '',
    sector: '',
    mission: '',
    culture: '',
    values: '',
    brandVoice: '',
    nameInSentence: '',
    nameGender: null,
    cmName: '',
    cmTitle: '',
    cmTitleGender: null,
    cmReportsTo: '',
    languages: [],
    planningStart: null,
    planningEnd: null,
  };
}

function emptyDoc(): MockDoc {
  return {
    profile: emptyProfile(),
    departments: [],
    activities: [],
    raci: [],
    audiences: [],
    fitCriteria: [],
    channels: [],
    objectives: [],
    measurements: [],
    campaigns: [],
    flows: [],
    infoNeeds: [],
    recommendations: [],
    holidays: [],
    people: [],
    pillars: [],
    styleGuides: [],
    serviceLevels: [],
    budgetLines: [],
    procedureSteps: [],
    healthSettings: { ...DEFAULT_HEALTH_SETTINGS },
    policies: [],
    moderationRules: [],
    protocols: [],
    crisisLevels: [],
    pauseSteps: [],
    crisis: { spokesChannelId: null, singleVoice: '', postMortem: '', lastDrill: null },
  };
}

/** The open workspace. Replaced in place, so importers keep the reference. */
export const doc: MockDoc = emptyDoc();

function replaceDoc(next: MockDoc): void {
  Object.assign(doc, next);
}

/** The sample workspace, as Rust exports it, in `lang`; `extraChannels`
 *  and `extraObjectives` add generated ones to try long lists
 *  (`?channels=3000`, `?objectives=10000`). */
export function loadSample(lang: Lang, extraChannels = 0, extraObjectives = 0): void {
  const source = structuredClone(lang === 'es' ? sampleEs : sampleEn) as unknown as MockDoc;
  const next = emptyDoc();
  for (const key of Object.keys(next) as (keyof MockDoc)[]) {
    (next as unknown as Record<string, unknown>)[key] = source[key];
  }
  // Links between audiences and channels live on the channels here; the
  // audiences' side is computed when read.
  for (const audience of next.audiences) {
    for (const channelId of audience.channelIds) {
      const channel = next.channels.find((c) => c.id === channelId);
      if (channel && !channel.audienceIds.includes(audience.id)) channel.audienceIds.push(audience.id);
    }
  }
  next.channels.push(...generatedChannels(next, extraChannels, lang));
  next.objectives.push(...generatedObjectives(next, extraObjectives, lang));
  replaceDoc(next);
}

export function loadEmpty(lang: Lang): void {
  const next = emptyDoc();
  // Rust seeds a new workspace with the usual departments and activities.
  const departments =
    lang === 'es'
      ? ['Redes sociales', 'Marketing', 'Atención al cliente', 'Editorial']
      : ['Social media', 'Marketing', 'Customer service', 'Editorial'];
  next.departments = departments.map((name, i) => ({ id: i + 1, name, head: '', notes: '' }));
  const activities =
    lang === 'es'
      ? ['Publicación en redes', 'Campañas', 'Atención a la comunidad', 'Boletines', 'Crisis', 'Informes']
      : ['Social publishing', 'Campaigns', 'Community replies', 'Newsletters', 'Crisis response', 'Reporting'];
  next.activities = activities.map((name, i) => ({ id: i + 1, name, position: i + 1 }));
  replaceDoc(next);
}

export function closeDoc(): void {
  replaceDoc(emptyDoc());
}

/** The next free id of a list. */
export function nextId(list: readonly { id: number }[]): number {
  return list.reduce((max, item) => Math.max(max, item.id), 0) + 1;
}

/** The channels (id list) that reach an audience. */
export function channelIdsOf(audienceId: number): number[] {
  return doc.channels.filter((c) => c.audienceIds.includes(audienceId)).map((c) => c.id);
}

/** The name a person knows a record by. */
export function nameOf(kind: EntityKind, record: unknown): string {
  const r = record as Record<string, unknown>;
  switch (kind) {
    case 'objective':
    case 'recommendation':
    case 'policy':
      return String(r.title ?? '');
    case 'moderation_rule':
      return String(r.situation ?? '');
    case 'pause_step':
      return String(r.how ?? '');
    case 'measurement':
      return `${String(r.date ?? '')}: ${String(r.value ?? '')}`;
    case 'info_need':
      return String(r.what ?? '');
    case 'raci_cell': {
      const department = doc.departments.find((d) => d.id === r.departmentId)?.name ?? '?';
      const activity = doc.activities.find((a) => a.id === r.activityId)?.name ?? '?';
      return `${department} · ${activity}`;
    }
    default:
      return String(r.name ?? '');
  }
}

// Long lists for trying the interface at scale.

const NETWORKS: Network[] = ['linkedin', 'instagram', 'facebook', 'youtube', 'tiktok', 'bluesky', 'mastodon', 'whatsapp_channel', 'telegram', 'forum'];
const STATUSES: ChannelStatus[] = ['active', 'planned', 'considered', 'paused', 'retired', 'rejected'];
const PLACES = ['Albera', 'Brenes', 'Cazorla', 'Duero', 'Esla', 'Fontanar', 'Gredos', 'Huerna', 'Iruela', 'Jarama', 'Lerma', 'Mora'];

function generatedChannels(base: MockDoc, count: number, lang: Lang): Channel[] {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const first = nextId(base.channels);
  return Array.from({ length: count }, (_, i): Channel => {
    const network = pick(NETWORKS);
    const status = pick(STATUSES);
    const place = pick(PLACES);
    const number = String(i + 1).padStart(4, '0');
    return {
      id: first + i,
      network,
      networkName: '',
      name: lang === 'es' ? `Oficina de ${place} ${number}` : `${place} office ${number}`,
      handle: `@empleo_${place.toLowerCase()}_${number}`,
      status,
      purpose: '',
      tone: '',
      cadence: '',
      owner: '',
      ownerDepartmentId: random() < 0.7 ? (pick(base.departments)?.id ?? null) : null,
      weeklyEffortHours: Math.round(random() * 6 * 2) / 2,
      rejectionReason: status === 'rejected' ? (lang === 'es' ? 'Sin público suficiente.' : 'Not enough audience.') : '',
      notes: '',
      audienceIds: random() < 0.5 && base.audiences.length ? [pick(base.audiences).id] : [],
      fitScores: base.fitCriteria.filter(() => random() < 0.85).map((c) => ({ criterionId: c.id, score: Math.floor(random() * 6) })),
      account: emptyAccount(),
      commentsOpen: null,
      moderator: '',
    };
  });
}

const OBJECTIVE_STATUSES: Objective['status'][] = ['draft', 'active', 'active', 'achieved', 'missed', 'dropped'];

function generatedObjectives(base: MockDoc, count: number, lang: Lang): Objective[] {
  const first = nextId(base.objectives);
  const template = base.objectives[0];
  if (!template) return [];
  return Array.from({ length: count }, (_, i): Objective => {
    const place = PLACES[i % PLACES.length] ?? '';
    const number = String(i + 1).padStart(5, '0');
    return {
      ...template,
      id: first + i,
      title: lang === 'es' ? `Más contactos cualificados en ${place} ${number}` : `More qualified contacts in ${place} ${number}`,
      status: OBJECTIVE_STATUSES[i % OBJECTIVE_STATUSES.length] ?? 'active',
      baseline: 100 + (i % 50),
      target: 300 + (i % 70),
      channelIds: [],
      departmentIds: [],
    };
  });
}

/** The counts the sidebar shows, as Rust sends them with a change. */
export function counts(): SectionCounts {
  const records: SectionCounts['records'] = {};
  for (const kind of RECORD_KINDS) records[kind] = (doc[LIST_OF[kind]] as unknown[]).length;
  return { records, pendingRecommendations: doc.recommendations.filter((r) => r.decision === 'pending').length };
}

/** Tells the window what a write changed, as Rust's store does: a kind of
 *  record (a deletion or an undo may touch them all), or another part. */
export function changed(kind: EntityKind | 'all' | null, part: WorkspacePart | null = null): void {
  const kinds: EntityKind[] = kind === 'all' ? [...RECORD_KINDS, 'raci_cell'] : kind ? [kind] : [];
  const change: WorkspaceChange = { kinds, parts: part ? [part] : [], saved: null, counts: kinds.length ? counts() : null };
  void emit('workspace-changed', change);
}
