//! `department-no-flow`: a department the CM serves with no internal flow.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text, workspace_key};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "department-no-flow",
    severity: Severity::Warning,
    section: Section::Internal,
    title: Text {
        en: "Every department has an internal flow",
        es: "Cada departamento tiene un flujo interno",
    },
    principle: Text {
        en: "The CM helps many departments — marketing, customer service, editorial… — and communication with every department involved is essential to a good relationship between the community and the staff.",
        es: "La persona que gestiona la comunidad ayuda a muchos departamentos (marketing, atención al cliente, editorial…) y la comunicación con todos los implicados es esencial para una buena relación entre la comunidad y la plantilla.",
    },
    example: Text {
        en: "An IT department that no internal flow involves.",
        es: "Un departamento de Informática que no aparece en ningún flujo interno.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    // The CM's own team needs no flow with itself.
    for department in cx.served_departments() {
        outcome.checked += 1;
        // With no flow at all, `no-internal-plan` says it once.
        if cx.doc.flows.is_empty() {
            outcome.deferred.push(workspace_key("no-internal-plan"));
            continue;
        }
        if cx
            .doc
            .flows
            .iter()
            .any(|f| f.department_ids.contains(&department.id))
        {
            continue;
        }
        let name = &department.name;
        let message = match cx.lang {
            Lang::En => format!(
                "You have no internal-communication flow with {name}: agree with them how and when you will keep in touch."
            ),
            Lang::Es => format!(
                "No tienes ningún flujo de comunicación interna con {name}: acuerda con ese departamento cómo y cuándo hablar."
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
    use rumbo_core::model::Department;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_department_without_flows_is_flagged_but_not_the_cms_own_team() {
        let mut doc = testkit::healthy();
        // Social media, the CM's team, has no flow: that is fine.
        assert!(fired(&doc, "department-no-flow").is_empty());
        doc.departments.push(Department {
            id: 3,
            ..Department::new("IT")
        });
        let found = fired(&doc, "department-no-flow");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "department-no-flow/department/3");
        assert_eq!(
            found[0].message,
            "You have no internal-communication flow with IT: agree with them how and when you will keep in touch."
        );
        let es = fired_in(&doc, "department-no-flow", Lang::Es);
        assert!(
            es[0]
                .message
                .starts_with("No tienes ningún flujo de comunicación interna con IT")
        );
        // Nor does it hear from IT, but one finding says it.
        assert!(fired(&doc, "department-gives-no-information").is_empty());
    }

    #[test]
    fn without_a_clear_home_team_every_department_needs_a_flow() {
        let mut doc = testkit::healthy();
        doc.raci.clear();
        // Nor a coordinator's unit among the people.
        for person in &mut doc.people {
            person.department_id = None;
        }
        let found = fired(&doc, "department-no-flow");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "department-no-flow/department/1");
    }
}
