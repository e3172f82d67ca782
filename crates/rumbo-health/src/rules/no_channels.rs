//! `no-channels`: a strategy that says nowhere the organization will be.

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "no-channels",
    severity: Severity::Warning,
    section: Section::Channels,
    title: Text {
        en: "The strategy says where the organization will be",
        es: "La estrategia dice dónde estará la organización",
    },
    principle: Text {
        en: "The CM tries to identify the networks where the brand fits best: a strategy chooses its channels, for its objectives, instead of being everywhere or nowhere.",
        es: "Quien gestiona la comunidad intenta identificar las redes en las que mejor encaja la marca: una estrategia elige sus canales, para sus objetivos, en lugar de estar en todas partes o en ninguna.",
    },
    example: Text {
        en: "A workspace whose channels are all under consideration or rejected, or that has none.",
        es: "Un espacio de trabajo cuyos canales están todos en estudio o descartados, o que no tiene ninguno.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let none = !cx.doc.channels.iter().any(|c| c.status.is_in_use());
    Outcome::once(none.then(|| {
        Draft::workspace(
            TargetKind::Workspace,
            Some("channels"),
            cx.pick(
                "No channel is active or planned yet: choose where the organization will be, and for which objectives.",
                "Aún no hay ningún canal activo ni previsto: elige dónde estará la organización y para qué objetivos.",
            )
            .to_string(),
        )
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ChannelStatus;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_strategy_with_no_channel_in_use_is_warned() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "no-channels").is_empty());
        doc.channels[0].status = ChannelStatus::Considered;
        let found = fired(&doc, "no-channels");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "no-channels/workspace");
        assert_eq!(
            fired_in(&doc, "no-channels", Lang::Es)[0].message,
            "Aún no hay ningún canal activo ni previsto: elige dónde estará la organización y para qué objetivos."
        );
        doc.channels[0].status = ChannelStatus::Planned;
        assert!(fired(&doc, "no-channels").is_empty());
        doc.channels.clear();
        assert_eq!(fired(&doc, "no-channels").len(), 1);
    }
}
