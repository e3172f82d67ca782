//! The health report of the sample workspace, as text and as JSON, compared
//! byte for byte with the files in `tests/snapshots/`. After a deliberate
//! change, `RUMBO_UPDATE_SNAPSHOTS=1 cargo test -p rumbo-health --test
//! snapshots` rewrites them; read the diff before committing it.

use std::path::PathBuf;

use chrono::NaiveDate;
use rumbo_core::{Lang, sample};
use rumbo_health::{Report, check, report_text};

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn report(lang: Lang) -> Report {
    check(&sample::workspace(lang), as_of(), lang)
}

/// Compares `fresh` with the snapshot `name`, or rewrites it when asked.
fn snapshot(name: &str, fresh: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("RUMBO_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, fresh)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    if stored != fresh {
        let line = stored
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| stored.lines().count().min(fresh.lines().count()));
        panic!(
            "{} is stale (first difference at line {}):\n  stored: {:?}\n  fresh:  {:?}\n\
             Run `RUMBO_UPDATE_SNAPSHOTS=1 cargo test -p rumbo-health --test snapshots` and read the diff.",
            path.display(),
            line + 1,
            stored.lines().nth(line).unwrap_or("<end>"),
            fresh.lines().nth(line).unwrap_or("<end>"),
        );
    }
}

fn json(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|e| panic!("{e}"));
    text.push('\n');
    text
}

#[test]
fn the_sample_report_in_english() {
    let report = report(Lang::En);
    snapshot("sample.en.txt", &report_text(&report, Lang::En));
    snapshot("sample.en.json", &json(&report));
}

#[test]
fn the_sample_report_in_spanish() {
    let report = report(Lang::Es);
    snapshot("sample.es.txt", &report_text(&report, Lang::Es));
    snapshot("sample.es.json", &json(&report));
}

#[test]
fn the_sample_has_a_believable_mix_of_findings() {
    for lang in Lang::ALL {
        let report = report(lang);
        let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        // The sample's deliberate weaknesses, each found once.
        for rule in [
            "objective-presence",
            "objective-not-smart",
            "channel-low-fit-active",
            "campaign-without-cm",
            "department-no-flow",
            "info-need-unserved",
            "recommendation-unanswered",
        ] {
            assert_eq!(
                rules.iter().filter(|r| **r == rule).count(),
                1,
                "{rule} in {lang:?}: {rules:?}"
            );
        }
        let keys: Vec<&str> = report.findings.iter().map(|f| f.key.as_str()).collect();
        assert!(keys.contains(&"objective-presence/objective/4"), "{keys:?}");
        assert!(
            keys.contains(&"department-no-flow/department/7"),
            "{keys:?}"
        );
        assert!(keys.contains(&"campaign-without-cm/campaign/2"), "{keys:?}");
        assert!(
            (1..=3).contains(&report.counts.errors),
            "{:?}",
            report.counts
        );
        // The sample runs accounts, an editorial line and service levels
        // as well as its strategy: a few more warnings than a strategy alone.
        assert!(
            (3..=14).contains(&report.counts.warnings),
            "{:?}",
            report.counts
        );
        assert!((50..=85).contains(&report.score), "{}", report.score);
        // Both languages find the same things.
        assert_eq!(
            keys,
            check(&sample::workspace(Lang::En), as_of(), Lang::En)
                .findings
                .iter()
                .map(|f| f.key.as_str())
                .collect::<Vec<_>>()
        );
    }
}
