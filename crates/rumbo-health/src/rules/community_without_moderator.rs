//! `community-without-moderator`: a campaign that touches the community,
//! or a channel in use with comments open, with nobody named to moderate.

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "community-without-moderator",
    severity: Severity::Warning,
    section: Section::Conduct,
    title: Text {
        en: "What touches the community has a moderator",
        es: "Lo que afecta a la comunidad tiene quien lo modere",
    },
    principle: Text {
        en: "Campaigns and accounts that touch the community bring its questions and complaints; when nobody is named to answer and moderate them, the community is left alone and the CM is the last to know.",
        es: "Las campañas y las cuentas que afectan a la comunidad traen sus preguntas y sus quejas; si nadie está designado para atenderlas y moderarlas, la comunidad se queda sola y quien la gestiona es la última en saberlo.",
    },
    example: Text {
        en: "A campaign under way that affects the community, with nobody named to moderate what people say about it.",
        es: "Una campaña en marcha que afecta a la comunidad, sin nadie designado para moderar lo que se dice de ella.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for channel in cx
        .doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use() && c.comments_open == Some(true))
    {
        outcome.checked += 1;
        if !channel.moderator.trim().is_empty() {
            continue;
        }
        let name = cx.quote(&channel.name);
        let message = match cx.lang {
            Lang::En => format!(
                "Comments are open on the channel {name}, but nobody is named to moderate them: say who does."
            ),
            Lang::Es => format!(
                "El canal {name} tiene los comentarios abiertos, pero nadie está designado para moderarlos: indica quién lo hace."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Channel,
            channel.id,
            Some("moderator"),
            message,
        ));
    }
    // A campaign that is over brings no more comments.
    for campaign in cx
        .doc
        .campaigns
        .iter()
        .filter(|c| c.affects_community && c.end.is_none_or(|end| end >= cx.today))
    {
        outcome.checked += 1;
        if !campaign.moderator.trim().is_empty() {
            continue;
        }
        let name = cx.quote(&campaign.name);
        let message = match cx.lang {
            Lang::En => format!(
                "The campaign {name} affects the community, but nobody is named to moderate what people say about it: say who does."
            ),
            Lang::Es => format!(
                "La campaña {name} afecta a la comunidad, pero nadie está designado para moderar lo que se dice de ella: indica quién lo hace."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Campaign,
            campaign.id,
            Some("moderator"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::report::TargetKind;
    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn a_campaign_touching_the_community_needs_a_moderator() {
        let mut doc = testkit::healthy();
        doc.campaigns[0].moderator = String::new();
        let found = fired(&doc, "community-without-moderator");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "community-without-moderator/campaign/1");
        assert_eq!(found[0].target.field.as_deref(), Some("moderator"));
        assert_eq!(
            found[0].message,
            "The campaign “Summer reading challenge” affects the community, but nobody is named to moderate what people say about it: say who does."
        );
        let es = fired_in(&doc, "community-without-moderator", Lang::Es);
        assert_eq!(
            es[0].message,
            "La campaña «Summer reading challenge» afecta a la comunidad, pero nadie está designado para moderar lo que se dice de ella: indica quién lo hace."
        );
        // Internal only, or over: nothing to moderate.
        doc.campaigns[0].affects_community = false;
        assert!(fired(&doc, "community-without-moderator").is_empty());
        doc.campaigns[0].affects_community = true;
        doc.campaigns[0].end = Some(day(2026, 11, 22));
        assert!(fired(&doc, "community-without-moderator").is_empty());
        doc.campaigns[0].end = Some(day(2026, 11, 23));
        assert_eq!(fired(&doc, "community-without-moderator").len(), 1);
    }

    #[test]
    fn a_channel_with_open_comments_needs_a_moderator() {
        let mut doc = testkit::healthy();
        doc.channels[0].moderator = String::new();
        // Comments closed, or not known to be open: not this rule's business.
        doc.channels[0].comments_open = Some(false);
        assert!(fired(&doc, "community-without-moderator").is_empty());
        doc.channels[0].comments_open = Some(true);
        let found = fired(&doc, "community-without-moderator");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.entity, TargetKind::Channel);
        assert_eq!(
            found[0].message,
            "Comments are open on the channel “Instagram”, but nobody is named to moderate them: say who does."
        );
        let es = fired_in(&doc, "community-without-moderator", Lang::Es);
        assert_eq!(
            es[0].message,
            "El canal «Instagram» tiene los comentarios abiertos, pero nadie está designado para moderarlos: indica quién lo hace."
        );
        doc.channels[0].moderator = "Ana".into();
        assert!(fired(&doc, "community-without-moderator").is_empty());
    }
}
