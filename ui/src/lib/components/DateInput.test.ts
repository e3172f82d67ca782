import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n';
import DateInput from './DateInput.svelte';

function setup(value: string, lang: 'en' | 'es' = 'en') {
  setLocale(lang);
  const onchange = vi.fn();
  const user = userEvent.setup();
  render(DateInput, { props: { id: 'when', value, onchange, 'aria-label': 'When' } });
  return { user, onchange, input: screen.getByRole('textbox', { name: 'When' }) };
}

describe('date field', () => {
  it('shows the date as day/month/year and an empty field as empty', () => {
    const { input } = setup('2027-03-05');
    expect(input).toHaveValue('05/03/2027');
    setLocale('en');
  });

  it('shows the pattern, not a date, in an empty field, in each language', () => {
    setup('', 'es');
    expect(screen.getByRole('textbox', { name: 'When' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'When' })).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  });

  it('gives each date typed, and keeps unreadable text marked without changing the value', async () => {
    const { user, onchange, input } = setup('2026-06-01');
    await user.clear(input);
    expect(onchange).toHaveBeenLastCalledWith('');
    onchange.mockClear();
    await user.type(input, '31/01/2027');
    // A two-digit year on the way to four is not taken as a date.
    expect(onchange.mock.calls).toEqual([['2027-01-31']]);
    await user.clear(input);
    onchange.mockClear();
    await user.type(input, '31/02/2027');
    await user.tab();
    expect(onchange).not.toHaveBeenCalled();
    expect(input).toHaveValue('31/02/2027');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('when-format')).toHaveTextContent('There is no such day');
    await user.clear(input);
    await user.type(input, 'next Friday');
    await user.tab();
    expect(screen.getByTestId('when-format')).toHaveTextContent('Write the date as day/month/year, for example 31/01/2027.');
  });

  it('takes a two-digit year once the field is left, and writes it out whole', async () => {
    const { user, onchange, input } = setup('');
    await user.type(input, '1/2/27');
    expect(onchange).not.toHaveBeenCalled();
    await user.tab();
    expect(onchange).toHaveBeenLastCalledWith('2027-02-01');
    expect(input).toHaveValue('01/02/2027');
  });

  it('picks a day from the month by keyboard, and closes on Escape or a press elsewhere', async () => {
    const { user, onchange, input } = setup('2027-03-05', 'es');
    await user.click(screen.getByTestId('when-pick'));
    expect(screen.getByRole('dialog', { name: 'Elegir una fecha' })).toHaveTextContent(/marzo de 2027/i);
    expect(document.activeElement).toHaveAttribute('data-day', '2027-03-05');
    await user.keyboard('{ArrowDown}{ArrowRight}{Enter}');
    expect(onchange).toHaveBeenLastCalledWith('2027-03-13');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    await user.click(screen.getByTestId('when-pick'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('when-pick'));
    await user.click(document.body);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
