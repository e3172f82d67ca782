//! The presence corpus (`tests/corpus/`): aims labelled by hand, read and
//! scored with the recognizer.

use std::path::PathBuf;

use rumbo_core::Lang;

/// One labelled aim.
pub struct Aim {
    pub text: String,
    /// Labelled presence-only.
    pub presence: bool,
}

/// Precision and recall of the recognizer on a set of aims.
pub struct Score {
    pub aims: usize,
    pub presence: usize,
    pub true_positives: usize,
    pub false_positives: Vec<String>,
    pub false_negatives: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        let flagged = self.true_positives + self.false_positives.len();
        if flagged == 0 {
            1.0
        } else {
            self.true_positives as f64 / flagged as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.presence == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.presence as f64
        }
    }
}

/// The aims of `tests/corpus/{name}.{lang}.txt`.
pub fn read(name: &str, lang: Lang) -> Vec<Aim> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(format!("{name}.{}.txt", lang.code()));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (label, aim) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("no label in {line:?}"));
            let presence = match label.trim() {
                "presence" => true,
                "objective" => false,
                other => panic!("unknown label {other:?} in {line:?}"),
            };
            Aim {
                text: aim.trim().to_string(),
                presence,
            }
        })
        .collect()
}

/// How the recognizer does on `aims`.
pub fn score(aims: &[Aim]) -> Score {
    let mut score = Score {
        aims: aims.len(),
        presence: aims.iter().filter(|a| a.presence).count(),
        true_positives: 0,
        false_positives: Vec::new(),
        false_negatives: Vec::new(),
    };
    for aim in aims {
        match (
            aim.presence,
            rumbo_health::presence::states_presence(&aim.text),
        ) {
            (true, true) => score.true_positives += 1,
            (false, true) => score.false_positives.push(aim.text.clone()),
            (true, false) => score.false_negatives.push(aim.text.clone()),
            (false, false) => {}
        }
    }
    score
}
