//! The window's commands for the guided start: the organization templates a
//! new workspace is created from, and the interview — its questions, its
//! answers saved as they are given (so it resumes after a quit or a crash),
//! the draft strategy it proposes and the acceptance that writes it. The
//! logic is `rumbo_start`'s, shared with `rumbo new --answers`.

use rumbo_core::Error;
use rumbo_core::error::{ApiError, ErrorCode};
use rumbo_start::{
    Draft, InterviewAnswers, InterviewQuestion, InterviewStep, Library, OrgKind, TemplateInfo,
};
use tauri::{AppHandle, Runtime, State};

use crate::run::{CommandResult, today, with_state, with_workspace, write};
use crate::state::{Shared, lock};

/// The answers as `rumbo_start` accepts them, or the reason they are
/// refused, in the interface language.
fn checked(answers: InterviewAnswers, lang: rumbo_core::Lang) -> CommandResult<InterviewAnswers> {
    answers.checked(lang).map_err(|message| ApiError {
        code: ErrorCode::Validation,
        message,
        fields: Vec::new(),
    })
}

/// The organization templates a new workspace can start from.
#[tauri::command]
pub async fn templates_list(shared: State<'_, Shared>) -> CommandResult<Vec<TemplateInfo>> {
    with_state(&shared, |inner| {
        Ok(rumbo_start::template::list(inner.lang()))
    })
    .await
}

/// The interview's answers as saved in the open workspace, or `None` when
/// it was never begun there. Saved answers that cannot be read any more
/// (written by a later version) count as never begun: they are the
/// interview's own, not the strategy.
#[tauri::command]
pub async fn interview_get(shared: State<'_, Shared>) -> CommandResult<Option<InterviewAnswers>> {
    with_state(&shared, |inner| {
        let lang = inner.lang();
        let saved = inner.workspace()?.interview()?;
        Ok(saved.and_then(|text| InterviewAnswers::from_json(&text, lang).ok()))
    })
    .await
}

/// Answers to begin the interview with on a workspace that never had one:
/// what the workspace already holds (nothing is saved until answered).
#[tauri::command]
pub async fn interview_begin(shared: State<'_, Shared>) -> CommandResult<InterviewAnswers> {
    with_workspace(&shared, |ws| {
        Ok(InterviewAnswers::from_workspace(
            &ws.export()?,
            OrgKind::Empty,
        ))
    })
    .await
}

/// Saves the interview's answers as they are given. They are not the
/// strategy: nothing in the workspace's records changes.
#[tauri::command]
pub async fn interview_save(
    shared: State<'_, Shared>,
    answers: InterviewAnswers,
) -> CommandResult<InterviewAnswers> {
    let lang = lock(&shared).lang();
    let answers = checked(answers, lang)?;
    with_workspace(&shared, move |ws| {
        let text = serde_json::to_string(&answers).map_err(|e| Error::Internal(e.to_string()))?;
        ws.save_interview(&text)?;
        Ok(answers)
    })
    .await
}

/// The interview's questions for an organization of `kind`, in the
/// interface language.
#[tauri::command]
pub async fn interview_questions(
    shared: State<'_, Shared>,
    kind: OrgKind,
) -> CommandResult<Vec<InterviewQuestion>> {
    with_state(&shared, move |inner| {
        Ok(rumbo_start::questions(kind, inner.lang()))
    })
    .await
}

/// The draft strategy the answers propose for the open workspace, shown
/// before anything is written.
#[tauri::command]
pub async fn interview_draft(
    shared: State<'_, Shared>,
    answers: InterviewAnswers,
) -> CommandResult<Draft> {
    let lang = lock(&shared).lang();
    let answers = checked(answers, lang)?;
    with_workspace(&shared, move |ws| {
        let doc = ws.export()?;
        Ok(rumbo_start::draft(&answers, &doc, today(), lang))
    })
    .await
}

/// Writes the draft as the community manager kept it, with the answers
/// marked done, in one transaction: the interview is not offered again.
/// Refused as a whole (nothing written) when the result would not be a
/// sound workspace.
#[tauri::command]
pub async fn interview_accept<R: Runtime>(
    app: AppHandle<R>,
    answers: InterviewAnswers,
    draft: Draft,
) -> CommandResult<()> {
    let shared = crate::run::shared(&app);
    let lang = lock(&shared).lang();
    let answers = checked(
        InterviewAnswers {
            step: InterviewStep::Done,
            ..answers
        },
        lang,
    )?;
    write(&app, move |ws| {
        let doc = rumbo_start::accept(&draft, ws.export()?, lang);
        let text = serde_json::to_string(&answers).map_err(|e| Error::Internal(e.to_string()))?;
        ws.accept_draft(&doc, &text)
    })
    .await
}

/// What an empty list offers to start from, for the open workspace's kind
/// of organization (the kind its interview named, else the one its sector
/// names): audiences, an objective of each kind with its KPI, the usual
/// internal flows — less what it already holds.
#[tauri::command]
pub async fn start_library(shared: State<'_, Shared>) -> CommandResult<Library> {
    with_state(&shared, |inner| {
        let lang = inner.lang();
        let ws = inner.workspace()?;
        let doc = ws.export()?;
        let kind = ws
            .interview()?
            .and_then(|text| InterviewAnswers::from_json(&text, lang).ok())
            .map(|a| a.kind)
            .filter(|k| *k != OrgKind::Empty)
            .unwrap_or_else(|| rumbo_start::kind_of(&doc));
        Ok(rumbo_start::library(&doc, kind, today(), lang))
    })
    .await
}
