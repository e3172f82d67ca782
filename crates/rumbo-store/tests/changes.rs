//! What a write says it changed (`Workspace::take_change`): the kinds of
//! records and the other parts of the workspace its transaction touched,
//! rows that foreign keys cascaded to included, and nothing it did not.

use rumbo_core::ipc::{EntityKind, WorkspacePart};
use rumbo_core::model::{Channel, Department, HealthSettings, Measurement, Objective};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::Workspace;

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn sample_workspace(dir: &tempfile::TempDir) -> Workspace {
    let mut ws = ok(Workspace::create_from(
        &dir.path().join("changes.rumbo"),
        &sample::workspace(Lang::En),
    ));
    ws.take_change();
    ws
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

/// A channel of the sample with an owner department and audiences.
fn owned_channel(ws: &Workspace) -> Channel {
    ok(ws.list::<Channel>())
        .into_iter()
        .find(|c| c.owner_department_id.is_some() && !c.audience_ids.is_empty())
        .unwrap_or_else(|| panic!("the sample has an owned channel with audiences"))
}

#[test]
fn saving_a_channel_without_touching_its_links_changes_only_channels() {
    let dir = dir();
    let mut ws = sample_workspace(&dir);
    let mut channel = owned_channel(&ws);
    channel.name.push_str(" (renamed)");
    ok(ws.update(channel));
    let change = ws.take_change();
    assert_eq!(change.kinds, [EntityKind::Channel]);
    assert!(change.parts.is_empty());
    assert_eq!(
        ws.take_change().kinds,
        [],
        "a change is reported once, then forgotten"
    );
}

#[test]
fn a_changed_link_shows_on_both_sides() {
    let dir = dir();
    let mut ws = sample_workspace(&dir);
    let mut channel = owned_channel(&ws);
    channel.audience_ids.pop();
    ok(ws.update(channel));
    assert_eq!(
        ws.take_change().kinds,
        [EntityKind::Audience, EntityKind::Channel]
    );
}

#[test]
fn a_deletion_reports_what_its_foreign_keys_cascaded_to() {
    let dir = dir();
    let mut ws = sample_workspace(&dir);
    let owner = owned_channel(&ws)
        .owner_department_id
        .unwrap_or_else(|| panic!("owned"));
    ok(ws.delete(EntityKind::Department, owner));
    let kinds = ws.take_change().kinds;
    for kind in [
        EntityKind::Department,
        EntityKind::Channel,
        EntityKind::RaciCell,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from {kinds:?}");
    }
    assert!(
        !kinds.contains(&EntityKind::FitCriterion),
        "nothing links a department to a criterion: {kinds:?}"
    );
}

#[test]
fn an_undo_reports_what_it_put_back() {
    let dir = dir();
    let mut ws = sample_workspace(&dir);
    let measured: Vec<i64> = ok(ws.list::<Measurement>())
        .iter()
        .map(|m| m.objective_id)
        .collect();
    let objective = ok(ws.list::<Objective>())
        .into_iter()
        .find(|o| measured.contains(&o.id))
        .unwrap_or_else(|| panic!("the sample has a measured objective"));
    let token = ok(ws.delete(EntityKind::Objective, objective.id));
    ws.take_change();
    ok(ws.undo_delete(token.token));
    let kinds = ws.take_change().kinds;
    assert!(kinds.contains(&EntityKind::Objective), "{kinds:?}");
    assert!(kinds.contains(&EntityKind::Measurement), "{kinds:?}");
}

#[test]
fn a_refused_write_changes_nothing() {
    let dir = dir();
    let mut ws = sample_workspace(&dir);
    assert!(ws.add(Department::new("  ")).is_err());
    let change = ws.take_change();
    assert!(change.kinds.is_empty() && change.parts.is_empty());
}

#[test]
fn the_workspace_s_other_parts_are_named_as_parts() {
    let dir = dir();
    let mut ws = sample_workspace(&dir);
    let settings = HealthSettings {
        answer_days: 45,
        ..ok(ws.health_settings())
    };
    ok(ws.set_health_settings(settings));
    let change = ws.take_change();
    assert!(change.kinds.is_empty());
    assert_eq!(change.parts, [WorkspacePart::HealthSettings]);
}
