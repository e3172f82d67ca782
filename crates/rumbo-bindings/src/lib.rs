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
    declarations.extend(rumbo_start::typescript_declarations(&config));
    let mut text = String::from(
        "// Generated from the Rust types by ts-rs (crates/rumbo-bindings).\n\
         // Do not edit: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-bindings`.\n\n",
    );
    text.push_str(&declarations.join("\n"));
    text.push_str("\n// Constants shared with Rust.\n\n");
    text.push_str(&rumbo_core::bindings::constants());
    text.push_str(&name_fields());
    text
}

/// `RECORD_NAME_FIELDS`: the field that names a record of each kind — the
/// column the store names it by in messages (`rumbo_store::record::name_column`),
/// as the JSON field it is sent in.
fn name_fields() -> String {
    let mut text = String::from(
        "/** The field that names a record of each kind (what a list or a search shows). */\n\
         export const RECORD_NAME_FIELDS = {\n",
    );
    for kind in rumbo_core::ipc::EntityKind::RECORDS {
        let column = rumbo_store::record::name_column(*kind).unwrap_or("name");
        text.push_str(&format!("  {}: {:?},\n", kind.as_str(), camel_case(column)));
    }
    text.push_str(
        "} as const satisfies { readonly [K in RecordKind]: keyof Records[K] & string };\n",
    );
    text
}

/// The large workspace (`rumbo sample --size large`: 200 channels, 1,000
/// objectives…) as the window's command palette indexes it — every record's
/// id and name, by kind, in each language — for the palette's benchmark
/// (`ui/src/lib/palette/rank.bench.test.ts`). Measurements are left out: the
/// palette finds them through their objective.
pub fn large_workspace_names() -> String {
    let mut langs = serde_json::Map::new();
    for lang in rumbo_core::Lang::ALL {
        let mut kinds = serde_json::Map::new();
        for (kind, list) in records_by_kind(&rumbo_core::large::workspace(lang)) {
            if kind == rumbo_core::ipc::EntityKind::Measurement {
                continue;
            }
            let field = camel_case(rumbo_store::record::name_column(kind).unwrap_or("name"));
            let records: Vec<serde_json::Value> = list
                .iter()
                .map(|r| serde_json::json!({ "id": r["id"], field.as_str(): r[field.as_str()] }))
                .collect();
            kinds.insert(kind.as_str().to_string(), serde_json::Value::Array(records));
        }
        langs.insert(lang.code().to_string(), serde_json::Value::Object(kinds));
    }
    let mut text = serde_json::to_string(&serde_json::Value::Object(langs)).unwrap_or_default();
    text.push('\n');
    text
}

macro_rules! records_by_kind {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        /// Every kind's records in `doc`, as JSON.
        fn records_by_kind(
            doc: &rumbo_core::interchange::WorkspaceDoc,
        ) -> Vec<(rumbo_core::ipc::EntityKind, Vec<serde_json::Value>)> {
            vec![$((
                rumbo_core::ipc::EntityKind::$kind,
                doc.$field.iter().map(|r| serde_json::to_value(r).unwrap_or_default()).collect(),
            ),)*]
        }
    };
}
rumbo_core::for_each_record!(records_by_kind);

/// `snake_case` as serde's `camelCase` writes it.
fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
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
    fn the_large_workspace_fixture_is_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../ui/src/lib/palette/large-workspace.json");
        let fresh = super::large_workspace_names();
        if std::env::var_os("RUMBO_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/palette/large-workspace.json is stale: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-bindings` and commit it"
        );
        let value: serde_json::Value = serde_json::from_str(&fresh).unwrap_or_default();
        assert_eq!(value["es"]["channel"].as_array().map(Vec::len), Some(200));
        assert_eq!(
            value["es"]["objective"].as_array().map(Vec::len),
            Some(1000)
        );
    }

    #[test]
    fn names_are_written_as_serde_writes_them() {
        assert_eq!(super::camel_case("name"), "name");
        assert_eq!(super::camel_case("kpi_metric"), "kpiMetric");
    }

    /// Every kind's name field is a text field of its records as the window
    /// receives them (the sample holds every kind).
    #[test]
    fn the_name_fields_name_records() {
        let text = super::name_fields();
        let sample = rumbo_core::sample::workspace(rumbo_core::Lang::En);
        for (entity, records) in super::records_by_kind(&sample) {
            let kind = entity.as_str();
            let record = records.first().cloned().unwrap_or_default();
            let column = rumbo_store::record::name_column(entity).unwrap_or_default();
            let field = super::camel_case(column);
            assert!(text.contains(&format!("  {kind}: {field:?},")), "{text}");
            assert!(
                record.get(&field).is_some_and(serde_json::Value::is_string),
                "{kind}: no text field {field} in {record}"
            );
        }
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
            "export const RECORD_KINDS = [\"department\", \"activity\", \"person\", \"audience\", \"fit_criterion\""
        ));
        assert!(text.contains("  info_need: InfoNeed,\n"), "{text}");
        assert!(text.contains("\"cmWeeklyHours\":20.0"), "{text}");
        assert!(text.contains("export const MAX_SCORE = 5;"), "{text}");
        assert!(text.contains(
            "export const CADENCE_KINDS = [\"one_off\", \"daily\", \"weekly\", \"monthly_weekday\", \"monthly_day\", \"as_needed\"]"
        ));
    }
}
