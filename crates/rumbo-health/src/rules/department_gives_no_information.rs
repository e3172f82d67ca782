//! `department-gives-no-information`: the CM talks to a department but hears
//! nothing from it.

use rumbo_core::Lang;
use rumbo_core::model::Direction;

use super::{Context, Draft, Outcome, Rule, Text, record_key, workspace_key};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "department-gives-no-information",
    severity: Severity::Warning,
    section: Section::Internal,
    title: Text {
        en: "Every department gives you information",
        es: "Cada departamento te da información",
    },
    principle: Text {
        en: "The CM cannot do the job without everyone's collaboration: quick access to information and continuous contact with every person in charge.",
        es: "Quien gestiona la comunidad no puede hacer bien su trabajo sin la colaboración de todos: acceso rápido a la información y contacto continuo con cada responsable.",
    },
    example: Text {
        en: "A monthly report sent to Management, with no way for Management to answer and nothing coming back.",
        es: "Un informe mensual que se envía a Dirección, sin vía para que Dirección responda y sin nada que vuelva.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let brings_information = cx.plan_brings_information();
    for department in cx.served_departments() {
        outcome.checked += 1;
        let mut flows = cx
            .doc
            .flows
            .iter()
            .filter(|f| f.department_ids.contains(&department.id))
            .peekable();
        let has_flow = flows.peek().is_some();
        // It speaks through a flow from it, a flow with a way to answer back,
        // or a flow that carries something the CM needs from it.
        let from_flows = flows
            .any(|f| f.direction == Direction::DepartmentToCm || !f.feedback.trim().is_empty());
        let carries_a_need = cx
            .doc
            .info_needs
            .iter()
            .any(|n| n.department_id == Some(department.id) && n.flow_id.is_some());
        if from_flows || carries_a_need {
            continue;
        }
        // No plan at all is `no-internal-plan`'s, a department with no flow
        // `department-no-flow`'s, a plan that brings nothing back at all
        // `no-feedback-path`'s.
        if cx.doc.flows.is_empty() {
            outcome.deferred.push(workspace_key("no-internal-plan"));
            continue;
        }
        if !has_flow {
            outcome.deferred.push(record_key(
                "department-no-flow",
                TargetKind::Department,
                department.id,
            ));
            continue;
        }
        if !brings_information {
            outcome.deferred.push(workspace_key("no-feedback-path"));
            continue;
        }
        let name = &department.name;
        let message = match cx.lang {
            Lang::En => format!(
                "You hear nothing from {name}: your flows with it only go one way. Add a way for it to answer, or a flow that brings you its news."
            ),
            Lang::Es => format!(
                "No recibes nada de {name}: tus flujos con ese departamento van en un solo sentido. Añade una vía de respuesta o un flujo que te traiga sus novedades."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Department,
            department.id,
            None,
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{Department, Direction, InfoNeed, Urgency};

    use crate::testkit::{self, fired, fired_in};

    fn with_management() -> rumbo_core::interchange::WorkspaceDoc {
        let mut doc = testkit::healthy();
        doc.departments.push(Department {
            id: 3,
            ..Department::new("Management")
        });
        doc.flows.push(testkit::flow(
            2,
            Direction::CmToDepartment,
            Some(3),
            "Comments at the committee",
        ));
        doc
    }

    #[test]
    fn a_department_that_only_receives_is_flagged() {
        let mut doc = with_management();
        assert!(fired(&doc, "department-gives-no-information").is_empty());
        doc.flows[1].feedback.clear();
        let found = fired(&doc, "department-gives-no-information");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "department-gives-no-information/department/3");
        assert!(
            found[0]
                .message
                .starts_with("You hear nothing from Management")
        );
        let es = fired_in(&doc, "department-gives-no-information", Lang::Es);
        assert!(es[0].message.starts_with("No recibes nada de Management"));
    }

    #[test]
    fn a_need_carried_by_a_flow_counts_as_information() {
        let mut doc = with_management();
        doc.flows[1].feedback.clear();
        doc.info_needs.push(InfoNeed {
            id: 2,
            department_id: Some(3),
            what: "Committee decisions".into(),
            urgency: Urgency::ThisWeek,
            flow_id: Some(2),
        });
        assert!(fired(&doc, "department-gives-no-information").is_empty());
    }
}
