//! `info-need-unserved`: something the CM needs that no flow brings.

use rumbo_core::Lang;
use rumbo_core::model::Urgency;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "info-need-unserved",
    severity: Severity::Warning,
    section: Section::Internal,
    title: Text {
        en: "What you need to know has a way to reach you",
        es: "Lo que necesitas saber tiene cómo llegarte",
    },
    principle: Text {
        en: "The CM needs quick access to information: what you must know to answer the community should reach you through an agreed flow, not by chance.",
        es: "Quien gestiona la comunidad necesita acceso rápido a la información: lo que debes saber para responder a la comunidad tiene que llegarte por un flujo acordado, no por casualidad.",
    },
    example: Text {
        en: "“Outages of the online appointment system” needed from IT within hours, with no flow to carry it.",
        es: "«Caídas del sistema de cita previa» que se necesitan de Informática en horas, sin ningún flujo que las traiga.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for need in &cx.doc.info_needs {
        outcome.checked += 1;
        if need.flow_id.is_some() {
            continue;
        }
        let what = cx.quote(&need.what);
        let from = cx.department_name(need.department_id);
        let when = match need.urgency {
            Urgency::Immediate => cx.pick("within hours", "en cuestión de horas"),
            Urgency::SameDay => cx.pick("the same day", "en el mismo día"),
            Urgency::ThisWeek => cx.pick("within the week", "en la semana"),
            Urgency::Monthly => cx.pick("every month", "cada mes"),
        };
        let message = match cx.lang {
            Lang::En => format!(
                "You need {what} from {from} {when}, but no internal flow brings it to you."
            ),
            Lang::Es => format!(
                "Necesitas {what} de {from} {when}, pero ningún flujo interno te lo hace llegar."
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
    use rumbo_core::model::Urgency;

    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn a_need_no_flow_carries_is_flagged() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "info-need-unserved").is_empty());
        doc.info_needs[0].flow_id = None;
        doc.info_needs[0].urgency = Urgency::Immediate;
        let found = fired(&doc, "info-need-unserved");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "info-need-unserved/info_need/1");
        assert_eq!(found[0].target.field.as_deref(), Some("flowId"));
        assert_eq!(
            found[0].message,
            "You need “Campaign dates” from Marketing within hours, but no internal flow brings it to you."
        );
        let es = fired_in(&doc, "info-need-unserved", Lang::Es);
        assert_eq!(
            es[0].message,
            "Necesitas «Campaign dates» de Marketing en cuestión de horas, pero ningún flujo interno te lo hace llegar."
        );
    }
}
