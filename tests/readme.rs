//! The README shows today's app: every image it shows is in `docs/images/`
//! and is one the window tests' screenshot tour takes
//! (`bash scripts/readme-shots.sh` takes them again), so a screen that
//! changes is photographed again rather than described by an old picture.

use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The images the README shows (`docs/images/NAME.png`), by name.
fn readme_images() -> BTreeSet<String> {
    let text = read("README.md");
    text.match_indices("docs/images/")
        .filter_map(|(at, prefix)| {
            let rest = &text[at + prefix.len()..];
            let end = rest.find(".png")?;
            let name = &rest[..end];
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                .then(|| name.to_string())
        })
        .collect()
}

/// The names the screenshot tour gives its shots, with `{lang}` and
/// `{section}` written out.
fn tour_shots() -> BTreeSet<String> {
    let source = read("tests/window.rs");
    let tour = source
        .split("fn screenshot_tour()")
        .nth(1)
        .unwrap_or_else(|| panic!("no screenshot_tour in tests/window.rs"));
    let mut names = BTreeSet::new();
    for (at, _) in tour.match_indices("shot(") {
        let rest = &tour[at..];
        let Some(open) = rest.find('"') else { continue };
        let Some(len) = rest[open + 1..].find('"') else {
            continue;
        };
        let pattern = &rest[open + 1..open + 1 + len];
        for lang in ["en", "es"] {
            for section in rumbo_e2e::SECTIONS {
                for tab in ["needs", "calendar"] {
                    names.insert(
                        pattern
                            .replace("{lang}", lang)
                            .replace("{section}", section)
                            .replace("{tab}", tab),
                    );
                }
            }
        }
    }
    names
}

#[test]
fn every_image_of_the_readme_is_taken_by_the_screenshot_tour() {
    let images = readme_images();
    assert!(images.len() >= 4, "the README shows {images:?}");
    let shots = tour_shots();
    for image in &images {
        assert!(
            shots.contains(image),
            "the README shows docs/images/{image}.png, which the screenshot tour does not take"
        );
        assert!(
            root().join(format!("docs/images/{image}.png")).is_file(),
            "docs/images/{image}.png is missing: run `bash scripts/readme-shots.sh`"
        );
    }
}

#[test]
fn the_readme_begins_with_installing_the_package() {
    let text = read("README.md");
    let install = text.find("## Install and start").unwrap_or(usize::MAX);
    let source = text.find("## Build from source").unwrap_or(0);
    let first = text.find("\n## ").unwrap_or(0);
    assert_eq!(install, first + 1, "the first section is for installing");
    assert!(install < source, "building from source comes after");
    assert!(text.contains("apt install ./Rumbo_"), "{text}");
}
