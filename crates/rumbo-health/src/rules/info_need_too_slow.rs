//! `info-need-too-slow`: something the CM needs sooner than the flow that
//! carries it can bring it ("the same day", served by a weekly meeting).

use rumbo_core::Lang;
use rumbo_core::model::{Cadence, Urgency};

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "info-need-too-slow",
    severity: Severity::Warning,
    section: Section::Internal,
    title: Text {
        en: "What you need arrives in time",
        es: "Lo que necesitas llega a tiempo",
    },
    principle: Text {
        en: "The CM needs quick access to information: a flow that meets once a week cannot bring what the community must be told the same day.",
        es: "Quien gestiona la comunidad necesita acceso rápido a la información: un flujo que se reúne una vez por semana no puede traer lo que hay que contar a la comunidad el mismo día.",
    },
    example: Text {
        en: "“Service outages” needed from IT the same day, carried by the monthly report.",
        es: "«Caídas del servicio» que se necesitan de Informática en el mismo día, traídas por el informe mensual.",
    },
    run,
};

/// The longest a piece of news can wait for the next time a flow with
/// `cadence` happens, in days; `None` for a flow that happens only once.
fn longest_wait(cadence: &Cadence) -> Option<u32> {
    match cadence {
        Cadence::AsNeeded => Some(0),
        Cadence::Daily { .. } => Some(1),
        Cadence::Weekly { every_weeks, .. } => Some(7 * (*every_weeks).max(1)),
        Cadence::MonthlyWeekday { .. } | Cadence::MonthlyDay { .. } => Some(31),
        Cadence::OneOff { .. } => None,
    }
}

/// The longest an information need of `urgency` can wait, in days.
fn allowed_wait(urgency: Urgency) -> u32 {
    match urgency {
        Urgency::Immediate => 0,
        Urgency::SameDay => 1,
        Urgency::ThisWeek => 7,
        Urgency::Monthly => 31,
    }
}

/// How often a flow brings anything, said after "brings it only".
fn how_often(cadence: &Cadence, lang: Lang) -> String {
    let en = lang == Lang::En;
    match cadence {
        Cadence::Daily { .. } => (if en { "once a day" } else { "una vez al día" }).into(),
        Cadence::Weekly { every_weeks, .. } if *every_weeks > 1 => {
            if en {
                format!("every {every_weeks} weeks")
            } else {
                format!("cada {every_weeks} semanas")
            }
        }
        Cadence::Weekly { .. } => (if en {
            "once a week"
        } else {
            "una vez por semana"
        })
        .into(),
        Cadence::MonthlyWeekday { .. } | Cadence::MonthlyDay { .. } => {
            (if en { "once a month" } else { "una vez al mes" }).into()
        }
        Cadence::OneOff { .. } => (if en { "once" } else { "una sola vez" }).into(),
        // Never too slow: not said.
        Cadence::AsNeeded => String::new(),
    }
}

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for need in &cx.doc.info_needs {
        // A need no flow carries is `info-need-unserved`'s.
        let Some(flow) = need
            .flow_id
            .and_then(|id| cx.doc.flows.iter().find(|f| f.id == id))
        else {
            continue;
        };
        outcome.checked += 1;
        let allowed = allowed_wait(need.urgency);
        if longest_wait(&flow.cadence).is_some_and(|wait| wait <= allowed) {
            continue;
        }
        let what = cx.quote(&need.what);
        let from = cx.department_name(need.department_id);
        let name = cx.quote(&flow.name);
        let often = how_often(&flow.cadence, cx.lang);
        let when = match need.urgency {
            Urgency::Immediate => cx.pick("within hours", "en cuestión de horas"),
            Urgency::SameDay => cx.pick("the same day", "en el mismo día"),
            Urgency::ThisWeek => cx.pick("within the week", "en la semana"),
            Urgency::Monthly => cx.pick("every month", "cada mes"),
        };
        let message = match cx.lang {
            Lang::En => format!(
                "You need {what} from {from} {when}, but {name} brings it only {often}: agree on a faster way, or a flow for this alone."
            ),
            Lang::Es => format!(
                "Necesitas {what} de {from} {when}, pero {name} solo te lo trae {often}: acordad una vía más rápida o un flujo solo para esto."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::InfoNeed,
            need.id,
            Some("flowId"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{Cadence, Urgency};

    use crate::testkit::{self, day, fired, fired_in};

    fn weekly(every_weeks: u32) -> Cadence {
        Cadence::Weekly {
            start: Some(day(2026, 1, 5)),
            every_weeks,
            until: None,
        }
    }

    #[test]
    fn a_need_faster_than_its_flow_is_flagged() {
        let mut doc = testkit::healthy();
        doc.flows[0].name = "Weekly meeting".into();
        doc.flows[0].cadence = weekly(1);
        // Within the week, by a weekly flow: in time.
        assert!(fired(&doc, "info-need-too-slow").is_empty());
        doc.info_needs[0].urgency = Urgency::SameDay;
        let found = fired(&doc, "info-need-too-slow");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "info-need-too-slow/info_need/1");
        assert_eq!(found[0].target.field.as_deref(), Some("flowId"));
        assert_eq!(
            found[0].message,
            "You need “Campaign dates” from Marketing the same day, but “Weekly meeting” brings it only once a week: agree on a faster way, or a flow for this alone."
        );
        let es = fired_in(&doc, "info-need-too-slow", Lang::Es);
        assert_eq!(
            es[0].message,
            "Necesitas «Campaign dates» de Marketing en el mismo día, pero «Weekly meeting» solo te lo trae una vez por semana: acordad una vía más rápida o un flujo solo para esto."
        );
    }

    #[test]
    fn each_cadence_is_fast_enough_for_some_needs_and_not_others() {
        let monthly = Cadence::MonthlyDay {
            start: day(2026, 1, 1),
            day: 3,
            until: None,
        };
        let daily = Cadence::Daily {
            start: None,
            weekdays_only: true,
            until: None,
        };
        let once = Cadence::OneOff {
            date: day(2026, 3, 1),
        };
        let cases = [
            (Cadence::AsNeeded, Urgency::Immediate, false),
            (daily.clone(), Urgency::Immediate, true),
            (daily, Urgency::SameDay, false),
            (weekly(1), Urgency::ThisWeek, false),
            (weekly(2), Urgency::ThisWeek, true),
            (weekly(4), Urgency::Monthly, false),
            (weekly(5), Urgency::Monthly, true),
            (monthly.clone(), Urgency::Monthly, false),
            (monthly, Urgency::ThisWeek, true),
            (once, Urgency::Monthly, true),
        ];
        for (cadence, urgency, flagged) in cases {
            let mut doc = testkit::healthy();
            doc.flows[0].cadence = cadence.clone();
            doc.info_needs[0].urgency = urgency;
            assert_eq!(
                !fired(&doc, "info-need-too-slow").is_empty(),
                flagged,
                "{cadence:?} for {urgency:?}"
            );
        }
    }

    #[test]
    fn a_need_no_flow_carries_is_left_to_the_unserved_rule() {
        let mut doc = testkit::healthy();
        doc.info_needs[0].flow_id = None;
        doc.info_needs[0].urgency = Urgency::Immediate;
        assert!(fired(&doc, "info-need-too-slow").is_empty());
        assert_eq!(fired(&doc, "info-need-unserved").len(), 1);
    }
}
