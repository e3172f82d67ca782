//! Conduct and moderation: the moderation matrix (what is done with each
//! kind of comment, by whom, how fast, and whether it is recorded) and the
//! protocols people meet — how a complaint is answered, how an error is
//! corrected. The house rules themselves are a [`super::Policy`].

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, tidy_ids, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// What is done with a comment, from the mildest to the strongest.
    ModerationAction {
        Answer = "answer", "Answer", "Responder";
        Ignore = "ignore", "Leave unanswered", "No responder";
        Hide = "hide", "Hide", "Ocultar";
        Refer = "refer", "Refer to a department", "Derivar a un departamento";
        Delete = "delete", "Delete", "Eliminar";
        Block = "block", "Block the user", "Bloquear al usuario";
    }
}

impl ModerationAction {
    /// Removes a person's words or voice: someone must decide it.
    pub fn needs_decision(self) -> bool {
        matches!(self, ModerationAction::Delete | ModerationAction::Block)
    }
}

/// A row of the moderation matrix: a situation and what is done about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ModerationRule {
    pub id: i64,
    /// The kind of comment or situation ("Insults or threats").
    pub situation: String,
    /// What it looks like, with examples.
    pub examples: String,
    pub action: ModerationAction,
    /// The department it is referred to (or that is consulted).
    pub department_id: Option<i64>,
    /// Who acts (a role).
    pub acted_by: String,
    /// Who decides, where the action needs a decision (delete, block).
    pub decided_by: String,
    /// How fast, as people say it ("within 2 working hours").
    pub speed: String,
    /// Whether the case is recorded (a screenshot, a log); `None` when
    /// it is not known.
    pub recorded: Option<bool>,
    /// The channels it applies to; none means every channel.
    pub channel_ids: Vec<i64>,
}

impl Named for ModerationRule {
    const NOUN: Noun = Noun::masculine("moderation rule", "criterio de moderación")
        .plural("moderation rules", "criterios de moderación");
    const MOST: usize = 500;
}

impl ModerationRule {
    pub fn new(situation: &str, action: ModerationAction) -> ModerationRule {
        ModerationRule {
            id: 0,
            situation: situation.to_string(),
            examples: String::new(),
            action,
            department_id: None,
            acted_by: String::new(),
            decided_by: String::new(),
            speed: String::new(),
            recorded: None,
            channel_ids: Vec::new(),
        }
    }

    pub fn normalized(mut self) -> ModerationRule {
        trim_all(&mut [
            &mut self.situation,
            &mut self.examples,
            &mut self.acted_by,
            &mut self.decided_by,
            &mut self.speed,
        ]);
        super::tidy_name(&mut self.situation);
        tidy_ids(&mut self.channel_ids);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("situation", &self.situation)
            .short("situation", &self.situation)
            .long("examples", &self.examples)
            .short("actedBy", &self.acted_by)
            .short("decidedBy", &self.decided_by)
            .short("speed", &self.speed)
            .done()
    }

    pub fn validated(self) -> Result<ModerationRule> {
        let rule = self.normalized();
        check(rule.issues())?;
        Ok(rule)
    }
}

labelled_enum! {
    /// What a protocol is for.
    ProtocolKind {
        Complaints = "complaints", "Complaints and replies", "Quejas y respuestas";
        Correction = "correction", "Correcting errors", "Corrección de errores";
        Other = "other", "Other protocol", "Otro protocolo";
    }
}

/// The most steps a protocol has.
pub const MAX_PROTOCOL_STEPS: usize = 30;

/// One step of a protocol: what is done, by whom, within how long.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProtocolStep {
    pub what: String,
    pub who: String,
    /// The time limit, as people say it ("2 working days").
    pub within: String,
}

/// A protocol people meet: how a complaint is answered, how an error is
/// corrected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Protocol {
    pub id: i64,
    pub kind: ProtocolKind,
    pub name: String,
    /// When it applies.
    pub scope: String,
    /// The department in charge.
    pub department_id: Option<i64>,
    pub steps: Vec<ProtocolStep>,
    /// Who drafts the reply or the correction.
    pub drafted_by: String,
    /// Who approves or decides it.
    pub approved_by: String,
    /// The time limit for the whole protocol.
    pub time_limit: String,
    /// How the outcome is made known (how a correction is announced, how
    /// the person who complained is told).
    pub announcement: String,
}

impl Named for Protocol {
    const NOUN: Noun = Noun::masculine("protocol", "protocolo").plural("protocols", "protocolos");
    const MOST: usize = 200;
}

impl Protocol {
    pub fn new(kind: ProtocolKind, name: &str) -> Protocol {
        Protocol {
            id: 0,
            kind,
            name: name.to_string(),
            scope: String::new(),
            department_id: None,
            steps: Vec::new(),
            drafted_by: String::new(),
            approved_by: String::new(),
            time_limit: String::new(),
            announcement: String::new(),
        }
    }

    pub fn normalized(mut self) -> Protocol {
        trim_all(&mut [
            &mut self.name,
            &mut self.scope,
            &mut self.drafted_by,
            &mut self.approved_by,
            &mut self.time_limit,
            &mut self.announcement,
        ]);
        super::tidy_name(&mut self.name);
        for step in &mut self.steps {
            trim_all(&mut [&mut step.what, &mut step.who, &mut step.within]);
        }
        // A step that says nothing is no step.
        self.steps
            .retain(|s| !(s.what.is_empty() && s.who.is_empty() && s.within.is_empty()));
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .long("scope", &self.scope)
            .list("steps", self.steps.len(), MAX_PROTOCOL_STEPS);
        for step in &self.steps {
            issues
                .required("steps.what", &step.what)
                .long("steps.what", &step.what)
                .short("steps.who", &step.who)
                .short("steps.within", &step.within);
        }
        issues
            .short("draftedBy", &self.drafted_by)
            .short("approvedBy", &self.approved_by)
            .short("timeLimit", &self.time_limit)
            .long("announcement", &self.announcement)
            .done()
    }

    pub fn validated(self) -> Result<Protocol> {
        let protocol = self.normalized();
        check(protocol.issues())?;
        Ok(protocol)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_deleting_and_blocking_need_a_decision() {
        let deciding: Vec<ModerationAction> = ModerationAction::ALL
            .iter()
            .copied()
            .filter(|a| a.needs_decision())
            .collect();
        assert_eq!(
            deciding,
            [ModerationAction::Delete, ModerationAction::Block]
        );
    }

    #[test]
    fn empty_steps_go_and_a_step_says_what_is_done() {
        let mut protocol = Protocol::new(ProtocolKind::Complaints, " Complaints ");
        protocol.steps = vec![
            ProtocolStep {
                what: "  ".into(),
                who: String::new(),
                within: " ".into(),
            },
            ProtocolStep {
                what: String::new(),
                who: "Citizen service".into(),
                within: "2 days".into(),
            },
        ];
        let normalized = protocol.normalized();
        assert_eq!(normalized.name, "Complaints");
        assert_eq!(normalized.steps.len(), 1);
        let fields: Vec<&str> = normalized.issues().iter().map(|i| i.field).collect();
        assert_eq!(fields, ["steps.what"]);
    }

    #[test]
    fn a_moderation_rule_names_its_situation() {
        let rule = ModerationRule::new(" ", ModerationAction::Hide);
        assert!(rule.validated().is_err());
        let mut rule = ModerationRule::new("Spam", ModerationAction::Hide);
        rule.channel_ids = vec![3, 1, 3];
        assert_eq!(rule.validated().map(|r| r.channel_ids), Ok(vec![1, 3]));
    }
}
