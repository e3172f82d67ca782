//! The crisis playbook: severity levels as a ladder (what triggers each,
//! who decides, how it escalates, what is said first), the per-channel
//! checklist of what to pause, and the playbook's own settings — the
//! single voice that speaks for the organization, the post-mortem
//! template, the date of the last drill.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_TEXT, check, labelled_enum, tidy_ids, trim_all};
use crate::error::{FieldIssue, IssueKind, Result};
use crate::records::{Named, Noun};

/// The highest level of a crisis ladder.
pub const MAX_CRISIS_RANK: u32 = 9;
/// The most holding statements a level has (one per language).
pub const MAX_STATEMENTS: usize = 12;

/// What is said first, in one language, while the facts are checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HoldingStatement {
    /// The language it is written in, as the organization names it.
    pub language: String,
    pub text: String,
}

/// A severity level of the crisis ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CrisisLevel {
    pub id: i64,
    /// Its step on the ladder: 1 is the mildest. Unique.
    pub rank: u32,
    pub name: String,
    /// What puts a situation at this level.
    pub triggers: String,
    /// Who decides at this level (a role).
    pub decided_by: String,
    /// Who is told or called in, and when it goes up a level.
    pub escalation: String,
    /// The departments called in at this level.
    pub department_ids: Vec<i64>,
    /// Whether scheduled posts, ads and automated replies are paused (the
    /// pause checklist).
    pub pause: bool,
    /// The holding statements, one per language.
    pub statements: Vec<HoldingStatement>,
}

impl Named for CrisisLevel {
    const NOUN: Noun = Noun::masculine("crisis level", "nivel de crisis")
        .plural("crisis levels", "niveles de crisis");
    const MOST: usize = MAX_CRISIS_RANK as usize;
}

impl CrisisLevel {
    pub fn new(rank: u32, name: &str) -> CrisisLevel {
        CrisisLevel {
            id: 0,
            rank,
            name: name.to_string(),
            triggers: String::new(),
            decided_by: String::new(),
            escalation: String::new(),
            department_ids: Vec::new(),
            pause: false,
            statements: Vec::new(),
        }
    }

    pub fn normalized(mut self) -> CrisisLevel {
        trim_all(&mut [
            &mut self.name,
            &mut self.triggers,
            &mut self.decided_by,
            &mut self.escalation,
        ]);
        super::tidy_name(&mut self.name);
        tidy_ids(&mut self.department_ids);
        for statement in &mut self.statements {
            statement.language = crate::text::canonical_name(&statement.language);
            trim_all(&mut [&mut statement.text]);
        }
        self.statements
            .retain(|s| !(s.language.is_empty() && s.text.is_empty()));
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .range(
                "rank",
                f64::from(self.rank),
                1.0,
                f64::from(MAX_CRISIS_RANK),
            )
            .required("name", &self.name)
            .short("name", &self.name)
            .long("triggers", &self.triggers)
            .short("decidedBy", &self.decided_by)
            .long("escalation", &self.escalation)
            .list("statements", self.statements.len(), MAX_STATEMENTS);
        let mut languages = std::collections::HashSet::new();
        for statement in &self.statements {
            issues
                .required("statements.language", &statement.language)
                .short("statements.language", &statement.language)
                .required("statements.text", &statement.text)
                .long("statements.text", &statement.text);
            if !statement.language.is_empty()
                && !languages.insert(crate::text::name_key(&statement.language))
            {
                issues.push(
                    "statements.language",
                    IssueKind::Duplicate {
                        entity: crate::error::Entity::CrisisLevel,
                    },
                );
            }
        }
        issues.done()
    }

    pub fn validated(self) -> Result<CrisisLevel> {
        let level = self.normalized();
        check(level.issues())?;
        Ok(level)
    }

    /// Whether it has a holding statement with words in it.
    pub fn has_statement(&self) -> bool {
        self.statements.iter().any(|s| !s.text.trim().is_empty())
    }
}

labelled_enum! {
    /// What a pause checklist item stops.
    PauseWhat {
        ScheduledPosts = "scheduled_posts", "Scheduled posts", "Publicaciones programadas";
        Ads = "ads", "Ads and paid promotion", "Anuncios y promoción de pago";
        AutomatedReplies = "automated_replies", "Automated replies", "Respuestas automáticas";
        Other = "other", "Other", "Otra acción";
    }
}

/// An item of the pause checklist: what to stop on a channel (or on every
/// channel) when the playbook says to pause, how, and who does it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PauseStep {
    pub id: i64,
    /// The channel; `None` for every channel.
    pub channel_id: Option<i64>,
    pub what: PauseWhat,
    /// How, and where ("Scheduling tool → Pause all queues").
    pub how: String,
    /// Who does it (a role).
    pub who: String,
}

impl Named for PauseStep {
    const NOUN: Noun = Noun::feminine("pause checklist item", "acción de pausa")
        .plural("pause checklist items", "acciones de pausa");
    const MOST: usize = 2_000;
}

impl PauseStep {
    pub fn new(channel_id: Option<i64>, what: PauseWhat, how: &str) -> PauseStep {
        PauseStep {
            id: 0,
            channel_id,
            what,
            how: how.to_string(),
            who: String::new(),
        }
    }

    pub fn normalized(mut self) -> PauseStep {
        trim_all(&mut [&mut self.how, &mut self.who]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("how", &self.how)
            .long("how", &self.how)
            .short("who", &self.who)
            .done()
    }

    pub fn validated(self) -> Result<PauseStep> {
        let step = self.normalized();
        check(step.issues())?;
        Ok(step)
    }
}

/// The crisis playbook's settings. Every workspace has one set.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CrisisPlan {
    /// The account that speaks for the organization in a crisis.
    pub spokes_channel_id: Option<i64>,
    /// The rule of a single voice, in words.
    pub single_voice: String,
    /// The template of the review after a crisis.
    pub post_mortem: String,
    /// When the playbook was last rehearsed; `None` when never, or unknown.
    pub last_drill: Option<NaiveDate>,
}

impl CrisisPlan {
    pub fn normalized(mut self) -> CrisisPlan {
        trim_all(&mut [&mut self.single_voice, &mut self.post_mortem]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .long("singleVoice", &self.single_voice)
            .limit("postMortem", &self.post_mortem, MAX_TEXT)
            .date("lastDrill", self.last_drill)
            .done()
    }

    pub fn validated(self) -> Result<CrisisPlan> {
        let plan = self.normalized();
        check(plan.issues())?;
        Ok(plan)
    }

    /// Whether anything of it is written down.
    pub fn is_empty(&self) -> bool {
        self.spokes_channel_id.is_none()
            && self.single_voice.is_empty()
            && self.post_mortem.is_empty()
            && self.last_drill.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_is_on_the_ladder_and_speaks_each_language_once() {
        let mut level = CrisisLevel::new(0, "Incident");
        level.statements = vec![
            HoldingStatement {
                language: " English ".into(),
                text: "We are looking into it.".into(),
            },
            HoldingStatement {
                language: "english".into(),
                text: "Again.".into(),
            },
            HoldingStatement {
                language: String::new(),
                text: " ".into(),
            },
        ];
        let level = level.normalized();
        assert_eq!(level.statements.len(), 2);
        assert_eq!(level.statements[0].language, "English");
        let fields: Vec<&str> = level.issues().iter().map(|i| i.field).collect();
        assert_eq!(fields, ["rank", "statements.language"]);
        assert!(level.has_statement());
    }

    #[test]
    fn a_pause_step_says_how() {
        assert!(
            PauseStep::new(None, PauseWhat::Ads, " ")
                .validated()
                .is_err()
        );
        assert!(
            PauseStep::new(Some(2), PauseWhat::Ads, "Ads manager → pause")
                .validated()
                .is_ok()
        );
        assert!(CrisisPlan::default().is_empty());
    }
}
