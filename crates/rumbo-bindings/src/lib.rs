//! The TypeScript declarations of every type that crosses IPC, generated from
//! the Rust types with ts-rs into one committed file, `ui/src/lib/bindings.ts`,
//! followed by the constants the window shares with Rust (the kinds of
//! records, enum values, default thresholds, the fit examples). Each crate
//! lists its own; this crate joins them. A test fails when
//! the committed file is stale; `RUMBO_UPDATE_BINDINGS=1 cargo test -p
//! rumbo-bindings` rewrites it.

use ts_rs::Config;

/// The whole generated file.
pub fn typescript() -> String {
    let config = Config::new().with_large_int("number");
    let mut declarations = rumbo_core::bindings::declarations(&config);
    declarations.extend(rumbo_health::typescript_declarations(&config));
    let mut text = String::from(
        "// Generated from the Rust types by ts-rs (crates/rumbo-bindings).\n\
         // Do not edit: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-bindings`.\n\n",
    );
    text.push_str(&declarations.join("\n"));
    text.push_str("\n// Constants shared with Rust.\n\n");
    text.push_str(&rumbo_core::bindings::constants());
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
            "ui/src/lib/bindings.ts is stale: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-bindings` and commit it"
        );
    }

    #[test]
    fn every_type_is_declared_once() {
        let text = super::typescript();
        for name in [
            "HealthReport",
            "Finding",
            "Acknowledgement",
            "Channel",
            "ApiError",
            "WorkspaceChange",
            "Records",
        ] {
            let declared = format!("export type {name} ");
            assert_eq!(text.matches(&declared).count(), 1, "{name}");
        }
    }

    #[test]
    fn the_constants_follow_rust() {
        let text = super::typescript();
        assert!(text.contains(
            "export const RECORD_KINDS = [\"department\", \"activity\", \"audience\", \"fit_criterion\""
        ));
        assert!(text.contains("  info_need: InfoNeed,\n"), "{text}");
        assert!(text.contains("\"cmWeeklyHours\":20.0"), "{text}");
        assert!(text.contains("export const MAX_SCORE = 5;"), "{text}");
        assert!(text.contains(
            "export const CADENCE_KINDS = [\"one_off\", \"daily\", \"weekly\", \"monthly_weekday\", \"monthly_day\", \"as_needed\"]"
        ));
    }
}
