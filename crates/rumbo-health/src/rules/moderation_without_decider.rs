//! `moderation-without-decider`: a row of the moderation matrix that
//! deletes or blocks, with nobody named to decide it.

use rumbo_core::Lang;
use rumbo_core::model::ModerationAction;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "moderation-without-decider",
    severity: Severity::Warning,
    section: Section::Conduct,
    title: Text {
        en: "Deleting and blocking have someone who decides",
        es: "Eliminar y bloquear tienen quien lo decida",
    },
    principle: Text {
        en: "Removing what a person wrote, or blocking them, is the strongest thing the organization does to its community: someone with the authority to answer for it decides, not whoever happens to be moderating.",
        es: "Retirar lo que alguien ha escrito, o bloquearle, es lo más fuerte que la organización hace a su comunidad: lo decide alguien con autoridad para responder de ello, no quien esté moderando en ese momento.",
    },
    example: Text {
        en: "“Insults or threats” are deleted, and nobody is named to decide it.",
        es: "Los «Insultos o amenazas» se eliminan, sin nadie designado para decidirlo.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for rule in cx
        .doc
        .moderation_rules
        .iter()
        .filter(|r| r.action.needs_decision())
    {
        outcome.checked += 1;
        if !rule.decided_by.trim().is_empty() {
            continue;
        }
        let situation = cx.quote(&rule.situation);
        let ends_in = match (cx.lang, rule.action) {
            (Lang::En, ModerationAction::Block) => "blocking the user",
            (Lang::En, _) => "deleting the comment",
            (Lang::Es, ModerationAction::Block) => "bloquear al usuario",
            (Lang::Es, _) => "eliminar el comentario",
        };
        let message = match cx.lang {
            Lang::En => format!(
                "The moderation rule {situation} ends in {ends_in}, but names nobody who decides it: say who does."
            ),
            Lang::Es => format!(
                "El criterio de moderación {situation} termina en {ends_in}, pero no dice quién lo decide: indícalo."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::ModerationRule,
            rule.id,
            Some("decidedBy"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ModerationAction;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn deleting_or_blocking_without_a_decider_is_a_warning() {
        let mut doc = testkit::healthy();
        // Hiding needs no decision of its own.
        doc.moderation_rules[0].action = ModerationAction::Hide;
        doc.moderation_rules[0].decided_by = String::new();
        assert!(fired(&doc, "moderation-without-decider").is_empty());
        doc.moderation_rules[0].action = ModerationAction::Delete;
        let found = fired(&doc, "moderation-without-decider");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "moderation-without-decider/moderation_rule/1");
        assert_eq!(found[0].target.field.as_deref(), Some("decidedBy"));
        assert_eq!(
            found[0].message,
            "The moderation rule “Insults and threats” ends in deleting the comment, but names nobody who decides it: say who does."
        );
        doc.moderation_rules[0].action = ModerationAction::Block;
        let es = fired_in(&doc, "moderation-without-decider", Lang::Es);
        assert_eq!(
            es[0].message,
            "El criterio de moderación «Insults and threats» termina en bloquear al usuario, pero no dice quién lo decide: indícalo."
        );
        doc.moderation_rules[0].decided_by = "Head of Communication".into();
        assert!(fired(&doc, "moderation-without-decider").is_empty());
    }
}
