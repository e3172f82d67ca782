// Light and dark: `data-theme` on <html> selects the palette in app.css.
// "system" follows the operating system live.
import type { ThemePref } from './bindings';

const STORAGE_KEY = 'rumbo.theme';
let preference: ThemePref = 'system';
let media: MediaQueryList | null = null;

function systemIsDark(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  if (!media) {
    media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', paint);
  }
  return media.matches;
}

function paint(): void {
  if (typeof document === 'undefined') return;
  const dark = preference === 'dark' || (preference === 'system' && systemIsDark());
  const root = document.documentElement;
  root.dataset.theme = dark ? 'dark' : 'light';
  root.style.colorScheme = dark ? 'dark' : 'light';
}

export function applyTheme(pref: ThemePref): void {
  preference = pref;
  paint();
  try {
    localStorage.setItem(STORAGE_KEY, pref);
  } catch {
    // Storage unavailable: the theme just won't be remembered for the first paint.
  }
}

/** Paints the last known theme before Rust answers, so there is no flash. */
export function applyRememberedTheme(): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(STORAGE_KEY);
  } catch {
    remembered = null;
  }
  preference = remembered === 'light' || remembered === 'dark' ? remembered : 'system';
  paint();
}
