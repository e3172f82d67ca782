import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from './App.svelte';
import * as api from './lib/api';
import { app } from './lib/state/app.svelte';
import type { MenuAction } from './lib/bindings';
import { profile, snapshot, workspaceInfo } from './test/fixtures';
import { serve } from './test/serve';

vi.mock('$lib/api', async (importOriginal) => (await import('./test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-health', async () => (await import('./test/health-mock')).mockHealthApi());
vi.mock('$lib/api-document', async () => (await import('./test/document-mock')).mockDocumentApi());

const openError = (message: string) => ({ code: 'not_a_workspace' as const, message, fields: [] });

beforeEach(() => {
  vi.resetAllMocks();
  serve();
  app.reset();
  vi.mocked(api.onAppState).mockResolvedValue(() => {});
  vi.mocked(api.onMenuAction).mockResolvedValue(() => {});
});

describe('welcome screen', () => {
  it('is in Spanish when Rust resolves the language to es, with the error banner', async () => {
    vi.mocked(api.appState).mockResolvedValue(
      snapshot({
        language: 'es',
        resolvedLanguage: 'es',
        error: openError('«fotos.zip» no es un espacio de trabajo de Rumbo.'),
        recent: [
          { path: '/home/lucia/valdoria.rumbo', fileName: 'valdoria.rumbo', exists: true },
          { path: '/media/usb/viejo.rumbo', fileName: 'viejo.rumbo', exists: false },
        ],
      }),
    );
    render(App);

    const welcome = await screen.findByTestId('welcome');
    expect(within(welcome).getByText('Tu estrategia de comunidad, con rumbo.')).toBeInTheDocument();
    expect(screen.getByTestId('welcome-new')).toHaveTextContent('Nuevo espacio de trabajo…');
    expect(screen.getByTestId('welcome-sample')).toHaveTextContent('Abrir el espacio de trabajo de ejemplo');
    expect(screen.getByTestId('welcome-sample')).toHaveTextContent('agencia regional de empleo');
    expect(screen.getByTestId('welcome-open')).toHaveTextContent('Abrir un espacio de trabajo…');
    expect(screen.getByText('Recientes')).toBeInTheDocument();
    expect(screen.getByText('no encontrado')).toBeInTheDocument();
    expect(screen.getByText(/Rumbo nunca se conecta a internet/)).toBeInTheDocument();
    expect(screen.queryByText(/New workspace/)).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');

    const banner = screen.getByTestId('error-banner');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent('«fotos.zip» no es un espacio de trabajo de Rumbo.');
  });

  it('is in English for en, and the error banner can be dismissed', async () => {
    vi.mocked(api.appState).mockResolvedValue(
      snapshot({ resolvedLanguage: 'en', error: openError('“photos.zip” is not a Rumbo workspace.') }),
    );
    const user = userEvent.setup();
    render(App);

    expect(await screen.findByText('Your community strategy, on course.')).toBeInTheDocument();
    expect(screen.getByTestId('welcome-new')).toHaveTextContent('New workspace…');
    expect(screen.getByTestId('welcome-sample')).toHaveTextContent('Open the sample workspace');
    expect(screen.getByTestId('welcome-open')).toHaveTextContent('Open a workspace…');
    expect(screen.getByTestId('error-banner')).toHaveTextContent('“photos.zip” is not a Rumbo workspace.');

    await user.click(within(screen.getByTestId('error-banner')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-banner')).not.toBeInTheDocument();
  });

  it('opens a recent file by its path and shows the workspace', async () => {
    const recent = [{ path: '/home/lucia/valdoria.rumbo', fileName: 'valdoria.rumbo', exists: true }];
    vi.mocked(api.appState).mockResolvedValue(snapshot({ recent }));
    vi.mocked(api.workspaceOpenPath).mockResolvedValue(
      snapshot({ recent, workspace: workspaceInfo({ path: recent[0]!.path, fileName: 'valdoria.rumbo', title: 'Valdoria Agency' }) }),
    );
    vi.mocked(api.profileGet).mockResolvedValue(profile());
    vi.mocked(api.recordList).mockResolvedValue([]);
    const user = userEvent.setup();
    render(App);

    await user.click(await screen.findByRole('button', { name: /valdoria\.rumbo/ }));
    expect(api.workspaceOpenPath).toHaveBeenCalledWith('/home/lucia/valdoria.rumbo');
    expect(await screen.findByTestId('workspace-title')).toHaveTextContent('Valdoria Agency');
    expect(screen.getByTestId('nav-profile')).toBeInTheDocument();
    expect(screen.getByTestId('nav-channels')).toBeInTheDocument();
    expect(screen.queryByTestId('welcome')).not.toBeInTheDocument();
  });

  it('applies a snapshot sent by the native menu, error included', async () => {
    let fromMenu: ((s: ReturnType<typeof snapshot>) => void) | undefined;
    vi.mocked(api.onAppState).mockImplementation((handler) => {
      fromMenu = handler;
      return Promise.resolve(() => {});
    });
    vi.mocked(api.appState).mockResolvedValue(
      snapshot({ workspace: workspaceInfo() }),
    );
    vi.mocked(api.profileGet).mockResolvedValue(profile());
    vi.mocked(api.recordList).mockResolvedValue([]);
    render(App);
    await screen.findByTestId('workspace-title');

    fromMenu?.(snapshot({ error: openError('The file is damaged.') }));
    expect(await screen.findByTestId('welcome')).toBeInTheDocument();
    expect(screen.getByTestId('error-banner')).toHaveTextContent('The file is damaged.');
  });

  it('saves pending profile changes before closing the workspace', async () => {
    const workspace = workspaceInfo();
    const order: string[] = [];
    vi.mocked(api.appState).mockResolvedValue(snapshot({ workspace }));
    vi.mocked(api.profileGet).mockResolvedValue(profile());
    vi.mocked(api.profileSave).mockImplementation((p) => {
      order.push(`save:${p.name}`);
      return Promise.resolve(p);
    });
    vi.mocked(api.workspaceClose).mockImplementation(() => {
      order.push('close');
      return Promise.resolve(snapshot());
    });
    vi.mocked(api.recordList).mockResolvedValue([]);
    const user = userEvent.setup();
    render(App);

    const name = (await screen.findByLabelText(/^Organization name/, { selector: 'input' })) as HTMLInputElement;
    await user.type(name, ' (new)');
    await user.click(screen.getByTestId('workspace-close'));

    expect(await screen.findByTestId('welcome')).toBeInTheDocument();
    expect(order).toEqual(['save:Valdoria Regional Employment Agency (new)', 'close']);
  });
});

describe('the native File menu', () => {
  it('saves what is being typed before File → Open Recent replaces the workspace', async () => {
    let fromMenu: ((action: MenuAction) => void) | undefined;
    vi.mocked(api.onMenuAction).mockImplementation((handler) => {
      fromMenu = handler;
      return Promise.resolve(() => {});
    });
    const order: string[] = [];
    vi.mocked(api.appState).mockResolvedValue(snapshot({ workspace: workspaceInfo() }));
    vi.mocked(api.profileGet).mockResolvedValue(profile());
    vi.mocked(api.recordList).mockResolvedValue([]);
    vi.mocked(api.profileSave).mockImplementation((p) => {
      order.push(`save:${p.name}`);
      return Promise.resolve(p);
    });
    vi.mocked(api.workspaceOpenPath).mockImplementation((path) => {
      order.push(`open:${path}`);
      return Promise.resolve(snapshot({ workspace: workspaceInfo({ path, fileName: 'b.rumbo', title: 'B' }) }));
    });
    const user = userEvent.setup();
    render(App);

    const name = (await screen.findByLabelText(/^Organization name/, { selector: 'input' })) as HTMLInputElement;
    await user.type(name, '!');
    fromMenu?.({ kind: 'open_path', path: '/b.rumbo' });

    await waitFor(() => expect(screen.getByTestId('workspace-title')).toHaveTextContent('B'));
    expect(order).toEqual(['save:Valdoria Regional Employment Agency!', 'open:/b.rumbo']);
  });
});

describe('preferences', () => {
  it('changes the theme and the language through Rust', async () => {
    vi.mocked(api.appState).mockResolvedValue(snapshot());
    vi.mocked(api.setTheme).mockResolvedValue(snapshot({ theme: 'dark' }));
    vi.mocked(api.setLanguage).mockResolvedValue(snapshot({ language: 'es', resolvedLanguage: 'es', theme: 'dark' }));
    const user = userEvent.setup();
    render(App);

    await user.selectOptions(await screen.findByLabelText('Theme'), 'dark');
    expect(api.setTheme).toHaveBeenCalledWith('dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));

    await user.selectOptions(screen.getByLabelText('Language'), 'es');
    expect(api.setLanguage).toHaveBeenCalledWith('es');
    expect(await screen.findByText('Tu estrategia de comunidad, con rumbo.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tema')).toHaveValue('dark');
  });
});
