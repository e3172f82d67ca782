//! `account-dormant`: an account nobody tends that is still open.

use rumbo_core::Lang;
use rumbo_core::model::ChannelStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "account-dormant",
    severity: Severity::Warning,
    section: Section::Accounts,
    title: Text {
        en: "Dormant accounts are closed",
        es: "Las cuentas inactivas se cierran",
    },
    principle: Text {
        en: "Having a presence on as many networks as possible is no strategy: an abandoned account conveys a poor image of the organization, and one nobody watches can be hijacked.",
        es: "Estar presente en cuantas más redes mejor no es una estrategia: una cuenta abandonada transmite una mala imagen de la organización, y una que nadie vigila puede ser suplantada.",
    },
    example: Text {
        en: "An old Facebook page an office opened in 2019, with no post since 2024.",
        es: "Una antigua página de Facebook que abrió una oficina en 2019, sin publicaciones desde 2024.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for channel in cx.doc.channels.iter().filter(|c| c.status.is_open()) {
        outcome.checked += 1;
        if channel.status != ChannelStatus::Dormant {
            continue;
        }
        let name = cx.quote(&channel.name);
        let message = match cx.lang {
            Lang::En => format!(
                "The account {name} is dormant but still open: close it following the closing procedure, or bring it back to life with someone who runs it."
            ),
            Lang::Es => format!(
                "La cuenta {name} está inactiva pero sigue abierta: ciérrala siguiendo el procedimiento de cierre o reactívala con alguien que la lleve."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Account,
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
    use rumbo_core::model::ChannelStatus;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_dormant_account_is_flagged_until_it_is_closed() {
        let mut doc = testkit::healthy();
        doc.channels[0].status = ChannelStatus::Paused;
        assert!(fired(&doc, "account-dormant").is_empty());
        doc.channels[0].status = ChannelStatus::Dormant;
        let found = fired(&doc, "account-dormant");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "account-dormant/account/1");
        let es = fired_in(&doc, "account-dormant", Lang::Es);
        assert!(
            es[0]
                .message
                .starts_with("La cuenta «Instagram» está inactiva pero sigue abierta")
        );
        doc.channels[0].status = ChannelStatus::Retired;
        assert!(fired(&doc, "account-dormant").is_empty());
    }
}
