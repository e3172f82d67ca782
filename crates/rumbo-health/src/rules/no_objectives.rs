//! `no-objectives`: a strategy without objectives.

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "no-objectives",
    severity: Severity::Error,
    section: Section::Objectives,
    title: Text {
        en: "The strategy has objectives",
        es: "La estrategia tiene objetivos",
    },
    principle: Text {
        en: "The main problem is often that there is no strategy at all: without defined objectives, being on social networks leads nowhere and conveys a poor image.",
        es: "El problema principal suele ser que no hay estrategia: sin objetivos definidos, estar en redes no lleva a ninguna parte y transmite una mala imagen.",
    },
    example: Text {
        en: "A workspace with channels but no objective (or only dropped ones).",
        es: "Un espacio de trabajo con canales pero sin objetivos (o solo con objetivos abandonados).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let none = cx.live_objectives().next().is_none();
    Outcome::once(none.then(|| {
        Draft::workspace(
            TargetKind::Workspace,
            Some("objectives"),
            cx.pick(
                "The strategy has no objectives yet: without them, being on social networks has no direction.",
                "La estrategia aún no tiene objetivos: sin ellos, estar en redes sociales no tiene rumbo.",
            )
            .to_string(),
        )
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::model::ObjectiveStatus;

    use crate::testkit::{self, fired, rules_fired};

    #[test]
    fn a_strategy_without_live_objectives_is_an_error() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "no-objectives").is_empty());
        doc.objectives[0].status = ObjectiveStatus::Dropped;
        let found = fired(&doc, "no-objectives");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "no-objectives/workspace");
        // The channel serves no objective now, but that is the same problem.
        assert_eq!(rules_fired(&doc), ["no-objectives"]);
    }
}
