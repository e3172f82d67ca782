// Finding web and e-mail addresses in user text. The text stays text: the
// addresses become links that ask Rust to open them (`open_link`), which
// checks them and asks the user first. Nothing here becomes markup.

/** A piece of user text: plain text, or an address to offer as a link. */
export type Segment = { kind: 'text'; text: string } | { kind: 'link'; text: string; url: string };

// http(s):// or mailto: up to whitespace or a character that cannot end an
// address in running text.
const ADDRESS = /\b(?:https?:\/\/|mailto:)[^\s<>"'`«»“”]+/giu;

/** Punctuation that ends a sentence rather than the address before it. */
const TRAILING = /[.,;:!?¡¿]+$/u;

function trimAddress(raw: string): string {
  let url = raw.replace(TRAILING, '');
  // A closing bracket belongs to the address only when it opened one.
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (url.endsWith(close) && url.split(open).length < url.split(close).length) {
      url = url.slice(0, -1).replace(TRAILING, '');
    }
  }
  return url;
}

/** The text split into plain text and addresses, in order. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    const url = trimAddress(match[0]);
    if (url.length <= 'mailto:'.length) continue;
    if (start > last) out.push({ kind: 'text', text: text.slice(last, start) });
    out.push({ kind: 'link', text: url, url });
    last = start + url.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The distinct addresses in `texts`, in the order they first appear. */
export function addresses(...texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const s of segments(text)) if (s.kind === 'link') seen.add(s.url);
  }
  return [...seen];
}
