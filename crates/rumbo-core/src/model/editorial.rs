//! The editorial line: content pillars and their share on each channel, the
//! style each channel writes in, and the service levels promised to the
//! people who write to the organization.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_LIST, Weekday, check, labelled_enum, tidy_ids, trim_all};
use crate::error::{FieldIssue, IssueKind, Result};
use crate::records::{Named, Noun};

/// A pillar's target share of what one channel publishes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PillarShare {
    pub channel_id: i64,
    /// Percent of the channel's posts (0–100); `None`: the channel carries
    /// the pillar, its share not set.
    pub percent: Option<f64>,
}

/// A content pillar: a theme the organization publishes about, the
/// objectives it serves, and the channels that carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pillar {
    pub id: i64,
    pub name: String,
    /// What it is for, for the organization and its audience.
    pub purpose: String,
    /// Examples of posts.
    pub examples: String,
    pub objective_ids: Vec<i64>,
    /// The channels that carry it, with its target share on each.
    pub shares: Vec<PillarShare>,
}

impl Named for Pillar {
    const NOUN: Noun = Noun::masculine("content pillar", "pilar de contenido")
        .plural("content pillars", "pilares de contenido");
    const MOST: usize = 500;
}

impl Pillar {
    pub fn new(name: &str) -> Pillar {
        Pillar {
            id: 0,
            name: name.to_string(),
            purpose: String::new(),
            examples: String::new(),
            objective_ids: Vec::new(),
            shares: Vec::new(),
        }
    }

    pub fn normalized(mut self) -> Pillar {
        trim_all(&mut [&mut self.name, &mut self.purpose, &mut self.examples]);
        super::tidy_name(&mut self.name);
        tidy_ids(&mut self.objective_ids);
        self.shares.sort_by_key(|s| s.channel_id);
        self.shares.dedup_by_key(|s| s.channel_id);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .long("purpose", &self.purpose)
            .long("examples", &self.examples);
        if self
            .shares
            .iter()
            .filter_map(|s| s.percent)
            .any(|p| !p.is_finite() || !(0.0..=100.0).contains(&p))
        {
            issues.push(
                "shares",
                IssueKind::OutOfRange {
                    min: 0.0,
                    max: 100.0,
                },
            );
        }
        issues.done()
    }

    pub fn validated(self) -> Result<Pillar> {
        let pillar = self.normalized();
        check(pillar.issues())?;
        Ok(pillar)
    }

    /// Its share on `channel_id`: `None` when the channel does not carry
    /// it, `Some(None)` when it does with no share set.
    pub fn share_on(&self, channel_id: i64) -> Option<Option<f64>> {
        self.shares
            .iter()
            .find(|s| s.channel_id == channel_id)
            .map(|s| s.percent)
    }
}

labelled_enum! {
    /// How a channel addresses its readers.
    Register {
        Formal = "formal", "Formal", "Formal (de usted)";
        Informal = "informal", "Informal", "Cercano (de tú)";
        Mixed = "mixed", "Depends on the conversation", "Según la conversación";
    }
}

/// How one or more channels write: language and register, do's and
/// don'ts, formats, hashtags, posting times, accessibility practice and
/// graphic identity. A style can serve several channels (one for all the
/// Instagram accounts, one for every account of the organization).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StyleGuide {
    pub id: i64,
    pub name: String,
    pub channel_ids: Vec<i64>,
    /// The language or languages it writes in.
    pub language: String,
    /// `None`: not decided.
    pub register: Option<Register>,
    pub dos: String,
    pub donts: String,
    /// Formats it uses (carousels, short videos, threads…).
    pub formats: String,
    /// Hashtags and how it tags others.
    pub hashtags: String,
    pub posting_times: String,
    /// Alternative text, captions, CamelCase hashtags, plain language…
    pub accessibility: String,
    /// Avatar, banner, templates.
    pub graphic_identity: String,
}

impl Named for StyleGuide {
    const NOUN: Noun = Noun::masculine("channel style", "estilo de canal")
        .plural("channel styles", "estilos de canal");
    const MOST: usize = 500;
}

impl StyleGuide {
    pub fn new(name: &str) -> StyleGuide {
        StyleGuide {
            id: 0,
            name: name.to_string(),
            channel_ids: Vec::new(),
            language: String::new(),
            register: None,
            dos: String::new(),
            donts: String::new(),
            formats: String::new(),
            hashtags: String::new(),
            posting_times: String::new(),
            accessibility: String::new(),
            graphic_identity: String::new(),
        }
    }

    pub fn normalized(mut self) -> StyleGuide {
        trim_all(&mut [
            &mut self.name,
            &mut self.language,
            &mut self.dos,
            &mut self.donts,
            &mut self.formats,
            &mut self.hashtags,
            &mut self.posting_times,
            &mut self.accessibility,
            &mut self.graphic_identity,
        ]);
        super::tidy_name(&mut self.name);
        tidy_ids(&mut self.channel_ids);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .short("language", &self.language)
            .long("dos", &self.dos)
            .long("donts", &self.donts)
            .long("formats", &self.formats)
            .long("hashtags", &self.hashtags)
            .long("postingTimes", &self.posting_times)
            .long("accessibility", &self.accessibility)
            .long("graphicIdentity", &self.graphic_identity)
            .done()
    }

    pub fn validated(self) -> Result<StyleGuide> {
        let style = self.normalized();
        check(style.issues())?;
        Ok(style)
    }
}

labelled_enum! {
    /// How often someone looks at a channel's comments and messages.
    Monitoring {
        Continuous = "continuous", "Continuously while attended", "De forma continua en el horario de atención";
        Hourly = "hourly", "Every hour", "Cada hora";
        SeveralDaily = "several_daily", "Several times a day", "Varias veces al día";
        Daily = "daily", "Daily", "A diario";
        Weekdays = "weekdays", "Every weekday", "Cada día laborable";
        Weekly = "weekly", "Weekly", "Una vez a la semana";
    }
}

labelled_enum! {
    /// The unit of a promised response time.
    ResponseUnit {
        Minutes = "minutes", "minutes", "minutos";
        Hours = "hours", "hours", "horas";
        WorkingDays = "working_days", "working days", "días laborables";
        Days = "days", "days", "días";
    }
}

/// A time of day as `HH:MM` (00:00–24:00), the form the JSON format and
/// the window use. Minutes since midnight, when it is one.
pub fn minutes_of(time: &str) -> Option<u32> {
    let (h, m) = time.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

/// What is promised to the people who write to one or more channels: the
/// days and hours attended, how soon they get an answer, how often the
/// channel is watched, and what happens out of hours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceLevel {
    pub id: i64,
    pub name: String,
    pub channel_ids: Vec<i64>,
    /// The days attended (none: not set).
    pub days: Vec<Weekday>,
    /// The hours attended on those days, `HH:MM`; `None`: not set. A
    /// closing time before the opening one runs past midnight; 00:00 to
    /// 24:00 is the whole day.
    pub opens: Option<String>,
    pub closes: Option<String>,
    /// The response time promised; `None`: no promise.
    pub response_time: Option<f64>,
    pub response_unit: ResponseUnit,
    pub monitoring: Option<Monitoring>,
    /// What someone who writes out of hours meets (an automatic reply,
    /// another number for emergencies…).
    pub out_of_hours: String,
}

impl Named for ServiceLevel {
    const NOUN: Noun = Noun::masculine("service level", "nivel de servicio")
        .plural("service levels", "niveles de servicio");
    const MOST: usize = 500;
}

impl ServiceLevel {
    pub fn new(name: &str) -> ServiceLevel {
        ServiceLevel {
            id: 0,
            name: name.to_string(),
            channel_ids: Vec::new(),
            days: Vec::new(),
            opens: None,
            closes: None,
            response_time: None,
            response_unit: ResponseUnit::Hours,
            monitoring: None,
            out_of_hours: String::new(),
        }
    }

    pub fn normalized(mut self) -> ServiceLevel {
        trim_all(&mut [&mut self.name, &mut self.out_of_hours]);
        super::tidy_name(&mut self.name);
        tidy_ids(&mut self.channel_ids);
        self.days.sort_unstable();
        self.days.dedup();
        for time in [&mut self.opens, &mut self.closes] {
            if let Some(text) = time {
                let trimmed = text.trim().to_string();
                *time = (!trimmed.is_empty()).then_some(trimmed);
            }
        }
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .list("days", self.days.len(), MAX_LIST);
        for (field, time) in [("opens", &self.opens), ("closes", &self.closes)] {
            if time.as_deref().is_some_and(|t| minutes_of(t).is_none()) {
                issues.push(field, IssueKind::NotATime);
            }
        }
        if let Some(time) = self.response_time {
            issues.range("responseTime", time, 0.0, 10_000.0);
        }
        issues.long("outOfHours", &self.out_of_hours).done()
    }

    pub fn validated(self) -> Result<ServiceLevel> {
        let level = self.normalized();
        check(level.issues())?;
        Ok(level)
    }

    /// The hours attended a week, when the days and hours are set.
    pub fn weekly_hours(&self) -> Option<f64> {
        let opens = minutes_of(self.opens.as_deref()?)?;
        let closes = minutes_of(self.closes.as_deref()?)?;
        if self.days.is_empty() {
            return None;
        }
        let minutes = if closes > opens {
            closes - opens
        } else if closes == opens {
            0
        } else {
            closes + 24 * 60 - opens
        };
        Some(f64::from(minutes) / 60.0 * self.days.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn fields(error: Option<Error>) -> Vec<&'static str> {
        match error {
            Some(Error::Validation(issues)) => issues.into_iter().map(|i| i.field).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn shares_are_percents_and_unknown_is_kept() {
        let mut pillar = Pillar::new("Services");
        pillar.shares = vec![
            PillarShare {
                channel_id: 2,
                percent: None,
            },
            PillarShare {
                channel_id: 1,
                percent: Some(40.0),
            },
        ];
        let pillar = pillar.validated().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(pillar.shares[0].channel_id, 1);
        assert_eq!(pillar.share_on(2), Some(None));
        assert_eq!(pillar.share_on(3), None);
        let mut bad = pillar;
        bad.shares[0].percent = Some(140.0);
        assert_eq!(fields(bad.validated().err()), ["shares"]);
    }

    #[test]
    fn times_of_day_and_hours_a_week() {
        assert_eq!(minutes_of("08:30"), Some(510));
        assert_eq!(minutes_of("24:00"), Some(1440));
        for bad in ["8:30", "24:01", "12:60", "ab:cd", "", "08:30:00"] {
            assert_eq!(minutes_of(bad), None, "{bad}");
        }
        let mut level = ServiceLevel::new("Office hours");
        assert_eq!(level.weekly_hours(), None);
        level.days = vec![
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ];
        level.opens = Some("08:00".into());
        level.closes = Some("15:00".into());
        assert_eq!(level.weekly_hours(), Some(35.0));
        level.opens = Some("22:00".into());
        level.closes = Some("06:00".into());
        assert_eq!(level.weekly_hours(), Some(40.0));
        level.opens = Some("00:00".into());
        level.closes = Some("24:00".into());
        level.days = Weekday::ALL.to_vec();
        assert_eq!(level.weekly_hours(), Some(168.0));
        level.closes = Some("25:00".into());
        assert_eq!(fields(level.validated().err()), ["closes"]);
    }
}
