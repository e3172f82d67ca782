// The command palette's search: what was typed against every place, record,
// finding and action, ranked. Case and accents do not matter ("campana"
// finds "Campaña"); every word typed must be found; a name that starts with
// what was typed comes before one that only contains it. The entries are
// indexed once when the palette opens (their words normalized, their
// alphabetical order in the interface language taken), so that each
// keystroke only compares short strings.
import { normalize } from '../search';
import type { Section } from '../state/nav.svelte';

/** What a result is: a section, a record, a finding of the health check,
 *  or something to do (a menu command, a shortcut). */
export type EntryGroup = 'section' | 'action' | 'record' | 'finding';

export interface Entry {
  /** Unique among the entries (`record:channel:3`). */
  key: string;
  group: EntryGroup;
  /** What the result says (a record's name, a command's label). */
  label: string;
  /** What it is and where (the kind and its section, a menu's name). */
  detail: string;
  /** A shortcut to show beside it, already written for this platform. */
  shortcut?: string;
  /** Shown, but cannot run now (Save a Copy without a workspace). */
  disabled?: boolean;
  /** The section running it shows (drawn ahead while it is highlighted). */
  section?: Section;
  run: () => void;
}

interface Indexed {
  entry: Entry;
  label: string;
  detail: string;
  /** Where each word of the label starts (0 included). */
  starts: number[];
  /** The entry's place in alphabetical order, in the interface language. */
  order: number;
}

export interface PaletteIndex {
  items: Indexed[];
}

/** How much each group weighs when the match is as good. */
const GROUP_WEIGHT: Record<EntryGroup, number> = { section: 30, action: 12, record: 0, finding: -6 };

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const here = text[i] ?? '';
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    if (/[\p{L}\p{N}]/u.test(here) && !/[\p{L}\p{N}]/u.test(before)) starts.push(i);
  }
  return starts;
}

/** Indexes `entries` for `search`, in the order of `locale`. */
export function indexEntries(entries: readonly Entry[], locale: string): PaletteIndex {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = entries.map((entry, i) => ({ entry, i })).sort((a, b) => collator.compare(a.entry.label, b.entry.label));
  const order = new Array<number>(entries.length);
  sorted.forEach(({ i }, rank) => (order[i] = rank));
  return {
    items: entries.map((entry, i) => {
      const label = normalize(entry.label);
      return { entry, label, detail: normalize(entry.detail), starts: wordStarts(label), order: order[i] ?? i };
    }),
  };
}

/** How well one word typed matches an entry; -1 when it is not there. */
function scoreWord(item: Indexed, word: string): number {
  const at = item.label.indexOf(word);
  if (at === 0) return 100;
  if (at > 0) {
    // A later word of the name that starts with it.
    for (const start of item.starts) if (start > 0 && item.label.startsWith(word, start)) return 70;
    return 40;
  }
  const inDetail = item.detail.indexOf(word);
  if (inDetail === -1) return -1;
  return inDetail === 0 || /[^\p{L}\p{N}]/u.test(item.detail[inDetail - 1] ?? ' ') ? 22 : 10;
}

export interface SearchResult {
  /** The best results, best first (at most `limit`). */
  entries: Entry[];
  /** How many entries matched in all. */
  total: number;
}

/** The entries that match `query`, best first. An empty query gives the
 *  sections and the actions, in their own order. */
export function search(index: PaletteIndex, query: string, limit = 50): SearchResult {
  const words = normalize(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) {
    const shown = index.items.filter((i) => i.entry.group === 'section' || i.entry.group === 'action');
    return { entries: shown.slice(0, limit).map((i) => i.entry), total: shown.length };
  }
  const phrase = words.join(' ');
  const found: { item: Indexed; score: number }[] = [];
  for (const item of index.items) {
    let score = 0;
    for (const word of words) {
      const s = scoreWord(item, word);
      if (s < 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score < 0) continue;
    if (item.label === phrase) score += 200;
    else if (words.length > 1 && item.label.startsWith(phrase)) score += 60;
    score += GROUP_WEIGHT[item.entry.group];
    if (item.entry.disabled) score -= 50;
    found.push({ item, score });
  }
  found.sort(
    (a, b) => b.score - a.score || a.item.label.length - b.item.label.length || a.item.order - b.item.order,
  );
  return { entries: found.slice(0, limit).map((f) => f.item.entry), total: found.length };
}
