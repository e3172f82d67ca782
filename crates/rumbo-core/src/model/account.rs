//! A channel as an account: who runs it and holds its keys (names and
//! roles, never passwords), how it was requested, approved, opened and
//! closed, and the four questions every account answers before it opens.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Channel, ChannelStatus, Issues, tidy_ids, trim_all};
use crate::error::{Because, FieldIssue, IssueKind};

/// The four questions real guides ask before any account is opened. What
/// the answers say is the organization's own words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Answers {
    /// What are its objectives?
    pub objectives: String,
    /// Who is its audience?
    pub audience: String,
    /// Are there the resources (people, hours, budget) to sustain it?
    pub resources: String,
    /// What content will it have?
    pub content: String,
}

impl Answers {
    /// The questions, in order, by the name of their field.
    pub const FIELDS: [&'static str; 4] = ["objectives", "audience", "resources", "content"];

    /// The answers in the order of [`Answers::FIELDS`].
    pub fn all(&self) -> [&str; 4] {
        [
            &self.objectives,
            &self.audience,
            &self.resources,
            &self.content,
        ]
    }

    /// The questions left unanswered, as [`Answers::FIELDS`] names them.
    pub fn missing(&self) -> Vec<&'static str> {
        Answers::FIELDS
            .iter()
            .zip(self.all())
            .filter(|(_, answer)| answer.trim().is_empty())
            .map(|(field, _)| *field)
            .collect()
    }
}

/// What the registry of accounts records about a channel. Every date and
/// the two-factor setting may be unknown (`None`): a real registry often
/// does not know them, and Rumbo does not invent them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Account {
    /// The account's address on its network.
    pub url: String,
    /// The person who runs it day to day (a department's account manager,
    /// who may differ from the central community manager).
    pub manager_id: Option<i64>,
    /// The people who hold admin access (names and roles only).
    pub admin_ids: Vec<i64>,
    /// Two-factor authentication: on, off, or not known.
    pub two_factor: Option<bool>,
    /// Who keeps the credentials: a role ("IT service desk"), never the secret.
    pub credentials_custodian: String,
    /// When access (who holds it, how) was last reviewed.
    pub last_access_review: Option<NaiveDate>,
    pub requested_on: Option<NaiveDate>,
    /// Who asked for it: a person or a department, in words.
    pub requested_by: String,
    pub approved_on: Option<NaiveDate>,
    pub approved_by: String,
    pub opened_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub closed_by: String,
    /// What was done with its content when it closed (archived, kept
    /// visible with a pointer, handed over…).
    pub content_after_closing: String,
    /// An account for a one-off event or campaign: it has an end date and a
    /// closing plan.
    pub for_event: bool,
    pub ends_on: Option<NaiveDate>,
    pub closing_plan: String,
    /// The four questions asked before it opens.
    pub answers: Answers,
}

impl Account {
    pub(crate) fn normalize(&mut self) {
        trim_all(&mut [
            &mut self.url,
            &mut self.credentials_custodian,
            &mut self.requested_by,
            &mut self.approved_by,
            &mut self.closed_by,
            &mut self.content_after_closing,
            &mut self.closing_plan,
            &mut self.answers.objectives,
            &mut self.answers.audience,
            &mut self.answers.resources,
            &mut self.answers.content,
        ]);
        tidy_ids(&mut self.admin_ids);
    }

    pub(crate) fn add_issues(&self, issues: &mut Issues) {
        issues
            .long("account.url", &self.url)
            .short("account.credentialsCustodian", &self.credentials_custodian)
            .date("account.lastAccessReview", self.last_access_review)
            .short("account.requestedBy", &self.requested_by)
            .ordered(
                "account.requestedOn",
                self.requested_on,
                "account.approvedOn",
                self.approved_on,
            )
            .short("account.approvedBy", &self.approved_by)
            .ordered(
                "account.openedOn",
                self.opened_on,
                "account.closedOn",
                self.closed_on,
            )
            .short("account.closedBy", &self.closed_by)
            .long("account.contentAfterClosing", &self.content_after_closing)
            .date("account.endsOn", self.ends_on)
            .long("account.closingPlan", &self.closing_plan)
            .long("account.answers.objectives", &self.answers.objectives)
            .long("account.answers.audience", &self.answers.audience)
            .long("account.answers.resources", &self.answers.resources)
            .long("account.answers.content", &self.answers.content);
    }
}

/// The field of an answer as validation names it.
fn answer_field(question: &str) -> &'static str {
    match question {
        "objectives" => "account.answers.objectives",
        "audience" => "account.answers.audience",
        "resources" => "account.answers.resources",
        _ => "account.answers.content",
    }
}

impl Channel {
    /// The gate of the four questions: a channel is set live (active, or
    /// under review) only with every question answered. `before` is the
    /// channel as stored (`None` for a new one). A channel that was already
    /// live keeps what it had — an older file's active channel is never
    /// refused — but may not lose an answer it had.
    pub fn gate_issues(&self, before: Option<&Channel>) -> Vec<FieldIssue> {
        if !self.status.is_live() {
            return Vec::new();
        }
        let missing = self.account.answers.missing();
        if missing.is_empty() {
            return Vec::new();
        }
        let kept = before.is_some_and(|b| {
            let had = b.account.answers.missing();
            b.status.is_live() && missing.iter().all(|m| had.contains(m))
        });
        if kept {
            return Vec::new();
        }
        let mut issues = vec![FieldIssue::new(
            "status",
            IssueKind::RequiredBecause {
                because: Because::AccountGate,
            },
        )];
        issues.extend(missing.into_iter().map(|m| {
            FieldIssue::new(
                answer_field(m),
                IssueKind::RequiredBecause {
                    because: Because::AccountQuestion,
                },
            )
        }));
        issues
    }
}

impl ChannelStatus {
    /// Active or under review: the account publishes and answers, so it is
    /// opened only through the gate of the four questions.
    pub fn is_live(self) -> bool {
        matches!(self, ChannelStatus::Active | ChannelStatus::UnderReview)
    }

    /// The status as said of an account ("la cuenta está activa"): in
    /// Spanish an account is feminine, a channel masculine.
    pub fn of_account(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            ChannelStatus::Considered => lang.pick("considered", "en estudio"),
            ChannelStatus::Requested => lang.pick("requested", "solicitada"),
            ChannelStatus::Planned => lang.pick("planned", "prevista"),
            ChannelStatus::Active => lang.pick("active", "activa"),
            ChannelStatus::UnderReview => lang.pick("under review", "en revisión"),
            ChannelStatus::Paused => lang.pick("paused", "en pausa"),
            ChannelStatus::Dormant => lang.pick("dormant", "inactiva"),
            ChannelStatus::Retired => lang.pick("retired", "retirada"),
            ChannelStatus::Rejected => lang.pick("rejected", "descartada"),
        }
    }

    /// The account exists on its network and someone could speak through
    /// it: live, paused or dormant.
    pub fn is_open(self) -> bool {
        self.is_live() || matches!(self, ChannelStatus::Paused | ChannelStatus::Dormant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Network;

    fn answered() -> Answers {
        Answers {
            objectives: "Registrations from young people".into(),
            audience: "Job seekers under 30".into(),
            resources: "Four hours a week of the CM".into(),
            content: "Courses, vacancies, how-tos".into(),
        }
    }

    fn fields(issues: &[FieldIssue]) -> Vec<&'static str> {
        issues.iter().map(|i| i.field).collect()
    }

    #[test]
    fn a_channel_is_set_active_only_with_the_four_answers() {
        let mut channel = Channel::new(Network::Instagram, "Instagram", ChannelStatus::Planned);
        channel.account.answers.objectives = "More registrations".into();
        let before = channel.clone();
        assert!(channel.gate_issues(None).is_empty(), "not live: no gate");

        channel.status = ChannelStatus::Active;
        assert_eq!(
            fields(&channel.gate_issues(Some(&before))),
            [
                "status",
                "account.answers.audience",
                "account.answers.resources",
                "account.answers.content"
            ]
        );
        // A new channel created active meets the same gate.
        assert_eq!(channel.gate_issues(None).len(), 4);
        // Under review is live too.
        channel.status = ChannelStatus::UnderReview;
        assert_eq!(channel.gate_issues(Some(&before)).len(), 4);

        channel.status = ChannelStatus::Active;
        channel.account.answers = answered();
        assert!(channel.gate_issues(Some(&before)).is_empty());
        assert!(channel.gate_issues(None).is_empty());
    }

    #[test]
    fn an_active_channel_from_an_older_file_is_kept_but_loses_no_answer() {
        let mut old = Channel::new(Network::Facebook, "Facebook", ChannelStatus::Active);
        old.account.answers.content = "Office news".into();
        let mut edited = old.clone();
        edited.name = "Facebook — towns".into();
        assert!(edited.gate_issues(Some(&old)).is_empty());
        edited.status = ChannelStatus::UnderReview;
        assert!(edited.gate_issues(Some(&old)).is_empty());
        // Clearing an answer it had is refused.
        edited.account.answers.content = "  ".into();
        assert_eq!(
            fields(&edited.gate_issues(Some(&old))),
            [
                "status",
                "account.answers.objectives",
                "account.answers.audience",
                "account.answers.resources",
                "account.answers.content"
            ]
        );
        // Paused, it leaves the gate; set active again, it meets it.
        let mut paused = old.clone();
        paused.status = ChannelStatus::Paused;
        let mut again = paused.clone();
        again.status = ChannelStatus::Active;
        assert_eq!(again.gate_issues(Some(&paused)).len(), 4);
    }

    #[test]
    fn open_and_live_statuses() {
        let live: Vec<ChannelStatus> = ChannelStatus::ALL
            .iter()
            .copied()
            .filter(|s| s.is_live())
            .collect();
        assert_eq!(live, [ChannelStatus::Active, ChannelStatus::UnderReview]);
        let open: Vec<ChannelStatus> = ChannelStatus::ALL
            .iter()
            .copied()
            .filter(|s| s.is_open())
            .collect();
        assert_eq!(
            open,
            [
                ChannelStatus::Active,
                ChannelStatus::UnderReview,
                ChannelStatus::Paused,
                ChannelStatus::Dormant
            ]
        );
    }
}
