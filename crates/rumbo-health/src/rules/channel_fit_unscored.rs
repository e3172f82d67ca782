//! `channel-fit-unscored`: a channel in use that was never scored for fit.

use rumbo_core::Lang;
use rumbo_core::model::ChannelStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "channel-fit-unscored",
    severity: Severity::Advice,
    section: Section::Channels,
    title: Text {
        en: "Channels in use are scored for brand fit",
        es: "Los canales en uso tienen puntuación de encaje",
    },
    principle: Text {
        en: "The CM tries to identify the networks where the brand fits best — which takes scoring them, not guessing.",
        es: "Quien gestiona la comunidad intenta identificar las redes en las que mejor encaja la marca, y eso exige puntuarlas, no suponerlo.",
    },
    example: Text {
        en: "A planned WhatsApp channel with no score in the brand-fit matrix.",
        es: "Un canal de WhatsApp previsto sin puntuación en la matriz de encaje.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    // Without a weighted criterion there is nothing to score against.
    if !cx.doc.fit_criteria.iter().any(|c| c.weight > 0) {
        return outcome;
    }
    for channel in cx.doc.channels.iter().filter(|c| c.status.is_in_use()) {
        outcome.checked += 1;
        if cx.fit(channel.id).is_some() {
            continue;
        }
        let name = cx.quote(&channel.name);
        let message = match (cx.lang, channel.status) {
            (Lang::En, ChannelStatus::Planned) => format!(
                "The channel {name} is planned but has no brand-fit score: score it before you open it."
            ),
            (Lang::En, _) => format!(
                "The channel {name} is active but has no brand-fit score: score it to know whether your brand fits there."
            ),
            (Lang::Es, ChannelStatus::Planned) => format!(
                "El canal {name} está previsto pero no tiene puntuación de encaje: puntúalo antes de abrirlo."
            ),
            (Lang::Es, _) => format!(
                "El canal {name} está activo pero no tiene puntuación de encaje: puntúalo para saber si tu marca encaja allí."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Channel,
            channel.id,
            Some("fitScores"),
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
    fn a_channel_in_use_without_scores_is_advice() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "channel-fit-unscored").is_empty());
        doc.channels[0].fit_scores.clear();
        let found = fired(&doc, "channel-fit-unscored");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "channel-fit-unscored/channel/1");
        let es = fired_in(&doc, "channel-fit-unscored", Lang::Es);
        assert!(
            es[0]
                .message
                .starts_with("El canal «Instagram» está activo pero no tiene puntuación")
        );
        // Scores on criteria of weight 0 do not count; no criteria, no rule.
        doc.fit_criteria.iter_mut().for_each(|c| c.weight = 0);
        assert!(fired(&doc, "channel-fit-unscored").is_empty());
    }
}
