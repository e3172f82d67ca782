import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../api';
import * as startApi from '../../api-start';
import type { Draft, InterviewAnswers, InterviewQuestion } from '../../bindings';
import { setLocale } from '../../i18n';
import { overlays } from '../../state/overlay.svelte';
import Interview from './Interview.svelte';
import TemplateDialog from './TemplateDialog.svelte';

vi.mock('$lib/api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('$lib/api')>();
  return { asApiError: actual.asApiError, fieldErrors: actual.fieldErrors, workspaceNew: vi.fn() };
});
vi.mock('$lib/api-start', () => ({
  templatesList: vi.fn(),
  interviewGet: vi.fn(),
  interviewBegin: vi.fn(),
  interviewSave: vi.fn(),
  interviewQuestions: vi.fn(),
  interviewDraft: vi.fn(),
  interviewAccept: vi.fn(),
}));

const question = (step: InterviewQuestion['step'], title: string, examples: string[] = []): InterviewQuestion => ({
  step,
  title,
  prompt: `${title}?`,
  why: `Why ${title}`,
  examples,
  formats: step === 'content' ? [{ format: 'short_video', label: 'Short video' }] : [],
});

const QUESTIONS: InterviewQuestion[] = [
  question('organization', 'The organization', ['Close and clear']),
  question('departments', 'Departments and who decides', ['Legal']),
  question('aims', 'What you want from social media', ['Answer questions faster']),
  question('audiences', 'Who you want to reach', ['Residents']),
  question('hours', 'Time available'),
  question('content', 'The content you have'),
];

function answers(over: Partial<InterviewAnswers> = {}): InterviewAnswers {
  return {
    kind: 'public_administration',
    name: 'Riverside',
    mission: '',
    values: '',
    voice: '',
    departments: [
      { name: 'Communication', decides: false },
      { name: 'Mayor', decides: true },
    ],
    aims: [],
    audiences: [],
    hours: null,
    content: [],
    step: 'organization',
    ...over,
  };
}

const DRAFT: Draft = {
  kind: 'public_administration',
  profile: { name: 'Riverside', sector: 'Public administration', mission: '', values: '', brandVoice: '' },
  departments: [{ name: 'Mayor', decides: true, exists: true, include: true }],
  audiences: [{ name: 'Young people', description: '', needs: '', exists: false, include: true }],
  channels: [
    {
      network: 'tiktok',
      name: 'TikTok',
      scores: [
        { criterion: 'Audience', score: 5, weight: 3 },
        { criterion: 'Resources', score: 1, weight: 1 },
      ],
      fit: 4,
      reason: 'Reaches young people.',
      weeklyHours: 5,
      audiences: ['Young people'],
      include: true,
    },
  ],
  flows: [{ name: 'Mayor: news and requests', department: 'Mayor', direction: 'department_to_cm', channel: 'email', cadence: { kind: 'as_needed' }, include: true }],
  objectives: [
    {
      aim: 'Be on TikTok',
      presence: true,
      why: 'Being on a network is not an objective.',
      goal: {
        title: 'Reach young people through TikTok',
        kind: 'awareness',
        kpiMetric: 'Monthly reach on TikTok',
        kpiUnit: 'people',
        baseline: 0,
        target: null,
        deadline: '2027-12-31',
        owner: 'Community manager',
        network: 'tiktok',
      },
      asWritten: false,
      include: true,
    },
  ],
  hoursAvailable: 4,
};

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
  vi.mocked(startApi.interviewQuestions).mockResolvedValue(QUESTIONS);
  vi.mocked(startApi.interviewSave).mockImplementation((a) => Promise.resolve(a));
  vi.mocked(startApi.interviewDraft).mockResolvedValue(structuredClone(DRAFT));
  vi.mocked(startApi.interviewAccept).mockResolvedValue(undefined);
});

describe('the template chooser', () => {
  it('offers every kind as a radio, chosen with the arrows, and creates the workspace from it', async () => {
    vi.mocked(startApi.templatesList).mockResolvedValue([
      { kind: 'public_administration', label: 'Public administration', description: 'A council.', departments: [], audiences: [] },
      { kind: 'ngo', label: 'NGO or non-profit', description: 'A foundation.', departments: [], audiences: [] },
      { kind: 'empty', label: 'Empty', description: 'Nothing else.', departments: [], audiences: [] },
    ]);
    overlays.show('templates');
    const user = userEvent.setup();
    render(TemplateDialog);
    const dialog = await screen.findByRole('dialog', { name: 'What kind of organization is it?' });
    const radios = await within(dialog).findAllByRole('radio');
    expect(radios).toHaveLength(3);
    await waitFor(() => expect(radios[0]).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('radio', { name: /NGO or non-profit/ })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(api.workspaceNew).toHaveBeenCalledWith('ngo');
    expect(overlays.open).toBeNull();
  });
});

describe('the interview', () => {
  it('saves the answers as they are given, step by step, and resumes at the saved step', async () => {
    vi.mocked(startApi.interviewGet).mockResolvedValue(answers({ step: 'departments' }));
    const user = userEvent.setup();
    render(Interview, { onclose: vi.fn(), ondocument: vi.fn() });
    expect(await screen.findByRole('heading', { name: 'Departments and who decides' })).toBeInTheDocument();
    // The usual departments are offered to add with a click.
    await user.click(screen.getByRole('button', { name: 'Legal' }));
    expect(screen.getAllByTestId('answer-department')).toHaveLength(3);
    // Who decides: one department only.
    await user.click(within(screen.getAllByTestId('answer-department')[0] as HTMLElement).getByRole('radio'));
    await user.click(screen.getByTestId('interview-next'));
    await screen.findByRole('heading', { name: 'What you want from social media' });
    const saved = vi.mocked(startApi.interviewSave).mock.calls.at(-1)?.[0];
    expect(saved?.step).toBe('aims');
    expect(saved?.departments.map((d) => d.name)).toEqual(['Communication', 'Mayor', 'Legal']);
    expect(saved?.departments.filter((d) => d.decides).map((d) => d.name)).toEqual(['Communication']);
    expect(startApi.interviewBegin).not.toHaveBeenCalled();
  });

  it('takes a Next pressed while the last step is still being saved, once the save is done', async () => {
    vi.mocked(startApi.interviewGet).mockResolvedValue(answers({ step: 'audiences' }));
    let finish = (): void => undefined;
    const user = userEvent.setup();
    render(Interview, { onclose: vi.fn(), ondocument: vi.fn() });
    await screen.findByRole('heading', { name: 'Who you want to reach' });
    // The save of the move to the hours takes a while.
    vi.mocked(startApi.interviewSave).mockImplementationOnce(
      (a) => new Promise((resolve) => (finish = () => resolve(a))),
    );
    await user.click(screen.getByTestId('interview-next'));
    const hours = await screen.findByTestId('answer-hours');
    await user.type(hours, '8');
    await user.click(screen.getByTestId('interview-next'));
    finish();
    await screen.findByRole('heading', { name: 'The content you have' });
    const saved = vi.mocked(startApi.interviewSave).mock.calls.at(-1)?.[0];
    expect(saved?.step).toBe('content');
    expect(saved?.hours).toBe(8);
  });

  it('keeps hours that are not hours on screen with what to write, and does not move on', async () => {
    vi.mocked(startApi.interviewGet).mockResolvedValue(answers({ step: 'hours' }));
    const user = userEvent.setup();
    render(Interview, { onclose: vi.fn(), ondocument: vi.fn() });
    const hours = await screen.findByTestId('answer-hours');
    await user.type(hours, 'ten');
    await user.click(screen.getByTestId('interview-next'));
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('a number from 0 to 168');
    expect(hours).toHaveValue('ten');
    expect(screen.getByRole('heading', { name: 'Time available' })).toBeInTheDocument();
  });

  it('explains a presence-only aim, compares the effort with the hours, and writes it as the CM insists', async () => {
    vi.mocked(startApi.interviewGet).mockResolvedValue(answers({ step: 'draft', aims: [{ text: 'Be on TikTok', insist: false }], hours: 4 }));
    const user = userEvent.setup();
    render(Interview, { onclose: vi.fn(), ondocument: vi.fn() });
    await screen.findByTestId('draft-review');
    expect(screen.getByTestId('presence-why')).toHaveTextContent('Being on a network is not an objective.');
    expect(screen.getByTestId('draft-effort')).toHaveTextContent('about 5 h a week, more than the 4 h you have');
    // The rewrite is proposed, editable.
    expect(screen.getByTestId('goal-title')).toHaveValue('Reach young people through TikTok');
    // A score changed weighs again: (3×5 + 1×3) / 4 = 4.5.
    const select = screen.getByRole('combobox', { name: 'Resources' });
    await user.selectOptions(select, '3');
    expect(screen.getByTestId('draft-channel')).toHaveTextContent('4.5');
    // Unticking the channel brings the effort within the hours.
    await user.click(screen.getByTestId('draft-channel-include'));
    expect(screen.getByTestId('draft-effort')).toHaveTextContent('about 0 h a week, within the 4 h you have');
    await user.click(screen.getByTestId('draft-channel-include'));
    // The CM insists on the words as written.
    await user.click(screen.getByTestId('keep-as-written'));
    expect(screen.queryByTestId('goal-title')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('interview-accept'));
    expect(await screen.findByTestId('interview-done')).toBeInTheDocument();
    const [sent, draft] = vi.mocked(startApi.interviewAccept).mock.calls[0] ?? [];
    expect(draft?.objectives[0]?.asWritten).toBe(true);
    expect(draft?.channels[0]?.scores[1]?.score).toBe(3);
    expect(sent?.aims[0]?.insist).toBe(true);
  });

  it('lists the channels kept first, each group by fit as proposed', async () => {
    const draft = structuredClone(DRAFT);
    const x = { ...structuredClone(DRAFT.channels[0]!), network: 'x' as const, name: 'X', fit: 4.5, include: false };
    draft.channels = [x, ...draft.channels];
    vi.mocked(startApi.interviewDraft).mockResolvedValue(draft);
    vi.mocked(startApi.interviewGet).mockResolvedValue(answers({ step: 'draft' }));
    const user = userEvent.setup();
    render(Interview, { onclose: vi.fn(), ondocument: vi.fn() });
    await screen.findByTestId('draft-review');
    const order = () => screen.getAllByTestId('draft-channel').map((row) => row.dataset.network);
    expect(order()).toEqual(['tiktok', 'x']);
    // Ticking does not move a row.
    await user.click(within(screen.getAllByTestId('draft-channel')[1] as HTMLElement).getByTestId('draft-channel-include'));
    expect(order()).toEqual(['tiktok', 'x']);
  });

  it('is set aside with Escape, its answers saved', async () => {
    vi.mocked(startApi.interviewGet).mockResolvedValue(null);
    vi.mocked(startApi.interviewBegin).mockResolvedValue(answers());
    const onclose = vi.fn();
    const user = userEvent.setup();
    render(Interview, { onclose, ondocument: vi.fn() });
    const name = await screen.findByTestId('answer-name');
    await user.clear(name);
    await user.type(name, 'Riverside Town Council');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(vi.mocked(startApi.interviewSave).mock.calls.at(-1)?.[0].name).toBe('Riverside Town Council');
  });

  it('speaks Spanish', async () => {
    setLocale('es');
    vi.mocked(startApi.interviewGet).mockResolvedValue(answers({ step: 'draft' }));
    vi.mocked(startApi.interviewDraft).mockResolvedValue({ ...structuredClone(DRAFT), hoursAvailable: null });
    render(Interview, { onclose: vi.fn(), ondocument: vi.fn() });
    expect(await screen.findByRole('heading', { name: 'Tu borrador de estrategia' })).toBeInTheDocument();
    expect(screen.getByTestId('draft-effort')).toHaveTextContent('Indica cuántas horas tienes');
    expect(screen.getByRole('button', { name: 'Aceptar y escribir el borrador' })).toBeInTheDocument();
    expect(screen.getByText('«Be on TikTok»')).toBeInTheDocument();
  });
});
