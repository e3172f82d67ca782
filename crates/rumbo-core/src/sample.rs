//! The sample workspace: a regional public employment agency whose community
//! manager is building a strategy. It is what a newcomer sees first, so it is
//! realistic and coherent, shows every part of the product, and gives the
//! health check something true to say — in either language.

use chrono::{Datelike, NaiveDate};

use crate::defaults;
use crate::interchange::WorkspaceDoc;
use crate::lang::Lang;
use crate::model::{
    Activity, Audience, Cadence, Campaign, Channel, ChannelStatus, Decision, Department, Direction,
    EntryKind, FitScore, Flow, Gender, InfoNeed, InternalChannel, Measurement, Network, Objective,
    ObjectiveKind, ObjectiveStatus, Profile, RaciCell, RaciRole, Recommendation, Urgency, Weekday,
};

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
    doc.measurements = measurements();
    doc.campaigns = campaigns(lang);
    doc.flows = flows(lang);
    doc.document = crate::model::DocumentSettings::in_language(lang);
    doc.info_needs = info_needs(lang);
    doc.recommendations = recommendations(lang);
    doc.holidays = holidays(&doc.profile, lang);
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
            status: ChannelStatus::Active,
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
    })
    .collect()
}

fn flows(lang: Lang) -> Vec<Flow> {
    let flow = |name: T,
                direction,
                department_id,
                channel,
                cadence,
                audience: T,
                owner: &str,
                feedback: T| Flow {
        id: 0,
        name: name.get(lang),
        direction,
        department_id,
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
            Some(COMMS),
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
            Some(CITIZEN),
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
            Some(MANAGEMENT),
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
            Some(MATCHING),
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
            None,
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
            Some(EDITORIAL),
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
            Some(BUSINESS),
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
            assert!(
                doc.campaigns
                    .iter()
                    .any(|c| c.affects_community && !c.cm_involved)
            );
        }
        assert_ne!(
            workspace(Lang::En).profile.name,
            workspace(Lang::Es).profile.name
        );
    }
}
