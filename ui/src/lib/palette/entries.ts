// What the command palette can find: the sections, every record of every
// kind the store holds (the kinds come from Rust: `RECORD_KINDS`, each
// named by `RECORD_NAME_FIELDS` and `RECORD_NOUNS`, placed by
// `SECTION_RECORDS`), the health check's findings, and every command of
// the menu. Each entry knows how to run itself.
import { RECORD_KINDS, RECORD_NAME_FIELDS, RECORD_NOUNS, type Finding, type Lang, type RecordKind } from '../bindings';
import { placeOf, type NavigateOptions, type Section } from '../state/nav.svelte';
import type { Entry } from './rank';

/** A record as the palette reads it: its id and its fields. */
type AnyRecord = { id: number } & object;

export interface RecordActions {
  /** Shows `section` and opens record `id` (of `kind`) there. */
  open(section: Section, id: number, kind: RecordKind): void;
  /** Shows `section` (for records it lists but does not open). */
  show(section: Section): void;
}

/** The name of a record, as its kind names it (`RECORD_NAME_FIELDS`). */
export function recordName(kind: RecordKind, record: AnyRecord): string {
  const value = (record as Record<string, unknown>)[RECORD_NAME_FIELDS[kind]];
  return typeof value === 'string' ? value.trim() : '';
}

/** The noun of a kind in `lang`: "channel", "campaña". */
export function nounOf(kind: RecordKind, lang: Lang): string {
  const noun = RECORD_NOUNS[kind];
  return lang === 'es' ? noun.es : noun.en;
}

/** An entry for every record in `lists` (by kind) that can be found on its
 *  own. `sectionLabel` names a section in the interface language;
 *  `untitled` is what a record without a name is called. */
export function recordEntries(
  lists: Partial<Record<RecordKind, readonly AnyRecord[]>>,
  lang: Lang,
  sectionLabel: (section: Section) => string,
  untitled: string,
  actions: RecordActions,
): Entry[] {
  const entries: Entry[] = [];
  for (const kind of RECORD_KINDS) {
    const place = placeOf(kind);
    const list = lists[kind];
    if (!place || place.hold === 'within' || !list) continue;
    const noun = nounOf(kind, lang);
    const detail = `${noun.charAt(0).toLocaleUpperCase(lang) + noun.slice(1)} · ${sectionLabel(place.section)}`;
    for (const record of list) {
      const id = record.id;
      entries.push({
        key: `record:${kind}:${id}`,
        group: 'record',
        label: recordName(kind, record) || untitled,
        detail,
        section: place.section,
        run:
          place.hold === 'opens'
            ? () => actions.open(place.section, id, kind)
            : () => actions.show(place.section),
      });
    }
  }
  return entries;
}

/** An entry for each section. */
export function sectionEntries(
  sections: readonly { id: Section; label: string }[],
  detail: string,
  choose: (section: Section) => void,
): Entry[] {
  return sections.map(({ id, label }) => ({
    key: `section:${id}`,
    group: 'section',
    label,
    detail,
    section: id,
    run: () => choose(id),
  }));
}

/** An entry for each open finding of the health check: it goes where the
 *  finding is fixed, as its "Fix it" link does. */
export function findingEntries(
  findings: readonly Finding[],
  detail: (finding: Finding) => string,
  go: (finding: Finding) => void,
): Entry[] {
  return findings
    .filter((f) => !f.acknowledged)
    .map((finding) => ({
      key: `finding:${finding.key}`,
      group: 'finding',
      label: finding.message,
      detail: detail(finding),
      run: () => go(finding),
    }));
}

export type { NavigateOptions };
