//! `objective-no-kpi`: an objective with nothing to count.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text, presence_only, record_key};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "objective-no-kpi",
    severity: Severity::Error,
    section: Section::Objectives,
    title: Text {
        en: "Every objective needs a KPI",
        es: "Cada objetivo necesita un KPI",
    },
    principle: Text {
        en: "A strategy rests on coherent, well-defined objectives; without a measure, nobody can tell whether it works — and when results disappoint, the CM is the one asked to answer for them.",
        es: "Una estrategia se apoya en objetivos coherentes y bien definidos; sin una medida nadie sabe si funciona, y cuando los resultados no llegan se piden cuentas a la persona que gestiona la comunidad.",
    },
    example: Text {
        en: "An objective “Improve our image among young people” with the KPI left empty.",
        es: "Un objetivo «Mejorar nuestra imagen entre los jóvenes» con el KPI vacío.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for objective in cx.live_objectives() {
        outcome.checked += 1;
        if !objective.kpi_metric.trim().is_empty() {
            continue;
        }
        // A presence-only objective is reported once, by `objective-presence`.
        if presence_only(objective).is_some() {
            outcome.deferred.push(record_key(
                "objective-presence",
                TargetKind::Objective,
                objective.id,
            ));
            continue;
        }
        {
            let name = cx.quote(&objective.title);
            let message = match cx.lang {
                Lang::En => format!(
                    "The objective {name} has no KPI: name what you will count to know it is working."
                ),
                Lang::Es => format!(
                    "El objetivo {name} no tiene KPI: indica qué contarás para saber si funciona."
                ),
            };
            outcome.findings.push(Draft::record(
                TargetKind::Objective,
                objective.id,
                Some("kpiMetric"),
                message,
            ));
        }
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn an_objective_without_a_kpi_is_an_error() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "objective-no-kpi").is_empty());
        doc.objectives[0].title = "Improve our image among young people".into();
        doc.objectives[0].kpi_metric = "  ".into();
        let found = fired(&doc, "objective-no-kpi");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "objective-no-kpi/objective/1");
        assert_eq!(found[0].target.field.as_deref(), Some("kpiMetric"));
        assert!(
            found[0]
                .message
                .contains("“Improve our image among young people” has no KPI")
        );
        let es = fired_in(&doc, "objective-no-kpi", Lang::Es);
        assert!(
            es[0].message.starts_with("El objetivo «Improve"),
            "{}",
            es[0].message
        );
        // Not SMART either, but that is said once the KPI exists.
        assert!(fired(&doc, "objective-not-smart").is_empty());
    }
}
