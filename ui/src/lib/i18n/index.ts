// Interface strings. Messages are bundled and registered synchronously, so
// the first paint is already in the right language.
import { addMessages, init, locale } from 'svelte-i18n';
import type { Lang } from '../bindings';
import en from './en.json';
import es from './es.json';

addMessages('en', en);
addMessages('es', es);

// Each area of the interface may keep its strings in files of its own,
// `<area>.en.json` and `<area>.es.json`, merged here.
type Dictionary = Parameters<typeof addMessages>[1];
const areas = import.meta.glob<Dictionary>('./*.*.json', { eager: true, import: 'default' });
for (const [path, messages] of Object.entries(areas)) {
  const lang = /\.(en|es)\.json$/.exec(path)?.[1];
  if (lang) addMessages(lang, messages);
}

function guess(): Lang {
  const nav = typeof navigator === 'undefined' ? '' : navigator.language;
  return nav.toLowerCase().startsWith('es') ? 'es' : 'en';
}

init({ fallbackLocale: 'en', initialLocale: guess() });

/** Switches the interface language (the locale Rust resolved). */
export function setLocale(lang: Lang): void {
  void locale.set(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
