//! `account-single-admin`: an account in use whose admin access is in one
//! pair of hands, or in nobody's the registry knows.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "account-single-admin",
    severity: Severity::Warning,
    section: Section::Accounts,
    title: Text {
        en: "Every account has a second administrator",
        es: "Cada cuenta tiene una segunda persona administradora",
    },
    principle: Text {
        en: "An account speaks in the organization's name: to offer a faithful image of it, the organization keeps its accounts in its own hands, never in one person's.",
        es: "Una cuenta habla en nombre de la organización: para ofrecer una imagen fiel de ella, la organización conserva sus cuentas en sus propias manos, nunca en las de una sola persona.",
    },
    example: Text {
        en: "A YouTube channel whose only administrator is the editor who opened it.",
        es: "Un canal de YouTube cuya única administradora es la editora que lo abrió.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for channel in cx.running_accounts() {
        outcome.checked += 1;
        let admins = &channel.account.admin_ids;
        if admins.len() >= 2 {
            continue;
        }
        let name = cx.quote(&channel.name);
        let message = match (cx.lang, admins.first()) {
            (Lang::En, None) => format!(
                "Nobody is recorded as holding admin access to the account {name}: write down who can get in, and make sure at least two people can."
            ),
            (Lang::Es, None) => format!(
                "No consta nadie con acceso de administración a la cuenta {name}: anota quién puede entrar y asegúrate de que puedan al menos dos personas."
            ),
            (Lang::En, Some(only)) => format!(
                "Only {} holds admin access to the account {name}: if that person leaves or loses their phone, the organization loses the account. Give a second person access.",
                cx.person_name(*only)
            ),
            (Lang::Es, Some(only)) => format!(
                "Solo {} tiene acceso de administración a la cuenta {name}: si esa persona se va o pierde el móvil, la organización pierde la cuenta. Da acceso a una segunda persona.",
                cx.person_name(*only)
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Account,
            channel.id,
            Some("adminIds"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::ChannelStatus;

    use crate::testkit::{self, ANA, fired, fired_in};

    #[test]
    fn an_account_with_one_administrator_or_none_is_flagged() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "account-single-admin").is_empty());
        doc.channels[0].account.admin_ids = vec![ANA];
        let found = fired(&doc, "account-single-admin");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "account-single-admin/account/1");
        assert_eq!(found[0].target.field.as_deref(), Some("adminIds"));
        assert_eq!(
            found[0].message,
            "Only Ana holds admin access to the account “Instagram”: if that person leaves or loses their phone, the organization loses the account. Give a second person access."
        );
        doc.channels[0].account.admin_ids.clear();
        let es = fired_in(&doc, "account-single-admin", Lang::Es);
        assert!(
            es[0].message.starts_with("No consta nadie con acceso"),
            "{}",
            es[0].message
        );
        // A paused account is still open; a retired or planned one is not checked.
        doc.channels[0].status = ChannelStatus::Paused;
        assert_eq!(fired(&doc, "account-single-admin").len(), 1);
        doc.channels[0].status = ChannelStatus::Retired;
        assert!(fired(&doc, "account-single-admin").is_empty());
        doc.channels[0].status = ChannelStatus::Planned;
        assert!(fired(&doc, "account-single-admin").is_empty());
    }
}
