//! `comments-without-house-rules`: people can comment on channels in use,
//! and there are no house rules to moderate by.

use rumbo_core::Lang;
use rumbo_core::model::PolicyKind;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use crate::words;

pub(crate) const RULE: Rule = Rule {
    id: "comments-without-house-rules",
    severity: Severity::Error,
    section: Section::Conduct,
    title: Text {
        en: "Open comments have house rules",
        es: "Los comentarios abiertos tienen normas de participación",
    },
    principle: Text {
        en: "The CM offers a faithful image of the organization and keeps the community's interests at heart: where people can comment, published house rules tell them what is welcome and why a comment may be hidden or deleted, so that moderation is fair and never looks like censorship.",
        es: "Quien gestiona la comunidad ofrece una imagen fiel de la organización y tiene presentes los intereses de la comunidad: donde se puede comentar, unas normas de participación publicadas dicen qué es bienvenido y por qué un comentario puede ocultarse o eliminarse, para que la moderación sea justa y nunca parezca censura.",
    },
    example: Text {
        en: "Comments open on Instagram and Facebook, and no house rules written.",
        es: "Comentarios abiertos en Instagram y Facebook, sin normas de participación escritas.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let open: Vec<String> = cx
        .doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use() && c.comments_open == Some(true))
        .map(|c| cx.quote(&c.name))
        .collect();
    if open.is_empty() {
        // Nobody can comment (or nobody knows yet): nothing to moderate.
        return Outcome::default();
    }
    let written = cx
        .doc
        .policies
        .iter()
        .any(|p| p.kind == PolicyKind::HouseRules && p.has_text());
    Outcome::once((!written).then(|| {
        let channels = words::list(cx.lang, &open);
        let message = match cx.lang {
            Lang::En => format!(
                "Comments are open on {channels}, but there are no house rules: write them, publish them and moderate by them."
            ),
            Lang::Es => format!(
                "Los comentarios están abiertos en {channels}, pero no hay normas de participación: escríbelas, publícalas y modera conforme a ellas."
            ),
        };
        Draft::workspace(TargetKind::Policy, Some("houseRules"), message)
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{ChannelStatus, PolicyKind};

    use crate::report::TargetKind;
    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn open_comments_without_house_rules_are_an_error() {
        let mut doc = testkit::healthy();
        // Comments open, house rules written: fine.
        doc.channels[0].comments_open = Some(true);
        assert!(fired(&doc, "comments-without-house-rules").is_empty());
        // House rules with no words are no house rules.
        doc.policies[0].text = String::new();
        let found = fired(&doc, "comments-without-house-rules");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "comments-without-house-rules/workspace");
        assert_eq!(found[0].target.entity, TargetKind::Policy);
        assert_eq!(found[0].target.field.as_deref(), Some("houseRules"));
        assert_eq!(
            found[0].message,
            "Comments are open on “Instagram”, but there are no house rules: write them, publish them and moderate by them."
        );
        let es = fired_in(&doc, "comments-without-house-rules", Lang::Es);
        assert_eq!(
            es[0].message,
            "Los comentarios están abiertos en «Instagram», pero no hay normas de participación: escríbelas, publícalas y modera conforme a ellas."
        );
        // Another kind of policy does not count.
        doc.policies[0].text = "Be kind.".into();
        doc.policies[0].kind = PolicyKind::StaffUse;
        assert_eq!(fired(&doc, "comments-without-house-rules").len(), 1);
    }

    #[test]
    fn closed_unknown_or_retired_channels_need_no_house_rules() {
        let mut doc = testkit::healthy();
        doc.policies.clear();
        doc.channels[0].comments_open = None;
        assert!(fired(&doc, "comments-without-house-rules").is_empty());
        doc.channels[0].comments_open = Some(false);
        assert!(fired(&doc, "comments-without-house-rules").is_empty());
        doc.channels[0].comments_open = Some(true);
        doc.channels[0].status = ChannelStatus::Retired;
        assert!(fired(&doc, "comments-without-house-rules").is_empty());
    }
}
