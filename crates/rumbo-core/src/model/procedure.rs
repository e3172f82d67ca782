//! The procedure the organization follows to open an account and to close
//! one: its steps in order, who takes each, and how long each takes. The
//! four questions every request answers are part of the product
//! ([`crate::model::Answers`]); the steps are the organization's own.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// Which procedure a step belongs to.
    Phase {
        Opening = "opening", "Opening an account", "Apertura de una cuenta";
        Closing = "closing", "Closing an account", "Cierre de una cuenta";
    }
}

/// The most working days one step may take (about two years).
pub const MAX_STEP_DAYS: u32 = 500;

/// One step of opening or closing an account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProcedureStep {
    pub id: i64,
    pub phase: Phase,
    /// What happens ("Approval by the Head of Communication").
    pub name: String,
    /// Who takes the step: a role or a unit (the approver, for an approval).
    pub who: String,
    /// Working days it takes; `None`: not set.
    pub days: Option<u32>,
    pub description: String,
    /// Order within its phase.
    pub position: i64,
}

impl Named for ProcedureStep {
    const NOUN: Noun = Noun::masculine("procedure step", "paso del procedimiento")
        .plural("procedure steps", "pasos del procedimiento");
    const MOST: usize = 200;
}

impl ProcedureStep {
    pub fn new(phase: Phase, name: &str) -> ProcedureStep {
        ProcedureStep {
            id: 0,
            phase,
            name: name.to_string(),
            who: String::new(),
            days: None,
            description: String::new(),
            position: 0,
        }
    }

    pub fn normalized(mut self) -> ProcedureStep {
        trim_all(&mut [&mut self.name, &mut self.who, &mut self.description]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .short("who", &self.who);
        if let Some(days) = self.days {
            issues.range("days", f64::from(days), 0.0, f64::from(MAX_STEP_DAYS));
        }
        issues.long("description", &self.description).done()
    }

    pub fn validated(self) -> Result<ProcedureStep> {
        let step = self.normalized();
        check(step.issues())?;
        Ok(step)
    }
}

/// The working days a phase takes: the sum of its steps' days, and whether
/// every step has its days set (otherwise the sum is a lower bound).
pub fn lead_time(steps: &[ProcedureStep], phase: Phase) -> (u32, bool) {
    let of_phase = steps.iter().filter(|s| s.phase == phase);
    let total = of_phase.clone().filter_map(|s| s.days).sum();
    (total, of_phase.clone().all(|s| s.days.is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_time_adds_the_days_of_a_phase() {
        let step = |phase, days| ProcedureStep {
            days,
            ..ProcedureStep::new(phase, "Step")
        };
        let steps = [
            step(Phase::Opening, Some(5)),
            step(Phase::Opening, Some(3)),
            step(Phase::Closing, None),
            step(Phase::Closing, Some(15)),
        ];
        assert_eq!(lead_time(&steps, Phase::Opening), (8, true));
        assert_eq!(lead_time(&steps, Phase::Closing), (15, false));
        let mut long = step(Phase::Opening, Some(MAX_STEP_DAYS + 1));
        assert_eq!(long.issues().len(), 1);
        long.days = None;
        assert!(long.validated().is_ok());
    }
}
