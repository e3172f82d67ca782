//! Rumbo's strategy health check: plain rules, taken from the essays behind
//! the product, that look at a workspace and say — in the user's language —
//! what is missing or weak, why it matters, and where to fix it.
//!
//! [`check`] reads a [`WorkspaceDoc`] (no I/O, no database) and returns a
//! [`Report`]: its findings, their counts and a readiness score. [`rules`]
//! lists the catalogue; `docs/health-rules.md` is generated from it.
//!
//! # Findings and acknowledgements
//!
//! Every finding has a stable key: `{rule}/{entity}/{id}` for a record
//! (`objective-presence/objective/3`), `{rule}/profile/{field}` for a field of
//! the profile, `{rule}/workspace` for the workspace as a whole. When the
//! workspace holds an acknowledgement with that key, the finding stays in
//! the report with the acknowledgement (reason and date) but no longer
//! counts as an error, warning or advice, and no longer lowers the score.
//! Acknowledgements that match no finding are ignored.
//!
//! # Each problem once
//!
//! A problem is reported once, at the broadest level that describes it:
//! with no objective at all, `no-objectives` speaks and
//! `channel-without-objective` stays silent; with no internal flow at all,
//! `no-internal-plan` speaks for every department; when no flow brings
//! anything back, `no-feedback-path` speaks instead of one
//! `department-gives-no-information` per department; a department with no
//! flow is `department-no-flow`'s, not also `department-gives-no-information`'s;
//! a presence-only objective is not also reported for its missing KPI, and
//! an objective without a KPI is not also reported as not SMART.
//!
//! The community manager's own team — the department where the RACI grid
//! makes the CM responsible or accountable for the most activities, at least
//! half of them, and more than anywhere else — needs no flow with itself and
//! is exempt from the two department rules.
//!
//! # The readiness score
//!
//! Each rule has a weight from its severity: 3 for an error, 2 for a warning,
//! 1 for advice. A rule checks a number of things — objectives, channels,
//! departments… or the workspace once — of which some are failing (they have
//! a finding that is not acknowledged). It earns
//! `weight × (1 − failing ÷ checked)`, or its full weight when it checked
//! nothing. The score is `round(100 × Σ earned ÷ Σ weight)`: 100 when nothing
//! fails. [`Report::breakdown`] shows every rule's part.

mod phrasing;
mod report;
mod rules;
#[cfg(test)]
mod testkit;
mod text;
mod words;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;

pub use report::{
    Bilingual, Counts, Finding, Foundation, Report, RuleInfo, RuleScore, Section, Severity, Target,
    TargetKind,
};
pub use text::{report_text, score_explanation, score_limits, score_method};

/// The presence recognizer behind `objective-presence`, for the corpus
/// tests and the documentation (see the `phrasing` module).
pub mod presence {
    /// Does this aim state presence — being on networks, having or opening
    /// accounts, more presence — with no measurable result?
    pub fn states_presence(text: &str) -> bool {
        crate::phrasing::asks_for_presence(text)
    }

    /// Does this KPI only count presence ("account created", "número de
    /// redes")?
    pub fn measures_presence(kpi: &str) -> bool {
        crate::phrasing::measures_presence(kpi)
    }
}

/// Checks `doc` as of `today`, with messages in `lang`.
pub fn check(doc: &WorkspaceDoc, today: NaiveDate, lang: Lang) -> Report {
    let cx = rules::Context::new(doc, today, lang);
    let accepted = |key: &str| doc.acknowledgements.iter().any(|a| a.key == key);
    let mut findings = Vec::new();
    let mut breakdown = Vec::new();
    for rule in rules::ALL {
        let outcome = (rule.run)(&cx);
        let mut failing = BTreeSet::new();
        for draft in outcome.findings {
            let key = draft.key(rule.id);
            let acknowledged = doc.acknowledgements.iter().find(|a| a.key == key).cloned();
            if acknowledged.is_none() {
                failing.insert(key.clone());
            }
            findings.push(Finding {
                target: draft.target(),
                key,
                rule: rule.id.to_string(),
                severity: rule.severity,
                section: rule.section,
                message: draft.message,
                principle: rule.principle.get(lang).to_string(),
                acknowledged,
            });
        }
        // Things a broader finding reports fail this rule too, unless that
        // finding is accepted.
        let deferred = outcome.deferred.iter().filter(|key| !accepted(key)).count();
        let failing = words::to_u32(failing.len() + deferred);
        let checked = outcome.checked.max(failing);
        let weight = rule.severity.weight();
        let earned = if checked == 0 {
            0.0
        } else {
            f64::from(weight) * (1.0 - f64::from(failing) / f64::from(checked))
        };
        breakdown.push(RuleScore {
            rule: rule.id.to_string(),
            title: rule.title.get(lang).to_string(),
            severity: rule.severity,
            weight,
            checked,
            failing,
            earned,
            cannot_check: outcome.cannot_check,
        });
    }
    // Stable: findings of one rule about one thing keep the rule's order.
    findings.sort_by(|a, b| {
        (a.severity, a.section, &a.rule, a.target.id).cmp(&(
            b.severity,
            b.section,
            &b.rule,
            b.target.id,
        ))
    });
    let mut counts = Counts::default();
    for finding in &findings {
        let count = match (&finding.acknowledged, finding.severity) {
            (Some(_), _) => &mut counts.acknowledged,
            (None, Severity::Error) => &mut counts.errors,
            (None, Severity::Warning) => &mut counts.warnings,
            (None, Severity::Advice) => &mut counts.advice,
        };
        *count += 1;
    }
    let missing = missing_foundations(doc);
    let points = points(&breakdown);
    let ceiling = ceiling(missing.len(), counts.errors);
    Report {
        as_of: today,
        score: points.min(ceiling),
        points,
        ceiling,
        missing,
        findings,
        counts,
        breakdown,
    }
}

/// The points earned by the rules that apply, out of 100:
/// `round(100 × Σ earned ÷ Σ weight)` over the rules that checked something;
/// 0 when none did.
fn points(breakdown: &[RuleScore]) -> u8 {
    let applying = breakdown.iter().filter(|r| r.checked > 0);
    let weights: u32 = applying.clone().map(|r| r.weight).sum();
    let earned: f64 = applying.map(|r| r.earned).sum();
    if weights == 0 {
        return 0;
    }
    let points = (100.0 * earned / f64::from(weights)).round();
    // Between 0 and 100 by construction; the cast saturates anyway.
    points.clamp(0.0, 100.0) as u8
}

/// The most a score can reach with `missing` foundations and `errors` open
/// errors.
pub(crate) fn ceiling(missing: usize, errors: u32) -> u8 {
    let by_foundations = 100_u32.saturating_sub(FOUNDATION_COST * words::to_u32(missing));
    let by_errors = match errors {
        0 => 100,
        n => ERROR_CEILING.saturating_sub(ERROR_STEP * (n - 1)),
    };
    u8::try_from(by_foundations.min(by_errors)).unwrap_or(100)
}

/// Points off the ceiling for each missing foundation.
pub const FOUNDATION_COST: u32 = 20;
/// The ceiling with one open error: below "ready".
pub const ERROR_CEILING: u32 = 69;
/// Points off that ceiling for each further open error.
pub const ERROR_STEP: u32 = 5;

/// The foundations `doc` lacks, leaving out those whose findings are all
/// accepted as a risk.
fn missing_foundations(doc: &WorkspaceDoc) -> Vec<Foundation> {
    let p = &doc.profile;
    let lacks = |f: Foundation| match f {
        Foundation::Identity => [&p.culture, &p.values, &p.brand_voice]
            .iter()
            .all(|t| t.trim().is_empty()),
        Foundation::Audiences => doc.audiences.is_empty(),
        Foundation::Channels => !doc.channels.iter().any(|c| c.status.is_in_use()),
        Foundation::Objectives => !doc
            .objectives
            .iter()
            .any(|o| o.status != rumbo_core::model::ObjectiveStatus::Dropped),
        Foundation::InternalPlan => doc.flows.is_empty(),
        Foundation::CmRole => doc.raci.is_empty(),
    };
    let accepted = |f: Foundation| {
        f.finding_keys()
            .iter()
            .all(|key| doc.acknowledgements.iter().any(|a| a.key == *key))
    };
    Foundation::ALL
        .into_iter()
        .filter(|f| lacks(*f) && !accepted(*f))
        .collect()
}

/// The catalogue of rules, in the order the report's breakdown lists them.
pub fn rules() -> Vec<RuleInfo> {
    let text = |t: rules::Text| Bilingual {
        en: t.en.to_string(),
        es: t.es.to_string(),
    };
    rules::ALL
        .iter()
        .map(|rule| RuleInfo {
            id: rule.id.to_string(),
            severity: rule.severity,
            section: rule.section,
            weight: rule.severity.weight(),
            title: text(rule.title),
            principle: text(rule.principle),
            example: text(rule.example),
        })
        .collect()
}

/// The TypeScript declarations of the types that cross IPC, for the
/// generated bindings file (`Acknowledgement` and `Lang` come from
/// rumbo-core's own bindings).
pub fn typescript_declarations(config: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    fn decl<T: TS>(config: &ts_rs::Config) -> String {
        format!("export {}\n", T::decl(config))
    }
    vec![
        decl::<Severity>(config),
        decl::<Section>(config),
        decl::<TargetKind>(config),
        decl::<Target>(config),
        decl::<Finding>(config),
        decl::<Counts>(config),
        decl::<RuleScore>(config),
        decl::<Foundation>(config),
        decl::<Report>(config),
        decl::<Bilingual>(config),
        decl::<RuleInfo>(config),
    ]
}

#[cfg(test)]
mod tests {
    use rumbo_core::model::{Acknowledgement, Audience, Objective, Profile};

    use super::*;
    use crate::testkit::{self, day, today};

    fn part<'a>(report: &'a Report, rule: &str) -> &'a RuleScore {
        report
            .breakdown
            .iter()
            .find(|r| r.rule == rule)
            .unwrap_or_else(|| panic!("no rule {rule}"))
    }

    #[test]
    fn acknowledging_a_finding_keeps_it_but_stops_it_counting() {
        let mut doc = testkit::healthy();
        doc.campaigns[0].cm_involved = false;
        let before = check(&doc, today(), Lang::En);
        assert_eq!(before.counts.errors, 1);
        assert!(before.has_errors());
        assert!(before.score < 100);
        assert_eq!(part(&before, "campaign-without-cm").failing, 1);

        let ack = Acknowledgement {
            key: "campaign-without-cm/campaign/1".into(),
            reason: "Decided by the city council; we were told afterwards.".into(),
            date: day(2026, 11, 2),
        };
        doc.acknowledgements = vec![
            ack.clone(),
            Acknowledgement {
                key: "objective-presence/objective/99".into(),
                ..ack.clone()
            },
        ];
        let after = check(&doc, today(), Lang::En);
        assert_eq!(
            after.counts,
            Counts {
                errors: 0,
                warnings: 0,
                advice: 0,
                acknowledged: 1
            }
        );
        assert!(!after.has_errors());
        assert_eq!(after.score, 100);
        assert_eq!(after.findings.len(), 1, "still in the report");
        assert_eq!(after.findings[0].acknowledged, Some(ack));
        assert_eq!(part(&after, "campaign-without-cm").failing, 0);

        let text = report_text(&after, Lang::En);
        assert!(
            text.contains("0 errors · 0 warnings · 0 pieces of advice · 1 accepted risk"),
            "{text}"
        );
        assert!(text.contains("\nAccepted risks\n"), "{text}");
        assert!(
            text.contains("Accepted on 2 November 2026: Decided by the city council"),
            "{text}"
        );
        let es = report_text(&check(&doc, today(), Lang::Es), Lang::Es);
        assert!(
            es.contains("Aceptado el 2 de noviembre de 2026: Decided"),
            "{es}"
        );
        assert!(es.contains("1 riesgo aceptado"), "{es}");
    }

    /// The points the formula gives: `round(100 × Σ earned ÷ Σ weight)` over
    /// the rules that checked something.
    fn expected_points(report: &Report) -> u8 {
        let applying: Vec<&RuleScore> = report.breakdown.iter().filter(|r| r.checked > 0).collect();
        let weight: u32 = applying.iter().map(|r| r.weight).sum();
        let earned: f64 = applying.iter().map(|r| r.earned).sum();
        (100.0 * earned / f64::from(weight)).round() as u8
    }

    #[test]
    fn a_known_mix_gives_the_computed_score() {
        let mut doc = testkit::healthy();
        // One error rule fails on its only campaign: 0 of 3 points.
        doc.campaigns[0].cm_involved = false;
        // One warning rule fails on one of two objectives: 1 of 2 points.
        doc.objectives.push(Objective {
            deadline: None,
            ..testkit::objective(2, "Grow attendance at readings", &[1])
        });
        doc.measurements
            .push(testkit::measurement(2, 2, day(2026, 11, 10)));
        let report = check(&doc, today(), Lang::En);
        let smart = part(&report, "objective-not-smart");
        assert_eq!((smart.weight, smart.checked, smart.failing), (2, 2, 1));
        assert!((smart.earned - 1.0).abs() < 1e-9);
        let campaign = part(&report, "campaign-without-cm");
        assert_eq!(
            (campaign.weight, campaign.checked, campaign.failing),
            (3, 1, 1)
        );
        assert_eq!(campaign.earned, 0.0);
        // Four points lost of those possible; every foundation is there,
        // but the open error keeps the score at 69 at most.
        let weight: u32 = report
            .breakdown
            .iter()
            .filter(|r| r.checked > 0)
            .map(|r| r.weight)
            .sum();
        assert_eq!(
            f64::from(report.points),
            (100.0 * f64::from(weight - 4) / f64::from(weight)).round()
        );
        assert!(report.points > 69, "{}", report.points);
        assert_eq!(report.missing, []);
        assert_eq!(report.ceiling, 69);
        assert_eq!(report.score, 69);
        assert_eq!(
            report.counts,
            Counts {
                errors: 1,
                warnings: 1,
                advice: 0,
                acknowledged: 0
            }
        );
        // Errors first, whatever the section.
        let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["campaign-without-cm", "objective-not-smart"]);
    }

    #[test]
    fn a_new_workspace_scores_zero() {
        // What `rumbo new` creates: a name and the default lists.
        let mut doc = rumbo_core::interchange::WorkspaceDoc::new(Profile {
            name: "Coop".into(),
            ..Profile::default()
        });
        doc.departments = rumbo_core::defaults::departments(Lang::En);
        doc.activities = rumbo_core::defaults::activities(Lang::En);
        doc.fit_criteria = rumbo_core::defaults::fit_criteria(Lang::En);
        let report = check(&doc, today(), Lang::En);
        let fired: Vec<&str> = report.findings.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(
            fired,
            [
                "no-objectives/workspace",
                "no-internal-plan/workspace",
                "identity-empty/profile/culture",
                "identity-empty/profile/values",
                "identity-empty/profile/brandVoice",
                "cm-role-single-department/workspace",
                "no-audiences/workspace",
                "no-channels/workspace",
                "no-crisis-playbook/workspace",
            ]
        );
        // Every rule that applies fails; the others (no channel, objective,
        // campaign or recommendation to look at) earn nothing.
        assert_eq!(report.points, 0);
        assert_eq!(report.missing, Foundation::ALL);
        assert_eq!(report.ceiling, 0);
        assert_eq!(report.score, 0);
        assert_eq!(part(&report, "campaign-without-cm").checked, 0);
        assert_eq!(part(&report, "effort-over-capacity").checked, 0);
        // The departments have no flow: said once, by `no-internal-plan`,
        // but they still fail the department rules.
        let flows = part(&report, "department-no-flow");
        assert_eq!((flows.checked, flows.failing), (4, 4));
        assert!(report.has_errors());
    }

    #[test]
    fn rules_that_do_not_apply_earn_nothing_and_weigh_nothing() {
        let mut doc = testkit::healthy();
        doc.campaigns.clear();
        doc.recommendations.clear();
        doc.info_needs.clear();
        let report = check(&doc, today(), Lang::En);
        for rule in [
            "campaign-without-cm",
            "recommendation-unanswered",
            "info-need-unserved",
        ] {
            let part = part(&report, rule);
            assert_eq!((part.checked, part.earned), (0, 0.0), "{rule}");
        }
        assert_eq!(report.points, 100);
        assert_eq!(report.score, 100);
        // Before, an empty list earned its rule's full weight: a strategy
        // with nothing but a name scored 77. Now it scores nothing.
        let empty = rumbo_core::interchange::WorkspaceDoc::new(Profile {
            name: "Coop".into(),
            ..Profile::default()
        });
        assert_eq!(check(&empty, today(), Lang::En).score, 0);
    }

    #[test]
    fn a_near_empty_workspace_scores_low() {
        // A written identity and one good objective, nothing else.
        let mut doc = testkit::healthy();
        doc.departments.clear();
        doc.activities.clear();
        doc.raci.clear();
        doc.audiences.clear();
        doc.channels.clear();
        doc.objectives[0].channel_ids.clear();
        doc.objectives[0].department_ids.clear();
        doc.campaigns.clear();
        doc.flows.clear();
        doc.info_needs.clear();
        doc.recommendations.clear();
        doc.people.clear();
        doc.pillars.clear();
        doc.style_guides.clear();
        doc.service_levels.clear();
        doc.budget_lines.clear();
        doc.procedure_steps.clear();
        assert_eq!(doc.check(), Ok(()));
        let report = check(&doc, today(), Lang::En);
        assert_eq!(
            report.missing,
            [
                Foundation::CmRole,
                Foundation::Audiences,
                Foundation::Channels,
                Foundation::InternalPlan
            ]
        );
        assert_eq!(report.ceiling, 20);
        assert!(report.score <= 30, "{}", report.score);
        // Each foundation added lifts the ceiling by 20.
        doc.audiences.push(Audience::new("Readers"));
        doc.audiences[0].id = 1;
        assert_eq!(check(&doc, today(), Lang::En).ceiling, 40);
    }

    #[test]
    fn open_errors_keep_the_score_out_of_ready_and_each_one_lowers_it() {
        // Ten sound objectives and one presence-only: the points stay high,
        // but an open error is never "ready".
        let mut doc = testkit::healthy();
        for id in 2..=11 {
            doc.objectives.push(testkit::objective(
                id,
                &format!("Objective {id}: 100 sign-ups"),
                &[1],
            ));
            doc.measurements
                .push(testkit::measurement(id, id, day(2026, 11, 1)));
        }
        doc.objectives[1].title = "Be on TikTok".into();
        let one = check(&doc, today(), Lang::En);
        assert_eq!(one.counts.errors, 1);
        assert!(one.points > 90, "{}", one.points);
        assert_eq!(one.score, 69);
        doc.objectives[2].title = "Tener presencia en Instagram".into();
        let two = check(&doc, today(), Lang::En);
        assert_eq!(two.counts.errors, 2);
        assert_eq!(two.score, 64);
        // Accepting one as a known risk gives back its place.
        doc.acknowledgements.push(Acknowledgement {
            key: "objective-presence/objective/3".into(),
            reason: "Required by the regional plan.".into(),
            date: day(2026, 11, 2),
        });
        assert_eq!(check(&doc, today(), Lang::En).score, 69);
    }

    #[test]
    fn an_accepted_missing_foundation_no_longer_limits_the_score() {
        let mut doc = testkit::healthy();
        doc.audiences.clear();
        doc.channels[0].audience_ids.clear();
        let report = check(&doc, today(), Lang::En);
        assert_eq!(report.missing, [Foundation::Audiences]);
        assert_eq!(report.ceiling, 80);
        assert!(report.score <= 80);
        doc.acknowledgements.push(Acknowledgement {
            key: "no-audiences/workspace".into(),
            reason: "One public: every citizen.".into(),
            date: day(2026, 11, 2),
        });
        let report = check(&doc, today(), Lang::En);
        assert_eq!(report.missing, []);
        assert_eq!(report.score, 100);
        assert_eq!(expected_points(&report), report.points);
    }

    #[test]
    fn every_finding_carries_its_rule_metadata_and_a_unique_key() {
        let report = check(&rumbo_core::sample::workspace(Lang::Es), today(), Lang::Es);
        let catalogue = rules();
        let mut keys: Vec<&str> = report.findings.iter().map(|f| f.key.as_str()).collect();
        for finding in &report.findings {
            let rule = catalogue
                .iter()
                .find(|r| r.id == finding.rule)
                .unwrap_or_else(|| panic!("{}", finding.rule));
            assert_eq!(finding.severity, rule.severity);
            assert_eq!(finding.section, rule.section);
            assert_eq!(finding.principle, rule.principle(Lang::Es));
            assert!(finding.key.starts_with(&format!("{}/", rule.id)));
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), report.findings.len());
        assert_eq!(report.breakdown.len(), catalogue.len());
    }

    #[test]
    fn the_typescript_declarations_are_camel_case_and_snake_case() {
        let text = typescript_declarations(&ts_rs::Config::new()).join("\n");
        assert!(text.contains("asOf: string"), "{text}");
        assert!(
            text.contains("acknowledged: Acknowledgement | null"),
            "{text}"
        );
        assert!(text.contains("\"internal_flow\""), "{text}");
        assert!(text.contains("export type Severity = \"error\" | \"warning\" | \"advice\""));
        assert!(text.contains("export type HealthReport = {"), "{text}");
    }
}
