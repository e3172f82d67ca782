//! `no-audiences`: a strategy that does not say whom it speaks to.

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "no-audiences",
    severity: Severity::Warning,
    section: Section::Audiences,
    title: Text {
        en: "The strategy names its audiences",
        es: "La estrategia nombra a sus públicos",
    },
    principle: Text {
        en: "The CM spends more time than anyone with the people who make up the community, and knows the organization's audience best: a strategy writes down whom it speaks to and what they need.",
        es: "Quien gestiona la comunidad pasa más tiempo que nadie con las personas que la forman y es quien mejor conoce al público de la organización: una estrategia pone por escrito a quién se dirige y qué necesita.",
    },
    example: Text {
        en: "A workspace with channels and objectives but no audience.",
        es: "Un espacio de trabajo con canales y objetivos pero sin ningún público.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    Outcome::once(cx.doc.audiences.is_empty().then(|| {
        Draft::workspace(
            TargetKind::Workspace,
            Some("audiences"),
            cx.pick(
                "The strategy has no audience yet: write down whom you speak to, what they need and where they are.",
                "La estrategia aún no tiene públicos: escribe a quién te diriges, qué necesita y dónde está.",
            )
            .to_string(),
        )
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::model::Audience;

    use crate::report::Section;
    use crate::testkit::{self, fired};

    #[test]
    fn a_strategy_without_audiences_is_warned() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "no-audiences").is_empty());
        doc.audiences.clear();
        doc.channels[0].audience_ids.clear();
        let found = fired(&doc, "no-audiences");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "no-audiences/workspace");
        assert_eq!(found[0].section, Section::Audiences);
        doc.audiences.push(Audience {
            id: 2,
            ..Audience::new("Teenagers")
        });
        assert!(fired(&doc, "no-audiences").is_empty());
    }
}
