//! A large workspace for benchmarks and stress tests: the sample
//! organization grown to 200 channels, 1,000 objectives and 300
//! internal-communication items (flows and information needs), with the
//! departments, campaigns, measurements and recommendations around them.
//! Deterministic: the same language always gives the same workspace, and it
//! passes the same validation as an import.

use chrono::{Duration, NaiveDate};

use crate::interchange::WorkspaceDoc;
use crate::lang::Lang;
use crate::model::{
    Cadence, Campaign, Channel, ChannelStatus, Decision, Department, Direction, FitScore, Flow,
    InfoNeed, InternalChannel, Measurement, Network, Objective, ObjectiveKind, ObjectiveStatus,
    RaciCell, RaciRole, Recommendation, Urgency,
};
use crate::sample;

pub const CHANNELS: usize = 200;
pub const OBJECTIVES: usize = 1000;
/// Flows plus information needs.
pub const INTERNAL_ITEMS: usize = 300;

fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default() + Duration::days(offset)
}

/// The large workspace, in `lang`.
pub fn workspace(lang: Lang) -> WorkspaceDoc {
    let base = sample::workspace(lang);
    let mut doc = WorkspaceDoc::new(base.profile.clone());
    doc.document = base.document.clone();
    doc.fit_criteria = base.fit_criteria.clone();
    doc.activities = base.activities.clone();
    doc.health_settings = base.health_settings.clone();
    let pick = |en: &str, es: &str| lang.pick(en, es).to_string();

    let areas = [
        ("Social media", "Redes sociales"),
        ("Communication", "Comunicación"),
        ("Citizen services", "Atención a la ciudadanía"),
        ("Editorial", "Editorial"),
        ("Employers", "Empresas"),
        ("Job matching", "Intermediación"),
        ("IT", "Informática"),
        ("Management", "Dirección"),
        ("Training", "Formación"),
        ("Legal", "Asesoría jurídica"),
        ("Human resources", "Recursos humanos"),
        ("Regional offices", "Oficinas comarcales"),
    ];
    doc.departments = areas
        .iter()
        .enumerate()
        .map(|(i, (en, es))| Department {
            id: i as i64 + 1,
            name: pick(en, es),
            head: format!("{} {}", pick("Head", "Jefatura"), i + 1),
            notes: String::new(),
        })
        .collect();
    let departments = doc.departments.len() as i64;
    let roles = [
        RaciRole::Responsible,
        RaciRole::Accountable,
        RaciRole::Consulted,
        RaciRole::Informed,
    ];
    for (a, activity) in doc.activities.iter().enumerate() {
        for d in 1..=departments {
            if (a as i64 + d) % 3 != 0 {
                doc.raci.push(RaciCell {
                    department_id: d,
                    activity_id: activity.id,
                    role: roles[(a + d as usize) % roles.len()],
                });
            }
        }
    }
    doc.audiences = base.audiences.clone();
    for a in &mut doc.audiences {
        a.channel_ids.clear();
    }

    let networks = Network::ALL;
    let statuses = [
        ChannelStatus::Active,
        ChannelStatus::Active,
        ChannelStatus::Planned,
        ChannelStatus::Considered,
        ChannelStatus::Paused,
        ChannelStatus::Rejected,
        ChannelStatus::Retired,
    ];
    for i in 0..CHANNELS {
        let network = networks[i % networks.len()];
        let status = statuses[i % statuses.len()];
        let mut channel = Channel::new(
            network,
            &format!(
                "{} {} {}",
                network.label(lang),
                pick("office", "oficina"),
                i + 1
            ),
            status,
        );
        channel.id = i as i64 + 1;
        channel.handle = format!("@valdoria_{}", i + 1);
        channel.purpose = pick(
            "Reach job seekers and employers of the area with offers, training and advice.",
            "Llegar a las personas que buscan empleo y a las empresas de la comarca con ofertas, formación y consejos.",
        );
        channel.tone = pick("Close and practical", "Cercano y práctico");
        channel.cadence = pick("Three posts a week", "Tres publicaciones por semana");
        channel.owner_department_id = Some((i as i64 % departments) + 1);
        channel.weekly_effort_hours = Some(if status.is_in_use() { 0.5 } else { 0.0 });
        if status == ChannelStatus::Rejected {
            channel.rejection_reason = pick(
                "Our audience is not there and we cannot moderate it.",
                "Nuestro público no está ahí y no podemos moderarlo.",
            );
        }
        channel.fit_scores = doc
            .fit_criteria
            .iter()
            .enumerate()
            .map(|(c, criterion)| FitScore {
                criterion_id: criterion.id,
                score: ((i + c * 2) % 6) as u8,
            })
            .collect();
        channel.audience_ids = Vec::new();
        doc.channels.push(channel);
    }

    let kinds = ObjectiveKind::ALL;
    let objective_statuses = [
        ObjectiveStatus::Active,
        ObjectiveStatus::Active,
        ObjectiveStatus::Draft,
        ObjectiveStatus::Achieved,
        ObjectiveStatus::Missed,
    ];
    for i in 0..OBJECTIVES {
        let kind = kinds[i % kinds.len()];
        let mut objective = Objective::new(
            &format!(
                "{} {}: {}",
                pick("Objective", "Objetivo"),
                i + 1,
                pick(
                    "grow qualified contacts",
                    "aumentar los contactos cualificados"
                )
            ),
            kind,
        );
        objective.id = i as i64 + 1;
        objective.description = pick(
            "Part of the yearly plan for the area's offices.",
            "Parte del plan anual de las oficinas de la comarca.",
        );
        objective.kpi_metric = pick(
            "Qualified contacts a month",
            "Contactos cualificados al mes",
        );
        objective.kpi_unit = pick("contacts", "contactos");
        objective.baseline = Some(100.0 + (i % 50) as f64);
        objective.target = Some(300.0 + (i % 70) as f64);
        objective.start = Some(day((i % 90) as i64));
        objective.deadline = Some(day(180 + (i % 180) as i64));
        objective.owner = pick("Community manager", "Community manager");
        objective.status = objective_statuses[i % objective_statuses.len()];
        objective.channel_ids = vec![(i % CHANNELS) as i64 + 1];
        objective.department_ids = vec![(i as i64 % departments) + 1];
        doc.objectives.push(objective);
    }
    let mut measurement_id = 1;
    for i in (0..OBJECTIVES).step_by(10) {
        for step in 0..6 {
            doc.measurements.push(Measurement {
                id: measurement_id,
                objective_id: i as i64 + 1,
                date: day(30 * step + 20),
                value: 100.0 + (i % 50) as f64 + 25.0 * step as f64,
                kind: crate::model::MeasurementKind::Value,
                note: String::new(),
            });
            measurement_id += 1;
        }
    }

    for i in 0..60 {
        let start = day(i * 6);
        doc.campaigns.push(Campaign {
            id: i + 1,
            name: format!("{} {}", pick("Campaign", "Campaña"), i + 1),
            description: pick(
                "Seasonal push for training courses.",
                "Impulso de temporada a los cursos de formación.",
            ),
            department_id: Some((i % departments) + 1),
            start: Some(start),
            end: Some(start + Duration::days(21)),
            affects_community: i % 2 == 0,
            cm_involved: i % 5 != 0,
            objective_ids: vec![i * 3 + 1],
            moderator: String::new(),
        });
    }

    let flows = 180;
    let directions = [
        Direction::CmToDepartment,
        Direction::DepartmentToCm,
        Direction::AllStaff,
    ];
    let channels = [
        InternalChannel::Meeting,
        InternalChannel::Email,
        InternalChannel::Chat,
        InternalChannel::Intranet,
        InternalChannel::Report,
    ];
    for i in 0..flows {
        let mut flow = Flow::new(
            &format!("{} {}", pick("Weekly update", "Informe semanal"), i + 1),
            directions[i % directions.len()],
            if i % 4 == 0 {
                Cadence::AsNeeded
            } else {
                Cadence::Weekly {
                    start: Some(day(i as i64 % 7)),
                    every_weeks: 1 + (i as u32 % 3),
                    until: None,
                }
            },
        );
        flow.id = i as i64 + 1;
        flow.department_ids = vec![(i as i64 % departments) + 1];
        flow.channel = channels[i % channels.len()];
        flow.owner = pick("Community manager", "Community manager");
        flow.feedback = pick(
            "Questions answered in the next meeting",
            "Dudas resueltas en la reunión siguiente",
        );
        doc.flows.push(flow);
    }
    let urgencies = Urgency::ALL;
    for i in 0..(INTERNAL_ITEMS - flows) {
        doc.info_needs.push(InfoNeed {
            id: i as i64 + 1,
            department_id: Some((i as i64 % departments) + 1),
            what: format!(
                "{} {}",
                pick(
                    "Changes to the service, item",
                    "Cambios en el servicio, punto"
                ),
                i + 1
            ),
            urgency: urgencies[i % urgencies.len()],
            flow_id: (i % 3 != 0).then_some((i % flows) as i64 + 1),
        });
    }

    let decisions = Decision::ALL;
    for i in 0..80 {
        let date = day(i * 4);
        let decision = decisions[i as usize % decisions.len()];
        doc.recommendations.push(Recommendation {
            id: i + 1,
            kind: crate::model::EntryKind::Recommendation,
            title: format!("{} {}", pick("Recommendation", "Recomendación"), i + 1),
            recipient: String::new(),
            department_id: Some((i % departments) + 1),
            date: Some(date),
            rationale: pick(
                "Answers to messages take too long on weekends.",
                "Las respuestas a los mensajes tardan demasiado los fines de semana.",
            ),
            decision,
            decision_date: (decision != Decision::Pending).then(|| date + Duration::days(10)),
            decision_rationale: String::new(),
            outcome: String::new(),
        });
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_workspace_has_the_promised_size_and_is_valid() {
        for lang in Lang::ALL {
            let doc = workspace(lang);
            assert_eq!(doc.channels.len(), CHANNELS);
            assert_eq!(doc.objectives.len(), OBJECTIVES);
            assert_eq!(doc.flows.len() + doc.info_needs.len(), INTERNAL_ITEMS);
            assert_eq!(doc.check().err(), None);
            let text = doc.to_json().unwrap_or_default();
            assert_eq!(WorkspaceDoc::from_json(&text).ok(), Some(doc));
        }
    }
}
