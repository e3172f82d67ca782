//! `no-internal-plan`: no internal-communication flow at all.

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "no-internal-plan",
    severity: Severity::Error,
    section: Section::Internal,
    title: Text {
        en: "There is an internal-communication plan",
        es: "Hay un plan de comunicación interna",
    },
    principle: Text {
        en: "Many organizations are 2.0 outside and not inside: going social takes solid internal-communication channels, so that everyone shares information and knows why the networks matter.",
        es: "Muchas organizaciones son 2.0 de puertas afuera y no de puertas adentro: abrirse a las redes exige canales sólidos de comunicación interna, para compartir información y que todos sepan por qué importan las redes.",
    },
    example: Text {
        en: "A workspace with no internal flow at all.",
        es: "Un espacio de trabajo sin ningún flujo interno.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    Outcome::once(cx.doc.flows.is_empty().then(|| {
        Draft::workspace(
            TargetKind::Workspace,
            Some("flows"),
            cx.pick(
                "There is no internal-communication plan: an organization that is 2.0 outside must also be 2.0 inside.",
                "No hay plan de comunicación interna: una organización 2.0 de puertas afuera también debe serlo de puertas adentro.",
            )
            .to_string(),
        )
    }))
}

#[cfg(test)]
mod tests {
    use crate::testkit::{self, fired, rules_fired};

    #[test]
    fn no_flow_at_all_is_an_error_said_once() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "no-internal-plan").is_empty());
        doc.flows.clear();
        doc.info_needs.clear();
        let found = fired(&doc, "no-internal-plan");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "no-internal-plan/workspace");
        // Marketing has no flow now, but the missing plan says it all.
        assert_eq!(rules_fired(&doc), ["no-internal-plan"]);
    }
}
