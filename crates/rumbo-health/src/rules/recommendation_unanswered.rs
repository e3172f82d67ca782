//! `recommendation-unanswered`: a recommendation left pending too long.

use rumbo_core::Lang;
use rumbo_core::model::Decision;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use rumbo_core::format::long_date;

pub(crate) const RULE: Rule = Rule {
    id: "recommendation-unanswered",
    severity: Severity::Warning,
    section: Section::Recommendations,
    title: Text {
        en: "Recommendations get an answer",
        es: "Las recomendaciones reciben respuesta",
    },
    principle: Text {
        en: "Too often the CM is ignored and their recommendations go unheard — and then the CM is blamed when results do not come.",
        es: "Con demasiada frecuencia se ignora a quien gestiona la comunidad y no se escuchan sus recomendaciones, y luego se le piden cuentas cuando no llegan los resultados.",
    },
    example: Text {
        en: "A recommendation still pending 69 days after it was made (the number of days is a setting).",
        es: "Una recomendación aún pendiente 69 días después de hacerse (el número de días es un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let limit = i64::from(cx.settings().answer_days);
    let pending = cx
        .doc
        .recommendations
        .iter()
        .filter(|r| r.is_recommendation() && r.decision == Decision::Pending);
    for recommendation in pending {
        // A recommendation of unknown date cannot be said to be late.
        let Some(made) = recommendation.date else {
            continue;
        };
        outcome.checked += 1;
        let days = (cx.today - made).num_days();
        if days <= limit {
            continue;
        }
        let title = cx.quote(&recommendation.title);
        let since = long_date(made, cx.lang);
        // More than the limit (at least 1), so always "days".
        let message = match cx.lang {
            Lang::En => format!(
                "Your recommendation {title} has waited {days} days for an answer (since {since}): ask for a decision."
            ),
            Lang::Es => format!(
                "Tu recomendación {title} lleva {days} días esperando respuesta (desde el {since}): pide una decisión."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Recommendation,
            recommendation.id,
            Some("decision"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::Decision;

    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn a_recommendation_pending_past_the_limit_is_flagged() {
        let mut doc = testkit::healthy();
        doc.recommendations[0].decision = Decision::Pending;
        // 30 days exactly: still within the time to answer.
        doc.recommendations[0].date = Some(day(2026, 10, 24));
        assert!(fired(&doc, "recommendation-unanswered").is_empty());
        doc.recommendations[0].date = Some(day(2026, 9, 15));
        let found = fired(&doc, "recommendation-unanswered");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "recommendation-unanswered/recommendation/1");
        assert_eq!(
            found[0].message,
            "Your recommendation “Recommendation 1” has waited 69 days for an answer (since 15 September 2026): ask for a decision."
        );
        let es = fired_in(&doc, "recommendation-unanswered", Lang::Es);
        assert!(
            es[0]
                .message
                .contains("lleva 69 días esperando respuesta (desde el 15 de septiembre de 2026)")
        );
        // Nor does one of unknown date, or a decision of the organization.
        doc.recommendations[0].date = None;
        assert!(fired(&doc, "recommendation-unanswered").is_empty());
        doc.recommendations[0].date = Some(day(2026, 9, 15));
        doc.recommendations[0].kind = rumbo_core::model::EntryKind::Decision;
        assert!(fired(&doc, "recommendation-unanswered").is_empty());
        doc.recommendations[0].kind = rumbo_core::model::EntryKind::Recommendation;
        doc.recommendations[0].decision = Decision::Rejected;
        assert!(fired(&doc, "recommendation-unanswered").is_empty());
    }
}
