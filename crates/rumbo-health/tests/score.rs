//! Properties of the readiness score, on many workspaces generated from the
//! sample: more errors of the same kind never score higher; an open error
//! keeps the score below "ready"; a near-empty workspace scores low;
//! accepting a finding never lowers the score.
//!
//! `RUMBO_FUZZ_CASES` sets the number of cases (default 64).

use chrono::NaiveDate;
use proptest::prelude::*;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Acknowledgement, ChannelStatus, ObjectiveStatus};
use rumbo_core::{Lang, sample};
use rumbo_health::check;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn cases() -> u32 {
    std::env::var("RUMBO_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

/// Aims that state presence, and KPIs, to vary the objectives with.
const PRESENCE: &[&str] = &[
    "Be on TikTok",
    "Estar presentes en las redes",
    "Reforzar nuestra presencia digital",
    "Have an active profile on Threads",
];
const KPIS: &[&str] = &[
    "",
    "Followers on Instagram",
    "Account created",
    "Sign-ups from social links",
    "Consultas atendidas en 24 horas",
];

/// What is done to one objective of the base workspace.
#[derive(Debug, Clone)]
struct ObjectiveTweak {
    status: u8,
    title: u8,
    kpi: u8,
    no_target: bool,
    no_owner: bool,
    past_deadline: bool,
}

fn tweak() -> impl Strategy<Value = ObjectiveTweak> {
    (
        0..8u8,
        0..8u8,
        0..8u8,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(status, title, kpi, no_target, no_owner, past_deadline)| ObjectiveTweak {
                status,
                title,
                kpi,
                no_target,
                no_owner,
                past_deadline,
            },
        )
}

/// A workspace: the sample in either language, with objectives copied and
/// changed, and parts of the strategy taken away.
#[derive(Debug, Clone)]
struct Shape {
    spanish: bool,
    copies: usize,
    tweaks: Vec<ObjectiveTweak>,
    no_flows: bool,
    no_audiences: bool,
    no_raci: bool,
    no_identity: bool,
    channels_unused: bool,
    campaigns_without_cm: bool,
    /// Which findings of the first check to accept, by index.
    accepted: Vec<usize>,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        any::<bool>(),
        0..12usize,
        proptest::collection::vec(tweak(), 0..20),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (any::<bool>(), any::<bool>()),
        proptest::collection::vec(0..40usize, 0..4),
    )
        .prop_map(
            |(spanish, copies, tweaks, (a, b, c, d), (e, f), accepted)| Shape {
                spanish,
                copies,
                tweaks,
                no_flows: a,
                no_audiences: b,
                no_raci: c,
                no_identity: d,
                channels_unused: e,
                campaigns_without_cm: f,
                accepted,
            },
        )
}

fn build(shape: &Shape) -> WorkspaceDoc {
    let lang = if shape.spanish { Lang::Es } else { Lang::En };
    let mut doc = sample::workspace(lang);
    let first = doc.objectives[0].clone();
    for n in 0..shape.copies {
        let id = 100 + i64::try_from(n).unwrap_or(0);
        doc.objectives.push(rumbo_core::model::Objective {
            id,
            title: format!("{} ({id})", first.title),
            ..first.clone()
        });
    }
    for (objective, t) in doc.objectives.iter_mut().zip(&shape.tweaks) {
        objective.status = match t.status {
            0 => ObjectiveStatus::Draft,
            1 => ObjectiveStatus::Dropped,
            2 => ObjectiveStatus::Achieved,
            _ => ObjectiveStatus::Active,
        };
        if let Some(title) = PRESENCE.get(usize::from(t.title)) {
            objective.title = format!("{title} {}", objective.id);
        }
        if let Some(kpi) = KPIS.get(usize::from(t.kpi)) {
            objective.kpi_metric = (*kpi).to_string();
        }
        if t.no_target {
            objective.target = None;
        }
        if t.no_owner {
            objective.owner.clear();
        }
        if t.past_deadline {
            objective.deadline = NaiveDate::from_ymd_opt(2026, 6, 30);
        }
    }
    if shape.no_flows {
        doc.flows.clear();
        for need in &mut doc.info_needs {
            need.flow_id = None;
        }
    }
    if shape.no_audiences {
        doc.audiences.clear();
        for channel in &mut doc.channels {
            channel.audience_ids.clear();
        }
    }
    if shape.no_raci {
        doc.raci.clear();
    }
    if shape.no_identity {
        doc.profile.culture.clear();
        doc.profile.values.clear();
        doc.profile.brand_voice.clear();
    }
    if shape.channels_unused {
        for channel in &mut doc.channels {
            if channel.status.is_in_use() {
                channel.status = ChannelStatus::Considered;
            }
        }
    }
    if shape.campaigns_without_cm {
        for campaign in &mut doc.campaigns {
            campaign.cm_involved = false;
        }
    }
    let findings = check(&doc, today(), lang).findings;
    doc.acknowledgements = shape
        .accepted
        .iter()
        .filter_map(|i| findings.get(*i))
        .map(|f| Acknowledgement {
            key: f.key.clone(),
            reason: "Known.".into(),
            date: today(),
        })
        .collect();
    doc.acknowledgements.dedup_by(|a, b| a.key == b.key);
    doc
}

/// An error put into one record, as a person would make it.
#[derive(Debug, Clone, Copy)]
enum Mistake {
    /// The objective's title becomes presence.
    Presence,
    /// The objective's KPI is emptied.
    NoKpi,
    /// The campaign affects the community and was decided without the CM.
    CampaignWithoutCm,
}

fn make(doc: &mut WorkspaceDoc, mistake: Mistake, index: usize) {
    match mistake {
        Mistake::Presence => {
            if let Some(o) = doc.objectives.get_mut(index) {
                o.title = format!("Estar en TikTok {}", o.id);
            }
        }
        Mistake::NoKpi => {
            if let Some(o) = doc.objectives.get_mut(index) {
                o.kpi_metric.clear();
            }
        }
        Mistake::CampaignWithoutCm => {
            if let Some(c) = doc.campaigns.get_mut(index) {
                c.affects_community = true;
                c.cm_involved = false;
            }
        }
    }
}

fn lang(doc: &WorkspaceDoc) -> Lang {
    if doc.profile.name.starts_with("Agencia") {
        Lang::Es
    } else {
        Lang::En
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn more_errors_of_one_kind_never_score_higher(
        shape in shape(),
        mistake in prop_oneof![
            Just(Mistake::Presence),
            Just(Mistake::NoKpi),
            Just(Mistake::CampaignWithoutCm)
        ],
        order in proptest::collection::vec(0..20usize, 1..8),
    ) {
        let mut doc = build(&shape);
        let lang = lang(&doc);
        let mut before = check(&doc, today(), lang);
        for index in order {
            make(&mut doc, mistake, index);
            let after = check(&doc, today(), lang);
            prop_assert!(
                after.score <= before.score,
                "{mistake:?} on record {index}: {} errors scored {}, then {} errors scored {}",
                before.counts.errors, before.score, after.counts.errors, after.score
            );
            prop_assert!(after.points <= before.points);
            before = after;
        }
    }

    #[test]
    fn an_open_error_keeps_the_score_out_of_ready(shape in shape()) {
        let doc = build(&shape);
        let report = check(&doc, today(), lang(&doc));
        prop_assert!(report.score <= 100 && report.points <= 100);
        prop_assert_eq!(report.score, report.points.min(report.ceiling));
        if report.counts.errors > 0 {
            prop_assert!(report.score <= 69, "{} with {} errors", report.score, report.counts.errors);
        }
        if report.missing.len() >= 4 {
            prop_assert!(report.score <= 30, "{} with {:?} missing", report.score, report.missing);
        }
    }

    #[test]
    fn accepting_a_finding_never_lowers_the_score(shape in shape(), pick in 0..40usize) {
        let mut doc = build(&shape);
        let lang = lang(&doc);
        let before = check(&doc, today(), lang);
        let open: Vec<String> = before
            .findings
            .iter()
            .filter(|f| f.acknowledged.is_none())
            .map(|f| f.key.clone())
            .collect();
        if let Some(key) = open.get(pick % open.len().max(1)) {
            doc.acknowledgements.push(Acknowledgement {
                key: key.clone(),
                reason: "Known.".into(),
                date: today(),
            });
            let after = check(&doc, today(), lang);
            prop_assert!(after.score >= before.score, "accepting {key}: {} then {}", before.score, after.score);
        }
    }
}

#[test]
fn the_sample_is_not_ready_with_its_two_errors_and_says_why() {
    for lang in Lang::ALL {
        let report = check(&sample::workspace(lang), today(), lang);
        assert_eq!(report.counts.errors, 2);
        assert_eq!(report.missing, []);
        assert_eq!(report.ceiling, 64);
        assert!(report.points > report.ceiling);
        assert_eq!(report.score, 64);
    }
}
