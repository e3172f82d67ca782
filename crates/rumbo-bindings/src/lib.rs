//! The TypeScript declarations of every type that crosses IPC, generated from
//! the Rust types with ts-rs into one committed file, `ui/src/lib/bindings.ts`.
//! Each crate lists its own types; this crate joins them. A test fails when
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
        ] {
            let declared = format!("export type {name} ");
            assert_eq!(text.matches(&declared).count(), 1, "{name}");
        }
    }
}
