// Interface strings. Messages are bundled and registered synchronously, so
// the first paint is already in the right language.
import { addMessages, init, locale } from 'svelte-i18n';
import type { Lang } from '../bindings';
import en from './en.json';
import es from './es.json';

addMessages('en', en);
addMessages('es', es);

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
