// Interface strings: one file per area and language (`en.json`,
// `<area>.en.json`, …). A language's files are read the first time it is
// used — English at once, as the fallback of a string a translation lacks —
// and synchronously, so the first paint is already in the right language.
// They are bundled as text and read with `JSON.parse`: the page reads a few
// hundred kilobytes of strings that way far faster than as object literals
// in the script (about a tenth of a second of a cold start in WebKitGTK).
import { addMessages, init, locale } from 'svelte-i18n';
import type { Lang } from '../bindings';

type Dictionary = Parameters<typeof addMessages>[1];
const files = import.meta.glob<string>('./*.json', { eager: true, query: '?raw', import: 'default' });

const read = new Set<Lang>();

/** Registers `lang`'s strings, the first time: for a text in a language
 *  other than the interface's (`$_(key, { locale })`). */
export function readLanguage(lang: Lang): void {
  if (read.has(lang)) return;
  read.add(lang);
  // The language's main file first, then each area's.
  const paths = Object.keys(files)
    .filter((path) => path === `./${lang}.json` || path.endsWith(`.${lang}.json`))
    .sort((a, b) => Number(b === `./${lang}.json`) - Number(a === `./${lang}.json`) || a.localeCompare(b));
  for (const path of paths) {
    const text = files[path];
    if (text !== undefined) addMessages(lang, JSON.parse(text) as Dictionary);
  }
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
