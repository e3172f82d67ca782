//! The guided start through the real window, as a first-time community
//! manager meets it: from the welcome screen with no workspace, the kind of
//! organization, the native save dialog, the interview's questions, the
//! draft (a presence-only aim rewritten as a measurable objective) and the
//! document's preview — in English and in Spanish; and an interview left
//! halfway by quitting the app, taken up again where it was.

use std::path::Path;
use std::time::Duration;

use rumbo_e2e::{AppWindow, Home, rumbo, run_window_test, tempdir, text};
use serde_json::Value;

const EN: &str = "en_US.UTF-8";
const ES: &str = "es_ES.UTF-8";

fn export(file: &Path) -> Value {
    let out = rumbo(&["export-json", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

/// The step the interview shows.
async fn step_of(app: &AppWindow) -> String {
    app.find("[data-testid=interview]")
        .await
        .attr("data-step")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Waits until the interview shows `step`.
async fn wait_step(app: &AppWindow, step: &str) {
    for _ in 0..100 {
        if step_of(app).await == step {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the interview never reached {step:?} (at {:?})",
        step_of(app).await
    );
}

/// From the welcome screen: File → New, the template of `kind`, the native
/// save dialog answered with `file`; the interview opens on the new workspace.
async fn create(app: &AppWindow, kind: &str, dialog: &str, file: &Path) {
    app.find("[data-testid=welcome]").await;
    app.click("[data-testid=welcome-new]").await;
    app.find("[data-testid=templates-dialog]").await;
    app.click(&format!("[data-testid=template-{kind}]")).await;
    app.click("[data-testid=templates-create]").await;
    app.answer_save_dialog(dialog, file).await;
    app.find("[data-testid=interview]").await;
    wait_step(app, "organization").await;
}

struct Words {
    lang: &'static str,
    locale: &'static str,
    dialog: &'static str,
    name: &'static str,
    mission: &'static str,
    values: &'static str,
    presence: &'static str,
    aim: &'static str,
    audience: &'static str,
    rewrite: &'static str,
    pages: &'static str,
}

async fn first_strategy(w: Words) {
    let dir = tempdir();
    let file = dir.path().join(format!("{}.rumbo", w.name));
    let home = Home::new();
    let app = AppWindow::launch(&home, w.locale, &[]).await;
    app.shot(&format!("start-{}-0-welcome", w.lang)).await;
    app.click("[data-testid=welcome-new]").await;
    app.find("[data-testid=templates-dialog]").await;
    app.shot(&format!("start-{}-1-templates", w.lang)).await;
    app.escape().await;
    create(&app, "public_administration", w.dialog, &file).await;

    // The organization: a voice picked from the examples.
    app.fill("[data-testid=answer-name]", w.name).await;
    app.fill("[data-testid=answer-mission]", w.mission).await;
    app.fill("[data-testid=answer-values]", w.values).await;
    app.click("[data-testid=voice-example]").await;
    app.shot(&format!("start-{}-2-organization", w.lang)).await;
    app.click("[data-testid=interview-next]").await;

    // The template's departments come named, with the one that decides.
    wait_step(&app, "departments").await;
    assert!(app.all("[data-testid=answer-department]").await.len() >= 3);
    app.shot(&format!("start-{}-3-departments", w.lang)).await;
    app.click("[data-testid=interview-next]").await;

    // Aims in the CM's own words, one only a presence: typed and Enter.
    wait_step(&app, "aims").await;
    app.fill("[data-testid=add-aim]", w.presence).await;
    app.press("\u{E007}").await;
    app.fill("[data-testid=add-aim]", w.aim).await;
    app.press("\u{E007}").await;
    assert_eq!(app.all("[data-testid=answer-aim]").await.len(), 2);
    app.shot(&format!("start-{}-4-aims", w.lang)).await;
    app.click("[data-testid=interview-next]").await;

    wait_step(&app, "audiences").await;
    app.fill("[data-testid=add-audience]", w.audience).await;
    app.press("\u{E007}").await;
    app.shot(&format!("start-{}-5-audiences", w.lang)).await;
    app.click("[data-testid=interview-next]").await;

    wait_step(&app, "hours").await;
    app.fill("[data-testid=answer-hours]", "8").await;
    app.shot(&format!("start-{}-6-hours", w.lang)).await;
    app.click("[data-testid=interview-next]").await;

    // The content step is skipped, then taken up again with Back.
    wait_step(&app, "content").await;
    app.click("[data-testid=interview-skip]").await;
    wait_step(&app, "draft").await;
    app.click("[data-testid=interview-back]").await;
    wait_step(&app, "content").await;
    app.click("[data-testid=format-short_video]").await;
    app.click("[data-testid=format-news]").await;
    app.shot(&format!("start-{}-7-content", w.lang)).await;
    app.click("[data-testid=interview-next]").await;

    // The draft: channels within the hours, the presence aim explained and
    // its rewrite proposed; nothing is written before it is accepted.
    wait_step(&app, "draft").await;
    app.find("[data-testid=draft-review]").await;
    assert!(!app.all("[data-testid=draft-channel]").await.is_empty());
    app.find("[data-testid=presence-why]").await;
    let before = export(&file);
    assert_eq!(before["objectives"].as_array().map_or(0, Vec::len), 0);
    app.shot(&format!("start-{}-8-draft", w.lang)).await;
    app.eval("document.querySelector('[data-testid=presence-why]').scrollIntoView({block: 'center'}); return null")
        .await;
    app.shot(&format!("start-{}-8b-draft-objective", w.lang))
        .await;
    app.click("[data-testid=interview-accept]").await;
    app.find("[data-testid=interview-done]").await;
    app.shot(&format!("start-{}-9-done", w.lang)).await;

    let doc = export(&file);
    let titles: Vec<String> = doc["objectives"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o["title"].as_str().map(str::to_string))
        .collect();
    assert!(
        !titles.iter().any(|t| t == w.presence),
        "a presence aim was written as an objective: {titles:?}"
    );
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with(w.rewrite) && t.ends_with("TikTok")),
        "no rewrite in {titles:?}"
    );
    assert_eq!(doc["profile"]["name"], w.name);
    assert!(doc["channels"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(
        doc["audiences"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|a| a["name"] == w.audience)
    );

    // To the document: a preview of at least six pages.
    app.click("[data-testid=interview-to-document]").await;
    app.find("[data-testid=document-view]").await;
    app.wait_for_text("[data-testid=doc-page-count]", w.pages)
        .await;
    let count = app
        .find("[data-testid=doc-page-count]")
        .await
        .attr("data-count")
        .await
        .ok()
        .flatten()
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(0);
    assert!(count >= 6, "{count} pages");
    app.find("[data-testid=doc-page][data-page-index='0']")
        .await;
    app.shot(&format!("start-{}-10-document", w.lang)).await;
    app.quit().await;
}

#[test]
fn a_first_strategy_from_the_guided_start_in_english() {
    run_window_test(first_strategy(Words {
        lang: "en",
        locale: EN,
        dialog: "New workspace",
        name: "Riverside Council",
        mission: "Serve the people of Riverside with clear, open local government.",
        values: "Openness, closeness, service",
        presence: "Be on TikTok",
        aim: "Answer residents' questions about procedures faster",
        audience: "Young people",
        rewrite: "Reach ",
        pages: "pages",
    }));
}

#[test]
fn a_first_strategy_from_the_guided_start_in_spanish() {
    run_window_test(first_strategy(Words {
        lang: "es",
        locale: ES,
        dialog: "Nuevo espacio de trabajo",
        name: "Ayuntamiento de Villaribera",
        mission: "Servir al vecindario de Villaribera con un gobierno local claro y abierto.",
        values: "Transparencia, cercanía, servicio",
        presence: "Estar en TikTok",
        aim: "Responder antes a las dudas del vecindario sobre trámites",
        audience: "Jóvenes",
        rewrite: "Llegar a ",
        pages: "páginas",
    }));
}

#[test]
fn an_interview_left_halfway_resumes_where_it_was() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Fundación Alba.rumbo");
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[]).await;
        create(&app, "ngo", "New workspace", &file).await;
        app.fill("[data-testid=answer-name]", "Alba Foundation")
            .await;
        app.click("[data-testid=interview-next]").await;
        wait_step(&app, "departments").await;
        app.click("[data-testid=interview-next]").await;
        wait_step(&app, "aims").await;
        app.fill("[data-testid=add-aim]", "More volunteers for the food bank")
            .await;
        app.press("\u{E007}").await;
        // Saved as typed: a moment, then the app is quit mid-interview.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        app.quit().await;

        // Nothing of the strategy was written; the interview was kept.
        let doc = export(&file);
        assert_eq!(doc["objectives"].as_array().map_or(0, Vec::len), 0);

        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.find("[data-testid=interview]").await;
        wait_step(&app, "aims").await;
        let aims = app
            .eval(
                "return [...document.querySelectorAll('[data-testid=answer-aim] input')].map(i => i.value)",
            )
            .await;
        assert_eq!(
            aims,
            serde_json::json!(["More volunteers for the food bank"])
        );
        app.shot("start-en-resumed").await;
        // Back shows the answers given before the quit.
        app.click("[data-testid=interview-back]").await;
        wait_step(&app, "departments").await;
        app.click("[data-testid=interview-goto-organization]").await;
        wait_step(&app, "organization").await;
        let name = app
            .eval("return document.querySelector('[data-testid=answer-name]').value")
            .await;
        assert_eq!(name, Value::from("Alba Foundation"));

        // Finished later: set aside, the workspace is there; the sidebar
        // brings the interview back at the same place.
        app.click("[data-testid=interview-set-aside]").await;
        assert!(app.wait_until_gone("[data-testid=interview]").await);
        app.click("[data-testid=open-interview]").await;
        wait_step(&app, "organization").await;
        app.quit().await;
    });
}

/// A workspace made from a template, opened for the first time: every
/// section says why it matters (the health check's own principle) with a
/// good example, dismissible; the path through the method says what is
/// next; an empty list offers its first record and a library to start from.
#[test]
fn guidance_the_path_and_a_library_in_a_new_workspace() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Alba.rumbo");
        let path = file.display().to_string();
        let out = rumbo(&["--lang", "es", "new", &path, "--template", "ngo"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        let app = AppWindow::launch(&home, ES, &[&file]).await;

        // The path: the voice is not written yet, so it is next.
        let next = app
            .find("[data-testid=method-path] [data-state=next]")
            .await
            .attr("data-testid")
            .await
            .ok()
            .flatten();
        assert_eq!(next.as_deref(), Some("path-voice"));
        app.shot("start-es-path").await;

        // Objectives: the guidance, then the empty list and its library.
        app.click("[data-testid=nav-objectives]").await;
        app.wait_for_text("[data-testid=guide-principle]", "objetivo")
            .await;
        app.find("[data-testid=objectives-empty-new]").await;
        app.find("[data-testid=library-objectives]").await;
        app.shot("start-es-objectives-empty").await;
        app.click("[data-testid=library-objectives] [data-testid=library-pick]")
            .await;
        let title = app
            .eval("return document.getElementById('objective-title')?.value ?? ''")
            .await;
        assert_eq!(
            title,
            Value::from("Llegar a las personas a las que servimos y que aún no nos conocen")
        );
        app.shot("start-es-objective-from-library").await;

        // Dismissed, the guidance stays away, and a link brings it back.
        app.click("[data-testid=nav-audiences]").await;
        app.find("[data-testid=section-guide]").await;
        app.click("[data-testid=guide-dismiss]").await;
        assert!(app.wait_until_gone("[data-testid=section-guide]").await);
        app.click("[data-testid=nav-channels]").await;
        app.find("[data-testid=section-guide]").await;
        app.click("[data-testid=nav-audiences]").await;
        app.find("[data-testid=guide-show]").await;
        assert!(app.all("[data-testid=section-guide]").await.is_empty());
        // Dismissed stays dismissed when the app starts again.
        app.quit().await;
        let app = AppWindow::launch(&home, ES, &[&file]).await;
        app.click("[data-testid=nav-audiences]").await;
        app.find("[data-testid=guide-show]").await;
        assert!(app.all("[data-testid=section-guide]").await.is_empty());
        app.click("[data-testid=guide-show]").await;
        app.find("[data-testid=section-guide]").await;
        app.quit().await;
    });
}
