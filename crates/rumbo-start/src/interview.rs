//! The first-time interview: its steps, its questions in plain language,
//! and the answers a community manager gives (saved as they are given, so
//! the interview resumes where it was left). The questions follow the four
//! that public-sector guides ask before an account is opened — objectives,
//! audience, resources, content — after who the organization is and who
//! decides.

use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::text::name_key;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::template::{OrgKind, seed_audiences, seed_departments};

/// The interview's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub enum InterviewStep {
    #[default]
    #[serde(rename = "organization")]
    Organization,
    #[serde(rename = "departments")]
    Departments,
    #[serde(rename = "aims")]
    Aims,
    #[serde(rename = "audiences")]
    Audiences,
    #[serde(rename = "hours")]
    Hours,
    #[serde(rename = "content")]
    Content,
    /// The draft strategy, shown before it is written.
    #[serde(rename = "draft")]
    Draft,
    /// The draft was written (or the interview was set aside): it is not
    /// offered again when the workspace opens.
    #[serde(rename = "done")]
    Done,
}

impl InterviewStep {
    /// The steps that ask a question, in order.
    pub const QUESTIONS: [InterviewStep; 6] = [
        InterviewStep::Organization,
        InterviewStep::Departments,
        InterviewStep::Aims,
        InterviewStep::Audiences,
        InterviewStep::Hours,
        InterviewStep::Content,
    ];
}

/// The kinds of content an organization can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum ContentFormat {
    #[serde(rename = "news")]
    News,
    #[serde(rename = "photos")]
    Photos,
    #[serde(rename = "short_video")]
    ShortVideo,
    #[serde(rename = "video")]
    Video,
    #[serde(rename = "articles")]
    Articles,
    #[serde(rename = "events")]
    Events,
    #[serde(rename = "documents")]
    Documents,
    #[serde(rename = "audio")]
    Audio,
    #[serde(rename = "products")]
    Products,
}

impl ContentFormat {
    pub const ALL: [ContentFormat; 9] = [
        ContentFormat::News,
        ContentFormat::Photos,
        ContentFormat::ShortVideo,
        ContentFormat::Video,
        ContentFormat::Articles,
        ContentFormat::Events,
        ContentFormat::Documents,
        ContentFormat::Audio,
        ContentFormat::Products,
    ];

    /// Its name on its own ("Short video").
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ContentFormat::News => lang.pick("News and notices", "Noticias y avisos"),
            ContentFormat::Photos => lang.pick("Photos", "Fotos"),
            ContentFormat::ShortVideo => lang.pick("Short vertical video", "Vídeo corto vertical"),
            ContentFormat::Video => lang.pick("Longer video", "Vídeo largo"),
            ContentFormat::Articles => lang.pick("Articles and opinion", "Artículos y opinión"),
            ContentFormat::Events => {
                lang.pick("Events to cover live", "Eventos para contar en directo")
            }
            ContentFormat::Documents => lang.pick("Reports and data", "Informes y datos"),
            ContentFormat::Audio => lang.pick("Audio and interviews", "Audio y entrevistas"),
            ContentFormat::Products => lang.pick("Products and offers", "Productos y ofertas"),
        }
    }

    /// Its name inside a sentence ("short video").
    pub fn phrase(self, lang: Lang) -> &'static str {
        match self {
            ContentFormat::News => lang.pick("news", "noticias"),
            ContentFormat::Photos => lang.pick("photos", "fotos"),
            ContentFormat::ShortVideo => lang.pick("short video", "vídeo corto"),
            ContentFormat::Video => lang.pick("longer video", "vídeo largo"),
            ContentFormat::Articles => lang.pick("articles", "artículos"),
            ContentFormat::Events => lang.pick("live events", "eventos en directo"),
            ContentFormat::Documents => lang.pick("reports and data", "informes y datos"),
            ContentFormat::Audio => lang.pick("audio", "audio"),
            ContentFormat::Products => lang.pick("products and offers", "productos y ofertas"),
        }
    }
}

/// A department the community manager works with.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct DepartmentAnswer {
    pub name: String,
    /// This department decides what the organization publishes (the one
    /// that approves: "A" in the grid). One at most.
    pub decides: bool,
}

/// What the organization wants from social media, in its own words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct AimAnswer {
    pub text: String,
    /// Keep an aim that only states presence as it is written, instead of
    /// its measurable rewrite.
    pub insist: bool,
}

/// The interview's answers: what a community manager has said so far, and
/// where the interview is. Every field may be missing (a skipped question).
/// Also the file `rumbo new FILE --answers answers.json` reads
/// (docs/answers-format.md).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct InterviewAnswers {
    /// The kind of organization (the template it starts from).
    pub kind: OrgKind,
    pub name: String,
    pub mission: String,
    pub values: String,
    /// How the organization sounds.
    pub voice: String,
    pub departments: Vec<DepartmentAnswer>,
    pub aims: Vec<AimAnswer>,
    /// Who the organization wants to reach, each in a few words.
    pub audiences: Vec<String>,
    /// The hours a week available for social media.
    #[ts(optional = nullable)]
    pub hours: Option<f64>,
    /// The content the organization has or can make.
    pub content: Vec<ContentFormat>,
    /// Where the interview is.
    pub step: InterviewStep,
}

/// The most of each list an answers file may hold, and the most hours.
pub const MAX_ITEMS: usize = 40;
pub const MAX_HOURS: f64 = 168.0;
const MAX_TEXT: usize = 2000;

impl InterviewAnswers {
    /// Reads an answers file. A problem is told in `lang` with its line and
    /// column.
    pub fn from_json(text: &str, lang: Lang) -> Result<InterviewAnswers, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let answers: InterviewAnswers = serde_json::from_str(text).map_err(|e| {
            lang.pick(
                &format!("line {}, column {}: {e}", e.line(), e.column()),
                &format!("línea {}, columna {}: {e}", e.line(), e.column()),
            )
            .to_string()
        })?;
        answers.checked(lang)
    }

    /// The answers with their text trimmed, refused when a list or a text is
    /// beyond what Rumbo holds or the hours are not hours of a week.
    pub fn checked(mut self, lang: Lang) -> Result<InterviewAnswers, String> {
        for text in [
            &mut self.name,
            &mut self.mission,
            &mut self.values,
            &mut self.voice,
        ] {
            *text = text.trim().to_string();
        }
        self.departments
            .iter_mut()
            .for_each(|d| d.name = d.name.trim().to_string());
        self.aims
            .iter_mut()
            .for_each(|a| a.text = a.text.trim().to_string());
        self.audiences
            .iter_mut()
            .for_each(|a| *a = a.trim().to_string());
        self.departments.retain(|d| !d.name.is_empty());
        self.aims.retain(|a| !a.text.is_empty());
        self.audiences.retain(|a| !a.is_empty());
        let lists = [
            self.departments.len(),
            self.aims.len(),
            self.audiences.len(),
            self.content.len(),
        ];
        if lists.iter().any(|n| *n > MAX_ITEMS) {
            return Err(lang
                .pick(
                    "A list of answers holds more than 40 items.",
                    "Una lista de respuestas tiene más de 40 elementos.",
                )
                .to_string());
        }
        let texts = [&self.name, &self.mission, &self.values, &self.voice]
            .into_iter()
            .chain(self.departments.iter().map(|d| &d.name))
            .chain(self.aims.iter().map(|a| &a.text))
            .chain(self.audiences.iter());
        if texts.into_iter().any(|t| t.chars().count() > MAX_TEXT) {
            return Err(lang
                .pick(
                    "An answer is longer than 2,000 characters.",
                    "Una respuesta tiene más de 2000 caracteres.",
                )
                .to_string());
        }
        if let Some(hours) = self.hours
            && !(hours.is_finite() && (0.0..=MAX_HOURS).contains(&hours))
        {
            return Err(lang
                .pick(
                    "The hours a week must be a number from 0 to 168.",
                    "Las horas a la semana deben ser un número de 0 a 168.",
                )
                .to_string());
        }
        // One department decides at most: the last one marked.
        if let Some(last) = self.departments.iter().rposition(|d| d.decides) {
            for (i, d) in self.departments.iter_mut().enumerate() {
                d.decides = i == last;
            }
        }
        self.content.sort();
        self.content.dedup();
        Ok(self)
    }

    /// Answers that start from what the workspace `doc` already holds, for
    /// an interview begun on a workspace that was not created with one: its
    /// name, mission, values and voice, its departments (the one the
    /// community manager reports to marks who decides) and its audiences.
    pub fn from_workspace(doc: &WorkspaceDoc, kind: OrgKind) -> InterviewAnswers {
        // A text too long for an answer is left unasked: the draft then
        // keeps the workspace's own, whole.
        let fits = |text: &str| {
            if text.chars().count() > MAX_TEXT {
                String::new()
            } else {
                text.to_string()
            }
        };
        let p = &doc.profile;
        let reports_to = name_key(&p.cm_reports_to);
        InterviewAnswers {
            kind,
            name: fits(&p.name),
            mission: fits(&p.mission),
            values: fits(&p.values),
            voice: fits(&p.brand_voice),
            departments: doc
                .departments
                .iter()
                .take(MAX_ITEMS)
                .map(|d| DepartmentAnswer {
                    name: d.name.clone(),
                    decides: !reports_to.is_empty() && name_key(&d.name) == reports_to,
                })
                .collect(),
            audiences: doc
                .audiences
                .iter()
                .take(MAX_ITEMS)
                .map(|a| a.name.clone())
                .collect(),
            ..InterviewAnswers::default()
        }
    }

    /// InterviewAnswers that start from a template: its departments named and the
    /// one that usually decides marked, its audiences listed.
    pub fn for_kind(kind: OrgKind, lang: Lang, name: &str) -> InterviewAnswers {
        InterviewAnswers {
            kind,
            name: name.to_string(),
            departments: seed_departments(kind, lang)
                .into_iter()
                .map(|d| DepartmentAnswer {
                    name: d.name.to_string(),
                    decides: d.role == crate::template::DeptRole::Decides,
                })
                .collect(),
            audiences: seed_audiences(kind, lang)
                .into_iter()
                .map(|a| a.name.to_string())
                .collect(),
            ..InterviewAnswers::default()
        }
    }
}

/// One step's question, as the window shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewQuestion {
    pub step: InterviewStep,
    pub title: String,
    /// The question itself, in plain words.
    pub prompt: String,
    /// Why it is asked, and the principle behind it.
    pub why: String,
    /// Examples to pick from and edit: voices, aims, and the departments
    /// and audiences usual for the kind of organization.
    pub examples: Vec<String>,
    /// The content step's choices, each with its label; empty elsewhere.
    pub formats: Vec<FormatChoice>,
}

/// A kind of content to tick, as the window shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FormatChoice {
    pub format: ContentFormat,
    pub label: String,
}

/// The interview's questions for an organization of `kind`, in `lang`.
pub fn questions(kind: OrgKind, lang: Lang) -> Vec<InterviewQuestion> {
    let q = |step,
             title: (&str, &str),
             prompt: (&str, &str),
             why: (&str, &str),
             examples: Vec<&str>| {
        InterviewQuestion {
            step,
            title: lang.pick(title.0, title.1).to_string(),
            prompt: lang.pick(prompt.0, prompt.1).to_string(),
            why: lang.pick(why.0, why.1).to_string(),
            examples: examples.into_iter().map(str::to_string).collect(),
            formats: if step == InterviewStep::Content {
                ContentFormat::ALL
                    .iter()
                    .map(|&format| FormatChoice {
                        format,
                        label: format.label(lang).to_string(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
        }
    };
    let departments: Vec<&str> = seed_departments(kind, lang)
        .iter()
        .map(|d| d.name)
        .collect();
    let audiences: Vec<&str> = seed_audiences(kind, lang).iter().map(|a| a.name).collect();
    vec![
        q(
            InterviewStep::Organization,
            ("The organization", "La organización"),
            (
                "What is the organization called, what is it for, what does it stand for, and how does it sound when it speaks?",
                "¿Cómo se llama la organización, para qué existe, qué valores defiende y cómo suena cuando habla?",
            ),
            (
                "Everything the strategy says starts from the organization's identity: a channel, a post or a reply is judged by whether it sounds like the organization and serves its mission.",
                "Todo lo que dice la estrategia parte de la identidad de la organización: un canal, una publicación o una respuesta se juzgan por si suenan a ella y sirven a su misión.",
            ),
            voices(kind, lang),
        ),
        q(
            InterviewStep::Departments,
            (
                "Departments and who decides",
                "Departamentos y quién decide",
            ),
            (
                "Which departments do you work with, and which of them decides what the organization publishes?",
                "¿Con qué departamentos trabajas y cuál de ellos decide lo que publica la organización?",
            ),
            (
                "Social media is not one department's job: the community manager connects every department with the public. Saying who decides early avoids posts that wait for an approval nobody owns.",
                "Las redes no son cosa de un solo departamento: quien gestiona la comunidad conecta a todos los departamentos con el público. Decir pronto quién decide evita publicaciones que esperan una aprobación que nadie asume.",
            ),
            departments,
        ),
        q(
            InterviewStep::Aims,
            (
                "What you want from social media",
                "Qué queréis conseguir en las redes",
            ),
            (
                "What does the organization want social media to achieve? Write it in your own words, one aim per line.",
                "¿Qué quiere conseguir la organización con las redes sociales? Escríbelo con tus palabras, un propósito por línea.",
            ),
            (
                "Channels serve objectives, never the other way round. An objective names a result that can be measured, from where you are to where you want to be, by a date.",
                "Los canales sirven a los objetivos, nunca al revés. Un objetivo nombra un resultado que se puede medir, desde donde estáis hasta donde queréis llegar, en una fecha.",
            ),
            aims(kind, lang),
        ),
        q(
            InterviewStep::Audiences,
            ("Who you want to reach", "A quién queréis llegar"),
            (
                "Who does the organization want to reach? Name each group in a few words.",
                "¿A quién quiere llegar la organización? Nombra cada grupo en pocas palabras.",
            ),
            (
                "A channel is worth opening only where the people you want to reach already are. \"Everyone\" is nobody: name the groups.",
                "Solo merece la pena abrir un canal donde ya está la gente a la que queréis llegar. «Todo el mundo» no es nadie: nombra los grupos.",
            ),
            audiences,
        ),
        q(
            InterviewStep::Hours,
            ("Time available", "Tiempo disponible"),
            (
                "How many hours a week can the organization give to social media, counting everyone who takes part?",
                "¿Cuántas horas a la semana puede dedicar la organización a las redes, contando a todas las personas que participan?",
            ),
            (
                "An abandoned account says more about an organization than no account at all. Each channel costs hours every week: opening only what can be kept alive is part of the strategy.",
                "Una cuenta abandonada dice más de una organización que no tener cuenta. Cada canal cuesta horas cada semana: abrir solo lo que se puede mantener vivo es parte de la estrategia.",
            ),
            Vec::new(),
        ),
        q(
            InterviewStep::Content,
            ("The content you have", "El contenido que tenéis"),
            (
                "What content does the organization have, or can it make regularly?",
                "¿Qué contenido tiene la organización, o puede hacer con regularidad?",
            ),
            (
                "Each network rewards some formats: short video, photos, long articles, live events. A channel whose format you cannot make will not last.",
                "Cada red premia unos formatos: vídeo corto, fotos, artículos largos, eventos en directo. Un canal cuyo formato no podéis producir no durará.",
            ),
            Vec::new(),
        ),
    ]
}

fn voices(kind: OrgKind, lang: Lang) -> Vec<&'static str> {
    let close = lang.pick(
        "Close and clear: we speak as a neighbour would, without jargon, and we always answer.",
        "Cercana y clara: hablamos como lo haría una vecina, sin jerga, y siempre respondemos.",
    );
    let rigorous = lang.pick(
        "Rigorous and useful: every post gives a fact, a date or a step to take.",
        "Rigurosa y útil: cada publicación da un dato, una fecha o un paso que dar.",
    );
    let warm = lang.pick(
        "Warm and hopeful: we tell real stories of the people we work with, with their consent.",
        "Cálida y esperanzadora: contamos historias reales de las personas con las que trabajamos, con su consentimiento.",
    );
    let playful = lang.pick(
        "Friendly with a touch of humour: we talk like the people who love the product.",
        "Amable y con un punto de humor: hablamos como la gente a la que le gusta el producto.",
    );
    let proud = lang.pick(
        "Proud and welcoming: we show what our students do and make families feel at home.",
        "Orgullosa y acogedora: mostramos lo que hace nuestro alumnado y hacemos que las familias se sientan en casa.",
    );
    match kind {
        OrgKind::PublicAdministration => vec![close, rigorous],
        OrgKind::Ngo => vec![warm, close],
        OrgKind::SmallBusiness => vec![close, playful],
        OrgKind::ConsumerBrand => vec![playful, close],
        OrgKind::Education => vec![proud, close],
        OrgKind::Empty => vec![close, rigorous, warm],
    }
}

fn aims(kind: OrgKind, lang: Lang) -> Vec<&'static str> {
    match kind {
        OrgKind::PublicAdministration => vec![
            lang.pick(
                "Answer residents' questions about procedures faster",
                "Responder antes a las dudas del vecindario sobre trámites",
            ),
            lang.pick(
                "More young people applying for the youth grants",
                "Que más jóvenes soliciten las ayudas de juventud",
            ),
        ],
        OrgKind::Ngo => vec![
            lang.pick(
                "Recruit new volunteers",
                "Captar nuevas personas voluntarias",
            ),
            lang.pick(
                "More donations from our appeals",
                "Más donaciones en nuestros llamamientos",
            ),
        ],
        OrgKind::SmallBusiness => vec![
            lang.pick(
                "More bookings from people nearby",
                "Más reservas de gente de la zona",
            ),
            lang.pick("Customers who come back", "Que la clientela repita"),
        ],
        OrgKind::ConsumerBrand => vec![
            lang.pick(
                "Answer customers' questions within the day",
                "Responder a las consultas de la clientela en el día",
            ),
            lang.pick(
                "More people recommending the brand",
                "Más personas que recomiendan la marca",
            ),
        ],
        OrgKind::Education => vec![
            lang.pick(
                "More applications for next year's admissions",
                "Más solicitudes en las admisiones del próximo curso",
            ),
            lang.pick(
                "Families informed of every notice on time",
                "Familias informadas a tiempo de cada aviso",
            ),
        ],
        OrgKind::Empty => vec![lang.pick(
            "Answer people's questions faster",
            "Responder antes a las dudas de la gente",
        )],
    }
}
