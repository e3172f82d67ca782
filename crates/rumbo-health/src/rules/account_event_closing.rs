//! `account-event-closing`: an account for a one-off event or campaign
//! with no end date or no closing plan, or still open after its event.

use rumbo_core::Lang;
use rumbo_core::format::long_date;
use rumbo_core::model::ChannelStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "account-event-closing",
    severity: Severity::Warning,
    section: Section::Accounts,
    title: Text {
        en: "Event accounts end as planned",
        es: "Las cuentas de un evento terminan según lo previsto",
    },
    principle: Text {
        en: "An account opened for an event is there to serve that event's objective, not to be present: it says when it ends and what happens to it then, so that it is never left abandoned.",
        es: "Una cuenta abierta para un evento está para servir al objetivo de ese evento, no para estar presente: dice cuándo termina y qué pasa con ella entonces, para que nunca quede abandonada.",
    },
    example: Text {
        en: "The account of last spring's job fair, still open four months after the fair.",
        es: "La cuenta de la feria de empleo de la primavera pasada, abierta aún cuatro meses después de la feria.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let events = cx.doc.channels.iter().filter(|c| {
        c.account.for_event && !matches!(c.status, ChannelStatus::Retired | ChannelStatus::Rejected)
    });
    for channel in events {
        outcome.checked += 1;
        let account = &channel.account;
        let name = cx.quote(&channel.name);
        let no_plan = account.closing_plan.trim().is_empty();
        let (field, message) = match (account.ends_on, no_plan) {
            (Some(end), _) if end < cx.today && channel.status.is_open() => {
                let when = long_date(end, cx.lang);
                (
                    "status",
                    match cx.lang {
                        Lang::En => format!(
                            "The event of the account {name} ended on {when}, but the account is still open: carry out its closing plan and record the closing."
                        ),
                        Lang::Es => format!(
                            "El evento de la cuenta {name} terminó el {when}, pero la cuenta sigue abierta: aplica su plan de cierre y registra el cierre."
                        ),
                    },
                )
            }
            (Some(_), false) => continue,
            (None, true) => (
                "endsOn",
                match cx.lang {
                    Lang::En => format!(
                        "The account {name} is for a one-off event but has neither an end date nor a closing plan: say when it ends and what happens to it then."
                    ),
                    Lang::Es => format!(
                        "La cuenta {name} es para un evento puntual pero no tiene fecha de fin ni plan de cierre: indica cuándo termina y qué pasará con ella entonces."
                    ),
                },
            ),
            (None, false) => (
                "endsOn",
                match cx.lang {
                    Lang::En => format!(
                        "The account {name} is for a one-off event but has no end date: say when it ends."
                    ),
                    Lang::Es => format!(
                        "La cuenta {name} es para un evento puntual pero no tiene fecha de fin: indica cuándo termina."
                    ),
                },
            ),
            (Some(_), true) => (
                "closingPlan",
                match cx.lang {
                    Lang::En => format!(
                        "The account {name} is for a one-off event but has no closing plan: say what happens to it and to its content when the event ends."
                    ),
                    Lang::Es => format!(
                        "La cuenta {name} es para un evento puntual pero no tiene plan de cierre: indica qué pasará con ella y con sus contenidos cuando termine el evento."
                    ),
                },
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Account,
            channel.id,
            Some(field),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ChannelStatus;

    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn an_event_account_needs_an_end_and_a_plan_and_closes_after_it() {
        let mut doc = testkit::healthy();
        assert!(
            fired(&doc, "account-event-closing").is_empty(),
            "not an event account"
        );
        doc.channels[0].account.for_event = true;
        let found = fired(&doc, "account-event-closing");
        assert_eq!(found[0].target.field.as_deref(), Some("endsOn"));
        assert!(
            found[0]
                .message
                .contains("neither an end date nor a closing plan")
        );
        doc.channels[0].account.ends_on = Some(day(2026, 12, 15));
        let found = fired_in(&doc, "account-event-closing", Lang::Es);
        assert_eq!(
            found[0].message,
            "La cuenta «Instagram» es para un evento puntual pero no tiene plan de cierre: indica qué pasará con ella y con sus contenidos cuando termine el evento."
        );
        doc.channels[0].account.closing_plan = "Thank-you post, then closed.".into();
        assert!(fired(&doc, "account-event-closing").is_empty());
        // Today is 23 November 2026: an event that ended on the 1st.
        doc.channels[0].account.ends_on = Some(day(2026, 11, 1));
        let found = fired(&doc, "account-event-closing");
        assert_eq!(
            found[0].message,
            "The event of the account “Instagram” ended on 1 November 2026, but the account is still open: carry out its closing plan and record the closing."
        );
        doc.channels[0].status = ChannelStatus::Retired;
        assert!(fired(&doc, "account-event-closing").is_empty());
    }
}
