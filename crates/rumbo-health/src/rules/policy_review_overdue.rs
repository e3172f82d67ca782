//! `policy-review-overdue`: a policy past its review date.

use rumbo_core::Lang;
use rumbo_core::format::long_date;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "policy-review-overdue",
    severity: Severity::Warning,
    section: Section::Policies,
    title: Text {
        en: "Policies are reviewed when due",
        es: "Las políticas se revisan a tiempo",
    },
    principle: Text {
        en: "The rules people meet must stay faithful to the organization and to the networks as they are now: a policy past its review date may promise what nobody does any more.",
        es: "Las normas que encuentran las personas deben seguir siendo fieles a la organización y a las redes tal como son hoy: una política con la revisión vencida puede prometer lo que ya nadie hace.",
    },
    example: Text {
        en: "A pre-election policy that was due for review last month.",
        es: "Una política de periodo electoral que debía revisarse el mes pasado.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for policy in &cx.doc.policies {
        let Some(due) = policy.review_by else {
            continue;
        };
        outcome.checked += 1;
        if due >= cx.today {
            continue;
        }
        let title = cx.quote(&policy.title);
        let date = long_date(due, cx.lang);
        let message = match cx.lang {
            Lang::En => format!(
                "The policy {title} was due for review on {date}: review it, and set the next date."
            ),
            Lang::Es => format!(
                "La política {title} debía revisarse el {date}: revísala y fija la próxima fecha."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Policy,
            policy.id,
            Some("reviewBy"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn a_policy_past_its_review_date_is_flagged() {
        let mut doc = testkit::healthy();
        // Due today: still in time; no date: nothing to be late for.
        doc.policies[0].review_by = Some(day(2026, 11, 23));
        assert!(fired(&doc, "policy-review-overdue").is_empty());
        doc.policies[0].review_by = None;
        assert!(fired(&doc, "policy-review-overdue").is_empty());
        doc.policies[0].review_by = Some(day(2026, 10, 31));
        let found = fired(&doc, "policy-review-overdue");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "policy-review-overdue/policy/1");
        assert_eq!(found[0].target.field.as_deref(), Some("reviewBy"));
        assert_eq!(
            found[0].message,
            "The policy “House rules” was due for review on 31 October 2026: review it, and set the next date."
        );
        assert_eq!(
            fired_in(&doc, "policy-review-overdue", Lang::Es)[0].message,
            "La política «House rules» debía revisarse el 31 de octubre de 2026: revísala y fija la próxima fecha."
        );
    }
}
