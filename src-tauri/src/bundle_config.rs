//! The packages' configuration, checked here because only the Linux ones can
//! be built on this system: `tauri.conf.json` is read by Tauri's own config
//! type (every key known, every value of the right type), and what each
//! platform's package promises is asserted — the targets, the `.rumbo` file
//! association, the Spanish installers, the macOS minimum and hardened
//! runtime, and every file the Linux packages carry, present and valid.

use std::path::PathBuf;

use serde_json::Value;

fn src_tauri() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Value {
    let text = std::fs::read_to_string(src_tauri().join("tauri.conf.json"))
        .unwrap_or_else(|e| panic!("tauri.conf.json: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("tauri.conf.json: {e}"))
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|l| {
            l.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn tauri_reads_the_configuration_without_a_doubt() {
    let config: tauri::Config = serde_json::from_value(config())
        .unwrap_or_else(|e| panic!("Tauri refuses tauri.conf.json: {e}"));
    assert_eq!(config.identifier, "app.rumbo.desktop");
    assert!(config.bundle.active);
}

#[test]
fn every_platform_has_its_packages_and_opens_rumbo_files() {
    let config = config();
    let bundle = &config["bundle"];
    let targets = strings(&bundle["targets"]);
    for target in ["deb", "rpm", "msi", "nsis", "dmg", "app"] {
        assert!(targets.iter().any(|t| t == target), "no {target} bundle");
    }
    let association = bundle["fileAssociations"]
        .as_array()
        .and_then(|l| l.first())
        .unwrap_or_else(|| panic!("no file association"));
    assert_eq!(strings(&association["ext"]), ["rumbo"]);
    assert_eq!(association["mimeType"], "application/x-rumbo-workspace");
    assert_eq!(association["role"], "Editor");
    // Windows: installers in English and Spanish, signed with SHA-256.
    let windows = &bundle["windows"];
    assert_eq!(windows["digestAlgorithm"], "sha256");
    assert!(strings(&windows["wix"]["language"]).contains(&"es-ES".to_string()));
    assert!(strings(&windows["nsis"]["languages"]).contains(&"Spanish".to_string()));
    // macOS: a supported minimum, and the hardened runtime notarization needs.
    let mac = &bundle["macOS"];
    assert_eq!(mac["minimumSystemVersion"], "11.0");
    assert_eq!(mac["hardenedRuntime"], true);
    // Signing secrets never live in the repository.
    for key in ["certificateThumbprint", "signCommand"] {
        assert!(
            windows.get(key).is_none(),
            "bundle.windows.{key} is set in the repository"
        );
    }
    assert!(mac.get("signingIdentity").is_none());
    // Icons for every platform.
    for icon in strings(&bundle["icon"]) {
        assert!(src_tauri().join(&icon).is_file(), "{icon} is missing");
    }
}

#[test]
fn the_linux_packages_carry_a_valid_desktop_entry_file_type_and_metadata() {
    let config = config();
    for kind in ["deb", "rpm"] {
        let linux = &config["bundle"]["linux"][kind];
        let template = linux["desktopTemplate"]
            .as_str()
            .unwrap_or_else(|| panic!("{kind}: no desktop template"));
        let entry = std::fs::read_to_string(src_tauri().join(template))
            .unwrap_or_else(|e| panic!("{template}: {e}"));
        assert!(
            entry.contains("Exec={{exec}} %F"),
            "files are passed to the app"
        );
        assert!(entry.contains("MimeType=application/x-rumbo-workspace;"));
        assert!(entry.contains("Comment[es]="), "a Spanish comment");
        let files = linux["files"]
            .as_object()
            .unwrap_or_else(|| panic!("{kind}: no files"));
        for (to, from) in files {
            let from = from.as_str().unwrap_or_default();
            assert!(to.starts_with("/usr/share/"), "{to}");
            assert!(
                src_tauri().join(from).is_file(),
                "{kind}: {from} is missing"
            );
        }
        for needed in [
            "/usr/share/mime/packages/rumbo.xml",
            "/usr/share/metainfo/app.rumbo.desktop.metainfo.xml",
            "/usr/share/icons/hicolor/scalable/mimetypes/application-x-rumbo-workspace.svg",
        ] {
            assert!(files.contains_key(needed), "{kind}: {needed}");
        }
    }
    let mime = std::fs::read_to_string(src_tauri().join("../packaging/linux/rumbo-mime.xml"))
        .unwrap_or_default();
    // By name, and by content: SQLite's header with Rumbo's application id.
    assert!(mime.contains(r#"<glob pattern="*.rumbo"/>"#));
    assert!(mime.contains(r#"offset="68" value="0x52554D42""#));
    assert_eq!(
        rumbo_store::open::APPLICATION_ID,
        0x5255_4D42,
        "the magic of the file type is the workspace's application id"
    );
    let metainfo = std::fs::read_to_string(
        src_tauri().join("../packaging/linux/app.rumbo.desktop.metainfo.xml"),
    )
    .unwrap_or_default();
    for part in [
        "<id>app.rumbo.desktop</id>",
        r#"<launchable type="desktop-id">Rumbo.desktop</launchable>"#,
        r#"<summary xml:lang="es">"#,
        "<content_rating",
        &format!(r#"<release version="{}""#, env!("CARGO_PKG_VERSION")),
        "<screenshot",
    ] {
        assert!(metainfo.contains(part), "the metainfo lacks {part}");
    }
}
