//! The whole strategy in a real workspace file: every kind of record, links
//! both ways, deletions that say what they unlink and can be undone,
//! migrations of older files, and KPI imports that are all or nothing.

use std::fs;

use chrono::NaiveDate;
use rumbo_core::ipc::EntityKind;
use rumbo_core::kpi_csv::{CsvMapping, DateOrder, DecimalMark};
use rumbo_core::model::{
    Acknowledgement, Activity, Audience, Campaign, Channel, Department, DocSection,
    DocumentSettings, FitCriterion, Flow, HealthSettings, InfoNeed, Measurement, Objective,
    RaciRole, Recommendation,
};
use rumbo_core::model::{Approval, ChapterText, Classification, EntryKind, Gender};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::{Record, Workspace};

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn sample_workspace(dir: &tempfile::TempDir, lang: Lang) -> Workspace {
    ok(Workspace::create_from(
        &dir.path().join(format!("s-{}.rumbo", lang.code())),
        &sample::workspace(lang),
    ))
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_new_workspace_is_seeded_in_its_language() {
    let dir = dir();
    let ws = ok(Workspace::create(&dir.path().join("nuevo.rumbo"), Lang::Es));
    let names: Vec<String> = ok(ws.list::<Department>())
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert_eq!(
        names,
        [
            "Atención al cliente",
            "Editorial",
            "Marketing",
            "Redes sociales"
        ]
    );
    assert_eq!(ok(ws.list::<Activity>()).len(), 6);
    assert_eq!(ok(ws.list::<FitCriterion>()).len(), 5);
}

#[test]
fn the_sample_round_trips_through_a_real_file_in_both_languages() {
    let dir = dir();
    for lang in Lang::ALL {
        let ws = sample_workspace(&dir, lang);
        assert_eq!(ok(ws.export()), sample::workspace(lang));
    }
}

fn every_kind(ws: &Workspace) -> Vec<usize> {
    vec![
        ok(ws.list::<Department>()).len(),
        ok(ws.list::<Activity>()).len(),
        ok(ws.raci()).len(),
        ok(ws.list::<Audience>()).len(),
        ok(ws.list::<FitCriterion>()).len(),
        ok(ws.list::<Channel>()).len(),
        ok(ws.list::<Objective>()).len(),
        ok(ws.list::<Measurement>()).len(),
        ok(ws.list::<Campaign>()).len(),
        ok(ws.list::<Flow>()).len(),
        ok(ws.list::<InfoNeed>()).len(),
        ok(ws.list::<Recommendation>()).len(),
    ]
}

#[test]
fn deleting_a_department_says_what_it_unlinks_and_undo_brings_everything_back() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::En);
    let before = ok(ws.export());
    let counts = every_kind(&ws);
    let it = ok(ws.list::<Department>())
        .into_iter()
        .find(|d| d.name == "Citizen service")
        .map(|d| d.id)
        .unwrap_or(0);

    let impact = ok(ws.delete_impact(EntityKind::Department, it));
    assert_eq!(impact.name, "Citizen service");
    let channels = impact
        .groups
        .iter()
        .find(|g| g.kind == EntityKind::Channel)
        .map(|g| g.names.clone());
    assert_eq!(
        channels,
        Some(vec!["Facebook — towns and families".to_string()])
    );
    assert!(
        impact
            .groups
            .iter()
            .any(|g| g.kind == EntityKind::InfoNeed && g.removed)
    );
    assert!(
        impact
            .groups
            .iter()
            .any(|g| g.kind == EntityKind::RaciCell && g.removed)
    );

    let token = ok(ws.delete(EntityKind::Department, it));
    assert!(matches!(
        ws.get::<Department>(it),
        Err(Error::NotFound { .. })
    ));
    let facebook = ok(ws.list::<Channel>())
        .into_iter()
        .find(|c| c.name.starts_with("Facebook"));
    assert_eq!(
        facebook.and_then(|c| c.owner_department_id),
        None,
        "the channel lost its owner"
    );
    assert!(every_kind(&ws) != counts);

    ok(ws.undo_delete(token.token));
    assert_eq!(ok(ws.export()), before, "undo restores every row and link");
    assert!(ws.undo_delete(token.token).is_err(), "an undo happens once");
}

#[test]
fn deleting_a_department_removes_the_flows_that_need_it_and_the_workspace_stays_valid() {
    use rumbo_core::model::Direction;
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::En);
    let before = ok(ws.export());
    // Every department in turn: what is left must still be a valid
    // workspace (export → JSON → import), as the fuzzer of the commands
    // found it was not when a flow lost the department it talks to.
    for department in ok(ws.list::<Department>()) {
        let flows: Vec<Flow> = ok(ws.list::<Flow>())
            .into_iter()
            .filter(|f| f.department_ids.contains(&department.id))
            .collect();
        let impact = ok(ws.delete_impact(EntityKind::Department, department.id));
        let token = ok(ws.delete(EntityKind::Department, department.id));
        let left = ok(ws.list::<Flow>());
        for flow in &flows {
            let kept = left.iter().find(|f| f.id == flow.id);
            let named = |removed: bool| {
                impact.groups.iter().any(|g| {
                    g.kind == EntityKind::Flow
                        && g.removed == removed
                        && g.names.contains(&flow.name)
                })
            };
            if flow.direction == Direction::AllStaff || flow.department_ids.len() > 1 {
                // It reaches all staff, or other departments too: it stays.
                let others: Vec<i64> = flow
                    .department_ids
                    .iter()
                    .copied()
                    .filter(|id| *id != department.id)
                    .collect();
                assert_eq!(
                    kept.map(|f| f.department_ids.clone()),
                    Some(others),
                    "{}",
                    flow.name
                );
                assert!(named(false), "{} is listed as unlinked", flow.name);
            } else {
                assert!(kept.is_none(), "{} went with its department", flow.name);
                assert!(named(true), "{} is listed as removed", flow.name);
            }
        }
        let json = ok(ok(ws.export()).to_json());
        let reread = rumbo_core::interchange::WorkspaceDoc::from_json(&json);
        assert!(
            reread.is_ok(),
            "after deleting {}: {reread:?}",
            department.name
        );
        ok(ws.undo_delete(token.token));
    }
    assert_eq!(ok(ws.export()), before, "every undo restored everything");
}

#[test]
fn deleting_an_objective_removes_its_measurements_and_undo_restores_them() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::Es);
    let before = ok(ws.export());
    let impact = ok(ws.delete_impact(EntityKind::Objective, 1));
    assert!(
        impact
            .groups
            .iter()
            .any(|g| g.kind == EntityKind::Measurement && g.removed && g.names.len() == 9)
    );
    let token = ok(ws.delete(EntityKind::Objective, 1));
    assert!(ok(ws.measurements(1)).is_empty());
    ok(ws.undo_delete(token.token));
    assert_eq!(ok(ws.export()), before);
}

#[test]
fn links_must_point_at_existing_records_and_names_are_unique_per_kind() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::En);
    let mut objective = Objective::new(
        "Grow the newsletter",
        rumbo_core::model::ObjectiveKind::Retention,
    );
    objective.channel_ids = vec![4242];
    match ws.add(objective) {
        Err(Error::Validation(issues)) => assert_eq!(issues[0].field, "channelIds"),
        other => panic!("{other:?}"),
    }
    match ws.add(Department::new("  it  ")) {
        Err(Error::Validation(issues)) => assert_eq!(issues[0].field, "name"),
        other => panic!("{other:?}"),
    }
    let date = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default();
    let twice = Measurement {
        id: 0,
        objective_id: 1,
        date,
        value: 1.0,
        kind: rumbo_core::model::MeasurementKind::Value,
        note: String::new(),
    };
    match ws.add(twice) {
        Err(Error::Validation(issues)) => assert_eq!(issues[0].field, "date"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn links_are_seen_from_both_sides_and_the_raci_grid_is_editable() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::En);
    let mut audience = ok(ws.add(Audience::new("Students")));
    audience.channel_ids = vec![1, 2];
    let audience = ok(ws.update(audience));
    let linkedin = ok(ws.get::<Channel>(1));
    assert!(linkedin.audience_ids.contains(&audience.id));

    ok(ws.set_raci(7, 1, Some(RaciRole::Consulted)));
    assert!(
        ok(ws.raci())
            .iter()
            .any(|c| c.department_id == 7 && c.activity_id == 1 && c.role == RaciRole::Consulted)
    );
    ok(ws.set_raci(7, 1, None));
    assert!(
        !ok(ws.raci())
            .iter()
            .any(|c| c.department_id == 7 && c.activity_id == 1)
    );
    assert!(matches!(
        ws.set_raci(999, 1, Some(RaciRole::Informed)),
        Err(Error::NotFound { .. })
    ));

    let matrix = ok(ws.set_fit_score(7, 1, Some(5)));
    assert!(
        matrix
            .rows
            .iter()
            .any(|r| r.channel_id == 7
                && r.scores.iter().any(|s| s.criterion_id == 1 && s.score == 5))
    );
    assert!(ws.set_fit_score(7, 1, Some(6)).is_err());
    let order = ok(ws.reorder_activities(&[6, 5]));
    assert_eq!(
        order.iter().map(|a| a.id).take(3).collect::<Vec<_>>(),
        [6, 5, 1]
    );
}

#[test]
fn a_version_1_workspace_file_is_migrated_and_keeps_its_data() {
    let dir = dir();
    let path = dir.path().join("old.rumbo");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workspace-v1.rumbo"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.list::<Channel>()).len(), 9);
    assert_eq!(ok(ws.profile()).name, "Valdoria Regional Employment Agency");
    let department = ok(ws.add(Department::new("Marketing")));
    let mut channel = ok(ws.get::<Channel>(1));
    channel.owner_department_id = Some(department.id);
    assert_eq!(
        ok(ws.update(channel)).owner_department_id,
        Some(department.id)
    );
    ok(ws.close());
    let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap_or(0);
    assert_eq!(version, rumbo_store::open::schema_version());
}

#[test]
fn a_version_2_workspace_file_gains_the_health_settings_and_keeps_its_data() {
    let dir = dir();
    let path = dir.path().join("v2.rumbo");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workspace-v2.rumbo"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&path));
    let doc = ok(ws.export());
    assert_eq!(doc.channels.len(), 10);
    assert_eq!(doc.profile.name, "Agencia Regional de Empleo de Valdoria");
    assert_eq!(doc.health_settings, HealthSettings::default());
    assert!(doc.acknowledgements.is_empty());
    let ack = ok(ws.acknowledge(Acknowledgement {
        key: "channel-low-fit-active/channel/4".into(),
        reason: "  Older job seekers are still there.  ".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
    }));
    assert_eq!(ack.reason, "Older job seekers are still there.");
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.acknowledgements()), vec![ack]);
}

#[test]
fn health_settings_are_validated_and_kept() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::En);
    let bad = HealthSettings {
        cm_weekly_hours: -1.0,
        ..HealthSettings::default()
    };
    match ws.set_health_settings(bad) {
        Err(Error::Validation(issues)) => assert_eq!(issues[0].field, "cmWeeklyHours"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(ok(ws.health_settings()), HealthSettings::default());
    let tighter = HealthSettings {
        cm_weekly_hours: 10.0,
        answer_days: 14,
        ..HealthSettings::default()
    };
    ok(ws.set_health_settings(tighter.clone()));
    assert_eq!(ok(ws.export()).health_settings, tighter);
    match ws.acknowledge(Acknowledgement {
        key: "identity-empty/profile/culture".into(),
        reason: String::new(),
        date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
    }) {
        Err(Error::Validation(issues)) => assert_eq!(issues[0].field, "reason"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert!(ok(ws.acknowledgements()).is_empty());
}

fn mapping() -> CsvMapping {
    CsvMapping {
        delimiter: ";".into(),
        has_header: true,
        date_column: 0,
        value_column: 1,
        date_order: DateOrder::DayMonthYear,
        decimal_mark: DecimalMark::Comma,
    }
}

#[test]
fn a_kpi_csv_import_is_all_or_nothing_and_replaces_values_on_the_same_date() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::Es);
    let before = ok(ws.measurements(2));
    let bad = "Fecha;Valor\n30/11/2026;88\n31/12/2026;90\n32/12/2026;91\n";
    match ws.import_measurements(2, bad, &mapping()) {
        Err(error @ Error::CsvInvalid { .. }) => assert!(
            error.message(Lang::Es).contains("línea 4"),
            "{}",
            error.message(Lang::Es)
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(ok(ws.measurements(2)), before, "nothing was imported");

    let good = "Fecha;Valor\n30/11/2026;88,5\n31/12/2026;90\n";
    assert_eq!(ok(ws.import_measurements(2, good, &mapping())), 2);
    let after = ok(ws.measurements(2));
    assert_eq!(after.len(), before.len() + 1, "30/11 replaced, 31/12 added");
    assert_eq!(
        after
            .iter()
            .find(|m| m.date == NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default())
            .map(|m| m.value),
        Some(88.5)
    );
}

#[test]
fn records_of_every_kind_are_created_updated_and_listed() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("e.rumbo"), Lang::En));
    let marketing = ok(ws.list::<Department>())
        .into_iter()
        .find(|d| d.name == "Marketing")
        .map(|d| d.id);
    let date = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    let flow = ok(ws.add(Flow {
        department_ids: marketing.into_iter().collect(),
        ..Flow::new(
            "Weekly sync",
            rumbo_core::model::Direction::CmToDepartment,
            rumbo_core::model::Cadence::Weekly {
                start: Some(date),
                every_weeks: 1,
                until: None,
            },
        )
    }));
    let need = ok(ws.add(InfoNeed {
        id: 0,
        department_id: marketing,
        what: "Campaign plans".into(),
        urgency: rumbo_core::model::Urgency::ThisWeek,
        flow_id: Some(flow.id),
    }));
    let rec = ok(ws.add(Recommendation::new("Involve the CM", date)));
    let campaign = ok(ws.add(Campaign {
        department_id: marketing,
        cm_involved: false,
        ..Campaign::new("Spring")
    }));
    assert_eq!(ok(ws.get::<InfoNeed>(need.id)).flow_id, Some(flow.id));
    assert_eq!(ok(ws.get::<Recommendation>(rec.id)).title, "Involve the CM");
    assert!(!ok(ws.get::<Campaign>(campaign.id)).cm_involved);
    let counts = ok(ws.counts());
    assert_eq!(
        (
            counts.of(EntityKind::Flow),
            counts.of(EntityKind::InfoNeed),
            counts.of(EntityKind::Recommendation),
            counts.pending_recommendations
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(<Campaign as Record>::TABLE, "campaign");
}

#[test]
fn a_version_3_file_gains_document_settings_and_versions() {
    let dir = dir();
    let path = dir.path().join("v3.rumbo");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workspace-v3.rumbo"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.document_settings()), DocumentSettings::default());
    assert!(ok(ws.versions()).is_empty());
    let saved = ok(ws.set_document_settings(DocumentSettings {
        title: " Plan 2027 ".into(),
        lang: Lang::Es,
        hidden_sections: vec![DocSection::Roadmap],
        ..DocumentSettings::default()
    }));
    assert_eq!(saved.title, "Plan 2027");
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.document_settings()), saved);
    assert_eq!(ok(ws.export()).document, saved);
}

/// A file of schema version 4, made from the version 3 fixture with
/// migration 4 as it was released, with document settings of its own.
fn version_4_file(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("v4.rumbo");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workspace-v3.rumbo"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(include_str!("../migrations/004_document.sql"))
        .unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(
        "UPDATE document_settings SET title = 'Plan 2027', lang = 'es',
           hidden_sections = '[\"roadmap\"]';
         PRAGMA user_version = 4;",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // A version saved then: its snapshot is a JSON export of version 4.
    conn.execute(
        "INSERT INTO document_version (number, date, note, lang, saved_at, snapshot)
         VALUES (1, '2026-11-01', 'Para la dirección', 'es', '2026-11-01T09:00:00Z', ?1)",
        [include_str!("../../../tests/fixtures/workspace-v4.json")],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    path
}

#[test]
fn a_version_4_file_keeps_its_log_and_settings_and_gains_the_new_ones() {
    let dir = dir();
    let path = version_4_file(&dir);
    let before: Vec<(i64, String, String)> = {
        let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut statement = conn
            .prepare("SELECT id, title, date FROM recommendation ORDER BY id")
            .unwrap_or_else(|e| panic!("{e}"));
        let rows = statement
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap_or_else(|e| panic!("{e}"));
        rows.map(|r| r.unwrap_or_else(|e| panic!("{e}"))).collect()
    };
    assert!(!before.is_empty());
    let mut ws = ok(Workspace::open(&path));
    let log = ok(ws.list::<Recommendation>());
    let after: Vec<(i64, String, String)> = log
        .iter()
        .map(|r| {
            assert_eq!(r.kind, EntryKind::Recommendation);
            let date = r.date.map(|d| d.to_string()).unwrap_or_default();
            (r.id, r.title.clone(), date)
        })
        .collect();
    assert_eq!(after, before, "the log keeps its ids, titles and dates");
    let settings = ok(ws.document_settings());
    assert_eq!(
        settings,
        DocumentSettings {
            title: "Plan 2027".into(),
            hidden_sections: vec![DocSection::Roadmap],
            ..DocumentSettings::in_language(Lang::Es)
        }
    );
    let profile = ok(ws.profile());
    assert_eq!((profile.cm_title.as_str(), profile.name_gender), ("", None));
    let versions = ok(ws.versions());
    assert_eq!((versions.len(), versions[0].approval.clone()), (1, None));
    let (_, snapshot) = ok(ws.version(versions[0].id));
    assert_eq!(snapshot.document.title, "Plan de redes sociales 2027");

    // The new columns take what the window sends.
    let mut decision = log[0].clone();
    decision.id = 0;
    decision.title = "Una sola página de Facebook".into();
    decision.kind = EntryKind::Decision;
    decision.date = None;
    decision.decision = rumbo_core::model::Decision::Pending;
    let decision = ok(ws.add(decision));
    assert_eq!(decision.decision, rumbo_core::model::Decision::Accepted);
    let profile = ok(ws.save_profile(rumbo_core::model::Profile {
        cm_title: "responsable de redes sociales".into(),
        cm_title_gender: Some(Gender::Feminine),
        name_in_sentence: "la Agencia".into(),
        ..profile
    }));
    let settings = ok(ws.set_document_settings(DocumentSettings {
        classification: Classification::Custom,
        classification_label: "Borrador para el Consejo".into(),
        readers: "Consejo de Dirección".into(),
        show_score: false,
        introduction: "Este plan…".into(),
        chapter_texts: vec![ChapterText {
            section: DocSection::Channels,
            text: "Los canales se revisan cada año.".into(),
        }],
        summary: "Resumen propio.".into(),
        summary_basis: "Resumen generado.".into(),
        ..settings
    }));
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.document_settings()), settings);
    assert_eq!(ok(ws.profile()), profile);
    assert_eq!(ok(ws.get::<Recommendation>(decision.id)), decision);
    let exported = ok(ws.export());
    assert_eq!(exported.document, settings);
    assert_eq!(exported.profile, profile);
}

#[test]
fn a_saved_version_can_be_approved_and_the_approval_goes_with_it() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::Es);
    let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
    let version = ok(ws.save_version(day(1), "Para el Consejo", Lang::Es));
    assert_eq!(version.approval, None);
    let approval = Approval {
        by: " Marta Ruiz ".into(),
        role: "Directora gerente".into(),
        date: day(3),
        reservations: "Revisar el presupuesto de TikTok.".into(),
    };
    let approved = ok(ws.approve_version(version.id, Some(approval.clone())));
    assert_eq!(
        approved.approval.as_ref().map(|a| a.by.as_str()),
        Some("Marta Ruiz")
    );
    assert_eq!(ok(ws.versions())[0], approved);
    assert_eq!(ok(ws.version(version.id)).0, approved);
    // Nobody named: refused, and the approval stays as it was.
    let nobody = Approval {
        by: " ".into(),
        ..approval.clone()
    };
    assert!(matches!(
        ws.approve_version(version.id, Some(nobody)),
        Err(Error::Validation(_))
    ));
    assert_eq!(ok(ws.versions())[0], approved);
    assert!(matches!(
        ws.approve_version(version.id + 100, Some(approval)),
        Err(Error::NotFound { .. })
    ));
    // Withdrawn, then given again; deleting the version takes it along.
    assert_eq!(ok(ws.approve_version(version.id, None)).approval, None);
    ok(ws.approve_version(version.id, approved.approval.clone()));
    ok(ws.delete_version(version.id));
    let second = ok(ws.save_version(day(5), "", Lang::Es));
    assert_eq!(second.approval, None);
}

#[test]
fn versions_keep_a_snapshot_of_the_workspace_as_it_was() {
    let dir = dir();
    let mut ws = sample_workspace(&dir, Lang::En);
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
    assert!(ok(ws.previous_version(None)).is_none());
    let first = ok(ws.save_version(day(1), "  For the board ", Lang::En));
    assert_eq!((first.number, first.note.as_str()), (1, "For the board"));
    let before = ok(ws.export());

    let mut channel = ok(ws.list::<Channel>())[0].clone();
    channel.name = "Renamed after version 1".into();
    ok(ws.update(channel));
    let second = ok(ws.save_version(day(20), "", Lang::Es));
    assert_eq!(second.number, 2);

    let listed = ok(ws.versions());
    assert_eq!(listed.iter().map(|v| v.number).collect::<Vec<_>>(), [2, 1]);
    let (version, snapshot) = ok(ws.version(first.id));
    assert_eq!(version, first);
    assert_eq!(snapshot, before);
    let previous = ok(ws.previous_version(Some(2))).map(|(v, _)| v.number);
    assert_eq!(previous, Some(1));
    let renamed = |d: &rumbo_core::interchange::WorkspaceDoc| {
        d.channels
            .iter()
            .any(|c| c.name == "Renamed after version 1")
    };
    let newest = ok(ws.previous_version(None)).map(|(v, d)| (v.number, renamed(&d)));
    assert_eq!(newest, Some((2, true)));
    assert!(!renamed(&before));

    let long_note = "n".repeat(rumbo_core::model::MAX_VERSION_NOTE + 1);
    assert!(ws.save_version(day(21), &long_note, Lang::En).is_err());
    assert_eq!(ok(ws.versions()).len(), 2);

    ok(ws.delete_version(first.id));
    assert!(matches!(ws.version(first.id), Err(Error::NotFound { .. })));
    assert!(matches!(
        ws.delete_version(first.id),
        Err(Error::NotFound { .. })
    ));
    let path = ws.path().to_path_buf();
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.versions()), vec![second]);
}

#[test]
fn a_version_4_file_keeps_every_record_and_can_say_what_is_not_known() {
    use rumbo_core::model::{Cadence, MeasurementKind, ObjectiveStatus};
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
    // Nothing of the older file is lost, and what it held reads as known
    // (the same records as its JSON export, taken with it).
    let before = rumbo_core::interchange::WorkspaceDoc::from_json(include_str!(
        "../../../tests/fixtures/workspace-v4.json"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let doc = ok(ws.export());
    assert_eq!(doc.channels.len(), before.channels.len());
    assert_eq!(doc.measurements.len(), before.measurements.len());
    assert!(doc.channels.iter().all(|c| c.weekly_effort_hours.is_some()));
    assert_eq!(
        doc.channels
            .iter()
            .map(|c| c.weekly_effort_hours)
            .collect::<Vec<_>>(),
        before
            .channels
            .iter()
            .map(|c| c.weekly_effort_hours)
            .collect::<Vec<_>>()
    );
    assert!(
        doc.measurements
            .iter()
            .all(|m| m.kind == MeasurementKind::Value)
    );

    // What version 5 adds is stored: an objective closed without a
    // verdict (its measurements and links kept), an effort nobody
    // measured, a change against the period before, a daily flow and a
    // weekly one with no known day.
    let mut objective = doc.objectives[0].clone();
    let measured = doc
        .measurements
        .iter()
        .filter(|m| m.objective_id == objective.id)
        .count();
    assert!(measured > 0);
    objective.status = ObjectiveStatus::Closed;
    ok(ws.update(objective.clone()));
    let mut channel = doc.channels[0].clone();
    channel.weekly_effort_hours = None;
    ok(ws.update(channel.clone()));
    let change = ok(ws.add(Measurement {
        id: 0,
        objective_id: doc.objectives[1].id,
        date: NaiveDate::from_ymd_opt(2027, 6, 30).unwrap_or_default(),
        value: 85.0,
        kind: MeasurementKind::Change,
        note: "vs the previous sprint".into(),
    }));
    let mut daily = doc.flows[0].clone();
    daily.cadence = Cadence::Daily {
        start: None,
        weekdays_only: true,
        until: None,
    };
    ok(ws.update(daily.clone()));
    let mut weekly = doc.flows[1].clone();
    weekly.cadence = Cadence::Weekly {
        start: None,
        every_weeks: 1,
        until: None,
    };
    ok(ws.update(weekly.clone()));
    ok(ws.close());

    let ws = ok(Workspace::open(&path));
    let after = ok(ws.export());
    let closed = after
        .objectives
        .iter()
        .find(|o| o.id == objective.id)
        .unwrap_or_else(|| panic!("lost"));
    assert_eq!(closed.status, ObjectiveStatus::Closed);
    assert_eq!(closed.channel_ids, objective.channel_ids);
    assert_eq!(
        after
            .measurements
            .iter()
            .filter(|m| m.objective_id == objective.id)
            .count(),
        measured
    );
    assert_eq!(
        after
            .channels
            .iter()
            .find(|c| c.id == channel.id)
            .map(|c| c.weekly_effort_hours),
        Some(None)
    );
    assert_eq!(
        after.measurements.iter().find(|m| m.id == change.id),
        Some(&change)
    );
    assert_eq!(
        after
            .flows
            .iter()
            .find(|f| f.id == daily.id)
            .map(|f| &f.cadence),
        Some(&daily.cadence)
    );
    assert_eq!(
        after
            .flows
            .iter()
            .find(|f| f.id == weekly.id)
            .map(|f| &f.cadence),
        Some(&weekly.cadence)
    );
    // A status the schema does not know is still refused by the file.
    let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        conn.execute(
            "UPDATE objective SET status = 'finished' WHERE id = ?1",
            [objective.id]
        )
        .is_err()
    );
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(check, "ok");
}

#[test]
fn a_version_6_file_keeps_every_record_and_gains_holidays_and_network_names() {
    use rumbo_core::model::{HolidayCountry, Network};
    let dir = dir();
    let path = dir.path().join("v6.rumbo");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workspace-v6.rumbo"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&path));
    // The records of the file's own JSON export, taken with it.
    let before = rumbo_core::interchange::WorkspaceDoc::from_json(include_str!(
        "../../../tests/fixtures/workspace-v6.json"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let doc = ok(ws.export());
    assert_eq!(doc.channels, before.channels);
    assert_eq!(doc.flows, before.flows);
    assert!(doc.holidays.is_empty());

    // A channel on another network keeps that network's name.
    let mut channel = doc.channels[0].clone();
    channel.network = Network::Other;
    channel.network_name = "  Pinterest ".into();
    ok(ws.update(channel));
    assert_eq!(ok(ws.export()).channels[0].network_name, "Pinterest");

    // Spain's holidays for a year, once: added again, nothing repeats.
    assert_eq!(
        ok(ws.add_holidays(HolidayCountry::Spain, 2027, Lang::Es)),
        11
    );
    assert_eq!(
        ok(ws.add_holidays(HolidayCountry::Spain, 2027, Lang::Es)),
        0
    );
    // England's share two days with Spain's in 2027 (New Year, Good Friday).
    assert_eq!(
        ok(ws.add_holidays(HolidayCountry::UnitedKingdom, 2027, Lang::Es)),
        6
    );
    // A year beyond the years dates are is refused, nothing added.
    assert!(
        ws.add_holidays(
            HolidayCountry::Spain,
            rumbo_core::model::MAX_YEAR + 300,
            Lang::Es
        )
        .is_err()
    );
    let path = ws.path().to_path_buf();
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.export()).holidays.len(), 17);
    // Listed in date order, as the planner shows them.
    let holidays = ok(ws.list::<rumbo_core::model::Holiday>());
    assert!(holidays.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(holidays[0].name, "Año Nuevo");
}

#[test]
fn an_accepted_draft_and_the_interview_answers_are_kept_in_one_write() {
    let dir = dir();
    let path = dir.path().join("draft.rumbo");
    let mut ws = ok(Workspace::create(&path, Lang::En));
    assert_eq!(ok(ws.interview()), None);
    ok(ws.save_interview(r#"{"step":"aims"}"#));
    assert_eq!(ok(ws.interview()).as_deref(), Some(r#"{"step":"aims"}"#));

    // The draft is the workspace's export with records added.
    let mut doc = ok(ws.export());
    doc.audiences.push(Audience {
        id: 1,
        ..Audience::new("Young people")
    });
    ok(ws.accept_draft(&doc, r#"{"step":"done"}"#));
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    let audiences: Vec<String> = ok(ws.list::<Audience>())
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(audiences, ["Young people"]);
    assert_eq!(ok(ws.interview()).as_deref(), Some(r#"{"step":"done"}"#));
    // The interview is not part of the strategy's JSON.
    assert!(!ok(ok(ws.export()).to_json()).contains("\"step\""));

    // A draft the storage would refuse changes nothing, answers included.
    let mut ws = ws;
    let mut bad = ok(ws.export());
    bad.channels.push(Channel {
        id: 7,
        audience_ids: vec![99],
        ..Channel::new(
            rumbo_core::model::Network::Tiktok,
            "TikTok",
            rumbo_core::model::ChannelStatus::Considered,
        )
    });
    assert!(ws.accept_draft(&bad, r#"{"step":"draft"}"#).is_err());
    assert!(ok(ws.list::<Channel>()).is_empty());
    assert_eq!(ok(ws.interview()).as_deref(), Some(r#"{"step":"done"}"#));
}
