//! `account-no-two-factor`: an account in use without two-factor
//! authentication, or with nobody knowing whether it has it.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "account-no-two-factor",
    severity: Severity::Warning,
    section: Section::Accounts,
    title: Text {
        en: "Accounts use two-factor authentication",
        es: "Las cuentas usan verificación en dos pasos",
    },
    principle: Text {
        en: "A hijacked account conveys the worst possible image of the organization: one stolen password must not be enough to speak in its name.",
        es: "Una cuenta suplantada transmite la peor imagen posible de la organización: una contraseña robada no puede bastar para hablar en su nombre.",
    },
    example: Text {
        en: "An active Instagram account with two-factor authentication off.",
        es: "Una cuenta de Instagram activa con la verificación en dos pasos desactivada.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for channel in cx.running_accounts() {
        outcome.checked += 1;
        let name = cx.quote(&channel.name);
        let message = match (cx.lang, channel.account.two_factor) {
            (_, Some(true)) => continue,
            (Lang::En, Some(false)) => format!(
                "The account {name} has no two-factor authentication: one stolen password is enough to speak in the organization's name. Turn it on."
            ),
            (Lang::Es, Some(false)) => format!(
                "La cuenta {name} no tiene verificación en dos pasos: basta una contraseña robada para hablar en nombre de la organización. Actívala."
            ),
            (Lang::En, None) => format!(
                "Nobody has recorded whether the account {name} uses two-factor authentication: check it, and turn it on if it is off."
            ),
            (Lang::Es, None) => format!(
                "No consta si la cuenta {name} usa verificación en dos pasos: compruébalo y actívala si no la tiene."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Account,
            channel.id,
            Some("twoFactor"),
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
    fn two_factor_off_or_unknown_is_flagged() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "account-no-two-factor").is_empty());
        doc.channels[0].account.two_factor = Some(false);
        let found = fired(&doc, "account-no-two-factor");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.field.as_deref(), Some("twoFactor"));
        assert!(
            found[0]
                .message
                .starts_with("The account “Instagram” has no two-factor")
        );
        doc.channels[0].account.two_factor = None;
        let es = fired_in(&doc, "account-no-two-factor", Lang::Es);
        assert_eq!(
            es[0].message,
            "No consta si la cuenta «Instagram» usa verificación en dos pasos: compruébalo y actívala si no la tiene."
        );
    }
}
