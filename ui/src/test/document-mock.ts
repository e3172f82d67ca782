// Test data for the strategy document, and a stand-in for
// `$lib/api-document` in tests of the shell and the app. In a test file:
//
//   vi.mock('$lib/api-document', async () => (await import('../../test/document-mock')).mockDocumentApi());
import type { DocumentSettings, DocumentVersion, ExportOutcome, PreviewPages } from '../lib/bindings';

export function documentSettings(overrides: Partial<DocumentSettings> = {}): DocumentSettings {
  return {
    title: '',
    author: '',
    date: null,
    lang: 'en',
    hiddenSections: [],
    classification: 'internal',
    classificationLabel: '',
    readers: '',
    showScore: true,
    introduction: '',
    chapterTexts: [],
    summary: '',
    summaryBasis: '',
    ...overrides,
  };
}

/** A generated executive summary, two paragraphs. */
export const GENERATED_SUMMARY = 'The agency runs four channels.\n\nTwo objectives are on track.';

export function documentVersion(overrides: Partial<DocumentVersion> = {}): DocumentVersion {
  return {
    id: 1,
    number: 1,
    date: '2027-01-15',
    note: '',
    lang: 'en',
    savedAt: '2027-01-15T10:30:00Z',
    approval: null,
    ...overrides,
  };
}

export function previewPages(overrides: Partial<PreviewPages> = {}): PreviewPages {
  return { revision: 1, pageCount: 3, widthPt: 595, heightPt: 842, tookMs: 240, ...overrides };
}

export function exportOutcome(overrides: Partial<ExportOutcome> = {}): ExportOutcome {
  return { path: '/home/lucia/Documents/strategy.pdf', bytes: 120_000, pageCount: 3, version: null, ...overrides };
}

/** One transparent pixel, as PNG bytes. */
export function pngBytes(): ArrayBuffer {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
    (c) => c.charCodeAt(0),
  );
  return bytes.buffer;
}

export function mockDocumentApi(): Record<string, unknown> {
  return {
    documentSettingsGet: () => Promise.resolve(documentSettings()),
    documentSettingsSave: (settings: DocumentSettings) => Promise.resolve(settings),
    documentPreview: () => Promise.resolve(previewPages({ pageCount: 1 })),
    documentPage: () => Promise.resolve(pngBytes()),
    documentExport: () => Promise.resolve(null),
    documentVersions: () => Promise.resolve([]),
    documentVersionDelete: () => Promise.resolve(),
    documentVersionApprove: (id: number) => Promise.resolve(documentVersion({ id })),
    documentSummaryDraft: () => Promise.resolve({ generated: GENERATED_SUMMARY, stale: false }),
    documentExportShow: () => Promise.resolve(),
    onExportProgress: () => Promise.resolve(() => {}),
  };
}
