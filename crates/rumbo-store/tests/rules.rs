//! The rules people meet in a real workspace file: policies (one of each
//! kind but "other"), the moderation matrix and its channels, protocols
//! with their steps, the crisis ladder (one level per step), the pause
//! checklist that goes with its channel, the playbook's settings that
//! follow a deleted channel and come back with an undo, and a version 4
//! file that gains them all empty.

use std::fs;

use chrono::NaiveDate;
use rumbo_core::error::{FieldCode, IssueKind};
use rumbo_core::ipc::{EntityKind, WorkspacePart};
use rumbo_core::model::{
    Channel, CrisisLevel, CrisisPlan, HoldingStatement, ModerationAction, ModerationRule,
    PauseStep, PauseWhat, Policy, PolicyKind, Protocol, ProtocolKind, ProtocolStep,
};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::Workspace;

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn field_of(error: Error) -> (&'static str, FieldCode) {
    match error {
        Error::Validation(issues) => (issues[0].field, issues[0].code()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_workspace_holds_one_policy_of_each_kind_but_any_number_of_others() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("p.rumbo"), Lang::En));
    let rules = ok(ws.add(Policy {
        text: "  Be kind.  ".into(),
        ..Policy::new(PolicyKind::HouseRules, " House rules ")
    }));
    assert_eq!(
        (rules.title.as_str(), rules.text.as_str()),
        ("House rules", "Be kind.")
    );
    let again = ws
        .add(Policy::new(PolicyKind::HouseRules, "More house rules"))
        .err()
        .map(field_of);
    assert_eq!(again, Some(("kind", FieldCode::Duplicate)));
    // The message says what to do, in both languages.
    let issue = rumbo_core::error::FieldIssue::new(
        "kind",
        IssueKind::OneOfAKind {
            entity: rumbo_core::error::Entity::Policy,
        },
    );
    assert_eq!(
        issue.message(Lang::En),
        "There is already a policy of this kind: edit that one, or choose another kind."
    );
    assert_eq!(
        issue.message(Lang::Es),
        "Ya hay una política de este tipo: edita esa, o elige otro tipo."
    );
    ok(ws.add(Policy::new(PolicyKind::Other, "Photography")));
    ok(ws.add(Policy::new(PolicyKind::Other, "Volunteers")));
    // A policy may change kind, but not to one already taken.
    let mut staff = ok(ws.add(Policy::new(PolicyKind::StaffUse, "Staff use")));
    staff.kind = PolicyKind::HouseRules;
    assert_eq!(
        ws.update(staff.clone()).err().map(field_of),
        Some(("kind", FieldCode::Duplicate))
    );
    staff.kind = PolicyKind::Other;
    assert_eq!(ok(ws.update(staff)).kind, PolicyKind::Other);
    assert_eq!(ok(ws.list::<Policy>()).len(), 4);
}

#[test]
fn the_ladder_has_one_level_per_step_and_keeps_its_statements() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("c.rumbo"), Lang::Es));
    let level = ok(ws.add(CrisisLevel {
        statements: vec![HoldingStatement {
            language: " Español ".into(),
            text: "Lo estamos revisando.".into(),
        }],
        department_ids: vec![2, 1],
        pause: true,
        ..CrisisLevel::new(2, "Problema grave")
    }));
    assert_eq!(level.department_ids, [1, 2]);
    assert_eq!(level.statements[0].language, "Español");
    assert_eq!(ok(ws.get::<CrisisLevel>(level.id)), level);
    assert_eq!(
        ws.add(CrisisLevel::new(2, "Otro")).err().map(field_of),
        Some(("rank", FieldCode::Duplicate))
    );
    let first = ok(ws.add(CrisisLevel::new(1, "Incidencia")));
    let ranks: Vec<u32> = ok(ws.list::<CrisisLevel>())
        .iter()
        .map(|l| l.rank)
        .collect();
    assert_eq!(ranks, [1, 2], "the ladder from the mildest level");
    // Deleting a department unlinks it from the levels that call it in.
    let impact = ok(ws.delete_impact(EntityKind::Department, 1));
    assert!(
        impact
            .groups
            .iter()
            .any(|g| g.kind == EntityKind::CrisisLevel && !g.removed),
        "{impact:?}"
    );
    ok(ws.delete(EntityKind::Department, 1));
    assert_eq!(ok(ws.get::<CrisisLevel>(level.id)).department_ids, [2]);
    assert!(
        ok(ws.get::<CrisisLevel>(first.id))
            .department_ids
            .is_empty()
    );
}

#[test]
fn a_channel_takes_its_pause_items_and_the_single_voice_and_undo_brings_them_back() {
    let dir = dir();
    let mut ws = ok(Workspace::create_from(
        &dir.path().join("s.rumbo"),
        &sample::workspace(Lang::En),
    ));
    let before = ok(ws.export());
    let instagram = before.crisis.spokes_channel_id.unwrap_or_default();
    assert!(
        before
            .pause_steps
            .iter()
            .any(|s| s.channel_id == Some(instagram))
    );
    let impact = ok(ws.delete_impact(EntityKind::Channel, instagram));
    assert!(
        impact
            .groups
            .iter()
            .any(|g| g.kind == EntityKind::PauseStep && g.removed),
        "{impact:?}"
    );
    let _ = ws.take_change();
    let token = ok(ws.delete(EntityKind::Channel, instagram));
    let change = ws.take_change();
    assert!(change.kinds.contains(&EntityKind::PauseStep), "{change:?}");
    assert!(
        change.parts.contains(&WorkspacePart::CrisisPlan),
        "{change:?}"
    );
    let after = ok(ws.export());
    assert_eq!(after.crisis.spokes_channel_id, None);
    assert!(
        after
            .pause_steps
            .iter()
            .all(|s| s.channel_id != Some(instagram))
    );
    // A step for every channel stays.
    assert!(after.pause_steps.iter().any(|s| s.channel_id.is_none()));
    ok(ws.undo_delete(token.token));
    assert_eq!(ok(ws.export()), before);
}

#[test]
fn the_matrix_protocols_and_the_playbook_round_trip_through_a_real_file() {
    let dir = dir();
    let path = dir.path().join("m.rumbo");
    let mut ws = ok(Workspace::create(&path, Lang::En));
    let channel = ok(ws.add(Channel {
        comments_open: Some(true),
        moderator: " Ana ".into(),
        ..Channel::new(
            rumbo_core::model::Network::Instagram,
            "Instagram",
            rumbo_core::model::ChannelStatus::Planned,
        )
    }));
    assert_eq!(
        (channel.comments_open, channel.moderator.as_str()),
        (Some(true), "Ana")
    );
    let rule = ok(ws.add(ModerationRule {
        decided_by: "Head of Communication".into(),
        recorded: Some(true),
        channel_ids: vec![channel.id],
        ..ModerationRule::new("Insults", ModerationAction::Delete)
    }));
    assert_eq!(
        ws.add(ModerationRule::new("insults", ModerationAction::Hide))
            .err()
            .map(field_of),
        Some(("situation", FieldCode::Duplicate))
    );
    let protocol = ok(ws.add(Protocol {
        steps: vec![
            ProtocolStep {
                what: "Acknowledge in public".into(),
                who: "Social media team".into(),
                within: "4 hours".into(),
            },
            ProtocolStep {
                what: "Answer privately".into(),
                who: String::new(),
                within: String::new(),
            },
        ],
        ..Protocol::new(ProtocolKind::Complaints, "Complaints")
    }));
    let step = ok(ws.add(PauseStep::new(
        Some(channel.id),
        PauseWhat::Ads,
        "Ads manager",
    )));
    let plan = ok(ws.set_crisis_plan(CrisisPlan {
        spokes_channel_id: Some(channel.id),
        single_voice: " Only Instagram speaks. ".into(),
        post_mortem: String::new(),
        last_drill: NaiveDate::from_ymd_opt(2026, 5, 4),
    }));
    assert_eq!(plan.single_voice, "Only Instagram speaks.");
    assert!(matches!(
        ws.set_crisis_plan(CrisisPlan {
            spokes_channel_id: Some(999),
            ..CrisisPlan::default()
        }),
        Err(Error::Validation(_))
    ));
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.get::<ModerationRule>(rule.id)), rule);
    assert_eq!(ok(ws.get::<Protocol>(protocol.id)).steps.len(), 2);
    assert_eq!(ok(ws.get::<PauseStep>(step.id)), step);
    assert_eq!(ok(ws.crisis_plan()), plan);
    let doc = ok(ws.export());
    let copy = dir.path().join("copy.rumbo");
    let imported = ok(Workspace::create_from(&copy, &doc));
    assert_eq!(ok(imported.export()), doc);
}

#[test]
fn a_version_4_file_gains_the_rules_empty_and_keeps_its_data() {
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
    assert!(
        doc.channels
            .iter()
            .all(|c| c.comments_open.is_none() && c.moderator.is_empty())
    );
    assert!(doc.policies.is_empty() && doc.crisis_levels.is_empty());
    assert_eq!(doc.crisis, CrisisPlan::default());
    assert_eq!(doc.health_settings.drill_months, 12);
    // What the version 4 file held is kept: the same records as its JSON
    // export of that day (saved with other document settings).
    let mut expected = rumbo_core::interchange::WorkspaceDoc::from_json(include_str!(
        "../../../tests/fixtures/workspace-v4.json"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    expected.document = doc.document.clone();
    assert_eq!(doc, expected);
    ok(ws.add(Policy::new(PolicyKind::HouseRules, "House rules")));
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.list::<Policy>()).len(), 1);
    let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap_or(0);
    assert_eq!(version, i64::from(rumbo_store::open::schema_version()));
}
