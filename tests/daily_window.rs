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

/// The planner of the sample, in `lang`: December 2026 in a month view,
/// where the sample's own holidays fall on meetings (a weekly Tuesday flow
/// on 8 December, the last-Friday update on Christmas Day; the monthly
/// briefing of the 20th falls on a Sunday), which are warned of; a week
/// view; and the bank holidays of England and Wales added for the year,
/// once.
async fn planner_in(lang: &str, locale: &str, expect: &[&str]) {
    let [month_title, warning, holiday, christmas, added, again] = expect else {
        panic!("six texts");
    };
    let dir = tempdir();
    let file = sample(dir.path(), lang);
    let home = Home::new();
    let app = AppWindow::launch(&home, locale, &[&file]).await;
    app.click("[data-testid=nav-internal]").await;
    app.click("[data-testid=internal-tab-calendar]").await;
    app.find("[data-testid=planner-month]").await;
    // From this month to December 2026.
    let now = app
        .eval("const d = new Date(); return d.getFullYear() * 12 + d.getMonth();")
        .await
        .as_i64()
        .unwrap_or_default();
    let steps = (2026 * 12 + 11) - now;
    let button = if steps >= 0 {
        "[data-testid=planner-next]"
    } else {
        "[data-testid=planner-previous]"
    };
    for _ in 0..steps.abs() {
        app.click(button).await;
    }
    app.wait_for_text("[data-testid=planner-title]", month_title)
        .await;
    let warned = app
        .wait_for_text("[data-testid=planner-weekend-warning]", warning)
        .await;
    assert!(
        warned.contains(holiday) && warned.contains(christmas),
        "{warned}"
    );
    // 6, 8 and 25 December, and New Year's Day in the days after the month.
    assert_eq!(app.all("[data-testid=planner-holiday]").await.len(), 4);
    app.shot(&format!("planner-month-{lang}")).await;

    // Its week: seven days.
    app.click("[data-testid=planner-view-week]").await;
    let week = app.find("[data-testid=planner-week]").await;
    let days = week
        .find_all(fantoccini::Locator::Css("tbody td"))
        .await
        .map(|d| d.len())
        .unwrap_or_default();
    assert_eq!(days, 7);
    app.shot(&format!("planner-week-{lang}")).await;

    // England and Wales's bank holidays for the year shown, once.
    app.click("[data-testid=planner-view-month]").await;
    app.click("[data-testid=holidays-add-united_kingdom]").await;
    app.wait_for_text("[data-testid=holidays-added]", added)
        .await;
    app.click("[data-testid=holidays-add-united_kingdom]").await;
    app.wait_for_text("[data-testid=holidays-added]", again)
        .await;
    app.shot(&format!("planner-holidays-{lang}")).await;
    app.quit().await;

    let holidays = export(&file)["holidays"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // England's that fall on days the sample's Spanish ones do not.
    assert!(
        holidays.iter().any(|h| h["date"] == "2026-08-31"),
        "the summer bank holiday: {holidays:?}"
    );
    assert!(
        holidays.iter().any(|h| h["date"] == "2026-12-28"),
        "Boxing Day, moved to Monday"
    );
}

#[test]
fn the_planner_shows_a_month_and_warns_of_meetings_on_days_off_in_english() {
    run_window_test(planner_in(
        "en",
        EN,
        &[
            "December 2026",
            "meetings fall on a weekend or a public holiday",
            "(Immaculate Conception)",
            "(Christmas Day)",
            "6 holidays of England and Wales for 2026 added",
            "already in the list",
        ],
    ));
}

#[test]
fn the_planner_shows_a_month_and_warns_of_meetings_on_days_off_in_spanish() {
    run_window_test(planner_in(
        "es",
        ES,
        &[
            "Diciembre de 2026",
            "reuniones caen en fin de semana o en festivo",
            "(Inmaculada Concepción)",
            "(Natividad del Señor)",
            "Se han añadido 6 festivos de Inglaterra y Gales de 2026",
            "ya estaban en la lista",
        ],
    ));
}

/// A channel on a network the list does not name: its own name is asked
/// for, kept, listed and exported.
async fn other_network_in(lang: &str, locale: &str) {
    let dir = tempdir();
    let file = sample(dir.path(), lang);
    let home = Home::new();
    let app = AppWindow::launch(&home, locale, &[&file]).await;
    app.click("[data-testid=nav-channels]").await;
    app.click("[data-testid=channel-new]").await;
    let networks = app.texts("#channel-network option").await;
    for name in ["Discord", "Reddit", "Twitch", "Threads", "Telegram"] {
        assert!(networks.iter().any(|n| n == name), "{name}: {networks:?}");
    }
    app.eval(
        "const s = document.querySelector('#channel-network'); s.value = 'other';\
         s.dispatchEvent(new Event('change', { bubbles: true }));",
    )
    .await;
    app.fill("#channel-networkName", "Pinterest").await;
    app.fill("#channel-name", "Pinterest — job ideas").await;
    app.shot(&format!("channel-other-network-{lang}")).await;
    app.click("[data-testid=channel-save]").await;
    app.wait_for_text("[data-testid=channel-row]", "Pinterest — job ideas")
        .await;
    app.quit().await;
    let channels = export(&file)["channels"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        channels
            .iter()
            .any(|c| c["network"] == "other" && c["networkName"] == "Pinterest"),
        "{channels:?}"
    );
}

#[test]
fn a_channel_on_another_network_keeps_its_name_in_english() {
    run_window_test(other_network_in("en", EN));
}

#[test]
fn a_channel_on_another_network_keeps_its_name_in_spanish() {
    run_window_test(other_network_in("es", ES));
}
