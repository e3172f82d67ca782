//! `channel-low-fit-active`: an active channel where the brand fits poorly.

use rumbo_core::Lang;
use rumbo_core::model::ChannelStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use rumbo_core::format::number;

pub(crate) const RULE: Rule = Rule {
    id: "channel-low-fit-active",
    severity: Severity::Warning,
    section: Section::Channels,
    title: Text {
        en: "Active channels fit the brand",
        es: "Los canales activos encajan con la marca",
    },
    principle: Text {
        en: "Part of the CM's work is to find the networks where the brand fits best; staying where it fits poorly conveys a poor image of the organization.",
        es: "Parte del trabajo de quien gestiona la comunidad es identificar las redes en las que mejor encaja la marca; seguir donde encaja mal transmite una mala imagen de la organización.",
    },
    example: Text {
        en: "An active channel whose weighted brand-fit score is 1.9 of 5 (the limit is a setting).",
        es: "Un canal activo con un encaje ponderado de 1,9 sobre 5 (el límite es un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let low = cx.settings().low_fit;
    for channel in cx
        .doc
        .channels
        .iter()
        .filter(|c| c.status == ChannelStatus::Active)
    {
        // Unscored channels are `channel-fit-unscored`'s.
        let Some(fit) = cx.fit(channel.id) else {
            continue;
        };
        outcome.checked += 1;
        if fit >= low {
            continue;
        }
        let name = cx.quote(&channel.name);
        let (fit, low) = (number(fit, cx.lang), number(low, cx.lang));
        let message = match cx.lang {
            Lang::En => format!(
                "The channel {name} is active, but its brand fit is only {fit} of 5 (below {low}): is it worth the hours it takes?"
            ),
            Lang::Es => format!(
                "El canal {name} está activo, pero su encaje con la marca es solo de {fit} sobre 5 (menos de {low}): ¿compensa las horas que exige?"
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
    use rumbo_core::model::{ChannelStatus, FitScore};

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn an_active_channel_below_the_low_fit_is_flagged() {
        let mut doc = testkit::healthy();
        // Weighted: (3×3 + 2×2) ÷ 5 = 2.6, just above 2.5.
        doc.channels[0].fit_scores = vec![
            FitScore {
                criterion_id: 1,
                score: 3,
            },
            FitScore {
                criterion_id: 2,
                score: 2,
            },
        ];
        assert!(fired(&doc, "channel-low-fit-active").is_empty());
        // (2×3 + 2×2) ÷ 5 = 2.0.
        doc.channels[0].fit_scores[0].score = 2;
        let found = fired(&doc, "channel-low-fit-active");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The channel “Instagram” is active, but its brand fit is only 2 of 5 (below 2.5): is it worth the hours it takes?"
        );
        assert_eq!(found[0].target.field.as_deref(), Some("fitScores"));
        let es = fired_in(&doc, "channel-low-fit-active", Lang::Es);
        assert!(
            es[0].message.contains("solo de 2 sobre 5 (menos de 2,5)"),
            "{}",
            es[0].message
        );
        // A paused channel costs nothing.
        doc.channels[0].status = ChannelStatus::Paused;
        assert!(fired(&doc, "channel-low-fit-active").is_empty());
    }
}
