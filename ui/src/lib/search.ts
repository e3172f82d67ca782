// Filtering lists by what is typed: case and accents do not matter
// ("camara" finds "Cámara").

/** `text` without accents, in lower case. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether any of `texts` contains what was typed (`query`); everything
 *  matches an empty query. */
export function matches(query: string, ...texts: readonly (string | null | undefined)[]): boolean {
  const needle = normalize(query.trim());
  return !needle || normalize(texts.filter(Boolean).join(' ')).includes(needle);
}
