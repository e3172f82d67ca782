// Typed wrappers for the strategy document: its settings, the live page
// preview, exports and saved versions. Components import these, so tests can
// replace this module with `vi.mock`.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './api';
import type {
  Approval,
  DocFormat,
  DocumentSettings,
  DocumentVersion,
  ExportAction,
  ExportOutcome,
  ExportRequest,
  ExportStage,
  PreviewPages,
  SummaryDraft,
} from './bindings';

export const documentSettingsGet = (): Promise<DocumentSettings> => call('document_settings_get');
/** Validates and saves the settings (title, author, date, language, hidden sections,
 *  classification, readers, the CM's own texts). */
export const documentSettingsSave = (settings: DocumentSettings): Promise<DocumentSettings> =>
  call('document_settings_save', { settings });

/** Compiles the current document (`versionId` null) or a saved version for
 *  the preview. Runs off the main thread in Rust; a newer call supersedes
 *  an older one. */
export const documentPreview = (versionId: number | null): Promise<PreviewPages> =>
  call('document_preview', { versionId });

/** One page of the compiled preview as PNG bytes, at `scale` pixels per
 *  point. Fails when `revision` is no longer the newest compile. */
export const documentPage = (revision: number, index: number, scale: number): Promise<ArrayBuffer> =>
  call('document_page', { revision, index, scale });

/** Asks for a file with the native save dialog and writes the document
 *  there. Null when the user cancelled the dialog. Progress arrives as
 *  `document-export-progress` events. */
export const documentExport = (request: ExportRequest): Promise<ExportOutcome | null> =>
  call('document_export', { request });

/** Saved versions, newest first. */
export const documentVersions = (): Promise<DocumentVersion[]> => call('document_versions');
export const documentVersionDelete = (id: number): Promise<void> => call('document_version_delete', { id });

/** Records who approved saved version `id` (replacing an earlier
 *  approval), or withdraws its approval (`null`). */
export const documentVersionApprove = (id: number, approval: Approval | null): Promise<DocumentVersion> =>
  call('document_version_approve', { id, approval });

/** The executive summary generated from the workspace now, and whether the
 *  CM's own summary was written from an older one. */
export const documentSummaryDraft = (): Promise<SummaryDraft> => call('document_summary_draft');

/** Opens a document exported in this session, or shows it in its folder. */
export const documentExportShow = (path: string, action: ExportAction): Promise<void> =>
  call('document_export_show', { path, action });

export function onExportProgress(handler: (stage: ExportStage) => void): Promise<UnlistenFn> {
  return listen<ExportStage>('document-export-progress', (event) => handler(event.payload));
}

export type { DocFormat };
