//! `channel-high-fit-unused`: a channel where the brand fits well, left unused.

use rumbo_core::Lang;
use rumbo_core::model::ChannelStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use rumbo_core::format::number;

pub(crate) const RULE: Rule = Rule {
    id: "channel-high-fit-unused",
    severity: Severity::Advice,
    section: Section::Channels,
    title: Text {
        en: "Channels that fit well are considered",
        es: "Los canales que encajan bien se aprovechan",
    },
    principle: Text {
        en: "The CM tries to identify the networks where the brand fits best: a network that fits well deserves a decision, not a drawer.",
        es: "Quien gestiona la comunidad intenta identificar las redes en las que mejor encaja la marca: una red que encaja bien merece una decisión, no un cajón.",
    },
    example: Text {
        en: "A paused podcast whose weighted brand-fit score is 4.2 of 5 (the limit is a setting).",
        es: "Un pódcast en pausa con un encaje ponderado de 4,2 sobre 5 (el límite es un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let high = cx.settings().high_fit;
    let unused = cx
        .doc
        .channels
        .iter()
        .filter(|c| matches!(c.status, ChannelStatus::Considered | ChannelStatus::Paused));
    for channel in unused {
        let Some(fit) = cx.fit(channel.id) else {
            continue;
        };
        outcome.checked += 1;
        if fit < high {
            continue;
        }
        let name = cx.quote(&channel.name);
        let fit = number(fit, cx.lang);
        let message = match (cx.lang, channel.status) {
            (Lang::En, ChannelStatus::Paused) => format!(
                "The channel {name} fits your brand well ({fit} of 5) but is paused: consider bringing it back."
            ),
            (Lang::En, _) => format!(
                "The channel {name} fits your brand well ({fit} of 5) but is only being considered: decide whether to plan it."
            ),
            (Lang::Es, ChannelStatus::Paused) => format!(
                "El canal {name} encaja bien con tu marca ({fit} sobre 5) pero está en pausa: plantéate retomarlo."
            ),
            (Lang::Es, _) => format!(
                "El canal {name} encaja bien con tu marca ({fit} sobre 5) pero solo está en estudio: decide si lo incluyes en el plan."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Channel,
            channel.id,
            Some("status"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{ChannelStatus, Network};

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_paused_or_considered_channel_that_fits_well_is_advice() {
        let mut doc = testkit::healthy();
        doc.channels.push(testkit::channel(
            2,
            Network::Podcast,
            ChannelStatus::Paused,
            3,
        ));
        assert!(fired(&doc, "channel-high-fit-unused").is_empty());
        doc.channels[1].fit_scores[0].score = 5;
        doc.channels[1].fit_scores[1].score = 4;
        // (5×3 + 4×2) ÷ 5 = 4.6.
        let found = fired(&doc, "channel-high-fit-unused");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The channel “Podcast” fits your brand well (4.6 of 5) but is paused: consider bringing it back."
        );
        doc.channels[1].status = ChannelStatus::Considered;
        let es = fired_in(&doc, "channel-high-fit-unused", Lang::Es);
        assert!(
            es[0]
                .message
                .contains("(4,6 sobre 5) pero solo está en estudio")
        );
        // A rejected channel was decided on.
        doc.channels[1].status = ChannelStatus::Rejected;
        assert!(fired(&doc, "channel-high-fit-unused").is_empty());
    }
}
