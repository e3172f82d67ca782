//! The rules. Each lives in its own module as one [`Rule`]: its id, severity,
//! section, title, principle and example, and a function that looks at the
//! workspace and returns its findings and how many things it checked.
//!
//! To add a rule: write a module with a `pub(crate) const RULE: Rule` and
//! add it to [`ALL`]. Its findings, key, score and documentation follow.

use std::collections::HashMap;

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{
    Channel, Department, Direction, Duty, FitMatrix, HealthSettings, Objective, ObjectiveStatus,
    RaciRole,
};

use crate::phrasing::{self, Verdict};
use crate::report::{Section, Severity, Target, TargetKind};
use crate::words;

mod campaign_without_cm;
mod channel_fit_unscored;
mod channel_high_fit_unused;
mod channel_low_fit_active;
mod channel_without_objective;
mod cm_role_single_department;
mod department_gives_no_information;
mod department_no_flow;
mod effort_over_capacity;
mod identity_empty;
mod info_need_too_slow;
mod info_need_unserved;
mod no_audiences;
mod no_channels;
mod no_feedback_path;
mod no_internal_plan;
mod no_objectives;
mod objective_no_kpi;
mod objective_not_smart;
mod objective_overdue;
mod objective_presence;
mod objective_unmeasured;
mod objective_vanity_metric;
mod recommendation_unanswered;
mod recommendations_ignored;
// -- channels as they run --
mod account_dormant;
mod account_event_closing;
mod account_no_second_admin;
mod account_no_two_factor;
mod account_not_reviewed;
mod account_unanswered;
mod channel_without_pillar;
mod pillar_not_carried;
mod response_time_uncovered;
// The rules people meet.
mod comments_without_house_rules;
mod community_without_moderator;
mod crisis_drill_overdue;
mod crisis_level_incomplete;
mod moderation_without_decider;
mod no_crisis_playbook;
mod policy_review_overdue;

/// Every rule, in the catalogue's order (by section, then severity).
pub(crate) const ALL: &[Rule] = &[
    identity_empty::RULE,
    cm_role_single_department::RULE,
    no_audiences::RULE,
    no_channels::RULE,
    channel_without_objective::RULE,
    channel_low_fit_active::RULE,
    effort_over_capacity::RULE,
    channel_high_fit_unused::RULE,
    channel_fit_unscored::RULE,
    // -- channels as they run --
    account_unanswered::RULE,
    account_no_second_admin::RULE,
    account_no_two_factor::RULE,
    account_dormant::RULE,
    account_not_reviewed::RULE,
    account_event_closing::RULE,
    response_time_uncovered::RULE,
    pillar_not_carried::RULE,
    channel_without_pillar::RULE,
    // --
    no_objectives::RULE,
    objective_presence::RULE,
    objective_no_kpi::RULE,
    objective_not_smart::RULE,
    objective_overdue::RULE,
    objective_unmeasured::RULE,
    objective_vanity_metric::RULE,
    campaign_without_cm::RULE,
    no_internal_plan::RULE,
    no_feedback_path::RULE,
    department_no_flow::RULE,
    department_gives_no_information::RULE,
    info_need_unserved::RULE,
    info_need_too_slow::RULE,
    recommendation_unanswered::RULE,
    recommendations_ignored::RULE,
    // The rules people meet.
    comments_without_house_rules::RULE,
    moderation_without_decider::RULE,
    community_without_moderator::RULE,
    no_crisis_playbook::RULE,
    crisis_level_incomplete::RULE,
    crisis_drill_overdue::RULE,
    policy_review_overdue::RULE,
];

/// A text in English and Spanish.
#[derive(Clone, Copy)]
pub(crate) struct Text {
    pub en: &'static str,
    pub es: &'static str,
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.es)
    }
}

/// One rule of the health check.
pub(crate) struct Rule {
    /// Stable, kebab-case.
    pub id: &'static str,
    pub severity: Severity,
    pub section: Section,
    pub title: Text,
    /// A short paraphrase of the essay the rule comes from.
    pub principle: Text,
    /// A situation that triggers it.
    pub example: Text,
    pub run: fn(&Context) -> Outcome,
}

/// What a rule found, and how many things it looked at.
#[derive(Default)]
pub(crate) struct Outcome {
    pub findings: Vec<Draft>,
    /// Objectives, channels… looked at; 1 for a workspace-wide rule that
    /// applies, 0 when there was nothing to look at (the rule then leaves
    /// the score's calculation).
    pub checked: u32,
    /// Things that fail this rule too, but that a broader rule already
    /// reports ("each problem once"): the key of that broader finding, once
    /// per thing. They count as failing, without a finding of their own,
    /// unless the broader finding is accepted as a risk.
    pub deferred: Vec<String>,
    /// Why it could not check, when what it needs is marked as not known
    /// (then `checked` is 0 and it has no findings): shown with the
    /// breakdown, never as a finding.
    pub cannot_check: Option<String>,
}

impl Outcome {
    /// A workspace-wide rule that looked at the workspace once.
    pub fn once(finding: Option<Draft>) -> Outcome {
        Outcome {
            findings: finding.into_iter().collect(),
            checked: 1,
            ..Outcome::default()
        }
    }

    /// A workspace-wide rule whose failure a broader finding reports.
    pub fn once_deferred(broader: String) -> Outcome {
        Outcome {
            checked: 1,
            deferred: vec![broader],
            ..Outcome::default()
        }
    }
}

/// The key of a finding of `rule` about a record.
pub(crate) fn record_key(rule: &str, entity: TargetKind, id: i64) -> String {
    format!("{rule}/{}/{id}", entity.as_str())
}

/// The key of a finding of `rule` about the workspace as a whole.
pub(crate) fn workspace_key(rule: &str) -> String {
    format!("{rule}/workspace")
}

/// What a finding is about: it decides the finding's key and target.
#[derive(Clone, Copy)]
pub(crate) enum About {
    /// A record: `{rule}/{entity}/{id}`.
    Record(TargetKind, i64),
    /// A field of the profile: `{rule}/profile/{field}`.
    Profile,
    /// The workspace as a whole, shown on `TargetKind` (the workspace or the
    /// settings): `{rule}/workspace`.
    Workspace(TargetKind),
}

/// A finding before the rule's id, severity and principle are added.
pub(crate) struct Draft {
    pub about: About,
    pub field: Option<&'static str>,
    pub message: String,
}

impl Draft {
    pub fn record(
        entity: TargetKind,
        id: i64,
        field: Option<&'static str>,
        message: String,
    ) -> Draft {
        Draft {
            about: About::Record(entity, id),
            field,
            message,
        }
    }

    pub fn profile(field: &'static str, message: String) -> Draft {
        Draft {
            about: About::Profile,
            field: Some(field),
            message,
        }
    }

    pub fn workspace(entity: TargetKind, field: Option<&'static str>, message: String) -> Draft {
        Draft {
            about: About::Workspace(entity),
            field,
            message,
        }
    }

    /// The finding's stable key.
    pub fn key(&self, rule: &str) -> String {
        match self.about {
            About::Record(entity, id) => format!("{rule}/{}/{id}", entity.as_str()),
            About::Profile => format!("{rule}/profile/{}", self.field.unwrap_or_default()),
            About::Workspace(_) => format!("{rule}/workspace"),
        }
    }

    pub fn target(&self) -> Target {
        let (entity, id) = match self.about {
            About::Record(entity, id) => (entity, Some(id)),
            About::Profile => (TargetKind::Profile, None),
            About::Workspace(entity) => (entity, None),
        };
        Target {
            entity,
            id,
            field: self.field.map(str::to_string),
        }
    }
}

/// What the rules look at: the workspace, the day, the language, and a few
/// things several rules need.
pub(crate) struct Context<'a> {
    pub doc: &'a WorkspaceDoc,
    pub today: NaiveDate,
    pub lang: Lang,
    fits: HashMap<i64, f64>,
    home: Option<i64>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a WorkspaceDoc, today: NaiveDate, lang: Lang) -> Context<'a> {
        let fits = FitMatrix::build(doc.fit_criteria.clone(), &doc.channels)
            .rows
            .into_iter()
            .filter_map(|row| row.weighted.map(|w| (row.channel_id, w)))
            .collect();
        Context {
            doc,
            today,
            lang,
            fits,
            home: home_department(doc),
        }
    }

    pub fn settings(&self) -> &HealthSettings {
        &self.doc.health_settings
    }

    /// A text in the report's language.
    pub fn pick(&self, en: &'static str, es: &'static str) -> &'static str {
        self.lang.pick(en, es)
    }

    /// A name in the language's quotes.
    pub fn quote(&self, text: &str) -> String {
        words::quote(self.lang, text)
    }

    /// The weighted brand fit of a channel (0–5), when it has been scored.
    pub fn fit(&self, channel_id: i64) -> Option<f64> {
        self.fits.get(&channel_id).copied()
    }

    /// A department's name, or a neutral word when it is unknown.
    pub fn department_name(&self, id: Option<i64>) -> String {
        id.and_then(|id| self.doc.departments.iter().find(|d| d.id == id))
            .map_or_else(
                || self.pick("a department", "un departamento").to_string(),
                |d| d.name.clone(),
            )
    }

    /// The departments the CM serves: all but the CM's own team (see
    /// [`home_department`]), which needs no flow with itself.
    pub fn served_departments(&self) -> impl Iterator<Item = &'a Department> + '_ {
        self.doc
            .departments
            .iter()
            .filter(move |d| Some(d.id) != self.home)
    }

    /// Objectives still part of the strategy (not dropped).
    pub fn live_objectives(&self) -> impl Iterator<Item = &'a Objective> + '_ {
        self.doc
            .objectives
            .iter()
            .filter(|o| o.status != ObjectiveStatus::Dropped)
    }

    /// The key of the broader finding that already speaks for an objective
    /// — presence-only, or without a KPI — if any.
    pub fn objective_reported(&self, objective: &Objective) -> Option<String> {
        if presence_only(objective).is_some() {
            Some(record_key(
                "objective-presence",
                TargetKind::Objective,
                objective.id,
            ))
        } else if objective.kpi_metric.trim().is_empty() {
            Some(record_key(
                "objective-no-kpi",
                TargetKind::Objective,
                objective.id,
            ))
        } else {
            None
        }
    }

    /// A person's name, or a neutral word when they are unknown.
    pub fn person_name(&self, id: i64) -> String {
        self.doc.people.iter().find(|p| p.id == id).map_or_else(
            || self.pick("someone", "alguien").to_string(),
            |p| p.name.clone(),
        )
    }

    /// The accounts that exist on their network and someone runs: live or
    /// paused (a dormant one is `account-dormant`'s).
    pub fn running_accounts(&self) -> impl Iterator<Item = &'a Channel> + '_ {
        self.doc
            .channels
            .iter()
            .filter(|c| c.status.is_open() && c.status != rumbo_core::model::ChannelStatus::Dormant)
    }

    /// Does any internal flow bring information to the CM: a flow from a
    /// department, or one with a way to answer back?
    pub fn plan_brings_information(&self) -> bool {
        self.doc
            .flows
            .iter()
            .any(|f| f.direction == Direction::DepartmentToCm || !f.feedback.trim().is_empty())
    }
}

/// Where an objective states presence instead of a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Presence {
    /// Its title asks for presence ("Be present on YouTube"), whatever its
    /// KPI: a KPI may measure something else entirely.
    Title,
    /// Its title says neither presence nor a result ("Social media 2027"),
    /// and its description asks for presence.
    Description,
    /// Its KPI only counts presence ("Account created").
    Kpi,
}

/// Whether, and where, an objective states presence instead of a result.
pub(crate) fn presence_only(objective: &Objective) -> Option<Presence> {
    match phrasing::judge(&objective.title) {
        Verdict::Presence => return Some(Presence::Title),
        Verdict::Neutral if phrasing::asks_for_presence(&objective.description) => {
            return Some(Presence::Description);
        }
        _ => {}
    }
    let kpi = objective.kpi_metric.trim();
    (!kpi.is_empty() && phrasing::measures_presence(kpi)).then_some(Presence::Kpi)
}

/// The CM's own team: the unit of the coordinator recorded among the
/// people, when there is one; else the department where the RACI grid
/// makes the CM responsible or accountable for the most activities — at
/// least half of them, and strictly more than in any other department.
/// `None` when no department stands out (a new workspace has an empty grid).
pub(crate) fn home_department(doc: &WorkspaceDoc) -> Option<i64> {
    if let Some(unit) = doc
        .people
        .iter()
        .filter(|p| p.duty == Duty::Coordinator)
        .find_map(|p| p.department_id)
    {
        return Some(unit);
    }
    let mut counts: Vec<(i64, usize)> = doc
        .departments
        .iter()
        .map(|d| {
            let leads = doc
                .raci
                .iter()
                .filter(|c| {
                    c.department_id == d.id
                        && matches!(c.role, RaciRole::Responsible | RaciRole::Accountable)
                })
                .count();
            (d.id, leads)
        })
        .collect();
    counts.sort_by_key(|(_, leads)| std::cmp::Reverse(*leads));
    match counts.as_slice() {
        [(id, best), rest @ ..]
            if *best > 0
                && best * 2 >= doc.activities.len()
                && rest.first().is_none_or(|(_, next)| next < best) =>
        {
            Some(*id)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit;

    #[test]
    fn ids_are_unique_kebab_case_and_every_text_is_bilingual() {
        let mut ids: Vec<&str> = ALL.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        for rule in ALL {
            assert!(
                rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                rule.id
            );
            for text in [rule.title, rule.principle, rule.example] {
                assert!(!text.en.is_empty() && !text.es.is_empty(), "{}", rule.id);
                assert_ne!(text.en, text.es, "{}", rule.id);
            }
        }
    }

    #[test]
    fn the_home_department_is_where_the_cm_leads_most() {
        let doc = testkit::healthy();
        assert_eq!(home_department(&doc), Some(testkit::SOCIAL));
        for lang in Lang::ALL {
            let sample = rumbo_core::sample::workspace(lang);
            assert_eq!(home_department(&sample), Some(1), "Social media");
        }
        // Without a coordinator's unit among the people, the grid decides:
        // a tie, or a grid where the CM leads little, gives no home.
        let unplaced = || {
            let mut doc = testkit::healthy();
            for person in &mut doc.people {
                person.department_id = None;
            }
            doc
        };
        assert_eq!(home_department(&unplaced()), Some(testkit::SOCIAL));
        let mut tie = unplaced();
        for cell in tie.raci.clone() {
            tie.raci.push(rumbo_core::model::RaciCell {
                department_id: testkit::MARKETING,
                ..cell
            });
        }
        tie.raci
            .retain(|c| !(c.department_id == testkit::MARKETING && c.role == RaciRole::Consulted));
        assert_eq!(home_department(&tie), None);
        let mut empty = unplaced();
        empty.raci.clear();
        assert_eq!(home_department(&empty), None);
    }
}
