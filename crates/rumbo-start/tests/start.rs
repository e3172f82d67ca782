//! The guided start without a window: every template makes a sound
//! workspace whose health check has no error of its own, the interview's
//! answers become a draft, a presence-only aim becomes a measurable
//! objective unless the community manager insists, and the draft is added
//! to a workspace without touching what is there.

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Channel, ChannelStatus, Network, ObjectiveKind};
use rumbo_health::Severity;
use rumbo_start::{
    AimAnswer, ContentFormat, DepartmentAnswer, InterviewAnswers, InterviewStep, OrgKind, accept,
    apply, as_template_made_it, draft, template,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default()
}

fn errors(doc: &WorkspaceDoc, lang: Lang) -> Vec<String> {
    let mut keys: Vec<String> = rumbo_health::check(doc, today(), lang)
        .findings
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.rule)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// A JSON round trip: the storage's checks pass and nothing is lost.
fn sound(doc: &WorkspaceDoc) -> WorkspaceDoc {
    let text = doc.to_json().unwrap_or_default();
    let back = WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert_eq!(&back, doc);
    back
}

#[test]
fn every_template_is_sound_and_adds_no_error_of_its_own() {
    for lang in [Lang::En, Lang::Es] {
        // What a workspace with nothing in it already lacks (no objective,
        // no channel, no crisis playbook…) is not the template's doing.
        let empty = WorkspaceDoc::new(rumbo_core::model::Profile {
            name: "Org".into(),
            ..Default::default()
        });
        let baseline = errors(&empty, lang);
        for kind in OrgKind::ALL {
            let doc = sound(&template::workspace(kind, lang, "Org"));
            let own: Vec<String> = errors(&doc, lang)
                .into_iter()
                .filter(|e| !baseline.contains(e))
                .collect();
            assert!(own.is_empty(), "{kind:?} {lang:?}: {own:?}");
            if kind != OrgKind::Empty {
                assert!(doc.departments.len() >= 4, "{kind:?}");
                assert!(!doc.raci.is_empty(), "{kind:?}");
                assert!(doc.audiences.len() >= 3, "{kind:?}");
                assert!(!doc.policies.is_empty(), "{kind:?}");
                assert!(
                    doc.policies
                        .iter()
                        .all(|p| !p.text.contains("{organization}"))
                );
                assert_eq!(doc.profile.sector, kind.label(lang));
            }
            // One department approves each activity.
            for a in &doc.activities {
                let approvers = doc
                    .raci
                    .iter()
                    .filter(|c| {
                        c.activity_id == a.id && c.role == rumbo_core::model::RaciRole::Accountable
                    })
                    .count();
                assert!(approvers <= 1, "{kind:?} {}", a.name);
            }
        }
    }
}

#[test]
fn templates_are_named_and_found_by_name() {
    for kind in OrgKind::ALL {
        assert_eq!(OrgKind::parse(kind.as_str()), Some(kind));
        assert_eq!(OrgKind::parse(&kind.as_str().replace('_', "-")), Some(kind));
    }
    assert_eq!(OrgKind::parse("church"), None);
    let en = template::list(Lang::En);
    let es = template::list(Lang::Es);
    assert_eq!(en.len(), 6);
    assert_eq!(es[0].label, "Administración pública");
    assert!(
        es[0]
            .departments
            .contains(&"Atención a la ciudadanía".to_string())
    );
}

fn council(lang: Lang) -> InterviewAnswers {
    let pick = |en: &str, es: &str| lang.pick(en, es).to_string();
    InterviewAnswers {
        kind: OrgKind::PublicAdministration,
        name: pick("Riverside Council", "Ayuntamiento de Villaribera"),
        mission: pick(
            "Serve the people of Riverside.",
            "Servir al vecindario de Villaribera.",
        ),
        values: pick("Openness, closeness", "Transparencia, cercanía"),
        voice: pick(
            "Close and clear, without jargon.",
            "Cercana y clara, sin jerga.",
        ),
        departments: vec![
            DepartmentAnswer {
                name: pick("Communication", "Comunicación"),
                decides: false,
            },
            DepartmentAnswer {
                name: pick("Mayor's office", "Alcaldía"),
                decides: true,
            },
            DepartmentAnswer {
                name: pick("Youth", "Juventud"),
                decides: false,
            },
        ],
        aims: vec![
            AimAnswer {
                text: pick("Be on TikTok", "Estar en TikTok"),
                insist: false,
            },
            AimAnswer {
                text: pick(
                    "Answer residents' questions about procedures faster",
                    "Responder antes a las dudas del vecindario sobre trámites",
                ),
                insist: false,
            },
        ],
        audiences: vec![
            pick("Young people", "Jóvenes"),
            pick("Residents", "Vecindario"),
        ],
        hours: Some(10.0),
        content: vec![
            ContentFormat::ShortVideo,
            ContentFormat::News,
            ContentFormat::Photos,
        ],
        step: InterviewStep::Draft,
    }
}

#[test]
fn a_presence_aim_is_rewritten_as_a_measurable_objective_in_both_languages() {
    for (lang, title, metric) in [
        (
            Lang::En,
            "Reach young people through TikTok",
            "Monthly reach of the posts on TikTok",
        ),
        (
            Lang::Es,
            "Llegar a la gente joven a través de TikTok",
            "Alcance mensual de las publicaciones en TikTok",
        ),
    ] {
        let answers = council(lang);
        let base = template::workspace(answers.kind, lang, &answers.name);
        let d = draft(&answers, &base, today(), lang);
        let presence = &d.objectives[0];
        assert!(presence.presence);
        assert!(!presence.why.is_empty());
        assert_eq!(presence.goal.title, title);
        assert_eq!(presence.goal.kpi_metric, metric);
        assert_eq!(presence.goal.baseline, Some(0.0));
        assert_eq!(
            presence.goal.deadline,
            NaiveDate::from_ymd_opt(2027, 12, 31)
        );
        assert_eq!(presence.goal.network, Some(Network::Tiktok));
        assert!(!presence.goal.owner.is_empty());
        let measurable = &d.objectives[1];
        assert!(!measurable.presence);
        assert_eq!(measurable.goal.kind, ObjectiveKind::CustomerCare);

        // Accepted: the rewrite is written, never the aim as it was.
        let mut d = d;
        d.objectives[0].goal.target = Some(5000.0);
        let doc = sound(&apply(&d, base.clone(), lang));
        let titles: Vec<&str> = doc.objectives.iter().map(|o| o.title.as_str()).collect();
        assert!(titles.contains(&title), "{titles:?}");
        assert!(
            !titles.contains(&answers.aims[0].text.as_str()),
            "{titles:?}"
        );
        let written = doc
            .objectives
            .iter()
            .find(|o| o.title == title)
            .map(|o| (o.target, o.channel_ids.len()));
        assert_eq!(
            written,
            Some((Some(5000.0), 1)),
            "linked to the TikTok channel"
        );
        assert!(
            !errors(&doc, lang).contains(&"objective-presence".to_string()),
            "{:?}",
            errors(&doc, lang)
        );

        // Insisted: the aim is written as it is, and the check says so.
        let mut insisted = council(lang);
        insisted.aims[0].insist = true;
        let d = draft(&insisted, &base, today(), lang);
        assert!(d.objectives[0].as_written);
        let doc = apply(&d, base.clone(), lang);
        assert!(
            doc.objectives
                .iter()
                .any(|o| o.title == insisted.aims[0].text)
        );
        let report = rumbo_health::check(&doc, today(), lang);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.rule == "objective-presence")
        );
    }
}

#[test]
fn channels_are_scored_and_kept_within_the_hours() {
    for lang in [Lang::En, Lang::Es] {
        let answers = council(lang);
        let base = template::workspace(answers.kind, lang, &answers.name);
        let d = draft(&answers, &base, today(), lang);
        assert!(d.channels.len() >= 4);
        assert!(d.effort() <= 10.0, "{}", d.effort());
        assert!(!d.over_hours());
        let kept: Vec<Network> = d
            .channels
            .iter()
            .filter(|c| c.include)
            .map(|c| c.network)
            .collect();
        // Young people, short video and a close voice: TikTok or Instagram
        // comes first.
        assert!(
            matches!(d.channels[0].network, Network::Instagram | Network::Tiktok),
            "{kept:?}"
        );
        for c in &d.channels {
            assert_eq!(c.scores.len(), base.fit_criteria.len());
            assert!(c.scores.iter().all(|s| (1..=5).contains(&s.score)));
            assert!(c.fit.is_some_and(|f| (1.0..=5.0).contains(&f)));
            assert!(c.reason.ends_with('.'), "{}", c.reason);
        }
        // Sorted by fit.
        for pair in d.channels.windows(2) {
            assert!(pair[0].fit >= pair[1].fit);
        }

        // With two hours a week, one channel is kept and it is more than
        // the hours.
        let mut short = answers.clone();
        short.hours = Some(2.0);
        let d = draft(&short, &base, today(), lang);
        assert!(d.channels.iter().filter(|c| c.include).count() >= 1);
        let resources = d.channels[0]
            .scores
            .iter()
            .find(|s| s.criterion == base.fit_criteria[4].name)
            .map(|s| s.score);
        assert!(resources.is_some_and(|s| s <= 2));
    }
}

#[test]
fn the_reason_reads_as_a_sentence() {
    let answers = council(Lang::Es);
    let base = template::workspace(answers.kind, Lang::Es, &answers.name);
    let d = draft(&answers, &base, today(), Lang::Es);
    let tiktok = d.channels.iter().find(|c| c.network == Network::Tiktok);
    assert_eq!(
        tiktok.map(|c| c.reason.as_str()),
        Some(
            "Llega a la gente joven. Premia vídeo corto, que ya hacéis. Unas 6 horas a la semana."
        )
    );
}

#[test]
fn every_department_named_gets_a_flow_and_its_part_in_the_grid() {
    for lang in [Lang::En, Lang::Es] {
        let answers = council(lang);
        let base = template::workspace(answers.kind, lang, &answers.name);
        let d = draft(&answers, &base, today(), lang);
        // Not the community manager's own team.
        for dept in &answers.departments[1..] {
            assert!(
                d.flows.iter().any(|f| f.department == dept.name),
                "{}",
                dept.name
            );
        }
        assert!(
            !d.flows
                .iter()
                .any(|f| f.department == answers.departments[0].name)
        );
        let doc = sound(&apply(&d, base.clone(), lang));
        let mayor = doc
            .departments
            .iter()
            .find(|x| x.name == answers.departments[1].name)
            .map(|x| x.id);
        assert!(mayor.is_some());
        // The template's governing team already approves: no second
        // approver is added.
        for a in &doc.activities {
            let approvers = doc
                .raci
                .iter()
                .filter(|c| {
                    c.activity_id == a.id && c.role == rumbo_core::model::RaciRole::Accountable
                })
                .count();
            assert!(approvers <= 1);
        }
        let youth = doc
            .departments
            .iter()
            .find(|x| x.name == answers.departments[2].name)
            .map(|x| x.id);
        assert!(doc.raci.iter().any(|c| Some(c.department_id) == youth));
        assert_eq!(doc.profile.cm_reports_to, answers.departments[1].name);
        assert_eq!(doc.profile.brand_voice, answers.voice);
    }
}

#[test]
fn a_draft_adds_and_never_replaces() {
    let lang = Lang::En;
    let answers = council(lang);
    let mut base = template::workspace(answers.kind, lang, "Old name");
    base.profile.mission = "Our own mission.".into();
    base.channels.push(Channel {
        id: 1,
        ..Channel::new(Network::Instagram, "Instagram", ChannelStatus::Active)
    });
    let mut answers = answers;
    answers.mission.clear();
    let d = draft(&answers, &base, today(), lang);
    assert!(
        !d.channels.iter().any(|c| c.network == Network::Instagram),
        "already there"
    );
    let once = sound(&apply(&d, base.clone(), lang));
    assert_eq!(once.profile.mission, "Our own mission.");
    assert_eq!(once.profile.name, answers.name);
    assert!(
        once.channels
            .iter()
            .any(|c| c.id == 1 && c.status == ChannelStatus::Active)
    );
    // The draft's reasons speak to the community manager: never written
    // into the workspace, whose channels the document prints.
    assert!(once.channels.iter().all(|c| c.notes.is_empty()));
    // Applying again adds nothing.
    let twice = apply(&d, once.clone(), lang);
    assert_eq!(twice, once);
}

#[test]
fn an_answers_file_is_read_strictly_and_located() {
    let ok = InterviewAnswers::from_json(
        r#"{"kind": "ngo", "name": " Hope ", "aims": [{"text": "Recruit volunteers"}], "hours": 6}"#,
        Lang::En,
    );
    let ok = ok.unwrap_or_default();
    assert_eq!(ok.name, "Hope");
    assert_eq!(ok.kind, OrgKind::Ngo);
    let unknown =
        InterviewAnswers::from_json("{\n  \"kind\": \"ngo\",\n  \"colour\": 1\n}", Lang::Es);
    let message = unknown.err().unwrap_or_default();
    assert!(message.starts_with("línea 3, columna"), "{message}");
    assert!(message.contains("colour"), "{message}");
    let hours = InterviewAnswers::from_json(r#"{"hours": 200}"#, Lang::En);
    assert_eq!(
        hours.err().as_deref(),
        Some("The hours a week must be a number from 0 to 168.")
    );
    let kind = InterviewAnswers::from_json(r#"{"kind": "church"}"#, Lang::En);
    assert!(kind.is_err());
    // One department decides at most.
    let two = InterviewAnswers::from_json(
        r#"{"departments": [{"name": "A", "decides": true}, {"name": "B", "decides": true}]}"#,
        Lang::En,
    )
    .unwrap_or_default();
    assert_eq!(two.departments.iter().filter(|d| d.decides).count(), 1);
}

#[test]
fn a_skipped_interview_still_makes_a_sound_draft() {
    for lang in [Lang::En, Lang::Es] {
        for kind in OrgKind::ALL {
            let answers = InterviewAnswers {
                kind,
                ..InterviewAnswers::default()
            };
            let base = template::workspace(kind, lang, "Org");
            let d = draft(&answers, &base, today(), lang);
            assert!(d.objectives.is_empty());
            sound(&apply(&d, base, lang));
        }
    }
}

#[test]
fn accepting_on_a_fresh_template_keeps_only_what_the_interview_kept() {
    for lang in [Lang::En, Lang::Es] {
        // The window creates the file from the template, then the interview
        // starts from the template's own departments and audiences.
        let kind = OrgKind::PublicAdministration;
        let fresh = template::workspace(kind, lang, "Riverside");
        assert!(as_template_made_it(&fresh, kind, lang));
        let mut answers = InterviewAnswers::for_kind(kind, lang, "Riverside");
        let dropped = answers.departments.remove(answers.departments.len() - 1);
        answers.audiences.truncate(1);
        answers.aims = council(lang).aims;
        answers.hours = Some(8.0);
        let mut d = draft(&answers, &fresh, today(), lang);
        // A department unticked in the review goes too.
        let unticked = d.departments[0].name.clone();
        d.departments[0].include = false;
        let doc = sound(&accept(&d, fresh.clone(), lang));
        let names: Vec<&str> = doc.departments.iter().map(|x| x.name.as_str()).collect();
        assert!(!names.contains(&dropped.name.as_str()), "{names:?}");
        assert!(!names.contains(&unticked.as_str()), "{names:?}");
        assert_eq!(names.len(), answers.departments.len() - 1, "{names:?}");
        assert_eq!(doc.audiences.len(), 1);
        assert_eq!(doc.audiences[0].name, answers.audiences[0]);
        assert!(
            !doc.audiences[0].description.is_empty(),
            "the template's description"
        );
        assert!(!doc.channels.is_empty());
        assert!(errors(&doc, lang).is_empty(), "{:?}", errors(&doc, lang));
        // Once the strategy has begun the template is no longer "as made".
        assert!(!as_template_made_it(&doc, kind, lang));
    }
}

#[test]
fn accepting_on_a_workspace_in_use_only_adds() {
    let lang = Lang::Es;
    let kind = OrgKind::Ngo;
    let mut doc = template::workspace(kind, lang, "Fundación Alba");
    doc.channels.push(Channel {
        id: 1,
        ..Channel::new(Network::Instagram, "Instagram", ChannelStatus::Active)
    });
    assert!(!as_template_made_it(&doc, kind, lang));
    let before: Vec<String> = doc.departments.iter().map(|d| d.name.clone()).collect();
    let answers = InterviewAnswers::from_workspace(&doc, kind);
    assert_eq!(answers.name, "Fundación Alba");
    assert_eq!(answers.departments.len(), before.len());
    assert_eq!(answers.audiences.len(), doc.audiences.len());
    let mut d = draft(&answers, &doc, today(), lang);
    d.departments.iter_mut().for_each(|x| x.include = false);
    d.audiences.iter_mut().for_each(|x| x.include = false);
    let after = sound(&accept(&d, doc.clone(), lang));
    let names: Vec<String> = after.departments.iter().map(|d| d.name.clone()).collect();
    assert_eq!(names, before, "nothing the workspace holds is removed");
    assert_eq!(after.audiences.len(), doc.audiences.len());
    assert!(after.channels.iter().any(|c| c.id == 1));
}

#[test]
fn answers_begun_on_a_workspace_never_cut_its_texts() {
    let lang = Lang::En;
    let mut doc = template::workspace(OrgKind::Empty, lang, "Long");
    doc.profile.mission = "m".repeat(3000);
    doc.profile.cm_reports_to = doc.departments[1].name.clone();
    let answers = InterviewAnswers::from_workspace(&doc, OrgKind::Empty);
    assert!(answers.mission.is_empty(), "too long to be an answer");
    assert!(answers.departments[1].decides);
    assert_eq!(answers.departments.iter().filter(|d| d.decides).count(), 1);
    let answers = answers.checked(lang).unwrap_or_else(|e| panic!("{e}"));
    let d = draft(&answers, &doc, today(), lang);
    let after = accept(&d, doc.clone(), lang);
    assert_eq!(after.profile.mission, doc.profile.mission, "kept whole");
}

#[test]
fn the_library_offers_what_the_workspace_lacks_for_its_kind() {
    for lang in [Lang::En, Lang::Es] {
        let mut doc = template::workspace(OrgKind::Ngo, lang, "Alba");
        assert_eq!(rumbo_start::kind_of(&doc), OrgKind::Ngo);
        let held = doc.audiences.remove(0);
        let lib = rumbo_start::library(&doc, OrgKind::Ngo, today(), lang);
        // The template's audiences not there yet, with what they need.
        assert_eq!(lib.audiences.len(), 1, "{:?}", lib.audiences);
        assert_eq!(lib.audiences[0].name, held.name);
        assert!(!lib.audiences[0].needs.is_empty());
        // An objective of every kind, each with its KPI.
        assert_eq!(lib.objectives.len(), 8);
        assert!(
            lib.objectives
                .iter()
                .all(|o| !o.kpi_metric.is_empty() && !o.kpi_unit.is_empty())
        );
        // Flows both ways, and to all staff.
        assert!(lib.flows.len() >= 4);
        // What is taken is not offered again.
        let title = lib.objectives[0].title.clone();
        doc.objectives.push(rumbo_core::model::Objective {
            id: 1,
            ..rumbo_core::model::Objective::new(&title, lib.objectives[0].kind)
        });
        let again = rumbo_start::library(&doc, OrgKind::Ngo, today(), lang);
        assert!(again.objectives.iter().all(|o| o.title != title));
        // Every flow is one Rumbo accepts, once its department is chosen
        // (the window asks for it).
        let department = doc.departments[0].id;
        for (i, f) in lib.flows.iter().enumerate() {
            doc.flows.push(rumbo_core::model::Flow {
                id: i as i64 + 1,
                channel: f.channel,
                department_ids: if f.direction == rumbo_core::model::Direction::AllStaff {
                    Vec::new()
                } else {
                    vec![department]
                },
                ..rumbo_core::model::Flow::new(&f.name, f.direction, f.cadence.clone())
            });
        }
        sound(&doc);
    }
    let empty = template::workspace(OrgKind::Empty, Lang::En, "Plain");
    assert_eq!(rumbo_start::kind_of(&empty), OrgKind::Empty);
}
