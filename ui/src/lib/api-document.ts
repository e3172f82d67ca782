// Typed wrappers for the strategy document: its settings, the live page
// preview, exports and saved versions. Components import these, so tests can
// replace this module with `vi.mock`.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './api';
import type {
  DocFormat,
  DocumentSettings,
  DocumentVersion,
  ExportOutcome,
  ExportRequest,
  ExportStage,
  PreviewPages,
} from './bindings';

export const documentSettingsGet = (): Promise<DocumentSettings> => call('document_settings_get');
/** Validates and saves the settings (title, author, date, language, hidden sections). */
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

export function onExportProgress(handler: (stage: ExportStage) => void): Promise<UnlistenFn> {
  return listen<ExportStage>('document-export-progress', (event) => handler(event.payload));
}

export type { DocFormat };
