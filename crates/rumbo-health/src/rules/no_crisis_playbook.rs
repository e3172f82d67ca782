//! `no-crisis-playbook`: the strategy has no crisis ladder.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "no-crisis-playbook",
    severity: Severity::Warning,
    section: Section::Crisis,
    title: Text {
        en: "There is a crisis playbook",
        es: "Hay un protocolo de crisis",
    },
    principle: Text {
        en: "In a crisis there is no time to find out who decides and what to say, and when things go wrong the CM is the one asked to answer: the levels, who decides at each one and the first words are agreed before they are needed.",
        es: "En una crisis no hay tiempo para averiguar quién decide y qué decir, y cuando las cosas van mal es a quien gestiona la comunidad a quien se piden cuentas: los niveles, quién decide en cada uno y las primeras palabras se acuerdan antes de necesitarlos.",
    },
    example: Text {
        en: "A strategy with no crisis levels.",
        es: "Una estrategia sin niveles de crisis.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    Outcome::once(cx.doc.crisis_levels.is_empty().then(|| {
        let message = match cx.lang {
            Lang::En => {
                "There is no crisis playbook: set its levels, who decides at each one and what is said first."
            }
            Lang::Es => {
                "No hay protocolo de crisis: define sus niveles, quién decide en cada uno y qué se dice primero."
            }
        };
        Draft::workspace(TargetKind::CrisisLevel, None, message.to_string())
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::report::TargetKind;
    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_strategy_without_crisis_levels_has_no_playbook() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "no-crisis-playbook").is_empty());
        doc.crisis_levels.clear();
        let found = fired(&doc, "no-crisis-playbook");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "no-crisis-playbook/workspace");
        assert_eq!(found[0].target.entity, TargetKind::CrisisLevel);
        assert_eq!(
            found[0].message,
            "There is no crisis playbook: set its levels, who decides at each one and what is said first."
        );
        assert_eq!(
            fired_in(&doc, "no-crisis-playbook", Lang::Es)[0].message,
            "No hay protocolo de crisis: define sus niveles, quién decide en cada uno y qué se dice primero."
        );
    }
}
