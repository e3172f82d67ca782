//! The TypeScript declarations of every type that crosses IPC, generated from
//! the Rust types with ts-rs into one committed file, `ui/src/lib/bindings.ts`.
//! A test fails when that file is stale; `RUMBO_UPDATE_BINDINGS=1 cargo test
//! -p rumbo-core bindings` rewrites it.

use ts_rs::{Config, TS};

use crate::calendar::CalendarEntry;
use crate::error::{ApiError, ErrorCode, FieldCode, FieldError};
use crate::ipc::{
    AppSnapshot, DeleteImpact, EntityKind, ImpactGroup, LanguagePref, MenuAction, RecentFile,
    SectionCounts, ThemePref, UndoToken, WorkspaceInfo,
};
use crate::kpi_csv::{CsvMapping, CsvPreview, DateOrder, DecimalMark};
use crate::lang::Lang;
use crate::model::{
    Activity, Audience, Cadence, Campaign, Channel, ChannelStatus, Decision, Department, Direction,
    FitCriterion, FitMatrix, FitRow, FitScore, InfoNeed, InternalChannel, InternalFlow,
    Measurement, Network, Objective, ObjectiveKind, ObjectiveStatus, Profile, RaciCell, RaciRole,
    Recommendation, Urgency, Weekday,
};

fn decl<T: TS>(config: &Config) -> String {
    format!("export {}\n", T::decl(config))
}

/// The whole generated file.
pub fn typescript() -> String {
    let config = Config::new().with_large_int("number");
    let declarations = [
        decl::<Lang>(&config),
        decl::<ErrorCode>(&config),
        decl::<FieldCode>(&config),
        decl::<FieldError>(&config),
        decl::<ApiError>(&config),
        decl::<Profile>(&config),
        decl::<Department>(&config),
        decl::<Activity>(&config),
        decl::<RaciRole>(&config),
        decl::<RaciCell>(&config),
        decl::<Audience>(&config),
        decl::<FitCriterion>(&config),
        decl::<FitScore>(&config),
        decl::<FitRow>(&config),
        decl::<FitMatrix>(&config),
        decl::<Network>(&config),
        decl::<ChannelStatus>(&config),
        decl::<Channel>(&config),
        decl::<ObjectiveKind>(&config),
        decl::<ObjectiveStatus>(&config),
        decl::<Objective>(&config),
        decl::<Measurement>(&config),
        decl::<DateOrder>(&config),
        decl::<DecimalMark>(&config),
        decl::<CsvMapping>(&config),
        decl::<CsvPreview>(&config),
        decl::<Campaign>(&config),
        decl::<Direction>(&config),
        decl::<InternalChannel>(&config),
        decl::<Weekday>(&config),
        decl::<Cadence>(&config),
        decl::<InternalFlow>(&config),
        decl::<Urgency>(&config),
        decl::<InfoNeed>(&config),
        decl::<CalendarEntry>(&config),
        decl::<Decision>(&config),
        decl::<Recommendation>(&config),
        decl::<EntityKind>(&config),
        decl::<ImpactGroup>(&config),
        decl::<DeleteImpact>(&config),
        decl::<UndoToken>(&config),
        decl::<SectionCounts>(&config),
        decl::<WorkspaceInfo>(&config),
        decl::<RecentFile>(&config),
        decl::<LanguagePref>(&config),
        decl::<ThemePref>(&config),
        decl::<AppSnapshot>(&config),
        decl::<MenuAction>(&config),
    ];
    let mut text = String::from(
        "// Generated from the Rust types by ts-rs (crates/rumbo-core/src/bindings.rs).\n\
         // Do not edit: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-core bindings`.\n\n",
    );
    text.push_str(&declarations.join("\n"));
    text
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn bindings_file_is_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let fresh = super::typescript();
        if std::env::var_os("RUMBO_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/bindings.ts is stale: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-core bindings` and commit it"
        );
    }
}
