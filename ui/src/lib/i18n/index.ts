// Interface strings: one file per area and language (`en.json`,
// `<area>.en.json`, …). A language's files are read the first time it is
// used — English at once, as the fallback of a string a translation lacks —
// and synchronously, so the first paint is already in the right language.
// They are bundled as text and read with `JSON.parse`, which reads a few
// hundred kilobytes of strings faster than the script's parser reads them
// as object literals (measured on a cold page load in WebKitGTK's
// MiniBrowser), and holds only the languages in use.
import { addMessages, init, locale } from 'svelte-i18n';
import type { Lang } from '../bindings';

type Dictionary = Parameters<typeof addMessages>[1];
const files = import.meta.glob<string>('./*.json', { eager: true, query: '?raw', import: 'default' });

const read = new Set<Lang>();

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Puts `from`'s strings into `into`, area by area (two files may share
 *  an area: `nav`, `common`…); a later file's string wins. */
function merge(into: Tree, from: Tree): void {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (isTree(there) && isTree(value)) merge(there, value);
    else into[key] = value;
  }
}

/** Registers `lang`'s strings, the first time: for a text in a language
 *  other than the interface's (`$_(key, { locale })`). Its files are
 *  merged here and handed over at once: the library copies everything it
 *  holds for a language on each addition, which, file by file, cost the
 *  start ~20 ms (profiled). */
export function readLanguage(lang: Lang): void {
  if (read.has(lang)) return;
  read.add(lang);
  const strings: Tree = {};
  for (const [path, text] of Object.entries(files)) {
    if (path === `./${lang}.json` || path.endsWith(`.${lang}.json`)) merge(strings, JSON.parse(text) as Tree);
  }
  addMessages(lang, strings as Dictionary);
}

function guess(): Lang {
  const nav = typeof navigator === 'undefined' ? '' : navigator.language;
  return nav.toLowerCase().startsWith('es') ? 'es' : 'en';
}

const initial = guess();
readLanguage('en');
readLanguage(initial);
init({ fallbackLocale: 'en', initialLocale: initial });

/** Switches the interface language (the locale Rust resolved). */
export function setLocale(lang: Lang): void {
  readLanguage(lang);
  void locale.set(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
