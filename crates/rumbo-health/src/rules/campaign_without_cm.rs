//! `campaign-without-cm`: a campaign that touches the community, decided
//! without the CM.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "campaign-without-cm",
    severity: Severity::Error,
    section: Section::Campaigns,
    title: Text {
        en: "Campaigns that affect the community involve you",
        es: "Las campañas que afectan a la comunidad cuentan contigo",
    },
    principle: Text {
        en: "When others run campaigns or services that directly affect the community and the CM takes no part in the decisions, resentment follows — and campaigns led by people who do not have the community's interests at heart tend to fail.",
        es: "Cuando otros llevan campañas o servicios que afectan directamente a la comunidad y quien la gestiona no participa en las decisiones, surge el resentimiento, y las campañas dirigidas por quien no tiene presentes los intereses de la comunidad suelen fracasar.",
    },
    example: Text {
        en: "A new online booking system launched by IT without you, though it affects the community.",
        es: "Un nuevo sistema de cita en línea que Informática lanza sin contar contigo, aunque afecta a la comunidad.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for campaign in cx.doc.campaigns.iter().filter(|c| c.affects_community) {
        outcome.checked += 1;
        if campaign.cm_involved {
            continue;
        }
        let name = cx.quote(&campaign.name);
        let message = match cx.lang {
            Lang::En => format!(
                "The campaign {name} affects the community but was decided without you: ask to take part before the next one."
            ),
            Lang::Es => format!(
                "La campaña {name} afecta a la comunidad, pero se decidió sin ti: pide participar antes de la próxima."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Campaign,
            campaign.id,
            Some("cmInvolved"),
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
    fn a_campaign_affecting_the_community_without_the_cm_is_an_error() {
        let mut doc = testkit::healthy();
        doc.campaigns[0].cm_involved = false;
        doc.campaigns[0].affects_community = false;
        // Internal only: the CM's absence is not this rule's business.
        assert!(fired(&doc, "campaign-without-cm").is_empty());
        doc.campaigns[0].affects_community = true;
        let found = fired(&doc, "campaign-without-cm");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "campaign-without-cm/campaign/1");
        assert_eq!(
            found[0].message,
            "The campaign “Summer reading challenge” affects the community but was decided without you: ask to take part before the next one."
        );
        let es = fired_in(&doc, "campaign-without-cm", Lang::Es);
        assert_eq!(
            es[0].message,
            "La campaña «Summer reading challenge» afecta a la comunidad, pero se decidió sin ti: pide participar antes de la próxima."
        );
    }
}
