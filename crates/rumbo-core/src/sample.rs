//! The sample workspace: a regional public employment agency whose community
//! manager is building a strategy. It is what a newcomer sees first, so it is
//! realistic and coherent, shows every part of the product, and gives the
//! health check something true to say — in either language.

use chrono::{Datelike, NaiveDate};

use crate::defaults;
use crate::interchange::WorkspaceDoc;
use crate::lang::Lang;
use crate::model::{
    Account, Activity, Answers, Audience, BudgetCategory, BudgetLine, BudgetPeriod, Cadence,
    Campaign, Channel, ChannelStatus, Decision, Department, Direction, Duty, EntryKind, FitScore,
    Flow, Gender, InfoNeed, InternalChannel, Measurement, Monitoring, Network, Objective,
    ObjectiveKind, ObjectiveStatus, Person, Phase, Pillar, PillarShare, ProcedureStep, Profile,
    RaciCell, RaciRole, Recommendation, Register, ResponseUnit, ServiceLevel, StyleGuide, Urgency,
    Weekday,
};
use crate::model::{
    CrisisLevel, CrisisPlan, HoldingStatement, ModerationAction, ModerationRule, PauseStep,
    PauseWhat, Policy, PolicyKind, PolicyStatus, Protocol, ProtocolKind, ProtocolStep,
};
use crate::starters;

/// Text in both languages; the sample picks one.
#[derive(Clone, Copy)]
struct T(&'static str, &'static str);

impl T {
    fn get(self, lang: Lang) -> String {
        lang.pick(self.0, self.1).to_string()
    }
}

const NONE: T = T("", "");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

// Department ids.
const SOCIAL: i64 = 1;
const COMMS: i64 = 2;
const CITIZEN: i64 = 3;
const EDITORIAL: i64 = 4;
const BUSINESS: i64 = 5;
const MATCHING: i64 = 6;
const IT: i64 = 7;
const MANAGEMENT: i64 = 8;

// Channel ids.
const LINKEDIN: i64 = 1;
const INSTAGRAM: i64 = 2;
const WHATSAPP: i64 = 3;
const YOUTUBE: i64 = 4;
const FACEBOOK: i64 = 5;
const NEWSLETTER: i64 = 6;
const TIKTOK: i64 = 7;
const BLUESKY: i64 = 8;
const X: i64 = 9;
const PODCAST: i64 = 10;
const FACEBOOK_OLD: i64 = 11;
const LINKEDIN_SHOWCASE: i64 = 12;
const FAIR: i64 = 13;

// People ids.
const LUCIA: i64 = 1;
const ANDRES: i64 = 2;
const MARTA: i64 = 3;
const CARMEN: i64 = 4;
const TOMAS: i64 = 5;
const JAVIER: i64 = 6;
const ROSA: i64 = 7;

/// The sample organization, in `lang`.
pub fn workspace(lang: Lang) -> WorkspaceDoc {
    let mut doc = WorkspaceDoc::new(profile(lang));
    doc.departments = departments(lang);
    doc.activities = defaults::activities(lang);
    doc.raci = raci(&doc.activities);
    doc.fit_criteria = defaults::fit_criteria(lang);
    doc.audiences = audiences(lang);
    doc.channels = channels(lang);
    for channel in &mut doc.channels {
        channel.audience_ids = doc
            .audiences
            .iter()
            .filter(|a| a.channel_ids.contains(&channel.id))
            .map(|a| a.id)
            .collect();
    }
    doc.objectives = objectives(lang);
    // -- channels as they run --
    doc.people = people(lang);
    for channel in &mut doc.channels {
        channel.account = account(channel.id, lang);
    }
    doc.pillars = pillars(lang);
    doc.style_guides = style_guides(lang);
    doc.service_levels = service_levels(lang);
    doc.budget_lines = budget_lines(lang);
    doc.procedure_steps = procedure_steps(lang);
    // --
    doc.measurements = measurements();
    doc.campaigns = campaigns(lang);
    doc.flows = flows(lang);
    doc.document = crate::model::DocumentSettings::in_language(lang);
    doc.info_needs = info_needs(lang);
    doc.recommendations = recommendations(lang);
    doc.holidays = holidays(&doc.profile, lang);
    // The rules people meet: who moderates, policies, the moderation
    // matrix, protocols and the crisis playbook.
    moderators(&mut doc, lang);
    doc.policies = policies(lang, &doc.profile.name);
    doc.moderation_rules = moderation_rules(lang);
    doc.protocols = protocols(lang);
    doc.crisis_levels = crisis_levels(lang);
    doc.pause_steps = pause_steps(lang);
    doc.crisis = crisis_plan(lang);
    // Linked ids in ascending order, as a workspace stores and exports them.
    for a in &mut doc.audiences {
        a.channel_ids.sort_unstable();
    }
    for o in &mut doc.objectives {
        o.channel_ids.sort_unstable();
        o.department_ids.sort_unstable();
    }
    for c in &mut doc.campaigns {
        c.objective_ids.sort_unstable();
    }
    doc
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
        name_in_sentence: T("the Agency", "la Agencia").get(lang),
        name_gender: Some(Gender::Feminine),
        cm_name: "Lucía Ferrer".to_string(),
        cm_title: String::new(),
        cm_title_gender: Some(Gender::Feminine),
        cm_reports_to: T(
            "Head of Communication (with a dotted line to the Director of Services)",
            "Jefatura de Comunicación (con dependencia funcional de la Dirección de Servicios)",
        )
        .get(lang),
        languages: match lang {
            Lang::En => vec!["Spanish".into(), "English".into(), "Valdorian".into()],
            Lang::Es => vec!["Español".into(), "Inglés".into(), "Valdoriano".into()],
        },
        planning_start: Some(day(2026, 3, 1)),
        planning_end: Some(day(2027, 2, 28)),
    }
}

fn departments(lang: Lang) -> Vec<Department> {
    [
        (
            SOCIAL,
            T("Social media", "Redes sociales"),
            "Lucía Ferrer · lucia.ferrer@empleo.valdoria.example",
            T("The CM's home team.", "El equipo de la CM."),
        ),
        (
            COMMS,
            T("Communication & Marketing", "Comunicación y Marketing"),
            "Andrés Molina · ext. 2101",
            T(
                "Press, campaigns and the brand.",
                "Prensa, campañas y marca.",
            ),
        ),
        (
            CITIZEN,
            T("Citizen service", "Atención a la ciudadanía"),
            "Rosa Iglesias · ext. 2210",
            T(
                "Phones, offices and the contact form.",
                "Teléfono, oficinas y formulario de contacto.",
            ),
        ),
        (
            EDITORIAL,
            T(
                "Editorial (blog and newsletters)",
                "Editorial (blog y boletines)",
            ),
            "Marta Sanz · ext. 2150",
            NONE,
        ),
        (
            BUSINESS,
            T("Business Services", "Servicios a Empresas"),
            "Javier Ortega · ext. 2305",
            T(
                "Employers, incentives and job fairs.",
                "Empresas, incentivos y ferias de empleo.",
            ),
        ),
        (
            MATCHING,
            T("Job Matching", "Intermediación"),
            "Carmen Ruiz · ext. 2402",
            T("Vacancies and candidates.", "Ofertas y candidaturas."),
        ),
        (
            IT,
            T("IT", "Informática"),
            "Pablo Núñez · ext. 2600",
            T(
                "Runs the online appointment system.",
                "Gestiona la cita previa en línea.",
            ),
        ),
        (
            MANAGEMENT,
            T("Management", "Dirección"),
            "Elena Vidal · ext. 2001",
            NONE,
        ),
    ]
    .into_iter()
    .map(|(id, name, head, notes)| Department {
        id,
        name: name.get(lang),
        head: head.to_string(),
        notes: notes.get(lang),
    })
    .collect()
}

fn raci(activities: &[Activity]) -> Vec<RaciCell> {
    use RaciRole::{Accountable as A, Consulted as C, Informed as I, Responsible as R};
    // Activities: publishing, campaigns, replies, newsletters, crisis, reporting.
    let grid: [(i64, [Option<RaciRole>; 6]); 8] = [
        (SOCIAL, [Some(A), Some(R), Some(R), None, Some(R), Some(R)]),
        (COMMS, [Some(C), Some(C), None, Some(C), Some(R), Some(I)]),
        (CITIZEN, [None, None, Some(C), None, Some(C), Some(I)]),
        (EDITORIAL, [Some(C), Some(I), None, Some(R), None, None]),
        (BUSINESS, [Some(I), Some(C), None, Some(C), None, Some(I)]),
        (MATCHING, [Some(I), Some(C), Some(C), None, None, None]),
        (IT, [None, None, None, None, Some(I), None]),
        (MANAGEMENT, [None, Some(I), None, None, Some(I), Some(I)]),
    ];
    grid.iter()
        .flat_map(|(department_id, roles)| {
            roles
                .iter()
                .zip(activities)
                .filter_map(move |(role, activity)| {
                    role.map(|role| RaciCell {
                        department_id: *department_id,
                        activity_id: activity.id,
                        role,
                    })
                })
        })
        .collect()
}

fn audiences(lang: Lang) -> Vec<Audience> {
    [
        (
            T("Young job seekers (18–30)", "Jóvenes que buscan empleo (18–30)"),
            T("First job or back after studies; many never set foot in an office.", "Primer empleo o vuelta tras los estudios; muchos nunca han pisado una oficina."),
            T("Quick answers, courses that lead to work, vacancies near home.", "Respuestas rápidas, cursos que llevan a un empleo, ofertas cerca de casa."),
            T("Instagram and WhatsApp every day; YouTube for how-tos.", "Instagram y WhatsApp a diario; YouTube para tutoriales."),
            vec![INSTAGRAM, WHATSAPP, YOUTUBE],
        ),
        (
            T("Job seekers over 45", "Demandantes mayores de 45 años"),
            T("Long careers, often in sectors that shrank; some are long-term unemployed.", "Trayectorias largas, a menudo en sectores en declive; algunos en paro de larga duración."),
            T("Retraining, recognition of experience, help with digital procedures.", "Reciclaje, reconocimiento de la experiencia, ayuda con los trámites digitales."),
            T("Facebook groups of their town, WhatsApp, the local office.", "Grupos de Facebook de su pueblo, WhatsApp, la oficina local."),
            vec![FACEBOOK, WHATSAPP, YOUTUBE],
        ),
        (
            T("Local employers (SMEs)", "Empresas locales (pymes)"),
            T("Owners and HR staff of small firms that hire one or two people a year.", "Propietarios y personal de RR. HH. de pequeñas empresas que contratan a una o dos personas al año."),
            T("Candidates quickly, clear incentives, little paperwork.", "Candidaturas rápidas, incentivos claros, poco papeleo."),
            T("LinkedIn, email, business associations.", "LinkedIn, correo electrónico, asociaciones empresariales."),
            vec![LINKEDIN, NEWSLETTER],
        ),
        (
            T("Journalists and local institutions", "Periodistas e instituciones locales"),
            T("Regional press, town councils, unions and NGOs.", "Prensa regional, ayuntamientos, sindicatos y ONG."),
            T("Data, spokespeople, early notice of programmes.", "Datos, portavoces y aviso previo de los programas."),
            T("Press releases by email; some moving from X to Bluesky.", "Notas de prensa por correo; algunos pasan de X a Bluesky."),
            vec![X, BLUESKY],
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((name, description, needs, whereabouts, channel_ids), id)| Audience {
        id,
        name: name.get(lang),
        description: description.get(lang),
        needs: needs.get(lang),
        whereabouts: whereabouts.get(lang),
        channel_ids,
    })
    .collect()
}

struct ChannelSeed {
    id: i64,
    network: Network,
    name: T,
    handle: &'static str,
    status: ChannelStatus,
    purpose: T,
    tone: T,
    cadence: T,
    owner: T,
    department: Option<i64>,
    hours: f64,
    rejection: T,
    /// Audience presence, objectives, format, voice, resources.
    scores: [u8; 5],
}

fn channels(lang: Lang) -> Vec<Channel> {
    let seeds = [
        ChannelSeed {
            id: LINKEDIN,
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
            owner: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            department: Some(BUSINESS),
            hours: 4.0,
            rejection: NONE,
            scores: [5, 5, 4, 4, 4],
        },
        ChannelSeed {
            id: INSTAGRAM,
            network: Network::Instagram,
            name: T(
                "Instagram — young job seekers",
                "Instagram — jóvenes que buscan empleo",
            ),
            handle: "@empleovaldoria",
            status: ChannelStatus::Active,
            purpose: T(
                "Make guidance and training visible to people under 30; answer questions in comments and messages.",
                "Dar visibilidad a la orientación y la formación entre menores de 30; responder dudas en comentarios y mensajes.",
            ),
            tone: T("Close, upbeat, plain", "Cercano, optimista, claro"),
            cadence: T(
                "4 posts and daily stories",
                "4 publicaciones y stories diarias",
            ),
            owner: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            department: Some(SOCIAL),
            hours: 7.0,
            rejection: NONE,
            scores: [5, 4, 4, 4, 3],
        },
        ChannelSeed {
            id: WHATSAPP,
            network: Network::WhatsappChannel,
            name: T(
                "WhatsApp channel — job alerts",
                "Canal de WhatsApp — alertas de empleo",
            ),
            handle: "Empleo Valdoria",
            status: ChannelStatus::Planned,
            purpose: T(
                "Push new vacancies and course openings to people who use no other network.",
                "Enviar nuevas ofertas y cursos a quienes no usan otras redes.",
            ),
            tone: T("Brief, practical", "Breve, práctico"),
            cadence: T("Daily, weekdays", "Diario, días laborables"),
            owner: T("Job Matching team", "Equipo de Intermediación"),
            department: Some(MATCHING),
            hours: 3.5,
            rejection: NONE,
            scores: [4, 4, 3, 4, 4],
        },
        ChannelSeed {
            id: YOUTUBE,
            network: Network::Youtube,
            name: T("YouTube — how-to videos", "YouTube — vídeos tutoriales"),
            handle: "@EmpleoValdoria",
            status: ChannelStatus::UnderReview,
            purpose: T(
                "Short tutorials: registering as a job seeker, writing a CV, booking an appointment online.",
                "Tutoriales breves: inscribirse como demandante, preparar el currículum, pedir cita previa en línea.",
            ),
            tone: T("Calm, step by step", "Sereno, paso a paso"),
            cadence: T("2 videos a month", "2 vídeos al mes"),
            owner: T("Editorial team", "Equipo editorial"),
            department: Some(EDITORIAL),
            hours: 4.0,
            rejection: NONE,
            scores: [3, 4, 4, 4, 2],
        },
        ChannelSeed {
            id: FACEBOOK,
            network: Network::Facebook,
            name: T(
                "Facebook — towns and families",
                "Facebook — pueblos y familias",
            ),
            handle: "EmpleoValdoria",
            status: ChannelStatus::Active,
            purpose: T(
                "Local office news for rural towns. Reach keeps falling; kept because Management asked for it.",
                "Noticias de las oficinas para los pueblos. El alcance no deja de caer; se mantiene porque lo pidió Dirección.",
            ),
            tone: T("Neighbourly", "Vecinal"),
            cadence: T("3 posts a week", "3 publicaciones a la semana"),
            owner: T("Office network", "Red de oficinas"),
            department: Some(CITIZEN),
            hours: 3.0,
            rejection: NONE,
            scores: [2, 2, 2, 3, 1],
        },
        ChannelSeed {
            id: NEWSLETTER,
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
            owner: T("Marta Sanz (Editorial)", "Marta Sanz (Editorial)"),
            department: Some(EDITORIAL),
            hours: 2.0,
            rejection: NONE,
            scores: [4, 5, 4, 5, 4],
        },
        ChannelSeed {
            id: TIKTOK,
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
            department: None,
            hours: 0.0,
            rejection: T(
                "Presence alone is not an objective: without a video team we could not sustain it, and Instagram already reaches the same audience with a measurable goal.",
                "La presencia no es un objetivo: sin equipo de vídeo no podríamos mantenerlo, e Instagram ya llega al mismo público con una meta medible.",
            ),
            scores: [4, 2, 2, 2, 0],
        },
        ChannelSeed {
            id: BLUESKY,
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
            department: Some(COMMS),
            hours: 0.0,
            rejection: NONE,
            scores: [1, 2, 3, 3, 3],
        },
        ChannelSeed {
            id: X,
            network: Network::X,
            name: T("X — press and institutions", "X — prensa e instituciones"),
            handle: "@EmpleoValdoria",
            status: ChannelStatus::Retired,
            purpose: T(
                "Was used for press releases; retired in March 2026 when replies fell below one a week.",
                "Se usaba para notas de prensa; retirado en marzo de 2026 cuando las respuestas bajaron de una por semana.",
            ),
            tone: NONE,
            cadence: NONE,
            owner: T("Press office", "Gabinete de prensa"),
            department: Some(COMMS),
            hours: 0.0,
            rejection: NONE,
            scores: [1, 1, 2, 2, 1],
        },
        ChannelSeed {
            id: PODCAST,
            network: Network::Podcast,
            name: T(
                "Podcast — “Work in ten minutes”",
                "Pódcast — «Empleo en diez minutos»",
            ),
            handle: "",
            status: ChannelStatus::Paused,
            purpose: T(
                "Interviews with people who found work and with local employers. Paused after the first season: nobody has the hours to edit it.",
                "Entrevistas con personas que encontraron empleo y con empresas locales. En pausa tras la primera temporada: nadie tiene horas para editarlo.",
            ),
            tone: T("Conversational", "Conversacional"),
            cadence: T("Paused", "En pausa"),
            owner: T("Editorial team", "Equipo editorial"),
            department: Some(EDITORIAL),
            hours: 0.0,
            rejection: NONE,
            scores: [2, 3, 3, 5, 1],
        },
        ChannelSeed {
            id: FACEBOOK_OLD,
            network: Network::Facebook,
            name: T(
                "Facebook — former Job Matching page",
                "Facebook — antigua página de Intermediación",
            ),
            handle: "IntermediacionValdoria",
            status: ChannelStatus::Dormant,
            purpose: T(
                "Opened by an office in 2019 to post vacancies. Nobody has posted since March 2024, but it still shows up when people search for the agency.",
                "La abrió una oficina en 2019 para publicar ofertas. Nadie publica desde marzo de 2024, pero sigue apareciendo cuando se busca la agencia.",
            ),
            tone: NONE,
            cadence: NONE,
            owner: NONE,
            department: Some(MATCHING),
            hours: 0.0,
            rejection: NONE,
            scores: [2, 1, 2, 2, 1],
        },
        ChannelSeed {
            id: LINKEDIN_SHOWCASE,
            network: Network::Linkedin,
            name: T(
                "LinkedIn — Business Services showcase page",
                "LinkedIn — página de Servicios a Empresas",
            ),
            handle: "",
            status: ChannelStatus::Requested,
            purpose: T(
                "Requested by Business Services to publish hiring incentives for employers.",
                "Solicitada por Servicios a Empresas para difundir los incentivos a la contratación.",
            ),
            tone: T("Professional", "Profesional"),
            cadence: T("1 post a week", "1 publicación a la semana"),
            owner: T("Business Services", "Servicios a Empresas"),
            department: Some(BUSINESS),
            hours: 2.0,
            rejection: NONE,
            scores: [3, 3, 3, 4, 2],
        },
        ChannelSeed {
            id: FAIR,
            network: Network::Instagram,
            name: T(
                "Instagram — Spring Job Fair 2026",
                "Instagram — Feria de Empleo de Primavera 2026",
            ),
            handle: "@feriaempleovaldoria",
            status: ChannelStatus::Retired,
            purpose: T(
                "Event account for the three weeks of the fair: stands, timetables and live coverage.",
                "Cuenta del evento para las tres semanas de la feria: puestos, horarios y cobertura en directo.",
            ),
            tone: T("Lively", "Animado"),
            cadence: T("Daily during the fair", "Diaria durante la feria"),
            owner: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            department: Some(BUSINESS),
            hours: 0.0,
            rejection: NONE,
            scores: [4, 4, 4, 4, 3],
        },
    ];
    seeds
        .into_iter()
        .map(|seed| Channel {
            id: seed.id,
            network: seed.network,
            network_name: String::new(),
            name: seed.name.get(lang),
            handle: seed.handle.to_string(),
            status: seed.status,
            purpose: seed.purpose.get(lang),
            tone: seed.tone.get(lang),
            cadence: seed.cadence.get(lang),
            owner: seed.owner.get(lang),
            owner_department_id: seed.department,
            weekly_effort_hours: Some(seed.hours),
            rejection_reason: seed.rejection.get(lang),
            notes: String::new(),
            audience_ids: Vec::new(),
            comments_open: None,
            moderator: String::new(),
            account: Account::default(),
            fit_scores: seed
                .scores
                .iter()
                .zip(1..)
                .map(|(score, criterion_id)| FitScore {
                    criterion_id,
                    score: *score,
                })
                .collect(),
        })
        .collect()
}

struct ObjectiveSeed {
    title: T,
    description: T,
    kind: ObjectiveKind,
    metric: T,
    unit: T,
    baseline: Option<f64>,
    target: Option<f64>,
    start: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
    owner: &'static str,
    status: ObjectiveStatus,
    channels: Vec<i64>,
    departments: Vec<i64>,
}

fn objectives(lang: Lang) -> Vec<Objective> {
    let seeds = vec![
        ObjectiveSeed {
            title: T(
                "Double job-seeker registrations that come from social media",
                "Duplicar las inscripciones de demandantes que llegan desde redes sociales",
            ),
            description: T(
                "Registrations started from a link in our posts, stories or WhatsApp alerts, counted by the registration form's campaign tags.",
                "Inscripciones iniciadas desde un enlace de nuestras publicaciones, stories o alertas de WhatsApp, contadas con las etiquetas de campaña del formulario.",
            ),
            kind: ObjectiveKind::Leads,
            metric: T(
                "Registrations from social links",
                "Inscripciones desde enlaces en redes",
            ),
            unit: T("per month", "al mes"),
            baseline: Some(120.0),
            target: Some(240.0),
            start: Some(day(2026, 3, 1)),
            deadline: Some(day(2027, 2, 28)),
            owner: "Lucía Ferrer",
            status: ObjectiveStatus::Active,
            channels: vec![INSTAGRAM, WHATSAPP, YOUTUBE],
            departments: vec![SOCIAL, MATCHING],
        },
        ObjectiveSeed {
            title: T(
                "Answer every citizen question on social media within 24 hours",
                "Responder en 24 horas a cada pregunta de la ciudadanía en redes",
            ),
            description: T(
                "Comments and messages that ask something, answered by the CM or by Citizen service through the weekly hand-off.",
                "Comentarios y mensajes que preguntan algo, respondidos por la CM o por Atención a la ciudadanía a través del traspaso semanal.",
            ),
            kind: ObjectiveKind::CustomerCare,
            metric: T(
                "Questions answered within 24 h",
                "Preguntas respondidas en 24 h",
            ),
            unit: T("%", "%"),
            baseline: Some(55.0),
            target: Some(95.0),
            start: Some(day(2026, 3, 1)),
            deadline: Some(day(2026, 12, 31)),
            owner: "Rosa Iglesias",
            status: ObjectiveStatus::Active,
            channels: vec![INSTAGRAM, FACEBOOK],
            departments: vec![CITIZEN, SOCIAL],
        },
        ObjectiveSeed {
            title: T(
                "Reach 600 local employers on LinkedIn and the newsletter",
                "Llegar a 600 empresas locales en LinkedIn y el boletín",
            ),
            description: T(
                "Employers who follow the page or receive the newsletter.",
                "Empresas que siguen la página o reciben el boletín.",
            ),
            kind: ObjectiveKind::Awareness,
            metric: T(
                "Employers following or subscribed",
                "Empresas seguidoras o suscritas",
            ),
            unit: T("employers", "empresas"),
            baseline: Some(210.0),
            target: Some(600.0),
            start: Some(day(2026, 3, 1)),
            deadline: Some(day(2027, 2, 28)),
            owner: "Javier Ortega",
            status: ObjectiveStatus::Active,
            channels: vec![LINKEDIN, NEWSLETTER],
            departments: vec![BUSINESS],
        },
        ObjectiveSeed {
            title: T("Be on TikTok", "Estar en TikTok"),
            description: T(
                "Proposed by Management at the September committee so that “the agency looks modern”.",
                "Propuesto por Dirección en el comité de septiembre para que «la agencia parezca moderna».",
            ),
            kind: ObjectiveKind::Awareness,
            metric: NONE,
            unit: NONE,
            baseline: None,
            target: None,
            start: None,
            deadline: None,
            owner: "",
            status: ObjectiveStatus::Draft,
            channels: vec![TIKTOK],
            departments: vec![MANAGEMENT],
        },
        ObjectiveSeed {
            title: T(
                "Keep job seekers over 45 informed of training",
                "Mantener informados de la formación a los demandantes mayores de 45",
            ),
            description: T(
                "Still to be made measurable with the Job Matching team.",
                "Pendiente de hacerlo medible con el equipo de Intermediación.",
            ),
            kind: ObjectiveKind::Engagement,
            metric: T(
                "Course sign-ups from social links",
                "Inscripciones en cursos desde redes",
            ),
            unit: T("sign-ups a month", "inscripciones al mes"),
            baseline: Some(30.0),
            target: None,
            start: None,
            deadline: None,
            owner: "",
            status: ObjectiveStatus::Draft,
            channels: vec![FACEBOOK, YOUTUBE],
            departments: vec![MATCHING],
        },
        ObjectiveSeed {
            title: T(
                "A monthly listening report for Management",
                "Un informe mensual de escucha para Dirección",
            ),
            description: T(
                "What people say about the agency and about employment in the region, with three recommendations each month.",
                "Qué se dice de la agencia y del empleo en la región, con tres recomendaciones cada mes.",
            ),
            kind: ObjectiveKind::Listening,
            metric: T("Reports delivered on time", "Informes entregados a tiempo"),
            unit: T("reports", "informes"),
            baseline: Some(0.0),
            target: Some(12.0),
            start: Some(day(2026, 3, 1)),
            deadline: Some(day(2027, 2, 28)),
            owner: "Lucía Ferrer",
            status: ObjectiveStatus::Active,
            channels: vec![],
            departments: vec![MANAGEMENT, SOCIAL],
        },
        ObjectiveSeed {
            title: T(
                "Every department tells the CM its news in time",
                "Que cada departamento cuente a tiempo sus novedades a la CM",
            ),
            description: T(
                "Departments that send their monthly update before the editorial meeting.",
                "Departamentos que envían su novedad mensual antes de la reunión editorial.",
            ),
            kind: ObjectiveKind::Internal,
            metric: T(
                "Departments sending monthly updates",
                "Departamentos que envían su novedad mensual",
            ),
            unit: T("departments", "departamentos"),
            baseline: Some(2.0),
            target: Some(7.0),
            start: Some(day(2026, 6, 1)),
            deadline: Some(day(2026, 12, 31)),
            owner: "Andrés Molina",
            status: ObjectiveStatus::Active,
            channels: vec![],
            departments: vec![COMMS, EDITORIAL, BUSINESS, MATCHING, CITIZEN, IT],
        },
    ];
    seeds
        .into_iter()
        .zip(1..)
        .map(|(s, id)| Objective {
            id,
            title: s.title.get(lang),
            description: s.description.get(lang),
            kind: s.kind,
            kpi_metric: s.metric.get(lang),
            kpi_unit: s.unit.get(lang),
            baseline: s.baseline,
            target: s.target,
            start: s.start,
            deadline: s.deadline,
            owner: s.owner.to_string(),
            status: s.status,
            channel_ids: s.channels,
            department_ids: s.departments,
        })
        .collect()
}

fn measurements() -> Vec<Measurement> {
    // Monthly values, from March 2026.
    let series: [(i64, &[f64]); 5] = [
        (
            1,
            &[
                118.0, 131.0, 150.0, 142.0, 158.0, 171.0, 169.0, 184.0, 196.0,
            ],
        ),
        (2, &[55.0, 61.0, 64.0, 70.0, 72.0, 78.0, 80.0, 83.0, 85.0]),
        (
            3,
            &[
                210.0, 236.0, 260.0, 281.0, 300.0, 322.0, 350.0, 371.0, 390.0,
            ],
        ),
        (6, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]),
        (7, &[2.0, 3.0, 3.0, 4.0, 4.0, 4.0]),
    ];
    let mut measurements = Vec::new();
    for (objective_id, values) in series {
        let first_month = if objective_id == 7 { 6 } else { 3 };
        for (offset, value) in (0_u32..).zip(values) {
            let month = first_month + offset;
            let (year, month) = if month > 12 {
                (2027, month - 12)
            } else {
                (2026, month)
            };
            measurements.push(Measurement {
                id: i64::try_from(measurements.len()).unwrap_or(0) + 1,
                objective_id,
                date: day(year, month, 1)
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or_default(),
                value: *value,
                kind: crate::model::MeasurementKind::Value,
                note: String::new(),
            });
        }
    }
    measurements
}

fn campaigns(lang: Lang) -> Vec<Campaign> {
    [
        (
            T("Spring Job Fair 2026", "Feria de Empleo de Primavera 2026"),
            T("Three weeks of employer stands in the 14 offices, with live coverage and a vacancy board.", "Tres semanas de puestos de empresas en las 14 oficinas, con cobertura en directo y tablón de ofertas."),
            Some(BUSINESS),
            (day(2026, 4, 6), day(2026, 4, 24)),
            true,
            true,
            vec![1, 3],
        ),
        (
            T("Launch of online appointments", "Lanzamiento de la cita previa en línea"),
            T(
                "The new booking system replaced phone appointments overnight. Social media learned of it from citizens' complaints.",
                "El nuevo sistema sustituyó de un día para otro la cita telefónica. Las redes se enteraron por las quejas de la ciudadanía.",
            ),
            Some(IT),
            (day(2026, 10, 1), day(2026, 10, 31)),
            true,
            false,
            vec![2],
        ),
        (
            T("Summer youth training programme", "Programa de formación juvenil de verano"),
            T("Forty short courses with guaranteed interviews; promoted on Instagram and YouTube.", "Cuarenta cursos breves con entrevista garantizada; difundidos en Instagram y YouTube."),
            Some(MATCHING),
            (day(2026, 6, 1), day(2026, 7, 31)),
            true,
            true,
            vec![1],
        ),
        (
            T("“Our social media” week for staff", "Semana «Nuestras redes» para la plantilla"),
            T("Short sessions in every office on what the community asks and how to pass questions on.", "Sesiones breves en cada oficina sobre qué pregunta la comunidad y cómo hacer llegar las dudas."),
            Some(COMMS),
            (day(2026, 11, 16), day(2026, 11, 20)),
            false,
            true,
            vec![7],
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((name, description, department_id, (start, end), affects, involved, objective_ids), id)| Campaign {
        id,
        name: name.get(lang),
        description: description.get(lang),
        department_id,
        start: Some(start),
        end: Some(end),
        affects_community: affects,
        cm_involved: involved,
        objective_ids,
        moderator: String::new(),
    })
    .collect()
}

fn flows(lang: Lang) -> Vec<Flow> {
    let flow = |name: T,
                direction,
                department_ids: Vec<i64>,
                channel,
                cadence,
                audience: T,
                owner: &str,
                feedback: T| Flow {
        id: 0,
        name: name.get(lang),
        direction,
        department_ids,
        audience: audience.get(lang),
        channel,
        cadence,
        owner: owner.to_string(),
        feedback: feedback.get(lang),
    };
    let flows = vec![
        flow(
            T("Weekly content sync", "Reunión semanal de contenidos"),
            Direction::CmToDepartment,
            vec![COMMS],
            InternalChannel::Meeting,
            Cadence::Weekly {
                start: Some(day(2026, 3, 2)),
                every_weeks: 1,
                until: None,
            },
            T("Communication team", "Equipo de Comunicación"),
            "Lucía Ferrer",
            T(
                "Shared agenda; decisions noted in the meeting.",
                "Orden del día compartido; las decisiones se anotan en la reunión.",
            ),
        ),
        flow(
            T(
                "Digest of citizens' recurring questions",
                "Resumen de preguntas frecuentes de la ciudadanía",
            ),
            Direction::DepartmentToCm,
            vec![CITIZEN],
            InternalChannel::Email,
            Cadence::Weekly {
                start: Some(day(2026, 3, 5)),
                every_weeks: 1,
                until: None,
            },
            T("The CM", "La CM"),
            "Rosa Iglesias",
            T(
                "The CM replies with the answers published.",
                "La CM responde con las respuestas publicadas.",
            ),
        ),
        flow(
            T(
                "Monthly social media report",
                "Informe mensual de redes sociales",
            ),
            Direction::CmToDepartment,
            vec![COMMS, MANAGEMENT],
            InternalChannel::Report,
            Cadence::MonthlyWeekday {
                start: day(2026, 3, 1),
                week: 1,
                weekday: Weekday::Mon,
                until: None,
            },
            T("Management committee", "Comité de dirección"),
            "Lucía Ferrer",
            T(
                "Comments collected at the committee.",
                "Comentarios recogidos en el comité.",
            ),
        ),
        flow(
            T(
                "Vacancy feed for the WhatsApp channel",
                "Ofertas para el canal de WhatsApp",
            ),
            Direction::DepartmentToCm,
            vec![MATCHING],
            InternalChannel::Chat,
            Cadence::Weekly {
                start: Some(day(2026, 6, 2)),
                every_weeks: 1,
                until: None,
            },
            T("The CM", "La CM"),
            "Carmen Ruiz",
            NONE,
        ),
        flow(
            T(
                "What the community is saying: all-staff update",
                "Lo que dice la comunidad: novedades para toda la plantilla",
            ),
            Direction::AllStaff,
            vec![],
            InternalChannel::Newsletter,
            Cadence::MonthlyWeekday {
                start: day(2026, 3, 1),
                week: -1,
                weekday: Weekday::Fri,
                until: None,
            },
            T("All staff", "Toda la plantilla"),
            "Lucía Ferrer",
            T(
                "Suggestion box on the intranet.",
                "Buzón de sugerencias en la intranet.",
            ),
        ),
        flow(
            T("Editorial planning", "Planificación editorial"),
            Direction::CmToDepartment,
            vec![EDITORIAL],
            InternalChannel::Meeting,
            Cadence::Weekly {
                start: Some(day(2026, 3, 4)),
                every_weeks: 2,
                until: None,
            },
            T("Editorial team", "Equipo editorial"),
            "Marta Sanz",
            T(
                "Comments on the shared editorial calendar.",
                "Comentarios en el calendario editorial compartido.",
            ),
        ),
        flow(
            T("Employer events briefing", "Aviso de eventos para empresas"),
            Direction::DepartmentToCm,
            vec![BUSINESS],
            InternalChannel::Email,
            Cadence::MonthlyDay {
                start: day(2026, 3, 1),
                day: 20,
                until: None,
            },
            T("The CM", "La CM"),
            "Javier Ortega",
            NONE,
        ),
        flow(
            T(
                "Account managers' monthly meeting",
                "Reunión mensual de responsables de cuentas",
            ),
            Direction::CmToDepartment,
            vec![CITIZEN, EDITORIAL, BUSINESS, MATCHING],
            InternalChannel::Meeting,
            Cadence::MonthlyWeekday {
                start: day(2026, 3, 1),
                week: 2,
                weekday: Weekday::Tue,
                until: None,
            },
            T("Account managers", "Responsables de cuentas"),
            "Lucía Ferrer",
            T(
                "Each account manager brings the month's questions and what did not work.",
                "Cada responsable trae las dudas del mes y lo que no funcionó.",
            ),
        ),
    ];
    flows
        .into_iter()
        .zip(1..)
        .map(|(flow, id)| Flow { id, ..flow })
        .collect()
}

fn info_needs(lang: Lang) -> Vec<InfoNeed> {
    [
        (
            CITIZEN,
            T(
                "Recurring questions and complaints from the offices",
                "Preguntas y quejas recurrentes de las oficinas",
            ),
            Urgency::SameDay,
            Some(2),
        ),
        (
            MATCHING,
            T(
                "New vacancies and course openings",
                "Nuevas ofertas y cursos",
            ),
            Urgency::SameDay,
            Some(4),
        ),
        (
            BUSINESS,
            T(
                "Employer events and hiring incentives before they are announced",
                "Eventos para empresas e incentivos antes de anunciarse",
            ),
            Urgency::ThisWeek,
            Some(7),
        ),
        (
            IT,
            T(
                "Outages and changes to the online appointment system",
                "Caídas y cambios del sistema de cita previa en línea",
            ),
            Urgency::Immediate,
            None,
        ),
        (
            MANAGEMENT,
            T(
                "Committee decisions that affect the public",
                "Decisiones del comité que afectan a la ciudadanía",
            ),
            Urgency::ThisWeek,
            Some(3),
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((department, what, urgency, flow_id), id)| InfoNeed {
        id,
        department_id: Some(department),
        what: what.get(lang),
        urgency,
        flow_id,
    })
    .collect()
}

fn recommendations(lang: Lang) -> Vec<Recommendation> {
    let rec = |title: T,
               recipient: &str,
               department,
               date,
               rationale: T,
               decision,
               decided: Option<NaiveDate>,
               why: T,
               outcome: T| {
        Recommendation {
            id: 0,
            kind: EntryKind::Recommendation,
            title: title.get(lang),
            recipient: recipient.to_string(),
            department_id: department,
            date: Some(date),
            rationale: rationale.get(lang),
            decision,
            decision_date: decided,
            decision_rationale: why.get(lang),
            outcome: outcome.get(lang),
        }
    };
    let list = vec![
        rec(
            T("Retire the X account", "Retirar la cuenta de X"),
            "Andrés Molina",
            Some(COMMS),
            day(2026, 2, 10),
            T(
                "Under one reply a week for a year; journalists now read the newsletter.",
                "Menos de una respuesta por semana durante un año; la prensa ya lee el boletín.",
            ),
            Decision::Accepted,
            Some(day(2026, 3, 1)),
            T(
                "Agreed at the communication meeting.",
                "Acordado en la reunión de comunicación.",
            ),
            T(
                "Retired; four hours a week moved to Instagram.",
                "Retirada; cuatro horas semanales pasan a Instagram.",
            ),
        ),
        rec(
            T(
                "A weekly digest of citizens' questions from the offices",
                "Un resumen semanal de las preguntas de la ciudadanía en las oficinas",
            ),
            "Rosa Iglesias",
            Some(CITIZEN),
            day(2026, 3, 1),
            T(
                "We answer online what the offices already know; we need to hear it first.",
                "Respondemos en redes lo que las oficinas ya saben; necesitamos saberlo antes.",
            ),
            Decision::Accepted,
            Some(day(2026, 3, 5)),
            NONE,
            T(
                "Running since March; replies within 24 h rose from 55% to 85%.",
                "En marcha desde marzo; las respuestas en 24 h pasaron del 55 % al 85 %.",
            ),
        ),
        rec(
            T(
                "Publish vacancies daily on a WhatsApp channel",
                "Publicar a diario las ofertas en un canal de WhatsApp",
            ),
            "Carmen Ruiz",
            Some(MATCHING),
            day(2026, 5, 10),
            T(
                "Over-45 job seekers use WhatsApp more than any other network.",
                "Los demandantes mayores de 45 usan WhatsApp más que cualquier otra red.",
            ),
            Decision::Accepted,
            Some(day(2026, 6, 2)),
            T(
                "Start after the summer programme.",
                "Empezar tras el programa de verano.",
            ),
            NONE,
        ),
        rec(
            T(
                "Answer public complaints with a named person",
                "Responder a las quejas públicas con una persona con nombre",
            ),
            "Rosa Iglesias",
            Some(CITIZEN),
            day(2026, 6, 15),
            T(
                "Signed replies calm conversations and fit our voice of closeness.",
                "Las respuestas firmadas calman las conversaciones y encajan con nuestra voz cercana.",
            ),
            Decision::Rejected,
            Some(day(2026, 7, 1)),
            T(
                "Legal prefers institutional replies.",
                "Asesoría Jurídica prefiere respuestas institucionales.",
            ),
            NONE,
        ),
        rec(
            T(
                "Involve the CM in planning the online appointment launch",
                "Contar con la CM en la planificación de la cita previa en línea",
            ),
            "Pablo Núñez",
            Some(IT),
            day(2026, 8, 20),
            T(
                "A change in how citizens book will be discussed on social media before anywhere else.",
                "Un cambio en cómo se pide cita se comentará en redes antes que en ningún otro sitio.",
            ),
            Decision::Ignored,
            None,
            NONE,
            T(
                "Launched without a communication plan: 140 complaints on social media in the first week.",
                "Se lanzó sin plan de comunicación: 140 quejas en redes la primera semana.",
            ),
        ),
        rec(
            T(
                "Do not open a TikTok account until there is a video team",
                "No abrir cuenta en TikTok hasta tener equipo de vídeo",
            ),
            "Elena Vidal",
            Some(MANAGEMENT),
            day(2026, 9, 15),
            T(
                "Presence is not an objective; an abandoned account harms the brand more than no account.",
                "La presencia no es un objetivo; una cuenta abandonada daña más la marca que no tenerla.",
            ),
            Decision::Pending,
            None,
            NONE,
            NONE,
        ),
        rec(
            T(
                "A monthly all-staff update on what the community is saying",
                "Una novedad mensual para toda la plantilla sobre lo que dice la comunidad",
            ),
            "Elena Vidal",
            Some(MANAGEMENT),
            day(2026, 10, 20),
            T(
                "We are “2.0 outside and not inside”: staff hear about our community from the press.",
                "Somos «2.0 de puertas afuera y no de puertas adentro»: la plantilla se entera de nuestra comunidad por la prensa.",
            ),
            Decision::Accepted,
            Some(day(2026, 11, 2)),
            NONE,
            T(
                "First issue sent on the last Friday of November.",
                "El primer número sale el último viernes de noviembre.",
            ),
        ),
        // Taken by Management on its own, before there was a plan: when is
        // not on record, nor is what came of it yet.
        Recommendation {
            kind: EntryKind::Decision,
            date: None,
            recipient: String::new(),
            decision: Decision::Accepted,
            rationale: String::new(),
            ..rec(
                T(
                    "One Facebook page for the whole agency instead of one per office",
                    "Una sola página de Facebook para toda la agencia en lugar de una por oficina",
                ),
                "",
                Some(MANAGEMENT),
                day(2026, 1, 1),
                NONE,
                Decision::Accepted,
                None,
                T(
                    "Fourteen pages could not be kept up to date, and citizens did not know which one to write to.",
                    "Catorce páginas no se podían mantener al día, y la ciudadanía no sabía a cuál escribir.",
                ),
                NONE,
            )
        },
    ];
    list.into_iter()
        .zip(1..)
        .map(|(r, id)| Recommendation { id, ..r })
        .collect()
}

// -- The rules people meet ----------------------------------------------------

/// Whether each channel takes comments, and who moderates each channel and
/// campaign. The online-appointments launch has nobody moderating it.
fn moderators(doc: &mut WorkspaceDoc, lang: Lang) {
    let team = T("Social media team", "Equipo de redes sociales");
    for channel in &mut doc.channels {
        let (open, moderator) = match channel.id {
            LINKEDIN => (Some(true), T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)")),
            INSTAGRAM => (Some(true), team),
            YOUTUBE => (Some(true), T("Editorial team", "Equipo editorial")),
            FACEBOOK => (
                Some(true),
                T(
                    "Office network, with the social media team",
                    "Red de oficinas, con el equipo de redes sociales",
                ),
            ),
            WHATSAPP | NEWSLETTER | PODCAST => (Some(false), NONE),
            _ => (None, NONE),
        };
        channel.comments_open = open;
        channel.moderator = moderator.get(lang);
    }
    for campaign in &mut doc.campaigns {
        if matches!(campaign.id, 1 | 3) {
            campaign.moderator = team.get(lang);
        }
    }
}

/// The sample's policies: the models, made the agency's own.
fn policies(lang: Lang, organization: &str) -> Vec<Policy> {
    let model = |kind: PolicyKind| {
        let model = starters::policy(kind, lang).unwrap_or(starters::Model {
            title: "",
            text: "",
        });
        (
            model.title.to_string(),
            starters::fill(model.text, organization, lang),
        )
    };
    let fill_in = |text: String, blanks: &[(&str, &str)]| {
        blanks
            .iter()
            .fold(text, |text, (blank, value)| text.replace(blank, value))
    };
    let management = T("Management Committee", "Comité de Dirección");
    let policy = |id,
                  kind,
                  (title, text): (String, String),
                  owner: T,
                  department,
                  status,
                  approved_by: T,
                  approved_on,
                  review_by| Policy {
        id,
        kind,
        title,
        text,
        owner: owner.get(lang),
        owner_department_id: Some(department),
        status,
        approved_by: approved_by.get(lang),
        approved_on,
        review_by,
    };
    let hours = match lang {
        Lang::En => [(" [adjust to your hours]", "")],
        Lang::Es => [(" [ajusta el horario]", "")],
    };
    let legal: &[(&str, &str)] = match lang {
        Lang::En => &[
            (
                "[registered address]",
                "Plaza de la Constitución 3, 47001 Valdoria",
            ),
            (
                "[registration or tax number]",
                "public body number Q4700000J",
            ),
            ("[contact e-mail]", "redes@empleo.valdoria.example"),
            (
                "[the public-interest task entrusted to the organization / the organization's legitimate interest]",
                "the public-interest task entrusted to the agency by the regional employment law",
            ),
            ("[data protection e-mail]", "datos@empleo.valdoria.example"),
            ("[DPO e-mail]", "dpd@valdoria.example"),
        ],
        Lang::Es => &[
            ("[dirección]", "plaza de la Constitución 3, 47001 Valdoria"),
            ("[NIF u otro número de identificación]", "NIF Q4700000J"),
            ("[correo de contacto]", "redes@empleo.valdoria.example"),
            (
                "[el cumplimiento de una misión de interés público / el interés legítimo de la organización]",
                "el cumplimiento de la misión de interés público que la ley regional de empleo encomienda a la Agencia",
            ),
            (
                "[correo de protección de datos]",
                "datos@empleo.valdoria.example",
            ),
            ("[correo del DPD]", "dpd@valdoria.example"),
        ],
    };
    let (title, text) = model(PolicyKind::PreElection);
    let pre_election = (
        title,
        fill_in(
            text,
            &[
                ("[the legal service]", "the legal service"),
                ("[a la asesoría jurídica]", "a la asesoría jurídica"),
            ],
        ),
    );
    let (title, text) = model(PolicyKind::PaidPromotion);
    let paid = (
        title,
        fill_in(
            text,
            &[
                ("[The head of communication]", "The Head of Communication"),
                (
                    "[La jefatura de comunicación]",
                    "La Jefatura de Comunicación",
                ),
            ],
        ),
    );
    let (title, text) = model(PolicyKind::HouseRules);
    let house_rules = (title, fill_in(text, &hours));
    let (title, text) = model(PolicyKind::LegalNotice);
    let legal_notice = (title, fill_in(text, legal));
    vec![
        policy(
            1,
            PolicyKind::HouseRules,
            house_rules,
            T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            SOCIAL,
            PolicyStatus::Approved,
            management,
            Some(day(2026, 3, 10)),
            Some(day(2027, 3, 10)),
        ),
        policy(
            2,
            PolicyKind::StaffUse,
            model(PolicyKind::StaffUse),
            T("Head of Communication", "Jefatura de Comunicación"),
            COMMS,
            PolicyStatus::Approved,
            management,
            Some(day(2026, 4, 21)),
            Some(day(2027, 4, 21)),
        ),
        policy(
            3,
            PolicyKind::LegalNotice,
            legal_notice,
            T(
                "Legal service and data protection officer",
                "Asesoría jurídica y delegado de protección de datos",
            ),
            MANAGEMENT,
            PolicyStatus::Approved,
            management,
            Some(day(2026, 3, 10)),
            Some(day(2027, 3, 10)),
        ),
        policy(
            4,
            PolicyKind::Accessibility,
            model(PolicyKind::Accessibility),
            T("Marta Sanz (Editorial)", "Marta Sanz (Editorial)"),
            EDITORIAL,
            PolicyStatus::Proposed,
            NONE,
            None,
            None,
        ),
        policy(
            5,
            PolicyKind::PreElection,
            pre_election,
            T("Head of Communication", "Jefatura de Comunicación"),
            COMMS,
            PolicyStatus::Approved,
            T(
                "Director's resolution 12/2023",
                "Resolución de la Dirección 12/2023",
            ),
            Some(day(2023, 2, 14)),
            Some(day(2026, 10, 31)),
        ),
        policy(
            6,
            PolicyKind::PaidPromotion,
            paid,
            T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
            SOCIAL,
            PolicyStatus::Draft,
            NONE,
            None,
            None,
        ),
    ]
}

/// A row of the sample's moderation matrix: situation, examples, action,
/// the department a case is referred to, who acts, who decides, how fast,
/// whether it is recorded.
type MatrixRow = (T, T, ModerationAction, Option<i64>, T, T, T, Option<bool>);

/// The moderation matrix, from answering to blocking.
fn moderation_rules(lang: Lang) -> Vec<ModerationRule> {
    use ModerationAction::{Answer, Block, Delete, Hide, Ignore, Refer};
    let team = T("Social media team", "Equipo de redes sociales");
    let cm = T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)");
    let head = T("Head of Communication", "Jefatura de Comunicación");
    let rows: [MatrixRow; 9] = [
        (
            T(
                "Questions about services, appointments or vacancies",
                "Consultas sobre servicios, citas u ofertas",
            ),
            T(
                "“How do I renew my job-seeker registration?”",
                "«¿Cómo renuevo mi demanda de empleo?»",
            ),
            Answer,
            None,
            team,
            NONE,
            T("Within 1 working day", "En 1 día laborable"),
            Some(false),
        ),
        (
            T(
                "Criticism of the agency's work or policies",
                "Críticas al trabajo o a las políticas de la Agencia",
            ),
            T(
                "“The training courses never lead to a job.”",
                "«Los cursos de formación nunca llevan a un empleo.»",
            ),
            Answer,
            Some(COMMS),
            T(
                "Social media team, with Communication",
                "Equipo de redes, con Comunicación",
            ),
            NONE,
            T("The same day", "En el día"),
            Some(false),
        ),
        (
            T(
                "Complaints about a service or a member of staff",
                "Quejas sobre un servicio o un miembro del personal",
            ),
            T(
                "A long wait at an office, a missed appointment, a rude answer.",
                "Una espera larga en una oficina, una cita perdida, una mala respuesta.",
            ),
            Refer,
            Some(CITIZEN),
            T(
                "Social media team (public reply), Citizen service (the case)",
                "Equipo de redes (respuesta pública), Atención a la ciudadanía (el caso)",
            ),
            NONE,
            T(
                "Public reply within 4 working hours",
                "Respuesta pública en 4 horas laborables",
            ),
            Some(true),
        ),
        (
            T("Questions from journalists", "Preguntas de periodistas"),
            NONE,
            Refer,
            Some(COMMS),
            team,
            NONE,
            T("Within 1 hour", "En 1 hora"),
            None,
        ),
        (
            T(
                "Off-topic comments and provocation",
                "Comentarios ajenos al tema y provocaciones",
            ),
            NONE,
            Ignore,
            None,
            team,
            NONE,
            NONE,
            Some(false),
        ),
        (
            T(
                "Personal data in a comment, one's own or another's",
                "Datos personales en un comentario, propios o ajenos",
            ),
            T(
                "Identity numbers, phone numbers, case files.",
                "Números de documento, teléfonos, expedientes.",
            ),
            Hide,
            None,
            team,
            NONE,
            T("At once", "De inmediato"),
            Some(true),
        ),
        (
            T(
                "Spam, advertising and fake job offers",
                "Spam, publicidad y ofertas de empleo falsas",
            ),
            NONE,
            Delete,
            None,
            team,
            cm,
            T("Within 2 hours", "En 2 horas"),
            Some(true),
        ),
        (
            T(
                "Insults, threats or harassment",
                "Insultos, amenazas o acoso",
            ),
            T(
                "Against anyone, staff included. Threats are also reported to the police.",
                "Contra cualquier persona, también el personal. Las amenazas se denuncian además a la policía.",
            ),
            Delete,
            None,
            team,
            head,
            T("At once", "De inmediato"),
            Some(true),
        ),
        (
            T(
                "Repeated abuse after a warning",
                "Abusos reiterados tras un aviso",
            ),
            NONE,
            Block,
            None,
            cm,
            head,
            T("The same day", "En el día"),
            Some(true),
        ),
    ];
    rows.into_iter()
        .zip(1..)
        .map(
            |(
                (situation, examples, action, department_id, acted, decided, speed, recorded),
                id,
            )| {
                ModerationRule {
                    id,
                    situation: situation.get(lang),
                    examples: examples.get(lang),
                    action,
                    department_id,
                    acted_by: acted.get(lang),
                    decided_by: decided.get(lang),
                    speed: speed.get(lang),
                    recorded,
                    channel_ids: Vec::new(),
                }
            },
        )
        .collect()
}

/// How a complaint is answered and how an error is corrected.
fn protocols(lang: Lang) -> Vec<Protocol> {
    let step = |what: T, who: T, within: T| ProtocolStep {
        what: what.get(lang),
        who: who.get(lang),
        within: within.get(lang),
    };
    let team = T("Social media team", "Equipo de redes sociales");
    let head = T("Head of Communication", "Jefatura de Comunicación");
    vec![
        Protocol {
            id: 1,
            kind: ProtocolKind::Complaints,
            name: T("Complaints received on social media", "Quejas recibidas en redes sociales").get(lang),
            scope: T(
                "Any complaint about a service, a procedure or a member of staff, on any channel. A formal complaint still goes through the agency's official complaints procedure, which the reply explains.",
                "Cualquier queja sobre un servicio, un trámite o un miembro del personal, en cualquier canal. Una queja formal sigue el procedimiento oficial de quejas de la Agencia, que la respuesta explica.",
            )
            .get(lang),
            department_id: Some(CITIZEN),
            steps: vec![
                step(
                    T(
                        "Acknowledge the complaint in public, without details, and invite the person to write privately",
                        "Acusar recibo de la queja en público, sin detalles, e invitar a la persona a escribir por privado",
                    ),
                    team,
                    T("4 working hours", "4 horas laborables"),
                ),
                step(
                    T(
                        "Record the complaint and pass it to the department concerned",
                        "Registrar la queja y trasladarla al departamento afectado",
                    ),
                    team,
                    T("The same day", "En el día"),
                ),
                step(
                    T("Draft the reply", "Redactar la respuesta"),
                    T("The department concerned", "El departamento afectado"),
                    T("3 working days", "3 días laborables"),
                ),
                step(
                    T(
                        "Check the reply's facts and tone, and approve it",
                        "Revisar los datos y el tono de la respuesta, y aprobarla",
                    ),
                    T("Head of Citizen service", "Jefatura de Atención a la ciudadanía"),
                    T("1 working day", "1 día laborable"),
                ),
                step(
                    T(
                        "Send the reply and close the case",
                        "Enviar la respuesta y cerrar el caso",
                    ),
                    team,
                    T("The same day", "En el día"),
                ),
            ],
            drafted_by: T("The department concerned", "El departamento afectado").get(lang),
            approved_by: T("Head of Citizen service", "Jefatura de Atención a la ciudadanía").get(lang),
            time_limit: T("5 working days", "5 días laborables").get(lang),
            announcement: T(
                "The person gets the reply privately; the public thread gets a short note saying the case has been answered.",
                "La persona recibe la respuesta por privado; en el hilo público se indica brevemente que el caso se ha atendido.",
            )
            .get(lang),
        },
        Protocol {
            id: 2,
            kind: ProtocolKind::Correction,
            name: T("Correcting a wrong publication", "Corrección de una publicación errónea").get(lang),
            scope: T(
                "Any publication with wrong information: dates, figures, requirements, links.",
                "Cualquier publicación con información errónea: fechas, cifras, requisitos, enlaces.",
            )
            .get(lang),
            department_id: Some(SOCIAL),
            steps: vec![
                step(
                    T(
                        "Confirm the error with the department that owns the information",
                        "Confirmar el error con el departamento responsable de la información",
                    ),
                    T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
                    T("1 hour", "1 hora"),
                ),
                step(
                    T(
                        "Decide whether to correct or delete: correct when people have already reacted; delete only when the post could cause harm",
                        "Decidir si se corrige o se elimina: se corrige si ya hay reacciones; solo se elimina si la publicación puede causar un perjuicio",
                    ),
                    head,
                    T("The same day", "En el día"),
                ),
                step(
                    T(
                        "Edit the post and mark it “Corrected”, or reply to it with the correction",
                        "Editar la publicación y marcarla como «Corregido», o responderla con la corrección",
                    ),
                    team,
                    T("The same day", "En el día"),
                ),
                step(
                    T(
                        "If it was widely shared, publish the correction as a new post on the same channels",
                        "Si se compartió mucho, publicar la corrección como publicación nueva en los mismos canales",
                    ),
                    team,
                    T("The same day", "En el día"),
                ),
            ],
            drafted_by: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)").get(lang),
            approved_by: head.get(lang),
            time_limit: T("The same working day", "El mismo día laborable").get(lang),
            announcement: T(
                "The correction says what was wrong and what is right, without hiding the mistake: “Correction: the deadline is 15 May, not 5 May. Sorry for the error.” A deleted post is replaced with a note that explains why.",
                "La corrección dice qué estaba mal y qué es lo correcto, sin ocultar el error: «Corrección: el plazo acaba el 15 de mayo, no el 5. Disculpad el error». Una publicación eliminada se sustituye por una nota que explica el motivo.",
            )
            .get(lang),
        },
    ]
}

/// The crisis ladder: three levels, each with what is said first in Spanish
/// and in English.
fn crisis_levels(lang: Lang) -> Vec<CrisisLevel> {
    let statements = |es: &str, en: &str| {
        vec![
            HoldingStatement {
                language: T("Spanish", "Español").get(lang),
                text: es.to_string(),
            },
            HoldingStatement {
                language: T("English", "Inglés").get(lang),
                text: en.to_string(),
            },
        ]
    };
    vec![
        CrisisLevel {
            id: 1,
            rank: 1,
            name: T("Incident", "Incidencia").get(lang),
            triggers: T(
                "A complaint or a critical comment draws more attention than usual; a local mistake; an outage of less than two hours.",
                "Una queja o un comentario crítico atrae más atención de lo habitual; un error local; una caída del servicio de menos de dos horas.",
            )
            .get(lang),
            decided_by: T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)").get(lang),
            escalation: T(
                "The CM tells the Head of Communication the same day. It goes up a level if the press or a public figure takes it up, or if it lasts more than a day.",
                "La CM informa a la Jefatura de Comunicación en el día. Sube de nivel si lo recoge la prensa o una figura pública, o si dura más de un día.",
            )
            .get(lang),
            department_ids: vec![SOCIAL, CITIZEN],
            pause: false,
            statements: statements(
                "Gracias por avisarnos. Lo estamos revisando y te respondemos hoy mismo.",
                "Thank you for letting us know. We are looking into it and will get back to you today.",
            ),
        },
        CrisisLevel {
            id: 2,
            rank: 2,
            name: T("Serious problem", "Problema grave").get(lang),
            triggers: T(
                "Press coverage or a trending topic; the online appointment system down for more than two hours; a mistake that affects people's rights or benefits.",
                "Cobertura en prensa o tema del momento; la cita previa en línea caída más de dos horas; un error que afecta a los derechos o prestaciones de las personas.",
            )
            .get(lang),
            decided_by: T("Head of Communication", "Jefatura de Comunicación").get(lang),
            escalation: T(
                "The Head of Communication calls in the departments concerned and informs the Director. It goes up a level when people's safety, personal data or the agency's integrity are at stake.",
                "La Jefatura de Comunicación convoca a los departamentos afectados e informa a la Dirección. Sube de nivel si están en juego la seguridad de las personas, datos personales o la integridad de la Agencia.",
            )
            .get(lang),
            department_ids: vec![COMMS, CITIZEN, IT],
            pause: true,
            statements: statements(
                "Sabemos que la cita previa en línea no funciona desde esta mañana. Estamos trabajando para resolverlo y daremos más información aquí antes de las 14:00. Mientras tanto, puedes pedir cita en el 012.",
                "We know the online appointment system has not been working since this morning. We are working to fix it and will update you here before 14:00. In the meantime, you can book an appointment by calling 012.",
            ),
        },
        CrisisLevel {
            id: 3,
            rank: 3,
            name: T("Crisis", "Crisis").get(lang),
            triggers: T(
                "A threat to people's safety; a personal data breach; a serious accusation against the agency or its staff; a sustained campaign against the agency.",
                "Una amenaza para la seguridad de las personas; una brecha de datos personales; una acusación grave contra la Agencia o su personal; una campaña sostenida contra la Agencia.",
            )
            .get(lang),
            decided_by: T("The Director, with the crisis committee", "La Dirección, con el comité de crisis").get(lang),
            escalation: T(
                "The crisis committee (Director, Head of Communication, legal service and the department concerned) meets within an hour. Only the Director, or the person the Director names, speaks for the agency.",
                "El comité de crisis (Dirección, Jefatura de Comunicación, asesoría jurídica y el departamento afectado) se reúne en menos de una hora. Solo habla en nombre de la Agencia la Dirección o la persona que designe.",
            )
            .get(lang),
            department_ids: vec![SOCIAL, COMMS, MANAGEMENT],
            pause: true,
            statements: statements(
                "Conocemos la situación y la estamos tratando con la máxima prioridad. Daremos información contrastada en esta cuenta en cuanto la tengamos. Gracias por tu paciencia.",
                "We are aware of the situation and are treating it as our top priority. We will share verified information on this account as soon as we have it. Thank you for your patience.",
            ),
        },
    ]
}

/// What to pause, channel by channel, from level 2.
fn pause_steps(lang: Lang) -> Vec<PauseStep> {
    [
        (
            None,
            PauseWhat::ScheduledPosts,
            T(
                "Pause every queue in the scheduling tool (Publishing → Pause all).",
                "Pausar todas las colas de la herramienta de programación (Publicación → Pausar todo).",
            ),
            T("Social media team", "Equipo de redes sociales"),
        ),
        (
            Some(INSTAGRAM),
            PauseWhat::Ads,
            T(
                "Pause the active campaigns in Meta's ads manager (it covers Instagram and Facebook).",
                "Pausar las campañas activas en el administrador de anuncios de Meta (cubre Instagram y Facebook).",
            ),
            T("Lucía Ferrer (CM)", "Lucía Ferrer (CM)"),
        ),
        (
            Some(LINKEDIN),
            PauseWhat::Ads,
            T(
                "Pause sponsored content in LinkedIn's Campaign Manager.",
                "Pausar el contenido patrocinado en el Campaign Manager de LinkedIn.",
            ),
            T("Business Services", "Servicios a Empresas"),
        ),
        (
            Some(FACEBOOK),
            PauseWhat::AutomatedReplies,
            T(
                "Turn off Messenger's instant reply and away message.",
                "Desactivar la respuesta instantánea y el mensaje de ausencia de Messenger.",
            ),
            T("Office network", "Red de oficinas"),
        ),
        (
            Some(NEWSLETTER),
            PauseWhat::ScheduledPosts,
            T(
                "Hold the next employers' newsletter in the mailing tool.",
                "Retener el próximo boletín para empresas en la herramienta de envíos.",
            ),
            T("Marta Sanz (Editorial)", "Marta Sanz (Editorial)"),
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((channel_id, what, how, who), id)| PauseStep {
        id,
        channel_id,
        what,
        how: how.get(lang),
        who: who.get(lang),
    })
    .collect()
}

fn crisis_plan(lang: Lang) -> CrisisPlan {
    CrisisPlan {
        spokes_channel_id: Some(INSTAGRAM),
        single_voice: T(
            "From level 2, only the main Instagram account speaks for the agency about the crisis; the other accounts share its posts and publish nothing of their own about it. Staff do not comment on it from their personal accounts.",
            "A partir del nivel 2, solo la cuenta principal de Instagram habla de la crisis en nombre de la Agencia; las demás cuentas comparten sus publicaciones y no publican nada propio sobre ella. El personal no la comenta desde sus cuentas personales.",
        )
        .get(lang),
        post_mortem: starters::post_mortem(lang).to_string(),
        last_drill: Some(day(2026, 5, 12)),
    }
}

// -- channels as they run: people, accounts, the editorial line, service
// levels, the budget and the account procedure ----------------------------

fn people(lang: Lang) -> Vec<Person> {
    [
        (
            LUCIA,
            "Lucía Ferrer",
            T("Community manager", "Community manager"),
            Duty::Coordinator,
            Some(SOCIAL),
            Some(20.0),
            T(
                "Coordinates every account; lucia.ferrer@empleo.valdoria.example",
                "Coordina todas las cuentas; lucia.ferrer@empleo.valdoria.example",
            ),
        ),
        (
            ANDRES,
            "Andrés Molina",
            T("Head of Communication", "Jefe de Comunicación"),
            Duty::Administrator,
            Some(COMMS),
            None,
            T(
                "Second administrator of the main accounts; approves new accounts.",
                "Segundo administrador de las cuentas principales; aprueba las cuentas nuevas.",
            ),
        ),
        (
            MARTA,
            "Marta Sanz",
            T(
                "Editor, blog and newsletters",
                "Editora del blog y los boletines",
            ),
            Duty::AccountManager,
            Some(EDITORIAL),
            Some(6.0),
            NONE,
        ),
        (
            CARMEN,
            "Carmen Ruiz",
            T("Head of Job Matching", "Jefa de Intermediación"),
            Duty::AccountManager,
            Some(MATCHING),
            Some(2.0),
            T(
                "Runs the WhatsApp channel with the vacancy feed.",
                "Lleva el canal de WhatsApp con las ofertas del día.",
            ),
        ),
        (
            TOMAS,
            "Tomás Gil",
            T(
                "Office network coordinator",
                "Coordinador de la red de oficinas",
            ),
            Duty::AccountManager,
            Some(CITIZEN),
            Some(3.0),
            NONE,
        ),
        (
            JAVIER,
            "Javier Ortega",
            T("Head of Business Services", "Jefe de Servicios a Empresas"),
            Duty::AccountManager,
            Some(BUSINESS),
            None,
            T(
                "Will run the showcase page if it is approved.",
                "Llevará la página de Servicios a Empresas si se aprueba.",
            ),
        ),
        (
            ROSA,
            "Rosa Iglesias",
            T(
                "Head of Citizen service",
                "Jefa de Atención a la ciudadanía",
            ),
            Duty::Moderator,
            Some(CITIZEN),
            Some(2.0),
            T(
                "Answers the questions the CM passes on.",
                "Responde a las preguntas que le pasa la CM.",
            ),
        ),
    ]
    .into_iter()
    .map(
        |(id, name, role, duty, department_id, weekly_hours, notes)| Person {
            id,
            name: name.to_string(),
            role: role.get(lang),
            duty,
            department_id,
            weekly_hours,
            notes: notes.get(lang),
        },
    )
    .collect()
}

/// The four answers of a channel's account request.
fn answers(objectives: T, audience: T, resources: T, content: T, lang: Lang) -> Answers {
    Answers {
        objectives: objectives.get(lang),
        audience: audience.get(lang),
        resources: resources.get(lang),
        content: content.get(lang),
    }
}

/// What the registry knows about the sample's accounts (an account it
/// knows nothing about keeps every fact unknown).
fn account(channel_id: i64, lang: Lang) -> Account {
    let custodian = T(
        "Communication Unit (shared password manager)",
        "Unidad de Comunicación (gestor de contraseñas compartido)",
    );
    let andres = T(
        "Andrés Molina, Head of Communication",
        "Andrés Molina, jefe de Comunicación",
    );
    match channel_id {
        LINKEDIN => Account {
            url: "https://www.linkedin.com/company/empleo-valdoria".into(),
            manager_id: Some(LUCIA),
            admin_ids: vec![LUCIA, ANDRES],
            two_factor: Some(true),
            credentials_custodian: custodian.get(lang),
            last_access_review: Some(day(2026, 9, 1)),
            opened_on: Some(day(2018, 5, 14)),
            answers: answers(
                T(
                    "Reach 600 local employers with incentives and job fairs.",
                    "Llegar a 600 empresas locales con incentivos y ferias de empleo.",
                ),
                T("Local employers (SMEs).", "Empresas locales (pymes)."),
                T(
                    "Four hours a week of the CM, with content from Business Services.",
                    "Cuatro horas semanales de la CM, con contenidos de Servicios a Empresas.",
                ),
                T(
                    "Incentives, fairs, stories of people hired.",
                    "Incentivos, ferias e historias de personas contratadas.",
                ),
                lang,
            ),
            ..Account::default()
        },
        INSTAGRAM => Account {
            url: "https://www.instagram.com/empleovaldoria".into(),
            manager_id: Some(LUCIA),
            admin_ids: vec![LUCIA, ANDRES],
            two_factor: Some(true),
            credentials_custodian: custodian.get(lang),
            last_access_review: Some(day(2026, 9, 1)),
            opened_on: Some(day(2020, 2, 3)),
            answers: answers(
                T(
                    "Double registrations from social media; answer questions within 24 hours.",
                    "Duplicar las inscripciones desde redes; responder en 24 horas.",
                ),
                T("Job seekers under 30.", "Personas de menos de 30 años que buscan empleo."),
                T(
                    "Seven hours a week of the CM.",
                    "Siete horas semanales de la CM.",
                ),
                T(
                    "Guidance, courses, vacancies and stories, in stories and short videos.",
                    "Orientación, cursos, ofertas e historias, en stories y vídeos breves.",
                ),
                lang,
            ),
            ..Account::default()
        },
        WHATSAPP => Account {
            manager_id: Some(CARMEN),
            admin_ids: vec![LUCIA, CARMEN],
            two_factor: Some(true),
            credentials_custodian: custodian.get(lang),
            requested_on: Some(day(2026, 5, 10)),
            requested_by: T("Carmen Ruiz (Job Matching)", "Carmen Ruiz (Intermediación)").get(lang),
            approved_on: Some(day(2026, 6, 2)),
            approved_by: andres.get(lang),
            answers: answers(
                T(
                    "More registrations and course sign-ups from people who use no other network.",
                    "Más inscripciones en el servicio y en los cursos de quienes no usan otras redes.",
                ),
                T(
                    "Job seekers over 45 and young people who live on WhatsApp.",
                    "Demandantes mayores de 45 y jóvenes que viven en WhatsApp.",
                ),
                T(
                    "Three and a half hours a week from Job Matching, with the CM as backup.",
                    "Tres horas y media semanales de Intermediación, con la CM de respaldo.",
                ),
                T(
                    "The day's vacancies and course openings, one message each weekday.",
                    "Las ofertas y los cursos del día, un mensaje cada día laborable.",
                ),
                lang,
            ),
            ..Account::default()
        },
        YOUTUBE => Account {
            url: "https://www.youtube.com/@EmpleoValdoria".into(),
            manager_id: Some(MARTA),
            admin_ids: vec![LUCIA, MARTA],
            two_factor: Some(false),
            last_access_review: Some(day(2025, 1, 20)),
            opened_on: Some(day(2021, 9, 15)),
            answers: answers(
                T(
                    "Fewer calls about procedures; registrations from the tutorials.",
                    "Menos llamadas sobre trámites; inscripciones desde los tutoriales.",
                ),
                T(
                    "Anyone starting a procedure, young people first.",
                    "Quien empieza un trámite, con los jóvenes en primer lugar.",
                ),
                T(
                    "Four hours a week of the editorial team.",
                    "Cuatro horas semanales del equipo editorial.",
                ),
                T("Step-by-step tutorials.", "Tutoriales paso a paso."),
                lang,
            ),
            ..Account::default()
        },
        FACEBOOK => Account {
            url: "https://www.facebook.com/EmpleoValdoria".into(),
            manager_id: Some(TOMAS),
            admin_ids: vec![LUCIA, TOMAS],
            two_factor: Some(true),
            last_access_review: Some(day(2026, 3, 10)),
            opened_on: Some(day(2012, 6, 1)),
            // Opened before the procedure existed: nobody wrote down what it is for.
            answers: answers(
                NONE,
                T(
                    "Families and job seekers in rural towns.",
                    "Familias y demandantes de los pueblos.",
                ),
                T(
                    "Three hours a week from the office network.",
                    "Tres horas semanales de la red de oficinas.",
                ),
                T("News from the local offices.", "Noticias de las oficinas locales."),
                lang,
            ),
            ..Account::default()
        },
        NEWSLETTER => Account {
            manager_id: Some(MARTA),
            admin_ids: vec![LUCIA, MARTA],
            two_factor: Some(true),
            credentials_custodian: T("IT service desk", "Centro de atención de Informática").get(lang),
            opened_on: Some(day(2019, 1, 10)),
            answers: answers(
                T(
                    "Reach 600 local employers.",
                    "Llegar a 600 empresas locales.",
                ),
                T("Registered employers.", "Empresas inscritas."),
                T(
                    "Two hours a week of the editorial team.",
                    "Dos horas semanales del equipo editorial.",
                ),
                T(
                    "A monthly digest of incentives, calls and candidate pools.",
                    "Un resumen mensual de incentivos, convocatorias y bolsas de candidaturas.",
                ),
                lang,
            ),
            ..Account::default()
        },
        TIKTOK => Account {
            requested_on: Some(day(2025, 9, 20)),
            requested_by: T("Management committee", "Comité de dirección").get(lang),
            answers: answers(
                T("Be where young people are.", "Estar donde están los jóvenes."),
                T("Young people.", "Los jóvenes."),
                NONE,
                NONE,
                lang,
            ),
            ..Account::default()
        },
        X => Account {
            url: "https://x.com/EmpleoValdoria".into(),
            two_factor: Some(true),
            opened_on: Some(day(2011, 10, 3)),
            closed_on: Some(day(2026, 3, 15)),
            closed_by: "Lucía Ferrer".into(),
            content_after_closing: T(
                "Profile kept with a pinned post pointing to the newsletter; its archive was downloaded and kept with the agency's records.",
                "Se mantiene el perfil con una publicación fijada que remite al boletín; su archivo se descargó y se conserva con los registros de la agencia.",
            )
            .get(lang),
            ..Account::default()
        },
        PODCAST => Account {
            manager_id: Some(MARTA),
            admin_ids: vec![LUCIA, MARTA],
            two_factor: Some(true),
            last_access_review: Some(day(2026, 9, 1)),
            opened_on: Some(day(2025, 2, 1)),
            ..Account::default()
        },
        FACEBOOK_OLD => Account {
            url: "https://www.facebook.com/IntermediacionValdoria".into(),
            opened_on: Some(day(2019, 4, 1)),
            requested_by: T("The Valle Alto office", "La oficina de Valle Alto").get(lang),
            ..Account::default()
        },
        LINKEDIN_SHOWCASE => Account {
            manager_id: Some(JAVIER),
            requested_on: Some(day(2026, 10, 5)),
            requested_by: T(
                "Javier Ortega (Business Services)",
                "Javier Ortega (Servicios a Empresas)",
            )
            .get(lang),
            answers: answers(
                T(
                    "Make hiring incentives known to employers.",
                    "Dar a conocer a las empresas los incentivos a la contratación.",
                ),
                T("Local employers (SMEs).", "Empresas locales (pymes)."),
                NONE,
                T(
                    "Incentives, calls and stories of firms that hired.",
                    "Incentivos, convocatorias e historias de empresas que contrataron.",
                ),
                lang,
            ),
            ..Account::default()
        },
        FAIR => Account {
            url: "https://www.instagram.com/feriaempleovaldoria".into(),
            manager_id: Some(LUCIA),
            two_factor: Some(true),
            requested_on: Some(day(2026, 3, 2)),
            requested_by: T(
                "Javier Ortega (Business Services)",
                "Javier Ortega (Servicios a Empresas)",
            )
            .get(lang),
            approved_on: Some(day(2026, 3, 10)),
            approved_by: andres.get(lang),
            opened_on: Some(day(2026, 3, 20)),
            for_event: true,
            ends_on: Some(day(2026, 4, 30)),
            closing_plan: T(
                "A thank-you post with the fair's results; the bio and a pinned post point to @empleovaldoria; closed thirty days after the fair.",
                "Una publicación de agradecimiento con los resultados de la feria; la biografía y una publicación fijada remiten a @empleovaldoria; se cierra treinta días después de la feria.",
            )
            .get(lang),
            closed_on: Some(day(2026, 5, 30)),
            closed_by: "Lucía Ferrer".into(),
            content_after_closing: T(
                "Archive downloaded and kept with the fair's records; the profile stays visible, pointing to @empleovaldoria.",
                "Archivo descargado y conservado con la documentación de la feria; el perfil sigue visible y remite a @empleovaldoria.",
            )
            .get(lang),
            answers: answers(
                T(
                    "Bring job seekers and employers to the fair's stands.",
                    "Llevar a demandantes y empresas a los puestos de la feria.",
                ),
                T(
                    "Job seekers and employers of the region.",
                    "Demandantes y empresas de la región.",
                ),
                T(
                    "The CM, three hours a day during the fair.",
                    "La CM, tres horas al día durante la feria.",
                ),
                T(
                    "Stands, timetables and live coverage.",
                    "Puestos, horarios y cobertura en directo.",
                ),
                lang,
            ),
            ..Account::default()
        },
        _ => Account::default(),
    }
}

fn pillars(lang: Lang) -> Vec<Pillar> {
    let share = |channel_id, percent: f64| PillarShare {
        channel_id,
        percent: Some(percent),
    };
    [
        (
            T("Services and procedures", "Servicios y trámites"),
            T(
                "Explain how to register, book an appointment or renew the job-seeker card: what the offices are asked every day.",
                "Explicar cómo inscribirse, pedir cita o renovar la demanda de empleo: lo que se pregunta cada día en las oficinas.",
            ),
            T(
                "“Renewing the job-seeker card takes two minutes”; a tutorial on booking online.",
                "«Renovar la demanda de empleo lleva dos minutos»; un tutorial para pedir cita en línea.",
            ),
            vec![1, 2],
            vec![share(INSTAGRAM, 30.0), share(YOUTUBE, 70.0), share(FACEBOOK, 40.0)],
        ),
        (
            T("Jobs and training", "Ofertas y formación"),
            T(
                "The day's vacancies and courses, so that nobody misses one.",
                "Las ofertas y los cursos del día, para que nadie se pierda ninguno.",
            ),
            T(
                "Today's five vacancies in the district; a course with a guaranteed interview.",
                "Las cinco ofertas de hoy en la comarca; un curso con entrevista garantizada.",
            ),
            vec![1, 5],
            vec![
                share(INSTAGRAM, 30.0),
                share(WHATSAPP, 100.0),
                share(YOUTUBE, 10.0),
                share(FACEBOOK, 40.0),
                share(NEWSLETTER, 30.0),
            ],
        ),
        (
            T("For employers", "Para empresas"),
            T(
                "Hiring incentives, calls and candidate pools for local employers.",
                "Incentivos a la contratación, convocatorias y bolsas de candidaturas para las empresas locales.",
            ),
            T(
                "A new incentive explained in three lines, with its form.",
                "Un incentivo nuevo explicado en tres líneas, con su formulario.",
            ),
            vec![3],
            vec![share(LINKEDIN, 60.0), share(NEWSLETTER, 70.0)],
        ),
        (
            T("People who found work", "Personas que encontraron empleo"),
            T(
                "Real stories of people placed and of firms that hired: proof that the service works.",
                "Historias reales de personas contratadas y de empresas que contrataron: la prueba de que el servicio funciona.",
            ),
            T(
                "Ana, 52, back at work after a retraining course.",
                "Ana, 52 años, vuelve a trabajar tras un curso de reciclaje.",
            ),
            vec![1, 3],
            vec![
                share(LINKEDIN, 40.0),
                share(INSTAGRAM, 40.0),
                share(YOUTUBE, 20.0),
                share(FACEBOOK, 20.0),
            ],
        ),
        (
            T("The labour market in numbers", "El mercado laboral en cifras"),
            T(
                "Monthly figures on employment in the region, explained plainly.",
                "Las cifras mensuales del empleo en la región, explicadas con claridad.",
            ),
            T(
                "Which sectors hired most this month.",
                "Qué sectores contrataron más este mes.",
            ),
            vec![6],
            vec![],
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((name, purpose, examples, objective_ids, shares), id)| Pillar {
        id,
        name: name.get(lang),
        purpose: purpose.get(lang),
        examples: examples.get(lang),
        objective_ids,
        shares,
    })
    .collect()
}

fn style_guides(lang: Lang) -> Vec<StyleGuide> {
    vec![
        StyleGuide {
            id: 1,
            name: T("Common style of every account", "Estilo común de todas las cuentas").get(lang),
            channel_ids: vec![LINKEDIN, INSTAGRAM, WHATSAPP, YOUTUBE, FACEBOOK, NEWSLETTER],
            language: T(
                "Spanish; English and Valdorian for EU programmes",
                "Español; inglés y valdoriano en los programas europeos",
            )
            .get(lang),
            register: Some(Register::Mixed),
            dos: T(
                "Say what the reader can do next, with a link. Answer in the language of the question. Correct a mistake openly, in the same place.",
                "Decir qué puede hacer quien lee, con un enlace. Responder en el idioma de la pregunta. Corregir un error abiertamente y en el mismo lugar.",
            )
            .get(lang),
            donts: T(
                "No acronyms, no jargon, no political messages; never ask for personal data in public.",
                "Nada de siglas, de jerga ni de mensajes políticos; nunca pedir datos personales en público.",
            )
            .get(lang),
            formats: String::new(),
            hashtags: T(
                "#EmpleoValdoria on every post; the agency's accounts are tagged, never individuals without consent.",
                "#EmpleoValdoria en cada publicación; se etiqueta a las cuentas de la agencia, nunca a particulares sin su permiso.",
            )
            .get(lang),
            posting_times: String::new(),
            accessibility: T(
                "Alternative text on every image; captions on every video; hashtags in CamelCase; emoji at the end of a sentence, never in place of words; contrast checked on graphics.",
                "Texto alternativo en cada imagen; subtítulos en cada vídeo; etiquetas en CamelCase; emojis al final de la frase, nunca en lugar de palabras; contraste comprobado en los gráficos.",
            )
            .get(lang),
            graphic_identity: T(
                "Avatar: the agency's logo on teal, the same on every network. Banners from the shared template, changed with each campaign.",
                "Avatar: el logotipo de la agencia sobre fondo verde azulado, el mismo en todas las redes. Cabeceras con la plantilla común, renovadas en cada campaña.",
            )
            .get(lang),
        },
        StyleGuide {
            id: 2,
            name: T("Instagram and WhatsApp: close", "Instagram y WhatsApp: cercano").get(lang),
            channel_ids: vec![INSTAGRAM, WHATSAPP],
            language: String::new(),
            register: Some(Register::Informal),
            dos: T(
                "Short sentences; one idea per slide; a question at the end of stories.",
                "Frases cortas; una idea por diapositiva; una pregunta al final de las stories.",
            )
            .get(lang),
            donts: T(
                "No more than three emoji per post; no trending sounds with lyrics.",
                "No más de tres emojis por publicación; nada de audios de moda con letra.",
            )
            .get(lang),
            formats: T(
                "Carousels of five to seven slides, Reels under a minute, daily stories with the day's vacancies.",
                "Carruseles de cinco a siete diapositivas, reels de menos de un minuto y stories diarias con las ofertas del día.",
            )
            .get(lang),
            hashtags: T(
                "#EmpleoJoven for youth programmes.",
                "#EmpleoJoven en los programas para jóvenes.",
            )
            .get(lang),
            posting_times: T(
                "Weekdays 8:00–9:00 and 19:00–21:00",
                "Días laborables de 8:00 a 9:00 y de 19:00 a 21:00",
            )
            .get(lang),
            accessibility: String::new(),
            graphic_identity: String::new(),
        },
        StyleGuide {
            id: 3,
            name: T(
                "LinkedIn and the newsletter: professional",
                "LinkedIn y boletín: profesional",
            )
            .get(lang),
            channel_ids: vec![LINKEDIN, NEWSLETTER],
            language: String::new(),
            register: Some(Register::Formal),
            dos: T(
                "Figures and deadlines first; name the incentive and link its form.",
                "Primero las cifras y los plazos; nombrar el incentivo y enlazar su formulario.",
            )
            .get(lang),
            donts: String::new(),
            formats: T(
                "Articles, PDF carousels, the monthly digest.",
                "Artículos, carruseles en PDF y el resumen mensual.",
            )
            .get(lang),
            hashtags: String::new(),
            posting_times: T(
                "Tuesdays and Thursdays, 9:00–11:00",
                "Martes y jueves, de 9:00 a 11:00",
            )
            .get(lang),
            accessibility: String::new(),
            graphic_identity: String::new(),
        },
    ]
}

fn service_levels(lang: Lang) -> Vec<ServiceLevel> {
    let weekdays = vec![
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    vec![
        ServiceLevel {
            id: 1,
            name: T("Office hours", "Horario de oficina").get(lang),
            channel_ids: vec![LINKEDIN, INSTAGRAM, YOUTUBE, FACEBOOK],
            days: weekdays.clone(),
            opens: Some("09:00".into()),
            closes: Some("14:30".into()),
            response_time: Some(24.0),
            response_unit: ResponseUnit::Hours,
            monitoring: Some(Monitoring::SeveralDaily),
            out_of_hours: T(
                "An automatic reply gives the office hours and the 012 citizen line; nothing is answered at weekends.",
                "Una respuesta automática indica el horario y el teléfono 012 de atención a la ciudadanía; los fines de semana no se responde.",
            )
            .get(lang),
        },
        ServiceLevel {
            id: 2,
            name: T("Newsletter replies", "Respuestas al boletín").get(lang),
            channel_ids: vec![NEWSLETTER],
            days: weekdays.clone(),
            opens: Some("09:00".into()),
            closes: Some("10:00".into()),
            response_time: Some(2.0),
            response_unit: ResponseUnit::WorkingDays,
            monitoring: Some(Monitoring::Weekdays),
            out_of_hours: String::new(),
        },
        ServiceLevel {
            id: 3,
            name: T("Job alerts (one way)", "Alertas de empleo (en un solo sentido)").get(lang),
            channel_ids: vec![WHATSAPP],
            days: weekdays,
            opens: None,
            closes: None,
            response_time: None,
            response_unit: ResponseUnit::Hours,
            monitoring: Some(Monitoring::Daily),
            out_of_hours: T(
                "The channel takes no messages: its description points to the 012 line and the contact form.",
                "El canal no admite mensajes: su descripción remite al teléfono 012 y al formulario de contacto.",
            )
            .get(lang),
        },
    ]
}

fn budget_lines(lang: Lang) -> Vec<BudgetLine> {
    [
        (
            T(
                "Ads for the summer youth training programme",
                "Anuncios del programa de formación juvenil de verano",
            ),
            BudgetCategory::PaidPromotion,
            Some(1500.0),
            BudgetPeriod::OneOff,
            (Some(day(2026, 6, 1)), Some(day(2026, 7, 31))),
            vec![INSTAGRAM],
            NONE,
        ),
        (
            T(
                "Sponsored posts for the Spring Job Fair",
                "Publicaciones patrocinadas de la Feria de Empleo de Primavera",
            ),
            BudgetCategory::PaidPromotion,
            Some(800.0),
            BudgetPeriod::OneOff,
            (Some(day(2026, 3, 25)), Some(day(2026, 4, 24))),
            vec![LINKEDIN, FAIR],
            NONE,
        ),
        (
            T(
                "Social media management suite",
                "Herramienta de gestión de redes sociales",
            ),
            BudgetCategory::Tools,
            Some(45.0),
            BudgetPeriod::Month,
            (None, None),
            vec![],
            T(
                "Scheduling, the shared inbox and monthly reports.",
                "Programación, bandeja de entrada compartida e informes mensuales.",
            ),
        ),
        (
            T(
                "Design tool licences (2)",
                "Licencias de la herramienta de diseño (2)",
            ),
            BudgetCategory::Tools,
            Some(24.0),
            BudgetPeriod::Month,
            (None, None),
            vec![],
            NONE,
        ),
        (
            T(
                "Video production for the tutorials",
                "Producción de vídeo para los tutoriales",
            ),
            BudgetCategory::Production,
            None,
            BudgetPeriod::Year,
            (None, None),
            vec![YOUTUBE],
            T(
                "Quote requested from the regional video service.",
                "Presupuesto pedido al servicio regional de vídeo.",
            ),
        ),
        (
            T(
                "Accessibility course for account managers",
                "Curso de accesibilidad para responsables de cuentas",
            ),
            BudgetCategory::Training,
            Some(600.0),
            BudgetPeriod::OneOff,
            (Some(day(2026, 11, 1)), Some(day(2026, 11, 30))),
            vec![],
            NONE,
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(
        |((name, category, amount, period, (start, end), channel_ids, notes), id)| BudgetLine {
            id,
            name: name.get(lang),
            category,
            amount,
            currency: "€".into(),
            period,
            start,
            end,
            channel_ids,
            notes: notes.get(lang),
        },
    )
    .collect()
}

fn procedure_steps(lang: Lang) -> Vec<ProcedureStep> {
    [
        (
            Phase::Opening,
            T("Request", "Solicitud"),
            T("The unit that wants the account", "La unidad que quiere la cuenta"),
            Some(0),
            T(
                "Fills in the account-request form, answering the four questions, and sends it to the community manager.",
                "Rellena el formulario de solicitud de cuenta, responde a las cuatro preguntas y lo envía a la community manager.",
            ),
        ),
        (
            Phase::Opening,
            T("Review", "Revisión"),
            T("Community manager", "Community manager"),
            Some(5),
            T(
                "Checks the answers, whether an existing account already reaches that audience, and the hours promised; proposes a name and a handle.",
                "Comprueba las respuestas, si alguna cuenta existente ya llega a ese público y las horas comprometidas; propone un nombre y un usuario.",
            ),
        ),
        (
            Phase::Opening,
            T("Approval", "Aprobación"),
            T("Head of Communication", "Jefatura de Comunicación"),
            Some(5),
            T(
                "Approves or rejects the request in writing, with the reason.",
                "Aprueba o rechaza la solicitud por escrito, con el motivo.",
            ),
        ),
        (
            Phase::Opening,
            T("Set-up", "Alta"),
            T("Community manager, with IT", "Community manager, con Informática"),
            Some(3),
            T(
                "Opens the account with an institutional address, two-factor authentication and two administrators; applies the avatar and banner; enters it in the registry.",
                "Abre la cuenta con una dirección institucional, verificación en dos pasos y dos administradores; aplica el avatar y la cabecera; la inscribe en el registro.",
            ),
        ),
        (
            Phase::Closing,
            T("Decision to close", "Decisión de cierre"),
            T("Community manager, with the account manager", "Community manager, con la persona responsable de la cuenta"),
            None,
            T(
                "When an account has been dormant for six months, or its event has ended.",
                "Cuando una cuenta lleva seis meses inactiva o ha terminado su evento.",
            ),
        ),
        (
            Phase::Closing,
            T("Notice and redirection", "Aviso y redirección"),
            T("Community manager", "Community manager"),
            Some(15),
            T(
                "A last post tells followers where to find the agency; the bio points to the account that continues.",
                "Una última publicación indica dónde seguir a la agencia; la biografía remite a la cuenta que continúa.",
            ),
        ),
        (
            Phase::Closing,
            T("Archive and close", "Archivo y cierre"),
            T("Community manager, with IT", "Community manager, con Informática"),
            Some(5),
            T(
                "Downloads the archive and keeps it with the records; removes the administrators; closes or hands over the account; updates the registry.",
                "Descarga el archivo y lo conserva con la documentación; retira a los administradores; cierra o transfiere la cuenta; actualiza el registro.",
            ),
        ),
    ]
    .into_iter()
    .zip(1..)
    .map(|((phase, name, who, days, description), id)| ProcedureStep {
        id,
        phase,
        name: name.get(lang),
        who: who.get(lang),
        days,
        description: description.get(lang),
        position: id,
    })
    .collect()
}

/// The national holidays of Spain over the planning period (the agency is
/// Spanish), numbered in date order.
fn holidays(profile: &crate::model::Profile, lang: Lang) -> Vec<crate::model::Holiday> {
    let (Some(start), Some(end)) = (profile.planning_start, profile.planning_end) else {
        return Vec::new();
    };
    (start.year()..=end.year())
        .flat_map(|year| {
            crate::model::starting_set(crate::model::HolidayCountry::Spain, year, lang)
        })
        .filter(|h| start <= h.date && h.date <= end)
        .enumerate()
        .map(|(i, h)| crate::model::Holiday {
            id: i as i64 + 1,
            ..h
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_valid_and_rich_in_both_languages() {
        for lang in Lang::ALL {
            let doc = workspace(lang);
            assert_eq!(doc.check(), Ok(()), "{lang:?}");
            for status in ChannelStatus::ALL {
                assert!(
                    doc.channels.iter().any(|c| c.status == *status),
                    "{status:?} missing"
                );
            }
            for decision in Decision::ALL {
                assert!(
                    doc.recommendations.iter().any(|r| r.decision == *decision),
                    "{decision:?} missing"
                );
            }
            for direction in Direction::ALL {
                assert!(
                    doc.flows.iter().any(|f| f.direction == *direction),
                    "{direction:?} missing"
                );
            }
            assert!(doc.measurements.len() > 30);
            // How the channels run: every kind is there, and tells a story.
            assert!(doc.people.iter().any(|p| p.duty == Duty::Coordinator));
            assert!(doc.people.iter().any(|p| p.weekly_hours.is_none()));
            assert!(doc.pillars.len() >= 3 && doc.style_guides.len() >= 2);
            assert!(doc.service_levels.len() >= 2 && doc.budget_lines.len() >= 3);
            assert!(doc.budget_lines.iter().any(|b| b.amount.is_none()));
            for phase in Phase::ALL {
                assert!(doc.procedure_steps.iter().any(|s| s.phase == *phase));
            }
            assert!(doc.channels.iter().any(|c| c.account.for_event));
            assert!(doc.flows.iter().any(|f| f.department_ids.len() > 1));
            // Every live account answered the four questions but one kept
            // from before the procedure existed.
            let unanswered: Vec<&str> = doc
                .channels
                .iter()
                .filter(|c| c.status.is_live() && !c.account.answers.missing().is_empty())
                .map(|c| c.name.as_str())
                .collect();
            assert_eq!(unanswered.len(), 1, "{unanswered:?}");
            assert!(
                doc.campaigns
                    .iter()
                    .any(|c| c.affects_community && !c.cm_involved)
            );
            // The rules people meet: house rules, a moderation matrix, a
            // crisis playbook with three levels, the main policies.
            for kind in PolicyKind::PUBLISHABLE {
                assert!(
                    doc.policies.iter().any(|p| p.kind == kind && p.has_text()),
                    "{kind:?}"
                );
            }
            assert!(doc.policies.len() >= 5);
            assert!(doc.policies.iter().all(|p| !p.text.contains('[')));
            for action in ModerationAction::ALL {
                assert!(
                    doc.moderation_rules.iter().any(|r| r.action == *action),
                    "{action:?}"
                );
            }
            assert_eq!(doc.crisis_levels.len(), 3);
            assert!(
                doc.crisis_levels
                    .iter()
                    .all(|l| l.has_statement() && !l.decided_by.is_empty())
            );
            assert!(!doc.pause_steps.is_empty() && !doc.crisis.is_empty());
            assert_eq!(doc.protocols.len(), 2);
        }
        assert_ne!(
            workspace(Lang::En).profile.name,
            workspace(Lang::Es).profile.name
        );
    }
}
