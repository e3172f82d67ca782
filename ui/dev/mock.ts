// Development only (never part of the build): a fake backend with the real
// sample workspace (`sample.<lang>.json`, exported by Rust), so the UI can be
// seen and screenshotted in a plain browser.
// Query flags: ?lang=en|es  &theme=light|dark|system  &ws=sample|empty|none
//              &error=1 (a failed open)  &recent=0 (no recent files)
//              &channels=3000 (adds that many generated channels)
//              &objectives=10000 (adds that many generated objectives)
//              &slow=1 (slower answers, to see the busy states)
//              &section=document (opens that section once the workspace shows)
//              &readonly=1 (the workspace opens read-only)
//              &backupProblem=1 (backups are not being made)
//              &recovery=1 (the first recent file is damaged; a sound backup is offered)
//              &backups=0 (no backups yet)  &fail=restore|backup|copy|list (that
//              backup command fails; &failWith=disk_full|locked|damaged|read_only)
//              &copy=cancel (Save a Copy is cancelled)
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  Activity,
  ApiError,
  AppSnapshot,
  Audience,
  Channel,
  DeleteImpact,
  Department,
  EntityKind,
  RecordKind,
  FieldCode,
  FieldError,
  FitCriterion,
  HealthSettings,
  ImpactGroup,
  Lang,
  LanguagePref,
  Profile,
  RecoveryOffer,
  RestoreOutcome,
  RaciRole,
  ThemePref,
  UndoToken,
} from '../src/lib/bindings';
import { MAX_SCORE, MAX_WEIGHT } from '../src/lib/bindings';
import { addBackup, failure, findBackup, listBackups, seedBackups } from './mock-backups';
import { handleDocument } from './mock-document';
import { handlePlans } from './mock-plans';
import { handleWindow } from './mock-window';
import { handleRules } from './mock-rules';
import { LIST_OF, changed, channelIdsOf, closeDoc, counts, doc, loadEmpty, loadSample, nameOf, type ListKey, type MockDoc } from './mock-data';

const query = new URLSearchParams(location.search);
const pick = (lang: Lang, en: string, es: string): string => (lang === 'es' ? es : en);

let language: LanguagePref = (query.get('lang') as LanguagePref | null) ?? 'system';
let theme: ThemePref = (query.get('theme') as ThemePref | null) ?? 'system';
const resolved = (): Lang => (language === 'system' ? (navigator.language.startsWith('es') ? 'es' : 'en') : language);
const extraChannels = Number(query.get('channels') ?? 0) || 0;
const extraObjectives = Number(query.get('objectives') ?? 0) || 0;

let workspacePath: string | null = null;
let lastError: ApiError | null = null;
let lastRecovery: RecoveryOffer | null = null;
const readOnly = query.get('readonly') === '1';
const backupProblemFlag = query.get('backupProblem') === '1';
const failing = query.get('fail');
const failWith = query.get('failWith') ?? (failing === 'restore' ? 'disk_full' : 'read_only');
const recent = [
  { path: '/home/lucia/Documents/Valdoria/valdoria-2027.rumbo', fileName: 'valdoria-2027.rumbo', exists: true },
  { path: '/home/lucia/Documents/Clients/ngo-green-valley/green-valley-strategy.rumbo', fileName: 'green-valley-strategy.rumbo', exists: true },
  { path: '/media/usb/old-strategy.rumbo', fileName: 'old-strategy.rumbo', exists: false },
];
if (query.get('recent') === '0') recent.length = 0;

function openSample(path = '/home/lucia/.local/share/app.rumbo.desktop/sample.rumbo'): void {
  loadSample(resolved(), extraChannels, extraObjectives);
  workspacePath = path;
  undos.clear();
  seedBackups(path, query.get('backups') === '0');
}

function openEmpty(): void {
  loadEmpty(resolved());
  workspacePath = '/home/lucia/Documents/new-strategy.rumbo';
  undos.clear();
  seedBackups(workspacePath, true);
}

function closeWorkspace(): void {
  closeDoc();
  workspacePath = null;
  undos.clear();
}

const backupFolder = (): string => `${(workspacePath?.split('/').pop() ?? '').replace(/\.[^.]*$/, '')}.rumbo-backups`;

function snapshot(): AppSnapshot {
  const error = lastError;
  const recovery = lastRecovery;
  lastError = null;
  lastRecovery = null;
  const fileName = workspacePath?.split('/').pop() ?? '';
  const backupProblem = backupProblemFlag
    ? pick(resolved(), `the folder “${backupFolder()}” can’t be written.`, `no se puede escribir en la carpeta «${backupFolder()}».`)
    : null;
  return {
    workspace: workspacePath ? { path: workspacePath, fileName, title: doc.profile.name || fileName, readOnly, backupProblem } : null,
    recent,
    language,
    resolvedLanguage: resolved(),
    theme,
    error,
    recovery,
  };
}

/** `recovery=1`: the first recent workspace is damaged, with a sound backup. */
const damaged = query.get('recovery') === '1' ? recent[0] : undefined;
let recovered = false;

function refuseDamaged(path: string): void {
  const fileName = path.split('/').pop() ?? path;
  lastError = {
    code: 'damaged',
    message: pick(
      resolved(),
      `“${fileName}” is damaged and can’t be opened. Rumbo has not changed it.`,
      `«${fileName}» está dañado y no se puede abrir. Rumbo no lo ha modificado.`,
    ),
    fields: [],
  };
  const stem = fileName.replace(/\.[^.]*$/, '');
  const takenAt = new Date(Date.now() - 26 * 3600_000).toISOString();
  lastRecovery = {
    path,
    fileName,
    backup: {
      path: `${path.slice(0, path.lastIndexOf('/'))}/${stem}.rumbo-backups/${stem}.${takenAt.replace(/:/g, '-')}.scheduled.rumbo`,
      takenAt,
      reason: 'scheduled',
      size: 409_600,
      schemaVersion: 3,
      origin: 'own',
    },
  };
}

function failIf(kind: string): void {
  if (failing === kind) throw failure(failWith, resolved(), backupFolder());
}

// Errors, in the user's language, as Rust words them.

function issue(field: string, code: FieldCode, range?: [number, number]): FieldError {
  const lang = resolved();
  const [min, max] = range ?? [0, 168];
  const messages: Record<FieldCode, string> = {
    required: pick(lang, 'This field is required.', 'Este campo es obligatorio.'),
    too_long: pick(lang, 'Too long: at most 120 characters.', 'Demasiado largo: como máximo 120 caracteres.'),
    out_of_range: pick(lang, `Enter a number from ${min} to ${max}.`, `Introduce un número entre ${min} y ${max}.`),
    not_a_number: pick(lang, 'Enter a number.', 'Introduce un número.'),
    end_before_start: pick(lang, 'The end date must be on or after the start date.', 'La fecha de fin debe ser igual o posterior a la de inicio.'),
    same_as_baseline: pick(lang, 'The target must differ from the baseline.', 'La meta debe ser distinta del valor de partida.'),
    duplicate: pick(lang, 'Another record already has this name.', 'Ya existe otro registro con este nombre.'),
    too_many: pick(lang, 'Too many entries.', 'Demasiados elementos.'),
    unknown_link: pick(lang, 'This link points to a record that no longer exists.', 'Este vínculo apunta a un registro que ya no existe.'),
  };
  return { field, code, message: messages[code] };
}

function validation(fields: FieldError[]): ApiError {
  const lang = resolved();
  const message =
    fields.length === 1
      ? pick(lang, 'One field needs your attention.', 'Un campo necesita tu atención.')
      : pick(lang, `${fields.length} fields need your attention.`, `${fields.length} campos necesitan tu atención.`);
  return { code: 'validation', message, fields };
}

function notFound(): ApiError {
  return {
    code: 'not_found',
    message: pick(resolved(), 'This record no longer exists.', 'Este registro ya no existe.'),
    fields: [],
  };
}

function needWorkspace(): MockDoc {
  if (!workspacePath) throw { code: 'no_workspace', message: pick(resolved(), 'No workspace is open.', 'No hay ningún espacio de trabajo abierto.'), fields: [] };
  return doc;
}

/** Trims the listed text fields of a copy. */
function trimmed<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  const copy = { ...record };
  for (const key of keys) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = value.trim() as T[typeof key];
  }
  return copy;
}

function requireName(fields: FieldError[], name: string, others: readonly { id: number; name: string }[], id: number): void {
  if (!name) fields.push(issue('name', 'required'));
  else if (others.some((o) => o.id !== id && o.name.toLowerCase() === name.toLowerCase())) fields.push(issue('name', 'duplicate'));
}

function check(fields: FieldError[]): void {
  if (fields.length) throw validation(fields);
}

function replaceIn<T extends { id: number }>(list: T[], record: T): T {
  const index = list.findIndex((r) => r.id === record.id);
  if (index === -1) throw notFound();
  list[index] = record;
  return record;
}

const nextId = (list: readonly { id: number }[]): number => list.reduce((max, r) => Math.max(max, r.id), 0) + 1;

// Records as the commands answer them.

function audienceOut(audience: Audience): Audience {
  return { ...audience, channelIds: channelIdsOf(audience.id) };
}


// Writes

function saveChannel(input: Channel, creating: boolean): Channel {
  const w = needWorkspace();
  const channel = trimmed(input, ['name', 'handle', 'purpose', 'tone', 'cadence', 'owner', 'rejectionReason', 'notes']);
  const id = creating ? nextId(w.channels) : channel.id;
  const fields: FieldError[] = [];
  requireName(fields, channel.name, w.channels, id);
  if (channel.weeklyEffortHours === null || !(channel.weeklyEffortHours >= 0 && channel.weeklyEffortHours <= 168)) {
    fields.push(issue('weeklyEffortHours', 'out_of_range'));
  }
  if (channel.status === 'rejected' && !channel.rejectionReason) fields.push(issue('rejectionReason', 'required'));
  if (channel.ownerDepartmentId !== null && !w.departments.some((d) => d.id === channel.ownerDepartmentId)) {
    fields.push(issue('ownerDepartmentId', 'unknown_link'));
  }
  if (channel.audienceIds.some((a) => !w.audiences.some((x) => x.id === a))) fields.push(issue('audienceIds', 'unknown_link'));
  if (channel.fitScores.some((s) => s.score < 0 || s.score > MAX_SCORE || !Number.isInteger(s.score))) {
    fields.push(issue('fitScores', 'out_of_range', [0, 5]));
  }
  check(fields);
  const saved: Channel = {
    ...channel,
    id,
    audienceIds: [...new Set(channel.audienceIds)],
    fitScores: channel.fitScores
      .filter((s) => w.fitCriteria.some((c) => c.id === s.criterionId))
      .sort((a, b) => a.criterionId - b.criterionId),
  };
  if (creating) w.channels.push(saved);
  else replaceIn(w.channels, saved);
  return saved;
}

function saveDepartment(input: Department, creating: boolean): Department {
  const w = needWorkspace();
  const department = trimmed(input, ['name', 'head', 'notes']);
  const id = creating ? nextId(w.departments) : department.id;
  const fields: FieldError[] = [];
  requireName(fields, department.name, w.departments, id);
  check(fields);
  const saved = { ...department, id };
  if (creating) w.departments.push(saved);
  else replaceIn(w.departments, saved);
  return saved;
}

function saveActivity(input: Activity, creating: boolean): Activity {
  const w = needWorkspace();
  const activity = trimmed(input, ['name']);
  const id = creating ? nextId(w.activities) : activity.id;
  const fields: FieldError[] = [];
  requireName(fields, activity.name, w.activities, id);
  check(fields);
  if (creating) {
    const saved = { ...activity, id, position: w.activities.reduce((max, a) => Math.max(max, a.position), 0) + 1 };
    w.activities.push(saved);
    return saved;
  }
  const old = w.activities.find((a) => a.id === id);
  if (!old) throw notFound();
  return replaceIn(w.activities, { ...old, name: activity.name });
}

function saveAudience(input: Audience, creating: boolean): Audience {
  const w = needWorkspace();
  const audience = trimmed(input, ['name', 'description', 'needs', 'whereabouts']);
  const id = creating ? nextId(w.audiences) : audience.id;
  const fields: FieldError[] = [];
  requireName(fields, audience.name, w.audiences, id);
  if (audience.channelIds.some((c) => !w.channels.some((x) => x.id === c))) fields.push(issue('channelIds', 'unknown_link'));
  check(fields);
  const saved = { ...audience, id, channelIds: [] };
  if (creating) w.audiences.push(saved);
  else replaceIn(w.audiences, saved);
  // Saving this side replaces this side's links.
  for (const channel of w.channels) {
    const linked = audience.channelIds.includes(channel.id);
    const has = channel.audienceIds.includes(id);
    if (linked && !has) channel.audienceIds = [...channel.audienceIds, id];
    if (!linked && has) channel.audienceIds = channel.audienceIds.filter((a) => a !== id);
  }
  return audienceOut(saved);
}

function saveCriterion(input: FitCriterion, creating: boolean): FitCriterion {
  const w = needWorkspace();
  const criterion = trimmed(input, ['name', 'description']);
  const id = creating ? nextId(w.fitCriteria) : criterion.id;
  const fields: FieldError[] = [];
  requireName(fields, criterion.name, w.fitCriteria, id);
  if (!Number.isInteger(criterion.weight) || criterion.weight < 0 || criterion.weight > MAX_WEIGHT) {
    fields.push(issue('weight', 'out_of_range', [0, 10]));
  }
  check(fields);
  const position = creating ? w.fitCriteria.reduce((max, c) => Math.max(max, c.position), 0) + 1 : criterion.position;
  const saved = { ...criterion, id, position };
  if (creating) w.fitCriteria.push(saved);
  else replaceIn(w.fitCriteria, saved);
  return saved;
}

// Deleting, with what it unlinks, and undoing it.

type Kind = Exclude<EntityKind, 'raci_cell'>;

interface Link {
  owner: Kind;
  field: string;
  target: Kind;
  shape: 'one' | 'many' | 'scores';
}

/** Every link between records: `owner.field` points at a `target`. */
const LINKS: Link[] = [
  { owner: 'channel', field: 'ownerDepartmentId', target: 'department', shape: 'one' },
  { owner: 'channel', field: 'audienceIds', target: 'audience', shape: 'many' },
  { owner: 'channel', field: 'fitScores', target: 'fit_criterion', shape: 'scores' },
  { owner: 'objective', field: 'channelIds', target: 'channel', shape: 'many' },
  { owner: 'objective', field: 'departmentIds', target: 'department', shape: 'many' },
  { owner: 'campaign', field: 'departmentId', target: 'department', shape: 'one' },
  { owner: 'campaign', field: 'objectiveIds', target: 'objective', shape: 'many' },
  { owner: 'flow', field: 'departmentId', target: 'department', shape: 'one' },
  { owner: 'info_need', field: 'departmentId', target: 'department', shape: 'one' },
  { owner: 'info_need', field: 'flowId', target: 'flow', shape: 'one' },
  { owner: 'recommendation', field: 'departmentId', target: 'department', shape: 'one' },
  { owner: 'policy', field: 'ownerDepartmentId', target: 'department', shape: 'one' },
  { owner: 'moderation_rule', field: 'departmentId', target: 'department', shape: 'one' },
  { owner: 'moderation_rule', field: 'channelIds', target: 'channel', shape: 'many' },
  { owner: 'protocol', field: 'departmentId', target: 'department', shape: 'one' },
  { owner: 'crisis_level', field: 'departmentIds', target: 'department', shape: 'many' },
];

type AnyRecord = Record<string, unknown> & { id: number };
const listOf = (kind: Kind): AnyRecord[] => doc[LIST_OF[kind] as ListKey] as unknown as AnyRecord[];

function pointsAt(record: AnyRecord, link: Link, id: number): boolean {
  const value = record[link.field];
  if (link.shape === 'one') return value === id;
  if (link.shape === 'many') return Array.isArray(value) && value.includes(id);
  return Array.isArray(value) && value.some((s: { criterionId: number }) => s.criterionId === id);
}

function unlink(record: AnyRecord, link: Link, id: number): void {
  const value = record[link.field];
  if (link.shape === 'one') record[link.field] = null;
  else if (link.shape === 'many') record[link.field] = (value as number[]).filter((x) => x !== id);
  else record[link.field] = (value as { criterionId: number }[]).filter((s) => s.criterionId !== id);
}

/** The records a deletion removes along with it. */
function cascade(kind: Kind, id: number): { kind: EntityKind; names: string[] }[] {
  if (kind === 'department' || kind === 'activity') {
    // Named by the other side: the activities of a department, the departments of an activity.
    const cells = doc.raci.filter((c) => (kind === 'department' ? c.departmentId : c.activityId) === id);
    const names = cells.map((c) =>
      kind === 'department'
        ? (doc.activities.find((a) => a.id === c.activityId)?.name ?? '')
        : (doc.departments.find((d) => d.id === c.departmentId)?.name ?? ''),
    );
    return [{ kind: 'raci_cell', names }];
  }
  if (kind === 'objective') {
    return [{ kind: 'measurement', names: doc.measurements.filter((m) => m.objectiveId === id).map((m) => nameOf('measurement', m)) }];
  }
  return [];
}

function impact(kind: EntityKind, id: number): DeleteImpact {
  needWorkspace();
  if (kind === 'raci_cell') throw notFound();
  const record = listOf(kind).find((r) => r.id === id);
  if (!record) throw notFound();
  const groups: ImpactGroup[] = cascade(kind, id).map((g) => ({ ...g, removed: true }));
  for (const link of LINKS.filter((l) => l.target === kind)) {
    const names = listOf(link.owner)
      .filter((r) => pointsAt(r, link, id))
      .map((r) => nameOf(link.owner, r));
    groups.push({ kind: link.owner, removed: false, names });
  }
  // The audiences' side of the channel links.
  if (kind === 'channel') {
    const channel = record as unknown as Channel;
    groups.push({
      kind: 'audience',
      removed: false,
      names: doc.audiences.filter((a) => channel.audienceIds.includes(a.id)).map((a) => a.name),
    });
  }
  return { kind, name: nameOf(kind, record), groups: groups.filter((g) => g.names.length > 0) };
}

const undos = new Map<number, { before: MockDoc; kind: Kind; id: number }>();
let nextToken = 1;

/** Deletes any record with what it removes and unlinks; the token undoes it. */
function deleteRecord(kind: Kind, id: number): UndoToken {
  needWorkspace();
  const list = listOf(kind);
  if (!list.some((r) => r.id === id)) throw notFound();
  const before = structuredClone(doc);
  (doc as unknown as Record<string, unknown>)[LIST_OF[kind]] = list.filter((r) => r.id !== id);
  if (kind === 'department') doc.raci = doc.raci.filter((c) => c.departmentId !== id);
  if (kind === 'activity') doc.raci = doc.raci.filter((c) => c.activityId !== id);
  if (kind === 'objective') doc.measurements = doc.measurements.filter((m) => m.objectiveId !== id);
  // A pause item for a channel goes with it; the single voice is cleared.
  if (kind === 'channel') {
    doc.pauseSteps = doc.pauseSteps.filter((p) => p.channelId !== id);
    if (doc.crisis.spokesChannelId === id) doc.crisis = { ...doc.crisis, spokesChannelId: null };
  }
  for (const link of LINKS.filter((l) => l.target === kind)) {
    for (const record of listOf(link.owner)) if (pointsAt(record, link, id)) unlink(record, link, id);
  }
  const token = nextToken++;
  undos.set(token, { before, kind, id });
  return { token };
}

/** Puts back what a deletion removed and the links it cut; later changes stay. */
function undoDelete(token: number): Kind {
  needWorkspace();
  const entry = undos.get(token);
  if (!entry) {
    throw {
      code: 'not_found',
      message: pick(resolved(), 'This deletion can no longer be undone.', 'Esta eliminación ya no se puede deshacer.'),
      fields: [],
    };
  }
  undos.delete(token);
  const { before } = entry;
  const restored = new Map<Kind, Set<number>>();
  for (const [kind, key] of Object.entries(LIST_OF) as [Kind, ListKey][]) {
    const now = doc[key] as unknown as AnyRecord[];
    const then = before[key] as unknown as AnyRecord[];
    const present = new Set(now.map((r) => r.id));
    const back = then.filter((r) => !present.has(r.id));
    if (back.length === 0) continue;
    restored.set(kind, new Set(back.map((r) => r.id)));
    const order = new Map(then.map((r, i) => [r.id, i]));
    (doc as unknown as Record<string, unknown>)[key] = [...now, ...back].sort(
      (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity),
    );
  }
  for (const cell of before.raci) {
    const exists = doc.raci.some((c) => c.departmentId === cell.departmentId && c.activityId === cell.activityId);
    if (!exists && doc.departments.some((d) => d.id === cell.departmentId) && doc.activities.some((a) => a.id === cell.activityId)) {
      doc.raci.push(cell);
    }
  }
  // The links that pointed at what came back.
  for (const link of LINKS) {
    const ids = restored.get(link.target);
    if (!ids) continue;
    const then = new Map((before[LIST_OF[link.owner]] as unknown as AnyRecord[]).map((r) => [r.id, r]));
    for (const record of listOf(link.owner)) {
      const old = then.get(record.id);
      if (!old) continue;
      for (const id of ids) {
        if (!pointsAt(old, link, id) || pointsAt(record, link, id)) continue;
        if (link.shape === 'one') record[link.field] = id;
        else if (link.shape === 'many') record[link.field] = [...(record[link.field] as number[]), id];
        else {
          const score = (old[link.field] as { criterionId: number }[]).find((s) => s.criterionId === id);
          if (score) record[link.field] = [...(record[link.field] as { criterionId: number }[]), score];
        }
      }
    }
  }
  return entry.kind;
}


/** What each kind's old command of its own was called, and its argument:
 *  the fake backend answers the record commands through them. */
const COMMAND_OF: Partial<Record<RecordKind, [string, string]>> = {
  department: ['department', 'department'],
  activity: ['activity', 'activity'],
  audience: ['audience', 'audience'],
  fit_criterion: ['fit_criterion', 'criterion'],
  channel: ['channel', 'channel'],
  objective: ['objective', 'objective'],
  measurement: ['measurement', 'measurement'],
  campaign: ['campaign', 'campaign'],
  flow: ['flow', 'flow'],
  info_need: ['info_need', 'infoNeed'],
  recommendation: ['recommendation', 'recommendation'],
  holiday: ['holiday', 'holiday'],
  policy: ['policy', 'policy'],
  moderation_rule: ['moderation_rule', 'rule'],
  protocol: ['protocol', 'protocol'],
  crisis_level: ['crisis_level', 'level'],
  pause_step: ['pause_step', 'step'],
};

// Startup state

const ws = query.get('ws') ?? 'none';
if (ws === 'sample') openSample();
if (ws === 'empty') openEmpty();
if (damaged) refuseDamaged(damaged.path);
if (query.get('error') === '1') {
  lastError = {
    code: 'not_a_workspace',
    message: pick(
      resolved(),
      '“holiday-photos.zip” is not a Rumbo workspace. Choose a .rumbo file.',
      '«holiday-photos.zip» no es un espacio de trabajo de Rumbo. Elige un archivo .rumbo.',
    ),
    fields: [],
  };
}

const slow = query.get('slow') === '1';
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, slow ? ms * 5 : ms));

/** The kinds with no command of their own before the record commands
 *  (people, pillars, styles, service levels, budget lines, procedure
 *  steps): listed, created and updated as they are, a name required. */
function plainRecord(kind: RecordKind, command: string, record: { id: number; name?: string } | undefined): unknown {
  const list = doc[LIST_OF[kind]] as { id: number; name?: string }[];
  if (command === 'record_list') return list;
  if (!record) return undefined;
  const clean = { ...record, ...(typeof record.name === 'string' ? { name: record.name.trim() } : {}) };
  if (clean.name === '') throw validation([issue('name', 'required')]);
  if (command === 'record_create') {
    clean.id = Math.max(0, ...list.map((r) => r.id)) + 1;
    list.push(clean);
  } else {
    const index = list.findIndex((r) => r.id === clean.id);
    if (index < 0) throw notFound();
    list[index] = clean;
  }
  changed(kind);
  return clean;
}

async function handle(command: string, given: Record<string, unknown>): Promise<unknown> {
  let cmd = command;
  let args = given;
  const kind = given.kind as RecordKind;
  if (command === 'record_delete') {
    const token = deleteRecord(kind, given.id as number);
    changed('all');
    return token;
  }
  if ((command === 'record_list' || command === 'record_create' || command === 'record_update') && !(kind in COMMAND_OF)) {
    await delay(command === 'record_list' ? 30 : 160);
    return plainRecord(kind, command, given.record as { id: number; name?: string } | undefined);
  }
  if (command === 'record_list' || command === 'record_create' || command === 'record_update') {
    const [prefix, arg] = COMMAND_OF[kind] ?? ['', ''];
    cmd = `${prefix}_${command.slice('record_'.length)}`;
    args = { [arg]: given.record };
  }
  const planned = handlePlans(cmd, args);
  if (planned !== undefined) return planned;
  const ruled = handleRules(cmd, args);
  if (ruled !== undefined) return ruled;
  const documented = handleDocument(cmd, args);
  if (documented !== undefined) return documented;
  const windowed = handleWindow(cmd, args, workspacePath);
  if (windowed !== undefined) return windowed;

  await delay(/_(list|matrix|counts|get)$/.test(cmd) || cmd === 'delete_impact' ? 30 : 160);
  const id = args.id as number;
  switch (cmd) {
    case 'app_state':
      return snapshot();
    case 'set_language':
      language = args.language as LanguagePref;
      return snapshot();
    case 'set_theme':
      theme = args.theme as ThemePref;
      return snapshot();
    case 'workspace_new':
      openEmpty();
      return snapshot();
    case 'workspace_open':
    case 'workspace_open_sample':
      openSample();
      return snapshot();
    case 'workspace_open_path': {
      const entry = recent.find((r) => r.path === args.path);
      if (entry && !entry.exists) {
        lastError = {
          code: 'file_not_found',
          message: pick(resolved(), `“${entry.path}” was not found. It may have been moved or deleted.`, `No se encuentra «${entry.path}». Puede que se haya movido o eliminado.`),
          fields: [],
        };
        return snapshot();
      }
      if (entry && entry === damaged && !recovered) {
        refuseDamaged(entry.path);
        return snapshot();
      }
      openSample();
      return snapshot();
    }
    case 'workspace_recover': {
      if (!damaged || recovered) throw notFound();
      refuseDamaged(damaged.path); // the offer, again
      const restored = lastRecovery!.backup;
      lastError = null;
      lastRecovery = null;
      await delay(500);
      failIf('restore');
      recovered = true;
      openSample(damaged.path);
      const stamp = new Date().toISOString().replace(/:/g, '-');
      const outcome: RestoreOutcome = {
        snapshot: snapshot(),
        restored,
        beforeRestore: null,
        damagedMovedTo: `${damaged.path}.damaged-${stamp}`,
      };
      return outcome;
    }
    case 'backup_list':
      needWorkspace();
      failIf('list');
      return listBackups();
    case 'backup_now':
      needWorkspace();
      failIf('backup');
      return addBackup(workspacePath!, 'manual');
    case 'backup_restore': {
      needWorkspace();
      const backup = findBackup(args.path as string, resolved());
      await delay(500);
      failIf('restore');
      const before = addBackup(workspacePath!, 'before-restore');
      // The data as it was then: the sample again (a fresh copy).
      const path = workspacePath!;
      openSample(path);
      const outcome: RestoreOutcome = { snapshot: snapshot(), restored: backup, beforeRestore: before, damagedMovedTo: null };
      return outcome;
    }
    case 'workspace_save_copy': {
      needWorkspace();
      await delay(300);
      if (query.get('copy') === 'cancel') return null;
      failIf('copy');
      const name = (workspacePath!.split('/').pop() ?? 'workspace.rumbo').replace(/\.rumbo$/, '');
      return `/home/lucia/Documents/${name} (${pick(resolved(), 'copy', 'copia')}).rumbo`;
    }
    case 'workspace_close':
      closeWorkspace();
      return snapshot();
    case 'recent_clear':
      recent.length = 0;
      return snapshot();

    case 'profile_get':
      return needWorkspace().profile;
    case 'profile_save': {
      const w = needWorkspace();
      const p = trimmed(args.profile as Profile, ['name', 'sector', 'mission', 'culture', 'values', 'brandVoice', 'cmName', 'cmReportsTo']);
      const fields: FieldError[] = [];
      if (!p.name) fields.push(issue('name', 'required'));
      if (p.planningStart && p.planningEnd && p.planningEnd < p.planningStart) fields.push(issue('planningEnd', 'end_before_start'));
      check(fields);
      w.profile = p;
      changed(null, 'profile');
      return p;
    }

    case 'health_settings_get':
      return { ...needWorkspace().healthSettings };
    case 'health_settings_save': {
      const w = needWorkspace();
      const next = args.settings as HealthSettings;
      const fields: FieldError[] = [];
      if (!(next.answerDays >= 1 && next.answerDays <= 3650)) fields.push(issue('answerDays', 'out_of_range', [1, 3650]));
      if (!(next.lowFit >= 0 && next.lowFit <= 5)) fields.push(issue('lowFit', 'out_of_range', [0, 5]));
      if (!(next.highFit > next.lowFit && next.highFit <= 5)) fields.push(issue('highFit', 'out_of_range', [next.lowFit, 5]));
      check(fields);
      w.healthSettings = { ...next };
      changed(null, 'health_settings');
      return next;
    }

    case 'section_counts':
      needWorkspace();
      return counts();
    case 'delete_impact':
      return impact(args.kind as EntityKind, id);
    case 'undo_delete':
      undoDelete(args.token as number);
      changed('all');
      return null;

    case 'department_list':
      return needWorkspace().departments;
    case 'department_create':
    case 'department_update': {
      const saved = saveDepartment(args.department as Department, cmd === 'department_create');
      changed('department');
      return saved;
    }

    case 'activity_list':
      return [...needWorkspace().activities].sort((a, b) => a.position - b.position);
    case 'activity_create':
    case 'activity_update': {
      const saved = saveActivity(args.activity as Activity, cmd === 'activity_create');
      changed('activity');
      return saved;
    }
    case 'activity_reorder': {
      const w = needWorkspace();
      const ids = args.ids as number[];
      if (ids.length !== w.activities.length || ids.some((i) => !w.activities.some((a) => a.id === i))) throw notFound();
      w.activities = ids.map((i, index) => ({ ...w.activities.find((a) => a.id === i)!, position: index + 1 }));
      changed('activity');
      return w.activities;
    }

    case 'raci_list':
      return needWorkspace().raci;
    case 'raci_set': {
      const w = needWorkspace();
      const departmentId = args.departmentId as number;
      const activityId = args.activityId as number;
      const role = args.role as RaciRole | null;
      if (!w.departments.some((d) => d.id === departmentId) || !w.activities.some((a) => a.id === activityId)) throw notFound();
      w.raci = w.raci.filter((c) => !(c.departmentId === departmentId && c.activityId === activityId));
      if (role) w.raci.push({ departmentId, activityId, role });
      changed('raci_cell');
      return null;
    }

    case 'audience_list':
      return needWorkspace().audiences.map(audienceOut);
    case 'audience_create':
    case 'audience_update': {
      const saved = saveAudience(args.audience as Audience, cmd === 'audience_create');
      changed('audience');
      return saved;
    }

    case 'fit_criterion_list':
      return [...needWorkspace().fitCriteria].sort((a, b) => a.position - b.position);
    case 'fit_criterion_create':
    case 'fit_criterion_update': {
      const saved = saveCriterion(args.criterion as FitCriterion, cmd === 'fit_criterion_create');
      changed('fit_criterion');
      return saved;
    }

    case 'fit_set_score': {
      const w = needWorkspace();
      const channel = w.channels.find((c) => c.id === args.channelId);
      const criterionId = args.criterionId as number;
      const score = args.score as number | null;
      if (!channel || !w.fitCriteria.some((c) => c.id === criterionId)) throw notFound();
      if (score !== null && (!Number.isInteger(score) || score < 0 || score > MAX_SCORE)) check([issue('score', 'out_of_range', [0, MAX_SCORE])]);
      const others = channel.fitScores.filter((s) => s.criterionId !== criterionId);
      channel.fitScores = score === null ? others : [...others, { criterionId, score }].sort((a, b) => a.criterionId - b.criterionId);
      changed('channel');
      return channel;
    }

    case 'channel_list':
      return needWorkspace().channels;
    case 'channel_create':
    case 'channel_update': {
      const saved = saveChannel(args.channel as Channel, cmd === 'channel_create');
      changed('channel');
      return saved;
    }

    // The guided start: no interview begun on the sample, no library.
    case 'interview_get':
      return null;
    case 'start_library':
      return { audiences: [], objectives: [], flows: [] };
    default:
      throw { code: 'internal', message: `Unknown command ${cmd}`, fields: [] };
  }
}

mockIPC((cmd, payload) => handle(cmd, (payload ?? {}) as Record<string, unknown>), { shouldMockEvents: true });

// Lets the screenshot script play the native menu: window.__menu('close').
Object.defineProperty(window, '__menu', {
  value: async (action: 'sample' | 'close' | 'backups' | 'save_copy') => {
    if (action === 'backups' || action === 'save_copy') {
      await emit('menu-action', { kind: action });
      return;
    }
    if (action === 'sample') openSample();
    else closeWorkspace();
    await emit('app-state', snapshot());
  },
});

await import('../src/main');

// Opens a section once the workspace shows (the shell starts on the profile).
const section = query.get('section');
if (section) {
  const { SECTIONS, navigate } = await import('../src/lib/state/nav.svelte');
  const wanted = SECTIONS.find((s) => s === section);
  const started = performance.now();
  const attempt = (): void => {
    if (!wanted) return;
    if (document.querySelector('[data-testid="nav-' + wanted + '"]')) navigate(wanted);
    else if (performance.now() - started < 5000) setTimeout(attempt, 50);
  };
  attempt();
}
