//! `objective-presence`: an objective that only asks to be somewhere.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text, presence_only};
use crate::phrasing;
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "objective-presence",
    severity: Severity::Error,
    section: Section::Objectives,
    title: Text {
        en: "Presence is not an objective",
        es: "La presencia no es un objetivo",
    },
    principle: Text {
        en: "Being present on social networks can never be an objective in itself, and more networks are not better: an objective says what should change.",
        es: "Estar en las redes sociales nunca puede ser un objetivo en sí mismo, y estar en más redes no es mejor: un objetivo dice qué debe cambiar.",
    },
    example: Text {
        en: "An objective titled “Be on TikTok”, with no KPI.",
        es: "Un objetivo titulado «Estar en TikTok», sin KPI.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for objective in cx.live_objectives() {
        outcome.checked += 1;
        if !presence_only(objective) {
            continue;
        }
        let name = cx.quote(&objective.title);
        let message = match cx.lang {
            Lang::En => format!(
                "The objective {name} only asks for presence: say what should change, and how you will measure it."
            ),
            Lang::Es => format!(
                "El objetivo {name} solo pide presencia: di qué debe cambiar y cómo lo medirás."
            ),
        };
        // A real KPI without a target needs the target; anything else, a KPI.
        let kpi = objective.kpi_metric.trim();
        let field = if kpi.is_empty() || phrasing::measures_presence(kpi) {
            "kpiMetric"
        } else {
            "target"
        };
        outcome.findings.push(Draft::record(
            TargetKind::Objective,
            objective.id,
            Some(field),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_presence_objective_is_an_error_in_both_languages() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "objective-presence").is_empty());
        doc.objectives[0].title = "Be on TikTok".into();
        doc.objectives[0].kpi_metric.clear();
        let found = fired(&doc, "objective-presence");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "objective-presence/objective/1");
        assert_eq!(
            found[0].message,
            "The objective “Be on TikTok” only asks for presence: say what should change, and how you will measure it."
        );
        assert_eq!(found[0].target.field.as_deref(), Some("kpiMetric"));
        // Its missing KPI is not reported twice.
        assert!(fired(&doc, "objective-no-kpi").is_empty());
        assert!(fired(&doc, "objective-not-smart").is_empty());

        doc.objectives[0].title = "Estar en TikTok".into();
        let found = fired_in(&doc, "objective-presence", Lang::Es);
        assert_eq!(
            found[0].message,
            "El objetivo «Estar en TikTok» solo pide presencia: di qué debe cambiar y cómo lo medirás."
        );
    }

    #[test]
    fn presence_wording_with_a_real_measure_and_target_is_an_objective() {
        let mut doc = testkit::healthy();
        // The healthy objective has a KPI and a target: the title alone does
        // not make it presence-only.
        doc.objectives[0].title = "Have a profile on Instagram that brings sign-ups".into();
        assert!(fired(&doc, "objective-presence").is_empty());
        // Without a target it is presence again, and the target is what to fix.
        doc.objectives[0].target = None;
        let found = fired(&doc, "objective-presence");
        assert_eq!(found[0].target.field.as_deref(), Some("target"));
    }

    #[test]
    fn a_kpi_that_only_counts_presence_is_presence() {
        let mut doc = testkit::healthy();
        doc.objectives[0].kpi_metric = "Cuenta de TikTok abierta".into();
        assert_eq!(fired(&doc, "objective-presence").len(), 1);
        doc.objectives[0].kpi_metric = "Registrations from TikTok".into();
        assert!(fired(&doc, "objective-presence").is_empty());
    }

    #[test]
    fn near_misses_and_dropped_objectives_are_not_flagged() {
        let mut doc = testkit::healthy();
        doc.objectives[0].kpi_metric.clear();
        for title in [
            "Be the first answer on Google for library events",
            "Estar en el top 3 de búsquedas de bibliotecas",
        ] {
            doc.objectives[0].title = title.into();
            assert!(fired(&doc, "objective-presence").is_empty(), "{title}");
        }
        doc.objectives[0].title = "Be on TikTok".into();
        doc.objectives[0].status = rumbo_core::model::ObjectiveStatus::Dropped;
        assert!(fired(&doc, "objective-presence").is_empty());
    }
}
