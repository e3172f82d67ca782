//! What the fuzz tests share (`tests/fuzz_json.rs`, `tests/fuzz_csv.rs`,
//! rumbo-store's `tests/fuzz_import.rs` and rumbo-doc's
//! `tests/fuzz_render.rs`, which include this file by path):
//! how many cases to run, the runner that counts and reports the inputs it
//! executed, and what a clear error is.
//!
//! Without `RUMBO_FUZZ_CASES`, each test runs a short default (a few
//! seconds in a debug build). `RUMBO_FUZZ_CASES=N` runs N cases of each
//! fuzz test of rumbo-core (N/4 of the accepted-mutant one, which reads
//! each mutant up to six times), and N/100 (N/25 for the CSV imports) of
//! rumbo-store's, which write files (N/10 and N/50 of rumbo-doc's, which
//! write documents). Run with `--nocapture` to see how many
//! inputs each executed:
//!
//! ```text
//! RUMBO_FUZZ_CASES=200000 cargo test --release -p rumbo-core -p rumbo-store \
//!     --test fuzz_json --test fuzz_csv --test fuzz_import -- --nocapture
//! ```

#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use proptest::strategy::Strategy;
use proptest::test_runner::{
    Config, FileFailurePersistence, TestCaseError, TestCaseResult, TestRunner,
};
use rumbo_core::error::ErrorCode;
use rumbo_core::{Error, Lang};

/// The environment variable that sets the number of cases.
pub const CASES_VARIABLE: &str = "RUMBO_FUZZ_CASES";

/// A message longer than this is not something a person reads: a fuzzed
/// input was echoed whole.
pub const MAX_MESSAGE_CHARS: usize = 1000;

/// `default` cases, or `RUMBO_FUZZ_CASES / divisor` (at least 1) when set.
pub fn cases(default: u32, divisor: u32) -> u32 {
    match std::env::var(CASES_VARIABLE) {
        Ok(text) => {
            let n: u32 = text
                .trim()
                .parse()
                .unwrap_or_else(|e| panic!("{CASES_VARIABLE}={text:?}: {e}"));
            (n / divisor.max(1)).max(1)
        }
        Err(_) => default,
    }
}

/// Runs `test` over `cases` inputs drawn from `strategy`, with proptest's
/// shrinking and its failure file beside `source_file`, then prints how
/// many inputs were executed. Panics with the smallest failing input.
pub fn run<S: Strategy>(
    name: &str,
    source_file: &'static str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> TestCaseResult,
) -> u64 {
    let config = Config {
        cases,
        source_file: Some(source_file),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        // Shrinking a case that needs files must not run for ever.
        max_shrink_iters: 2048,
        ..Config::default()
    };
    let executed = AtomicU64::new(0);
    let started = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |input| {
        executed.fetch_add(1, Ordering::Relaxed);
        test(input)
    });
    let executed = executed.load(Ordering::Relaxed);
    println!(
        "{name}: {executed} inputs executed ({cases} cases) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
    executed
}

/// An error a person can act on: one of the `expected` codes, and a
/// message in each language that is not empty, differs between the two,
/// is of a readable length and holds no control characters.
pub fn clear(error: &Error, expected: &[ErrorCode]) -> TestCaseResult {
    if !expected.contains(&error.code()) {
        return Err(TestCaseError::fail(format!(
            "error code {:?} not among {expected:?}: {error:?}",
            error.code()
        )));
    }
    let mut messages = Vec::new();
    for lang in Lang::ALL {
        let api = error.to_api(lang);
        let message = &api.message;
        let chars = message.chars().count();
        let problem = if api.code != error.code() {
            Some("the IPC code differs".to_string())
        } else if message.trim().is_empty() {
            Some("an empty message".to_string())
        } else if chars > MAX_MESSAGE_CHARS {
            Some(format!("a message of {chars} characters"))
        } else if message.chars().any(char::is_control) {
            Some("control characters in the message".to_string())
        } else {
            None
        };
        if let Some(problem) = problem {
            let start: String = message.chars().take(300).collect();
            return Err(TestCaseError::fail(format!(
                "{problem} ({lang:?}): {start:?}… for {:?}",
                error.code()
            )));
        }
        messages.push(api.message);
    }
    if messages.windows(2).any(|w| w[0] == w[1]) {
        return Err(TestCaseError::fail(format!(
            "the message is not translated: {:?}",
            messages[0]
        )));
    }
    Ok(())
}
