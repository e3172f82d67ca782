//! Every health rule's "Fix it", through the real window: the finding's
//! button lands on the control that fixes it (the focused element), with
//! what the finding knows already filled in. The workspaces are the sample,
//! a new one, and the sample changed through its JSON export so that every
//! rule of the catalogue fires in one of them; which rules fired is read from
//! the CLI's own health check, and the test fails if one is never landed on.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rumbo_e2e::{AppWindow, Home, rumbo, run_window_test, tempdir, text};
use serde_json::Value;

const EN: &str = "en_US.UTF-8";

fn s(path: &Path) -> String {
    path.display().to_string()
}

fn export(file: &Path) -> Value {
    let out = rumbo(&["export-json", &s(file)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

fn import(dir: &Path, name: &str, doc: &Value) -> PathBuf {
    let json = dir.join(format!("{name}.json"));
    let file = dir.join(format!("{name}.rumbo"));
    std::fs::write(&json, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = rumbo(&["import-json", &s(&json), &s(&file)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    file
}

/// Rumbo's own check of `file`, as JSON.
fn check(file: &Path) -> Value {
    let out = rumbo(&["--lang", "en", "check", "--format", "json", &s(file)]);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("check's JSON: {e}: {}", text(&out.stderr)))
}

/// The findings Rumbo's own check gives for `file`.
fn findings(file: &Path) -> Vec<Value> {
    check(file)["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Every rule of the catalogue: the check's breakdown names each one, so a
/// rule added to the health check is owed a landing here at once.
fn catalogue(file: &Path) -> Vec<String> {
    let rules: Vec<String> = check(file)["breakdown"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["rule"].as_str().map(str::to_string))
        .collect();
    assert!(rules.len() > 30, "the catalogue: {rules:?}");
    rules
}

fn records<'a>(doc: &'a mut Value, list: &str) -> &'a mut Vec<Value> {
    doc[list]
        .as_array_mut()
        .unwrap_or_else(|| panic!("no list {list}"))
}

/// The sample with channels, objectives and recommendations changed so the
/// channel, objective and recommendation rules the sample passes fire.
fn weak_channels_and_objectives(sample: &Value) -> Value {
    let mut doc = sample.clone();
    for objective in records(&mut doc, "objectives") {
        if let Some(ids) = objective["channelIds"].as_array_mut() {
            ids.retain(|id| id.as_i64() != Some(1));
        }
        match objective["id"].as_i64() {
            Some(6) => objective["kpiMetric"] = "".into(),
            Some(3) => {
                objective["start"] = "2020-01-01".into();
                objective["deadline"] = "2021-01-31".into();
            }
            Some(7) => {
                objective["kpiMetric"] = "Followers".into();
                objective["kpiUnit"] = "followers".into();
            }
            _ => {}
        }
    }
    for channel in records(&mut doc, "channels") {
        match channel["id"].as_i64() {
            // Paused, and now the best fit of all.
            Some(10) => {
                if let Some(scores) = channel["fitScores"].as_array_mut() {
                    for score in scores {
                        score["score"] = 5.into();
                    }
                }
            }
            Some(6) => channel["fitScores"] = Value::Array(vec![]),
            _ => {}
        }
    }
    for recommendation in records(&mut doc, "recommendations") {
        if recommendation["decision"] != "pending" {
            recommendation["decision"] = "ignored".into();
        }
    }
    doc
}

/// The sample with its accounts, pillars and service levels changed so the
/// operative rules the sample passes fire: an account with one admin, an
/// event's account with no end, a channel that carries no pillar, office
/// hours round the clock that nobody could staff.
fn weak_operations(sample: &Value) -> Value {
    let mut doc = sample.clone();
    let live = |c: &Value| c["status"] == "active";
    let mut active = records(&mut doc, "channels")
        .iter()
        .filter(|c| live(c))
        .filter_map(|c| c["id"].as_i64())
        .collect::<Vec<_>>()
        .into_iter();
    let (unpillared, single) = (active.next(), active.next());
    for channel in records(&mut doc, "channels") {
        let id = channel["id"].as_i64();
        if id == single
            && let Some(admins) = channel["account"]["adminIds"].as_array_mut()
        {
            admins.truncate(1);
        }
        if channel["status"] == "planned" {
            channel["account"]["forEvent"] = true.into();
            channel["account"]["endsOn"] = Value::Null;
            channel["account"]["closingPlan"] = "".into();
        }
    }
    for pillar in records(&mut doc, "pillars") {
        if let Some(shares) = pillar["shares"].as_array_mut() {
            shares.retain(|s| s["channelId"].as_i64() != unpillared);
        }
    }
    for level in records(&mut doc, "serviceLevels") {
        level["days"] = serde_json::json!(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
        level["opens"] = "00:00".into();
        level["closes"] = "24:00".into();
        level["responseTime"] = 1.into();
    }
    doc
}

/// The sample with the rules people meet left unfinished: comments open
/// with no house rules, a drill long ago, a crisis level with nobody who
/// decides, a deletion nobody decides, a channel with open comments and
/// nobody to moderate it.
fn weak_rules(sample: &Value) -> Value {
    let mut doc = sample.clone();
    records(&mut doc, "policies").retain(|p| p["kind"] != "house_rules");
    doc["crisis"]["lastDrill"] = "2020-01-15".into();
    if let Some(level) = records(&mut doc, "crisisLevels").first_mut() {
        level["decidedBy"] = "".into();
    }
    for rule in records(&mut doc, "moderationRules") {
        if rule["action"] == "delete" || rule["action"] == "block" {
            rule["decidedBy"] = "".into();
        }
    }
    for channel in records(&mut doc, "channels") {
        if channel["commentsOpen"] == true && channel["status"] == "active" {
            channel["moderator"] = "".into();
        }
    }
    doc
}

/// The sample whose flows all go from the CM, with no information need:
/// with `feedback` kept but for one department's flows, that department
/// tells the CM nothing; without it,
/// nothing comes back at all.
fn one_way_flows(sample: &Value, keep_feedback: bool) -> Value {
    let mut doc = sample.clone();
    // With the feedback kept, one department still hears nothing back: the
    // first one a flow reaches loses the way to answer of its flows.
    let silent = doc["flows"]
        .as_array()
        .into_iter()
        .flatten()
        .find_map(|f| f["departmentIds"].as_array()?.first().cloned());
    for flow in records(&mut doc, "flows") {
        if flow["direction"] == "department_to_cm" {
            flow["direction"] = "cm_to_department".into();
        }
        let reaches_silent = silent.as_ref().is_some_and(|d| {
            flow["departmentIds"]
                .as_array()
                .is_some_and(|ids| ids.contains(d))
        });
        if !keep_feedback || reaches_silent {
            flow["feedback"] = "".into();
        }
    }
    doc["infoNeeds"] = Value::Array(vec![]);
    doc
}

/// The id of the control a finding's "Fix it" must focus, given the
/// workspace it is about.
fn landing(finding: &Value, doc: &Value) -> String {
    let rule = finding["rule"].as_str().unwrap_or_default();
    let field = finding["target"]["field"].as_str().unwrap_or_default();
    match rule {
        "no-audiences" => "audience-name".into(),
        "no-channels" => "channel-network".into(),
        "no-objectives" => "objective-title".into(),
        "no-internal-plan"
        | "no-feedback-path"
        | "department-no-flow"
        | "department-gives-no-information" => "flow-name".into(),
        "channel-low-fit-active" | "channel-without-objective" | "channel-high-fit-unused" => {
            "channel-status".into()
        }
        "channel-fit-unscored" => "channel-fitScores".into(),
        "objective-unmeasured" => "measurement-value".into(),
        "recommendations-ignored" => "recommendation-filter-ignored".into(),
        // A channel that carries no pillar: the box that makes it carry the
        // first pillar; no pillars at all: a new one.
        "channel-without-pillar" => match finding["target"]["id"].as_i64() {
            Some(channel) => format!("pillar-carries-{channel}"),
            None => "pillar-name".into(),
        },
        "effort-over-capacity" => {
            // The channels listed by their hours, the heaviest focused.
            let heaviest = doc["channels"]
                .as_array()
                .into_iter()
                .flatten()
                .max_by(|a, b| {
                    let h = |c: &Value| c["weeklyEffortHours"].as_f64().unwrap_or(-1.0);
                    h(a).total_cmp(&h(b))
                })
                .and_then(|c| c["id"].as_i64())
                .unwrap_or_default();
            format!("channel-row-{heaviest}")
        }
        // Checked apart: a cell of a department with no role yet.
        "cm-role-single-department" => "raci-".into(),
        // No house rules: where they are written, in Conduct.
        "comments-without-house-rules" => "conduct-house-rules".into(),
        // No playbook: its first level.
        "no-crisis-playbook" => "crisis-level-new".into(),
        _ => {
            let prefix = match finding["target"]["entity"].as_str().unwrap_or_default() {
                "info_need" => "info-need",
                "internal_flow" => "flow",
                "service_level" => "level",
                "moderation_rule" => "moderation",
                "crisis_level" => "crisis-level",
                "crisis_plan" => "crisis",
                other => other,
            };
            format!("{prefix}-{field}")
        }
    }
}

/// Clicks the "Fix it" of the finding `key` (from the health view) and
/// returns the id of the element focused once it landed.
async fn fix(app: &AppWindow, key: &str, expected: &str) -> Option<String> {
    app.click("[data-testid=nav-health]").await;
    app.find("[data-testid=health-score-card]").await;
    app.click(&format!("[data-key='{key}'] [data-testid=finding-fix]"))
        .await;
    // The landing waits for its view and its editor; give it the time a
    // person would not notice.
    let mut focused = None;
    for _ in 0..30 {
        focused = app.active_id().await;
        if focused
            .as_deref()
            .is_some_and(|id| id.starts_with(expected) && !expected.is_empty())
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    focused
}

/// The value of the form control `id`.
async fn value(app: &AppWindow, id: &str) -> String {
    let element = app.find(&format!("#{id}")).await;
    element
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Leaves whatever editor the landing opened (an untouched new record
/// closes without asking).
async fn leave(app: &AppWindow) {
    app.escape().await;
}

async fn check_workspace(file: &Path, lang: &str, seen: &mut BTreeSet<String>) {
    let doc = export(file);
    let mut first_of_rule: Vec<Value> = Vec::new();
    for finding in findings(file) {
        let rule = finding["rule"].as_str().unwrap_or_default().to_string();
        if !seen.contains(&rule) && !first_of_rule.iter().any(|f| f["rule"] == rule.as_str()) {
            first_of_rule.push(finding);
        }
    }
    if first_of_rule.is_empty() {
        return;
    }
    let home = Home::new();
    let app = AppWindow::launch(&home, lang, &[file]).await;
    for finding in &first_of_rule {
        let rule = finding["rule"].as_str().unwrap_or_default();
        let key = finding["key"].as_str().unwrap_or_default();
        let expected = landing(finding, &doc);
        let focused = fix(&app, key, &expected).await;
        let focused = focused.unwrap_or_default();
        if rule == "cm-role-single-department" {
            // raci-DEPARTMENT-ACTIVITY, of a department the grid gives no role.
            let department: i64 = focused
                .strip_prefix("raci-")
                .and_then(|rest| rest.split('-').next())
                .and_then(|d| d.parse().ok())
                .unwrap_or_else(|| panic!("{rule}: focused {focused:?}, not a RACI cell"));
            let mapped = doc["raci"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["departmentId"].as_i64() == Some(department));
            assert!(!mapped, "{rule}: the cell's department already has a role");
        } else {
            assert_eq!(focused, expected, "{rule}'s Fix it lands on {expected}");
        }
        match rule {
            "department-no-flow" | "department-gives-no-information" => {
                let department = finding["target"]["id"].as_i64().unwrap_or_default();
                // The new flow already names the department (a chip of its
                // departments' picker).
                app.find(&format!(
                    "[data-testid=flow-editor] .chip[data-link-id='{department}']"
                ))
                .await;
                let direction = if rule == "department-no-flow" {
                    "cm_to_department"
                } else {
                    "department_to_cm"
                };
                assert_eq!(value(&app, "flow-direction").await, direction, "{rule}");
            }
            "no-feedback-path" => {
                assert_eq!(
                    value(&app, "flow-direction").await,
                    "department_to_cm",
                    "{rule}: the new flow comes back to the CM"
                );
            }
            "effort-over-capacity" => {
                let pressed = app
                    .find("[data-testid=channels-by-hours]")
                    .await
                    .attr("aria-pressed")
                    .await
                    .ok()
                    .flatten();
                assert_eq!(pressed.as_deref(), Some("true"), "listed by hours");
            }
            "objective-unmeasured" => {
                let title = app.find("#objective-title").await;
                let shown = title.prop("value").await.ok().flatten().unwrap_or_default();
                let id = finding["target"]["id"].as_i64();
                let objective = doc["objectives"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|o| o["id"].as_i64() == id);
                assert_eq!(
                    Some(shown.as_str()),
                    objective.and_then(|o| o["title"].as_str()),
                    "the finding's objective is the one opened"
                );
            }
            _ => {}
        }
        app.shot(&format!("fix-it-{rule}")).await;
        seen.insert(rule.to_string());
        leave(&app).await;
    }
    app.quit().await;
}

#[test]
fn every_rules_fix_it_lands_on_the_control_that_fixes_it() {
    run_window_test(async {
        let dir = tempdir();
        let sample = dir.path().join("sample.rumbo");
        let out = rumbo(&["--lang", "en", "sample", &s(&sample)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let new = dir.path().join("new.rumbo");
        let out = rumbo(&["--lang", "en", "new", &s(&new)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let doc = export(&sample);
        let files = [
            new.clone(),
            sample.clone(),
            import(dir.path(), "weak", &weak_channels_and_objectives(&doc)),
            import(dir.path(), "operations", &weak_operations(&doc)),
            import(dir.path(), "rules", &weak_rules(&doc)),
            import(dir.path(), "told-nothing", &one_way_flows(&doc, true)),
            import(dir.path(), "one-way", &one_way_flows(&doc, false)),
        ];
        let mut seen = BTreeSet::new();
        for file in &files {
            check_workspace(file, EN, &mut seen).await;
        }
        let missing: Vec<String> = catalogue(&sample)
            .into_iter()
            .filter(|r| !seen.contains(r))
            .collect();
        assert!(
            missing.is_empty(),
            "rules whose Fix it was never tried: {missing:?}"
        );
    });
}
