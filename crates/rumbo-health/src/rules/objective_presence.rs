//! `objective-presence`: an objective that only asks to be somewhere.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Presence, Rule, Text, presence_only};
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
        en: "An objective titled “Be present on YouTube”, even with a KPI: state the result the KPI measures instead.",
        es: "Un objetivo titulado «Estar presentes en YouTube», aunque tenga KPI: enuncia en su lugar el resultado que mide el KPI.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for objective in cx.live_objectives() {
        outcome.checked += 1;
        let Some(presence) = presence_only(objective) else {
            continue;
        };
        let name = cx.quote(&objective.title);
        let kpi = objective.kpi_metric.trim();
        let (field, message) = match presence {
            // The KPI may count something real: ask for the objective to be
            // that result.
            Presence::Title if !kpi.is_empty() && !phrasing::measures_presence(kpi) => {
                let kpi = cx.quote(kpi);
                (
                    "title",
                    match cx.lang {
                        Lang::En => format!(
                            "The objective {name} states presence, not a result, though its KPI counts {kpi}: make the result that KPI measures the objective."
                        ),
                        Lang::Es => format!(
                            "El objetivo {name} enuncia presencia, no un resultado, aunque su KPI cuenta {kpi}: haz del resultado que mide ese KPI el objetivo."
                        ),
                    },
                )
            }
            Presence::Title => (
                "title",
                match cx.lang {
                    Lang::En => format!(
                        "The objective {name} only asks for presence: say what should change, and how you will measure it."
                    ),
                    Lang::Es => format!(
                        "El objetivo {name} solo pide presencia: di qué debe cambiar y cómo lo medirás."
                    ),
                },
            ),
            Presence::Description => (
                "description",
                match cx.lang {
                    Lang::En => format!(
                        "The objective {name} is described as presence only: say what should change, and how you will measure it."
                    ),
                    Lang::Es => format!(
                        "El objetivo {name} se describe solo como presencia: di qué debe cambiar y cómo lo medirás."
                    ),
                },
            ),
            Presence::Kpi => {
                let kpi = cx.quote(kpi);
                (
                    "kpiMetric",
                    match cx.lang {
                        Lang::En => format!(
                            "The objective {name} is measured only by being there: its KPI, {kpi}, counts presence, not a result. Choose a KPI that counts what should change."
                        ),
                        Lang::Es => format!(
                            "El objetivo {name} solo se mide por estar: su KPI, {kpi}, cuenta presencia, no un resultado. Elige un KPI que cuente lo que debe cambiar."
                        ),
                    },
                )
            }
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
        assert_eq!(found[0].target.field.as_deref(), Some("title"));
        // Its missing KPI is not reported twice.
        assert!(fired(&doc, "objective-no-kpi").is_empty());
        assert!(fired(&doc, "objective-not-smart").is_empty());

        doc.objectives[0].title = "Reforzar nuestra presencia en las redes".into();
        let found = fired_in(&doc, "objective-presence", Lang::Es);
        assert_eq!(
            found[0].message,
            "El objetivo «Reforzar nuestra presencia en las redes» solo pide presencia: di qué debe cambiar y cómo lo medirás."
        );
    }

    #[test]
    fn presence_is_flagged_even_with_a_kpi_and_asks_for_the_result_it_measures() {
        let mut doc = testkit::healthy();
        // A real KPI with a target does not make "be present" an objective:
        // the KPI may measure something else entirely.
        doc.objectives[0].title = "Be present on YouTube".into();
        doc.objectives[0].kpi_metric = "Newsletter sign-ups".into();
        let found = fired(&doc, "objective-presence");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The objective “Be present on YouTube” states presence, not a result, though its KPI counts “Newsletter sign-ups”: make the result that KPI measures the objective."
        );
        assert_eq!(found[0].target.field.as_deref(), Some("title"));
        doc.objectives[0].title = "Que todos los servicios dispongan de perfil propio".into();
        doc.objectives[0].kpi_metric = "Consultas atendidas".into();
        let es = fired_in(&doc, "objective-presence", Lang::Es);
        assert_eq!(
            es[0].message,
            "El objetivo «Que todos los servicios dispongan de perfil propio» enuncia presencia, no un resultado, aunque su KPI cuenta «Consultas atendidas»: haz del resultado que mide ese KPI el objetivo."
        );
        // Stating the result in the title is what makes it an objective.
        doc.objectives[0].title =
            "Be present on YouTube and double newsletter sign-ups from it".into();
        assert!(fired(&doc, "objective-presence").is_empty());
    }

    #[test]
    fn a_kpi_that_only_counts_presence_is_presence() {
        let mut doc = testkit::healthy();
        doc.objectives[0].kpi_metric = "Cuenta de TikTok abierta".into();
        let found = fired_in(&doc, "objective-presence", Lang::Es);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.field.as_deref(), Some("kpiMetric"));
        assert_eq!(
            found[0].message,
            "El objetivo «Double sign-ups from Instagram» solo se mide por estar: su KPI, «Cuenta de TikTok abierta», cuenta presencia, no un resultado. Elige un KPI que cuente lo que debe cambiar."
        );
        doc.objectives[0].kpi_metric = "Registrations from TikTok".into();
        assert!(fired(&doc, "objective-presence").is_empty());
    }

    #[test]
    fn a_vague_title_is_judged_by_its_description() {
        let mut doc = testkit::healthy();
        doc.objectives[0].title = "Social media 2027".into();
        doc.objectives[0].description =
            "Management wants the library to be on Instagram and TikTok, like the others.".into();
        let found = fired(&doc, "objective-presence");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.field.as_deref(), Some("description"));
        assert_eq!(
            found[0].message,
            "The objective “Social media 2027” is described as presence only: say what should change, and how you will measure it."
        );
        // A title that states a result is not undone by its description.
        doc.objectives[0].title = "Double sign-ups from Instagram".into();
        assert!(fired(&doc, "objective-presence").is_empty());
    }

    #[test]
    fn near_misses_and_dropped_objectives_are_not_flagged() {
        let mut doc = testkit::healthy();
        doc.objectives[0].kpi_metric.clear();
        for title in [
            "Be the first answer on Google for library events",
            "Estar en el top 3 de búsquedas de bibliotecas",
            "Reduce response time on X to 2 hours",
            "Que el 30 % de las consultas lleguen por WhatsApp",
        ] {
            doc.objectives[0].title = title.into();
            assert!(fired(&doc, "objective-presence").is_empty(), "{title}");
        }
        doc.objectives[0].title = "Be on TikTok".into();
        doc.objectives[0].status = rumbo_core::model::ObjectiveStatus::Dropped;
        assert!(fired(&doc, "objective-presence").is_empty());
    }
}
