//! `objective-not-smart`: an objective missing its baseline, target,
//! deadline or owner.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use crate::words::list;

pub(crate) const RULE: Rule = Rule {
    id: "objective-not-smart",
    severity: Severity::Warning,
    section: Section::Objectives,
    title: Text {
        en: "Objectives are SMART",
        es: "Los objetivos son SMART",
    },
    principle: Text {
        en: "Coherent objectives are the base of a strategy: where you start from, where you want to get, by when and who answers for it.",
        es: "Los objetivos coherentes son la base de una estrategia: de dónde partes, adónde quieres llegar, para cuándo y quién responde de ello.",
    },
    example: Text {
        en: "An objective with a KPI but no target and no deadline.",
        es: "Un objetivo con KPI pero sin meta ni fecha límite.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for objective in cx.live_objectives() {
        outcome.checked += 1;
        let smart = !objective.kpi_metric.trim().is_empty()
            && objective.baseline.is_some()
            && objective.target.is_some()
            && objective.deadline.is_some()
            && !objective.owner.trim().is_empty();
        if smart {
            continue;
        }
        // Objectives without a KPI, or presence-only, are reported by their
        // own rules first: a baseline means little before there is a measure.
        if let Some(broader) = cx.objective_reported(objective) {
            outcome.deferred.push(broader);
            continue;
        }
        let missing: Vec<(&'static str, &'static str, &'static str)> = [
            (
                objective.baseline.is_none(),
                "baseline",
                "a baseline",
                "el valor de partida",
            ),
            (objective.target.is_none(), "target", "a target", "la meta"),
            (
                objective.deadline.is_none(),
                "deadline",
                "a deadline",
                "la fecha límite",
            ),
            (
                objective.owner.trim().is_empty(),
                "owner",
                "an owner",
                "la persona responsable",
            ),
        ]
        .into_iter()
        .filter(|(missing, ..)| *missing)
        .map(|(_, field, en, es)| (field, en, es))
        .collect();
        let Some((field, ..)) = missing.first() else {
            continue;
        };
        let names: Vec<String> = missing
            .iter()
            .map(|(_, en, es)| cx.pick(en, es).to_string())
            .collect();
        let name = cx.quote(&objective.title);
        let what = list(cx.lang, &names);
        let message = match cx.lang {
            Lang::En => format!("The objective {name} is not SMART yet: it still needs {what}."),
            Lang::Es if missing.len() == 1 => {
                format!("El objetivo {name} aún no es SMART: le falta {what}.")
            }
            Lang::Es => format!("El objetivo {name} aún no es SMART: le faltan {what}."),
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
    use rumbo_core::model::ObjectiveStatus;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn one_finding_names_everything_missing() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "objective-not-smart").is_empty());
        doc.objectives[0].baseline = None;
        doc.objectives[0].deadline = None;
        let found = fired(&doc, "objective-not-smart");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The objective “Double sign-ups from Instagram” is not SMART yet: it still needs a baseline and a deadline."
        );
        assert_eq!(found[0].target.field.as_deref(), Some("baseline"));

        doc.objectives[0].target = None;
        doc.objectives[0].owner.clear();
        let es = fired_in(&doc, "objective-not-smart", Lang::Es);
        assert_eq!(
            es[0].message,
            "El objetivo «Double sign-ups from Instagram» aún no es SMART: le faltan el valor de partida, la meta, la fecha límite y la persona responsable."
        );
    }

    #[test]
    fn one_missing_part_reads_in_the_singular_and_dropped_objectives_are_skipped() {
        let mut doc = testkit::healthy();
        doc.objectives[0].deadline = None;
        let es = fired_in(&doc, "objective-not-smart", Lang::Es);
        assert!(
            es[0].message.ends_with("le falta la fecha límite."),
            "{}",
            es[0].message
        );
        doc.objectives[0].status = ObjectiveStatus::Dropped;
        assert!(fired(&doc, "objective-not-smart").is_empty());
    }
}
