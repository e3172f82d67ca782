//! The strategy document in the window: settings, the live page preview,
//! exports through the native save dialog, and saved versions.
//!
//! Compiling runs on a worker thread under its own lock ([`DocShared`]), not
//! the workspace's: the workspace lock is held only to read the data, so
//! typing and autosave never wait for a compile.

use std::sync::{Arc, Mutex, MutexGuard};

use rumbo_core::ipc::{
    ExportAction, ExportOutcome, ExportRequest, ExportStage, PreviewPages, SummaryDraft,
};
use rumbo_core::model::{Approval, DocFormat, DocSection, DocumentSettings, DocumentVersion};
use rumbo_core::{ApiError, Error, Lang};
use rumbo_doc::PagedDocument;
use rumbo_doc::{Renderer, Source};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::dialogs::ask_save_path;
use crate::run::{
    CommandResult, announce, checked, shared, take_change, today, with_state, with_workspace, write,
};
use crate::state::{Shared, lock};
use crate::validate::{self, Refusal};

/// The event that reports an export's progress (payload: [`ExportStage`]).
pub const EXPORT_PROGRESS_EVENT: &str = "document-export-progress";

/// The compiler and the last compiled preview.
#[derive(Default)]
pub struct DocState {
    renderer: Renderer,
    revision: u32,
    preview: Option<(u32, PagedDocument)>,
}

pub type DocShared = Arc<Mutex<DocState>>;

fn lock_doc(shared: &DocShared) -> MutexGuard<'_, DocState> {
    shared
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Runs `f` with the compiler on a worker thread.
async fn with_doc<T, F>(app_lang: Lang, shared: &DocShared, f: F) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DocState) -> Result<T, Error> + Send + 'static,
{
    let shared = shared.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let mut state = lock_doc(&shared);
        f(&mut state).map_err(|e| e.to_api(app_lang))
    })
    .await
    .unwrap_or_else(|e| Err(Error::Internal(e.to_string()).to_api(app_lang)))
}

#[tauri::command]
pub async fn document_settings_get(shared: State<'_, Shared>) -> CommandResult<DocumentSettings> {
    with_workspace(&shared, |ws| ws.document_settings()).await
}

#[tauri::command]
pub async fn document_settings_save<R: Runtime>(
    app: AppHandle<R>,
    settings: DocumentSettings,
) -> CommandResult<DocumentSettings> {
    write(&app, move |ws| ws.set_document_settings(settings)).await
}

#[tauri::command]
pub async fn document_versions(shared: State<'_, Shared>) -> CommandResult<Vec<DocumentVersion>> {
    with_workspace(&shared, |ws| ws.versions()).await
}

#[tauri::command]
pub async fn document_version_delete<R: Runtime>(app: AppHandle<R>, id: i64) -> CommandResult<()> {
    checked(&shared(&app), validate::id("id", id))?;
    write(&app, move |ws| ws.delete_version(id)).await
}

/// Records who approved saved version `id`, when and with what
/// reservations (replacing an earlier approval), or withdraws its approval
/// (`approval: null`). Returns the version as it now is.
#[tauri::command]
pub async fn document_version_approve<R: Runtime>(
    app: AppHandle<R>,
    id: i64,
    approval: Option<Approval>,
) -> CommandResult<DocumentVersion> {
    checked(&shared(&app), validate::id("id", id))?;
    write(&app, move |ws| ws.approve_version(id, approval)).await
}

/// The executive summary Rumbo generates from the workspace now (in the
/// document's language, as of its date), and whether the CM's own summary
/// was written from an older one. The window offers the generated one as a
/// starting point and flags a stale own summary; it never replaces it.
#[tauri::command]
pub async fn document_summary_draft(shared: State<'_, Shared>) -> CommandResult<SummaryDraft> {
    with_workspace(&shared, |ws| {
        let edition = ws.document_edition(None, today())?;
        let generated = rumbo_doc::generated_summary(&Source::from(&edition));
        let own = &edition.doc.document;
        Ok(SummaryDraft {
            stale: !own.summary.is_empty() && own.summary_basis != generated,
            generated,
        })
    })
    .await
}

/// Opens a document exported in this session with the system's program for
/// it, or shows it in its folder. Any other path is refused.
#[tauri::command]
pub async fn document_export_show<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    action: ExportAction,
) -> CommandResult<()> {
    use tauri_plugin_opener::OpenerExt;
    let shared = shared(&app);
    let (known, lang) = {
        let inner = lock(&shared);
        let path = std::path::PathBuf::from(&path);
        (inner.exported.contains(&path), inner.lang())
    };
    if !known {
        return Err(Refusal::NotExported.to_api(lang));
    }
    let opened = match action {
        ExportAction::Open => app.opener().open_path(path.clone(), None::<&str>),
        ExportAction::Reveal => app.opener().reveal_item_in_dir(&path),
    };
    opened.map_err(|e| Error::Internal(e.to_string()).to_api(lang))
}

/// Compiles the current document or a saved version for the preview.
#[tauri::command]
pub async fn document_preview(
    shared: State<'_, Shared>,
    doc_shared: State<'_, DocShared>,
    version_id: Option<i64>,
) -> CommandResult<PreviewPages> {
    checked(&shared, validate::optional_id("versionId", version_id))?;
    let (job, lang) = with_state(&shared, move |inner| {
        let lang = inner.lang();
        Ok((
            inner.workspace()?.document_edition(version_id, today())?,
            lang,
        ))
    })
    .await?;
    with_doc(lang, &doc_shared, move |state| {
        let (document, took_ms) = rumbo_doc::timed(|| state.renderer.layout(&Source::from(&job)));
        rumbo_doc::evict();
        let document = document?;
        state.revision = state.revision.wrapping_add(1);
        let (width_pt, height_pt) = document
            .pages()
            .first()
            .map(|p| {
                let size = p.frame.size();
                (size.x.to_pt(), size.y.to_pt())
            })
            .unwrap_or((595.0, 842.0));
        let pages = PreviewPages {
            revision: state.revision,
            page_count: u32::try_from(document.pages().len()).unwrap_or(u32::MAX),
            width_pt,
            height_pt,
            took_ms,
        };
        state.preview = Some((state.revision, document));
        Ok(pages)
    })
    .await
}

/// One page of the newest preview as PNG bytes.
#[tauri::command]
pub async fn document_page(
    shared: State<'_, Shared>,
    doc_shared: State<'_, DocShared>,
    revision: u32,
    index: u32,
    scale: f32,
) -> Result<tauri::ipc::Response, ApiError> {
    let lang = lock(&shared).lang();
    let scale = checked(&shared, validate::scale(scale))?;
    let doc_shared = doc_shared.inner().clone();
    let bytes = tauri::async_runtime::spawn_blocking(move || {
        let state = lock_doc(&doc_shared);
        let Some((current, document)) = &state.preview else {
            return Err(Refusal::StalePreview);
        };
        if *current != revision {
            return Err(Refusal::StalePreview);
        }
        let count = document.pages().len();
        let index = validate::page(index, count)?;
        rumbo_doc::page_png(document, index, scale).ok_or(Refusal::NoSuchPage {
            page: u32::try_from(index + 1).unwrap_or(u32::MAX),
            count,
        })
    })
    .await
    .unwrap_or_else(|e| Err(Refusal::File(Error::Internal(e.to_string()))))
    .map_err(|refusal| refusal.to_api(lang))?;
    Ok(tauri::ipc::Response::new(bytes))
}

fn stage<R: Runtime>(app: &AppHandle<R>, stage: ExportStage) {
    let _ = app.emit(EXPORT_PROGRESS_EVENT, stage);
}

fn suggested_name(
    format: DocFormat,
    organization: &str,
    lang: Lang,
    annex: Option<DocSection>,
) -> String {
    let base = match annex {
        Some(section) => section.alone_title(lang),
        None => lang.pick("Strategy", "Estrategia"),
    };
    let org: String = organization
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .take(60)
        .collect();
    let org = org.trim();
    if org.is_empty() {
        format!("{base}.{}", format.extension())
    } else {
        format!("{base} — {org}.{}", format.extension())
    }
}

/// Asks for a file with the native save dialog, writes the document there
/// and, if asked, saves the current document as the next version. `None`
/// when the user cancelled the dialog.
#[tauri::command]
pub async fn document_export<R: Runtime>(
    app: AppHandle<R>,
    request: ExportRequest,
) -> CommandResult<Option<ExportOutcome>> {
    let shared = shared(&app);
    let doc_shared = app.state::<DocShared>().inner().clone();
    checked(
        &shared,
        validate::optional_id("versionId", request.version_id),
    )?;
    if request.save_version
        && let Err(error) =
            rumbo_core::model::check(rumbo_core::model::version_note_issues(&request.note))
    {
        return Err(error.to_api(lock(&shared).lang()));
    }
    let annex = checked(&shared, validate::annex(request.annex))?;
    let version_id = request.version_id;
    // An annex alone is never a version of the document.
    let save_version = request.save_version && version_id.is_none() && annex.is_none();
    let note_for_cover = request.note.clone();
    let (job, lang) = with_state(&shared, move |inner| {
        let lang = inner.lang();
        let ws = inner.workspace()?;
        let mut job = ws.document_edition(version_id, today())?;
        // A document saved as a version says so on its cover.
        if save_version {
            job = job.saving_as(ws.next_version_number()?, &note_for_cover);
        }
        Ok((job, lang))
    })
    .await?;
    let format = request.format;
    let chosen = ask_save_path(
        &app,
        format.label(lang),
        &[format.extension()],
        match annex {
            Some(section) => section.export_title(lang),
            None => lang.pick("Export the document", "Exportar el documento"),
        },
        suggested_name(format, &job.doc.profile.name, lang, annex),
    )
    .await;
    let Some(path) = chosen else { return Ok(None) };

    stage(&app, ExportStage::Prepare);
    let progress = app.clone();
    let archival = request.archival;
    let doc_date = job.date;
    let doc_lang = job.doc.document.lang;
    let (bytes, page_count) = with_doc(lang, &doc_shared, move |state| {
        let source = Source::from(&job);
        let source = match annex {
            Some(section) => source.alone(section),
            None => source,
        };
        if format == DocFormat::Pdf {
            stage(&progress, ExportStage::Layout);
            let document = state.renderer.layout(&source);
            rumbo_doc::evict();
            let document = document?;
            stage(&progress, ExportStage::Encode);
            let bytes = rumbo_doc::pdf(&document, source.date, archival)?;
            Ok((bytes, u32::try_from(document.pages().len()).ok()))
        } else {
            stage(&progress, ExportStage::Encode);
            let output = state.renderer.render(&source, format, archival)?;
            Ok((output.bytes, None))
        }
    })
    .await?;

    stage(&app, ExportStage::Save);
    let note = request.note;
    let target = path.clone();
    let size = bytes.len() as u64;
    let (version, change) = with_workspace(&shared, move |ws| {
        if save_version {
            // Everything that could refuse the version is asked first, so a
            // refused export writes nothing.
            rumbo_core::model::check(rumbo_core::model::version_note_issues(&note))?;
            if ws.is_read_only() {
                return Err(Error::ReadOnly(ws.path().to_path_buf()));
            }
        }
        // Never over the workspace itself, another workspace or a device.
        rumbo_store::files::write_output(&target, &bytes, &[ws.path()])?;
        let version = if save_version {
            Some(ws.save_version(doc_date, &note, doc_lang)?)
        } else {
            None
        };
        Ok((version, take_change(ws)))
    })
    .await?;
    // A saved version: the next draft now compares with it.
    announce(&app, &change);
    // The window may now offer to open it or show it in its folder.
    lock(&shared).exported.push(path.clone());
    stage(&app, ExportStage::Done);
    Ok(Some(ExportOutcome {
        path: path.display().to_string(),
        bytes: size,
        page_count,
        version,
    }))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::dialogs::with_extension;

    #[test]
    fn export_names_are_safe_and_carry_the_extension() {
        assert_eq!(
            suggested_name(DocFormat::Pdf, "A/B: <Agency>", Lang::En, None),
            "Strategy — AB Agency.pdf"
        );
        assert_eq!(
            suggested_name(DocFormat::Md, " ", Lang::Es, None),
            "Estrategia.md"
        );
        assert_eq!(
            suggested_name(
                DocFormat::Pdf,
                "Valdoria",
                Lang::Es,
                Some(DocSection::RequestForm)
            ),
            "Formulario de solicitud de cuenta — Valdoria.pdf"
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan"), DocFormat::Docx.extension()),
            PathBuf::from("/tmp/plan.docx")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan.PDF"), DocFormat::Pdf.extension()),
            PathBuf::from("/tmp/plan.PDF")
        );
    }
}
