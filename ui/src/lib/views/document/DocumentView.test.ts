import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GENERATED_SUMMARY, documentSettings, documentVersion, exportOutcome, pngBytes, previewPages } from '../../../test/document-mock';
import { profile } from '../../../test/fixtures';
import * as api from '../../api';
import * as docApi from '../../api-document';
import type { ExportStage } from '../../bindings';
import { today, typedDay } from '../../dates';
import { setLocale } from '../../i18n';
import en from '../../i18n/document.en.json';
import es from '../../i18n/document.es.json';
import { WorkspaceStore } from '../../state/store.svelte';
import { DOC_SECTIONS, chapterTexts, orderedSections, pageScale, stageShare } from './doc';
import DocumentView from './DocumentView.svelte';

vi.mock('$lib/api', async (importOriginal) => (await import('../../../test/api-mock')).mockApi(await importOriginal()));
vi.mock('$lib/api-document', () => ({
  documentSettingsGet: vi.fn(),
  documentSettingsSave: vi.fn(),
  documentPreview: vi.fn(),
  documentPage: vi.fn(),
  documentExport: vi.fn(),
  documentVersions: vi.fn(),
  documentVersionDelete: vi.fn(),
  documentVersionApprove: vi.fn(),
  documentSummaryDraft: vi.fn(),
  documentExportShow: vi.fn(),
  onExportProgress: vi.fn(),
}));

// jsdom has no IntersectionObserver: every observed frame is "in view".
class InViewObserver {
  #callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    queueMicrotask(() =>
      this.#callback([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
    );
  }
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

let urls = 0;
const createObjectURL = vi.fn(() => `blob:page-${++urls}`);
const revokeObjectURL = vi.fn();
let progress: ((stage: ExportStage) => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en');
  urls = 0;
  createObjectURL.mockImplementation(() => `blob:page-${++urls}`);
  vi.stubGlobal('IntersectionObserver', InViewObserver);
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.mocked(api.profileGet).mockResolvedValue(profile({ cmName: 'Lucía Ferrer' }));
  vi.mocked(docApi.documentSettingsGet).mockResolvedValue(documentSettings({ title: 'Plan 2027', hiddenSections: ['changes'] }));
  vi.mocked(docApi.documentSettingsSave).mockImplementation((s) => Promise.resolve(s));
  vi.mocked(docApi.documentPreview).mockResolvedValue(previewPages());
  vi.mocked(docApi.documentPage).mockResolvedValue(pngBytes());
  vi.mocked(docApi.documentVersions).mockResolvedValue([]);
  vi.mocked(docApi.documentVersionDelete).mockResolvedValue();
  vi.mocked(docApi.documentSummaryDraft).mockResolvedValue({ generated: GENERATED_SUMMARY, stale: false });
  vi.mocked(docApi.documentExportShow).mockResolvedValue();
  vi.mocked(docApi.onExportProgress).mockImplementation((handler) => {
    progress = handler;
    return Promise.resolve(() => (progress = null));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderView(data = new WorkspaceStore()) {
  const user = userEvent.setup();
  render(DocumentView, { data });
  return { user, data };
}

describe('section names', () => {
  it('names every section of the document in both languages', () => {
    for (const [lang, strings] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const names: Record<string, string> = strings.document.sections;
      for (const section of DOC_SECTIONS) expect(names[section]?.trim(), `${lang}: ${section}`).toBeTruthy();
    }
  });
});

describe('document settings', () => {
  it('loads the settings and saves a changed title as it is typed', async () => {
    const { user } = renderView();
    const title = await screen.findByTestId('doc-title');
    expect(title).toHaveValue('Plan 2027');
    expect(title).toHaveAttribute('placeholder', 'Social media and community strategy');
    await waitFor(() => expect(screen.getByTestId('doc-author')).toHaveAttribute('placeholder', 'Lucía Ferrer'));
    expect(screen.getByTestId('doc-date')).toHaveValue('');
    expect(screen.getByText('Empty: the day you export it.')).toBeInTheDocument();
    expect(screen.getByTestId('doc-section-changes')).not.toBeChecked();
    expect(screen.getByTestId('doc-section-summary')).toBeChecked();

    await user.clear(title);
    await user.type(title, 'Community plan');
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith({
        title: 'Community plan',
        author: '',
        date: null,
        lang: 'en',
        hiddenSections: ['changes'],
        classification: 'internal',
        classificationLabel: '',
        readers: '',
        showScore: true,
        introduction: '',
        chapterTexts: [],
        summary: '',
        summaryBasis: '',
      }),
    );
    // One save after the pause, not one per key.
    expect(vi.mocked(docApi.documentSettingsSave).mock.calls.length).toBeLessThanOrEqual(2);
    expect(await screen.findByTestId('save-state')).toHaveTextContent('All changes saved');
  });

  it('saves an unchecked section as hidden, then lays the document out again', async () => {
    const { user } = renderView();
    await user.click(await screen.findByTestId('doc-section-raci'));
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ hiddenSections: ['raci', 'changes'] })),
    );
    expect(screen.getByTestId('doc-section-count')).toHaveTextContent('22 of 24');
    await waitFor(() => expect(docApi.documentPreview).toHaveBeenCalledTimes(2), { timeout: 2000 });

    await user.click(screen.getByTestId('doc-section-changes'));
    await waitFor(() => expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ hiddenSections: ['raci'] })));
  });

  it('switches the document language and takes its default title', async () => {
    const { user } = renderView();
    await user.selectOptions(await screen.findByTestId('doc-lang'), 'es');
    await waitFor(() => expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ lang: 'es' })));
    expect(screen.getByTestId('doc-title')).toHaveAttribute('placeholder', 'Estrategia de redes sociales y comunidad');
  });

  it('shows a refused field next to it and keeps what was typed', async () => {
    vi.mocked(docApi.documentSettingsSave).mockRejectedValue({
      code: 'validation',
      message: 'Check the highlighted fields.',
      fields: [{ field: 'author', code: 'too_long', message: 'At most 120 characters.' }],
    });
    const { user } = renderView();
    const author = await screen.findByTestId('doc-author');
    await user.type(author, 'Someone with a very long name');
    await waitFor(() => expect(screen.getByText('At most 120 characters.')).toBeInTheDocument());
    expect(author).toHaveValue('Someone with a very long name');
    expect(author).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('classification, readers and the score', () => {
  it('saves a classification, the readers and whether the score is shown', async () => {
    const { user } = renderView();
    const select = await screen.findByRole('combobox', { name: 'Classification' });
    expect(select).toHaveValue('internal');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['No marking', 'Public', 'Internal use', 'Confidential', 'Other label']),
    );
    await user.selectOptions(select, 'public');
    await waitFor(() => expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ classification: 'public' })));
    expect(screen.queryByTestId('doc-classificationLabel')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Intended readers' }), 'The council');
    await waitFor(() => expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ readers: 'The council' })));

    const score = screen.getByRole('checkbox', { name: /Show the readiness score/ });
    expect(score).toBeChecked();
    await user.click(score);
    await waitFor(() => expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ showScore: false })));
  });

  it('asks for a label with a custom marking before Rust is asked, as Rust would', async () => {
    vi.mocked(docApi.documentSettingsSave).mockImplementation((s) => Promise.resolve(s));
    const { user } = renderView();
    await user.selectOptions(await screen.findByTestId('doc-classification'), 'custom');
    const label = await screen.findByRole('textbox', { name: /Label/ });
    // Marked as needed (Field's star), and said to screen readers.
    expect(label.closest('.field')).toHaveTextContent('Label *');
    expect(label).toHaveAttribute('aria-required', 'true');
    label.focus();
    await user.tab();
    const needed = 'Write the marking to print on the cover and every page, or choose another classification.';
    await waitFor(() => expect(screen.getByText(needed)).toBeInTheDocument());
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Not saved');
    // The marking without its label never went to Rust.
    expect(docApi.documentSettingsSave).not.toHaveBeenCalledWith(expect.objectContaining({ classification: 'custom', classificationLabel: '' }));

    await user.type(label, 'Draft for the council');
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(
        expect.objectContaining({ classification: 'custom', classificationLabel: 'Draft for the council' }),
      ),
    );
    await waitFor(() => expect(screen.queryByText(needed)).not.toBeInTheDocument());
  });

  it('speaks Spanish', async () => {
    setLocale('es');
    renderView();
    expect(await screen.findByRole('combobox', { name: 'Clasificación' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Destinatarios' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Mostrar la puntuación/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Uso interno' })).toBeInTheDocument();
  });
});

describe('the CM’s own texts', () => {
  it('saves an introduction and a chapter’s text, only for chapters in the document', async () => {
    const { user } = renderView();
    await user.type(await screen.findByRole('textbox', { name: 'Introduction' }), 'Why we are on social media.');
    // "What changed" is left out: it takes no text here.
    expect(screen.queryByTestId('doc-chapter-changes')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('doc-chapter-toggle-channels'));
    await user.type(screen.getByRole('textbox', { name: 'Your text for “Channel strategy”' }), 'We keep four channels.');
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(
        expect.objectContaining({
          introduction: 'Why we are on social media.',
          chapterTexts: [{ section: 'channels', text: 'We keep four channels.' }],
        }),
      ),
    );
    expect(screen.getByTestId('doc-chapter-count')).toHaveTextContent('1 written');
  });

  it('starts the summary from the generated one, and flags a later change of the data without replacing it', async () => {
    const { user, data } = renderView();
    const summary = await screen.findByRole('textbox', { name: 'Executive summary' });
    expect(summary).toHaveValue('');
    expect(screen.getByText('Empty: the generated summary is printed.')).toBeInTheDocument();
    await user.click(await screen.findByTestId('doc-summary-start'));
    expect(summary).toHaveValue(GENERATED_SUMMARY);
    await user.type(summary, ' Our own closing words.');
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(
        expect.objectContaining({ summary: `${GENERATED_SUMMARY} Our own closing words.`, summaryBasis: GENERATED_SUMMARY }),
      ),
    );
    expect(screen.queryByTestId('doc-summary-stale')).not.toBeInTheDocument();

    // The data change: the generated summary now says something else.
    const newer = 'The agency runs five channels.';
    vi.mocked(docApi.documentSummaryDraft).mockResolvedValue({ generated: newer, stale: true });
    data.version += 1;
    const notice = await screen.findByTestId('doc-summary-stale', {}, { timeout: 2000 });
    expect(notice).toHaveTextContent('The data changed since you wrote this summary');
    expect(summary).toHaveValue(`${GENERATED_SUMMARY} Our own closing words.`);

    const show = within(notice).getByRole('button', { name: 'Show the generated summary' });
    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('doc-summary-generated')).toHaveTextContent(newer);

    // Keeping one's own marks it as checked against the new one.
    await user.click(screen.getByTestId('doc-summary-keep'));
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(
        expect.objectContaining({ summary: `${GENERATED_SUMMARY} Our own closing words.`, summaryBasis: newer }),
      ),
    );
    expect(screen.queryByTestId('doc-summary-stale')).not.toBeInTheDocument();
  });

  it('takes the new generated summary when asked', async () => {
    vi.mocked(docApi.documentSettingsGet).mockResolvedValue(documentSettings({ summary: 'Ours.', summaryBasis: 'Old generated.' }));
    const { user } = renderView();
    const notice = await screen.findByTestId('doc-summary-stale');
    await user.click(within(notice).getByTestId('doc-summary-show'));
    await user.click(screen.getByTestId('doc-summary-take'));
    expect(screen.getByRole('textbox', { name: 'Executive summary' })).toHaveValue(GENERATED_SUMMARY);
    await waitFor(() =>
      expect(docApi.documentSettingsSave).toHaveBeenLastCalledWith(expect.objectContaining({ summary: GENERATED_SUMMARY, summaryBasis: GENERATED_SUMMARY })),
    );
  });

  it('keeps chapters’ texts in the document’s order and drops empty ones', () => {
    expect(chapterTexts({ roadmap: 'B', channels: 'A', audiences: '  ' })).toEqual([
      { section: 'channels', text: 'A' },
      { section: 'roadmap', text: 'B' },
    ]);
  });
});

describe('export', () => {
  it('exports with the chosen options, shows the progress, then where the file went', async () => {
    let finish: (() => void) | null = null;
    vi.mocked(docApi.documentExport).mockImplementation(
      () =>
        new Promise((resolve) => {
          progress?.('layout');
          finish = () => resolve(exportOutcome({ version: documentVersion({ id: 9, number: 3, note: 'Board meeting' }) }));
        }),
    );
    const { user } = renderView();
    await screen.findByTestId('doc-title');
    // Export sits in the preview's toolbar; its options open under it.
    const toggle = screen.getByRole('button', { name: 'Export', expanded: false });
    expect(screen.getByTestId('doc-export-drop')).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('doc-export-drop')).toBeVisible();
    expect(screen.getByTestId('doc-what')).toHaveFocus();
    expect(screen.getByTestId('doc-what')).toHaveValue('document');
    await user.selectOptions(screen.getByTestId('doc-format'), 'pdf');
    await user.click(screen.getByTestId('doc-archival'));
    await user.click(screen.getByTestId('doc-save-version'));
    await user.type(screen.getByTestId('doc-version-note'), 'Board meeting');
    await user.click(screen.getByTestId('doc-export'));

    await waitFor(() => expect(screen.getByTestId('doc-export-status')).toHaveTextContent('Laying out pages…'));
    expect(screen.getByTestId('doc-export')).toBeDisabled();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    expect(docApi.documentExport).toHaveBeenCalledWith({
      format: 'pdf',
      archival: true,
      versionId: null,
      saveVersion: true,
      note: 'Board meeting',
      annex: null,
    });

    vi.mocked(docApi.documentVersions).mockResolvedValue([documentVersion({ id: 9, number: 3, note: 'Board meeting' })]);
    finish!();
    const status = screen.getByTestId('doc-export-status');
    await waitFor(() => expect(status).toHaveTextContent('Exported to /home/lucia/Documents/strategy.pdf'));
    expect(status).toHaveTextContent('Saved as version 3.');
    expect(screen.getByTestId('doc-export')).toBeEnabled();
    expect(progress).toBeNull(); // stopped listening
    expect(await screen.findByTestId('doc-version')).toHaveAttribute('data-number', '3');

    // The file can be opened, or shown in its folder.
    await user.click(screen.getByRole('button', { name: 'Open the exported file' }));
    expect(docApi.documentExportShow).toHaveBeenLastCalledWith('/home/lucia/Documents/strategy.pdf', 'open');
    await user.click(screen.getByRole('button', { name: 'Show the exported file in its folder' }));
    expect(docApi.documentExportShow).toHaveBeenLastCalledWith('/home/lucia/Documents/strategy.pdf', 'reveal');

    // Escape closes the options and gives the focus back to the toolbar.
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('doc-export-drop')).not.toBeVisible();
    expect(toggle).toHaveFocus();
  });

  it('exports the account request form on its own, never as a version', async () => {
    vi.mocked(docApi.documentExport).mockResolvedValue(exportOutcome());
    const { user } = renderView();
    await screen.findByTestId('doc-title');
    await user.click(screen.getByTestId('doc-export-toggle'));
    await user.click(screen.getByTestId('doc-save-version'));
    await user.selectOptions(screen.getByTestId('doc-what'), 'request_form');
    // A form alone is not a version of the strategy.
    expect(screen.queryByTestId('doc-save-version')).not.toBeInTheDocument();
    expect(screen.getByText(/with no cover or contents/)).toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('doc-format'), 'html');
    await user.click(screen.getByRole('button', { name: 'Export the form…' }));
    await waitFor(() =>
      expect(docApi.documentExport).toHaveBeenCalledWith({ format: 'html', archival: false, versionId: null, saveVersion: false, note: '', annex: 'request_form' }),
    );
  });

  it('says why a file could not be opened', async () => {
    vi.mocked(docApi.documentExport).mockResolvedValue(exportOutcome());
    vi.mocked(docApi.documentExportShow).mockRejectedValue({ code: 'internal', message: 'No program opens this file.', fields: [] });
    const { user } = renderView();
    await screen.findByTestId('doc-title');
    expect(screen.queryByTestId('doc-export-open')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('doc-export-toggle'));
    await user.click(screen.getByTestId('doc-export'));
    await user.click(await screen.findByTestId('doc-export-open'));
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('No program opens this file.');
  });

  it('sends no archival flag or note for other formats', async () => {
    vi.mocked(docApi.documentExport).mockResolvedValue(null);
    const { user } = renderView();
    await screen.findByTestId('doc-title');
    await user.click(screen.getByTestId('doc-export-toggle'));
    await user.click(screen.getByTestId('doc-archival'));
    await user.selectOptions(screen.getByTestId('doc-format'), 'docx');
    expect(screen.queryByTestId('doc-archival')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('doc-export'));
    await waitFor(() =>
      expect(docApi.documentExport).toHaveBeenCalledWith({ format: 'docx', archival: false, versionId: null, saveVersion: false, note: '', annex: null }),
    );
    // Cancelled: nothing to say.
    await waitFor(() => expect(screen.getByTestId('doc-export')).toBeEnabled());
    expect(screen.getByTestId('doc-export-status')).toBeEmptyDOMElement();
    expect(screen.queryByTestId('error-banner')).not.toBeInTheDocument();
  });

  it('shows why an export failed and keeps the note', async () => {
    vi.mocked(docApi.documentExport).mockRejectedValue({
      code: 'validation',
      message: 'Check the highlighted fields.',
      fields: [{ field: 'note', code: 'too_long', message: 'At most 480 characters.' }],
    });
    const { user } = renderView();
    await screen.findByTestId('doc-title');
    await user.click(screen.getByTestId('doc-export-toggle'));
    await user.selectOptions(screen.getByTestId('doc-format'), 'html');
    await user.click(screen.getByTestId('doc-save-version'));
    await user.type(screen.getByTestId('doc-version-note'), 'For the board');
    await user.click(screen.getByTestId('doc-export'));

    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveTextContent('Check the highlighted fields.');
    expect(screen.getByTestId('doc-version-note')).toHaveValue('For the board');
    expect(screen.getByTestId('doc-version-note')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('doc-format')).toHaveValue('html');
    expect(screen.getByTestId('doc-save-version')).toBeChecked();
    expect(screen.getByTestId('doc-export')).toBeEnabled();
  });
});

describe('versions', () => {
  const versions = [
    documentVersion({ id: 7, number: 2, note: 'After the board', lang: 'es', date: '2027-03-01', savedAt: '2027-03-01T09:00:00Z' }),
    documentVersion({ id: 4, number: 1, note: 'First draft' }),
  ];

  it('lists nothing yet with a hint', async () => {
    renderView();
    expect(await screen.findByTestId('doc-versions-empty')).toHaveTextContent('No saved versions yet. Export with “Save as a new version” to keep one.');
  });

  it('opens a version read-only in the preview, exports it, and goes back', async () => {
    vi.mocked(docApi.documentVersions).mockResolvedValue(versions);
    vi.mocked(docApi.documentExport).mockResolvedValue(exportOutcome());
    const { user } = renderView();
    const rows = await screen.findAllByTestId('doc-version');
    expect(rows.map((r) => r.dataset.number)).toEqual(['2', '1']);
    expect(rows[0]).toHaveTextContent('Version 2');
    expect(rows[0]).toHaveTextContent('After the board');
    expect(rows[0]).toHaveTextContent('Español');
    expect(rows[0]).toHaveTextContent('1 Mar 2027');
    await screen.findByTestId('doc-title');
    expect(docApi.documentPreview).toHaveBeenLastCalledWith(null);

    await user.click(within(rows[0]!).getByTestId('doc-version-open'));
    await waitFor(() => expect(docApi.documentPreview).toHaveBeenLastCalledWith(7));
    expect(screen.getByTestId('doc-viewing')).toHaveTextContent('Viewing version 2 (read-only)');
    expect(screen.getByTestId('doc-title')).toBeDisabled();
    expect(screen.getByTestId('doc-lang')).toBeDisabled();
    expect(screen.getByTestId('doc-section-summary')).toBeDisabled();
    expect(screen.queryByTestId('doc-save-version')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('doc-export-toggle'));
    await user.click(screen.getByTestId('doc-export'));
    await waitFor(() =>
      expect(docApi.documentExport).toHaveBeenCalledWith({ format: 'pdf', archival: false, versionId: 7, saveVersion: false, note: '', annex: null }),
    );

    await user.click(screen.getByTestId('doc-back-to-current'));
    await waitFor(() => expect(docApi.documentPreview).toHaveBeenLastCalledWith(null));
    expect(screen.getByTestId('doc-title')).toBeEnabled();
    expect(screen.queryByTestId('doc-viewing')).not.toBeInTheDocument();
  });

  it('deletes a version after asking', async () => {
    vi.mocked(docApi.documentVersions).mockResolvedValue(versions);
    const { user } = renderView();
    const rows = await screen.findAllByTestId('doc-version');
    await user.click(within(rows[1]!).getByTestId('doc-version-delete'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete version 1?' });
    vi.mocked(docApi.documentVersions).mockResolvedValue([versions[0]!]);
    await user.click(within(dialog).getByTestId('doc-version-delete-confirm'));
    expect(docApi.documentVersionDelete).toHaveBeenCalledWith(4);
    await waitFor(() => expect(screen.getAllByTestId('doc-version')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('approval', () => {
  it('approves a version with a name, role, today’s date and reservations, then shows it', async () => {
    const version = documentVersion({ id: 4, number: 1 });
    vi.mocked(docApi.documentVersions).mockResolvedValue([version]);
    const approval = { by: 'Marta Ruiz', role: 'Managing director', date: '2027-02-03', reservations: 'Budget to be confirmed.' };
    vi.mocked(docApi.documentVersionApprove).mockResolvedValue({ ...version, approval });
    const { user } = renderView();
    const row = await screen.findByTestId('doc-version');
    await user.click(within(row).getByRole('button', { name: 'Approve version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve version 1' });
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(name).toHaveFocus());
    // Who and when are required: marked, and said to screen readers.
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(within(dialog).getByLabelText(/^Date of approval/)).toHaveValue(typedDay(today()));
    expect(within(dialog).getByLabelText(/^Date of approval/)).toHaveAttribute('aria-required', 'true');
    await user.type(name, 'Marta Ruiz');
    await user.type(within(dialog).getByRole('textbox', { name: 'Role' }), 'Managing director');
    const date = within(dialog).getByLabelText(/^Date of approval/);
    await user.clear(date);
    await user.type(date, '03/02/2027');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reservations' }), 'Budget to be confirmed.');
    vi.mocked(docApi.documentVersions).mockResolvedValue([{ ...version, approval }]);
    await user.click(within(dialog).getByRole('button', { name: 'Save approval' }));
    expect(docApi.documentVersionApprove).toHaveBeenCalledWith(4, approval);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const shown = await screen.findByTestId('doc-version-approval');
    expect(shown).toHaveTextContent('Approved by Marta Ruiz (Managing director) on 3 Feb 2027');
    expect(shown).toHaveTextContent('Reservations: Budget to be confirmed.');
  });

  it('shows a refused field in the dialog and keeps what was typed', async () => {
    vi.mocked(docApi.documentVersions).mockResolvedValue([documentVersion({ id: 4, number: 1 })]);
    vi.mocked(docApi.documentVersionApprove).mockRejectedValue({
      code: 'validation',
      message: 'Check the highlighted fields.',
      fields: [{ field: 'role', code: 'too_long', message: 'Shorten the role.' }],
    });
    const { user } = renderView();
    await user.click(await screen.findByTestId('doc-version-approve'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('doc-approve-role'), 'Mayor');

    // Who approved it is required: asked for before Rust is.
    await user.click(within(dialog).getByTestId('doc-approve-save'));
    const by = within(dialog).getByTestId('doc-approve-by');
    expect(by).toHaveAttribute('aria-invalid', 'true');
    expect(by).toHaveAccessibleDescription('This field is required.');
    await waitFor(() => expect(by).toHaveFocus());
    expect(docApi.documentVersionApprove).not.toHaveBeenCalled();

    // Then Rust's refusal shows at its field.
    await user.type(by, 'Marta Ruiz');
    expect(by).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByTestId('doc-approve-save'));
    expect(await within(dialog).findByText('Shorten the role.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('doc-approve-role')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByTestId('doc-approve-role')).toHaveValue('Mayor');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('withdraws an approval after asking', async () => {
    const approval = { by: 'Marta Ruiz', role: '', date: '2027-02-03', reservations: '' };
    const version = documentVersion({ id: 4, number: 1, approval });
    vi.mocked(docApi.documentVersions).mockResolvedValue([version]);
    vi.mocked(docApi.documentVersionApprove).mockResolvedValue({ ...version, approval: null });
    const { user } = renderView();
    expect(await screen.findByTestId('doc-version-approval')).toHaveTextContent('Approved by Marta Ruiz on 3 Feb 2027');
    await user.click(screen.getByRole('button', { name: 'Withdraw the approval of version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the approval of version 1?' });
    vi.mocked(docApi.documentVersions).mockResolvedValue([{ ...version, approval: null }]);
    await user.click(within(dialog).getByTestId('doc-version-withdraw-confirm'));
    expect(docApi.documentVersionApprove).toHaveBeenCalledWith(4, null);
    await waitFor(() => expect(screen.queryByTestId('doc-version-approval')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Approve version 1' })).toBeInTheDocument();
  });
});

describe('preview', () => {
  it('draws each page as an image, and keeps them until a new layout is drawn', async () => {
    const { data } = renderView();
    const images = await screen.findAllByTestId('doc-page');
    await waitFor(() => expect(screen.getAllByTestId('doc-page')).toHaveLength(3));
    expect(images[0]).toHaveAttribute('alt', 'Page 1');
    expect(screen.getAllByTestId('doc-page').map((i) => i.dataset.pageIndex)).toEqual(['0', '1', '2']);
    expect(screen.getByTestId('doc-page-count')).toHaveTextContent('3 pages');
    expect(screen.getByTestId('doc-preview')).toHaveTextContent('laid out in 240 ms');
    expect(screen.getByRole('region', { name: 'Document preview' })).toBeInTheDocument();
    const scale = pageScale(window.devicePixelRatio);
    expect(docApi.documentPage).toHaveBeenCalledWith(1, 0, scale);
    expect(createObjectURL).toHaveBeenCalledTimes(3);

    // The workspace changes: laid out again after a pause, two pages now.
    vi.mocked(docApi.documentPreview).mockResolvedValue(previewPages({ revision: 2, pageCount: 2, tookMs: 1500 }));
    data.version += 1;
    await waitFor(() => expect(screen.getByTestId('doc-page-count')).toHaveTextContent('2 pages'), { timeout: 2000 });
    expect(screen.getByTestId('doc-preview')).toHaveTextContent('laid out in 1.5 s');
    await waitFor(() => expect(docApi.documentPage).toHaveBeenCalledWith(2, 1, scale));
    await waitFor(() => expect(screen.getAllByTestId('doc-page').map((i) => i.getAttribute('src'))).toEqual(['blob:page-4', 'blob:page-5']));
    // Every image of the first layout was let go.
    expect(revokeObjectURL.mock.calls.map(([url]) => url as string).sort()).toEqual(['blob:page-1', 'blob:page-2', 'blob:page-3']);
  });

  it('after a change during a compile, sets that layout aside and compiles once more, never piling compiles up', async () => {
    let slow: ((pages: ReturnType<typeof previewPages>) => void) | null = null;
    vi.mocked(docApi.documentPreview)
      .mockImplementationOnce(() => new Promise((resolve) => (slow = resolve)))
      .mockResolvedValue(previewPages({ revision: 5, pageCount: 1 }));
    const { data } = renderView();
    await waitFor(() => expect(docApi.documentPreview).toHaveBeenCalledTimes(1));
    data.version += 1;
    await new Promise((r) => setTimeout(r, 200));
    data.version += 1;
    await new Promise((r) => setTimeout(r, 200));
    // Nothing more is asked while a compile runs.
    expect(docApi.documentPreview).toHaveBeenCalledTimes(1);
    slow!(previewPages({ revision: 4, pageCount: 9 }));
    await waitFor(() => expect(screen.getByTestId('doc-page-count')).toHaveTextContent('1 page'));
    expect(docApi.documentPreview).toHaveBeenCalledTimes(2);
    expect(docApi.documentPage).not.toHaveBeenCalledWith(4, expect.anything(), expect.anything());
  });

  it('says why the preview failed', async () => {
    vi.mocked(docApi.documentPreview).mockRejectedValue({ code: 'internal', message: 'The layout engine stopped.', fields: [] });
    renderView();
    const error = await screen.findByTestId('doc-preview-error');
    expect(error).toHaveTextContent('The preview could not be made. The layout engine stopped.');
  });
});

describe('helpers', () => {
  it('keeps sections in the document order and the scale within bounds', () => {
    expect(orderedSections(['changes', 'summary', 'changes'])).toEqual(['summary', 'changes']);
    expect(pageScale(1)).toBe(1.5);
    expect(pageScale(2)).toBe(3);
    expect(pageScale(0.5)).toBe(1);
    expect(pageScale(undefined)).toBe(1.5);
    expect(stageShare(null)).toBe(0);
    expect(stageShare('done')).toBe(1);
  });

  it('has every string in both languages', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });
});
