//! What an empty list offers to start from: the audiences usual for the
//! organization's kind (the template's own), an objective with its KPI for
//! each kind of objective, and the internal flows most organizations need.
//! The window opens a new record filled from the one picked; nothing is
//! written until the community manager saves it.

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Cadence, Direction, InternalChannel, ObjectiveKind};
use rumbo_core::text::name_key;
use serde::Serialize;
use ts_rs::TS;

use crate::draft::kpi;
use crate::template::{OrgKind, seed_audiences};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LibraryAudience {
    pub name: String,
    pub description: String,
    pub needs: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryObjective {
    pub title: String,
    pub kind: ObjectiveKind,
    pub kpi_metric: String,
    pub kpi_unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LibraryFlow {
    pub name: String,
    pub direction: Direction,
    pub channel: InternalChannel,
    pub cadence: Cadence,
}

/// The library, for a workspace of `kind`: what it already holds (by name)
/// is left out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Library {
    pub audiences: Vec<LibraryAudience>,
    pub objectives: Vec<LibraryObjective>,
    pub flows: Vec<LibraryFlow>,
}

/// The kind of organization `doc` is, as far as it says: the sector the
/// templates write (their label, in either language), else `Empty`.
pub fn kind_of(doc: &WorkspaceDoc) -> OrgKind {
    let sector = name_key(&doc.profile.sector);
    OrgKind::ALL
        .into_iter()
        .find(|k| {
            *k != OrgKind::Empty
                && [Lang::En, Lang::Es]
                    .iter()
                    .any(|l| name_key(k.label(*l)) == sector)
        })
        .unwrap_or(OrgKind::Empty)
}

const OBJECTIVES: [(ObjectiveKind, &str, &str); 8] = [
    (
        ObjectiveKind::Awareness,
        "Reach the people we serve who do not know us yet",
        "Llegar a las personas a las que servimos y que aún no nos conocen",
    ),
    (
        ObjectiveKind::Engagement,
        "More conversation with our community on every post",
        "Más conversación con nuestra comunidad en cada publicación",
    ),
    (
        ObjectiveKind::CustomerCare,
        "Answer the questions that arrive on social media sooner",
        "Responder antes a las preguntas que llegan por las redes",
    ),
    (
        ObjectiveKind::Leads,
        "More sign-ups that come from social media",
        "Más altas que llegan desde las redes",
    ),
    (
        ObjectiveKind::Retention,
        "More people who come back",
        "Más personas que repiten",
    ),
    (
        ObjectiveKind::Advocacy,
        "More people who speak up for us",
        "Más personas que hablan bien de nosotros",
    ),
    (
        ObjectiveKind::Listening,
        "Pass what the community says on to the departments",
        "Trasladar a los departamentos lo que dice la comunidad",
    ),
    (
        ObjectiveKind::Internal,
        "Every department sends content each month",
        "Que todos los departamentos envíen contenido cada mes",
    ),
];

fn flows(today: NaiveDate, lang: Lang) -> Vec<LibraryFlow> {
    let flow = |(en, es): (&str, &str), direction, channel, cadence| LibraryFlow {
        name: lang.pick(en, es).to_string(),
        direction,
        channel,
        cadence,
    };
    let monthly = Cadence::MonthlyDay {
        start: crate::draft::first_of_next_month(today),
        day: 5,
        until: None,
    };
    let weekly = Cadence::Weekly {
        start: None,
        every_weeks: 1,
        until: None,
    };
    vec![
        flow(
            (
                "The week's news and requests from each department",
                "Novedades y peticiones de la semana de cada departamento",
            ),
            Direction::DepartmentToCm,
            InternalChannel::Email,
            weekly.clone(),
        ),
        flow(
            (
                "The month's results for management",
                "Resultados del mes para la dirección",
            ),
            Direction::CmToDepartment,
            InternalChannel::Report,
            monthly.clone(),
        ),
        flow(
            (
                "What the community asks, for the departments it concerns",
                "Lo que pregunta la comunidad, para los departamentos a los que afecta",
            ),
            Direction::CmToDepartment,
            InternalChannel::Email,
            weekly,
        ),
        flow(
            (
                "Social media news for all staff",
                "Novedades de las redes para toda la plantilla",
            ),
            Direction::AllStaff,
            InternalChannel::Newsletter,
            monthly,
        ),
        flow(
            (
                "Urgent alerts: a complaint spreading or a crisis",
                "Alertas urgentes: una queja que se extiende o una crisis",
            ),
            Direction::DepartmentToCm,
            InternalChannel::Chat,
            Cadence::AsNeeded,
        ),
    ]
}

/// The library for `doc`, in `lang`: its kind's audiences, an objective of
/// each kind with its KPI, the usual flows — each left out when the
/// workspace already holds one of that name.
pub fn library(doc: &WorkspaceDoc, kind: OrgKind, today: NaiveDate, lang: Lang) -> Library {
    fn has<'a>(mut names: impl Iterator<Item = &'a String>, name: &str) -> bool {
        names.any(|n| name_key(n) == name_key(name))
    }
    Library {
        audiences: seed_audiences(kind, lang)
            .into_iter()
            .filter(|a| !has(doc.audiences.iter().map(|x| &x.name), a.name))
            .map(|a| LibraryAudience {
                name: a.name.to_string(),
                description: a.description.to_string(),
                needs: a.needs.to_string(),
            })
            .collect(),
        objectives: OBJECTIVES
            .iter()
            .filter(|(_, en, es)| !has(doc.objectives.iter().map(|x| &x.title), lang.pick(en, es)))
            .map(|&(kind, en, es)| {
                let (metric, unit) = kpi(kind, lang);
                LibraryObjective {
                    title: lang.pick(en, es).to_string(),
                    kind,
                    kpi_metric: metric.to_string(),
                    kpi_unit: unit.to_string(),
                }
            })
            .collect(),
        flows: flows(today, lang)
            .into_iter()
            .filter(|f| !has(doc.flows.iter().map(|x| &x.name), &f.name))
            .collect(),
    }
}
