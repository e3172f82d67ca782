//! The workspace's domain types: what a community manager records.
//!
//! The same types cross the IPC boundary (TypeScript is generated from them
//! with ts-rs) and make up the JSON interchange format, so their serialized
//! names are camelCase and stable.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Because, Entity, Error, FieldIssue, IssueKind, Result};
use crate::lang::Lang;

/// Longest one-line text (a name, a handle).
pub const MAX_SHORT: usize = 120;
/// Longest free text (a mission, a purpose).
pub const MAX_LONG: usize = 5000;
/// A week has 168 hours.
pub const MAX_WEEKLY_HOURS: f64 = 168.0;

/// Who the organization is: the frame every other part of the strategy hangs on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    pub sector: String,
    pub mission: String,
    pub culture: String,
    pub values: String,
    pub brand_voice: String,
    pub cm_name: String,
    /// Whom the community manager reports to (a department or a person).
    pub cm_reports_to: String,
    /// The languages the organization communicates in, as people write them.
    pub languages: Vec<String>,
    pub planning_start: Option<NaiveDate>,
    pub planning_end: Option<NaiveDate>,
}

impl Profile {
    /// Trims text and tidies the language list (no blanks, no repeats).
    pub fn normalized(mut self) -> Profile {
        for text in [
            &mut self.name,
            &mut self.sector,
            &mut self.mission,
            &mut self.culture,
            &mut self.values,
            &mut self.brand_voice,
            &mut self.cm_name,
            &mut self.cm_reports_to,
        ] {
            *text = text.trim().to_string();
        }
        let mut languages: Vec<String> = Vec::new();
        for language in self.languages.iter().map(|l| l.trim()) {
            if !language.is_empty() && !languages.iter().any(|l| l.eq_ignore_ascii_case(language)) {
                languages.push(language.to_string());
            }
        }
        self.languages = languages;
        self
    }

    /// Every problem with the profile's fields, in field order.
    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        required(&mut issues, "name", &self.name);
        short(&mut issues, "name", &self.name);
        short(&mut issues, "sector", &self.sector);
        long(&mut issues, "mission", &self.mission);
        long(&mut issues, "culture", &self.culture);
        long(&mut issues, "values", &self.values);
        long(&mut issues, "brandVoice", &self.brand_voice);
        short(&mut issues, "cmName", &self.cm_name);
        short(&mut issues, "cmReportsTo", &self.cm_reports_to);
        if self.languages.iter().any(|l| l.chars().count() > MAX_SHORT) {
            issues.push(FieldIssue::new(
                "languages",
                IssueKind::TooLong { max: MAX_SHORT },
            ));
        }
        if let (Some(start), Some(end)) = (self.planning_start, self.planning_end)
            && end < start
        {
            issues.push(FieldIssue::new("planningEnd", IssueKind::EndBeforeStart));
        }
        issues
    }

    /// Normalizes, then fails with every field issue at once.
    pub fn validated(self) -> Result<Profile> {
        let profile = self.normalized();
        check(profile.issues())?;
        Ok(profile)
    }
}

/// The networks and platforms a channel can live on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Network {
    Linkedin,
    Instagram,
    X,
    Facebook,
    Tiktok,
    Youtube,
    Threads,
    Mastodon,
    Bluesky,
    WhatsappChannel,
    Telegram,
    Blog,
    Newsletter,
    Podcast,
    Forum,
    OwnCommunity,
    Other,
}

impl Network {
    pub const ALL: [Network; 17] = [
        Network::Linkedin,
        Network::Instagram,
        Network::X,
        Network::Facebook,
        Network::Tiktok,
        Network::Youtube,
        Network::Threads,
        Network::Mastodon,
        Network::Bluesky,
        Network::WhatsappChannel,
        Network::Telegram,
        Network::Blog,
        Network::Newsletter,
        Network::Podcast,
        Network::Forum,
        Network::OwnCommunity,
        Network::Other,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Network::Linkedin => "LinkedIn",
            Network::Instagram => "Instagram",
            Network::X => "X (Twitter)",
            Network::Facebook => "Facebook",
            Network::Tiktok => "TikTok",
            Network::Youtube => "YouTube",
            Network::Threads => "Threads",
            Network::Mastodon => "Mastodon",
            Network::Bluesky => "Bluesky",
            Network::WhatsappChannel => lang.pick("WhatsApp channel", "Canal de WhatsApp"),
            Network::Telegram => "Telegram",
            Network::Blog => "Blog",
            Network::Newsletter => lang.pick("Newsletter", "Boletín"),
            Network::Podcast => "Podcast",
            Network::Forum => lang.pick("Forum", "Foro"),
            Network::OwnCommunity => lang.pick("Own community", "Comunidad propia"),
            Network::Other => lang.pick("Other", "Otra"),
        }
    }
}

/// Where a channel stands in the strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChannelStatus {
    Considered,
    Planned,
    Active,
    Paused,
    Retired,
    Rejected,
}

impl ChannelStatus {
    pub const ALL: [ChannelStatus; 6] = [
        ChannelStatus::Considered,
        ChannelStatus::Planned,
        ChannelStatus::Active,
        ChannelStatus::Paused,
        ChannelStatus::Retired,
        ChannelStatus::Rejected,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChannelStatus::Considered => "considered",
            ChannelStatus::Planned => "planned",
            ChannelStatus::Active => "active",
            ChannelStatus::Paused => "paused",
            ChannelStatus::Retired => "retired",
            ChannelStatus::Rejected => "rejected",
        }
    }

    pub fn parse(text: &str) -> Option<ChannelStatus> {
        ChannelStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ChannelStatus::Considered => lang.pick("Considered", "En estudio"),
            ChannelStatus::Planned => lang.pick("Planned", "Previsto"),
            ChannelStatus::Active => lang.pick("Active", "Activo"),
            ChannelStatus::Paused => lang.pick("Paused", "En pausa"),
            ChannelStatus::Retired => lang.pick("Retired", "Retirado"),
            ChannelStatus::Rejected => lang.pick("Rejected", "Descartado"),
        }
    }
}

impl Network {
    pub fn as_str(self) -> &'static str {
        match self {
            Network::Linkedin => "linkedin",
            Network::Instagram => "instagram",
            Network::X => "x",
            Network::Facebook => "facebook",
            Network::Tiktok => "tiktok",
            Network::Youtube => "youtube",
            Network::Threads => "threads",
            Network::Mastodon => "mastodon",
            Network::Bluesky => "bluesky",
            Network::WhatsappChannel => "whatsapp_channel",
            Network::Telegram => "telegram",
            Network::Blog => "blog",
            Network::Newsletter => "newsletter",
            Network::Podcast => "podcast",
            Network::Forum => "forum",
            Network::OwnCommunity => "own_community",
            Network::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Network> {
        Network::ALL.into_iter().find(|n| n.as_str() == text)
    }
}

/// What the user edits about a channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChannelInput {
    pub network: Network,
    /// How the channel is called in the strategy ("Instagram — @valleverde").
    pub name: String,
    pub handle: String,
    pub status: ChannelStatus,
    /// Why the organization is (or would be) there.
    pub purpose: String,
    pub tone: String,
    /// How often it publishes, as people say it ("3 posts a week").
    pub cadence: String,
    /// Who looks after it.
    pub owner: String,
    pub weekly_effort_hours: f64,
    /// For a rejected channel: why.
    pub rejection_reason: String,
    pub notes: String,
}

impl ChannelInput {
    pub fn new(network: Network, name: &str, status: ChannelStatus) -> ChannelInput {
        ChannelInput {
            network,
            name: name.to_string(),
            handle: String::new(),
            status,
            purpose: String::new(),
            tone: String::new(),
            cadence: String::new(),
            owner: String::new(),
            weekly_effort_hours: 0.0,
            rejection_reason: String::new(),
            notes: String::new(),
        }
    }

    pub fn normalized(mut self) -> ChannelInput {
        for text in [
            &mut self.name,
            &mut self.handle,
            &mut self.purpose,
            &mut self.tone,
            &mut self.cadence,
            &mut self.owner,
            &mut self.rejection_reason,
            &mut self.notes,
        ] {
            *text = text.trim().to_string();
        }
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        required(&mut issues, "name", &self.name);
        short(&mut issues, "name", &self.name);
        short(&mut issues, "handle", &self.handle);
        long(&mut issues, "purpose", &self.purpose);
        short(&mut issues, "tone", &self.tone);
        short(&mut issues, "cadence", &self.cadence);
        short(&mut issues, "owner", &self.owner);
        if !self.weekly_effort_hours.is_finite()
            || !(0.0..=MAX_WEEKLY_HOURS).contains(&self.weekly_effort_hours)
        {
            issues.push(FieldIssue::new(
                "weeklyEffortHours",
                IssueKind::OutOfRange {
                    min: 0.0,
                    max: MAX_WEEKLY_HOURS,
                },
            ));
        }
        if self.status == ChannelStatus::Rejected && self.rejection_reason.is_empty() {
            issues.push(FieldIssue::new(
                "rejectionReason",
                IssueKind::RequiredBecause {
                    because: Because::ChannelRejected,
                },
            ));
        }
        long(&mut issues, "rejectionReason", &self.rejection_reason);
        long(&mut issues, "notes", &self.notes);
        issues
    }

    pub fn validated(self) -> Result<ChannelInput> {
        let input = self.normalized();
        check(input.issues())?;
        Ok(input)
    }
}

/// A social channel as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Channel {
    pub id: i64,
    pub network: Network,
    pub name: String,
    pub handle: String,
    pub status: ChannelStatus,
    pub purpose: String,
    pub tone: String,
    pub cadence: String,
    pub owner: String,
    pub weekly_effort_hours: f64,
    pub rejection_reason: String,
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Channel {
    pub fn from_input(
        id: i64,
        input: ChannelInput,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    ) -> Channel {
        let ChannelInput {
            network,
            name,
            handle,
            status,
            purpose,
            tone,
            cadence,
            owner,
            weekly_effort_hours,
            rejection_reason,
            notes,
        } = input;
        Channel {
            id,
            network,
            name,
            handle,
            status,
            purpose,
            tone,
            cadence,
            owner,
            weekly_effort_hours,
            rejection_reason,
            notes,
            created_at,
            updated_at,
        }
    }

    pub fn input(&self) -> ChannelInput {
        ChannelInput {
            network: self.network,
            name: self.name.clone(),
            handle: self.handle.clone(),
            status: self.status,
            purpose: self.purpose.clone(),
            tone: self.tone.clone(),
            cadence: self.cadence.clone(),
            owner: self.owner.clone(),
            weekly_effort_hours: self.weekly_effort_hours,
            rejection_reason: self.rejection_reason.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// Fails with a validation error when there is any issue.
pub fn check(issues: Vec<FieldIssue>) -> Result<()> {
    if issues.is_empty() {
        Ok(())
    } else {
        Err(Error::Validation(issues))
    }
}

/// The issue for a name that another record of the same kind already has.
pub fn duplicate_name(entity: Entity) -> Error {
    Error::Validation(vec![FieldIssue::new(
        "name",
        IssueKind::Duplicate { entity },
    )])
}

fn required(issues: &mut Vec<FieldIssue>, field: &'static str, value: &str) {
    if value.trim().is_empty() {
        issues.push(FieldIssue::new(field, IssueKind::Required));
    }
}

fn short(issues: &mut Vec<FieldIssue>, field: &'static str, value: &str) {
    limit(issues, field, value, MAX_SHORT);
}

fn long(issues: &mut Vec<FieldIssue>, field: &'static str, value: &str) {
    limit(issues, field, value, MAX_LONG);
}

fn limit(issues: &mut Vec<FieldIssue>, field: &'static str, value: &str, max: usize) {
    if value.chars().count() > max {
        issues.push(FieldIssue::new(field, IssueKind::TooLong { max }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(error: Error) -> Vec<&'static str> {
        match error {
            Error::Validation(issues) => issues.into_iter().map(|i| i.field).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn profile_needs_a_name_and_ordered_dates() {
        let profile = Profile {
            name: "   ".into(),
            planning_start: NaiveDate::from_ymd_opt(2027, 6, 1),
            planning_end: NaiveDate::from_ymd_opt(2027, 1, 1),
            ..Profile::default()
        };
        let error = profile.validated().err().map(fields);
        assert_eq!(error, Some(vec!["name", "planningEnd"]));
    }

    #[test]
    fn profile_languages_are_tidied() {
        let profile = Profile {
            name: " Valle Verde ".into(),
            languages: vec![
                " Spanish".into(),
                "".into(),
                "spanish".into(),
                "Galician".into(),
            ],
            ..Profile::default()
        }
        .validated();
        let profile = profile.unwrap_or_default();
        assert_eq!(profile.name, "Valle Verde");
        assert_eq!(
            profile.languages,
            vec!["Spanish".to_string(), "Galician".to_string()]
        );
    }

    #[test]
    fn a_rejected_channel_needs_a_reason_and_effort_is_bounded() {
        let mut input = ChannelInput::new(Network::Tiktok, "TikTok", ChannelStatus::Rejected);
        input.weekly_effort_hours = 200.0;
        assert_eq!(
            input.clone().validated().err().map(fields),
            Some(vec!["weeklyEffortHours", "rejectionReason"])
        );
        input.weekly_effort_hours = f64::NAN;
        input.rejection_reason = "Our audience is not there.".into();
        assert_eq!(
            input.clone().validated().err().map(fields),
            Some(vec!["weeklyEffortHours"])
        );
        input.weekly_effort_hours = 2.5;
        assert!(input.validated().is_ok());
    }

    #[test]
    fn long_text_is_refused_not_cut() {
        let mut input = ChannelInput::new(Network::Blog, "Blog", ChannelStatus::Active);
        input.handle = "h".repeat(MAX_SHORT + 1);
        assert_eq!(input.validated().err().map(fields), Some(vec!["handle"]));
    }

    #[test]
    fn enum_names_round_trip() {
        for network in Network::ALL {
            assert_eq!(Network::parse(network.as_str()), Some(network));
            let json = serde_json::to_string(&network).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", network.as_str()));
        }
        for status in ChannelStatus::ALL {
            assert_eq!(ChannelStatus::parse(status.as_str()), Some(status));
        }
    }
}
