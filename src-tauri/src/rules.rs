//! The window's commands for the rules people meet beyond their records:
//! the crisis playbook's settings, the texts to start a policy or the
//! post-mortem from, and a publishable annex (the house rules, the
//! staff-use policy, the legal notice) exported on its own through the
//! native save dialog.

use rumbo_core::ipc::{ExportOutcome, ModelText};
use rumbo_core::model::{CrisisPlan, DocFormat, PolicyKind};
use rumbo_core::{Lang, starters};
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::ask_save_path;
use crate::run::{CommandResult, shared, today, with_state, with_workspace, write};
use crate::state::Shared;

#[tauri::command]
pub async fn crisis_plan_get(shared: State<'_, Shared>) -> CommandResult<CrisisPlan> {
    with_workspace(&shared, |ws| ws.crisis_plan()).await
}

#[tauri::command]
pub async fn crisis_plan_save<R: Runtime>(
    app: AppHandle<R>,
    plan: CrisisPlan,
) -> CommandResult<CrisisPlan> {
    write(&app, move |ws| ws.set_crisis_plan(plan)).await
}

/// The model of a policy of `kind` in `lang`, with the organization's name;
/// `None` for a kind with no model ("other").
#[tauri::command]
pub async fn policy_model(
    shared: State<'_, Shared>,
    kind: PolicyKind,
    lang: Lang,
) -> CommandResult<Option<ModelText>> {
    with_workspace(&shared, move |ws| {
        let organization = ws.profile()?.name;
        Ok(starters::policy(kind, lang).map(|model| ModelText {
            title: model.title.to_string(),
            text: starters::fill(model.text, &organization, lang),
        }))
    })
    .await
}

/// The model of the review held after a crisis, in `lang`.
#[tauri::command]
pub async fn post_mortem_model(lang: Lang) -> CommandResult<String> {
    Ok(starters::post_mortem(lang).to_string())
}

fn suggested_name(kind: PolicyKind, format: DocFormat, lang: Lang) -> String {
    let title = kind.label(lang);
    format!("{title}.{}", format.extension())
}

/// Asks for a file with the native save dialog and writes the annex of
/// `kind` there, on its own, in the document's language. `None` when the
/// person cancelled.
#[tauri::command]
pub async fn annex_export<R: Runtime>(
    app: AppHandle<R>,
    kind: PolicyKind,
    format: DocFormat,
) -> CommandResult<Option<ExportOutcome>> {
    let shared = shared(&app);
    let (doc, lang) = with_state(&shared, |inner| {
        let lang = inner.lang();
        Ok((inner.workspace()?.export()?, lang))
    })
    .await?;
    let date = doc.document.date.unwrap_or_else(today);
    // Refused before the dialog: there must be a text to publish.
    let rendered = with_state(&shared, move |_| {
        rumbo_doc::annex::render(&doc, kind, format, date, false)
    })
    .await?;
    let Some(path) = ask_save_path(
        &app,
        format.label(lang),
        &[format.extension()],
        lang.pick("Export the annex", "Exportar el anexo"),
        suggested_name(kind, format, lang),
    )
    .await
    else {
        return Ok(None);
    };
    let target = path.clone();
    let size = rendered.bytes.len() as u64;
    with_workspace(&shared, move |ws| {
        rumbo_store::files::write_output(&target, &rendered.bytes, &[ws.path()])
    })
    .await?;
    Ok(Some(ExportOutcome {
        path: path.display().to_string(),
        bytes: size,
        page_count: rendered.pages,
        version: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_annex_is_suggested_under_its_title() {
        assert_eq!(
            suggested_name(PolicyKind::HouseRules, DocFormat::Pdf, Lang::Es),
            "Normas de participación.pdf"
        );
        assert_eq!(
            suggested_name(PolicyKind::LegalNotice, DocFormat::Md, Lang::En),
            "Legal notice and privacy.md"
        );
    }
}
