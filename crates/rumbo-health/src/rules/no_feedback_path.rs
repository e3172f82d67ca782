//! `no-feedback-path`: an internal plan that only broadcasts.

use super::{Context, Draft, Outcome, Rule, Text, workspace_key};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "no-feedback-path",
    severity: Severity::Warning,
    section: Section::Internal,
    title: Text {
        en: "Internal communication goes both ways",
        es: "La comunicación interna va en los dos sentidos",
    },
    principle: Text {
        en: "Being 2.0 inside means collaborating and sharing information, not only announcing: the plan needs a way for people to answer and to bring news to the CM.",
        es: "Ser 2.0 de puertas adentro es colaborar y compartir información, no solo anunciar: el plan necesita una vía para responder y para que las novedades lleguen a quien gestiona la comunidad.",
    },
    example: Text {
        en: "Flows that all go from you to the departments, none with a way to answer back.",
        es: "Flujos que van todos de ti a los departamentos, sin ninguna vía de respuesta.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    // With no flow at all, `no-internal-plan` says it.
    if cx.doc.flows.is_empty() {
        return Outcome::once_deferred(workspace_key("no-internal-plan"));
    }
    Outcome::once((!cx.plan_brings_information()).then(|| {
        Draft::workspace(
            TargetKind::Workspace,
            Some("flows"),
            cx.pick(
                "Your internal flows only go one way: none brings you information or lets people answer back.",
                "Tus flujos internos van en un solo sentido: ninguno te trae información ni permite responder.",
            )
            .to_string(),
        )
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::model::Direction;

    use crate::testkit::{self, fired, rules_fired};

    #[test]
    fn a_plan_without_a_way_back_is_flagged() {
        let mut doc = testkit::healthy();
        doc.flows[0].direction = Direction::CmToDepartment;
        // It still has a feedback path.
        assert!(fired(&doc, "no-feedback-path").is_empty());
        doc.flows[0].feedback.clear();
        let found = fired(&doc, "no-feedback-path");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "no-feedback-path/workspace");
        // The department hears nothing back either, but it is the same problem.
        assert_eq!(rules_fired(&doc), ["no-feedback-path"]);
        // A flow from a department is a way back even without feedback.
        doc.flows[0].direction = Direction::DepartmentToCm;
        assert!(fired(&doc, "no-feedback-path").is_empty());
    }
}
