//! `account-not-reviewed`: an account in use whose access has not been
//! reviewed for longer than the months in the settings, or ever.

use chrono::Months;
use rumbo_core::Lang;
use rumbo_core::format::long_date;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use crate::words;

pub(crate) const RULE: Rule = Rule {
    id: "account-not-reviewed",
    severity: Severity::Advice,
    section: Section::Accounts,
    title: Text {
        en: "Access to accounts is reviewed",
        es: "El acceso a las cuentas se revisa",
    },
    principle: Text {
        en: "People come and go: keeping the accounts in the organization's hands means checking, now and then, who still holds their keys.",
        es: "Las personas llegan y se van: conservar las cuentas en manos de la organización exige comprobar de vez en cuando quién tiene todavía sus llaves.",
    },
    example: Text {
        en: "An account whose access was last reviewed two years ago (the number of months is a setting).",
        es: "Una cuenta cuyo acceso se revisó por última vez hace dos años (el número de meses es un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let months = cx.settings().access_review_months;
    let limit = cx.today.checked_sub_months(Months::new(months));
    for channel in cx.running_accounts() {
        outcome.checked += 1;
        let name = cx.quote(&channel.name);
        let message = match channel.account.last_access_review {
            Some(date) if limit.is_none_or(|l| date >= l) => continue,
            Some(date) => {
                let when = long_date(date, cx.lang);
                let span = match cx.lang {
                    Lang::En => words::count(u64::from(months), "month", "months"),
                    Lang::Es => words::count(u64::from(months), "mes", "meses"),
                };
                match cx.lang {
                    Lang::En => format!(
                        "Access to the account {name} was last reviewed on {when}, more than {span} ago: check who still holds its keys."
                    ),
                    Lang::Es => format!(
                        "El acceso a la cuenta {name} se revisó por última vez el {when}, hace más de {span}: comprueba quién tiene todavía sus llaves."
                    ),
                }
            }
            None => match cx.lang {
                Lang::En => format!(
                    "Nobody has recorded a review of who has access to the account {name}: check who holds its keys and write down the date."
                ),
                Lang::Es => format!(
                    "No consta ninguna revisión de quién tiene acceso a la cuenta {name}: comprueba quién tiene sus llaves y anota la fecha."
                ),
            },
        };
        outcome.findings.push(Draft::record(
            TargetKind::Account,
            channel.id,
            Some("lastAccessReview"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn an_account_not_reviewed_within_the_months_is_flagged() {
        let mut doc = testkit::healthy();
        // Today is 23 November 2026; twelve months back is 23 November 2025.
        doc.channels[0].account.last_access_review = Some(day(2025, 11, 23));
        assert!(fired(&doc, "account-not-reviewed").is_empty());
        doc.channels[0].account.last_access_review = Some(day(2025, 11, 22));
        let found = fired(&doc, "account-not-reviewed");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "Access to the account “Instagram” was last reviewed on 22 November 2025, more than 12 months ago: check who still holds its keys."
        );
        doc.health_settings.access_review_months = 24;
        assert!(fired(&doc, "account-not-reviewed").is_empty());
        doc.health_settings.access_review_months = 1;
        doc.channels[0].account.last_access_review = None;
        let es = fired_in(&doc, "account-not-reviewed", Lang::Es);
        assert!(
            es[0].message.starts_with("No consta ninguna revisión"),
            "{}",
            es[0].message
        );
    }
}
