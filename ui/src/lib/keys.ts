// Keyboard shortcuts: how a shortcut is written (in Tauri's syntax,
// `CmdOrCtrl+K`), shown on this platform (Ctrl+K, or ⌘K on macOS) and
// matched against a key press. Every shortcut of the app is listed here or
// in the menu's commands (`MENU_COMMANDS`, from Rust); the keyboard-shortcuts
// page shows both.
import { MENU_COMMANDS, type Lang, type MenuCommandId } from './bindings';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const MAC_SYMBOLS: Record<string, string> = {
  CmdOrCtrl: '⌘',
  Ctrl: '⌃',
  Alt: '⌥',
  Shift: '⇧',
};

/** The names of keys as they are printed on keyboards, in each language. */
const KEY_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    PageDown: 'Page Down',
    PageUp: 'Page Up',
    Escape: 'Esc',
    Enter: 'Enter',
    Delete: 'Delete',
    Backspace: 'Backspace',
    Home: 'Home',
    End: 'End',
    Tab: 'Tab',
    Shift: 'Shift',
  },
  es: {
    PageDown: 'Av Pág',
    PageUp: 'Re Pág',
    Escape: 'Esc',
    Enter: 'Intro',
    Delete: 'Supr',
    Backspace: 'Retroceso',
    Home: 'Inicio',
    End: 'Fin',
    Tab: 'Tab',
    Shift: 'Mayús',
  },
};

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** The keys of a shortcut, one by one, as shown on this platform in `lang`
 *  (`['Ctrl', 'K']`, or `['⌘', 'K']` on macOS). */
export function keysOf(shortcut: string, lang: Lang = 'en', mac = IS_MAC): string[] {
  return shortcut.split(/\+(?!$)/).map((part) => {
    if (mac && MAC_SYMBOLS[part]) return MAC_SYMBOLS[part];
    if (part === 'CmdOrCtrl') return 'Ctrl';
    return ARROWS[part] ?? KEY_NAMES[lang][part] ?? (part.length === 1 ? part.toUpperCase() : part);
  });
}

/** A shortcut as one string for this platform in `lang`: `Ctrl+K`, `⌘K`. */
export function showShortcut(shortcut: string, lang: Lang = 'en', mac = IS_MAC): string {
  return keysOf(shortcut, lang, mac).join(mac ? '' : '+');
}

/** Whether the key press `event` is `shortcut` (`CmdOrCtrl+Shift+N`). */
export function isShortcut(event: KeyboardEvent, shortcut: string, mac = IS_MAC): boolean {
  const parts = shortcut.split(/\+(?!$)/);
  const key = parts[parts.length - 1] ?? '';
  const has = (name: string): boolean => parts.includes(name);
  const primary = mac ? event.metaKey : event.ctrlKey;
  const wantsPrimary = has('CmdOrCtrl');
  const wantsCtrl = has('Ctrl') || (!mac && wantsPrimary);
  const wantsMeta = mac && wantsPrimary;
  if (wantsPrimary && !primary) return false;
  if (event.ctrlKey !== wantsCtrl) return false;
  if (event.metaKey !== wantsMeta) return false;
  if (event.altKey !== has('Alt')) return false;
  // Shift is part of some keys ("?" or "+"), so only a shortcut that names
  // it requires it; one that does not, refuses it only for letters.
  if (has('Shift') && !event.shiftKey) return false;
  if (!has('Shift') && event.shiftKey && /^[a-z]$/i.test(key)) return false;
  if (key.length === 1) {
    const typed = event.key.length === 1 ? event.key.toLowerCase() : '';
    if (typed === key.toLowerCase()) return true;
    // The physical key, for layouts where the character differs (Spanish: Shift+7 is "/").
    if (key === '/' && (event.code === 'Slash' || event.code === 'NumpadDivide')) return true;
    if (key === '=' && (event.key === '+' || event.code === 'Equal' || event.code === 'NumpadAdd')) return true;
    if (key === '-' && (event.code === 'Minus' || event.code === 'NumpadSubtract')) return true;
    if (/^[a-z0-9]$/i.test(key) && event.code === (/\d/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`)) return true;
    return false;
  }
  return event.key === key;
}

/** The shortcut of a menu command, if it has one. */
export function menuShortcut(id: MenuCommandId): string | null {
  return MENU_COMMANDS.find((c) => c.id === id)?.accelerator ?? null;
}

/** The window's own shortcuts (not in the menu): the shell handles them. */
export const WINDOW_SHORTCUTS = {
  newRecord: 'CmdOrCtrl+Shift+N',
  nextSection: 'Ctrl+PageDown',
  previousSection: 'Ctrl+PageUp',
} as const;

export type WindowShortcut = keyof typeof WINDOW_SHORTCUTS;

/** A shortcut that works in one place of the window (a dialog, a grid, a
 *  list), for the keyboard-shortcuts page: its keys and what it does (an
 *  i18n key under `shortcuts.`). */
export interface PlaceShortcut {
  keys: string[];
  does: string;
}

/** Where those shortcuts work, each with its own, in the page's order. */
export const PLACE_SHORTCUTS: { place: string; shortcuts: PlaceShortcut[] }[] = [
  {
    place: 'everywhere',
    shortcuts: [
      { keys: ['Tab'], does: 'tab' },
      { keys: ['Shift+Tab'], does: 'shiftTab' },
      { keys: ['Escape'], does: 'escape' },
      { keys: ['CmdOrCtrl+Z'], does: 'undoDelete' },
    ],
  },
  {
    place: 'palette',
    shortcuts: [
      { keys: ['ArrowDown', 'ArrowUp'], does: 'paletteMove' },
      { keys: ['Enter'], does: 'paletteRun' },
      { keys: ['Escape'], does: 'paletteClose' },
    ],
  },
  {
    place: 'editor',
    shortcuts: [
      { keys: ['Enter'], does: 'editorCreate' },
      { keys: ['Escape'], does: 'editorClose' },
    ],
  },
  {
    place: 'pickers',
    shortcuts: [
      { keys: ['ArrowDown', 'ArrowUp'], does: 'pickerMove' },
      { keys: ['Home', 'End'], does: 'pickerEnds' },
      { keys: ['Enter'], does: 'pickerChoose' },
      { keys: ['Backspace'], does: 'pickerRemove' },
      { keys: ['Escape'], does: 'pickerClose' },
    ],
  },
  {
    place: 'tabs',
    shortcuts: [
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'tabsMove' },
      { keys: ['Home', 'End'], does: 'tabsEnds' },
    ],
  },
  {
    place: 'grids',
    shortcuts: [
      { keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'], does: 'gridMove' },
      { keys: ['Home', 'End'], does: 'gridEnds' },
      { keys: ['0 … 5'], does: 'gridScore' },
      { keys: ['R · A · C · I'], does: 'gridRaci' },
      { keys: ['Delete', 'Backspace'], does: 'gridClear' },
    ],
  },
  {
    place: 'text',
    shortcuts: [
      { keys: ['CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V'], does: 'clipboard' },
      { keys: ['CmdOrCtrl+A'], does: 'selectAll' },
      { keys: [IS_MAC ? 'CmdOrCtrl+Shift+Z' : 'CmdOrCtrl+Y'], does: 'redo' },
    ],
  },
];
