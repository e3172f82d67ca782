//! The health check's findings as the document states them: in the third
//! person, about the organization, without the advice the app gives the
//! community manager ("ask for a decision"). Each rule has a statement and
//! a reason ("why it matters") of its own in `messages/*.ftl`, written
//! from the finding's target and the workspace; a test keeps every rule of
//! the health check covered.

use std::collections::BTreeSet;

use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Cadence, Decision, FitMatrix};
use rumbo_health::Finding;

use crate::grammar::{Naming, in_sentence};
use crate::messages::{Messages, args};
use rumbo_core::format::{long_date, number, percent};

/// Quotation marks of the language around a name.
pub fn quote(name: &str, messages: &Messages) -> String {
    match messages.lang() {
        rumbo_core::Lang::En => format!("“{name}”"),
        rumbo_core::Lang::Es => format!("«{name}»"),
    }
}

/// The rule's reason, as the document gives it.
pub fn why(rule: &str, messages: &Messages) -> String {
    messages.plain(&format!("why-{rule}"))
}

/// What a rule could not check because the workspace marks what it needs
/// as not known, as the document states it (the health check's own words
/// speak to the community manager). `None` for a rule with no statement.
pub fn unchecked(
    rule: &str,
    doc: &WorkspaceDoc,
    naming: &Naming,
    messages: &Messages,
) -> Option<String> {
    let lang = messages.lang();
    match rule {
        "effort-over-capacity" => {
            let in_use = || doc.channels.iter().filter(|c| c.status.is_in_use());
            let names: Vec<String> = in_use()
                .filter(|c| c.weekly_effort_hours.is_none())
                .map(|c| quote(&c.name, messages))
                .collect();
            let known: f64 = in_use().filter_map(|c| c.weekly_effort_hours).sum();
            // The people's hours, where any is recorded (as the check weighs
            // them); else the community manager's week, a setting.
            let team: Vec<f64> = doc.people.iter().filter_map(|p| p.weekly_hours).collect();
            let (whose, capacity) = if team.is_empty() {
                ("role", doc.health_settings.cm_weekly_hours)
            } else {
                ("team", team.iter().sum())
            };
            Some(messages.get(
                "unchecked-effort-over-capacity",
                &args! {
                    "names" => messages.list(&names),
                    "n" => names.len(),
                    "known" => if known > 0.0 { number(known, lang) } else { "none".to_string() },
                    "capacity" => number(capacity, lang),
                    "whose" => whose,
                    "theRole" => naming.the_role.as_str(),
                },
            ))
        }
        _ => None,
    }
}

/// What `finding` found, as the document states it.
pub fn statement(
    finding: &Finding,
    doc: &WorkspaceDoc,
    naming: &Naming,
    messages: &Messages,
) -> String {
    let lang = messages.lang();
    let id = finding.target.id;
    let q = |name: &str| quote(name, messages);
    let department = |id: Option<i64>| {
        id.and_then(|id| doc.departments.iter().find(|d| d.id == id))
            .map(|d| in_sentence(&d.name, lang))
            .unwrap_or_default()
    };
    let channel = || id.and_then(|id| doc.channels.iter().find(|c| c.id == id));
    let objective = || id.and_then(|id| doc.objectives.iter().find(|o| o.id == id));
    let fit = |channel_id: i64| {
        FitMatrix::build(doc.fit_criteria.clone(), &doc.channels)
            .rows
            .iter()
            .find(|r| r.channel_id == channel_id)
            .and_then(|r| r.weighted)
            .map(|w| number(w, lang))
            .unwrap_or_default()
    };
    let the_role = naming.the_role.as_str();
    let key = format!("finding-{}", finding.rule);
    let text = match finding.rule.as_str() {
        "identity-empty" => messages.get(
            &key,
            &args! {
                "org" => naming.org.as_str(),
                "field" => finding.target.field.clone().unwrap_or_default(),
            },
        ),
        "cm-role-single-department" => {
            let only: BTreeSet<i64> = doc.raci.iter().map(|c| c.department_id).collect();
            messages.get(
                &key,
                &args! {
                    "theRole" => the_role,
                    "dept" => department(only.iter().next().copied()),
                },
            )
        }
        "channel-without-objective" | "channel-fit-unscored" => {
            let name = channel().map(|c| q(&c.name)).unwrap_or_default();
            messages.get(&key, &args! { "name" => name })
        }
        "channel-low-fit-active" => {
            let c = channel();
            messages.get(
                &key,
                &args! {
                    "name" => c.map(|c| q(&c.name)).unwrap_or_default(),
                    "fit" => c.map(|c| fit(c.id)).unwrap_or_default(),
                    "low" => number(doc.health_settings.low_fit, lang),
                },
            )
        }
        "channel-high-fit-unused" => {
            let c = channel();
            messages.get(
                &key,
                &args! {
                    "name" => c.map(|c| q(&c.name)).unwrap_or_default(),
                    "fit" => c.map(|c| fit(c.id)).unwrap_or_default(),
                    "status" => c.map(|c| c.status.label(lang).to_lowercase()).unwrap_or_default(),
                },
            )
        }
        "effort-over-capacity" => {
            let in_use = || doc.channels.iter().filter(|c| c.status.is_in_use());
            let total: f64 = in_use().filter_map(|c| c.weekly_effort_hours).sum();
            // With efforts nobody measured, the known ones already overflow.
            let partial = in_use().any(|c| c.weekly_effort_hours.is_none());
            messages.get(
                if partial {
                    "finding-effort-over-capacity-known"
                } else {
                    &key
                },
                &args! {
                    "total" => number(total, lang),
                    "capacity" => number(doc.health_settings.cm_weekly_hours, lang),
                    "theRole" => the_role,
                },
            )
        }
        "no-audiences" | "no-channels" => {
            messages.get(&key, &args! { "org" => naming.org.as_str() })
        }
        "objective-vanity-metric" => {
            let o = objective();
            messages.get(
                &key,
                &args! {
                    "name" => o.map(|o| q(&o.title)).unwrap_or_default(),
                    "kpi" => o.map(|o| q(&o.kpi_metric)).unwrap_or_default(),
                },
            )
        }
        "objective-presence" | "objective-no-kpi" => {
            let name = objective().map(|o| q(&o.title)).unwrap_or_default();
            messages.get(&key, &args! { "name" => name })
        }
        "objective-not-smart" => {
            let o = objective();
            let missing: Vec<String> = o
                .map(|o| {
                    [
                        (o.baseline.is_none(), "missing-baseline"),
                        (o.target.is_none(), "missing-target"),
                        (o.deadline.is_none(), "missing-deadline"),
                        (o.owner.trim().is_empty(), "missing-owner"),
                    ]
                    .into_iter()
                    .filter(|(missing, _)| *missing)
                    .map(|(_, id)| messages.plain(id))
                    .collect()
                })
                .unwrap_or_default();
            messages.get(
                &key,
                &args! {
                    "name" => o.map(|o| q(&o.title)).unwrap_or_default(),
                    "missing" => messages.list(&missing),
                    "count" => missing.len(),
                },
            )
        }
        "objective-overdue" => {
            let o = objective();
            messages.get(
                &key,
                &args! {
                    "name" => o.map(|o| q(&o.title)).unwrap_or_default(),
                    "date" => o.and_then(|o| o.deadline).map(|d| long_date(d, lang)).unwrap_or_default(),
                },
            )
        }
        "objective-unmeasured" => {
            let o = objective();
            let last = o.and_then(|o| {
                doc.measurements
                    .iter()
                    .filter(|m| m.objective_id == o.id)
                    .map(|m| m.date)
                    .max()
            });
            let name = o.map(|o| q(&o.title)).unwrap_or_default();
            match last {
                Some(date) => messages.get(
                    &key,
                    &args! { "name" => name, "date" => long_date(date, lang) },
                ),
                None => messages.get(
                    "finding-objective-never-measured",
                    &args! { "name" => name },
                ),
            }
        }
        "campaign-without-cm" => {
            let name = id
                .and_then(|id| doc.campaigns.iter().find(|c| c.id == id))
                .map(|c| q(&c.name))
                .unwrap_or_default();
            messages.get(&key, &args! { "name" => name, "theRole" => the_role })
        }
        "department-no-flow" | "department-gives-no-information" => messages.get(
            &key,
            &args! { "dept" => department(id), "theRole" => the_role },
        ),
        "info-need-unserved" => {
            let need = id.and_then(|id| doc.info_needs.iter().find(|n| n.id == id));
            messages.get(
                &key,
                &args! {
                    "what" => need.map(|n| q(&n.what)).unwrap_or_default(),
                    "dept" => department(need.and_then(|n| n.department_id)),
                    "urgency" => need.map(|n| n.urgency.as_str()).unwrap_or_default(),
                    "theRole" => the_role,
                },
            )
        }
        "info-need-too-slow" => {
            let need = id.and_then(|id| doc.info_needs.iter().find(|n| n.id == id));
            let flow = need
                .and_then(|n| n.flow_id)
                .and_then(|id| doc.flows.iter().find(|f| f.id == id));
            let (often, weeks) = match flow.map(|f| &f.cadence) {
                Some(Cadence::Daily { .. }) => ("daily", 1),
                Some(Cadence::Weekly { every_weeks, .. }) if *every_weeks > 1 => {
                    ("weeks", *every_weeks)
                }
                Some(Cadence::Weekly { .. }) => ("weekly", 1),
                Some(Cadence::MonthlyDay { .. } | Cadence::MonthlyWeekday { .. }) => ("monthly", 1),
                _ => ("once", 1),
            };
            messages.get(
                &key,
                &args! {
                    "flow" => flow.map(|f| q(&f.name)).unwrap_or_default(),
                    "what" => need.map(|n| q(&n.what)).unwrap_or_default(),
                    "dept" => department(need.and_then(|n| n.department_id)),
                    "often" => often,
                    "weeks" => weeks,
                    "urgency" => need.map(|n| n.urgency.as_str()).unwrap_or_default(),
                    "theRole" => the_role,
                },
            )
        }
        "recommendation-unanswered" => {
            let r = id.and_then(|id| doc.recommendations.iter().find(|r| r.id == id));
            messages.get(
                &key,
                &args! {
                    "name" => r.map(|r| q(&r.title)).unwrap_or_default(),
                    "date" => r.and_then(|r| r.date).map(|d| long_date(d, lang)).unwrap_or_default(),
                },
            )
        }
        "recommendations-ignored" => {
            let decided: Vec<Decision> = doc
                .recommendations
                .iter()
                .filter(|r| r.is_recommendation() && r.decision != Decision::Pending)
                .map(|r| r.decision)
                .collect();
            let ignored = decided.iter().filter(|d| **d == Decision::Ignored).count();
            let share = if decided.is_empty() {
                String::new()
            } else {
                percent(ignored as f64 / decided.len() as f64, lang)
            };
            messages.get(
                &key,
                &args! { "decided" => decided.len(), "ignored" => ignored, "share" => share },
            )
        }
        "no-objectives" | "no-internal-plan" => messages.plain(&key),
        "account-unanswered" => {
            let c = channel();
            let missing: Vec<String> = c
                .map(|c| c.account.answers.missing())
                .unwrap_or_default()
                .iter()
                .map(|field| messages.plain(&format!("account-question-{field}")))
                .collect();
            let name = c.map(|c| q(&c.name)).unwrap_or_default();
            if missing.len() == rumbo_core::model::Answers::FIELDS.len() {
                messages.get("finding-account-unanswered-all", &args! { "name" => name })
            } else {
                messages.get(
                    &key,
                    &args! { "name" => name, "missing" => messages.list(&missing) },
                )
            }
        }
        "account-dormant" | "pillar-not-carried" => {
            let name = if finding.rule == "account-dormant" {
                channel().map(|c| q(&c.name))
            } else {
                id.and_then(|id| doc.pillars.iter().find(|p| p.id == id))
                    .map(|p| q(&p.name))
            };
            messages.get(&key, &args! { "name" => name.unwrap_or_default() })
        }
        "account-event-closing" => {
            let c = channel();
            let no_plan = c.is_none_or(|c| c.account.closing_plan.trim().is_empty());
            let case = match (finding.target.field.as_deref(), no_plan) {
                (Some("status"), _) => "ended",
                (Some("endsOn"), true) => "neither",
                (Some("endsOn"), false) => "end",
                _ => "plan",
            };
            messages.get(
                &key,
                &args! {
                    "name" => c.map(|c| q(&c.name)).unwrap_or_default(),
                    "case" => case,
                    "date" => c.and_then(|c| c.account.ends_on).map(|d| long_date(d, lang)).unwrap_or_default(),
                },
            )
        }
        "account-single-admin" => {
            let c = channel();
            let only = c
                .and_then(|c| c.account.admin_ids.first())
                .and_then(|id| doc.people.iter().find(|p| p.id == *id))
                .map(|p| p.name.clone());
            messages.get(
                &key,
                &args! {
                    "name" => c.map(|c| q(&c.name)).unwrap_or_default(),
                    "case" => if only.is_some() { "one" } else { "none" },
                    "person" => only.unwrap_or_default(),
                },
            )
        }
        "account-no-two-factor" => {
            let c = channel();
            let case = match c.and_then(|c| c.account.two_factor) {
                Some(false) => "off",
                _ => "unknown",
            };
            messages.get(
                &key,
                &args! { "name" => c.map(|c| q(&c.name)).unwrap_or_default(), "case" => case },
            )
        }
        "account-not-reviewed" => {
            let c = channel();
            let last = c.and_then(|c| c.account.last_access_review);
            messages.get(
                &key,
                &args! {
                    "name" => c.map(|c| q(&c.name)).unwrap_or_default(),
                    "case" => if last.is_some() { "old" } else { "never" },
                    "date" => last.map(|d| long_date(d, lang)).unwrap_or_default(),
                    "months" => doc.health_settings.access_review_months,
                },
            )
        }
        "channel-without-pillar" => {
            let name = channel().map(|c| q(&c.name));
            messages.get(
                &key,
                &args! {
                    "case" => if name.is_some() { "channel" } else { "none" },
                    "name" => name.unwrap_or_default(),
                },
            )
        }
        "service-level-uncovered" => response_time_uncovered(id, doc, messages),
        "no-feedback-path" => messages.get(&key, &args! { "theRole" => the_role }),
        "comments-without-house-rules" => {
            let open: Vec<String> = doc
                .channels
                .iter()
                .filter(|c| c.status.is_in_use() && c.comments_open == Some(true))
                .map(|c| q(&c.name))
                .collect();
            messages.get(
                &key,
                &args! { "org" => naming.org.as_str(), "channels" => messages.list(&open), "n" => open.len() },
            )
        }
        "community-without-moderator" => {
            let name = if finding.target.entity == rumbo_health::TargetKind::Campaign {
                id.and_then(|id| doc.campaigns.iter().find(|c| c.id == id))
                    .map(|c| (q(&c.name), "campaign"))
            } else {
                channel().map(|c| (q(&c.name), "channel"))
            };
            let (name, kind) = name.unwrap_or_default();
            messages.get(&key, &args! { "name" => name, "kind" => kind })
        }
        "crisis-drill-overdue" => {
            let last = doc.crisis.last_drill;
            messages.get(
                &key,
                &args! {
                    "case" => if last.is_some() { "old" } else { "never" },
                    "date" => last.map(|d| long_date(d, lang)).unwrap_or_default(),
                    "months" => doc.health_settings.drill_months,
                },
            )
        }
        "crisis-level-incomplete" => {
            let level = id.and_then(|id| doc.crisis_levels.iter().find(|l| l.id == id));
            let case = match level.map(|l| (l.decided_by.trim().is_empty(), l.has_statement())) {
                Some((true, false)) => "neither",
                Some((true, true)) => "decider",
                _ => "statement",
            };
            messages.get(
                &key,
                &args! {
                    "name" => level.map(|l| q(&l.name)).unwrap_or_default(),
                    "rank" => level.map_or(0, |l| l.rank),
                    "case" => case,
                },
            )
        }
        "moderation-without-decider" => {
            let rule = id.and_then(|id| doc.moderation_rules.iter().find(|r| r.id == id));
            messages.get(
                &key,
                &args! {
                    "name" => rule.map(|r| q(&r.situation)).unwrap_or_default(),
                    "action" => rule.map(|r| r.action.as_str()).unwrap_or_default(),
                },
            )
        }
        "no-crisis-playbook" => messages.get(&key, &args! { "org" => naming.org.as_str() }),
        "policy-review-overdue" => {
            let policy = id.and_then(|id| doc.policies.iter().find(|p| p.id == id));
            messages.get(
                &key,
                &args! {
                    "name" => policy.map(|p| q(&p.title)).unwrap_or_default(),
                    "date" => policy.and_then(|p| p.review_by).map(|d| long_date(d, lang)).unwrap_or_default(),
                },
            )
        }
        _ => String::new(),
    };
    // A rule this document does not know yet (the tests make sure there is
    // none) is stated by its own message rather than left out.
    if text.is_empty() {
        finding.message.clone()
    } else {
        text
    }
}

/// A service level whose promised response time the hours of the people
/// who run its channels cannot cover, as the document states it.
fn response_time_uncovered(id: Option<i64>, doc: &WorkspaceDoc, messages: &Messages) -> String {
    let lang = messages.lang();
    let Some(level) = id.and_then(|id| doc.service_levels.iter().find(|l| l.id == id)) else {
        return String::new();
    };
    let runners: BTreeSet<i64> = doc
        .channels
        .iter()
        .filter(|c| level.channel_ids.contains(&c.id) && c.status.is_in_use())
        .filter_map(|c| c.account.manager_id)
        .collect();
    let people: Vec<_> = doc
        .people
        .iter()
        .filter(|p| runners.contains(&p.id))
        .collect();
    let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
    let given: f64 = people.iter().filter_map(|p| p.weekly_hours).sum();
    let time = level.response_time.unwrap_or_default();
    let promise = messages.get(
        "response-promise",
        &args! {
            "time" => number(time, lang),
            "unit" => level.response_unit.as_str(),
            "single" => if time == 1.0 { "yes" } else { "no" },
        },
    );
    messages.get(
        "finding-service-level-uncovered",
        &args! {
            "name" => quote(&level.name, messages),
            "promise" => promise,
            "hours" => number(level.weekly_hours().unwrap_or_default(), lang),
            "case" => match names.len() { 0 => "nobody", 1 => "one", _ => "several" },
            "who" => messages.list(&names),
            "given" => number(given, lang),
            "g" => if given == 0.0 { "zero" } else if given == 1.0 { "one" } else { "other" },
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rumbo_core::Lang;

    #[test]
    fn every_rule_of_the_health_check_has_a_statement_and_a_reason() {
        for lang in Lang::ALL {
            let messages = Messages::new(lang);
            for rule in rumbo_health::rules() {
                assert!(
                    messages.has(&format!("finding-{}", rule.id)),
                    "{lang:?}: no statement for {}",
                    rule.id
                );
                assert!(
                    !why(&rule.id, &messages).is_empty(),
                    "{lang:?}: no reason for {}",
                    rule.id
                );
            }
        }
    }
}
