// Typed wrappers for the rules people meet beyond their records: the crisis
// playbook's settings, the texts to start a policy or a post-mortem from,
// and a publishable annex exported on its own. Components import these, so
// tests can replace this module with `vi.mock`.
import { call } from './api';
import type { CrisisPlan, DocFormat, ExportOutcome, Lang, ModelText, PolicyKind } from './bindings';

export const crisisPlanGet = (): Promise<CrisisPlan> => call('crisis_plan_get');
/** Validates and saves the playbook's settings (the single voice, the
 *  post-mortem template, the last drill). */
export const crisisPlanSave = (plan: CrisisPlan): Promise<CrisisPlan> => call('crisis_plan_save', { plan });

/** The model of a policy of `kind` in `lang`, with the organization's name;
 *  null for a kind with no model. */
export const policyModel = (kind: PolicyKind, lang: Lang): Promise<ModelText | null> => call('policy_model', { kind, lang });
/** The model of the review held after a crisis, in `lang`. */
export const postMortemModel = (lang: Lang): Promise<string> => call('post_mortem_model', { lang });

/** Asks for a file with the native save dialog and writes the annex of
 *  `kind` there, on its own. Null when the user cancelled the dialog. */
export const annexExport = (kind: PolicyKind, format: DocFormat): Promise<ExportOutcome | null> =>
  call('annex_export', { kind, format });
