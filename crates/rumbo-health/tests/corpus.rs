//! The presence recognizer measured on real-sounding aims in English and
//! Spanish (`tests/corpus/presence.*.txt`): precision and recall must both
//! be at least 0.95 in each language. `heldout.*.txt` holds aims written
//! before the recognizer and never tuned to; it is measured separately.

mod support;

use rumbo_core::Lang;
use support::corpus;

const FLOOR: f64 = 0.95;

fn check(name: &str, lang: Lang, floor: f64, min_aims: usize) {
    let aims = corpus::read(name, lang);
    let presence = aims.iter().filter(|a| a.presence).count();
    assert!(
        aims.len() >= min_aims,
        "{name}.{}: only {} aims",
        lang.code(),
        aims.len()
    );
    assert!(
        presence * 2 == aims.len(),
        "{name}.{}: half the aims are presence-only ({presence} of {})",
        lang.code(),
        aims.len()
    );
    let score = corpus::score(&aims);
    println!(
        "{name}.{}: {} aims, precision {:.3}, recall {:.3}",
        lang.code(),
        score.aims,
        score.precision(),
        score.recall()
    );
    for aim in &score.false_positives {
        println!("  flagged, but not presence: {aim}");
    }
    for aim in &score.false_negatives {
        println!("  missed: {aim}");
    }
    assert!(
        score.precision() >= floor && score.recall() >= floor,
        "{name}.{}: precision {:.3}, recall {:.3} (at least {floor})\n  flagged but not presence: {:#?}\n  missed: {:#?}",
        lang.code(),
        score.precision(),
        score.recall(),
        score.false_positives,
        score.false_negatives
    );
}

#[test]
fn the_english_corpus() {
    check("presence", Lang::En, FLOOR, 60);
}

#[test]
fn the_spanish_corpus() {
    check("presence", Lang::Es, FLOOR, 60);
}

/// The held-out aims were written before the recognizer and never tuned to;
/// they measure how it does on text it has not seen. Its floor is lower
/// than the corpus's: a miss here is a finding to learn from (add the case
/// to the corpus and fix the recognizer in general terms), not a number to
/// chase on this set.
const HELD_OUT_FLOOR: f64 = 0.85;

#[test]
fn the_english_held_out_set() {
    check("heldout", Lang::En, HELD_OUT_FLOOR, 20);
}

#[test]
fn the_spanish_held_out_set() {
    check("heldout", Lang::Es, HELD_OUT_FLOOR, 20);
}
