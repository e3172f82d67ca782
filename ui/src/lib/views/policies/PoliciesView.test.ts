import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportOutcome } from '../../../test/document-mock';
import { department, saved } from '../../../test/fixtures';
import { freshView, serve, type Served } from '../../../test/serve';
import * as api from '../../api';
import * as rulesApi from '../../api-rules';
import type { Policy } from '../../bindings';
import { setLocale } from '../../i18n';
import PoliciesView from './PoliciesView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-rules', () => ({
  crisisPlanGet: vi.fn(),
  crisisPlanSave: vi.fn(),
  policyModel: vi.fn(),
  postMortemModel: vi.fn(),
  annexExport: vi.fn(),
}));

function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    id: 1,
    kind: 'house_rules',
    title: 'House rules for our accounts',
    text: 'Be kind to each other.',
    owner: 'Lucía Ferrer',
    ownerDepartmentId: null,
    status: 'approved',
    approvedBy: 'Management committee',
    approvedOn: '2026-02-01',
    reviewBy: null,
    ...overrides,
  };
}

const STAFF_MODEL = { title: 'Staff use of social media', text: 'Staff of [organization] speak for themselves.\n\n- Never share personal data.' };

async function renderWith(served: Served) {
  const data = serve({ departments: [department({ id: 5, name: 'Legal Services' })], ...served });
  await data.ensure('policy', 'department');
  const user = userEvent.setup();
  render(PoliciesView, { props: { data } });
  return { user, data };
}

beforeEach(() => {
  freshView();
  vi.mocked(api.recordCreate).mockImplementation((_kind, record) => Promise.resolve(saved(9, record)));
  vi.mocked(rulesApi.policyModel).mockResolvedValue(STAFF_MODEL);
});

describe('policies', () => {
  it('lists the register with owner and review date, and marks a policy past its review as overdue', async () => {
    await renderWith({
      policies: [
        policy({ reviewBy: '2020-01-15' }),
        policy({ id: 2, kind: 'retention', title: 'Keeping what we publish', text: '', owner: '', ownerDepartmentId: 5, status: 'proposed', reviewBy: '2099-06-30' }),
        policy({ id: 3, kind: 'other', title: 'Use of AI', text: '', owner: '', status: 'draft', approvedOn: null }),
      ],
    });
    const rows = screen.getAllByTestId('policy-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('House rules for our accounts');
    expect(rows[0]).toHaveTextContent('House rules for comments');
    expect(rows[0]).toHaveTextContent('Approved');
    expect(rows[0]).toHaveTextContent('Lucía Ferrer');
    // Its review date has passed.
    const late = rows[0]!.querySelector('.review');
    expect(late).toHaveClass('late');
    expect(late).toHaveTextContent('15 Jan 2020');
    expect(late).toHaveTextContent('(review overdue)');

    expect(rows[1]).toHaveTextContent(/Records retention and archiving\s*·\s*no text yet/);
    expect(rows[1]).toHaveTextContent('Awaiting approval');
    // No owner named: the department that owns it.
    expect(rows[1]).toHaveTextContent('Legal Services');
    const due = rows[1]!.querySelector('.review');
    expect(due).not.toHaveClass('late');
    expect(due).toHaveTextContent('30 Jun 2099');
    expect(due).not.toHaveTextContent('overdue');

    expect(rows[2]).toHaveTextContent('Draft');
    expect(rows[2]).toHaveTextContent('No owner');
    expect(rows[2]).toHaveTextContent('No date');
    expect(rows[2]).not.toHaveTextContent('overdue');
  });

  it('publishes a written house rules on their own, and says which texts are not written yet', async () => {
    vi.mocked(rulesApi.annexExport).mockResolvedValue(exportOutcome({ path: '/home/lucia/house-rules.pdf' }));
    const { user } = await renderWith({ policies: [policy(), policy({ id: 2, kind: 'staff_use', title: 'Staff use', text: '  ' })] });
    const annexes = screen.getByTestId('policy-annexes');
    const house = within(annexes).getByTestId('annex-house_rules');
    expect(house).not.toHaveTextContent('Not written yet.');
    // A text of spaces is not written.
    expect(within(annexes).getByTestId('annex-staff_use')).toHaveTextContent('Not written yet.');
    expect(within(annexes).getByTestId('annex-legal_notice')).toHaveTextContent('Not written yet.');

    await user.click(screen.getByTestId('annex-house_rules-annex-pdf'));
    expect(rulesApi.annexExport).toHaveBeenCalledWith('house_rules', 'pdf');
    expect(await screen.findByTestId('annex-house_rules-annex-status')).toHaveTextContent('Saved as /home/lucia/house-rules.pdf');
  });

  it('writes a missing staff-use policy from the model, and creates it with every field', async () => {
    const { user } = await renderWith({ policies: [policy()] });
    await user.click(screen.getByTestId('annex-staff_use-write'));
    expect(screen.getByTestId('policy-kind')).toHaveValue('staff_use');
    expect(screen.getByTestId('policy-text')).toHaveValue('');

    await user.selectOptions(screen.getByLabelText('Language of the model'), 'Español');
    await user.click(screen.getByTestId('policy-use-model'));
    expect(rulesApi.policyModel).toHaveBeenCalledWith('staff_use', 'es');
    await waitFor(() => expect(screen.getByTestId('policy-text')).toHaveValue(STAFF_MODEL.text));
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Staff use of social media');

    await user.type(screen.getByLabelText('Owner'), 'Head of Communication');
    await user.selectOptions(screen.getByLabelText('Department that owns it'), 'Legal Services');
    await user.click(screen.getByTestId('policy-save'));
    await waitFor(() => expect(api.recordCreate).toHaveBeenCalledTimes(1));
    expect(api.recordCreate).toHaveBeenCalledWith('policy', {
      id: 0,
      kind: 'staff_use',
      title: 'Staff use of social media',
      text: STAFF_MODEL.text,
      owner: 'Head of Communication',
      ownerDepartmentId: 5,
      status: 'draft',
      approvedBy: '',
      approvedOn: null,
      reviewBy: null,
    });
    await waitFor(() => expect(screen.getAllByTestId('policy-row')).toHaveLength(2));
  });

  it('asks before the model replaces a text already written, with the focus in the question', async () => {
    const { user } = await renderWith({});
    await user.click(screen.getByTestId('policy-new'));
    await user.selectOptions(screen.getByTestId('policy-kind'), 'Staff use of social media');
    await user.type(screen.getByLabelText(/^Title/), 'Our own title');
    await user.type(screen.getByTestId('policy-text'), 'Our own words.');
    await user.click(screen.getByTestId('policy-use-model'));
    const ask = screen.getByRole('dialog', { name: 'Replace the text with the model?' });
    expect(rulesApi.policyModel).not.toHaveBeenCalled();
    // The question holds the focus (its Cancel button, `initialFocus`).
    expect(ask).toContainElement(document.activeElement as HTMLElement | null);

    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(ask).not.toBeInTheDocument();
    expect(screen.getByTestId('policy-text')).toHaveValue('Our own words.');

    await user.click(screen.getByTestId('policy-use-model'));
    await user.click(screen.getByTestId('policy-model-replace'));
    expect(rulesApi.policyModel).toHaveBeenCalledWith('staff_use', 'en');
    await waitFor(() => expect(screen.getByTestId('policy-text')).toHaveValue(STAFF_MODEL.text));
    // A title already typed is kept.
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Our own title');
  });

  it('refuses a policy with no title before Rust is asked', async () => {
    const { user } = await renderWith({});
    await user.click(screen.getByTestId('policy-new'));
    const title = document.getElementById('policy-title');
    expect(title).toHaveAttribute('aria-required', 'true');
    await user.click(screen.getByTestId('policy-save'));
    await waitFor(() => expect(title).toHaveAccessibleDescription('This field is required.'));
    expect(api.recordCreate).not.toHaveBeenCalled();
  });

  it('speaks Spanish', async () => {
    setLocale('es');
    await renderWith({ policies: [policy({ reviewBy: '2020-01-15', status: 'proposed' })] });
    expect(screen.getByRole('heading', { name: 'Políticas', level: 1 })).toBeInTheDocument();
    const row = screen.getByTestId('policy-row');
    expect(row).toHaveTextContent('Normas de participación');
    expect(row).toHaveTextContent('Pendiente de aprobación');
    expect(row).toHaveTextContent('(revisión vencida)');
    expect(screen.getByTestId('annex-legal_notice')).toHaveTextContent('Aún no está redactado.');
    expect(screen.getByTestId('annex-legal_notice-write')).toHaveTextContent('Redactarlo');
  });
});
