//! `crisis-drill-overdue`: the crisis playbook has not been rehearsed for
//! longer than the workspace allows (a setting), or never.

use chrono::Months;
use rumbo_core::Lang;
use rumbo_core::format::long_date;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "crisis-drill-overdue",
    severity: Severity::Advice,
    section: Section::Crisis,
    title: Text {
        en: "The crisis playbook is rehearsed",
        es: "El protocolo de crisis se ensaya",
    },
    principle: Text {
        en: "A playbook nobody has rehearsed fails on the day it is needed: a drill shows whether people know their part, whether the statements still hold and whether the contacts still answer.",
        es: "Un protocolo que nadie ha ensayado falla el día que hace falta: un simulacro muestra si cada cual conoce su papel, si las declaraciones siguen valiendo y si los contactos siguen respondiendo.",
    },
    example: Text {
        en: "A playbook last rehearsed 14 months ago (the number of months is a setting).",
        es: "Un protocolo ensayado por última vez hace 14 meses (el número de meses es un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    // Only a playbook can be rehearsed; without one, `no-crisis-playbook` speaks.
    if cx.doc.crisis_levels.is_empty() {
        return Outcome::default();
    }
    let months = cx.settings().drill_months;
    let due = match cx.doc.crisis.last_drill {
        None => true,
        Some(last) => last
            .checked_add_months(Months::new(months))
            .is_none_or(|next| next < cx.today),
    };
    Outcome::once(due.then(|| {
        let message = match (cx.lang, cx.doc.crisis.last_drill) {
            (Lang::En, None) => {
                "No drill of the crisis playbook is recorded: rehearse it, and note the date.".to_string()
            }
            (Lang::Es, None) => {
                "No consta ningún simulacro del protocolo de crisis: ensáyalo y anota la fecha.".to_string()
            }
            (Lang::En, Some(last)) => {
                let ago = if months == 1 {
                    "more than a month ago".to_string()
                } else {
                    format!("more than {months} months ago")
                };
                format!(
                    "The crisis playbook was last rehearsed on {}, {ago}: run a drill.",
                    long_date(last, cx.lang)
                )
            }
            (Lang::Es, Some(last)) => {
                let ago = if months == 1 {
                    "hace más de un mes".to_string()
                } else {
                    format!("hace más de {months} meses")
                };
                format!(
                    "El protocolo de crisis se ensayó por última vez el {}, {ago}: haz un simulacro.",
                    long_date(last, cx.lang)
                )
            }
        };
        Draft::workspace(TargetKind::CrisisPlan, Some("lastDrill"), message)
    }))
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::report::TargetKind;
    use crate::testkit::{self, day, fired, fired_in};

    #[test]
    fn a_playbook_not_rehearsed_within_the_months_allowed_is_due() {
        let mut doc = testkit::healthy();
        // Exactly twelve months ago: still in time.
        doc.crisis.last_drill = Some(day(2025, 11, 23));
        assert!(fired(&doc, "crisis-drill-overdue").is_empty());
        doc.crisis.last_drill = Some(day(2025, 11, 22));
        let found = fired(&doc, "crisis-drill-overdue");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "crisis-drill-overdue/workspace");
        assert_eq!(found[0].target.entity, TargetKind::CrisisPlan);
        assert_eq!(found[0].target.field.as_deref(), Some("lastDrill"));
        assert_eq!(
            found[0].message,
            "The crisis playbook was last rehearsed on 22 November 2025, more than 12 months ago: run a drill."
        );
        assert_eq!(
            fired_in(&doc, "crisis-drill-overdue", Lang::Es)[0].message,
            "El protocolo de crisis se ensayó por última vez el 22 de noviembre de 2025, hace más de 12 meses: haz un simulacro."
        );
        doc.health_settings.drill_months = 24;
        assert!(fired(&doc, "crisis-drill-overdue").is_empty());
        doc.health_settings.drill_months = 1;
        doc.crisis.last_drill = Some(day(2026, 10, 1));
        assert_eq!(
            fired(&doc, "crisis-drill-overdue")[0].message,
            "The crisis playbook was last rehearsed on 1 October 2026, more than a month ago: run a drill."
        );
    }

    #[test]
    fn never_rehearsed_is_due_but_no_playbook_is_not_this_rules_business() {
        let mut doc = testkit::healthy();
        doc.crisis.last_drill = None;
        assert_eq!(
            fired(&doc, "crisis-drill-overdue")[0].message,
            "No drill of the crisis playbook is recorded: rehearse it, and note the date."
        );
        assert_eq!(
            fired_in(&doc, "crisis-drill-overdue", Lang::Es)[0].message,
            "No consta ningún simulacro del protocolo de crisis: ensáyalo y anota la fecha."
        );
        doc.crisis_levels.clear();
        assert!(fired(&doc, "crisis-drill-overdue").is_empty());
    }
}
