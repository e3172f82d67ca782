//! A small, healthy workspace for the rules' tests: every rule passes on it,
//! so a test changes one thing and sees exactly what fires.

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{
    Activity, Answers, Audience, Cadence, Campaign, Channel, ChannelStatus, Decision, Department,
    Direction, Duty, FitCriterion, FitScore, Flow, HealthSettings, InfoNeed, Measurement, Network,
    Objective, ObjectiveKind, ObjectiveStatus, Person, Pillar, PillarShare, Profile, RaciCell,
    RaciRole, Recommendation, Urgency,
};
use rumbo_core::model::{
    CrisisLevel, CrisisPlan, HoldingStatement, ModerationAction, ModerationRule, Policy,
    PolicyKind, PolicyStatus,
};

use crate::report::Finding;

pub(crate) const SOCIAL: i64 = 1;
pub(crate) const MARKETING: i64 = 2;
/// The coordinator, and the second administrator of the accounts.
pub(crate) const ANA: i64 = 1;
pub(crate) const BEN: i64 = 2;

/// The day the tests run the check for.
pub(crate) fn today() -> NaiveDate {
    day(2026, 11, 23)
}

pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A small library whose strategy passes every rule.
pub(crate) fn healthy() -> WorkspaceDoc {
    let mut doc = WorkspaceDoc::new(Profile {
        name: "Riverside Library".into(),
        sector: "Public libraries".into(),
        mission: "Everyone in Riverside reads, learns and meets.".into(),
        culture: "Librarians who know their readers by name.".into(),
        values: "Openness · Curiosity".into(),
        brand_voice: "Warm and plain.".into(),
        cm_name: "Ana".into(),
        ..Profile::default()
    });
    doc.departments = vec![
        Department {
            id: SOCIAL,
            ..Department::new("Social media")
        },
        Department {
            id: MARKETING,
            ..Department::new("Marketing")
        },
    ];
    doc.activities = vec![
        Activity {
            id: 1,
            name: "Social publishing".into(),
            position: 1,
        },
        Activity {
            id: 2,
            name: "Campaigns".into(),
            position: 2,
        },
    ];
    let cell = |department_id, activity_id, role| RaciCell {
        department_id,
        activity_id,
        role,
    };
    doc.raci = vec![
        cell(SOCIAL, 1, RaciRole::Accountable),
        cell(SOCIAL, 2, RaciRole::Responsible),
        cell(MARKETING, 1, RaciRole::Consulted),
        cell(MARKETING, 2, RaciRole::Consulted),
    ];
    doc.fit_criteria = vec![
        criterion(1, "Audience presence", 3),
        criterion(2, "Resources", 2),
    ];
    doc.people = vec![
        Person {
            id: ANA,
            department_id: Some(SOCIAL),
            weekly_hours: Some(20.0),
            ..Person::new("Ana", Duty::Coordinator)
        },
        Person {
            id: BEN,
            department_id: Some(MARKETING),
            ..Person::new("Ben", Duty::Administrator)
        },
    ];
    doc.audiences = vec![Audience {
        id: 1,
        channel_ids: vec![1],
        ..Audience::new("Young readers")
    }];
    doc.channels = vec![Channel {
        audience_ids: vec![1],
        ..channel(1, Network::Instagram, ChannelStatus::Active, 4)
    }];
    doc.objectives = vec![objective(1, "Double sign-ups from Instagram", &[1])];
    doc.pillars = vec![pillar(1, "Reading tips", &[(1, Some(60.0))])];
    doc.measurements = vec![measurement(1, 1, day(2026, 11, 1))];
    doc.campaigns = vec![Campaign {
        id: 1,
        moderator: "Ana".into(),
        ..Campaign::new("Summer reading challenge")
    }];
    doc.flows = vec![flow(
        1,
        Direction::DepartmentToCm,
        Some(MARKETING),
        "Notes shared",
    )];
    doc.info_needs = vec![InfoNeed {
        id: 1,
        department_id: Some(MARKETING),
        what: "Campaign dates".into(),
        urgency: Urgency::ThisWeek,
        flow_id: Some(1),
    }];
    doc.recommendations = vec![recommendation(1, Decision::Accepted, day(2026, 10, 1))];
    // Fixed here, so that the tests do not follow changes to the defaults.
    doc.health_settings = HealthSettings {
        cm_weekly_hours: 20.0,
        answer_days: 30,
        ignored_share_percent: 25,
        stale_measurement_days: 60,
        low_fit: 2.5,
        high_fit: 4.0,
        access_review_months: 12,
        drill_months: 12,
    };
    // The rules people meet: house rules, a moderation matrix, a crisis
    // ladder rehearsed this year.
    doc.channels[0].comments_open = Some(true);
    doc.channels[0].moderator = "Ana".into();
    doc.policies = vec![Policy {
        id: 1,
        text: "Be kind; no personal data.".into(),
        status: PolicyStatus::Approved,
        review_by: Some(day(2027, 6, 1)),
        ..Policy::new(PolicyKind::HouseRules, "House rules")
    }];
    doc.moderation_rules = vec![ModerationRule {
        id: 1,
        decided_by: "Ana".into(),
        ..ModerationRule::new("Insults and threats", ModerationAction::Delete)
    }];
    doc.crisis_levels = vec![CrisisLevel {
        id: 1,
        decided_by: "Ana".into(),
        statements: vec![HoldingStatement {
            language: "English".into(),
            text: "We are looking into it.".into(),
        }],
        ..CrisisLevel::new(1, "Incident")
    }];
    doc.crisis = CrisisPlan {
        last_drill: Some(day(2026, 5, 4)),
        ..CrisisPlan::default()
    };
    doc
}

pub(crate) fn criterion(id: i64, name: &str, weight: u32) -> FitCriterion {
    FitCriterion {
        id,
        name: name.into(),
        description: String::new(),
        weight,
        position: id,
    }
}

/// A channel scored `score` on both criteria, taking 5 hours a week, run
/// by Ana with Ben as second administrator, two-factor on, reviewed in
/// September 2026, its four questions answered.
pub(crate) fn channel(id: i64, network: Network, status: ChannelStatus, score: u8) -> Channel {
    let mut channel = Channel {
        id,
        weekly_effort_hours: Some(5.0),
        fit_scores: vec![
            FitScore {
                criterion_id: 1,
                score,
            },
            FitScore {
                criterion_id: 2,
                score,
            },
        ],
        ..Channel::new(network, network.label(Lang::En), status)
    };
    channel.account.manager_id = Some(ANA);
    channel.account.admin_ids = vec![ANA, BEN];
    channel.account.two_factor = Some(true);
    channel.account.last_access_review = Some(day(2026, 9, 1));
    channel.account.answers = Answers {
        objectives: "Sign-ups".into(),
        audience: "Young readers".into(),
        resources: "Five hours a week of Ana".into(),
        content: "Reading tips and events".into(),
    };
    channel
}

/// A content pillar carried by `(channel, share)`.
pub(crate) fn pillar(id: i64, name: &str, shares: &[(i64, Option<f64>)]) -> Pillar {
    Pillar {
        id,
        objective_ids: vec![1],
        shares: shares
            .iter()
            .map(|(channel_id, percent)| PillarShare {
                channel_id: *channel_id,
                percent: *percent,
            })
            .collect(),
        ..Pillar::new(name)
    }
}

/// A SMART objective in progress, serving `channels`.
pub(crate) fn objective(id: i64, title: &str, channels: &[i64]) -> Objective {
    Objective {
        id,
        kpi_metric: "Sign-ups from Instagram links".into(),
        kpi_unit: "per month".into(),
        baseline: Some(50.0),
        target: Some(100.0),
        start: Some(day(2026, 3, 1)),
        deadline: Some(day(2027, 3, 1)),
        owner: "Ana".into(),
        status: ObjectiveStatus::Active,
        channel_ids: channels.to_vec(),
        department_ids: vec![MARKETING],
        ..Objective::new(title, ObjectiveKind::Leads)
    }
}

pub(crate) fn measurement(id: i64, objective_id: i64, date: NaiveDate) -> Measurement {
    Measurement {
        id,
        objective_id,
        date,
        value: 70.0,
        kind: rumbo_core::model::MeasurementKind::Value,
        note: String::new(),
    }
}

pub(crate) fn flow(
    id: i64,
    direction: Direction,
    department_id: Option<i64>,
    feedback: &str,
) -> Flow {
    Flow {
        id,
        department_ids: department_id.into_iter().collect(),
        feedback: feedback.into(),
        ..Flow::new("Monthly sync", direction, Cadence::AsNeeded)
    }
}

pub(crate) fn recommendation(id: i64, decision: Decision, date: NaiveDate) -> Recommendation {
    Recommendation {
        id,
        decision,
        ..Recommendation::new(&format!("Recommendation {id}"), date)
    }
}

/// The findings of one rule, in English.
pub(crate) fn fired(doc: &WorkspaceDoc, rule: &str) -> Vec<Finding> {
    fired_in(doc, rule, Lang::En)
}

/// The findings of one rule, in `lang`.
pub(crate) fn fired_in(doc: &WorkspaceDoc, rule: &str, lang: Lang) -> Vec<Finding> {
    crate::check(doc, today(), lang)
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// The ids of the rules that fire.
pub(crate) fn rules_fired(doc: &WorkspaceDoc) -> Vec<String> {
    let mut rules: Vec<String> = crate::check(doc, today(), Lang::En)
        .findings
        .into_iter()
        .map(|f| f.rule)
        .collect();
    rules.dedup();
    rules
}

#[test]
fn the_healthy_workspace_is_valid_and_passes_every_rule() {
    let doc = healthy();
    assert_eq!(doc.check(), Ok(()));
    let report = crate::check(&doc, today(), Lang::En);
    assert_eq!(report.findings, vec![]);
    assert_eq!(report.score, 100);
}
