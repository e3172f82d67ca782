//! `crisis-level-incomplete`: a level of the crisis ladder with nobody who
//! decides, or nothing ready to say.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "crisis-level-incomplete",
    severity: Severity::Warning,
    section: Section::Crisis,
    title: Text {
        en: "Every crisis level says who decides and what is said first",
        es: "Cada nivel de crisis dice quién decide y qué se dice primero",
    },
    principle: Text {
        en: "A level of the ladder helps only if, when it is reached, everyone knows who decides and a holding statement is ready to publish while the facts are checked.",
        es: "Un nivel de la escala solo sirve si, cuando se alcanza, todos saben quién decide y hay una declaración de espera lista para publicar mientras se comprueban los hechos.",
    },
    example: Text {
        en: "A level 2, “Serious problem”, with no holding statement.",
        es: "Un nivel 2, «Problema grave», sin declaración de espera.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for level in &cx.doc.crisis_levels {
        outcome.checked += 1;
        let decider = !level.decided_by.trim().is_empty();
        let statement = level.has_statement();
        if decider && statement {
            continue;
        }
        let name = cx.quote(&level.name);
        let message = match (cx.lang, decider, statement) {
            (Lang::En, false, false) => format!(
                "The crisis level {name} names nobody who decides and has no holding statement: add both."
            ),
            (Lang::En, false, true) => {
                format!("The crisis level {name} names nobody who decides: say who does.")
            }
            (Lang::En, _, _) => format!(
                "The crisis level {name} has no holding statement: write what is said first, in each language you publish in."
            ),
            (Lang::Es, false, false) => format!(
                "El nivel de crisis {name} no dice quién decide ni tiene declaración de espera: añade ambas cosas."
            ),
            (Lang::Es, false, true) => {
                format!("El nivel de crisis {name} no dice quién decide: indícalo.")
            }
            (Lang::Es, _, _) => format!(
                "El nivel de crisis {name} no tiene declaración de espera: escribe qué se dice primero, en cada idioma en que publicas."
            ),
        };
        let field = if decider { "statements" } else { "decidedBy" };
        outcome.findings.push(Draft::record(
            TargetKind::CrisisLevel,
            level.id,
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
    fn a_level_needs_a_decider_and_a_holding_statement() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "crisis-level-incomplete").is_empty());
        doc.crisis_levels[0].statements.clear();
        let found = fired(&doc, "crisis-level-incomplete");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "crisis-level-incomplete/crisis_level/1");
        assert_eq!(found[0].target.field.as_deref(), Some("statements"));
        assert_eq!(
            found[0].message,
            "The crisis level “Incident” has no holding statement: write what is said first, in each language you publish in."
        );
        doc.crisis_levels[0].decided_by = " ".into();
        let found = fired(&doc, "crisis-level-incomplete");
        assert_eq!(found[0].target.field.as_deref(), Some("decidedBy"));
        assert_eq!(
            found[0].message,
            "The crisis level “Incident” names nobody who decides and has no holding statement: add both."
        );
        assert_eq!(
            fired_in(&doc, "crisis-level-incomplete", Lang::Es)[0].message,
            "El nivel de crisis «Incident» no dice quién decide ni tiene declaración de espera: añade ambas cosas."
        );
        doc.crisis_levels[0] = testkit::healthy().crisis_levels[0].clone();
        doc.crisis_levels[0].decided_by = String::new();
        assert_eq!(
            fired_in(&doc, "crisis-level-incomplete", Lang::Es)[0].message,
            "El nivel de crisis «Incident» no dice quién decide: indícalo."
        );
    }
}
