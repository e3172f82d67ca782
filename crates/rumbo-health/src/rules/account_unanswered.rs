//! `account-unanswered`: a live account whose request never answered the
//! four questions. The window refuses to set an account active without
//! them; an older file's active accounts are kept, and reported here.

use rumbo_core::Lang;
use rumbo_core::model::Answers;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use crate::words;

pub(crate) const RULE: Rule = Rule {
    id: "account-unanswered",
    severity: Severity::Warning,
    section: Section::Accounts,
    title: Text {
        en: "Accounts in use answered the four questions",
        es: "Las cuentas en uso respondieron a las cuatro preguntas",
    },
    principle: Text {
        en: "Being present on a network can never be an objective in itself: before an account opens, the organization says what it is for, whom it speaks to, who will sustain it and what it will publish.",
        es: "Estar presente en una red nunca puede ser un objetivo en sí mismo: antes de abrir una cuenta, la organización dice para qué sirve, a quién se dirige, quién la mantendrá y qué publicará.",
    },
    example: Text {
        en: "An active Facebook page, opened years ago, whose request never said what its objectives are.",
        es: "Una página de Facebook activa, abierta hace años, cuya solicitud nunca dijo cuáles eran sus objetivos.",
    },
    run,
};

/// The question behind an answer's field, as a clause.
fn question(field: &str, lang: Lang) -> String {
    match (field, lang) {
        ("objectives", Lang::En) => "what its objectives are",
        ("audience", Lang::En) => "who its audience is",
        ("resources", Lang::En) => "whether there are the resources to sustain it",
        (_, Lang::En) => "what content it will have",
        ("objectives", Lang::Es) => "cuáles son sus objetivos",
        ("audience", Lang::Es) => "a qué público se dirige",
        ("resources", Lang::Es) => "si hay recursos para mantenerla",
        (_, Lang::Es) => "qué contenidos tendrá",
    }
    .to_string()
}

/// The field of the registry's editor that holds an answer.
pub(crate) fn answer_field(field: &str) -> &'static str {
    match field {
        "objectives" => "answerObjectives",
        "audience" => "answerAudience",
        "resources" => "answerResources",
        _ => "answerContent",
    }
}

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for channel in cx.doc.channels.iter().filter(|c| c.status.is_live()) {
        outcome.checked += 1;
        let missing = channel.account.answers.missing();
        let Some(first) = missing.first() else {
            continue;
        };
        let name = cx.quote(&channel.name);
        let status = channel.status.of_account(cx.lang);
        let message = if missing.len() == Answers::FIELDS.len() {
            match cx.lang {
                Lang::En => format!(
                    "The account {name} is {status}, but none of the four questions asked before an account opens is answered: what its objectives are, who its audience is, whether there are the resources to sustain it and what content it will have."
                ),
                Lang::Es => format!(
                    "La cuenta {name} está {status}, pero no tiene respuesta ninguna de las cuatro preguntas previas a abrir una cuenta: cuáles son sus objetivos, a qué público se dirige, si hay recursos para mantenerla y qué contenidos tendrá."
                ),
            }
        } else {
            let questions: Vec<String> = missing.iter().map(|m| question(m, cx.lang)).collect();
            let list = words::list(cx.lang, &questions);
            match cx.lang {
                Lang::En => format!(
                    "The account {name} is {status}, but nobody has written down {list}: answer the four questions asked before an account opens."
                ),
                Lang::Es => format!(
                    "La cuenta {name} está {status}, pero nadie ha dejado por escrito {list}: responde a las cuatro preguntas previas a abrir una cuenta."
                ),
            }
        };
        outcome.findings.push(Draft::record(
            TargetKind::Account,
            channel.id,
            Some(answer_field(first)),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ChannelStatus;

    use crate::report::TargetKind;
    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_live_account_without_its_answers_is_flagged() {
        let mut doc = testkit::healthy();
        doc.channels[0].account.answers.objectives.clear();
        doc.channels[0].account.answers.content.clear();
        let found = fired(&doc, "account-unanswered");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "account-unanswered/account/1");
        assert_eq!(found[0].target.entity, TargetKind::Account);
        assert_eq!(found[0].target.field.as_deref(), Some("answerObjectives"));
        assert_eq!(
            found[0].message,
            "The account “Instagram” is active, but nobody has written down what its objectives are and what content it will have: answer the four questions asked before an account opens."
        );
        let es = fired_in(&doc, "account-unanswered", Lang::Es);
        assert_eq!(
            es[0].message,
            "La cuenta «Instagram» está activa, pero nadie ha dejado por escrito cuáles son sus objetivos y qué contenidos tendrá: responde a las cuatro preguntas previas a abrir una cuenta."
        );
        // Under review is live too; paused or planned is not.
        doc.channels[0].status = ChannelStatus::UnderReview;
        assert_eq!(fired(&doc, "account-unanswered").len(), 1);
        doc.channels[0].status = ChannelStatus::Planned;
        assert!(fired(&doc, "account-unanswered").is_empty());
    }

    #[test]
    fn all_four_missing_says_so_and_answered_passes() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "account-unanswered").is_empty());
        doc.channels[0].account.answers = Default::default();
        let found = fired(&doc, "account-unanswered");
        assert!(
            found[0].message.contains("none of the four questions"),
            "{}",
            found[0].message
        );
    }
}
