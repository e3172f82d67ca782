//! `channel-without-objective`: a channel in use that serves no objective.

use rumbo_core::Lang;
use rumbo_core::model::ChannelStatus;

use super::{Context, Draft, Outcome, Rule, Text, workspace_key};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "channel-without-objective",
    severity: Severity::Warning,
    section: Section::Channels,
    title: Text {
        en: "Every channel serves an objective",
        es: "Cada canal sirve a un objetivo",
    },
    principle: Text {
        en: "Being on a network can never be an objective in itself: every channel is there to serve an objective of the strategy.",
        es: "Estar en una red nunca puede ser un objetivo en sí mismo: cada canal está para servir a un objetivo de la estrategia.",
    },
    example: Text {
        en: "An active Facebook page that no objective links to.",
        es: "Una página de Facebook activa a la que no enlaza ningún objetivo.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let no_objectives = cx.live_objectives().next().is_none();
    for channel in cx.doc.channels.iter().filter(|c| c.status.is_in_use()) {
        outcome.checked += 1;
        // With no objectives at all, `no-objectives` says it once.
        if no_objectives {
            outcome.deferred.push(workspace_key("no-objectives"));
            continue;
        }
        if cx
            .live_objectives()
            .any(|o| o.channel_ids.contains(&channel.id))
        {
            continue;
        }
        let name = cx.quote(&channel.name);
        let message = match (cx.lang, channel.status) {
            (Lang::En, ChannelStatus::Planned) => format!(
                "The channel {name} is planned but serves no objective: why would we be there?"
            ),
            (Lang::En, _) => {
                format!("The channel {name} is active but serves no objective: why are we there?")
            }
            (Lang::Es, ChannelStatus::Planned) => format!(
                "El canal {name} está previsto pero no sirve a ningún objetivo: ¿para qué estaríamos allí?"
            ),
            (Lang::Es, _) => format!(
                "El canal {name} está activo pero no sirve a ningún objetivo: ¿para qué estamos allí?"
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
    use rumbo_core::model::{ChannelStatus, Network, ObjectiveStatus};

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_channel_in_use_that_no_live_objective_links_is_flagged() {
        let mut doc = testkit::healthy();
        doc.channels.push(testkit::channel(
            2,
            Network::Facebook,
            ChannelStatus::Considered,
            4,
        ));
        doc.channels.push(testkit::channel(
            3,
            Network::Linkedin,
            ChannelStatus::Retired,
            4,
        ));
        assert!(fired(&doc, "channel-without-objective").is_empty());
        doc.channels[1].status = ChannelStatus::Planned;
        let found = fired(&doc, "channel-without-objective");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "channel-without-objective/channel/2");
        assert_eq!(
            found[0].message,
            "The channel “Facebook” is planned but serves no objective: why would we be there?"
        );
        // A dropped objective serves nothing.
        let mut dropped = testkit::objective(2, "Old goal", &[2]);
        dropped.status = ObjectiveStatus::Dropped;
        doc.objectives.push(dropped);
        assert_eq!(fired(&doc, "channel-without-objective").len(), 1);
        doc.objectives[1].status = ObjectiveStatus::Active;
        assert!(fired(&doc, "channel-without-objective").is_empty());
    }

    #[test]
    fn the_message_speaks_spanish() {
        let mut doc = testkit::healthy();
        doc.objectives[0].channel_ids.clear();
        let found = fired_in(&doc, "channel-without-objective", Lang::Es);
        assert_eq!(
            found[0].message,
            "El canal «Instagram» está activo pero no sirve a ningún objetivo: ¿para qué estamos allí?"
        );
    }
}
