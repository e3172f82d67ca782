// The window as a desktop app: the command palette, the keyboard
// shortcuts and their page, the user guide and About, where the window
// starts in a workspace — through the whole app, over the mocked commands.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../App.svelte';
import { channel, department, profile, snapshot, workspaceInfo } from '../../../test/fixtures';
import { campaign } from '../../../test/plans';
import { serve } from '../../../test/serve';
import { ABOUT, RULES } from '../../../test/window-mock';
import * as api from '../../api';
import * as windowApi from '../../api-window';
import { MENU_COMMANDS, type AppSnapshot, type MenuAction, type ViewPlace } from '../../bindings';
import { showShortcut, WINDOW_SHORTCUTS } from '../../keys';
import { app } from '../../state/app.svelte';
import { SECTIONS } from '../../state/nav.svelte';
import { overlays } from '../../state/overlay.svelte';
import { GUIDE } from './guide';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-health', async () => (await import('../../../test/health-mock')).mockHealthApi());
vi.mock('$lib/api-document', async () => (await import('../../../test/document-mock')).mockDocumentApi());
vi.mock('$lib/api-window', async () => (await import('../../../test/window-mock')).mockWindowApi());

let fromMenu: ((action: MenuAction) => void) | undefined;

async function start(lang: 'en' | 'es' = 'en', place?: ViewPlace) {
  serve({
    departments: [department({ id: 1, name: 'Social media' }), department({ id: 2, name: 'Marketing' })],
    channels: [channel({ id: 3, name: 'LinkedIn — employers' }), channel({ id: 4, name: 'Instagram — jóvenes', network: 'instagram' })],
    campaigns: [campaign({ id: 7, name: 'Campaña de verano' })],
  });
  const workspace = workspaceInfo({ path: ABOUT.workspace ?? '', fileName: 'Valdoria.rumbo', title: 'Valdoria', place });
  const shown: AppSnapshot = snapshot({ workspace, language: lang, resolvedLanguage: lang });
  vi.mocked(api.appState).mockResolvedValue(shown);
  vi.mocked(api.profileGet).mockResolvedValue(profile());
  vi.mocked(api.onMenuAction).mockImplementation((handler) => {
    fromMenu = handler;
    return Promise.resolve(() => {});
  });
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId('workspace-title');
  return { user };
}

beforeEach(() => {
  vi.clearAllMocks();
  app.reset();
  overlays.reset();
  fromMenu = undefined;
  vi.mocked(api.onAppState).mockResolvedValue(() => {});
  vi.mocked(api.onWorkspaceChanged).mockResolvedValue(() => {});
});

describe('the command palette', () => {
  it('opens with Ctrl+K and opens a record by typing part of its name', async () => {
    const { user } = await start();
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Go to or run' });
    const input = within(palette).getByRole('combobox');
    expect(input).toHaveFocus();
    await user.type(input, 'linked');
    await waitFor(() => expect(within(palette).getAllByRole('option')[0]).toHaveTextContent('LinkedIn — employers'));
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent('Channel · Channels');
    expect(input).toHaveAttribute('aria-activedescendant', within(palette).getAllByRole('option')[0]!.id);
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('dialog', { name: 'Go to or run' })).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-channels')).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByDisplayValue('LinkedIn — employers')).toHaveAttribute('id', 'channel-name');
  });

  it('ignores accents and runs in the interface language: "campana" finds the «Campaña»', async () => {
    const { user } = await start('es');
    await user.click(screen.getByTestId('open-palette'));
    const palette = await screen.findByRole('dialog', { name: 'Ir a o ejecutar' });
    await user.type(within(palette).getByRole('combobox'), 'campana');
    await waitFor(() => expect(within(palette).getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('Campañas'),
      expect.stringContaining('Campaña de verano'),
    ]));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('nav-campaigns')).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByDisplayValue('Campaña de verano')).toBeInTheDocument();
  });

  it('runs a command of the menu, and goes to a section with focus on its heading', async () => {
    const { user } = await start();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(within(await screen.findByRole('dialog', { name: 'Go to or run' })).getByRole('combobox'), 'zoom in');
    await user.keyboard('{Enter}');
    expect(windowApi.zoomStep).toHaveBeenCalledWith(1);
    expect(await screen.findByTestId('notice')).toHaveTextContent('Zoom: 110 %');

    await user.keyboard('{Control>}k{/Control}');
    await user.type(within(await screen.findByRole('dialog', { name: 'Go to or run' })).getByRole('combobox'), 'brand fit');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('nav-fit')).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Brand fit' })).toHaveFocus());
  });

  it('closes with Escape and gives the focus back', async () => {
    const { user } = await start();
    const button = screen.getByTestId('nav-channels');
    button.focus();
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Go to or run' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe('keyboard shortcuts', () => {
  it('next and previous section move focus to the heading; the skip link goes past the sidebar', async () => {
    const { user } = await start();
    await user.keyboard('{Control>}{PageDown}{/Control}');
    expect(screen.getByTestId('nav-audiences')).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    await user.keyboard('{Control>}{PageUp}{PageUp}{/Control}');
    expect(screen.getByTestId('nav-document')).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByTestId('skip-link'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Strategy document' })).toHaveFocus());
  });

  it('a new record in the section on screen', async () => {
    const { user } = await start();
    await user.click(screen.getByTestId('nav-channels'));
    await screen.findByTestId('channel-new');
    await user.keyboard('{Control>}{Shift>}N{/Shift}{/Control}');
    expect(await screen.findByRole('dialog', { name: /New channel/ })).toBeInTheDocument();
  });

  it('Ctrl+/ lists every shortcut of the menu and of the window', async () => {
    const { user } = await start();
    await user.keyboard('{Control>}/{/Control}');
    const page = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const text = page.textContent ?? '';
    for (const command of MENU_COMMANDS.filter((c) => c.accelerator)) {
      expect(text, command.id).toContain(command.en);
    }
    for (const name of ['New record in this section', 'Next section', 'Previous section']) expect(text).toContain(name);
    for (const shortcut of Object.values(WINDOW_SHORTCUTS)) {
      const keys = showShortcut(shortcut).split('+');
      expect(text, shortcut).toContain(keys[keys.length - 1]);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('help', () => {
  it('F1 opens the guide at the chapter of the section on screen; its rules come from Rust', async () => {
    const { user } = await start();
    await user.click(screen.getByTestId('nav-channels'));
    await user.keyboard('{F1}');
    const guide = await screen.findByRole('dialog', { name: 'User guide' });
    expect(within(guide).getByRole('heading', { level: 3 })).toHaveTextContent('Channels');
    await user.click(within(guide).getByTestId('guide-toc-health'));
    expect(within(guide).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(await within(guide).findByText('Presence is not an objective')).toBeInTheDocument();
    expect(within(guide).getByText('For example: “Be on TikTok”.')).toBeInTheDocument();
    await user.click(within(guide).getByTestId('guide-toc-files'));
    expect(await within(guide).findByText(ABOUT.backups ?? '')).toBeInTheDocument();
  });

  it('Help → About, from the menu, in Spanish: version, licence, where the data is, offline', async () => {
    await start('es');
    fromMenu?.({ kind: 'about' });
    const about = await screen.findByRole('dialog', { name: 'Acerca de Rumbo' });
    expect(about).toHaveTextContent('Rumbo nunca se conecta a internet');
    expect(await within(about).findByText('Versión 0.1.0')).toBeInTheDocument();
    expect(about).toHaveTextContent('MIT OR Apache-2.0');
    for (const path of [ABOUT.workspace, ABOUT.backups, ABOUT.preferences, ABOUT.data]) expect(about).toHaveTextContent(path ?? '');
    fromMenu?.({ kind: 'guide' });
    expect(await screen.findByRole('dialog', { name: 'Guía de uso' })).toBeInTheDocument();
  });

  it('has a chapter for every section, in both languages alike', () => {
    const ids = (lang: 'en' | 'es') => GUIDE[lang].map((c) => c.id);
    expect(ids('es')).toEqual(ids('en'));
    for (const lang of ['en', 'es'] as const) {
      for (const section of SECTIONS) {
        expect(GUIDE[lang].some((c) => c.section === section && c.id === section), `${lang}: ${section}`).toBe(true);
      }
      for (const chapter of GUIDE[lang]) {
        expect(chapter.title.trim()).not.toBe('');
        for (const block of chapter.blocks) {
          const texts = 'text' in block ? [block.text] : 'items' in block ? block.items : [];
          for (const text of texts) expect(text.split('**').length % 2, `${lang}/${chapter.id}: unbalanced ** in ${text}`).toBe(1);
        }
      }
      expect(GUIDE[lang].flatMap((c) => c.blocks).some((b) => b.kind === 'rules')).toBe(true);
    }
    expect(RULES.length).toBeGreaterThan(0);
  });
});

describe('where the window starts', () => {
  it('goes back to the section and the record it was on in this workspace, and remembers where it goes', async () => {
    const { user } = await start('en', { section: 'channels', kind: 'channel', id: 4 });
    expect(screen.getByTestId('nav-channels')).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByDisplayValue('Instagram — jóvenes')).toHaveAttribute('id', 'channel-name');
    await waitFor(() =>
      expect(windowApi.viewPlaceSet).toHaveBeenLastCalledWith({ section: 'channels', kind: 'channel', id: 4 }),
    );
    await user.keyboard('{Escape}');
    await user.click(screen.getByTestId('nav-campaigns'));
    await waitFor(() =>
      expect(windowApi.viewPlaceSet).toHaveBeenLastCalledWith({ section: 'campaigns', kind: null, id: null }),
    );
  });

  it('ignores a place that no longer exists', async () => {
    await start('en', { section: 'gone', kind: null, id: null });
    expect(screen.getByTestId('nav-profile')).toHaveAttribute('aria-current', 'page');
  });
});
