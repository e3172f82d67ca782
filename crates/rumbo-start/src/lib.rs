//! Rumbo's guided start: what a first-time community manager is led
//! through, from an empty file to a first strategy. `template` seeds a new
//! workspace for a kind of organization; `interview` holds the questions
//! and the answers; `draft` turns the answers into a draft strategy and
//! writes what the community manager keeps. No I/O, no Tauri: the window
//! and `rumbo new --answers` call the same functions.

pub mod draft;
pub mod interview;
pub mod library;
pub mod template;
mod words;

pub use draft::{
    Draft, DraftAudience, DraftChannel, DraftDepartment, DraftFlow, DraftGoal, DraftObjective,
    DraftProfile, DraftScore, accept, apply, as_template_made_it, draft, presence_explained,
    smart_rewrite, workspace_from_answers,
};
pub use interview::{
    AimAnswer, ContentFormat, DepartmentAnswer, FormatChoice, InterviewAnswers, InterviewQuestion,
    InterviewStep, questions,
};
pub use library::{Library, LibraryAudience, LibraryFlow, LibraryObjective, kind_of, library};
pub use template::{OrgKind, TemplateInfo};
pub use words::{Segment, network_in, objective_kind_of, segments_of};

/// The TypeScript declarations of what crosses to the window.
pub fn typescript_declarations(config: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    fn decl<T: TS>(config: &ts_rs::Config) -> String {
        format!("export {}\n", T::decl(config))
    }
    vec![
        decl::<OrgKind>(config),
        decl::<TemplateInfo>(config),
        decl::<InterviewStep>(config),
        decl::<ContentFormat>(config),
        decl::<DepartmentAnswer>(config),
        decl::<AimAnswer>(config),
        decl::<InterviewAnswers>(config),
        decl::<FormatChoice>(config),
        decl::<InterviewQuestion>(config),
        decl::<DraftProfile>(config),
        decl::<DraftDepartment>(config),
        decl::<DraftAudience>(config),
        decl::<DraftScore>(config),
        decl::<DraftChannel>(config),
        decl::<DraftFlow>(config),
        decl::<DraftGoal>(config),
        decl::<DraftObjective>(config),
        decl::<Draft>(config),
        decl::<LibraryAudience>(config),
        decl::<LibraryObjective>(config),
        decl::<LibraryFlow>(config),
        decl::<Library>(config),
    ]
}
