//! `pillar-not-carried`: a content pillar no channel in use carries.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "pillar-not-carried",
    severity: Severity::Advice,
    section: Section::Editorial,
    title: Text {
        en: "Every content pillar has a channel",
        es: "Cada pilar de contenido tiene un canal",
    },
    principle: Text {
        en: "Coherent objectives are reached through coherent content: a theme the strategy promises but no channel publishes is a promise nobody keeps.",
        es: "A los objetivos coherentes se llega con contenidos coherentes: un tema que la estrategia promete pero que ningún canal publica es una promesa que nadie cumple.",
    },
    example: Text {
        en: "A pillar “The labour market in numbers” with no channel carrying it.",
        es: "Un pilar «El mercado laboral en cifras» que no lleva ningún canal.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for pillar in &cx.doc.pillars {
        outcome.checked += 1;
        let carried = pillar.shares.iter().any(|s| {
            s.percent != Some(0.0)
                && cx
                    .doc
                    .channels
                    .iter()
                    .any(|c| c.id == s.channel_id && c.status.is_in_use())
        });
        if carried {
            continue;
        }
        let name = cx.quote(&pillar.name);
        let message = match cx.lang {
            Lang::En => format!(
                "No channel in use carries the content pillar {name}: give it a share on the channels whose audience needs it, or drop it."
            ),
            Lang::Es => format!(
                "Ningún canal en uso lleva el pilar de contenido {name}: dale una parte en los canales cuyo público lo necesita, o elimínalo."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Pillar,
            pillar.id,
            Some("shares"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ChannelStatus;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_pillar_no_channel_in_use_carries_is_flagged() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "pillar-not-carried").is_empty());
        doc.pillars.push(testkit::pillar(2, "Local history", &[]));
        let found = fired(&doc, "pillar-not-carried");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "pillar-not-carried/pillar/2");
        assert_eq!(
            found[0].message,
            "No channel in use carries the content pillar “Local history”: give it a share on the channels whose audience needs it, or drop it."
        );
        // A share of 0 % is not carrying it; nor is a rejected channel.
        doc.pillars[1] = testkit::pillar(2, "Local history", &[(1, Some(0.0))]);
        assert_eq!(fired(&doc, "pillar-not-carried").len(), 1);
        doc.pillars[1] = testkit::pillar(2, "Local history", &[(1, None)]);
        assert!(fired(&doc, "pillar-not-carried").is_empty());
        doc.channels[0].status = ChannelStatus::Rejected;
        doc.channels[0].rejection_reason = "No".into();
        let es = fired_in(&doc, "pillar-not-carried", Lang::Es);
        assert_eq!(es.len(), 2);
        assert!(
            es[0]
                .message
                .starts_with("Ningún canal en uso lleva el pilar")
        );
    }
}
