//! `recommendations-ignored`: too many recommendations simply ignored.

use rumbo_core::Lang;
use rumbo_core::model::Decision;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use crate::words::to_u32;
use rumbo_core::format::percent;

/// Below this many decided recommendations, a share says little.
const MIN_DECIDED: usize = 3;

pub(crate) const RULE: Rule = Rule {
    id: "recommendations-ignored",
    severity: Severity::Warning,
    section: Section::Recommendations,
    title: Text {
        en: "Recommendations are not ignored",
        es: "Las recomendaciones no se ignoran",
    },
    principle: Text {
        en: "The organization cannot afford to ignore the recommendations of the person trying to put the brand in the best possible place; a clear no is better than silence.",
        es: "La organización no puede permitirse ignorar las recomendaciones de quien intenta situar la marca en el mejor lugar posible; un no claro es mejor que el silencio.",
    },
    example: Text {
        en: "Of 6 recommendations no longer pending, 2 (33%) were ignored, more than the share you allow (a setting).",
        es: "De 6 recomendaciones que ya no están pendientes, 2 (33\u{a0}%) se ignoraron, más de lo que admites (un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let decided: Vec<Decision> = cx
        .doc
        .recommendations
        .iter()
        .filter(|r| r.is_recommendation())
        .map(|r| r.decision)
        .filter(|d| *d != Decision::Pending)
        .collect();
    if decided.len() < MIN_DECIDED {
        return Outcome::default();
    }
    let ignored = decided.iter().filter(|d| **d == Decision::Ignored).count();
    let (ignored, decided) = (to_u32(ignored), to_u32(decided.len()));
    let limit = cx.settings().ignored_share_percent;
    let over = u64::from(ignored) * 100 > u64::from(limit) * u64::from(decided);
    Outcome::once(over.then(|| {
        let share = percent(f64::from(ignored) / f64::from(decided), cx.lang);
        let message = match cx.lang {
            Lang::En => format!(
                "Of your {decided} recommendations no longer pending, {ignored} ({share}) were simply ignored: ask for a yes or a no."
            ),
            Lang::Es => format!(
                "De tus {decided} recomendaciones que ya no están pendientes, {ignored} ({share}) se ignoraron sin más: pide un sí o un no."
            ),
        };
        Draft::workspace(TargetKind::Workspace, Some("recommendations"), message)
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::Decision;

    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn a_high_share_of_ignored_recommendations_is_flagged() {
        let mut doc = testkit::healthy();
        let decisions = [
            Decision::Accepted,
            Decision::Rejected,
            Decision::Ignored,
            Decision::Accepted,
            Decision::Pending,
        ];
        doc.recommendations = decisions
            .iter()
            .zip(1..)
            .map(|(d, id)| testkit::recommendation(id, *d, day(2026, 11, 1)))
            .collect();
        // 1 of 4 decided: 25%, not above 25%.
        assert!(fired(&doc, "recommendations-ignored").is_empty());
        doc.recommendations[3].decision = Decision::Ignored;
        let found = fired(&doc, "recommendations-ignored");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "recommendations-ignored/workspace");
        assert_eq!(
            found[0].message,
            "Of your 4 recommendations no longer pending, 2 (50%) were simply ignored: ask for a yes or a no."
        );
        let es = fired_in(&doc, "recommendations-ignored", Lang::Es);
        assert_eq!(
            es[0].message,
            "De tus 4 recomendaciones que ya no están pendientes, 2 (50\u{a0}%) se ignoraron sin más: pide un sí o un no."
        );
    }

    #[test]
    fn too_few_decisions_say_nothing() {
        let mut doc = testkit::healthy();
        doc.recommendations = vec![
            testkit::recommendation(1, Decision::Ignored, day(2026, 11, 1)),
            testkit::recommendation(2, Decision::Ignored, day(2026, 11, 1)),
        ];
        assert!(fired(&doc, "recommendations-ignored").is_empty());
    }
}
