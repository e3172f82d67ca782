//! The organization profile.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_LIST, MAX_SHORT, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, IssueKind, Result};

labelled_enum! {
    /// The grammatical gender of a name, for the languages that agree
    /// articles and adjectives with it (Spanish: «el Ayuntamiento», «la
    /// Diputación»; «el responsable», «la responsable»).
    Gender {
        Masculine = "masculine", "Masculine", "Masculino";
        Feminine = "feminine", "Feminine", "Femenino";
    }
}

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
    /// How the organization is named inside a sentence, with its article
    /// where the language needs one ("the City Council", «el Ayuntamiento»).
    /// Empty: the name, with the article Spanish grammar gives it.
    pub name_in_sentence: String,
    /// The grammatical gender of the organization's name (Spanish); `None`
    /// when it follows from the article.
    pub name_gender: Option<Gender>,
    pub cm_name: String,
    /// The role's title as the organization writes it ("digital engagement
    /// lead", «responsable de redes sociales»); empty for "community
    /// manager".
    pub cm_title: String,
    /// The grammatical gender the role's title takes (Spanish: «el/la
    /// responsable»); `None` for the generic masculine.
    pub cm_title_gender: Option<Gender>,
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
        trim_all(&mut [
            &mut self.name,
            &mut self.sector,
            &mut self.mission,
            &mut self.culture,
            &mut self.values,
            &mut self.brand_voice,
            &mut self.name_in_sentence,
            &mut self.cm_name,
            &mut self.cm_title,
            &mut self.cm_reports_to,
        ]);
        // Linear in the list's length: a hostile list of 100,000 entries
        // is tidied at once (and then refused by `issues`).
        let mut seen = std::collections::HashSet::new();
        let mut languages: Vec<String> = Vec::new();
        for language in std::mem::take(&mut self.languages) {
            let language = crate::text::canonical_name(&language);
            if !language.is_empty() && seen.insert(language.to_lowercase()) {
                languages.push(language);
            }
        }
        self.languages = languages;
        self
    }

    /// Every problem with the profile's fields, in field order.
    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .short("sector", &self.sector)
            .long("mission", &self.mission)
            .long("culture", &self.culture)
            .long("values", &self.values)
            .long("brandVoice", &self.brand_voice)
            .short("nameInSentence", &self.name_in_sentence)
            .short("cmName", &self.cm_name)
            .short("cmTitle", &self.cm_title)
            .short("cmReportsTo", &self.cm_reports_to);
        if self.languages.iter().any(|l| l.chars().count() > MAX_SHORT) {
            issues.push("languages", IssueKind::TooLong { max: MAX_SHORT });
        }
        issues.list("languages", self.languages.len(), MAX_LIST);
        issues
            .ordered(
                "planningStart",
                self.planning_start,
                "planningEnd",
                self.planning_end,
            )
            .done()
    }

    /// Normalizes, then fails with every field issue at once.
    pub fn validated(self) -> Result<Profile> {
        let profile = self.normalized();
        check(profile.issues())?;
        Ok(profile)
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
    fn profile_needs_a_name_and_ordered_dates() {
        let profile = Profile {
            name: "   ".into(),
            planning_start: NaiveDate::from_ymd_opt(2027, 6, 1),
            planning_end: NaiveDate::from_ymd_opt(2027, 1, 1),
            ..Profile::default()
        };
        assert_eq!(
            profile.validated().err().map(fields),
            Some(vec!["name", "planningEnd"])
        );
    }

    #[test]
    fn profile_languages_are_tidied() {
        let profile = Profile {
            name: " Valle Verde ".into(),
            languages: vec![
                " Español".into(),
                "".into(),
                "español".into(),
                "Galego".into(),
            ],
            ..Profile::default()
        }
        .validated()
        .unwrap_or_default();
        assert_eq!(profile.name, "Valle Verde");
        assert_eq!(
            profile.languages,
            vec!["Español".to_string(), "Galego".to_string()]
        );
    }
}
