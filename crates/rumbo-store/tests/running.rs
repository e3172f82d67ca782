//! Channels as they run, in a real workspace file: the gate of the four
//! questions, accounts and people, the editorial line, service levels, the
//! budget and the procedure — created, changed, deleted with what they
//! unlink, undone — and a version-4 file that migrates with its active
//! channels kept as they were.

use std::fs;

use chrono::NaiveDate;
use rumbo_core::error::{Because, FieldCode, IssueKind};
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{
    Answers, BudgetCategory, BudgetLine, Channel, ChannelStatus, Department, Duty, Flow, Network,
    Objective, Person, Phase, Pillar, PillarShare, ProcedureStep, ServiceLevel, StyleGuide,
};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::Workspace;

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn fields(error: Error) -> Vec<(&'static str, IssueKind)> {
    match error {
        Error::Validation(issues) => issues.into_iter().map(|i| (i.field, i.kind)).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn answered() -> Answers {
    Answers {
        objectives: "Registrations from young people".into(),
        audience: "Job seekers under 30".into(),
        resources: "Four hours a week".into(),
        content: "Courses and vacancies".into(),
    }
}

#[test]
fn a_channel_is_set_active_only_once_the_four_questions_are_answered() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("g.rumbo"), Lang::En));
    // Created active without answers: refused, at the status and each answer.
    let refused = ws.add(Channel::new(
        Network::Tiktok,
        "TikTok",
        ChannelStatus::Active,
    ));
    let issues = fields(refused.err().unwrap_or(Error::Internal(String::new())));
    assert_eq!(issues[0].0, "status");
    assert_eq!(
        issues[0].1,
        IssueKind::RequiredBecause {
            because: Because::AccountGate
        }
    );
    assert_eq!(issues.len(), 5);
    assert!(ok(ws.list::<Channel>()).is_empty(), "nothing was written");
    // The message says why, in both languages.
    let error = rumbo_core::error::FieldIssue::new(
        "status",
        IssueKind::RequiredBecause {
            because: Because::AccountGate,
        },
    );
    assert!(error.message(Lang::En).contains("four questions"));
    assert!(error.message(Lang::Es).contains("cuatro preguntas"));
    assert_eq!(error.code(), FieldCode::Required);

    // Planned, then answered, then active: accepted.
    let mut channel = ok(ws.add(Channel::new(
        Network::Tiktok,
        "TikTok",
        ChannelStatus::Planned,
    )));
    channel.status = ChannelStatus::Active;
    channel.account.answers.objectives = "Reach young people".into();
    assert!(ws.update(channel.clone()).is_err());
    assert_eq!(
        ok(ws.get::<Channel>(channel.id)).status,
        ChannelStatus::Planned
    );
    channel.account.answers = answered();
    let active = ok(ws.update(channel));
    assert_eq!(active.status, ChannelStatus::Active);
    // An answer it has cannot be taken away while it is active.
    let mut cleared = active.clone();
    cleared.account.answers.content.clear();
    assert!(ws.update(cleared).is_err());
}

#[test]
fn the_lifecycle_statuses_round_trip_and_list_in_order() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("l.rumbo"), Lang::En));
    for (name, status) in [
        ("d", ChannelStatus::Dormant),
        ("r", ChannelStatus::Requested),
        ("u", ChannelStatus::UnderReview),
        ("a", ChannelStatus::Active),
    ] {
        let mut channel = Channel::new(Network::Facebook, name, status);
        channel.account.answers = answered();
        let stored = ok(ws.add(channel));
        assert_eq!(stored.status, status);
    }
    let order: Vec<ChannelStatus> = ok(ws.list::<Channel>()).iter().map(|c| c.status).collect();
    assert_eq!(
        order,
        [
            ChannelStatus::Active,
            ChannelStatus::UnderReview,
            ChannelStatus::Requested,
            ChannelStatus::Dormant
        ]
    );
    // Back from a refined status to a plain one leaves nothing behind.
    let mut dormant = ok(ws.list::<Channel>())
        .into_iter()
        .find(|c| c.status == ChannelStatus::Dormant)
        .unwrap_or_else(|| panic!("no dormant channel"));
    dormant.status = ChannelStatus::Retired;
    assert_eq!(ok(ws.update(dormant)).status, ChannelStatus::Retired);
}

#[test]
fn people_accounts_and_the_editorial_line_link_and_unlink() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("p.rumbo"), Lang::En));
    let department = ok(ws.list::<Department>())[0].clone();
    let ana = ok(ws.add(Person {
        department_id: Some(department.id),
        weekly_hours: Some(12.5),
        ..Person::new("Ana Ruiz", Duty::AccountManager)
    }));
    let ben = ok(ws.add(Person::new("Ben Ortiz", Duty::Administrator)));
    let mut channel = Channel::new(Network::Instagram, "Instagram", ChannelStatus::Planned);
    channel.account.manager_id = Some(ana.id);
    channel.account.admin_ids = vec![ben.id, ana.id];
    channel.account.two_factor = Some(true);
    channel.account.last_access_review = NaiveDate::from_ymd_opt(2026, 9, 1);
    let channel = ok(ws.add(channel));
    assert_eq!(channel.account.admin_ids, vec![ana.id, ben.id]);
    // A link to a person who is not there is refused.
    let mut bad = channel.clone();
    bad.account.admin_ids.push(999);
    assert!(matches!(ws.update(bad), Err(Error::Validation(_))));

    let objective = ok(ws.add(Objective::new(
        "Double sign-ups",
        rumbo_core::model::ObjectiveKind::Leads,
    )));
    let pillar = ok(ws.add(Pillar {
        objective_ids: vec![objective.id],
        shares: vec![PillarShare {
            channel_id: channel.id,
            percent: Some(40.0),
        }],
        ..Pillar::new("Services")
    }));
    let style = ok(ws.add(StyleGuide {
        channel_ids: vec![channel.id],
        ..StyleGuide::new("Close")
    }));
    let level = ok(ws.add(ServiceLevel {
        channel_ids: vec![channel.id],
        opens: Some("08:00".into()),
        closes: Some("15:00".into()),
        ..ServiceLevel::new("Office hours")
    }));
    let line = ok(ws.add(BudgetLine {
        channel_ids: vec![channel.id],
        ..BudgetLine::new("Ads", BudgetCategory::PaidPromotion)
    }));
    let first = ok(ws.add(ProcedureStep::new(Phase::Opening, "Request")));
    let second = ok(ws.add(ProcedureStep::new(Phase::Opening, "Approval")));
    assert!(second.position > first.position, "a new step goes last");
    // Names of pillars, styles and levels are unique; budget lines are not.
    assert!(ws.add(Pillar::new("services")).is_err());
    assert!(ws.add(StyleGuide::new("CLOSE")).is_err());
    assert!(
        ws.add(BudgetLine::new("Ads", BudgetCategory::Tools))
            .is_ok()
    );

    // Deleting the person unlinks the account, and says so first.
    let impact = ok(ws.delete_impact(EntityKind::Person, ana.id));
    assert!(
        impact
            .groups
            .iter()
            .any(|g| g.kind == EntityKind::Channel && !g.removed && g.names == ["Instagram"])
    );
    let before = ok(ws.export());
    let token = ok(ws.delete(EntityKind::Person, ana.id));
    let after = ok(ws.get::<Channel>(channel.id));
    assert_eq!(after.account.manager_id, None);
    assert_eq!(after.account.admin_ids, vec![ben.id]);
    ok(ws.undo_delete(token.token));
    assert_eq!(
        ok(ws.export()),
        before,
        "undo restores the person and the links"
    );

    // Deleting the channel unlinks everything that names it.
    let impact = ok(ws.delete_impact(EntityKind::Channel, channel.id));
    for kind in [
        EntityKind::Pillar,
        EntityKind::StyleGuide,
        EntityKind::ServiceLevel,
        EntityKind::BudgetLine,
    ] {
        assert!(impact.groups.iter().any(|g| g.kind == kind), "{kind:?}");
    }
    ok(ws.delete(EntityKind::Channel, channel.id));
    assert!(ok(ws.get::<Pillar>(pillar.id)).shares.is_empty());
    assert!(ok(ws.get::<StyleGuide>(style.id)).channel_ids.is_empty());
    assert!(ok(ws.get::<ServiceLevel>(level.id)).channel_ids.is_empty());
    assert!(ok(ws.get::<BudgetLine>(line.id)).channel_ids.is_empty());
    // And the objective a pillar serves.
    let impact = ok(ws.delete_impact(EntityKind::Objective, objective.id));
    assert!(impact.groups.iter().any(|g| g.kind == EntityKind::Pillar));
}

#[test]
fn a_flow_reaches_several_departments() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("f.rumbo"), Lang::En));
    let ids: Vec<i64> = ok(ws.list::<Department>()).iter().map(|d| d.id).collect();
    let flow = ok(ws.add(Flow {
        department_ids: vec![ids[2], ids[0]],
        ..Flow::new(
            "Account managers' meeting",
            rumbo_core::model::Direction::CmToDepartment,
            rumbo_core::model::Cadence::AsNeeded,
        )
    }));
    let mut expected = vec![ids[0], ids[2]];
    expected.sort_unstable();
    assert_eq!(flow.department_ids, expected);
    // Without any department, only an all-staff flow is valid.
    let mut none = flow.clone();
    none.department_ids.clear();
    assert!(ws.update(none).is_err());
}

#[test]
fn the_sample_and_the_regional_registry_round_trip_through_a_real_file() {
    let dir = dir();
    for lang in Lang::ALL {
        for (name, doc) in [
            ("s", sample::workspace(lang)),
            ("r", rumbo_core::regional::workspace(lang)),
        ] {
            let path = dir.path().join(format!("{name}-{}.rumbo", lang.code()));
            let ws = ok(Workspace::create_from(&path, &doc));
            assert_eq!(ok(ws.export()), doc, "{name} {lang:?}");
        }
    }
}

#[test]
fn a_version_4_file_migrates_and_keeps_its_active_channels_as_they_were() {
    let dir = dir();
    let path = dir.path().join("v4.rumbo");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workspace-v4.rumbo"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&path));
    let doc = ok(ws.export());
    // The channels and flows the file held, each flow with its department.
    let v4: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/workspace-v4.json"))
            .unwrap_or_default();
    let mut expected = rumbo_core::interchange::WorkspaceDoc::from_json(include_str!(
        "../../../tests/fixtures/workspace-v4.json"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    // The two fixtures were saved with different document settings (a
    // title, a date, a hidden chapter); every record is the same.
    expected.document = doc.document.clone();
    assert_eq!(doc, expected);
    assert_eq!(doc.flows.len(), v4["flows"].as_array().map_or(0, Vec::len));
    // An active channel without answers is kept, and can still be edited…
    let mut active = doc
        .channels
        .iter()
        .find(|c| c.status == ChannelStatus::Active)
        .cloned()
        .unwrap_or_else(|| panic!("no active channel"));
    active.notes = "Edited after the migration".into();
    assert_eq!(
        ok(ws.update(active.clone())).notes,
        "Edited after the migration"
    );
    // …but one that is paused cannot be made active again without them.
    active.status = ChannelStatus::Paused;
    let paused = ok(ws.update(active));
    let mut again = paused.clone();
    again.status = ChannelStatus::Active;
    assert!(ws.update(again).is_err());
}
