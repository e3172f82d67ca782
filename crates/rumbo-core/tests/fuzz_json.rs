//! Fuzzing the JSON importer (`WorkspaceDoc::from_json`): whatever it is
//! given, it never panics; what it refuses gets a clear error (a JSON code,
//! a message in English and in Spanish); what it accepts is a document that
//! passes `check()` and round-trips to the same text.
//!
//! Short by default; `RUMBO_FUZZ_CASES=N` runs N cases per test (see
//! `support/fuzz.rs`).

#[path = "support/fuzz.rs"]
mod fuzz;
#[path = "support/json_mutations.rs"]
mod mutations;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rumbo_core::error::ErrorCode;
use rumbo_core::interchange::{FORMAT_NAME, FORMAT_VERSION, WorkspaceDoc};
use serde_json::Value;

/// What refusing a JSON document may say.
const JSON_CODES: &[ErrorCode] = &[
    ErrorCode::BadJson,
    ErrorCode::UnsupportedJsonVersion,
    ErrorCode::Validation,
];

/// Reads `text`: a refusal must be clear; a document must pass `check()`
/// and survive `to_json` → `from_json` → `to_json` unchanged. Returns
/// whether it was accepted.
fn import(text: &str) -> Result<bool, TestCaseError> {
    let doc = match WorkspaceDoc::from_json(text) {
        Ok(doc) => doc,
        Err(error) => {
            fuzz::clear(&error, JSON_CODES)?;
            return Ok(false);
        }
    };
    prop_assert_eq!(&doc.format, FORMAT_NAME);
    prop_assert_eq!(doc.version, FORMAT_VERSION);
    if let Err(error) = doc.check() {
        return Err(TestCaseError::fail(format!(
            "accepted, but check() refuses it: {error:?}"
        )));
    }
    let first = doc
        .to_json()
        .map_err(|e| TestCaseError::fail(format!("to_json: {e:?}")))?;
    let again = WorkspaceDoc::from_json(&first)
        .map_err(|e| TestCaseError::fail(format!("its own export is refused: {e:?}")))?;
    prop_assert!(again == doc, "the document changed on the way back");
    let second = again
        .to_json()
        .map_err(|e| TestCaseError::fail(format!("to_json: {e:?}")))?;
    prop_assert!(first == second, "the text changed on the way back");
    Ok(true)
}

/// JSON-looking token soup: mostly the format's own words.
fn soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just(":"),
        Just(","),
        Just(" "),
        Just("\n"),
        Just("\"format\""),
        Just("\"rumbo-workspace\""),
        Just("\"version\""),
        Just("\"profile\""),
        Just("\"name\""),
        Just("\"channels\""),
        Just("\"id\""),
        Just("4"),
        Just("1"),
        Just("-1"),
        Just("1e400"),
        Just("null"),
        Just("true"),
        Just("\"\""),
        Just("\"\\ud800\""),
        Just("\"\\u0000\""),
        Just("\u{0}"),
        Just("\u{feff}"),
    ];
    proptest::collection::vec(token, 0..80).prop_map(|tokens| tokens.concat())
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("name".to_string()),
                    Just("profile".to_string()),
                    "[a-zA-Z]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A document with the right header and random fields of the format.
fn headed() -> impl Strategy<Value = String> {
    let keys = prop_oneof![
        Just("profile"),
        Just("departments"),
        Just("activities"),
        Just("raci"),
        Just("audiences"),
        Just("fitCriteria"),
        Just("channels"),
        Just("objectives"),
        Just("measurements"),
        Just("campaigns"),
        Just("flows"),
        Just("infoNeeds"),
        Just("recommendations"),
        Just("healthSettings"),
        Just("acknowledgements"),
        Just("document"),
    ];
    (
        0..6u64,
        proptest::collection::vec((keys, json_value()), 0..16),
    )
        .prop_map(|(version, fields)| {
            let mut map = serde_json::Map::new();
            map.insert("format".into(), Value::from(FORMAT_NAME));
            map.insert("version".into(), Value::from(version));
            for (key, value) in fields {
                map.insert(key.into(), value);
            }
            serde_json::to_string(&Value::Object(map)).unwrap_or_default()
        })
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..512)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        any::<String>(),
        soup(),
        json_value().prop_map(|v| v.to_string()),
        headed(),
    ]
}

#[test]
fn arbitrary_text_is_refused_with_a_clear_error_or_round_trips() {
    fuzz::run(
        "fuzz_json::arbitrary",
        file!(),
        fuzz::cases(3000, 1),
        arbitrary_text(),
        |text| import(&text).map(|_| ()),
    );
}

#[test]
fn mutants_of_valid_documents_are_refused_clearly_or_round_trip() {
    fuzz::run(
        "fuzz_json::mutants",
        file!(),
        fuzz::cases(1500, 1),
        mutations::mutant(),
        |mutant| import(&mutations::render(&mutant)).map(|_| ()),
    );
}

/// The mutants that keep only the accepted ops are all accepted: the
/// generator of rumbo-store's import fuzzing is sound, and what the
/// importer accepts is varied (not only the seeds).
#[test]
fn accepted_mutants_are_accepted_and_round_trip() {
    let changed = std::sync::atomic::AtomicU64::new(0);
    fuzz::run(
        "fuzz_json::accepted",
        file!(),
        fuzz::cases(200, 4),
        mutations::mutant(),
        |mutant| {
            let (text, doc) = mutations::accepted(&mutant);
            prop_assert!(import(&text)?, "refused");
            let seed = WorkspaceDoc::from_json(&mutations::write(
                &mutations::SEEDS[mutant.seed % mutations::SEEDS.len()].1,
                &[],
                true,
            ));
            if seed.as_ref().ok() != Some(&doc) {
                changed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Ok(())
        },
    );
    let changed = changed.load(std::sync::atomic::Ordering::Relaxed);
    println!("fuzz_json::accepted: {changed} accepted documents differ from their seed");
    assert!(changed > 0, "no accepted mutant differs from its seed");
}

/// Hostile texts, each refused with a clear error.
#[test]
fn hostile_values_are_refused_clearly() {
    let good = mutations::write(&mutations::SEEDS[0].1, &[], true);
    let replaced = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    let version = format!("\"version\": {FORMAT_VERSION}");
    let long_network = format!("\"network\": \"{}", "x".repeat(200_000));
    let long_key = format!("\"h\u{1b}[2J{}\": 1, \"handle\": \"", "x".repeat(5000));
    let cases = [
        // Not JSON.
        replaced("\"id\": 1", "\"id\": NaN"),
        replaced("\"weeklyEffortHours\": ", "\"weeklyEffortHours\": 1e400 + "),
        replaced("\"name\": \"Valdoria", "\"name\": \"\\ud800Valdoria"),
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        good[..good.len() / 2].to_string(),
        // JSON, but not the format.
        replaced(&version, "\"version\": 4294967296"),
        replaced(&version, &format!("\"version\": {FORMAT_VERSION}.0")),
        replaced(&version, &format!("\"version\": {}", FORMAT_VERSION + 1)),
        replaced(&version, "\"version\": 0"),
        replaced("\"id\": 1", "\"id\": 9223372036854775808"),
        replaced("\"audienceIds\": [", "\"audienceIds\": [4242, "),
        // Long texts where a name goes.
        replaced("\"network\": \"", &long_network),
        replaced("\"handle\": \"", &long_key),
    ];
    for text in cases {
        match WorkspaceDoc::from_json(&text) {
            Ok(_) => panic!("accepted: {}", &text[..text.len().min(200)]),
            Err(error) => fuzz::clear(&error, JSON_CODES)
                .unwrap_or_else(|e| panic!("{e}: {}", &text[..text.len().min(200)])),
        }
    }
}

#[test]
fn every_seed_is_accepted() {
    for (name, seed) in mutations::SEEDS.iter() {
        let text = mutations::write(seed, &[], true);
        assert!(
            matches!(import(&text), Ok(true)),
            "{name}: {:?}",
            WorkspaceDoc::from_json(&text).err()
        );
    }
}

/// Found by fuzzing: a link list that names a record twice passed `check()`,
/// and the import then failed in the storage with "UNIQUE constraint
/// failed: channel_audience…" (or, for an audience's channels, the repeat
/// was silently dropped). Now it is refused first, naming the list.
#[test]
fn a_repeated_link_is_refused_before_the_storage_sees_it() {
    type Edit = fn(&mut WorkspaceDoc) -> Option<()>;
    fn repeat(list: &mut Vec<i64>) -> Option<()> {
        let first = *list.first()?;
        list.push(first);
        Some(())
    }
    let edits: [(&str, Edit); 6] = [
        ("audienceIds", |d| {
            repeat(
                &mut d
                    .channels
                    .iter_mut()
                    .find(|c| !c.audience_ids.is_empty())?
                    .audience_ids,
            )
        }),
        ("fitScores", |d| {
            let channel = d.channels.iter_mut().find(|c| !c.fit_scores.is_empty())?;
            let first = *channel.fit_scores.first()?;
            channel.fit_scores.push(first);
            Some(())
        }),
        ("objectives[", |d| {
            repeat(
                &mut d
                    .objectives
                    .iter_mut()
                    .find(|o| !o.channel_ids.is_empty())?
                    .channel_ids,
            )
        }),
        ("departmentIds", |d| {
            let objective = d
                .objectives
                .iter_mut()
                .find(|o| !o.department_ids.is_empty())?;
            repeat(&mut objective.department_ids)
        }),
        ("objectiveIds", |d| {
            repeat(
                &mut d
                    .campaigns
                    .iter_mut()
                    .find(|c| !c.objective_ids.is_empty())?
                    .objective_ids,
            )
        }),
        ("audiences[", |d| {
            repeat(
                &mut d
                    .audiences
                    .iter_mut()
                    .find(|a| !a.channel_ids.is_empty())?
                    .channel_ids,
            )
        }),
    ];
    for (place, edit) in edits {
        let mut doc = rumbo_core::sample::workspace(rumbo_core::Lang::En);
        edit(&mut doc).unwrap_or_else(|| panic!("the sample has no {place}"));
        let text = doc.to_json().unwrap_or_else(|e| panic!("{e}"));
        let error = WorkspaceDoc::from_json(&text)
            .err()
            .unwrap_or_else(|| panic!("a repeat in {place} was accepted"));
        fuzz::clear(&error, &[ErrorCode::BadJson]).unwrap_or_else(|e| panic!("{e}"));
        let message = error.message(rumbo_core::Lang::En);
        assert!(
            message.contains(place) && message.contains("appears twice in this list of links"),
            "{message}"
        );
    }
}

/// Every list a document holds, made very long (and full of repeats): the
/// importer answers at once — each check is linear in a list's length —
/// and refuses clearly what is beyond a workspace's limits. (A profile with
/// 100,000 languages once took more than five minutes.)
#[test]
fn very_long_lists_are_answered_at_once() {
    // Where a list lives, and what its entries are made of.
    const LISTS: &[(&str, &str)] = &[
        ("/profile/languages", "text"),
        ("/channels/0/audienceIds", "id"),
        ("/channels/0/fitScores", "score"),
        ("/objectives/0/channelIds", "id"),
        ("/objectives/0/departmentIds", "id"),
        ("/campaigns/0/objectiveIds", "id"),
        ("/audiences/0/channelIds", "id"),
        ("/document/hiddenSections", "section"),
        ("/channels", "record"),
        ("/measurements", "record"),
        ("/acknowledgements", "record"),
    ];
    let seed = mutations::SEEDS[0].1.clone();
    let strategy = (
        0..LISTS.len(),
        prop_oneof![Just(10_usize), Just(2_001), Just(60_000), Just(150_000)],
        any::<bool>(),
    );
    fuzz::run(
        "very_long_lists",
        file!(),
        fuzz::cases(8, 20_000),
        strategy,
        |(which, length, repeats)| {
            let (pointer, kind) = LISTS[which];
            let mut doc = seed.clone();
            let first = doc
                .pointer(pointer)
                .and_then(|v| v.as_array())
                .and_then(|l| l.first().cloned());
            let entry = |i: usize| -> Value {
                let n = if repeats { i % 7 } else { i };
                match kind {
                    "text" => Value::from(format!("Lang {n}")),
                    "id" => Value::from(n as i64 + 1),
                    "score" => serde_json::json!({ "criterionId": n as i64 + 1, "score": 3 }),
                    "section" => Value::from("summary"),
                    _ => {
                        let mut record = first.clone().unwrap_or(Value::Null);
                        if let Some(object) = record.as_object_mut() {
                            object.insert("id".into(), Value::from(n as i64 + 1));
                        }
                        record
                    }
                }
            };
            let list: Vec<Value> = (0..length).map(entry).collect();
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = Value::Array(list);
            }
            let text = mutations::write(&doc, &[], false);
            let started = std::time::Instant::now();
            let result = WorkspaceDoc::from_json(&text);
            let took = started.elapsed();
            match result {
                Ok(doc) => prop_assert!(doc.check().is_ok()),
                Err(error) => fuzz::clear(
                    &error,
                    &[
                        ErrorCode::BadJson,
                        ErrorCode::Validation,
                        ErrorCode::TooLarge,
                    ],
                )?,
            }
            // Far from what linear work needs (well under a second in a
            // debug build); a quadratic path takes minutes here.
            prop_assert!(
                took < std::time::Duration::from_secs(30),
                "{pointer} × {length}: {took:?}"
            );
            Ok(())
        },
    );
}
