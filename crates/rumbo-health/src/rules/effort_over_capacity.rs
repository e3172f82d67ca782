//! `effort-over-capacity`: the channels need more hours than the people who
//! run them have — the team as a whole, or one person with the channels
//! they run; with nobody's hours recorded, more than the CM's week (a
//! setting).

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};
use rumbo_core::format::number;

pub(crate) const RULE: Rule = Rule {
    id: "effort-over-capacity",
    severity: Severity::Warning,
    section: Section::Channels,
    title: Text {
        en: "The channels fit in the team's week",
        es: "Los canales caben en la semana del equipo",
    },
    principle: Text {
        en: "“The more networks the better” is a symptom of having no strategy: a channel nobody has the hours to keep alive harms the brand.",
        es: "«Cuantas más redes, mejor» es síntoma de que no hay estrategia: un canal que nadie tiene horas para mantener daña la marca.",
    },
    example: Text {
        en: "Active and planned channels adding up to 23.5 hours a week when the people who run them give them 20 (or, with nobody's hours recorded, when you have 20 for them, a setting).",
        es: "Canales activos y previstos que suman 23,5 horas a la semana cuando las personas que los llevan les dedican 20 (o, si no consta la dedicación de nadie, cuando dispones de 20, un ajuste).",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    // With no channel in use there is nothing to weigh: the rule does not apply.
    if !cx.doc.channels.iter().any(|c| c.status.is_in_use()) {
        return Outcome::default();
    }
    let in_use: Vec<_> = cx
        .doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use())
        .collect();
    let total: f64 = in_use.iter().filter_map(|c| c.weekly_effort_hours).sum();
    // Compared as people read them, to a tenth of an hour.
    let over = |need: f64, have: f64| (need * 10.0).round() > (have * 10.0).round();
    let staffed: Vec<_> = cx
        .doc
        .people
        .iter()
        .filter_map(|p| p.weekly_hours.map(|h| (p, h)))
        .collect();
    // With nobody's hours recorded, the channels are weighed against the
    // one figure of the settings: the community manager's week.
    if staffed.is_empty() {
        return against_the_setting(cx, &in_use, total, over);
    }
    let unmeasured: Vec<_> = in_use
        .iter()
        .filter(|c| c.weekly_effort_hours.is_none())
        .collect();
    // The team as a whole first: if it cannot, that is said once (unless
    // someone who runs a channel has no hours recorded: then nobody knows).
    let capacity: f64 = staffed.iter().map(|(_, h)| h).sum();
    let unknown = in_use.iter().filter_map(|c| c.account.manager_id).any(|m| {
        cx.doc
            .people
            .iter()
            .any(|p| p.id == m && p.weekly_hours.is_none())
    });
    let mut outcome = Outcome::once(None);
    if !unknown && over(total, capacity) {
        let (need, have) = (number(total, cx.lang), number(capacity, cx.lang));
        // With some efforts not known, the known ones are a floor.
        let need = if unmeasured.is_empty() {
            need
        } else {
            format!("{}{need}", cx.lang.pick("at least ", "al menos "))
        };
        let message = match cx.lang {
            Lang::En => format!(
                "Your active and planned channels need {need} hours a week, more than the {have} the people who run them give them between them: more networks is not better."
            ),
            Lang::Es => format!(
                "Tus canales activos y previstos exigen {need} horas a la semana, más de las {have} que les dedican entre todas las personas que los llevan: más redes no es mejor."
            ),
        };
        outcome
            .findings
            .push(Draft::workspace(TargetKind::Workspace, None, message));
        return outcome;
    }
    // Effort nobody measured is not 0: while the known hours fit in the
    // team's week, whether all of them do is not known, and said so.
    if !unknown && !unmeasured.is_empty() {
        outcome.checked = 0;
        outcome.cannot_check = Some(cannot_tell(
            cx,
            &unmeasured
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>(),
            total,
            capacity,
            Whose::Team,
        ));
    }
    // Then each person with the channels they run.
    for (person, hours) in staffed {
        let runs: Vec<_> = in_use
            .iter()
            .filter(|c| c.account.manager_id == Some(person.id))
            .collect();
        if runs.is_empty() {
            continue;
        }
        let need: f64 = runs.iter().filter_map(|c| c.weekly_effort_hours).sum();
        // A channel of theirs nobody measured: only an overflow is known.
        let measured = runs.iter().all(|c| c.weekly_effort_hours.is_some());
        if measured {
            outcome.checked += 1;
        }
        if !over(need, hours) {
            continue;
        }
        let (need, have) = (number(need, cx.lang), number(hours, cx.lang));
        let need = if measured {
            need
        } else {
            format!("{}{need}", cx.lang.pick("at least ", "al menos "))
        };
        let name = &person.name;
        let message = match cx.lang {
            Lang::En => format!(
                "The channels {name} runs need {need} hours a week, more than the {have} {name} gives them: share them out, or give {name} more time."
            ),
            Lang::Es => format!(
                "Los canales que lleva {name} exigen {need} horas a la semana, más de las {have} que les dedica: repártelos o dale más tiempo."
            ),
        };
        outcome.findings.push(Draft::record(
            TargetKind::Person,
            person.id,
            Some("weeklyHours"),
            message,
        ));
    }
    outcome
}

/// The channels against the community manager's week (a setting).
fn against_the_setting(
    cx: &Context,
    in_use: &[&rumbo_core::model::Channel],
    total: f64,
    over: impl Fn(f64, f64) -> bool,
) -> Outcome {
    let unknown: Vec<&str> = in_use
        .iter()
        .filter(|c| c.weekly_effort_hours.is_none())
        .map(|c| c.name.as_str())
        .collect();
    // Compared as people read them, to a tenth of an hour.
    let capacity = cx.settings().cm_weekly_hours;
    let over = over(total, capacity);
    // Effort nobody measured is not 0: unless the known hours already
    // overflow the week, the rule cannot tell, and says so instead of
    // passing.
    if !over && !unknown.is_empty() {
        return Outcome {
            cannot_check: Some(cannot_tell(cx, &unknown, total, capacity, Whose::Yours)),
            ..Outcome::default()
        };
    }
    Outcome::once(over.then(|| {
        let (total, capacity) = (number(total, cx.lang), number(capacity, cx.lang));
        // With some efforts not known, the known ones are a floor.
        let at_least = if unknown.is_empty() {
            ""
        } else {
            cx.lang.pick("at least ", "al menos ")
        };
        let message = match cx.lang {
            Lang::En => format!(
                "Your active and planned channels need {at_least}{total} hours a week, more than the {capacity} you can give them: more networks is not better."
            ),
            Lang::Es => format!(
                "Tus canales activos y previstos exigen {at_least}{total} horas a la semana, más de las {capacity} que puedes dedicarles: más redes no es mejor."
            ),
        };
        Draft::workspace(TargetKind::HealthSettings, Some("cmWeeklyHours"), message)
    }))
}

/// Whose week the channels are weighed against.
enum Whose {
    /// The community manager's (a setting).
    Yours,
    /// The people who run the channels, between them.
    Team,
}

/// What the rule cannot tell while the effort of `unknown` channels is not
/// known, and the known ones (`known` hours) fit in `capacity`.
fn cannot_tell(cx: &Context, unknown: &[&str], known: f64, capacity: f64, whose: Whose) -> String {
    let names = crate::words::list(
        cx.lang,
        &unknown
            .iter()
            .map(|n| crate::words::quote(cx.lang, n))
            .collect::<Vec<_>>(),
    );
    // What the measured channels need; nothing when none is measured.
    let known = match (cx.lang, known > 0.0) {
        (_, false) => String::new(),
        (Lang::En, true) => format!(" (the known ones need {})", number(known, cx.lang)),
        (Lang::Es, true) => format!(" (los conocidos exigen {})", number(known, cx.lang)),
    };
    let capacity = number(capacity, cx.lang);
    let week = match (cx.lang, whose) {
        (Lang::En, Whose::Yours) => format!("the {capacity} hours you can give them"),
        (Lang::En, Whose::Team) => {
            format!("the {capacity} hours the people who run them give them")
        }
        (Lang::Es, Whose::Yours) => format!("las {capacity} horas que puedes dedicarles"),
        (Lang::Es, Whose::Team) => {
            format!("las {capacity} horas que les dedican las personas que los llevan")
        }
    };
    match (cx.lang, unknown.len()) {
        (Lang::En, _) => format!(
            "The weekly effort of {names} is not known, so Rumbo cannot tell whether the channels fit in {week}{known}."
        ),
        (Lang::Es, 1) => format!(
            "No se sabe cuántas horas a la semana exige {names}, así que Rumbo no puede saber si los canales caben en {week}{known}."
        ),
        (Lang::Es, _) => format!(
            "No se sabe cuántas horas a la semana exigen {names}, así que Rumbo no puede saber si los canales caben en {week}{known}."
        ),
    }
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;
    use rumbo_core::model::{ChannelStatus, Duty, Network, Person};

    use crate::report::TargetKind;
    use crate::testkit::{self, fired, fired_in};

    /// The healthy workspace with nobody's hours recorded.
    fn unstaffed() -> rumbo_core::interchange::WorkspaceDoc {
        let mut doc = testkit::healthy();
        for person in &mut doc.people {
            person.weekly_hours = None;
        }
        doc
    }

    #[test]
    fn channels_in_use_beyond_the_capacity_are_flagged() {
        let mut doc = unstaffed();
        doc.channels[0].weekly_effort_hours = Some(12.0);
        let mut planned = testkit::channel(2, Network::WhatsappChannel, ChannelStatus::Planned, 4);
        planned.weekly_effort_hours = Some(8.0);
        doc.channels.push(planned);
        let mut paused = testkit::channel(3, Network::Podcast, ChannelStatus::Paused, 4);
        paused.weekly_effort_hours = Some(10.0);
        doc.channels.push(paused);
        doc.objectives[0].channel_ids = vec![1, 2];
        // 12 + 8 = 20: exactly the capacity is fine; the paused one does not count.
        assert!(fired(&doc, "effort-over-capacity").is_empty());
        doc.channels[1].weekly_effort_hours = Some(11.5);
        let found = fired(&doc, "effort-over-capacity");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "effort-over-capacity/workspace");
        assert_eq!(found[0].target.entity, TargetKind::HealthSettings);
        assert_eq!(found[0].target.field.as_deref(), Some("cmWeeklyHours"));
        assert_eq!(
            found[0].message,
            "Your active and planned channels need 23.5 hours a week, more than the 20 you can give them: more networks is not better."
        );
        let es = fired_in(&doc, "effort-over-capacity", Lang::Es);
        assert!(
            es[0]
                .message
                .starts_with("Tus canales activos y previstos exigen 23,5 horas")
        );
        doc.health_settings.cm_weekly_hours = 25.0;
        assert!(fired(&doc, "effort-over-capacity").is_empty());
    }

    #[test]
    fn an_effort_nobody_measured_is_not_zero_the_rule_says_it_cannot_check() {
        let mut doc = unstaffed();
        doc.channels[0].weekly_effort_hours = Some(12.0);
        let mut planned = testkit::channel(2, Network::WhatsappChannel, ChannelStatus::Planned, 4);
        planned.weekly_effort_hours = None;
        planned.name = "WhatsApp".into();
        doc.channels.push(planned);
        doc.objectives[0].channel_ids = vec![1, 2];
        // 12 known hours of 20: no finding, and the rule leaves the score.
        assert!(fired(&doc, "effort-over-capacity").is_empty());
        let report = crate::check(&doc, testkit::today(), Lang::En);
        let part = report
            .breakdown
            .iter()
            .find(|r| r.rule == "effort-over-capacity")
            .unwrap_or_else(|| panic!("no part"));
        assert_eq!(part.checked, 0);
        assert_eq!(
            part.cannot_check.as_deref(),
            Some(
                "The weekly effort of “WhatsApp” is not known, so Rumbo cannot tell whether the channels fit in the 20 hours you can give them (the known ones need 12)."
            )
        );
        let es = crate::check(&doc, testkit::today(), Lang::Es);
        let part = es
            .breakdown
            .iter()
            .find(|r| r.rule == "effort-over-capacity")
            .unwrap_or_else(|| panic!("no part"));
        assert_eq!(
            part.cannot_check.as_deref(),
            Some(
                "No se sabe cuántas horas a la semana exige «WhatsApp», así que Rumbo no puede saber si los canales caben en las 20 horas que puedes dedicarles (los conocidos exigen 12)."
            )
        );
        // Known hours that already overflow the week are reported: at least.
        doc.channels[0].weekly_effort_hours = Some(21.0);
        let found = fired(&doc, "effort-over-capacity");
        assert_eq!(
            found[0].message,
            "Your active and planned channels need at least 21 hours a week, more than the 20 you can give them: more networks is not better."
        );
    }

    #[test]
    fn with_people_the_team_and_then_each_person_is_weighed() {
        let mut doc = testkit::healthy();
        // Ana has 20 hours and runs a 5-hour channel.
        assert!(fired(&doc, "effort-over-capacity").is_empty());
        doc.people.push(Person {
            id: 3,
            weekly_hours: Some(2.0),
            ..Person::new("Carmen", Duty::AccountManager)
        });
        let mut whatsapp = testkit::channel(2, Network::WhatsappChannel, ChannelStatus::Planned, 4);
        whatsapp.weekly_effort_hours = Some(3.5);
        whatsapp.account.manager_id = Some(3);
        doc.channels.push(whatsapp);
        doc.objectives[0].channel_ids = vec![1, 2];
        let found = fired(&doc, "effort-over-capacity");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "effort-over-capacity/person/3");
        assert_eq!(found[0].target.field.as_deref(), Some("weeklyHours"));
        assert_eq!(
            found[0].message,
            "The channels Carmen runs need 3.5 hours a week, more than the 2 Carmen gives them: share them out, or give Carmen more time."
        );
        let es = fired_in(&doc, "effort-over-capacity", Lang::Es);
        assert_eq!(
            es[0].message,
            "Los canales que lleva Carmen exigen 3,5 horas a la semana, más de las 2 que les dedica: repártelos o dale más tiempo."
        );
        // Beyond the whole team's hours, the team is named once.
        doc.channels[0].weekly_effort_hours = Some(19.0);
        let found = fired(&doc, "effort-over-capacity");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "effort-over-capacity/workspace");
        assert!(
            found[0]
                .message
                .contains("22.5 hours a week, more than the 22"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn with_people_an_effort_nobody_measured_is_said_so_against_the_team() {
        let mut doc = testkit::healthy();
        doc.channels[0].weekly_effort_hours = None;
        doc.channels[0].name = "Blog".into();
        assert!(fired(&doc, "effort-over-capacity").is_empty());
        let part = |lang| {
            crate::check(&doc, testkit::today(), lang)
                .breakdown
                .into_iter()
                .find(|r| r.rule == "effort-over-capacity")
                .and_then(|r| r.cannot_check)
                .unwrap_or_default()
        };
        assert_eq!(
            part(Lang::En),
            "The weekly effort of “Blog” is not known, so Rumbo cannot tell whether the channels fit in the 20 hours the people who run them give them."
        );
        assert!(
            part(Lang::Es).starts_with("No se sabe cuántas horas a la semana exige «Blog»"),
            "{}",
            part(Lang::Es)
        );
    }
}
