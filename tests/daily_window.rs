//! The daily tool, through the real window: dates are shown, typed and
//! picked in the interface's language (day/month/year in English and
//! Spanish alike, whatever the system's locale), text that is no date is
//! kept and marked without touching the stored value, and what the window
//! saved is in the file as the CLI reads it.

use std::path::{Path, PathBuf};

use rumbo_e2e::{AppWindow, Home, rumbo, run_window_test, tempdir, text};
use serde_json::Value;

const EN: &str = "en_US.UTF-8";
const ES: &str = "es_ES.UTF-8";

fn sample(dir: &Path, lang: &str) -> PathBuf {
    let file = dir.join(format!("Plan-{lang}.rumbo"));
    let path = file.to_string_lossy().into_owned();
    assert!(rumbo(&["--lang", lang, "sample", &path]).status.success());
    file
}

fn export(file: &Path) -> Value {
    let out = rumbo(&["export-json", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

async fn value(app: &AppWindow, css: &str) -> String {
    app.find(css)
        .await
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Types dates into the profile's planning period in `lang`: a whole date,
/// a date with a two-digit year, one that does not exist, and one picked
/// from the month.
async fn dates_in(lang: &str, locale: &str, saved: &str, wrong: &str) {
    let dir = tempdir();
    let file = sample(dir.path(), lang);
    let home = Home::new();
    let app = AppWindow::launch(&home, locale, &[&file]).await;
    app.click("[data-testid=nav-profile]").await;

    // The sample's end, 2027-02-28, is shown day first.
    assert_eq!(value(&app, "#profile-planningEnd").await, "28/02/2027");
    app.shot(&format!("dates-profile-{lang}")).await;

    // A whole date typed.
    app.fill("#profile-planningEnd", "31/12/2028").await;
    app.press("\u{E004}").await; // Tab
    app.wait_for_text("[data-testid=save-state]", saved).await;
    assert_eq!(value(&app, "#profile-planningEnd").await, "31/12/2028");

    // A two-digit year is taken once the field is left, and written out.
    app.fill("#profile-planningStart", "1.3.27").await;
    app.press("\u{E004}").await;
    app.wait_for_text("[data-testid=save-state]", saved).await;
    assert_eq!(value(&app, "#profile-planningStart").await, "01/03/2027");

    // A day that does not exist is kept where it was typed and marked,
    // saying why; the stored date does not change.
    app.fill("#profile-planningEnd", "31/02/2028").await;
    app.press("\u{E004}").await;
    app.wait_for_text("[data-testid=profile-planningEnd-format]", wrong)
        .await;
    assert_eq!(value(&app, "#profile-planningEnd").await, "31/02/2028");
    let invalid = app
        .find("#profile-planningEnd")
        .await
        .attr("aria-invalid")
        .await
        .ok()
        .flatten();
    assert_eq!(invalid.as_deref(), Some("true"));
    app.shot(&format!("dates-wrong-{lang}")).await;

    // Picked from the month the field opens on (the stored end's month),
    // by keyboard: one week on from the last day shown.
    app.fill("#profile-planningEnd", "10/12/2028").await;
    app.press("\u{E004}").await;
    app.wait_for_text("[data-testid=save-state]", saved).await;
    app.click("[data-testid=profile-planningEnd-pick]").await;
    app.find("[data-day='2028-12-10']:focus").await;
    app.shot(&format!("dates-month-{lang}")).await;
    app.press("\u{E015}").await; // Arrow down: a week later
    app.press("\u{E007}").await; // Enter
    assert!(app.wait_until_gone("[data-day]").await);
    assert_eq!(value(&app, "#profile-planningEnd").await, "17/12/2028");
    app.wait_for_text("[data-testid=save-state]", saved).await;
    app.quit().await;

    let profile = &export(&file)["profile"];
    assert_eq!(profile["planningStart"], "2027-03-01", "{profile}");
    assert_eq!(profile["planningEnd"], "2028-12-17", "{profile}");
}

#[test]
fn dates_are_typed_and_picked_day_first_in_english() {
    run_window_test(dates_in(
        "en",
        EN,
        "All changes saved",
        "There is no such day",
    ));
}

#[test]
fn dates_are_typed_and_picked_day_first_in_spanish() {
    run_window_test(dates_in(
        "es",
        ES,
        "Todos los cambios guardados",
        "Ese día no existe",
    ));
}
