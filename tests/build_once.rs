//! The test command compiles each dependency once: the app's build
//! (`build_workspace` in `scripts/lib.sh`: the workspace without this
//! harness) and the tests' build resolve every shared crate with the same
//! features, so `cargo test` compiles only the tests. A dev-dependency that
//! turned on a feature of a crate deep under Typst or Tauri (as criterion's
//! itertools did with `either/use_std`) would have Cargo compile all of Typst
//! or Tauri a second time: minutes of every cold run of the test command.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use rumbo_e2e::text;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| panic!("no workspace above {}", env!("CARGO_MANIFEST_DIR")))
}

/// Every package Cargo resolves for `selection` with the dependency kinds
/// `edges`, with its features (one line per feature set a package is built
/// with: a proc-macro's dependencies may be built twice, for the host).
fn features(selection: &[&str], edges: &str) -> BTreeMap<String, Vec<String>> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(workspace_root())
        .args([
            "tree",
            "--locked",
            "--offline",
            "--no-dedupe",
            "--prefix",
            "none",
        ])
        .args(["--edges", edges, "--format", "{p}|{f}"])
        .args(selection)
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo tree: {e}"));
    assert!(out.status.success(), "cargo tree: {}", text(&out.stderr));
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text(&out.stdout).lines() {
        let Some((package, features)) = line.split_once('|') else {
            continue;
        };
        let package = package
            .trim_end_matches(" (*)")
            .trim_end_matches(" (proc-macro)");
        let sets = found.entry(package.to_string()).or_default();
        if !sets.iter().any(|s| s == features) {
            sets.push(features.to_string());
            sets.sort();
        }
    }
    found
}

/// Compiled twice on purpose: Tauri's `test` feature (its mock runtime, with
/// which `src-tauri/src/ipc_fuzz.rs` drives every command through the real
/// IPC path) is for the tests only, so that the app carries none of it; the
/// tests compile Tauri and its plugins again (about two minutes cold).
const TESTS_ONLY: &[&str] = &["tauri"];

/// A package of `cargo tree` by its name (`tauri v2.12.5` → `tauri`).
fn name(package: &str) -> &str {
    package.split_whitespace().next().unwrap_or(package)
}

/// The packages both resolutions hold whose features differ.
fn differences(
    a: &BTreeMap<String, Vec<String>>,
    b: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    a.iter()
        .filter_map(|(package, sets)| {
            let other = b.get(package)?;
            (other != sets).then(|| format!("{package}: {sets:?} / {other:?}"))
        })
        .collect()
}

const APP_BUILD: &[&str] = &["--workspace", "--exclude", "rumbo-e2e"];

#[test]
fn the_tests_build_on_the_apps_build_without_compiling_a_dependency_again() {
    let build = features(APP_BUILD, "normal,build");
    assert!(
        build.keys().any(|p| p.starts_with("typst "))
            && build.keys().any(|p| p.starts_with("tauri ")),
        "the tree was not read: {} packages",
        build.len()
    );
    let tests = features(APP_BUILD, "normal,build,dev");
    let all = differences(&build, &tests);
    // Tauri's mock runtime is seen, in the tests' build only.
    assert!(
        all.iter().any(|d| name(d) == "tauri" && d.contains("test")),
        "{all:?}"
    );
    let differ: Vec<String> = all
        .into_iter()
        .filter(|d| !TESTS_ONLY.contains(&name(d)))
        .collect();
    assert!(
        differ.is_empty(),
        "the tests would compile these again, with other features (turn the features on in the build: \
         rumbo-core's Cargo.toml says how):\n{}",
        differ.join("\n")
    );

    // The check can fail: with this harness in the build (its HTTP client
    // wants other features of shared crates), the two differ.
    let with_harness = features(&["--workspace"], "normal,build");
    assert!(
        !differences(&with_harness, &tests).is_empty(),
        "the comparison sees no difference even where there is one"
    );
}
