// The palette's entries over the large workspace (`rumbo sample --size
// large`: 200 channels, 1,000 objectives and the rest, exported by Rust into
// `large-workspace.json`), for its benchmark and its speed test.
import type { Lang, RecordKind } from '../bindings';
import { SECTIONS } from '../state/nav.svelte';
import { menuEntries, type MenuHandlers } from './actions';
import { recordEntries, sectionEntries } from './entries';
import large from './large-workspace.json';
import type { Entry } from './rank';

type Lists = Partial<Record<RecordKind, { id: number }[]>>;

export function largeEntries(lang: Lang): Entry[] {
  const lists = (large as unknown as Record<Lang, Lists>)[lang];
  const none = { run: () => undefined };
  const handlers = new Proxy({} as MenuHandlers, { get: () => none });
  return [
    ...sectionEntries(
      SECTIONS.map((id) => ({ id, label: id })),
      'Section',
      () => undefined,
    ),
    ...recordEntries(lists, lang, (section) => section, '(untitled)', { open: () => undefined, show: () => undefined }),
    ...menuEntries(lang, handlers),
  ];
}

/** What a person types, one keystroke at a time. */
export const TYPED = ['campana 12', 'objetivo 999', 'oficina linkedin', 'valdoria', 'redes sociales', 'zzz', 'o'];

/** Every prefix of each typed text: the query after each keystroke. */
export function keystrokes(): string[] {
  return TYPED.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
}
