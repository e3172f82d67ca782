// The menu's commands as entries of the command palette: every command of
// `MENU_COMMANDS` (Rust's list, which the native menu is built from), each
// run by its handler. A handler is required for every command: a command
// added to the menu does not compile here until the palette can run it.
import { MENU_COMMANDS, MENU_GROUPS, type Lang, type MenuCommandId } from '../bindings';
import { showShortcut } from '../keys';
import type { Entry } from './rank';

export interface Handler {
  run: () => void;
  /** False when it cannot run now (no workspace open). */
  enabled?: boolean;
}

export type MenuHandlers = Record<MenuCommandId, Handler>;

/** The commands the palette does not list: opening the palette itself. */
const NOT_LISTED: readonly MenuCommandId[] = ['view.palette'];

/** An entry for every command of the menu, in `lang`. */
export function menuEntries(lang: Lang, handlers: MenuHandlers): Entry[] {
  return MENU_COMMANDS.filter((c) => !NOT_LISTED.includes(c.id)).map((command) => {
    const label = lang === 'es' ? command.es : command.en;
    const choice = command.choice ? (lang === 'es' ? command.choice.es : command.choice.en) : null;
    const handler = handlers[command.id];
    return {
      key: `menu:${command.id}`,
      group: 'action',
      label: choice ? `${choice}: ${label}` : label,
      detail: MENU_GROUPS[command.group][lang],
      shortcut: command.accelerator ? showShortcut(command.accelerator, lang) : undefined,
      disabled: handler.enabled === false,
      run: handler.run,
    };
  });
}
