import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { profile } from '../../../test/fixtures';
import * as api from '../../api';
import type { Profile } from '../../bindings';
import { setLocale } from '../../i18n';
import ProfileView from './ProfileView.svelte';

vi.mock('$lib/api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('$lib/api')>();
  return {
    asApiError: actual.asApiError,
    fieldErrors: actual.fieldErrors,
    profileGet: vi.fn(),
    profileSave: vi.fn(),
  };
});

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
});

async function renderLoaded(start: Profile = profile()) {
  vi.mocked(api.profileGet).mockResolvedValue(start);
  const user = userEvent.setup();
  const view = render(ProfileView);
  await screen.findByTestId('profile-form');
  return { user, ...view };
}

describe('profile view', () => {
  it('gives every field an id and a label', async () => {
    await renderLoaded();
    for (const [id, label] of [
      ['profile-name', 'Organization name'],
      ['profile-sector', 'Sector'],
      ['profile-mission', 'Mission'],
      ['profile-culture', 'Culture'],
      ['profile-values', 'Values'],
      ['profile-brandVoice', 'Brand voice and tone'],
      ['profile-cmName', 'Community manager’s name'],
      ['profile-cmReportsTo', 'Reporting line'],
      ['profile-languages', 'Languages'],
      ['profile-planningStart', 'Planning starts'],
      ['profile-planningEnd', 'Planning ends'],
    ] as const) {
      expect(screen.getByLabelText(new RegExp(`^${label}\\s*\\*?$`), { selector: 'input, textarea' })).toBe(input(id));
    }
    expect(input('profile-name')).toHaveValue('Valdoria Regional Employment Agency');
    expect(input('profile-planningEnd')).toHaveValue('31/12/2027');
  });

  it('asks for the name before Rust is asked, as Rust would, and keeps what the user typed', async () => {
    vi.mocked(api.profileSave).mockImplementation((p) => Promise.resolve(p));
    const { user } = await renderLoaded();
    expect(input('profile-name')).toHaveAttribute('aria-required', 'true');

    await user.clear(input('profile-name'));
    await user.click(input('profile-mission'));
    await user.clear(input('profile-mission'));
    await user.type(input('profile-mission'), 'Decent work for everyone in Valdoria');
    await user.type(input('profile-culture'), ' We admit mistakes.');
    await user.tab();

    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Not saved — fix the highlighted field'));

    // A profile without its name never went to Rust.
    expect(api.profileSave).not.toHaveBeenCalledWith(expect.objectContaining({ name: '' }));

    const name = input('profile-name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    const message = screen.getByText('This field is required.');
    expect(name.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(name).toHaveAccessibleDescription(/This field is required\./);
    // Nothing the user typed was reset.
    expect(name).toHaveValue('');
    expect(input('profile-mission')).toHaveValue('Decent work for everyone in Valdoria');
    expect(input('profile-culture')).toHaveValue('A public service that listens before it answers. We admit mistakes.');
    expect(input('profile-sector')).toHaveValue('Public administration');
    expect(input('profile-mission')).not.toHaveAttribute('aria-invalid');
  });

  it('saves after a pause in typing, then shows the stored values', async () => {
    vi.mocked(api.profileSave).mockImplementation((p) =>
      Promise.resolve({ ...p, sector: p.sector.trim(), planningEnd: p.planningEnd }),
    );
    const onsaved = vi.fn();
    vi.mocked(api.profileGet).mockResolvedValue(profile());
    const user = userEvent.setup();
    render(ProfileView, { props: { onsaved } });
    await screen.findByTestId('profile-form');

    await user.clear(input('profile-planningEnd'));
    await user.clear(input('profile-sector'));
    await user.type(input('profile-sector'), '  Employment services  ');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Saving…');

    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('All changes saved'), { timeout: 2000 });
    const calls = vi.mocked(api.profileSave).mock.calls.length;
    expect(vi.mocked(api.profileSave).mock.lastCall?.[0]).toMatchObject({
      sector: '  Employment services  ',
      planningEnd: null,
      name: 'Valdoria Regional Employment Agency',
    });
    expect(onsaved).toHaveBeenLastCalledWith(expect.objectContaining({ sector: 'Employment services' }));
    // The field being typed in is left alone while it has focus…
    expect(input('profile-sector')).toHaveValue('  Employment services  ');

    // …and shows the trimmed value Rust stored once the user leaves it, without saving again.
    await user.tab();
    await waitFor(() => expect(input('profile-sector')).toHaveValue('Employment services'));
    expect(api.profileSave).toHaveBeenCalledTimes(calls);
  });

  it('adds languages with Enter or a comma and removes them with Backspace or ×', async () => {
    vi.mocked(api.profileSave).mockImplementation((p) => Promise.resolve(p));
    const { user } = await renderLoaded(profile({ languages: [] }));
    const languages = input('profile-languages');

    await user.type(languages, 'Spanish{Enter}English,Valdorian,');
    expect(screen.getByText('Spanish')).toBeInTheDocument();
    expect(screen.getByText('English')).toBeInTheDocument();
    expect(screen.getByText('Valdorian')).toBeInTheDocument();
    expect(languages).toHaveValue('');

    await user.type(languages, '{Backspace}');
    expect(screen.queryByText('Valdorian')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Spanish' }));
    expect(screen.queryByText('Spanish')).not.toBeInTheDocument();

    await user.tab();
    await waitFor(() => expect(api.profileSave).toHaveBeenCalled());
    expect(vi.mocked(api.profileSave).mock.lastCall?.[0].languages).toEqual(['English']);
  });
});
