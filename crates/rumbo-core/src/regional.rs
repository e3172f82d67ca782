//! A regional government's registry: 30 accounts in 10 departments, each
//! with its account manager, the central coordinator, an editorial line,
//! service levels, a budget and the account procedure. What a real
//! registry looks like, to check that the document lays it out well (long
//! department names, long handles, every lifecycle status, unknown facts)
//! — `rumbo sample --size accounts`. Deterministic, and valid as an import.

use chrono::NaiveDate;

use crate::interchange::WorkspaceDoc;
use crate::lang::Lang;
use crate::model::{
    Account, Answers, BudgetCategory, BudgetLine, BudgetPeriod, Channel, ChannelStatus, Department,
    Duty, Monitoring, Network, Person, Pillar, PillarShare, Profile, ResponseUnit, ServiceLevel,
    StyleGuide, Weekday,
};
use crate::sample;

pub const ACCOUNTS: usize = 30;
pub const DEPARTMENTS: usize = 10;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The regional government's workspace, in `lang`.
pub fn workspace(lang: Lang) -> WorkspaceDoc {
    let pick = |en: &str, es: &str| lang.pick(en, es).to_string();
    let mut doc = WorkspaceDoc::new(Profile {
        name: pick(
            "Regional Government of Valdoria",
            "Gobierno Regional de Valdoria",
        ),
        sector: pick(
            "Public administration — regional government",
            "Administración pública — gobierno regional",
        ),
        mission: pick(
            "Serve the people of Valdoria with public services that are close, open and accountable.",
            "Servir a la ciudadanía de Valdoria con servicios públicos cercanos, abiertos y que rinden cuentas.",
        ),
        culture: pick(
            "An administration that explains itself.",
            "Una administración que se explica.",
        ),
        values: pick(
            "Transparency · Closeness · Plain language",
            "Transparencia · Cercanía · Lenguaje claro",
        ),
        brand_voice: pick(
            "Institutional but close; never partisan.",
            "Institucional pero cercana; nunca partidista.",
        ),
        name_in_sentence: pick("the Regional Government", "el Gobierno Regional"),
        name_gender: Some(crate::model::Gender::Masculine),
        cm_name: "Irene Casals".into(),
        cm_title: String::new(),
        cm_title_gender: Some(crate::model::Gender::Feminine),
        cm_reports_to: pick(
            "Directorate-General for Communication",
            "Dirección General de Comunicación",
        ),
        languages: vec![pick("Spanish", "Español"), pick("Valdorian", "Valdoriano")],
        planning_start: Some(day(2027, 1, 1)),
        planning_end: Some(day(2027, 12, 31)),
    });
    doc.document = crate::model::DocumentSettings::in_language(lang);
    doc.fit_criteria = sample::workspace(lang).fit_criteria;
    let departments = [
        (
            "Presidency and Directorate-General for Communication",
            "Presidencia y Dirección General de Comunicación",
            "presidencia",
        ),
        (
            "Health and Public Health Emergencies",
            "Sanidad y Emergencias de Salud Pública",
            "salud",
        ),
        (
            "Education, Universities and Vocational Training",
            "Educación, Universidades y Formación Profesional",
            "educacion",
        ),
        (
            "Employment and Social Economy",
            "Empleo y Economía Social",
            "empleo",
        ),
        ("Tourism", "Turismo", "turismo"),
        (
            "Culture, Heritage and Regional Languages",
            "Cultura, Patrimonio y Lenguas Regionales",
            "cultura",
        ),
        (
            "Environment and Climate Action",
            "Medio Ambiente y Acción Climática",
            "medioambiente",
        ),
        (
            "Transport and Mobility",
            "Transporte y Movilidad",
            "movilidad",
        ),
        (
            "Social Services and Equality",
            "Servicios Sociales e Igualdad",
            "igualdad",
        ),
        (
            "Civil Protection and Emergencies (112)",
            "Protección Civil y Emergencias (112)",
            "emergencias112",
        ),
    ];
    doc.departments = departments
        .iter()
        .zip(1..)
        .map(|((en, es, _), id)| Department {
            id,
            ..Department::new(lang.pick(en, es))
        })
        .collect();
    // The coordinator in Presidency, an account manager in each department.
    let first_names = [
        "Irene Casals",
        "Rubén Otero",
        "Nuria Fábregas",
        "Óscar Llorente",
        "Lidia Segarra",
        "Marc Albiol",
        "Teresa Quintana",
        "Iñaki Goikoetxea",
        "Paula Ventura",
        "Jordi Esteve",
    ];
    doc.people = first_names
        .iter()
        .zip(1..)
        .map(|(name, id)| Person {
            id,
            role: if id == 1 {
                pick("Social media coordinator", "Coordinadora de redes sociales")
            } else {
                pick(
                    "Department account manager",
                    "Responsable de las cuentas del departamento",
                )
            },
            department_id: Some(id),
            weekly_hours: match id {
                1 => Some(30.0),
                4 | 9 => None,
                n => Some(4.0 + (n % 4) as f64 * 2.0),
            },
            ..Person::new(
                name,
                if id == 1 {
                    Duty::Coordinator
                } else {
                    Duty::AccountManager
                },
            )
        })
        .collect();
    doc.people.push(Person {
        id: 11,
        role: pick(
            "Head of digital communication",
            "Jefe de comunicación digital",
        ),
        department_id: Some(1),
        ..Person::new("Álvaro Miralles-Beltrán", Duty::Administrator)
    });

    let networks = [
        Network::X,
        Network::Instagram,
        Network::Facebook,
        Network::Youtube,
        Network::Linkedin,
        Network::Tiktok,
        Network::Bluesky,
        Network::WhatsappChannel,
        Network::Telegram,
        Network::Newsletter,
    ];
    let statuses = [
        ChannelStatus::Active,
        ChannelStatus::Active,
        ChannelStatus::Active,
        ChannelStatus::UnderReview,
        ChannelStatus::Active,
        ChannelStatus::Planned,
        ChannelStatus::Requested,
        ChannelStatus::Paused,
        ChannelStatus::Dormant,
        ChannelStatus::Retired,
    ];
    for i in 0..ACCOUNTS {
        let department = (i % DEPARTMENTS) as i64 + 1;
        let (en, es, slug) = departments[i % DEPARTMENTS];
        let network = networks[(i * 3 + i / DEPARTMENTS) % networks.len()];
        let status = statuses[(i * 7) % statuses.len()];
        let area = lang.pick(en, es);
        let mut channel = Channel::new(
            network,
            &format!("{} — {area}", network.label(lang)),
            status,
        );
        channel.id = i as i64 + 1;
        channel.handle = match network {
            Network::Linkedin => format!("company/gobierno-de-valdoria-{slug}"),
            Network::Newsletter => format!("boletin.{slug}@valdoria.example"),
            Network::Youtube => format!("@GobiernoValdoria{}", capitalized(slug)),
            Network::Bluesky => format!("@{slug}.valdoria.example"),
            _ => format!("@Valdoria{}", capitalized(slug)),
        };
        channel.owner_department_id = Some(department);
        channel.purpose = pick(
            "Inform the public about the department's services and answer their questions.",
            "Informar a la ciudadanía de los servicios del departamento y responder a sus preguntas.",
        );
        channel.weekly_effort_hours = Some(if status.is_in_use() {
            2.0 + (i % 3) as f64
        } else {
            0.0
        });
        let manager = department;
        channel.account = Account {
            url: format!("https://{}.example/{}", network.as_str(), slug),
            manager_id: Some(manager),
            admin_ids: if i % 4 == 0 {
                vec![manager]
            } else {
                vec![1, manager]
                    .into_iter()
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect()
            },
            two_factor: match i % 5 {
                0 => Some(false),
                1 => None,
                _ => Some(true),
            },
            credentials_custodian: if i % 2 == 0 {
                pick(
                    "Directorate-General for Communication (password manager)",
                    "Dirección General de Comunicación (gestor de contraseñas)",
                )
            } else {
                pick(
                    "Department IT unit",
                    "Unidad de informática del departamento",
                )
            },
            last_access_review: (i % 6 != 0)
                .then(|| day(2025 + (i % 2) as i32, 1 + (i % 12) as u32, 10)),
            opened_on: status.is_open().then(|| day(2015 + (i % 10) as i32, 3, 1)),
            requested_on: matches!(status, ChannelStatus::Requested | ChannelStatus::Planned)
                .then(|| day(2026, 10, 1 + (i % 20) as u32)),
            requested_by: if matches!(status, ChannelStatus::Requested | ChannelStatus::Planned) {
                first_names[i % DEPARTMENTS].to_string()
            } else {
                String::new()
            },
            approved_on: (status == ChannelStatus::Planned).then(|| day(2026, 11, 20)),
            approved_by: if status == ChannelStatus::Planned {
                "Irene Casals".into()
            } else {
                String::new()
            },
            closed_on: (status == ChannelStatus::Retired).then(|| day(2026, 6, 30)),
            closed_by: if status == ChannelStatus::Retired {
                "Irene Casals".into()
            } else {
                String::new()
            },
            content_after_closing: if status == ChannelStatus::Retired {
                pick(
                    "Archive downloaded and kept; the profile points to the main account.",
                    "Archivo descargado y conservado; el perfil remite a la cuenta principal.",
                )
            } else {
                String::new()
            },
            for_event: i == 17,
            ends_on: (i == 17).then(|| day(2027, 9, 30)),
            closing_plan: if i == 17 {
                pick(
                    "Closed a month after the festival; its followers are pointed to the Culture account.",
                    "Se cierra un mes después del festival; se remite a sus seguidores a la cuenta de Cultura.",
                )
            } else {
                String::new()
            },
            answers: Answers {
                objectives: pick(
                    "Inform and answer about the department's services.",
                    "Informar y responder sobre los servicios del departamento.",
                ),
                audience: pick(
                    "The people who use the department's services.",
                    "Las personas usuarias de los servicios del departamento.",
                ),
                resources: if i % 9 == 4 {
                    String::new()
                } else {
                    pick(
                        "Its account manager, with the coordinator as second administrator.",
                        "Su responsable, con la coordinadora como segunda administradora.",
                    )
                },
                content: pick(
                    "Services, deadlines, news and answers.",
                    "Servicios, plazos, novedades y respuestas.",
                ),
            },
        };
        doc.channels.push(channel);
    }
    let live: Vec<i64> = doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use())
        .map(|c| c.id)
        .collect();
    doc.pillars = [
        (
            "Public services and procedures",
            "Servicios y trámites",
            50.0,
        ),
        ("Government decisions", "Decisiones de gobierno", 20.0),
        (
            "Participation and open government",
            "Participación y gobierno abierto",
            15.0,
        ),
        (
            "Emergencies and public safety",
            "Emergencias y seguridad",
            15.0,
        ),
    ]
    .iter()
    .zip(1..)
    .map(|((en, es, share), id)| Pillar {
        id,
        name: pick(en, es),
        purpose: String::new(),
        examples: String::new(),
        objective_ids: Vec::new(),
        shares: live
            .iter()
            .filter(|c| id != 4 || **c % 10 == 0)
            .map(|c| PillarShare {
                channel_id: *c,
                percent: Some(*share),
            })
            .collect(),
    })
    .collect();
    doc.style_guides = vec![StyleGuide {
        id: 1,
        name: pick(
            "Style of every institutional account",
            "Estilo de todas las cuentas institucionales",
        ),
        channel_ids: live.clone(),
        register: Some(crate::model::Register::Formal),
        accessibility: pick(
            "Alternative text on every image; captions; CamelCase hashtags.",
            "Texto alternativo en cada imagen; subtítulos; etiquetas en CamelCase.",
        ),
        ..StyleGuide::new("")
    }];
    doc.service_levels = vec![ServiceLevel {
        id: 1,
        name: pick(
            "Citizen information hours",
            "Horario de información a la ciudadanía",
        ),
        channel_ids: live.clone(),
        days: vec![
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ],
        opens: Some("09:00".into()),
        closes: Some("14:00".into()),
        response_time: Some(2.0),
        response_unit: ResponseUnit::WorkingDays,
        monitoring: Some(Monitoring::Daily),
        ..ServiceLevel::new("")
    }];
    doc.budget_lines = vec![
        BudgetLine {
            id: 1,
            amount: Some(12000.0),
            currency: "€".into(),
            period: BudgetPeriod::Year,
            ..BudgetLine::new(
                &pick(
                    "Institutional campaigns: paid promotion",
                    "Campañas institucionales: promoción pagada",
                ),
                BudgetCategory::PaidPromotion,
            )
        },
        BudgetLine {
            id: 2,
            amount: Some(350.0),
            currency: "€".into(),
            period: BudgetPeriod::Month,
            ..BudgetLine::new(
                &pick(
                    "Social media management suite (30 seats)",
                    "Herramienta de gestión de redes (30 licencias)",
                ),
                BudgetCategory::Tools,
            )
        },
    ];
    doc.procedure_steps = sample::workspace(lang).procedure_steps;
    doc
}

fn capitalized(slug: &str) -> String {
    let mut chars = slug.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_regional_registry_is_valid_with_thirty_accounts_in_ten_departments() {
        for lang in Lang::ALL {
            let doc = workspace(lang);
            assert_eq!(doc.check(), Ok(()), "{lang:?}");
            assert_eq!(doc.channels.len(), ACCOUNTS);
            let departments: std::collections::BTreeSet<_> = doc
                .channels
                .iter()
                .filter_map(|c| c.owner_department_id)
                .collect();
            assert_eq!(departments.len(), DEPARTMENTS);
            for status in ChannelStatus::ALL
                .iter()
                .filter(|s| !matches!(s, ChannelStatus::Considered | ChannelStatus::Rejected))
            {
                assert!(
                    doc.channels.iter().any(|c| c.status == *status),
                    "{status:?}"
                );
            }
        }
    }
}
