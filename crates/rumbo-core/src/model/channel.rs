//! Social channels: where the organization is, plans to be, or chose not to be.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    Account, FitScore, Issues, MAX_SCORE, MAX_WEEKLY_HOURS, check, labelled_enum, tidy_ids,
    trim_all,
};
use crate::error::{Because, FieldIssue, IssueKind, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// The networks and platforms a channel can live on.
    Network {
        Linkedin = "linkedin", "LinkedIn", "LinkedIn";
        Instagram = "instagram", "Instagram", "Instagram";
        X = "x", "X (Twitter)", "X (Twitter)";
        Facebook = "facebook", "Facebook", "Facebook";
        Tiktok = "tiktok", "TikTok", "TikTok";
        Youtube = "youtube", "YouTube", "YouTube";
        Threads = "threads", "Threads", "Threads";
        Mastodon = "mastodon", "Mastodon", "Mastodon";
        Bluesky = "bluesky", "Bluesky", "Bluesky";
        WhatsappChannel = "whatsapp_channel", "WhatsApp channel", "Canal de WhatsApp";
        Telegram = "telegram", "Telegram", "Telegram";
        Discord = "discord", "Discord", "Discord";
        Reddit = "reddit", "Reddit", "Reddit";
        Twitch = "twitch", "Twitch", "Twitch";
        Blog = "blog", "Blog", "Blog";
        Newsletter = "newsletter", "Newsletter", "Boletín";
        Podcast = "podcast", "Podcast", "Pódcast";
        Forum = "forum", "Forum", "Foro";
        OwnCommunity = "own_community", "Own community", "Comunidad propia";
        Other = "other", "Other", "Otra";
    }
}

labelled_enum! {
    /// Where a channel stands in the strategy, and as an account in its
    /// lifecycle: requested → planned (approved) → active → under review →
    /// dormant → retired (closed).
    ChannelStatus {
        Considered = "considered", "Considered", "En estudio";
        Requested = "requested", "Requested", "Solicitado";
        Planned = "planned", "Planned", "Previsto";
        Active = "active", "Active", "Activo";
        UnderReview = "under_review", "Under review", "En revisión";
        Paused = "paused", "Paused", "En pausa";
        Dormant = "dormant", "Dormant", "Inactivo";
        Retired = "retired", "Retired", "Retirado";
        Rejected = "rejected", "Rejected", "Descartado";
    }
}

impl ChannelStatus {
    /// Active (or under review) or planned: the organization is, or will
    /// be, there.
    pub fn is_in_use(self) -> bool {
        matches!(
            self,
            ChannelStatus::Active | ChannelStatus::UnderReview | ChannelStatus::Planned
        )
    }
}

/// A social channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Channel {
    /// Ignored when creating.
    pub id: i64,
    pub network: Network,
    /// The network's own name when `network` is `Other` ("Pinterest");
    /// empty otherwise.
    pub network_name: String,
    /// How the channel is called in the strategy ("Instagram — young people").
    pub name: String,
    pub handle: String,
    pub status: ChannelStatus,
    /// Why the organization is (or would be) there.
    pub purpose: String,
    pub tone: String,
    /// How often it publishes, as people say it ("3 posts a week").
    pub cadence: String,
    /// Who looks after it day to day.
    pub owner: String,
    /// The department that owns it.
    pub owner_department_id: Option<i64>,
    /// Hours a week it takes; `None` when nobody has measured it (not 0).
    pub weekly_effort_hours: Option<f64>,
    /// For a rejected channel: why.
    pub rejection_reason: String,
    pub notes: String,
    /// The audiences it reaches.
    pub audience_ids: Vec<i64>,
    /// Its brand-fit score on each criterion scored so far.
    pub fit_scores: Vec<FitScore>,
    /// Whether people can comment or write to it; `None` when not known.
    pub comments_open: Option<bool>,
    /// Who moderates what people write there (a person or a role).
    pub moderator: String,
    /// The channel as an account: the registry's record of it.
    pub account: Account,
}

impl Channel {
    /// The network as people call it: its own name for an "other" network
    /// that has one, or the network's label in `lang`.
    pub fn network_label(&self, lang: crate::Lang) -> String {
        if self.network == Network::Other && !self.network_name.is_empty() {
            self.network_name.clone()
        } else {
            self.network.label(lang).to_string()
        }
    }
}

impl Named for Channel {
    const NOUN: Noun = Noun::masculine("channel", "canal").plural("channels", "canales");
    const MOST: usize = 2_000;
}

impl Channel {
    pub fn new(network: Network, name: &str, status: ChannelStatus) -> Channel {
        Channel {
            id: 0,
            network,
            network_name: String::new(),
            name: name.to_string(),
            handle: String::new(),
            status,
            purpose: String::new(),
            tone: String::new(),
            cadence: String::new(),
            owner: String::new(),
            owner_department_id: None,
            weekly_effort_hours: Some(0.0),
            rejection_reason: String::new(),
            notes: String::new(),
            audience_ids: Vec::new(),
            fit_scores: Vec::new(),
            comments_open: None,
            moderator: String::new(),
            account: Account::default(),
        }
    }

    pub fn normalized(mut self) -> Channel {
        trim_all(&mut [
            &mut self.network_name,
            &mut self.name,
            &mut self.handle,
            &mut self.purpose,
            &mut self.tone,
            &mut self.cadence,
            &mut self.owner,
            &mut self.rejection_reason,
            &mut self.notes,
            &mut self.moderator,
        ]);
        tidy_ids(&mut self.audience_ids);
        self.fit_scores.sort_by_key(|s| s.criterion_id);
        self.fit_scores.dedup_by_key(|s| s.criterion_id);
        super::tidy_name(&mut self.name);
        self.account.normalize();
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .short("networkName", &self.network_name)
            .short("handle", &self.handle)
            .long("purpose", &self.purpose)
            .short("tone", &self.tone)
            .short("cadence", &self.cadence)
            .short("owner", &self.owner)
            .short("moderator", &self.moderator);
        if let Some(hours) = self.weekly_effort_hours {
            issues.range("weeklyEffortHours", hours, 0.0, MAX_WEEKLY_HOURS);
        }
        if self.status == ChannelStatus::Rejected && self.rejection_reason.is_empty() {
            issues.push(
                "rejectionReason",
                IssueKind::RequiredBecause {
                    because: Because::ChannelRejected,
                },
            );
        }
        issues
            .long("rejectionReason", &self.rejection_reason)
            .long("notes", &self.notes);
        self.account.add_issues(&mut issues);
        if self.fit_scores.iter().any(|s| s.score > MAX_SCORE) {
            issues.push(
                "fitScores",
                IssueKind::OutOfRange {
                    min: 0.0,
                    max: f64::from(MAX_SCORE),
                },
            );
        }
        issues.done()
    }

    pub fn validated(self) -> Result<Channel> {
        let channel = self.normalized();
        check(channel.issues())?;
        Ok(channel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn fields(error: Error) -> Vec<&'static str> {
        match error {
            Error::Validation(issues) => issues.into_iter().map(|i| i.field).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_rejected_channel_needs_a_reason_and_effort_is_bounded() {
        let mut channel = Channel::new(Network::Tiktok, "TikTok", ChannelStatus::Rejected);
        channel.weekly_effort_hours = Some(200.0);
        assert_eq!(
            channel.clone().validated().err().map(fields),
            Some(vec!["weeklyEffortHours", "rejectionReason"])
        );
        channel.weekly_effort_hours = Some(f64::NAN);
        channel.rejection_reason = "Our audience is not there.".into();
        assert_eq!(
            channel.clone().validated().err().map(fields),
            Some(vec!["weeklyEffortHours"])
        );
        channel.weekly_effort_hours = Some(2.5);
        assert!(channel.clone().validated().is_ok());
        // Not measured is not an error, and not zero.
        channel.weekly_effort_hours = None;
        assert!(channel.validated().is_ok());
    }

    #[test]
    fn scores_are_zero_to_five_and_long_text_is_refused_not_cut() {
        let mut channel = Channel::new(Network::Blog, "Blog", ChannelStatus::Active);
        channel.fit_scores = vec![FitScore {
            criterion_id: 1,
            score: 6,
        }];
        channel.handle = "h".repeat(super::super::MAX_SHORT + 1);
        assert_eq!(
            channel.validated().err().map(fields),
            Some(vec!["handle", "fitScores"])
        );
    }

    #[test]
    fn enum_names_round_trip() {
        for network in Network::ALL {
            assert_eq!(Network::parse(network.as_str()), Some(*network));
            let json = serde_json::to_string(network).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", network.as_str()));
        }
        for status in ChannelStatus::ALL {
            assert_eq!(ChannelStatus::parse(status.as_str()), Some(*status));
        }
    }
}
