//! `objective-overdue`: an objective past its deadline that is still open.

use rumbo_core::Lang;
use rumbo_core::model::ObjectiveStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use rumbo_core::format::long_date;

pub(crate) const RULE: Rule = Rule {
    id: "objective-overdue",
    severity: Severity::Warning,
    section: Section::Objectives,
    title: Text {
        en: "Objectives past their deadline are closed",
        es: "Los objetivos vencidos se cierran",
    },
    principle: Text {
        en: "When results do not come, the CM is held responsible: an objective past its deadline should say whether it was achieved or missed, and why.",
        es: "Cuando no llegan los resultados se piden responsabilidades a quien gestiona la comunidad: un objetivo vencido debe decir si se consiguió o no, y por qué.",
    },
    example: Text {
        en: "An objective in progress whose deadline was last month.",
        es: "Un objetivo en curso cuya fecha límite fue el mes pasado.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let open = cx
        .doc
        .objectives
        .iter()
        .filter(|o| matches!(o.status, ObjectiveStatus::Draft | ObjectiveStatus::Active));
    for objective in open {
        let Some(deadline) = objective.deadline else {
            continue;
        };
        outcome.checked += 1;
        if deadline >= cx.today {
            continue;
        }
        let name = cx.quote(&objective.title);
        let when = long_date(deadline, cx.lang);
        let message = match (cx.lang, objective.status) {
            (Lang::En, ObjectiveStatus::Draft) => format!(
                "The objective {name} passed its deadline on {when} and is still a draft: set a new date, or drop it."
            ),
            (Lang::En, _) => format!(
                "The objective {name} passed its deadline on {when} and is still in progress: mark it achieved or missed, or set a new date."
            ),
            (Lang::Es, ObjectiveStatus::Draft) => format!(
                "El objetivo {name} venció el {when} y sigue en borrador: fija una nueva fecha o abandónalo."
            ),
            (Lang::Es, _) => format!(
                "El objetivo {name} venció el {when} y sigue en curso: márcalo como conseguido o no conseguido, o fija una nueva fecha."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Objective,
            objective.id,
            Some("deadline"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ObjectiveStatus;

    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn an_open_objective_past_its_deadline_is_flagged() {
        let mut doc = testkit::healthy();
        // Due today is not overdue yet.
        doc.objectives[0].deadline = Some(testkit::today());
        assert!(fired(&doc, "objective-overdue").is_empty());
        doc.objectives[0].deadline = Some(day(2026, 10, 31));
        let found = fired(&doc, "objective-overdue");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The objective “Double sign-ups from Instagram” passed its deadline on 31 October 2026 and is still in progress: mark it achieved or missed, or set a new date."
        );
        let es = fired_in(&doc, "objective-overdue", Lang::Es);
        assert!(
            es[0]
                .message
                .contains("venció el 31 de octubre de 2026 y sigue en curso")
        );
        // A closed objective is history.
        doc.objectives[0].status = ObjectiveStatus::Achieved;
        assert!(fired(&doc, "objective-overdue").is_empty());
    }
}
