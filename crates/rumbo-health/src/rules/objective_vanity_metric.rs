//! `objective-vanity-metric`: an objective measured only by followers, fans
//! or likes.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::phrasing;
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "objective-vanity-metric",
    severity: Severity::Advice,
    section: Section::Objectives,
    title: Text {
        en: "Objectives measure what serves them",
        es: "Los objetivos miden lo que les sirve",
    },
    principle: Text {
        en: "A strategy rests on coherent objectives, and its measures must tell whether they are met: followers, fans and likes count an audience, not the change the objective asks for — measure what serves the objective.",
        es: "Una estrategia se apoya en objetivos coherentes, y sus medidas deben decir si se cumplen: los seguidores, los fans y los «me gusta» cuentan público, no el cambio que pide el objetivo; mide lo que sirve al objetivo.",
    },
    example: Text {
        en: "An objective “Reach young job seekers” whose only KPI is “Followers on TikTok”.",
        es: "Un objetivo «Llegar a los jóvenes que buscan empleo» cuyo único KPI es «Seguidores en TikTok».",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for objective in cx.live_objectives() {
        outcome.checked += 1;
        let kpi = objective.kpi_metric.trim();
        // Without a KPI it measures nothing that serves it either.
        if !kpi.is_empty() && !phrasing::vanity_only(kpi, &objective.kpi_unit) {
            continue;
        }
        // Presence-only, or without a KPI: said once by the broader rule.
        if let Some(broader) = cx.objective_reported(objective) {
            outcome.deferred.push(broader);
            continue;
        }
        let name = cx.quote(&objective.title);
        let kpi = cx.quote(kpi);
        let message = match cx.lang {
            Lang::En => format!(
                "The objective {name} is measured only by {kpi}: followers, fans and likes show an audience, not whether the objective is met. Measure what it should change — sign-ups, answers, visits — and keep the audience as context."
            ),
            Lang::Es => format!(
                "El objetivo {name} solo se mide por {kpi}: los seguidores, los fans y los «me gusta» muestran público, no si se cumple el objetivo. Mide lo que debe cambiar (inscripciones, respuestas, visitas) y deja el público como contexto."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Objective,
            objective.id,
            Some("kpiMetric"),
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
    fn an_objective_measured_only_by_followers_gets_advice_in_both_languages() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "objective-vanity-metric").is_empty());
        doc.objectives[0].kpi_metric = "Followers on Instagram".into();
        let found = fired(&doc, "objective-vanity-metric");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "objective-vanity-metric/objective/1");
        assert_eq!(found[0].target.field.as_deref(), Some("kpiMetric"));
        assert!(
            found[0].message.starts_with(
                "The objective “Double sign-ups from Instagram” is measured only by “Followers on Instagram”:"
            ),
            "{}",
            found[0].message
        );
        doc.objectives[0].kpi_metric = "Nuevos seguidores".into();
        doc.objectives[0].kpi_unit = "al mes".into();
        let es = fired_in(&doc, "objective-vanity-metric", Lang::Es);
        assert!(
            es[0].message.starts_with(
                "El objetivo «Double sign-ups from Instagram» solo se mide por «Nuevos seguidores»:"
            ),
            "{}",
            es[0].message
        );
        doc.objectives[0].kpi_metric = "Me gusta".into();
        assert_eq!(fired(&doc, "objective-vanity-metric").len(), 1);
    }

    #[test]
    fn followers_beside_a_real_measure_are_not_vanity() {
        let mut doc = testkit::healthy();
        for kpi in [
            "Followers who sign up for a course",
            "Employers following or subscribed",
            "Seguidores que se inscriben en cursos",
            "Sign-ups from Instagram links",
        ] {
            doc.objectives[0].kpi_metric = kpi.into();
            assert!(fired(&doc, "objective-vanity-metric").is_empty(), "{kpi}");
        }
        // A presence objective measured by followers is said once, as presence.
        doc.objectives[0].title = "Be on TikTok".into();
        doc.objectives[0].kpi_metric = "Followers on TikTok".into();
        assert!(fired(&doc, "objective-vanity-metric").is_empty());
        assert_eq!(fired(&doc, "objective-presence").len(), 1);
    }
}
