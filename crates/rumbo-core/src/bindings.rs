//! The TypeScript declarations of the core types that cross IPC, generated
//! with ts-rs. The `rumbo-bindings` crate joins them with the other crates'
//! into one committed file, `ui/src/lib/bindings.ts`, and fails a test when
//! that file is stale.

use ts_rs::{Config, TS};

use crate::calendar::CalendarEntry;
use crate::error::{ApiError, ErrorCode, FieldCode, FieldError};
use crate::ipc::{
    AppSnapshot, BackupInfo, BackupOrigin, BackupReason, DeleteImpact, EntityKind, ExportAction,
    ExportOutcome, ExportRequest, ExportStage, ImpactGroup, LanguagePref, MenuAction, PreviewPages,
    RecentFile, RecoveryOffer, RestoreOutcome, SectionCounts, SummaryDraft, ThemePref, UndoToken,
    WorkspaceInfo,
};
use crate::kpi_csv::{CsvMapping, CsvPreview, DateOrder, DecimalMark};
use crate::lang::Lang;
use crate::model::{
    Acknowledgement, Activity, Approval, Audience, Cadence, Campaign, Channel, ChannelStatus,
    ChapterText, Classification, Decision, Department, Direction, DocFormat, DocSection,
    DocumentSettings, DocumentVersion, EntryKind, FitCriterion, FitMatrix, FitRow, FitScore,
    Gender, HealthSettings, InfoNeed, InternalChannel, InternalFlow, Measurement, Network,
    Objective, ObjectiveKind, ObjectiveStatus, Profile, RaciCell, RaciRole, Recommendation,
    Urgency, Weekday,
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
        decl::<Audience>(config),
        decl::<FitCriterion>(config),
        decl::<FitScore>(config),
        decl::<FitRow>(config),
        decl::<FitMatrix>(config),
        decl::<Network>(config),
        decl::<ChannelStatus>(config),
        decl::<Channel>(config),
        decl::<ObjectiveKind>(config),
        decl::<ObjectiveStatus>(config),
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
        decl::<InternalFlow>(config),
        decl::<Urgency>(config),
        decl::<InfoNeed>(config),
        decl::<CalendarEntry>(config),
        decl::<Decision>(config),
        decl::<EntryKind>(config),
        decl::<Recommendation>(config),
        decl::<EntityKind>(config),
        decl::<ImpactGroup>(config),
        decl::<DeleteImpact>(config),
        decl::<UndoToken>(config),
        decl::<SectionCounts>(config),
        decl::<WorkspaceInfo>(config),
        decl::<RecentFile>(config),
        decl::<LanguagePref>(config),
        decl::<ThemePref>(config),
        decl::<AppSnapshot>(config),
        decl::<MenuAction>(config),
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
