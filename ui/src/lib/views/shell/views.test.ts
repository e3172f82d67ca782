import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { profile, workspaceInfo } from '../../../test/fixtures';
import { serve } from '../../../test/serve';
import * as api from '../../api';
import { setLocale } from '../../i18n';
import Shell from './Shell.svelte';
import { loadView, viewFailed, viewOf } from './views.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-health', async () => (await import('../../../test/health-mock')).mockHealthApi());

// The policies' script cannot be read while `unreadable` is set (a file
// missing from a damaged install, say).
const reads = vi.hoisted(() => ({ unreadable: false, count: 0 }));
vi.mock('../policies/PoliciesView.svelte', async (importOriginal) => {
  reads.count += 1;
  if (reads.unreadable) throw new Error('the script could not be read');
  return importOriginal();
});

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
  serve({});
  vi.mocked(api.profileGet).mockResolvedValue(profile());
});

describe('the views, each a script of its own', () => {
  it('reads a view once, the first time it is asked for', async () => {
    expect(viewOf('crisis')).toBeUndefined();
    const [first, second] = await Promise.all([loadView('crisis'), loadView('crisis')]);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(viewOf('crisis')).toBe(first);
    expect(await loadView('crisis')).toBe(first);
  });

  it('says so in the page when a view cannot be read, and reads it on a retry', async () => {
    reads.unreadable = true;
    const user = userEvent.setup();
    render(Shell, { props: { workspace: workspaceInfo({ title: 'Valdoria' }) } });
    await user.click(await screen.findByTestId('nav-policies'));
    const failed = await screen.findByTestId('view-failed');
    expect(failed).toHaveTextContent('This section could not be opened.');
    expect(within(failed).getByRole('heading', { level: 1 })).toHaveTextContent('Policies');
    expect(viewFailed('policies')).toBe(true);
    // Nothing else of the window changed: the sidebar still says where it is.
    expect(screen.getByTestId('nav-policies')).toHaveAttribute('aria-current', 'page');

    setLocale('es');
    await waitFor(() => expect(screen.getByTestId('view-failed')).toHaveTextContent('No se pudo abrir esta sección.'));
    setLocale('en');

    reads.unreadable = false;
    const before = reads.count;
    await user.click(await within(screen.getByTestId('view-failed')).findByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('policy-new')).toBeInTheDocument();
    expect(reads.count).toBeGreaterThan(before);
    expect(viewFailed('policies')).toBe(false);
    expect(screen.queryByTestId('view-failed')).not.toBeInTheDocument();
  });
});
