// Development only: the fake backend's answers for the objectives,
// campaigns, internal-communication and recommendation commands. The main
// mock (`mock.ts`) asks this module first; `undefined` means "not mine".
//
// The records live in `doc` (mock-data.ts: the sample document in the
// interchange format Rust exports), changed in place. Deletions, their
// impact and their undo are left to mock.ts, which handles every kind.
import type {
  ApiError,
  CalendarEntry,
  Campaign,
  CsvMapping,
  CsvPreview,
  EntityKind,
  FieldError,
  InfoNeed,
  Flow,
  Holiday,
  Measurement,
  Objective,
  Recommendation,
  Weekday,
} from '../src/lib/bindings';
import { changed, doc, nextId } from './mock-data';

// Language: the one the interface shows now.
const es = (): boolean => document.documentElement.lang === 'es';
const pick = (en: string, esText: string): string => (es() ? esText : en);

function fail(code: ApiError['code'], message: string): never {
  throw { code, message, fields: [] } satisfies ApiError;
}

function invalid(fields: FieldError[]): never {
  const message =
    fields.length === 1
      ? pick('One field needs your attention.', 'Un campo necesita tu atención.')
      : pick(`${fields.length} fields need your attention.`, `${fields.length} campos necesitan tu atención.`);
  throw { code: 'validation', message, fields } satisfies ApiError;
}

const MESSAGES: Record<FieldError['code'], [string, string]> = {
  required: ['This field is required.', 'Este campo es obligatorio.'],
  too_long: ['Too long.', 'Demasiado largo.'],
  out_of_range: ['This value is out of range.', 'Este valor está fuera de rango.'],
  not_a_number: ['Enter a number.', 'Escribe un número.'],
  end_before_start: ['The end must be on or after the start.', 'El final debe ser igual o posterior al inicio.'],
  same_as_baseline: [
    'The target equals the baseline: nothing would change. Set a target that differs from where you start.',
    'La meta es igual al valor inicial: no cambiaría nada. Pon una meta distinta del punto de partida.',
  ],
  duplicate: ['There is already one with this value.', 'Ya hay uno con este valor.'],
  too_many: ['Too many entries.', 'Demasiados elementos.'],
  unknown_link: ['It links to something that no longer exists.', 'Enlaza con algo que ya no existe.'],
};

function issue(field: string, code: FieldError['code'], message?: string): FieldError {
  const [en, esText] = MESSAGES[code];
  return { field, code, message: message ?? pick(en, esText) };
}

const trim = (s: string): string => s.trim();
const isDay = (s: string | null): boolean => s === null || /^\d{4}-\d{2}-\d{2}$/.test(s);

function find<T extends { id: number }>(list: T[], id: number, what: string): number {
  const index = list.findIndex((x) => x.id === id);
  if (index === -1) fail('not_found', pick(`This ${what} no longer exists.`, 'Este registro ya no existe.'));
  return index;
}

// Checks

function checkObjective(o: Objective): Objective {
  const clean = { ...o, title: trim(o.title), description: trim(o.description), kpiMetric: trim(o.kpiMetric), kpiUnit: trim(o.kpiUnit), owner: trim(o.owner) };
  const fields: FieldError[] = [];
  if (!clean.title) fields.push(issue('title', 'required'));
  if (clean.title.length > 200) fields.push(issue('title', 'too_long'));
  if (clean.baseline !== null && clean.target !== null && clean.baseline === clean.target) fields.push(issue('target', 'same_as_baseline'));
  if (clean.start && clean.deadline && clean.deadline < clean.start) fields.push(issue('deadline', 'end_before_start'));
  if (!isDay(clean.start)) fields.push(issue('start', 'required'));
  if (!isDay(clean.deadline)) fields.push(issue('deadline', 'required'));
  if (clean.channelIds.some((id) => !doc.channels.some((c) => c.id === id))) fields.push(issue('channelIds', 'unknown_link'));
  if (clean.departmentIds.some((id) => !doc.departments.some((d) => d.id === id))) fields.push(issue('departmentIds', 'unknown_link'));
  if (fields.length) invalid(fields);
  return clean;
}

function checkMeasurement(m: Measurement): Measurement {
  const clean = { ...m, note: trim(m.note) };
  const fields: FieldError[] = [];
  if (!clean.date || !isDay(clean.date)) fields.push(issue('date', 'required'));
  if (!Number.isFinite(clean.value)) fields.push(issue('value', 'not_a_number'));
  if (!doc.objectives.some((o) => o.id === clean.objectiveId)) fail('not_found', pick('This objective no longer exists.', 'Este objetivo ya no existe.'));
  if (doc.measurements.some((x) => x.id !== clean.id && x.objectiveId === clean.objectiveId && x.date === clean.date)) {
    fields.push(issue('date', 'duplicate', pick('There is already a measurement on this date. Edit that one instead.', 'Ya hay una medición en esta fecha. Edita esa.')));
  }
  if (fields.length) invalid(fields);
  return clean;
}

function checkCampaign(c: Campaign): Campaign {
  const clean = { ...c, name: trim(c.name), description: trim(c.description) };
  const fields: FieldError[] = [];
  if (!clean.name) fields.push(issue('name', 'required'));
  if (clean.start && clean.end && clean.end < clean.start) fields.push(issue('end', 'end_before_start'));
  if (clean.objectiveIds.some((id) => !doc.objectives.some((o) => o.id === id))) fields.push(issue('objectiveIds', 'unknown_link'));
  if (fields.length) invalid(fields);
  return clean;
}

function checkFlow(f: Flow): Flow {
  const clean = { ...f, name: trim(f.name), audience: trim(f.audience), owner: trim(f.owner), feedback: trim(f.feedback) };
  if (clean.direction === 'all_staff') clean.departmentIds = [];
  const fields: FieldError[] = [];
  if (!clean.name) fields.push(issue('name', 'required'));
  if (clean.direction !== 'all_staff' && clean.departmentIds.length === 0) fields.push(issue('departmentIds', 'required'));
  const c = clean.cadence;
  if (c.kind === 'one_off' && !c.date) fields.push(issue('cadence.date', 'required'));
  if (c.kind !== 'one_off' && c.kind !== 'as_needed') {
    if (!c.start) fields.push(issue('cadence.start', 'required'));
    if (c.until && c.start && c.until < c.start) fields.push(issue('cadence.until', 'end_before_start'));
  }
  if (c.kind === 'weekly' && !(Number.isInteger(c.everyWeeks) && c.everyWeeks >= 1 && c.everyWeeks <= 52)) {
    fields.push(issue('cadence.everyWeeks', 'out_of_range', pick('Enter a number of weeks from 1 to 52.', 'Escribe un número de semanas del 1 al 52.')));
  }
  if (c.kind === 'monthly_day' && !(c.day >= 1 && c.day <= 28)) fields.push(issue('cadence.day', 'out_of_range'));
  if (fields.length) invalid(fields);
  return clean;
}

function checkNeed(n: InfoNeed): InfoNeed {
  const clean = { ...n, what: trim(n.what) };
  const fields: FieldError[] = [];
  if (!clean.what) fields.push(issue('what', 'required'));
  if (clean.departmentId === null) fields.push(issue('departmentId', 'required'));
  if (clean.flowId !== null && !doc.flows.some((f) => f.id === clean.flowId)) fields.push(issue('flowId', 'unknown_link'));
  if (fields.length) invalid(fields);
  return clean;
}

function checkHoliday(h: Holiday): Holiday {
  const clean = { ...h, name: trim(h.name) };
  const fields: FieldError[] = [];
  if (!clean.name) fields.push(issue('name', 'required'));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(clean.date)) fields.push(issue('date', 'required'));
  if (fields.length) invalid(fields);
  return clean;
}

function checkRecommendation(r: Recommendation): Recommendation {
  const clean = { ...r, title: trim(r.title), recipient: trim(r.recipient), rationale: trim(r.rationale), decisionRationale: trim(r.decisionRationale), outcome: trim(r.outcome) };
  if (clean.decision === 'pending') clean.decisionDate = null;
  const fields: FieldError[] = [];
  if (!clean.title) fields.push(issue('title', 'required'));
  if (!clean.date) fields.push(issue('date', 'required'));
  if (clean.decisionDate && clean.date && clean.decisionDate < clean.date) {
    fields.push(issue('decisionDate', 'end_before_start', pick('The decision cannot come before the recommendation.', 'La decisión no puede ser anterior a la recomendación.')));
  }
  if (fields.length) invalid(fields);
  return clean;
}

// CSV: one fake file, exported from Instagram's statistics in Spanish.

const CSV_PATH = '/home/lucia/Descargas/instagram-inscripciones.csv';
const CSV_TEXT = [
  'Fecha;Inscripciones;Alcance',
  '31/03/2026;118;4.210,5',
  '30/04/2026;131;4.980',
  '31/05/2026;142;5.120',
  '30/06/2026;150;5.760',
  '31/07/2026;139;5.010',
  '31/08/2026;128;4.400',
  '30/09/2026;166;6.230',
  '31/10/2026;181;6.870',
  '30/11/2026;194;7.150',
].join('\n');

function splitCsv(delimiter: string): string[][] {
  return CSV_TEXT.split('\n').map((line) => line.split(delimiter));
}

function preview(delimiter?: string): CsvPreview {
  const used = delimiter ?? ';';
  const rows = splitCsv(used);
  const header = rows[0] ?? [];
  const mapping: CsvMapping = { delimiter: used, hasHeader: true, dateColumn: 0, valueColumn: Math.min(1, header.length - 1), dateOrder: 'day_month_year', decimalMark: 'comma' };
  return { columns: header, rows: rows.slice(1, 6), rowCount: rows.length - 1, mapping };
}

function readDate(text: string, order: CsvMapping['dateOrder']): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const other = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let y: number, m: number, d: number;
  if (order === 'iso' && iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (order !== 'iso' && other) {
    y = Number(other[3]);
    [d, m] = order === 'day_month_year' ? [Number(other[1]), Number(other[2])] : [Number(other[2]), Number(other[1])];
  } else return null;
  const date = new Date(y, m - 1, d);
  if (date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readValue(text: string, mark: CsvMapping['decimalMark']): number | null {
  let s = text.trim().replace(/\s/g, '');
  if (!s) return null;
  s = mark === 'comma' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function importCsv(objectiveId: number, path: string, mapping: CsvMapping): number {
  if (path !== CSV_PATH) fail('file_not_found', pick(`“${path}” was not found.`, `No se encuentra «${path}».`));
  find(doc.objectives, objectiveId, 'objective');
  const rows = splitCsv(mapping.delimiter);
  const read: { date: string; value: number }[] = [];
  rows.forEach((row, i) => {
    if (i === 0 && mapping.hasHeader) return;
    const line = i + 1;
    const date = readDate(row[mapping.dateColumn] ?? '', mapping.dateOrder);
    if (date === null) {
      fail('bad_csv', pick(`Line ${line}: “${row[mapping.dateColumn] ?? ''}” is not a date written as chosen.`, `Línea ${line}: «${row[mapping.dateColumn] ?? ''}» no es una fecha escrita como has indicado.`));
    }
    const value = readValue(row[mapping.valueColumn] ?? '', mapping.decimalMark);
    if (value === null) {
      fail('bad_csv', pick(`Line ${line}: “${row[mapping.valueColumn] ?? ''}” is not a number.`, `Línea ${line}: «${row[mapping.valueColumn] ?? ''}» no es un número.`));
    }
    read.push({ date, value });
  });
  for (const { date, value } of read) {
    const existing = doc.measurements.find((m) => m.objectiveId === objectiveId && m.date === date);
    if (existing) {
      existing.value = value;
      existing.kind = 'value';
    }
    else doc.measurements.push({ id: nextId(doc.measurements), objectiveId, date, value, kind: 'value', note: '' });
  }
  changed('measurement');
  return read.length;
}

// Calendar: what Rust computes from the cadences, for the mock only.

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const parse = (day: string): Date => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const format = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const plusDays = (day: string, n: number): string => {
  const d = parse(day);
  d.setDate(d.getDate() + n);
  return format(d);
};

function nthWeekday(year: number, month: number, week: number, weekday: Weekday): Date {
  const target = (WEEKDAYS.indexOf(weekday) + 1) % 7; // JS: Sunday = 0
  if (week === -1) {
    const last = new Date(year, month + 1, 0);
    last.setDate(last.getDate() - ((last.getDay() - target + 7) % 7));
    return last;
  }
  const first = new Date(year, month, 1);
  first.setDate(1 + ((target - first.getDay() + 7) % 7) + (week - 1) * 7);
  return first;
}

function dates(flow: Flow, from: string, end: string): string[] {
  const c = flow.cadence;
  const inRange = (d: string): boolean => d >= from && d < end;
  switch (c.kind) {
    case 'as_needed':
      return [];
    case 'one_off':
      return inRange(c.date) ? [c.date] : [];
    case 'daily': {
      const found: string[] = [];
      let d = c.start && c.start > from ? c.start : from;
      for (; d < end && (!c.until || d <= c.until); d = plusDays(d, 1)) {
        const weekday = parse(d).getDay();
        if (!c.weekdaysOnly || (weekday !== 0 && weekday !== 6)) found.push(d);
      }
      return found;
    }
    case 'weekly': {
      // No start: the day is not known, so it has no dates.
      if (c.start === null) return [];
      const step = 7 * Math.max(1, c.everyWeeks);
      let d = c.start;
      if (d < from) {
        const gap = Math.round((parse(from).getTime() - parse(d).getTime()) / 86_400_000);
        d = plusDays(d, Math.ceil(gap / step) * step);
      }
      const found: string[] = [];
      for (; d < end && (!c.until || d <= c.until); d = plusDays(d, step)) found.push(d);
      return found;
    }
    case 'monthly_weekday':
    case 'monthly_day': {
      const found: string[] = [];
      const cursor = parse(from);
      cursor.setDate(1);
      while (format(cursor) < end) {
        const date =
          c.kind === 'monthly_day'
            ? new Date(cursor.getFullYear(), cursor.getMonth(), c.day)
            : nthWeekday(cursor.getFullYear(), cursor.getMonth(), c.week, c.weekday);
        const day = format(date);
        if (inRange(day) && day >= c.start && (!c.until || day <= c.until)) found.push(day);
        cursor.setMonth(cursor.getMonth() + 1);
      }
      return found;
    }
  }
}

function calendar(from: string, weeks: number): CalendarEntry[] {
  const end = plusDays(from, weeks * 7);
  return doc.flows
    .flatMap((flow) =>
      dates(flow, from, end).map((date) => ({ date, flowId: flow.id, name: flow.name, direction: flow.direction, departmentIds: flow.departmentIds })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

// The commands

function create<T extends { id: number }>(list: T[], record: T, kind: EntityKind): T {
  const stored = { ...record, id: nextId(list) };
  list.push(stored);
  changed(kind);
  return stored;
}

function update<T extends { id: number }>(list: T[], record: T, kind: EntityKind, what: string): T {
  const index = find(list, record.id, what);
  list[index] = record;
  changed(kind);
  return record;
}

// `?plans=3000` adds that many generated campaigns, information needs and
// recommendations (and a tenth as many objectives and flows) to try long lists.
const extra = Number(new URLSearchParams(location.search).get('plans') ?? 0) || 0;
const grown = new WeakSet<object>();

function grow(): void {
  if (extra <= 0 || grown.has(doc.recommendations) || doc.departments.length === 0) return;
  const decisions = ['pending', 'accepted', 'rejected', 'ignored'] as const;
  const dept = (i: number): number => doc.departments[i % doc.departments.length]?.id ?? 1;
  const day = (i: number): string => plusDays('2024-01-01', i % 1000);
  for (let i = 0; i < extra / 10; i++) {
    doc.objectives.push({ id: nextId(doc.objectives), title: `Generated objective ${i + 1}`, description: '', kind: 'engagement', kpiMetric: 'Comments', kpiUnit: 'per week', baseline: 10, target: 20 + (i % 30), start: '2026-01-01', deadline: '2027-12-31', owner: '', status: 'active', channelIds: [], departmentIds: [] });
    doc.flows.push({ id: nextId(doc.flows), name: `Generated flow ${i + 1}`, direction: decisions[i % 3] === 'pending' ? 'all_staff' : 'cm_to_department', departmentIds: [dept(i)], audience: '', channel: 'email', cadence: { kind: 'weekly', start: day(i), everyWeeks: 1 + (i % 4), until: null }, owner: '', feedback: i % 5 ? 'Replies by email' : '' });
  }
  for (let i = 0; i < extra; i++) {
    doc.campaigns.push({ id: nextId(doc.campaigns), name: `Generated campaign ${i + 1}`, description: '', departmentId: dept(i), start: day(i), end: day(i + 20), affectsCommunity: i % 2 === 0, cmInvolved: i % 3 !== 0, objectiveIds: [], moderator: '' });
    doc.infoNeeds.push({ id: nextId(doc.infoNeeds), departmentId: dept(i), what: `Generated information need ${i + 1}`, urgency: (['immediate', 'same_day', 'this_week', 'monthly'] as const)[i % 4] ?? 'monthly', flowId: null });
    const decision = decisions[i % 4] ?? 'pending';
    doc.recommendations.push({ id: nextId(doc.recommendations), kind: 'recommendation', title: `Generated recommendation ${i + 1}`, recipient: 'Elena Vidal', departmentId: dept(i), date: day(i), rationale: 'Because the figures say so.', decision, decisionDate: decision === 'pending' ? null : day(i + 9), decisionRationale: '', outcome: '' });
  }
  grown.add(doc.recommendations);
}

export function handlePlans(cmd: string, args: Record<string, unknown>): unknown {
  grow();
  switch (cmd) {
    // Objectives and measurements
    case 'objective_list':
      return structuredClone(doc.objectives);
    case 'objective_create':
      return create(doc.objectives, checkObjective(args.objective as Objective), 'objective');
    case 'objective_update':
      return update(doc.objectives, checkObjective(args.objective as Objective), 'objective', 'objective');
    case 'measurement_list':
      return structuredClone(doc.measurements);
    case 'measurement_create':
      return create(doc.measurements, checkMeasurement(args.measurement as Measurement), 'measurement');
    case 'measurement_update':
      return update(doc.measurements, checkMeasurement(args.measurement as Measurement), 'measurement', 'measurement');
    case 'kpi_csv_pick':
      return CSV_PATH;
    case 'kpi_csv_preview':
      if (args.path !== CSV_PATH) fail('file_not_found', pick('The file was not found.', 'No se encuentra el archivo.'));
      return preview(typeof args.delimiter === 'string' ? args.delimiter : undefined);
    case 'kpi_csv_import':
      return importCsv(args.objectiveId as number, args.path as string, args.mapping as CsvMapping);

    // Campaigns
    case 'campaign_list':
      return structuredClone(doc.campaigns);
    case 'campaign_create':
      return create(doc.campaigns, checkCampaign(args.campaign as Campaign), 'campaign');
    case 'campaign_update':
      return update(doc.campaigns, checkCampaign(args.campaign as Campaign), 'campaign', 'campaign');

    // Internal communication
    case 'flow_list':
      return structuredClone(doc.flows);
    case 'flow_create':
      return create(doc.flows, checkFlow(args.flow as Flow), 'flow');
    case 'flow_update':
      return update(doc.flows, checkFlow(args.flow as Flow), 'flow', 'flow');
    case 'info_need_list':
      return structuredClone(doc.infoNeeds);
    case 'info_need_create':
      return create(doc.infoNeeds, checkNeed(args.infoNeed as InfoNeed), 'info_need');
    case 'info_need_update':
      return update(doc.infoNeeds, checkNeed(args.infoNeed as InfoNeed), 'info_need', 'information need');
    case 'calendar':
      return calendar(args.from as string, args.weeks as number);
    case 'holiday_list':
      return structuredClone(doc.holidays).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
    case 'holiday_create':
      return create(doc.holidays, checkHoliday(args.holiday as Holiday), 'holiday');
    case 'holiday_update':
      return update(doc.holidays, checkHoliday(args.holiday as Holiday), 'holiday', 'public holiday');
    case 'holidays_add': {
      // The fixed-date holidays both sets share, enough to try the window.
      const year = args.year as number;
      const fixed = [`${year}-01-01`, `${year}-05-01`, `${year}-12-25`].filter((date) => !doc.holidays.some((h) => h.date === date));
      for (const date of fixed) doc.holidays.push({ id: nextId(doc.holidays), date, name: pick('Public holiday', 'Festivo') });
      changed('holiday');
      return fixed.length;
    }
    case 'calendar_export_ics':
      return pick('/home/lucia/Documents/internal-communication.ics', '/home/lucia/Documentos/comunicacion-interna.ics');

    // Recommendations
    case 'recommendation_list':
      return structuredClone(doc.recommendations);
    case 'recommendation_create':
      return create(doc.recommendations, checkRecommendation(args.recommendation as Recommendation), 'recommendation');
    case 'recommendation_update':
      return update(doc.recommendations, checkRecommendation(args.recommendation as Recommendation), 'recommendation', 'recommendation');

    default:
      return undefined;
  }
}
