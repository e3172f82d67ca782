//! `docs/health-rules.md` is generated from the rule catalogue. This test
//! fails when the committed page is stale; `RUMBO_UPDATE_DOCS=1 cargo test -p
//! rumbo-health --test docs` rewrites it.

use std::fmt::Write;
use std::path::PathBuf;

use rumbo_core::Lang;
use rumbo_core::model::HealthSettings;
use rumbo_health::{RuleInfo, Section, Severity, rules, score_explanation};

fn severity_text(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => {
            "the strategy is broken here; fix it first. `rumbo check` exits with status 1 while an error is open."
        }
        Severity::Warning => "a weakness that will cost results.",
        Severity::Advice => "an opportunity or a loose end.",
    }
}

fn page() -> String {
    let all = rules();
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# The strategy health check\n\n\
         <!-- Generated from the rules in crates/rumbo-health by \
         `RUMBO_UPDATE_DOCS=1 cargo test -p rumbo-health --test docs`. Do not edit by hand. -->\n\n\
         Rumbo's health check reads your workspace and tells you what is missing or weak in your \
         strategy, why it matters, and where to fix it. It runs in the app and from the command \
         line (`rumbo check plan.rumbo`), in English or Spanish.\n\n\
         Every rule comes from two essays on the community manager's job: one on where the \
         community manager fits in an organization (many departments, many hats, a say in what \
         affects the community), and “Can we afford to ignore our Community Manager?” (presence is \
         not an objective, 2.0 outside must also be 2.0 inside, recommendations deserve an answer). \
         Each finding quotes the principle behind it.\n"
    );

    let _ = writeln!(w, "## Severities\n");
    for severity in Severity::ALL {
        let _ = writeln!(
            w,
            "- **{}** (weight {}): {}",
            severity.label(Lang::En),
            severity.weight(),
            severity_text(severity)
        );
    }

    let _ = writeln!(
        w,
        "\n## The readiness score\n\n{}\n\nIn short:\n\n```text\n\
         earned(rule) = weight × (1 − failing ÷ checked)     (weight when checked = 0)\n\
         score        = round(100 × Σ earned ÷ Σ weight)\n```\n\n\
         *En español.* {}\n",
        score_explanation(Lang::En),
        score_explanation(Lang::Es)
    );
    let max: u32 = all.iter().map(|r| r.weight).sum();
    let _ = writeln!(
        w,
        "With the {} rules below, the points possible add up to {max}: one open error in a rule \
         that checks a single thing costs 3 of them, about {} points of the score.\n",
        all.len(),
        (300.0 / f64::from(max)).round()
    );

    let _ = writeln!(
        w,
        "## Accepting a risk\n\n\
         Sometimes a finding describes a choice you made on purpose. You can accept it as a known \
         risk, with a reason: it stays in the report (and in the strategy document) with your \
         reason and the date, but it no longer counts as an error, warning or advice and no longer \
         lowers the score. Each finding has a stable key that the acceptance refers to: \
         `rule/entity/id` for a record (`objective-presence/objective/3`), `rule/profile/field` for \
         the profile (`identity-empty/profile/brandVoice`), `rule/workspace` for the workspace as a \
         whole.\n"
    );

    let d = HealthSettings::default();
    let _ = writeln!(
        w,
        "## Thresholds you can change\n\n\
         | Setting | Default | Used by |\n|---|---|---|\n\
         | Hours a week you can give to the channels | {} | `effort-over-capacity` |\n\
         | Days before a pending recommendation counts as unanswered | {} | `recommendation-unanswered` |\n\
         | Share of ignored recommendations allowed (%) | {} | `recommendations-ignored` |\n\
         | Days without a measurement before an objective is “long unmeasured” | {} | `objective-unmeasured` |\n\
         | Brand fit (0–5) below which a channel fits poorly | {} | `channel-low-fit-active` |\n\
         | Brand fit (0–5) from which a channel fits well | {} | `channel-high-fit-unused` |\n\
         | Months between two drills of the crisis playbook | {} | `crisis-drill-overdue` |\n",
        d.cm_weekly_hours,
        d.answer_days,
        d.ignored_share_percent,
        d.stale_measurement_days,
        d.low_fit,
        d.high_fit,
        d.drill_months
    );

    let _ = writeln!(
        w,
        "## Each problem once\n\n\
         A problem is reported once, by the broadest rule that describes it:\n\n\
         - With no objective at all, `no-objectives` speaks; `channel-without-objective` waits.\n\
         - With no internal flow at all, `no-internal-plan` speaks for every department.\n\
         - When no flow brings anything back to you, `no-feedback-path` speaks instead of one \
         `department-gives-no-information` per department.\n\
         - A department with no flow at all is reported by `department-no-flow` only.\n\
         - With no crisis level at all, `no-crisis-playbook` speaks; `crisis-drill-overdue` \
         waits for a playbook to rehearse.\n\
         - A presence-only objective is not also reported for its missing KPI, and an objective \
         without a KPI is not also reported as not SMART: fix the first, and the next appears if \
         it applies.\n\n\
         Your own team — the department where the RACI grid makes you responsible or accountable \
         for the most activities (at least half of them, and more than anywhere else) — needs no \
         flow with itself: it is exempt from `department-no-flow` and \
         `department-gives-no-information`.\n"
    );

    let _ = writeln!(
        w,
        "## The rules at a glance\n\n| Rule | Severity | Section | What it checks |\n|---|---|---|---|"
    );
    for rule in &all {
        let _ = writeln!(
            w,
            "| [`{id}`](#{id}) | {} | {} | {} |",
            rule.severity.label(Lang::En),
            rule.section.label(Lang::En),
            rule.title(Lang::En),
            id = rule.id
        );
    }

    let mut section: Option<Section> = None;
    for rule in &all {
        if section != Some(rule.section) {
            section = Some(rule.section);
            let _ = writeln!(w, "\n## {}", rule.section.label(Lang::En));
        }
        write_rule(w, rule);
    }
    out
}

fn write_rule(w: &mut String, rule: &RuleInfo) {
    let _ = writeln!(
        w,
        "\n<a id=\"{id}\"></a>\n### {}\n\n`{id}` · {} · weight {}\n\n\
         **Why it matters.** {}\n\n**Example.** {}\n\n\
         > *{}.* {} *Ejemplo:* {}",
        rule.title(Lang::En),
        rule.severity.label(Lang::En),
        rule.weight,
        rule.principle(Lang::En),
        rule.example.get(Lang::En),
        rule.title(Lang::Es),
        rule.principle(Lang::Es),
        rule.example.get(Lang::Es),
        id = rule.id
    );
}

#[test]
fn the_rules_page_is_fresh() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/health-rules.md");
    let fresh = page();
    if std::env::var_os("RUMBO_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/health-rules.md is stale: run `RUMBO_UPDATE_DOCS=1 cargo test -p rumbo-health --test docs`"
    );
}

#[test]
fn every_rule_is_on_the_page_in_both_languages() {
    let page = page();
    for rule in rules() {
        assert!(
            page.contains(&format!("<a id=\"{}\"></a>", rule.id)),
            "{}",
            rule.id
        );
        assert!(page.contains(rule.principle(Lang::En)), "{}", rule.id);
        assert!(page.contains(rule.principle(Lang::Es)), "{}", rule.id);
        assert!(page.contains(rule.example.get(Lang::En)), "{}", rule.id);
    }
    assert!(page.contains("round(100 × Σ earned ÷ Σ weight)"));
}
