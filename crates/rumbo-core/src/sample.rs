//! The sample workspace: a regional public employment agency whose community
//! manager is building a strategy. It is what a newcomer sees first, so it is
//! realistic, coherent and shows every part of the product, in either
//! language. Timestamps are fixed so that it is the same every time.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::interchange::WorkspaceDoc;
use crate::lang::Lang;
use crate::model::{Channel, ChannelInput, ChannelStatus, Network, Profile};

/// Text in both languages; the sample picks one.
struct T(&'static str, &'static str);

impl T {
    fn get(&self, lang: Lang) -> String {
        lang.pick(self.0, self.1).to_string()
    }
}

fn at(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

/// The sample organization, in `lang`.
pub fn workspace(lang: Lang) -> WorkspaceDoc {
    WorkspaceDoc::new(profile(lang), channels(lang))
}

fn profile(lang: Lang) -> Profile {
    Profile {
        name: T("Valdoria Regional Employment Agency", "Agencia Regional de Empleo de Valdoria").get(lang),
        sector: T("Public administration — employment services", "Administración pública — servicios de empleo").get(lang),
        mission: T(
            "Help every person in Valdoria find decent work, and every local employer find the people it needs, through free guidance, training and job matching in our 14 offices and online.",
            "Ayudar a cada persona de Valdoria a encontrar un empleo digno, y a cada empleador local a encontrar a las personas que necesita, con orientación, formación e intermediación gratuitas en nuestras 14 oficinas y en línea.",
        )
        .get(lang),
        culture: T(
            "A public service that listens before it answers. Caseworkers know their towns by name; we share what works between offices and we admit what does not.",
            "Un servicio público que escucha antes de responder. El personal orientador conoce sus pueblos por su nombre; compartimos entre oficinas lo que funciona y reconocemos lo que no.",
        )
        .get(lang),
        values: T(
            "Closeness · Equal opportunity · Plain language · Accountability to citizens",
            "Cercanía · Igualdad de oportunidades · Lenguaje claro · Rendición de cuentas a la ciudadanía",
        )
        .get(lang),
        brand_voice: T(
            "Warm, direct and useful. We speak like a helpful neighbour, never like a form: short sentences, no acronyms, every post says what the reader can do next.",
            "Cálida, directa y útil. Hablamos como una vecina que ayuda, nunca como un formulario: frases cortas, sin siglas, y cada publicación dice qué puede hacer quien la lee.",
        )
        .get(lang),
        cm_name: "Lucía Ferrer".to_string(),
        cm_reports_to: T(
            "Head of Communication (with a dotted line to the Director of Services)",
            "Jefatura de Comunicación (con dependencia funcional de la Dirección de Servicios)",
        )
        .get(lang),
        languages: match lang {
            Lang::En => vec!["Spanish".into(), "English".into(), "Valdorian".into()],
            Lang::Es => vec!["Español".into(), "Inglés".into(), "Valdoriano".into()],
        },
        planning_start: NaiveDate::from_ymd_opt(2027, 1, 1),
        planning_end: NaiveDate::from_ymd_opt(2027, 12, 31),
    }
}

struct ChannelSeed {
    network: Network,
    name: T,
    handle: &'static str,
    status: ChannelStatus,
    purpose: T,
    tone: T,
    cadence: T,
    owner: T,
    hours: f64,
    rejection: T,
    notes: T,
}

const NONE: T = T("", "");

fn channels(lang: Lang) -> Vec<Channel> {
    let seeds = [
        ChannelSeed {
            network: Network::Linkedin,
            name: T(
                "LinkedIn — employers and professionals",
                "LinkedIn — empresas y profesionales",
            ),
            handle: "company/empleo-valdoria",
            status: ChannelStatus::Active,
            purpose: T(
                "Reach local employers: hiring incentives, job fairs, success stories of people placed.",
                "Llegar a las empresas locales: incentivos a la contratación, ferias de empleo, historias de personas contratadas.",
            ),
            tone: T("Professional, concrete", "Profesional, concreto"),
            cadence: T("3 posts a week", "3 publicaciones a la semana"),
            owner: T(
                "Lucía Ferrer (CM) with Business Services",
                "Lucía Ferrer (CM) con Servicios a Empresas",
            ),
            hours: 4.0,
            rejection: NONE,
            notes: T(
                "Best results with short videos of employers.",
                "Mejores resultados con vídeos cortos de empresas.",
            ),
        },
        ChannelSeed {
            network: Network::Instagram,
            name: T(
                "Instagram — young job seekers",
                "Instagram — jóvenes que buscan empleo",
            ),
            handle: "@empleovaldoria",
            status: ChannelStatus::Active,
            purpose: T(
                "Make guidance and training visible to people under 30; answer questions in comments and DMs.",
                "Dar visibilidad a la orientación y la formación entre menores de 30; responder dudas en comentarios y mensajes.",
            ),
            tone: T("Close, upbeat, plain", "Cercano, optimista, claro"),
            cadence: T(
                "4 posts and daily stories",
                "4 publicaciones y stories diarias",
            ),
            owner: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            hours: 6.0,
            rejection: NONE,
            notes: NONE,
        },
        ChannelSeed {
            network: Network::WhatsappChannel,
            name: T(
                "WhatsApp channel — job alerts",
                "Canal de WhatsApp — alertas de empleo",
            ),
            handle: "Empleo Valdoria",
            status: ChannelStatus::Planned,
            purpose: T(
                "Push new vacancies and course openings to people who do not use other networks.",
                "Enviar nuevas ofertas y cursos a quienes no usan otras redes.",
            ),
            tone: T("Brief, practical", "Breve, práctico"),
            cadence: T("Daily, weekdays", "Diario, días laborables"),
            owner: T("Job Matching team", "Equipo de Intermediación"),
            hours: 2.5,
            rejection: NONE,
            notes: T(
                "Launch after the spring job fair.",
                "Lanzamiento tras la feria de empleo de primavera.",
            ),
        },
        ChannelSeed {
            network: Network::Youtube,
            name: T("YouTube — how-to videos", "YouTube — vídeos tutoriales"),
            handle: "@EmpleoValdoria",
            status: ChannelStatus::Active,
            purpose: T(
                "Short tutorials: registering as a job seeker, writing a CV, online appointments.",
                "Tutoriales breves: inscribirse como demandante, preparar el currículum, cita previa en línea.",
            ),
            tone: T("Calm, step by step", "Sereno, paso a paso"),
            cadence: T("2 videos a month", "2 vídeos al mes"),
            owner: T("Editorial team", "Equipo editorial"),
            hours: 3.0,
            rejection: NONE,
            notes: NONE,
        },
        ChannelSeed {
            network: Network::Facebook,
            name: T(
                "Facebook — towns and families",
                "Facebook — pueblos y familias",
            ),
            handle: "EmpleoValdoria",
            status: ChannelStatus::Paused,
            purpose: T(
                "Local office news for rural towns; paused while we decide whether it still reaches anyone.",
                "Noticias de las oficinas para los pueblos; en pausa mientras decidimos si aún llega a alguien.",
            ),
            tone: T("Neighbourly", "Vecinal"),
            cadence: T("Paused", "En pausa"),
            owner: T("Office network", "Red de oficinas"),
            hours: 1.0,
            rejection: NONE,
            notes: NONE,
        },
        ChannelSeed {
            network: Network::Newsletter,
            name: T("Employers' newsletter", "Boletín para empresas"),
            handle: "empresas@empleo.valdoria.example",
            status: ChannelStatus::Active,
            purpose: T(
                "Monthly digest of incentives, calls and candidate pools for registered employers.",
                "Resumen mensual de incentivos, convocatorias y bolsas de candidaturas para empresas inscritas.",
            ),
            tone: T("Informative", "Informativo"),
            cadence: T("Monthly", "Mensual"),
            owner: T("Business Services", "Servicios a Empresas"),
            hours: 2.0,
            rejection: NONE,
            notes: NONE,
        },
        ChannelSeed {
            network: Network::Tiktok,
            name: T("TikTok", "TikTok"),
            handle: "",
            status: ChannelStatus::Rejected,
            purpose: T(
                "Proposed by Management to “be where young people are”.",
                "Propuesto por Dirección para «estar donde están los jóvenes».",
            ),
            tone: NONE,
            cadence: NONE,
            owner: NONE,
            hours: 0.0,
            rejection: T(
                "Presence alone is not an objective: without a video team we could not sustain it, and Instagram already reaches the same audience with a measurable goal.",
                "La presencia no es un objetivo: sin equipo de vídeo no podríamos mantenerlo, e Instagram ya llega al mismo público con una meta medible.",
            ),
            notes: NONE,
        },
        ChannelSeed {
            network: Network::Bluesky,
            name: T("Bluesky", "Bluesky"),
            handle: "",
            status: ChannelStatus::Considered,
            purpose: T(
                "Watch whether journalists and local institutions move there.",
                "Observar si periodistas e instituciones locales se trasladan allí.",
            ),
            tone: NONE,
            cadence: NONE,
            owner: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            hours: 0.0,
            rejection: NONE,
            notes: NONE,
        },
        ChannelSeed {
            network: Network::X,
            name: T("X — press and institutions", "X — prensa e instituciones"),
            handle: "@EmpleoValdoria",
            status: ChannelStatus::Retired,
            purpose: T(
                "Was used for press releases; retired in 2026 when engagement fell below one reply a week.",
                "Se usaba para notas de prensa; retirado en 2026 cuando la interacción bajó de una respuesta por semana.",
            ),
            tone: NONE,
            cadence: NONE,
            owner: T("Press office", "Gabinete de prensa"),
            hours: 0.0,
            rejection: NONE,
            notes: NONE,
        },
    ];
    seeds
        .into_iter()
        .enumerate()
        .map(|(index, seed)| {
            let input = ChannelInput {
                network: seed.network,
                name: seed.name.get(lang),
                handle: seed.handle.to_string(),
                status: seed.status,
                purpose: seed.purpose.get(lang),
                tone: seed.tone.get(lang),
                cadence: seed.cadence.get(lang),
                owner: seed.owner.get(lang),
                weekly_effort_hours: seed.hours,
                rejection_reason: seed.rejection.get(lang),
                notes: seed.notes.get(lang),
            };
            let day = u32::try_from(index).unwrap_or(0) + 1;
            let id = i64::try_from(index).unwrap_or(0) + 1;
            Channel::from_input(id, input, at(9, day), at(10, day + 3))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_valid_in_both_languages_and_covers_every_status() {
        for lang in Lang::ALL {
            let doc = workspace(lang);
            assert!(doc.profile.clone().validated().is_ok());
            for channel in &doc.channels {
                assert!(channel.input().validated().is_ok(), "{}", channel.name);
            }
            for status in ChannelStatus::ALL {
                assert!(
                    doc.channels.iter().any(|c| c.status == status),
                    "{status:?} missing"
                );
            }
        }
        assert_ne!(
            workspace(Lang::En).profile.name,
            workspace(Lang::Es).profile.name
        );
    }
}
