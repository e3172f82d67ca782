// Development only: the fake backend's answers for the rules people meet —
// policies, the moderation matrix, protocols, the crisis ladder and its
// pause checklist, the playbook's settings, the models and the annexes.
// The main mock (`mock.ts`) asks this module first; `undefined` means
// "not mine". Deletions, their impact and their undo are left to mock.ts.
import type {
  ApiError,
  CrisisLevel,
  CrisisPlan,
  ExportOutcome,
  FieldError,
  Lang,
  ModelText,
  ModerationRule,
  PauseStep,
  Policy,
  PolicyKind,
  Protocol,
} from '../src/lib/bindings';
import { changed, doc, nextId } from './mock-data';

const es = (): boolean => document.documentElement.lang === 'es';
const pick = (en: string, esText: string): string => (es() ? esText : en);

function invalid(field: string, en: string, esText: string): never {
  const fields: FieldError[] = [{ field, code: 'required', message: pick(en, esText) }];
  throw { code: 'validation', message: pick('One field needs your attention.', 'Un campo necesita tu atención.'), fields } satisfies ApiError;
}

function required(value: string, field: string): void {
  if (!value.trim()) invalid(field, 'This field is required.', 'Este campo es obligatorio.');
}

/** Saves `record` into `list` (a new one gets the next id). */
function save<T extends { id: number }>(list: T[], record: T, create: boolean): T {
  if (create) {
    const created = { ...record, id: nextId(list) };
    list.push(created);
    return created;
  }
  const index = list.findIndex((r) => r.id === record.id);
  if (index === -1) throw { code: 'not_found', message: pick('It no longer exists.', 'Ya no existe.'), fields: [] } satisfies ApiError;
  list[index] = record;
  return record;
}

// The models, briefly: the app serves the real ones from Rust.
function model(kind: PolicyKind, lang: Lang): ModelText | null {
  if (kind === 'other') return null;
  const name = doc.profile.name || (lang === 'es' ? 'La organización' : 'The organization');
  const sample = doc.policies.find((p) => p.kind === kind);
  if (sample) return { title: sample.title, text: sample.text };
  return lang === 'es'
    ? { title: 'Modelo', text: `${name} publica este texto como punto de partida.\n\n- Primer punto.\n- Segundo punto.` }
    : { title: 'Model', text: `${name} publishes this text as a starting point.\n\n- First point.\n- Second point.` };
}

export function handleRules(cmd: string, args: Record<string, unknown>): unknown {
  switch (cmd) {
    case 'policy_list':
      return doc.policies;
    case 'policy_create':
    case 'policy_update': {
      const policy = args.policy as Policy;
      required(policy.title, 'title');
      const taken = doc.policies.some((p) => p.kind === policy.kind && p.kind !== 'other' && p.id !== policy.id);
      if (taken) invalid('kind', 'There is already a policy of this kind: edit that one, or choose another kind.', 'Ya hay una política de este tipo: edita esa, o elige otro tipo.');
      const saved = save(doc.policies, { ...policy, title: policy.title.trim() }, cmd === 'policy_create');
      changed('policy');
      return saved;
    }
    case 'moderation_rule_list':
      return doc.moderationRules;
    case 'moderation_rule_create':
    case 'moderation_rule_update': {
      const rule = args.rule as ModerationRule;
      required(rule.situation, 'situation');
      const saved = save(doc.moderationRules, { ...rule, situation: rule.situation.trim() }, cmd === 'moderation_rule_create');
      changed('moderation_rule');
      return saved;
    }
    case 'protocol_list':
      return doc.protocols;
    case 'protocol_create':
    case 'protocol_update': {
      const protocol = args.protocol as Protocol;
      required(protocol.name, 'name');
      const steps = protocol.steps.filter((s) => s.what.trim() || s.who.trim() || s.within.trim());
      const saved = save(doc.protocols, { ...protocol, name: protocol.name.trim(), steps }, cmd === 'protocol_create');
      changed('protocol');
      return saved;
    }
    case 'crisis_level_list':
      return [...doc.crisisLevels].sort((a, b) => a.rank - b.rank);
    case 'crisis_level_create':
    case 'crisis_level_update': {
      const level = args.level as CrisisLevel;
      required(level.name, 'name');
      if (doc.crisisLevels.some((l) => l.rank === level.rank && l.id !== level.id)) {
        invalid('rank', 'Another crisis level already has this number.', 'Ya hay otro nivel de crisis con este número.');
      }
      const saved = save(doc.crisisLevels, { ...level, name: level.name.trim() }, cmd === 'crisis_level_create');
      changed('crisis_level');
      return saved;
    }
    case 'pause_step_list':
      return doc.pauseSteps;
    case 'pause_step_create':
    case 'pause_step_update': {
      const step = args.step as PauseStep;
      required(step.how, 'how');
      const saved = save(doc.pauseSteps, { ...step, how: step.how.trim() }, cmd === 'pause_step_create');
      changed('pause_step');
      return saved;
    }
    case 'crisis_plan_get':
      return doc.crisis;
    case 'crisis_plan_save': {
      doc.crisis = { ...(args.plan as CrisisPlan) };
      changed(null, 'crisis_plan');
      return doc.crisis;
    }
    case 'policy_model':
      return model(args.kind as PolicyKind, args.lang as Lang);
    case 'post_mortem_model':
      return (args.lang as Lang) === 'es' ? 'Qué pasó\n\n- Los hechos.' : 'What happened\n\n- The facts.';
    case 'annex_export': {
      const outcome: ExportOutcome = { path: `/home/lucia/${String(args.kind)}.${String(args.format)}`, bytes: 48_213, pageCount: 1, version: null };
      return outcome;
    }
    default:
      return undefined;
  }
}
