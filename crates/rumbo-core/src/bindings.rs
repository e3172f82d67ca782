//! The TypeScript declarations of the core types that cross IPC, generated
//! with ts-rs, and the constants the window shares with Rust (the kinds of
//! records, every enum's values, the health check's default thresholds, the
//! fit scale, and worked examples of the brand-fit matrix that the
//! window's own `fitMatrix` must reproduce). The `rumbo-bindings` crate joins
//! them with the other crates' into one committed file,
//! `ui/src/lib/bindings.ts`, and fails a test when that file is stale.

use ts_rs::{Config, TS};

use crate::calendar::CalendarEntry;
use crate::error::{ApiError, ErrorCode, FieldCode, FieldError};
use crate::ipc::{AboutInfo, ModelText, SavedRecord, ViewPlace, WorkspaceChange, WorkspacePart};
use crate::ipc::{
    AppSnapshot, BackupInfo, BackupOrigin, BackupReason, DeleteImpact, EntityKind, ExportAction,
    ExportOutcome, ExportRequest, ExportStage, ImpactGroup, LanguagePref, MenuAction, PreviewPages,
    RecentFile, RecoveryOffer, RestoreOutcome, SectionCounts, SummaryDraft, ThemePref, UndoToken,
    WorkspaceInfo,
};
use crate::kpi_csv::{CsvMapping, CsvPreview, DateOrder, DecimalMark};
use crate::lang::Lang;
use crate::model::{
    Account, Acknowledgement, Activity, Answers, Approval, Audience, BudgetCategory, BudgetLine,
    BudgetPeriod, Cadence, Campaign, Channel, ChannelStatus, ChapterText, Classification, Decision,
    Department, Direction, DocFormat, DocSection, DocumentSettings, DocumentVersion, Duty,
    EntryKind, FitCriterion, FitMatrix, FitRow, FitScore, Flow, Gender, HealthSettings, Holiday,
    HolidayCountry, InfoNeed, InternalChannel, MAX_REVIEW_MONTHS, MAX_SCORE, MAX_STEP_DAYS,
    MAX_WEIGHT, Measurement, MeasurementKind, Monitoring, Network, Objective, ObjectiveKind,
    ObjectiveStatus, Person, Phase, Pillar, PillarShare, ProcedureStep, Profile, RaciCell,
    RaciRole, Recommendation, Register, ResponseUnit, ServiceLevel, StyleGuide, Urgency, Weekday,
};
use crate::model::{
    CrisisLevel, CrisisPlan, HoldingStatement, MAX_CRISIS_RANK, MAX_DRILL_MONTHS,
    MAX_PROTOCOL_STEPS, MAX_STATEMENTS, MAX_TEXT, ModerationAction, ModerationRule, PauseStep,
    PauseWhat, Policy, PolicyKind, PolicyStatus, Protocol, ProtocolKind, ProtocolStep,
};

fn decl<T: TS>(config: &Config) -> String {
    format!("export {}\n", T::decl(config))
}

/// The declarations of the core's types, in a readable order.
pub fn declarations(config: &Config) -> Vec<String> {
    vec![
        decl::<Lang>(config),
        decl::<ErrorCode>(config),
        decl::<FieldCode>(config),
        decl::<FieldError>(config),
        decl::<ApiError>(config),
        decl::<Gender>(config),
        decl::<Profile>(config),
        decl::<Department>(config),
        decl::<Activity>(config),
        decl::<RaciRole>(config),
        decl::<RaciCell>(config),
        decl::<Duty>(config),
        decl::<Person>(config),
        decl::<Audience>(config),
        decl::<FitCriterion>(config),
        decl::<FitScore>(config),
        decl::<FitRow>(config),
        decl::<FitMatrix>(config),
        decl::<Network>(config),
        decl::<ChannelStatus>(config),
        decl::<Answers>(config),
        decl::<Account>(config),
        decl::<Channel>(config),
        decl::<ObjectiveKind>(config),
        decl::<ObjectiveStatus>(config),
        decl::<MeasurementKind>(config),
        decl::<Objective>(config),
        decl::<Measurement>(config),
        decl::<DateOrder>(config),
        decl::<DecimalMark>(config),
        decl::<CsvMapping>(config),
        decl::<CsvPreview>(config),
        decl::<Campaign>(config),
        decl::<Direction>(config),
        decl::<InternalChannel>(config),
        decl::<Weekday>(config),
        decl::<Cadence>(config),
        decl::<Holiday>(config),
        decl::<HolidayCountry>(config),
        decl::<Flow>(config),
        decl::<Urgency>(config),
        decl::<InfoNeed>(config),
        decl::<CalendarEntry>(config),
        decl::<Decision>(config),
        decl::<EntryKind>(config),
        decl::<Recommendation>(config),
        // -- channels as they run --
        decl::<PillarShare>(config),
        decl::<Pillar>(config),
        decl::<Register>(config),
        decl::<StyleGuide>(config),
        decl::<Monitoring>(config),
        decl::<ResponseUnit>(config),
        decl::<ServiceLevel>(config),
        decl::<BudgetCategory>(config),
        decl::<BudgetPeriod>(config),
        decl::<BudgetLine>(config),
        decl::<Phase>(config),
        decl::<ProcedureStep>(config),
        // --
        // The rules people meet.
        decl::<PolicyKind>(config),
        decl::<PolicyStatus>(config),
        decl::<Policy>(config),
        decl::<ModerationAction>(config),
        decl::<ModerationRule>(config),
        decl::<ProtocolKind>(config),
        decl::<ProtocolStep>(config),
        decl::<Protocol>(config),
        decl::<HoldingStatement>(config),
        decl::<CrisisLevel>(config),
        decl::<PauseWhat>(config),
        decl::<PauseStep>(config),
        decl::<CrisisPlan>(config),
        decl::<ModelText>(config),
        decl::<EntityKind>(config),
        decl::<ImpactGroup>(config),
        decl::<DeleteImpact>(config),
        decl::<UndoToken>(config),
        decl::<SectionCounts>(config),
        decl::<WorkspacePart>(config),
        decl::<SavedRecord>(config),
        decl::<WorkspaceChange>(config),
        decl::<ViewPlace>(config),
        decl::<WorkspaceInfo>(config),
        decl::<RecentFile>(config),
        decl::<LanguagePref>(config),
        decl::<ThemePref>(config),
        decl::<AppSnapshot>(config),
        decl::<MenuAction>(config),
        decl::<AboutInfo>(config),
        decl::<HealthSettings>(config),
        decl::<Acknowledgement>(config),
        decl::<DocSection>(config),
        decl::<Classification>(config),
        decl::<ChapterText>(config),
        decl::<DocumentSettings>(config),
        decl::<Approval>(config),
        decl::<DocumentVersion>(config),
        decl::<SummaryDraft>(config),
        decl::<ExportAction>(config),
        decl::<DocFormat>(config),
        decl::<PreviewPages>(config),
        decl::<ExportRequest>(config),
        decl::<ExportOutcome>(config),
        decl::<ExportStage>(config),
        decl::<BackupReason>(config),
        decl::<BackupOrigin>(config),
        decl::<BackupInfo>(config),
        decl::<RecoveryOffer>(config),
        decl::<RestoreOutcome>(config),
    ]
}

/// `export const NAME = ["a", "b"] as const satisfies readonly Type[];`
fn values<T: Copy>(name: &str, ty: &str, all: &[T], text: fn(T) -> &'static str) -> String {
    let items: Vec<String> = all.iter().map(|v| format!("{:?}", text(*v))).collect();
    format!(
        "export const {name} = [{}] as const satisfies readonly {ty}[];\n",
        items.join(", ")
    )
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| format!("/* {e} */ null"))
}

macro_rules! records_map {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        /// `Records`: the type of each kind of record, by its name.
        fn records_map() -> String {
            let mut text = String::from("export type Records = {\n");
            $(text.push_str(&format!("  {}: {},\n", $name, stringify!($kind)));)*
            text.push_str("};\n");
            text
        }
    };
}
crate::for_each_record!(records_map);

macro_rules! record_nouns {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        /// `RECORD_NOUNS`: how each kind of record is called, in each language.
        fn record_nouns() -> String {
            use crate::records::Named;
            let mut text = String::from(
                "/** How each kind of record is called (its noun, singular and plural), in each language. */\n\
                 export const RECORD_NOUNS: { readonly [K in RecordKind]: { readonly en: string; readonly es: string; readonly enPlural: string; readonly esPlural: string } } = {\n",
            );
            $(
                let noun = <crate::model::$kind as Named>::NOUN;
                text.push_str(&format!(
                    "  {}: {{ en: {:?}, es: {:?}, enPlural: {:?}, esPlural: {:?} }},\n",
                    $name, noun.en, noun.es, noun.en_plural, noun.es_plural
                ));
            )*
            text.push_str("};\n");
            text
        }
    };
}
crate::for_each_record!(record_nouns);

/// `MENU_COMMANDS`: every command of the menu bar ([`crate::menu::COMMANDS`]).
fn menu_commands() -> String {
    let items: Vec<String> = crate::menu::COMMANDS
        .iter()
        .map(|c| {
            format!(
                "  {{ id: {:?}, group: {:?}, choice: {}, en: {:?}, es: {:?}, accelerator: {} }},\n",
                c.id,
                c.group.as_str(),
                c.choice.map_or("null".to_string(), |choice| format!(
                    "{{ en: {:?}, es: {:?} }}",
                    choice.label(Lang::En),
                    choice.label(Lang::Es)
                )),
                c.en,
                c.es,
                c.accelerator
                    .map_or("null".to_string(), |a| format!("{a:?}")),
            )
        })
        .collect();
    let groups: Vec<String> = [
        crate::menu::MenuGroup::File,
        crate::menu::MenuGroup::View,
        crate::menu::MenuGroup::Help,
    ]
    .iter()
    .map(|g| {
        format!(
            "  {}: {{ en: {:?}, es: {:?} }},\n",
            g.as_str(),
            g.label(Lang::En),
            g.label(Lang::Es)
        )
    })
    .collect();
    let levels: Vec<String> = crate::menu::ZOOM_LEVELS
        .iter()
        .map(|l| format!("{l:?}"))
        .collect();
    format!(
        "/** Every command of the menu bar, with its labels and its shortcut (Tauri's syntax: `CmdOrCtrl` is Ctrl, or ⌘ on macOS). */\n\
         export const MENU_COMMANDS = [\n{}] as const;\n\
         export type MenuCommandId = (typeof MENU_COMMANDS)[number]['id'];\n\
         /** The menus' titles. */\n\
         export const MENU_GROUPS = {{\n{}}} as const;\n\
         /** The zoom levels View → Zoom In and Zoom Out step through. */\n\
         export const ZOOM_LEVELS = [{}] as const;\n",
        items.join(""),
        groups.join(""),
        levels.join(", ")
    )
}

/// A worked example of the brand-fit matrix: criteria (one not weighed),
/// channels scored on some, and what Rust makes of them.
fn fit_example() -> (Vec<FitCriterion>, Vec<Channel>, FitMatrix) {
    let criterion = |id: i64, weight: u32| FitCriterion {
        id,
        name: format!("Criterion {id}"),
        description: String::new(),
        weight,
        position: id,
    };
    let criteria = vec![criterion(1, 3), criterion(2, 1), criterion(3, 0)];
    let channel = |id: i64, name: &str, scores: &[(i64, u8)]| Channel {
        id,
        fit_scores: scores
            .iter()
            .map(|(criterion_id, score)| FitScore {
                criterion_id: *criterion_id,
                score: *score,
            })
            .collect(),
        ..Channel::new(Network::Blog, name, ChannelStatus::Planned)
    };
    let channels = vec![
        channel(1, "blog", &[(1, 4), (2, 3)]),
        channel(2, "Alpha", &[(1, 2)]),
        channel(3, "Unscored", &[]),
        channel(4, "only weight zero", &[(3, 5)]),
        channel(5, "beta", &[(2, 2), (1, 2)]),
        channel(6, "Ábaco", &[(1, 5), (2, 0), (3, 1)]),
    ];
    let matrix = FitMatrix::build(criteria.clone(), &channels);
    (criteria, channels, matrix)
}

/// The constants the window shares with Rust, as TypeScript.
pub fn constants() -> String {
    let mut text = String::new();
    let kinds: Vec<String> = EntityKind::RECORDS
        .iter()
        .map(|k| format!("{:?}", k.as_str()))
        .collect();
    text.push_str(&format!(
        "/** Every kind of record (`EntityKind` but the RACI cell), in Rust's order. */\n\
         export const RECORD_KINDS = [{}] as const satisfies readonly EntityKind[];\n\
         export type RecordKind = (typeof RECORD_KINDS)[number];\n",
        kinds.join(", ")
    ));
    text.push_str(&records_map());
    text.push_str(&record_nouns());
    text.push_str(&menu_commands());
    text.push_str(&values(
        "NETWORKS",
        "Network",
        Network::ALL,
        Network::as_str,
    ));
    text.push_str(&values(
        "CHANNEL_STATUSES",
        "ChannelStatus",
        ChannelStatus::ALL,
        ChannelStatus::as_str,
    ));
    text.push_str(&values(
        "RACI_ROLES",
        "RaciRole",
        RaciRole::ALL,
        RaciRole::as_str,
    ));
    text.push_str(&values(
        "OBJECTIVE_KINDS",
        "ObjectiveKind",
        ObjectiveKind::ALL,
        ObjectiveKind::as_str,
    ));
    text.push_str(&values(
        "OBJECTIVE_STATUSES",
        "ObjectiveStatus",
        ObjectiveStatus::ALL,
        ObjectiveStatus::as_str,
    ));
    text.push_str(&values(
        "MEASUREMENT_KINDS",
        "MeasurementKind",
        MeasurementKind::ALL,
        MeasurementKind::as_str,
    ));
    text.push_str(&values(
        "DIRECTIONS",
        "Direction",
        Direction::ALL,
        Direction::as_str,
    ));
    text.push_str(&values(
        "INTERNAL_CHANNELS",
        "InternalChannel",
        InternalChannel::ALL,
        InternalChannel::as_str,
    ));
    text.push_str(&values(
        "WEEKDAYS",
        "Weekday",
        Weekday::ALL,
        Weekday::as_str,
    ));
    text.push_str(&values(
        "URGENCIES",
        "Urgency",
        Urgency::ALL,
        Urgency::as_str,
    ));
    text.push_str(&values(
        "DECISIONS",
        "Decision",
        Decision::ALL,
        Decision::as_str,
    ));
    text.push_str(&values(
        "CADENCE_KINDS",
        "Cadence['kind']",
        Cadence::KINDS,
        |k| k,
    ));
    // -- channels as they run --
    text.push_str(&values("DUTIES", "Duty", Duty::ALL, Duty::as_str));
    text.push_str(&values(
        "REGISTERS",
        "Register",
        Register::ALL,
        Register::as_str,
    ));
    text.push_str(&values(
        "MONITORINGS",
        "Monitoring",
        Monitoring::ALL,
        Monitoring::as_str,
    ));
    text.push_str(&values(
        "RESPONSE_UNITS",
        "ResponseUnit",
        ResponseUnit::ALL,
        ResponseUnit::as_str,
    ));
    text.push_str(&values(
        "BUDGET_CATEGORIES",
        "BudgetCategory",
        BudgetCategory::ALL,
        BudgetCategory::as_str,
    ));
    text.push_str(&values(
        "BUDGET_PERIODS",
        "BudgetPeriod",
        BudgetPeriod::ALL,
        BudgetPeriod::as_str,
    ));
    text.push_str(&values("PHASES", "Phase", Phase::ALL, Phase::as_str));
    text.push_str("/** The annexes that can be exported on their own (`DocSection::ALONE`). */\n");
    text.push_str(&values(
        "ALONE_SECTIONS",
        "DocSection",
        DocSection::ALONE,
        DocSection::as_str,
    ));
    text.push_str(&format!(
        "/** The longest time between access reviews, in months; the most working days a procedure step takes. */\n\
         export const MAX_REVIEW_MONTHS = {MAX_REVIEW_MONTHS};\nexport const MAX_STEP_DAYS = {MAX_STEP_DAYS};\n"
    ));
    // --
    text.push_str(&rules_constants());
    text.push_str(&format!(
        "/** The brand-fit scale: scores 0–{MAX_SCORE}, criteria weighed 0–{MAX_WEIGHT}. */\n\
         export const MAX_SCORE = {MAX_SCORE};\nexport const MAX_WEIGHT = {MAX_WEIGHT};\n"
    ));
    text.push_str(&format!(
        "/** The health check's thresholds in a new workspace (`HealthSettings::default`). */\n\
         export const DEFAULT_HEALTH_SETTINGS: Readonly<HealthSettings> = Object.freeze({});\n",
        json(&HealthSettings::default())
    ));
    let (criteria, channels, matrix) = fit_example();
    text.push_str(&format!(
        "/** The brand-fit matrix Rust builds (`FitMatrix::build`) from these criteria and channels. */\n\
         export const FIT_EXAMPLE: {{ criteria: FitCriterion[]; channels: Channel[]; matrix: FitMatrix }} = {{\n  \
         criteria: {},\n  channels: {},\n  matrix: {},\n}};\n",
        json(&criteria),
        json(&channels),
        json(&matrix)
    ));
    text
}

/// The enum lists and limits of the rules people meet (policies,
/// moderation, protocols, the crisis playbook).
fn rules_constants() -> String {
    let mut text = String::new();
    text.push_str(&values(
        "POLICY_KINDS",
        "PolicyKind",
        PolicyKind::ALL,
        PolicyKind::as_str,
    ));
    text.push_str(&values(
        "PUBLISHABLE_POLICY_KINDS",
        "PolicyKind",
        &PolicyKind::PUBLISHABLE,
        PolicyKind::as_str,
    ));
    text.push_str(&values(
        "POLICY_STATUSES",
        "PolicyStatus",
        PolicyStatus::ALL,
        PolicyStatus::as_str,
    ));
    text.push_str(&values(
        "MODERATION_ACTIONS",
        "ModerationAction",
        ModerationAction::ALL,
        ModerationAction::as_str,
    ));
    text.push_str(&values(
        "PROTOCOL_KINDS",
        "ProtocolKind",
        ProtocolKind::ALL,
        ProtocolKind::as_str,
    ));
    text.push_str(&values(
        "PAUSE_WHATS",
        "PauseWhat",
        PauseWhat::ALL,
        PauseWhat::as_str,
    ));
    text.push_str(&format!(
        "/** A policy's text and the post-mortem template hold at most {MAX_TEXT} characters; a protocol at most {MAX_PROTOCOL_STEPS} steps; the crisis ladder goes from 1 to {MAX_CRISIS_RANK}, each level with at most {MAX_STATEMENTS} holding statements; drills are due every 1–{MAX_DRILL_MONTHS} months. */\n\
         export const MAX_TEXT = {MAX_TEXT};\nexport const MAX_PROTOCOL_STEPS = {MAX_PROTOCOL_STEPS};\nexport const MAX_CRISIS_RANK = {MAX_CRISIS_RANK};\n\
         export const MAX_STATEMENTS = {MAX_STATEMENTS};\nexport const MAX_DRILL_MONTHS = {MAX_DRILL_MONTHS};\n"
    ));
    text
}
