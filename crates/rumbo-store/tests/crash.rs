//! The crash harness: a child process (this test binary, re-run with
//! `RUMBO_CRASH_CHILD` set) makes a stream of real edits through
//! `Workspace` — channels, the profile, objectives linked to channels,
//! imports of 25 KPI values in one transaction, deletions that cascade,
//! renames — and prints `ack N` after each edit returns Ok. The parent kills
//! it with SIGKILL at a random moment, reopens the file through
//! `Workspace::open`, runs `PRAGMA integrity_check`, and compares the
//! workspace with a model of the acknowledged edits: every acknowledged
//! edit must be there, and the one in flight wholly there or wholly absent.
//!
//! `RUMBO_CRASH_TRIALS` sets the number of trials (default 40, a few seconds;
//! the long run is `RUMBO_CRASH_TRIALS=2000`), `RUMBO_CRASH_SEED` the seed
//! (printed, for reproducing a failure). Run with `--nocapture` to see the
//! totals.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rumbo_core::kpi_csv::{CsvMapping, DateOrder, DecimalMark};
use rumbo_core::model::{Channel, ChannelStatus, Network, Objective, ObjectiveKind, Profile};
use rumbo_core::{Error, Lang};
use rumbo_store::Workspace;

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

/// An objective as the model sees it: its linked channels' names and its
/// KPI values as (date, value).
type ObjectiveState = (BTreeSet<String>, BTreeSet<(NaiveDate, i64)>);

/// What the workspace should hold: the strategy as the edits leave it.
#[derive(Debug, Clone, Default, PartialEq)]
struct State {
    channels: BTreeSet<String>,
    mission: String,
    /// objective title → (linked channel names, KPI values as (date, value)).
    objectives: BTreeMap<String, ObjectiveState>,
}

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default()
}

fn values(i: u64) -> Vec<(NaiveDate, i64)> {
    (0..25)
        .map(|k| {
            let day = base_date() + chrono::Duration::days(i64::try_from(i * 25 + k).unwrap_or(0));
            (day, i64::try_from(i * 1000 + k).unwrap_or(0))
        })
        .collect()
}

/// The channels an objective made by edit `i` links to: up to four of the
/// present ones, by name.
fn links_for(channels: &BTreeSet<String>) -> Vec<String> {
    channels.iter().take(4).cloned().collect()
}

/// Edit `i` applied to the model.
fn apply(state: &mut State, i: u64) {
    match i % 6 {
        0 => {
            state.channels.insert(format!("c{i}"));
        }
        1 => state.mission = format!("m{i}"),
        2 => {
            let links = links_for(&state.channels).into_iter().collect();
            state
                .objectives
                .insert(format!("o{i}"), (links, BTreeSet::new()));
        }
        3 => {
            if let Some(objective) = state.objectives.get_mut(&format!("o{}", i - 1)) {
                objective.1.extend(values(i));
            }
        }
        4 => {
            let name = format!("c{}", i - 4);
            state.channels.remove(&name);
            for objective in state.objectives.values_mut() {
                objective.0.remove(&name);
            }
        }
        _ => {
            let title = format!("o{}", i - 3);
            if let Some(objective) = state.objectives.remove(&title)
                && (i / 6) % 2 == 1
            {
                state.objectives.insert(format!("{title}+"), objective);
            }
        }
    }
}

/// Edit `i` made through the workspace, as the app would.
fn edit(ws: &mut Workspace, i: u64) -> Result<(), Error> {
    match i % 6 {
        0 => {
            let mut channel =
                Channel::new(Network::Linkedin, &format!("c{i}"), ChannelStatus::Planned);
            channel.weekly_effort_hours = Some(1.0);
            ws.add(channel).map(|_| ())
        }
        1 => {
            let profile = ws.profile()?;
            ws.save_profile(Profile {
                mission: format!("m{i}"),
                ..profile
            })
            .map(|_| ())
        }
        2 => {
            let channels = ws.list::<Channel>()?;
            let names: BTreeSet<String> = channels.iter().map(|c| c.name.clone()).collect();
            let wanted = links_for(&names);
            let mut objective = Objective::new(&format!("o{i}"), ObjectiveKind::Engagement);
            objective.kpi_metric = "comments".into();
            objective.channel_ids = channels
                .iter()
                .filter(|c| wanted.contains(&c.name))
                .map(|c| c.id)
                .collect();
            ws.add(objective).map(|_| ())
        }
        3 => {
            let title = format!("o{}", i - 1);
            let Some(objective) = ws
                .list::<Objective>()?
                .into_iter()
                .find(|o| o.title == title)
            else {
                return Ok(());
            };
            let csv: String = values(i)
                .iter()
                .map(|(d, v)| format!("{},{v}\n", d.format("%Y-%m-%d")))
                .collect();
            let mapping = CsvMapping {
                delimiter: ",".into(),
                has_header: false,
                date_column: 0,
                value_column: 1,
                date_order: DateOrder::Iso,
                decimal_mark: DecimalMark::Point,
            };
            ws.import_measurements(objective.id, &csv, &mapping)
                .map(|_| ())
        }
        4 => {
            let name = format!("c{}", i - 4);
            match ws.list::<Channel>()?.into_iter().find(|c| c.name == name) {
                Some(c) => ws
                    .delete(rumbo_core::ipc::EntityKind::Channel, c.id)
                    .map(|_| ()),
                None => Ok(()),
            }
        }
        _ => {
            let title = format!("o{}", i - 3);
            let Some(objective) = ws
                .list::<Objective>()?
                .into_iter()
                .find(|o| o.title == title)
            else {
                return Ok(());
            };
            if (i / 6) % 2 == 1 {
                ws.update(Objective {
                    title: format!("{title}+"),
                    ..objective
                })
                .map(|_| ())
            } else {
                ws.delete(rumbo_core::ipc::EntityKind::Objective, objective.id)
                    .map(|_| ())
            }
        }
    }
}

/// The workspace read back as a model.
fn read(ws: &Workspace) -> State {
    let doc = ok(ws.export());
    let channel_names: BTreeMap<i64, String> = doc
        .channels
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    let mut objectives = BTreeMap::new();
    for o in &doc.objectives {
        let links = o
            .channel_ids
            .iter()
            .filter_map(|id| channel_names.get(id).cloned())
            .collect();
        let values = doc
            .measurements
            .iter()
            .filter(|m| m.objective_id == o.id)
            .map(|m| (m.date, m.value.round() as i64))
            .collect();
        objectives.insert(o.title.clone(), (links, values));
    }
    State {
        channels: channel_names.into_values().collect(),
        mission: doc.profile.mission.clone(),
        objectives,
    }
}

/// The child: edits from `RUMBO_CRASH_START` on until it is killed.
#[test]
fn crash_child() {
    let Some(path) = std::env::var_os("RUMBO_CRASH_CHILD") else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    let start: u64 = std::env::var("RUMBO_CRASH_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut out = std::io::stdout().lock();
    let mut ws = ok(Workspace::open(&path));
    // A newline first: libtest has just printed "test crash_child ... ".
    let _ = writeln!(out, "\nready").and_then(|()| out.flush());
    for i in start..start + 1_000_000 {
        let _ = writeln!(out, "begin {i}").and_then(|()| out.flush());
        ok(edit(&mut ws, i));
        let _ = writeln!(out, "ack {i}").and_then(|()| out.flush());
        if i % 10 == 9 {
            // Close (checkpoint) and reopen now and then: kills land there too.
            ok(ws.close());
            ws = ok(Workspace::open(&path));
        }
    }
}

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn integrity(path: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap_or_else(|e| panic!("{e}"));
    let rows: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_else(|e| panic!("{e}"));
    rows.join("; ")
}

#[test]
fn killed_at_random_moments_no_acknowledged_edit_is_lost() {
    if std::env::var_os("RUMBO_CRASH_CHILD").is_some() {
        return;
    }
    let trials: u64 = std::env::var("RUMBO_CRASH_TRIALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let seed: u64 = std::env::var("RUMBO_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
        });
    println!("crash harness: {trials} trials, RUMBO_CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("crash.rumbo");
    ok(ok(Workspace::create(&path, Lang::En)).close());
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));

    let mut model = State::default();
    let mut next = 0_u64;
    let (mut acknowledged, mut lost, mut in_flight_applied, mut in_flight_absent) = (0, 0, 0, 0);
    let started = Instant::now();
    let mut failure = String::new();
    for trial in 0..trials {
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env("RUMBO_CRASH_CHILD", &path)
            .env("RUMBO_CRASH_START", next.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Wait until it has opened the file, then let it edit for a while.
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut lines = Vec::new();
        while Instant::now() < deadline {
            match rx.recv_timeout(Duration::from_millis(50)) {
                Ok(line) => {
                    let ready = line == "ready";
                    lines.push(line);
                    if ready {
                        break;
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        std::thread::sleep(Duration::from_millis(1 + rng.next() % 120));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let _ = reader.join();
        lines.extend(rx.try_iter());
        assert!(
            lines.iter().any(|l| l == "ready"),
            "trial {trial}: the child never opened the file: {:?}",
            lines.iter().take(20).collect::<Vec<_>>()
        );

        let mut acked = Vec::new();
        let mut begun = None;
        for line in &lines {
            if let Some(n) = line
                .strip_prefix("ack ")
                .and_then(|n| n.parse::<u64>().ok())
            {
                acked.push(n);
            } else if let Some(n) = line
                .strip_prefix("begin ")
                .and_then(|n| n.parse::<u64>().ok())
            {
                begun = Some(n);
            }
        }
        for n in &acked {
            apply(&mut model, *n);
        }
        acknowledged += acked.len();
        let in_flight = begun.filter(|b| !acked.contains(b));

        // Reopen as the app would, check, compare.
        let ws = Workspace::open(&path)
            .unwrap_or_else(|e| panic!("trial {trial} (seed {seed}): the file does not open: {e}"));
        let actual = read(&ws);
        ok(ws.close());
        let verdict = integrity(&path);
        assert_eq!(verdict, "ok", "trial {trial} (seed {seed})");
        if actual == model {
            if in_flight.is_some() {
                in_flight_absent += 1;
            }
            next = in_flight.unwrap_or(acked.last().map_or(next, |n| n + 1));
        } else {
            let mut with = model.clone();
            if let Some(n) = in_flight {
                apply(&mut with, n);
            }
            if in_flight.is_some() && actual == with {
                model = with;
                in_flight_applied += 1;
                next = in_flight.map_or(next, |n| n + 1);
            } else {
                lost += 1;
                failure = format!(
                    "trial {trial} (seed {seed}): the workspace does not match the acknowledged edits\nexpected {model:?}\nfound {actual:?}"
                );
                break;
            }
        }
    }
    println!(
        "crash harness: {trials} trials in {:.1} s, {acknowledged} edits acknowledged, {lost} lost; \
         the edit in flight was wholly present {in_flight_applied} times and wholly absent {in_flight_absent} times; \
         {next} edits made in all, seed {seed}",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(lost, 0, "{failure}");
    assert!(acknowledged > 0);
}
