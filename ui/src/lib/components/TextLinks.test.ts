import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '$lib/api';
import '$lib/i18n';
import { setLocale } from '$lib/i18n';
import TextLinks from './TextLinks.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../test/api-mock')).mockApi(await importOriginal()));

describe('TextLinks', () => {
  beforeEach(() => {
    vi.mocked(api.openLink).mockReset();
    setLocale('en');
  });

  it('shows nothing when the text has no address', () => {
    render(TextLinks, { texts: ['Just words', ''] });
    expect(screen.queryByTestId('text-links')).toBeNull();
  });

  it('asks Rust to open a clicked address instead of navigating', async () => {
    vi.mocked(api.openLink).mockResolvedValue(false);
    render(TextLinks, { texts: ['Brief: https://example.org/brief.', '<b>mailto:ana@example.org</b>'] });
    const links = screen.getAllByTestId('user-link');
    expect(links.map((l) => l.textContent?.trim())).toEqual(['https://example.org/brief', 'mailto:ana@example.org']);
    expect(screen.getByText('Links in this text:')).toBeTruthy();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[0]?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(api.openLink).toHaveBeenCalledWith('https://example.org/brief');
  });

  it('shows why Rust refused an address, in the user language', async () => {
    setLocale('es');
    vi.mocked(api.openLink).mockRejectedValue({ code: 'validation', message: 'El enlace es demasiado largo.', fields: [] });
    render(TextLinks, { texts: ['https://example.org/x'] });
    expect(screen.getByText('Enlace en este texto:')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('user-link'));
    expect((await screen.findByTestId('text-links-error')).textContent).toBe('El enlace es demasiado largo.');
  });
});
