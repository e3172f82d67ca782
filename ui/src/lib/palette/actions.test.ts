import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommandId } from '../bindings';
import { menuEntries, type MenuHandlers } from './actions';

function handlers(disabled: MenuCommandId[] = []): { handlers: MenuHandlers; ran: MenuCommandId[] } {
  const ran: MenuCommandId[] = [];
  const all = Object.fromEntries(
    MENU_COMMANDS.map((c) => [c.id, { run: vi.fn(() => ran.push(c.id)), enabled: !disabled.includes(c.id) }]),
  ) as unknown as MenuHandlers;
  return { handlers: all, ran };
}

describe('the menu in the palette', () => {
  it('lists every command of the menu but the palette itself, and runs each', () => {
    const { handlers: all, ran } = handlers();
    const entries = menuEntries('en', all);
    expect(entries.map((e) => e.key)).toEqual(
      MENU_COMMANDS.filter((c) => c.id !== 'view.palette').map((c) => `menu:${c.id}`),
    );
    for (const entry of entries) entry.run();
    expect(ran).toHaveLength(entries.length);
  });

  it('names them in the interface language, with their menu and shortcut', () => {
    const { handlers: all } = handlers(['file.save-copy']);
    const es = menuEntries('es', all);
    const find = (key: string) => es.find((e) => e.key === key);
    expect(find('menu:file.new')).toMatchObject({ label: 'Nuevo espacio de trabajo…', detail: 'Archivo', shortcut: 'Ctrl+N' });
    expect(find('menu:view.theme.dark')).toMatchObject({ label: 'Apariencia: Oscura', detail: 'Ver' });
    expect(find('menu:help.shortcuts')).toMatchObject({ label: 'Atajos de teclado', shortcut: 'Ctrl+/' });
    expect(find('menu:file.save-copy')?.disabled).toBe(true);
    const en = menuEntries('en', all);
    expect(en.find((e) => e.key === 'menu:view.zoom-in')).toMatchObject({ label: 'Zoom In', shortcut: 'Ctrl+=' });
  });
});
