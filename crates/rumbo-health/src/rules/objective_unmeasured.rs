//! `objective-unmeasured`: an objective in progress without a recent
//! measurement.

use rumbo_core::Lang;
use rumbo_core::model::ObjectiveStatus;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use rumbo_core::format::long_date;

pub(crate) const RULE: Rule = Rule {
    id: "objective-unmeasured",
    severity: Severity::Advice,
    section: Section::Objectives,
    title: Text {
        en: "Objectives in progress are measured",
        es: "Los objetivos en curso se miden",
    },
    principle: Text {
        en: "What the CM learns from the networks is valuable to the whole organization, and results are what the CM is judged on: keep the numbers current.",
        es: "Lo que la persona que gestiona la comunidad aprende en las redes es valioso para toda la organización, y se la juzga por los resultados: mantén las cifras al día.",
    },
    example: Text {
        en: "An objective in progress last measured three months ago (the number of days is a setting).",
        es: "Un objetivo en curso medido por última vez hace tres meses (el número de días es un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    let limit = i64::from(cx.settings().stale_measurement_days);
    let active = cx
        .live_objectives()
        .filter(|o| o.status == ObjectiveStatus::Active);
    for objective in active {
        outcome.checked += 1;
        // Values dated after the check's day are not counted.
        let latest = cx
            .doc
            .measurements
            .iter()
            .filter(|m| m.objective_id == objective.id && m.date <= cx.today)
            .map(|m| m.date)
            .max();
        let name = cx.quote(&objective.title);
        let message = match (latest, objective.start) {
            (Some(last), _) => {
                let days = (cx.today - last).num_days();
                if days <= limit {
                    continue;
                }
                // More than the limit (at least 1), so always "days".
                let when = long_date(last, cx.lang);
                match cx.lang {
                    Lang::En => format!(
                        "The objective {name} was last measured on {when}, {days} days ago: add its latest value."
                    ),
                    Lang::Es => format!(
                        "El objetivo {name} se midió por última vez el {when}, hace {days} días: añade su último valor."
                    ),
                }
            }
            (None, Some(start)) if (cx.today - start).num_days() > limit => {
                let when = long_date(start, cx.lang);
                match cx.lang {
                    Lang::En => format!(
                        "The objective {name} started on {when} and has never been measured: add its first value."
                    ),
                    Lang::Es => format!(
                        "El objetivo {name} empezó el {when} y nunca se ha medido: añade su primer valor."
                    ),
                }
            }
            _ => continue,
        };
        // Presence-only, or without a KPI: said once by the broader rule.
        if let Some(broader) = cx.objective_reported(objective) {
            outcome.deferred.push(broader);
            continue;
        }
        outcome.findings.push(Draft::record(
            TargetKind::Objective,
            objective.id,
            None,
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
    fn an_objective_measured_long_ago_is_flagged() {
        let mut doc = testkit::healthy();
        // 60 days before 23 November is 24 September: still fresh.
        doc.measurements[0].date = day(2026, 9, 24);
        assert!(fired(&doc, "objective-unmeasured").is_empty());
        doc.measurements[0].date = day(2026, 9, 23);
        let found = fired(&doc, "objective-unmeasured");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The objective “Double sign-ups from Instagram” was last measured on 23 September 2026, 61 days ago: add its latest value."
        );
        let es = fired_in(&doc, "objective-unmeasured", Lang::Es);
        assert!(es[0].message.contains("hace 61 días"), "{}", es[0].message);
        // A value dated after the check's day does not count as recent.
        doc.measurements
            .push(testkit::measurement(2, 1, day(2026, 11, 30)));
        assert_eq!(fired(&doc, "objective-unmeasured").len(), 1);
        // The limit is a setting.
        doc.health_settings.stale_measurement_days = 90;
        assert!(fired(&doc, "objective-unmeasured").is_empty());
    }

    #[test]
    fn an_objective_never_measured_is_flagged_once_it_has_run_long_enough() {
        let mut doc = testkit::healthy();
        doc.measurements.clear();
        let found = fired(&doc, "objective-unmeasured");
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .contains("started on 1 March 2026 and has never been measured")
        );
        doc.objectives[0].start = Some(day(2026, 11, 1));
        assert!(fired(&doc, "objective-unmeasured").is_empty());
    }
}
