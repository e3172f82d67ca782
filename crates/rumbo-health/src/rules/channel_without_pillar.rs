//! `channel-without-pillar`: an active channel that carries no content
//! pillar — or, with no pillar at all, a strategy with no editorial line.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "channel-without-pillar",
    severity: Severity::Advice,
    section: Section::Editorial,
    title: Text {
        en: "Active channels follow the editorial line",
        es: "Los canales activos siguen la línea editorial",
    },
    principle: Text {
        en: "To offer a faithful image of the organization, each channel knows what it publishes and why: content pillars turn objectives, culture and values into what the channels say.",
        es: "Para ofrecer una imagen fiel de la organización, cada canal sabe qué publica y por qué: los pilares de contenido convierten los objetivos, la cultura y los valores en lo que dicen los canales.",
    },
    example: Text {
        en: "An active LinkedIn page that carries none of the strategy's content pillars.",
        es: "Una página de LinkedIn activa que no lleva ninguno de los pilares de contenido de la estrategia.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let live: Vec<_> = cx
        .doc
        .channels
        .iter()
        .filter(|c| c.status.is_live())
        .collect();
    if live.is_empty() {
        return Outcome::default();
    }
    // No editorial line at all: said once.
    if cx.doc.pillars.is_empty() {
        let message = match cx.lang {
            Lang::En => "The strategy has no content pillars: the active channels publish without an editorial line that says what each one is for.".to_string(),
            Lang::Es => "La estrategia no tiene pilares de contenido: los canales activos publican sin una línea editorial que diga para qué sirve cada uno.".to_string(),
        };
        return Outcome::once(Some(Draft::workspace(TargetKind::Workspace, None, message)));
    }
    let mut outcome = Outcome::default();
    for channel in live {
        outcome.checked += 1;
        let carries = cx.doc.pillars.iter().any(|p| {
            p.shares
                .iter()
                .any(|s| s.channel_id == channel.id && s.percent != Some(0.0))
        });
        if carries {
            continue;
        }
        let name = cx.quote(&channel.name);
        let message = match cx.lang {
            Lang::En => format!(
                "The active channel {name} carries no content pillar: say which themes it publishes, and in what share."
            ),
            Lang::Es => format!(
                "El canal activo {name} no lleva ningún pilar de contenido: indica qué temas publica y en qué proporción."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Channel,
            channel.id,
            None,
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{ChannelStatus, Network};

    use crate::report::TargetKind;
    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn an_active_channel_with_no_pillar_is_flagged() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "channel-without-pillar").is_empty());
        let mut facebook = testkit::channel(2, Network::Facebook, ChannelStatus::Planned, 4);
        facebook.name = "Facebook".into();
        doc.channels.push(facebook);
        doc.objectives[0].channel_ids.push(2);
        // Planned: not publishing yet.
        assert!(fired(&doc, "channel-without-pillar").is_empty());
        doc.channels[1].status = ChannelStatus::Active;
        let found = fired(&doc, "channel-without-pillar");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "channel-without-pillar/channel/2");
        let es = fired_in(&doc, "channel-without-pillar", Lang::Es);
        assert_eq!(
            es[0].message,
            "El canal activo «Facebook» no lleva ningún pilar de contenido: indica qué temas publica y en qué proporción."
        );
    }

    #[test]
    fn no_pillar_at_all_is_said_once() {
        let mut doc = testkit::healthy();
        doc.pillars.clear();
        doc.channels.push(testkit::channel(
            2,
            Network::Facebook,
            ChannelStatus::Active,
            4,
        ));
        doc.objectives[0].channel_ids.push(2);
        let found = fired(&doc, "channel-without-pillar");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "channel-without-pillar/workspace");
        assert_eq!(found[0].target.entity, TargetKind::Workspace);
    }
}
