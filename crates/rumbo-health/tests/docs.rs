//! `docs/health-rules.md` is generated from the rule catalogue. This test
//! fails when the committed page is stale; `RUMBO_UPDATE_DOCS=1 cargo test -p
//! rumbo-health --test docs` rewrites it.

use std::fmt::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::model::HealthSettings;
use rumbo_core::sample;
use rumbo_health::{
    Foundation, RuleInfo, Section, Severity, check, rules, score_explanation, score_limits,
};

mod support;

use support::corpus;

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
         applies(rule) = the rule checked at least one thing\n\
         earned(rule)  = weight × (1 − failing ÷ checked)\n\
         points        = round(100 × Σ earned ÷ Σ weight)    over the rules that apply; 0 if none does\n\
         ceiling       = 100 − {} × missing foundations\n\
         \x20               and with open errors at most {} − {} × (errors − 1)\n\
         score         = min(points, ceiling)\n```\n\n\
         *En español.* {}\n",
        score_explanation(Lang::En),
        rumbo_health::FOUNDATION_COST,
        rumbo_health::ERROR_CEILING,
        rumbo_health::ERROR_STEP,
        score_explanation(Lang::Es)
    );
    let max: u32 = all.iter().map(|r| r.weight).sum();
    let _ = writeln!(
        w,
        "With the {} rules below, the points possible add up to {max} when every rule applies; a \
         rule with nothing to look at (no campaign, no recommendation…) takes its weight out of \
         the sum instead of earning it. The strategy document prints the score with the same \
         explanation, and `rumbo check` says what holds a score below its points.\n",
        all.len(),
    );
    let _ = writeln!(
        w,
        "The foundations, and the findings that say one is missing (accepting them as a risk lifts \
         the limit):\n\n| Foundation | Missing when | Finding |\n|---|---|---|"
    );
    for (foundation, when) in [
        (
            Foundation::Identity,
            "culture, values and brand voice are all empty",
        ),
        (Foundation::CmRole, "the RACI grid has no cell"),
        (Foundation::Audiences, "there is no audience"),
        (Foundation::Channels, "no channel is active or planned"),
        (
            Foundation::Objectives,
            "every objective is dropped, or there is none",
        ),
        (
            Foundation::InternalPlan,
            "there is no internal-communication flow",
        ),
    ] {
        let keys: Vec<String> = foundation
            .finding_keys()
            .iter()
            .map(|k| format!("`{k}`"))
            .collect();
        let _ = writeln!(
            w,
            "| {} | {when} | {} |",
            capitalized(foundation.label(Lang::En)),
            keys.join(", ")
        );
    }
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let _ = writeln!(
        w,
        "\nThe sample workspace (`rumbo sample`), checked on 23 November 2026:\n"
    );
    for lang in Lang::ALL {
        let report = check(&sample::workspace(lang), as_of, lang);
        let _ = writeln!(
            w,
            "- {}: **{}/100**. {}",
            lang.pick("In English", "In Spanish"),
            report.score,
            score_limits(&report, lang).unwrap_or_default()
        );
    }
    let _ = writeln!(w);

    presence_section(w);

    let _ = writeln!(
        w,
        "## What is not known\n\n\
         A workspace may say that something is not known rather than invent it: a channel's weekly \
         effort nobody has measured (`null`, not 0), a weekly flow whose day is not set, an \
         objective closed without a verdict, a change against the period before where the value \
         itself is not known. No rule fires on a value marked as not known. A rule that needs it \
         — the channels fit in your week needs every channel's effort — does not pass either: it \
         says what it could not check (under \"Not checked\" in the app, `rumbo check` and the \
         document) and leaves the score, unless the known part already fails it (known hours \
         beyond the week are reported as \"at least\"). A finished objective (achieved, missed, \
         dropped or closed) is not asked for a newer value or a deadline.\n"
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
         | Months after which an open account's access counts as not reviewed | {} | `account-not-reviewed` |\n\
         | Months between two drills of the crisis playbook | {} | `crisis-drill-overdue` |\n",
        d.cm_weekly_hours,
        d.answer_days,
        d.ignored_share_percent,
        d.stale_measurement_days,
        d.low_fit,
        d.high_fit,
        d.access_review_months,
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
         - A presence-only objective is not also reported for its missing KPI, as not SMART, as \
         unmeasured or for a vanity KPI; an objective without a KPI is not also reported as not \
         SMART, unmeasured or measured by vanity: fix the first, and the next appears if it \
         applies.\n\n\
         The rules a broader finding speaks for still count the thing as failing, without a \
         finding of their own: a presence-only objective is not SMART either, and the score says \
         so. Accepting the broader finding as a risk clears them too.\n\n\
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

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How presence is recognized, and how well: the corpus and its figures.
fn presence_section(w: &mut String) {
    let _ = writeln!(
        w,
        "## Presence, in every phrasing\n\n\
         `objective-presence` reads an objective's title — and, when the title states neither \
         presence nor a result, its description — and its KPI. An aim is presence-only when its \
         substance is being present (“be on TikTok”, “estar presentes en las redes”), having or \
         opening accounts or profiles (“have an active profile on LinkedIn”, “que todos los \
         servicios dispongan de perfil propio”, “apertura de cuentas”), or a vague more presence \
         (“strengthen our online presence”, “grow our social media footprint”, “potenciar las \
         redes sociales del Ayuntamiento”) with no measurable result. It is flagged even when a \
         KPI is attached — the KPI may measure something else entirely — and the finding then \
         asks for the result that KPI measures to become the objective.\n\n\
         The text is folded (case, accents) and every word stemmed in English and Spanish \
         (“opens”, “opened”, “opening”; “tengan”, “creación”, “unirnos”), so word order, articles, \
         inflections and noun or verb forms do not matter. A negation or a “less” verb before it \
         (“do not open”, “reduce our presence”, “dejar de estar”) turns it around; a figure that \
         counts a result (“and reach 600 employers”, “duplicar las inscripciones”) makes it an \
         objective, but not one that counts presence itself (“5 networks”, “el 100 % de los \
         servicios”, “3 videos a week”, “by 20 %” of presence) or only a deadline (“in 3 \
         months”). Near misses stay objectives: “Reduce response time on X to 2 hours”, “Que el \
         30 % de las consultas lleguen por WhatsApp”, “Increase the presence of women in our \
         bootcamps to 40 %”, “Tener en cuenta las opiniones en redes”.\n\n\
         It is measured on a corpus of aims written as public administrations, NGOs and \
         companies write them (`crates/rumbo-health/tests/corpus/`), half presence-only and half \
         real objectives including near misses, and on a smaller held-out set written before the \
         recognizer and never tuned to. `cargo test -p rumbo-health --test corpus` fails below \
         0.95 on the corpus (0.85 on the held-out set). Both sets were written by Rumbo's \
         developers, so they are no proof on strategies nobody has seen: when a real aim is \
         judged wrongly, add it to the corpus and fix the recognizer in general terms.\n\n\
         | Set | Language | Aims | Presence-only | Precision | Recall |\n|---|---|---|---|---|---|"
    );
    let mut lists = String::new();
    for name in ["presence", "heldout"] {
        for lang in Lang::ALL {
            let aims = corpus::read(name, lang);
            let score = corpus::score(&aims);
            let set = if name == "presence" {
                "corpus"
            } else {
                "held-out"
            };
            let _ = writeln!(
                w,
                "| {set} | {} | {} | {} | {:.2} | {:.2} |",
                lang.pick("English", "Spanish"),
                score.aims,
                score.presence,
                score.precision(),
                score.recall()
            );
            let _ = writeln!(
                lists,
                "\n<details><summary>The {set} in {} ({} aims)</summary>\n",
                lang.pick("English", "Spanish"),
                aims.len()
            );
            for aim in &aims {
                let _ = writeln!(
                    lists,
                    "- {} {}",
                    if aim.presence {
                        "**presence**"
                    } else {
                        "objective"
                    },
                    aim.text
                );
            }
            let _ = writeln!(lists, "\n</details>");
        }
    }
    let _ = writeln!(w, "{lists}");
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
