//! `service-level-uncovered`: a service level promises answers during more
//! hours a week than the people who run its channels give them.

use std::collections::BTreeSet;

use rumbo_core::Lang;
use rumbo_core::format::number;
use rumbo_core::model::{ResponseUnit, ServiceLevel};

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use crate::words;

pub(crate) const RULE: Rule = Rule {
    id: "service-level-uncovered",
    severity: Severity::Warning,
    section: Section::Editorial,
    title: Text {
        en: "Promised response times are staffed",
        es: "Los tiempos de respuesta prometidos tienen personas detrás",
    },
    principle: Text {
        en: "The CM watches the channels so that the community's concerns are dealt with: a response time promised to the public needs people with the hours to keep it, or the promise itself conveys a poor image.",
        es: "Quien gestiona la comunidad vigila los canales para que se atiendan sus inquietudes: un tiempo de respuesta prometido al público necesita personas con horas para cumplirlo, o la propia promesa transmite una mala imagen.",
    },
    example: Text {
        en: "Office hours of 35 hours a week with answers within 24 hours, on channels whose account managers give them 29 hours a week between them.",
        es: "Un horario de 35 horas semanales con respuesta en 24 horas, en canales cuyas personas responsables les dedican 29 horas semanales entre todas.",
    },
    run,
};

/// "within 24 hours" / "en 24 horas".
fn promise(level: &ServiceLevel, time: f64, lang: Lang) -> String {
    let n = number(time, lang);
    let unit = match (level.response_unit, time == 1.0, lang) {
        (ResponseUnit::Minutes, true, Lang::En) => "minute",
        (ResponseUnit::Hours, true, Lang::En) => "hour",
        (ResponseUnit::WorkingDays, true, Lang::En) => "working day",
        (ResponseUnit::Days, true, Lang::En) => "day",
        (ResponseUnit::Minutes, true, Lang::Es) => "minuto",
        (ResponseUnit::Hours, true, Lang::Es) => "hora",
        (ResponseUnit::WorkingDays, true, Lang::Es) => "día laborable",
        (ResponseUnit::Days, true, Lang::Es) => "día",
        (unit, false, lang) => unit.label(lang),
    };
    match lang {
        Lang::En => format!("an answer within {n} {unit}"),
        Lang::Es => format!("respuesta en {n} {unit}"),
    }
}

fn run(cx: &Context) -> Outcome {
    let mut outcome = Outcome::default();
    for level in &cx.doc.service_levels {
        let (Some(time), Some(attended)) = (level.response_time, level.weekly_hours()) else {
            continue;
        };
        let channels: Vec<_> = cx
            .doc
            .channels
            .iter()
            .filter(|c| level.channel_ids.contains(&c.id) && c.status.is_in_use())
            .collect();
        if channels.is_empty() || attended <= 0.0 {
            continue;
        }
        let runners: BTreeSet<i64> = channels
            .iter()
            .filter_map(|c| c.account.manager_id)
            .collect();
        let people: Vec<_> = cx
            .doc
            .people
            .iter()
            .filter(|p| runners.contains(&p.id))
            .collect();
        let known: f64 = people.iter().filter_map(|p| p.weekly_hours).sum();
        let all_known = people.iter().all(|p| p.weekly_hours.is_some());
        // Compared as people read them, to a tenth of an hour.
        let covered = (known * 10.0).round() >= (attended * 10.0).round();
        if covered || (!people.is_empty() && !all_known) {
            // Covered, or not known well enough to say it is not.
            outcome.checked += u32::from(covered);
            continue;
        }
        outcome.checked += 1;
        let name = cx.quote(&level.name);
        let promised = promise(level, time, cx.lang);
        let hours = number(attended, cx.lang);
        let given = number(known, cx.lang);
        let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
        let who = words::list(cx.lang, &names);
        let message = match (cx.lang, names.len()) {
            (Lang::En, 0) => format!(
                "{name} promises {promised} and attends {hours} hours a week, but nobody is named to run its channels: name their account managers, with their hours."
            ),
            (Lang::Es, 0) => format!(
                "{name} promete {promised} y atiende {hours} horas a la semana, pero nadie figura al frente de sus canales: indica quién los lleva y con cuántas horas."
            ),
            (Lang::En, 1) => format!(
                "{name} promises {promised} and attends {hours} hours a week, but {who}, who runs its channels, gives them {given} hours a week: promise less, or add people."
            ),
            (Lang::Es, 1) => format!(
                "{name} promete {promised} y atiende {hours} horas a la semana, pero {who}, que lleva sus canales, les dedica {given} horas a la semana: promete menos o suma personas."
            ),
            (Lang::En, _) => format!(
                "{name} promises {promised} and attends {hours} hours a week, but the people who run its channels ({who}) give them {given} hours a week between them: promise less, or add people."
            ),
            (Lang::Es, _) => format!(
                "{name} promete {promised} y atiende {hours} horas a la semana, pero quienes llevan sus canales ({who}) les dedican {given} horas a la semana entre todos: promete menos o suma personas."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::ServiceLevel,
            level.id,
            Some("responseTime"),
            message,
        ));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{Duty, Person, ServiceLevel, Weekday};

    use crate::testkit::{self, fired, fired_in};

    fn office_hours() -> ServiceLevel {
        ServiceLevel {
            id: 1,
            channel_ids: vec![1],
            days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            opens: Some("09:00".into()),
            closes: Some("13:00".into()),
            response_time: Some(24.0),
            ..ServiceLevel::new("Office hours")
        }
    }

    #[test]
    fn a_promise_beyond_the_hours_of_the_people_is_flagged() {
        let mut doc = testkit::healthy();
        // 5 × 4 = 20 hours attended; Ana, who runs the channel, has 20.
        doc.service_levels = vec![office_hours()];
        assert!(fired(&doc, "service-level-uncovered").is_empty());
        doc.service_levels[0].closes = Some("14:00".into());
        let found = fired(&doc, "service-level-uncovered");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "service-level-uncovered/service_level/1");
        assert_eq!(
            found[0].message,
            "“Office hours” promises an answer within 24 hours and attends 25 hours a week, but Ana, who runs its channels, gives them 20 hours a week: promise less, or add people."
        );
        // A second person running another of its channels covers it.
        doc.people.push(Person {
            id: 3,
            weekly_hours: Some(6.0),
            ..Person::new("Carla", Duty::AccountManager)
        });
        let mut second = testkit::channel(
            2,
            rumbo_core::model::Network::Facebook,
            rumbo_core::model::ChannelStatus::Active,
            4,
        );
        second.account.manager_id = Some(3);
        doc.channels.push(second);
        doc.pillars[0].shares.push(rumbo_core::model::PillarShare {
            channel_id: 2,
            percent: None,
        });
        doc.objectives[0].channel_ids.push(2);
        doc.service_levels[0].channel_ids.push(2);
        assert!(fired(&doc, "service-level-uncovered").is_empty());
        // With someone's hours unknown and the others short, it cannot be said.
        doc.people[2].weekly_hours = None;
        assert!(fired(&doc, "service-level-uncovered").is_empty());
        // Nobody named at all.
        for c in &mut doc.channels {
            c.account.manager_id = None;
        }
        let es = fired_in(&doc, "service-level-uncovered", Lang::Es);
        assert_eq!(
            es[0].message,
            "«Office hours» promete respuesta en 24 horas y atiende 25 horas a la semana, pero nadie figura al frente de sus canales: indica quién los lleva y con cuántas horas."
        );
        // No promise, no finding.
        doc.service_levels[0].response_time = None;
        assert!(fired(&doc, "service-level-uncovered").is_empty());
    }
}
