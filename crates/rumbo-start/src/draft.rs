//! From the interview's answers to a draft strategy, shown before anything
//! is written: the profile, departments with a starting RACI, audiences,
//! candidate channels with a brand-fit score and a one-line reason, the
//! internal flows of every department named, and objectives — an aim that
//! only states presence comes with a measurable rewrite. The community
//! manager edits the draft; `apply` writes what is kept into a workspace,
//! adding to what is there, never replacing it.

use chrono::{Datelike, Months, NaiveDate};
use rumbo_core::Lang;
use rumbo_core::format;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{
    Audience, Cadence, Channel, ChannelStatus, Department, Direction, FitScore, Flow,
    InternalChannel, Network, Objective, ObjectiveKind, RaciCell, weighted,
};
use rumbo_core::text::name_key;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::interview::{ContentFormat, InterviewAnswers};
use crate::template::{
    ActivityRole, DeptRole, OrgKind, seed_audiences, seed_departments, usual_role,
};
use crate::words::{
    Segment, fold, has_stem, join, network_in, objective_kind_of, segments_of, voice_is_close,
    voice_is_formal,
};

/// The organization as the draft will write it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftProfile {
    pub name: String,
    pub sector: String,
    pub mission: String,
    pub values: String,
    pub brand_voice: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftDepartment {
    pub name: String,
    pub decides: bool,
    /// Already in the workspace: its grid is completed, it is not added.
    pub exists: bool,
    pub include: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftAudience {
    pub name: String,
    pub description: String,
    pub needs: String,
    pub exists: bool,
    pub include: bool,
}

/// One criterion's score for a candidate channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftScore {
    /// The workspace's criterion, by name.
    pub criterion: String,
    pub score: u8,
    /// The criterion's weight, so that the review can weigh a score the
    /// community manager changes (it is the workspace's, not written back).
    pub weight: u32,
}

/// A candidate channel, with its brand-fit score and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftChannel {
    pub network: Network,
    pub name: String,
    pub scores: Vec<DraftScore>,
    /// The weighted brand fit from the scores (1–5), as the fit matrix
    /// computes it.
    #[ts(optional = nullable)]
    pub fit: Option<f64>,
    /// One line: who is there, which of your formats it rewards, its hours.
    pub reason: String,
    /// Hours a week a channel of this kind usually takes.
    pub weekly_hours: f64,
    /// The audiences it reaches, by name.
    pub audiences: Vec<String>,
    pub include: bool,
}

/// An internal flow for a department.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftFlow {
    pub name: String,
    pub department: String,
    pub direction: Direction,
    pub channel: InternalChannel,
    pub cadence: Cadence,
    pub include: bool,
}

/// An objective's fields as the draft proposes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftGoal {
    pub title: String,
    pub kind: ObjectiveKind,
    pub kpi_metric: String,
    pub kpi_unit: String,
    #[ts(optional = nullable)]
    pub baseline: Option<f64>,
    #[ts(optional = nullable)]
    pub target: Option<f64>,
    #[ts(optional = nullable)]
    pub deadline: Option<NaiveDate>,
    pub owner: String,
    /// The channel it is pursued on, when the aim named one.
    #[ts(optional = nullable)]
    pub network: Option<Network>,
}

/// An aim turned into an objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftObjective {
    /// The aim as the community manager wrote it.
    pub aim: String,
    /// The aim only states presence ("estar en TikTok"): it is not an
    /// objective as written.
    pub presence: bool,
    /// Why a presence aim is not an objective (empty otherwise).
    pub why: String,
    /// The measurable objective proposed (for a presence aim, its SMART
    /// rewrite).
    pub goal: DraftGoal,
    /// Write the aim as it was written instead of the rewrite (the
    /// community manager insists).
    pub as_written: bool,
    pub include: bool,
}

/// The draft strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Draft {
    pub kind: OrgKind,
    pub profile: DraftProfile,
    pub departments: Vec<DraftDepartment>,
    pub audiences: Vec<DraftAudience>,
    pub channels: Vec<DraftChannel>,
    pub flows: Vec<DraftFlow>,
    pub objectives: Vec<DraftObjective>,
    /// The hours a week the answers said are available.
    #[ts(optional = nullable)]
    pub hours_available: Option<f64>,
}

impl Draft {
    /// The hours a week the channels kept would take.
    pub fn effort(&self) -> f64 {
        self.channels
            .iter()
            .filter(|c| c.include)
            .map(|c| c.weekly_hours)
            .sum()
    }

    /// Whether the channels kept take more hours than are available.
    pub fn over_hours(&self) -> bool {
        self.hours_available
            .is_some_and(|hours| self.effort() > hours + 1e-9)
    }
}

// -- channels -----------------------------------------------------------

struct NetProfile {
    network: Network,
    formats: &'static [ContentFormat],
    segments: &'static [Segment],
    serves: &'static [ObjectiveKind],
    hours: f64,
}

const NETWORKS: &[NetProfile] = {
    use ContentFormat as F;
    use ObjectiveKind as K;
    use Segment as S;
    &[
        NetProfile {
            network: Network::Instagram,
            formats: &[F::Photos, F::ShortVideo, F::Events, F::Products],
            segments: &[
                S::Young,
                S::Students,
                S::Families,
                S::Customers,
                S::Residents,
            ],
            serves: &[K::Awareness, K::Engagement, K::Leads],
            hours: 5.0,
        },
        NetProfile {
            network: Network::Facebook,
            formats: &[F::Photos, F::News, F::Events, F::Video],
            segments: &[
                S::Residents,
                S::Families,
                S::Older,
                S::Supporters,
                S::Customers,
            ],
            serves: &[K::Awareness, K::CustomerCare, K::Engagement, K::Retention],
            hours: 3.0,
        },
        NetProfile {
            network: Network::Linkedin,
            formats: &[F::Articles, F::Documents, F::News],
            segments: &[S::Professionals, S::Businesses, S::Media, S::Supporters],
            serves: &[K::Leads, K::Advocacy, K::Awareness, K::Internal],
            hours: 3.0,
        },
        NetProfile {
            network: Network::WhatsappChannel,
            formats: &[F::News, F::Events, F::Products],
            segments: &[
                S::Residents,
                S::Families,
                S::Older,
                S::Customers,
                S::Supporters,
            ],
            serves: &[K::Retention, K::Awareness, K::CustomerCare],
            hours: 1.5,
        },
        NetProfile {
            network: Network::Tiktok,
            formats: &[F::ShortVideo],
            segments: &[S::Young, S::Students],
            serves: &[K::Awareness, K::Engagement],
            hours: 6.0,
        },
        NetProfile {
            network: Network::Youtube,
            formats: &[F::Video, F::ShortVideo, F::Events],
            segments: &[S::Students, S::Young, S::Residents, S::Professionals],
            serves: &[K::Awareness, K::CustomerCare],
            hours: 6.0,
        },
        NetProfile {
            network: Network::X,
            formats: &[F::News, F::Events],
            segments: &[S::Media, S::Professionals, S::Residents],
            serves: &[K::CustomerCare, K::Listening, K::Awareness],
            hours: 3.0,
        },
        NetProfile {
            network: Network::Newsletter,
            formats: &[F::Articles, F::News, F::Documents, F::Products],
            segments: &[
                S::Supporters,
                S::Customers,
                S::Professionals,
                S::Businesses,
                S::Families,
            ],
            serves: &[K::Retention, K::Leads, K::Advocacy],
            hours: 2.0,
        },
        NetProfile {
            network: Network::Bluesky,
            formats: &[F::News, F::Articles],
            segments: &[S::Media, S::Professionals],
            serves: &[K::Listening, K::Awareness],
            hours: 2.0,
        },
        NetProfile {
            network: Network::Blog,
            formats: &[F::Articles, F::Documents],
            segments: &[S::Professionals, S::Media, S::Residents],
            serves: &[K::Awareness, K::Advocacy],
            hours: 3.0,
        },
        NetProfile {
            network: Network::Podcast,
            formats: &[F::Audio],
            segments: &[S::Professionals, S::Residents],
            serves: &[K::Awareness, K::Advocacy],
            hours: 4.0,
        },
        NetProfile {
            network: Network::Telegram,
            formats: &[F::News],
            segments: &[S::Young, S::Residents],
            serves: &[K::Retention, K::Awareness],
            hours: 1.5,
        },
    ]
};

fn profile_of(network: Network) -> Option<&'static NetProfile> {
    NETWORKS.iter().find(|p| p.network == network)
}

/// What a brand-fit criterion measures, read from its name (the usual
/// criteria in either language); `None` for one of the community
/// manager's own, which the draft leaves unscored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Criterion {
    Audience,
    Objectives,
    Format,
    Voice,
    Resources,
}

fn criterion_of(name: &str) -> Option<Criterion> {
    let f = fold(name);
    if has_stem(&f, &["audience", "public", "presencia del pub"]) {
        Some(Criterion::Audience)
    } else if has_stem(&f, &["objecti", "objetiv"]) {
        Some(Criterion::Objectives)
    } else if has_stem(&f, &["format", "content"]) {
        Some(Criterion::Format)
    } else if has_stem(&f, &["voice", "voz", "brand", "marca", "valores", "values"]) {
        Some(Criterion::Voice)
    } else if has_stem(
        &f,
        &[
            "resource", "recurso", "hours", "horas", "sustain", "mantener",
        ],
    ) {
        Some(Criterion::Resources)
    } else {
        None
    }
}

struct Need {
    segments: Vec<Segment>,
    kinds: Vec<ObjectiveKind>,
    formats: Vec<ContentFormat>,
    hours: Option<f64>,
    close: bool,
    formal: bool,
}

fn score(net: &NetProfile, criterion: Criterion, need: &Need) -> u8 {
    let count = |n: usize| u8::try_from(n).unwrap_or(u8::MAX);
    match criterion {
        Criterion::Audience => {
            if need.segments.is_empty() {
                3
            } else {
                let hits = need
                    .segments
                    .iter()
                    .filter(|s| net.segments.contains(s))
                    .count();
                (1 + 2 * count(hits)).min(5)
            }
        }
        Criterion::Objectives => {
            if need.kinds.is_empty() {
                3
            } else {
                let hits = need.kinds.iter().filter(|k| net.serves.contains(k)).count();
                (2 + count(hits)).min(5)
            }
        }
        Criterion::Format => {
            if need.formats.is_empty() {
                3
            } else {
                let hits = need
                    .formats
                    .iter()
                    .filter(|f| net.formats.contains(f))
                    .count();
                (1 + 2 * count(hits)).min(5)
            }
        }
        Criterion::Voice => match net.network {
            Network::Tiktok | Network::Instagram if need.close => 4,
            Network::Tiktok if need.formal => 2,
            Network::Linkedin | Network::Newsletter | Network::Blog if need.formal => 4,
            Network::Facebook | Network::WhatsappChannel if need.close => 4,
            _ => 3,
        },
        Criterion::Resources => match need.hours {
            None => 3,
            Some(hours) if hours <= 0.0 => 1,
            Some(hours) => {
                let share = net.hours / hours;
                if share <= 0.25 {
                    5
                } else if share <= 0.5 {
                    4
                } else if share <= 0.75 {
                    3
                } else if share <= 1.0 {
                    2
                } else {
                    1
                }
            }
        },
    }
}

fn reason(net: &NetProfile, need: &Need, lang: Lang) -> String {
    let mut sentences = Vec::new();
    let reached: Vec<&str> = need
        .segments
        .iter()
        .filter(|s| net.segments.contains(s))
        .map(|s| s.phrase(lang))
        .collect();
    if !reached.is_empty() {
        let list = join(&reached, lang);
        sentences.push(match lang {
            Lang::En => format!("Reaches {list}."),
            Lang::Es => contract(&format!("Llega a {list}.")),
        });
    }
    let made: Vec<&str> = net
        .formats
        .iter()
        .filter(|f| need.formats.contains(f))
        .map(|f| f.phrase(lang))
        .collect();
    if !made.is_empty() {
        let list = join(&made, lang);
        sentences.push(match lang {
            Lang::En => format!("Rewards {list}, which you make."),
            Lang::Es => format!("Premia {list}, que ya hacéis."),
        });
    } else if !need.formats.is_empty() {
        let wanted: Vec<&str> = net.formats.iter().map(|f| f.phrase(lang)).collect();
        let list = join(&wanted, lang);
        sentences.push(match lang {
            Lang::En => format!("Rewards {list}, which you do not make yet."),
            Lang::Es => format!("Premia {list}, que aún no hacéis."),
        });
    }
    let hours = format::number(net.hours, lang);
    sentences.push(match lang {
        Lang::En => format!("About {hours} hours a week."),
        Lang::Es => format!("Unas {hours} horas a la semana."),
    });
    sentences.join(" ")
}

/// «a el» → «al» (Spanish).
fn contract(text: &str) -> String {
    text.replace(" a el ", " al ")
}

/// How many channels the draft keeps at most, and shows.
const KEEP_AT_MOST: usize = 4;
const SHOW: usize = 6;

fn channels(
    answers: &InterviewAnswers,
    doc: &WorkspaceDoc,
    audiences: &[DraftAudience],
    lang: Lang,
) -> Vec<DraftChannel> {
    let audience_segments: Vec<(String, Vec<Segment>)> = audiences
        .iter()
        .filter(|a| a.include)
        .map(|a| {
            (
                a.name.clone(),
                segments_of(&format!("{} {}", a.name, a.description)),
            )
        })
        .collect();
    let mut segments: Vec<Segment> = audience_segments
        .iter()
        .flat_map(|(_, s)| s.clone())
        .collect();
    segments.sort();
    segments.dedup();
    let mut kinds: Vec<ObjectiveKind> = answers
        .aims
        .iter()
        .map(|a| objective_kind_of(&a.text))
        .collect();
    kinds.sort();
    kinds.dedup();
    let need = Need {
        segments,
        kinds,
        formats: answers.content.clone(),
        hours: answers.hours,
        close: voice_is_close(&answers.voice),
        formal: voice_is_formal(&answers.voice),
    };
    let mut candidates: Vec<DraftChannel> = NETWORKS
        .iter()
        .filter(|net| !doc.channels.iter().any(|c| c.network == net.network))
        .map(|net| {
            let criteria: Vec<_> = doc
                .fit_criteria
                .iter()
                .filter_map(|c| criterion_of(&c.name).map(|k| (c, k)))
                .collect();
            let fit_scores: Vec<FitScore> = criteria
                .iter()
                .map(|(c, k)| FitScore {
                    criterion_id: c.id,
                    score: score(net, *k, &need),
                })
                .collect();
            DraftChannel {
                network: net.network,
                name: net.network.label(lang).to_string(),
                scores: criteria
                    .iter()
                    .zip(&fit_scores)
                    .map(|((c, _), s)| DraftScore {
                        criterion: c.name.clone(),
                        score: s.score,
                        weight: c.weight,
                    })
                    .collect(),
                fit: weighted(&fit_scores, &doc.fit_criteria),
                reason: reason(net, &need, lang),
                weekly_hours: net.hours,
                audiences: audience_segments
                    .iter()
                    .filter(|(_, s)| s.iter().any(|s| net.segments.contains(s)))
                    .map(|(name, _)| name.clone())
                    .collect(),
                include: false,
            }
        })
        .collect();
    // Best fit first; the table's order breaks ties.
    candidates.sort_by(|a, b| b.fit.unwrap_or(0.0).total_cmp(&a.fit.unwrap_or(0.0)));
    // The networks the aims name are shown whatever their fit, and kept
    // first while the hours allow: the community manager asked for them,
    // and their objectives are pursued there.
    let named: Vec<Network> = answers
        .aims
        .iter()
        .filter_map(|a| network_in(&a.text))
        .collect();
    let mut shown = 0;
    candidates.retain(|c| {
        let show = shown < SHOW || named.contains(&c.network);
        shown += 1;
        show
    });
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|i| !named.contains(&candidates[*i].network));
    let budget = answers.hours.unwrap_or(8.0);
    let mut used = 0.0;
    let mut kept = 0;
    for i in order {
        let c = &mut candidates[i];
        if kept < KEEP_AT_MOST && (kept == 0 || used + c.weekly_hours <= budget + 1e-9) {
            c.include = true;
            used += c.weekly_hours;
            kept += 1;
        }
    }
    candidates
}

// -- departments, audiences, flows ---------------------------------------

/// What a department named in the answers does: the template's role for a
/// department of that name, "decides" when marked, or read from its name.
fn role_of(name: &str, decides: bool, kind: OrgKind, lang: Lang) -> DeptRole {
    if decides {
        return DeptRole::Decides;
    }
    let key = name_key(name);
    for l in [lang, other(lang)] {
        for kind in [kind, OrgKind::Empty] {
            if let Some(seed) = seed_departments(kind, l)
                .into_iter()
                .find(|d| name_key(d.name) == key)
            {
                return match seed.role {
                    DeptRole::Decides => DeptRole::Other,
                    role => role,
                };
            }
        }
    }
    let f = fold(name);
    if has_stem(
        &f,
        &[
            "communic",
            "comunicac",
            "social media",
            "redes",
            "marketing",
        ],
    ) {
        DeptRole::Cm
    } else if has_stem(
        &f,
        &[
            "atencion",
            "customer",
            "citizen",
            "servicio",
            "service",
            "secretar",
            "admision",
            "admission",
        ],
    ) {
        DeptRole::InterviewAnswers
    } else if has_stem(&f, &["legal", "jurid", "abogac"]) {
        DeptRole::Legal
    } else {
        DeptRole::Other
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    }
}

fn activity_role(name: &str) -> Option<ActivityRole> {
    let f = fold(name);
    if has_stem(&f, &["crisis", "emergenc"]) {
        Some(ActivityRole::Crisis)
    } else if has_stem(&f, &["report", "inform"]) {
        Some(ActivityRole::Reporting)
    } else if has_stem(&f, &["campa", "appeal", "llamamient"]) {
        Some(ActivityRole::Campaigns)
    } else if has_stem(&f, &["newsletter", "bolet"]) {
        Some(ActivityRole::Newsletters)
    } else if has_stem(&f, &["repl", "respuest", "answer", "atencion"]) {
        Some(ActivityRole::Replies)
    } else if has_stem(&f, &["publica", "publish", "posting"]) {
        Some(ActivityRole::Publishing)
    } else {
        None
    }
}

fn flows(
    departments: &[DraftDepartment],
    kind: OrgKind,
    today: NaiveDate,
    lang: Lang,
) -> Vec<DraftFlow> {
    let next_month = first_of_next_month(today);
    let mut out = Vec::new();
    for d in departments {
        let role = role_of(&d.name, d.decides, kind, lang);
        if role == DeptRole::Cm {
            continue;
        }
        out.push(DraftFlow {
            name: match lang {
                Lang::En => format!("{}: news and requests for social media", d.name),
                Lang::Es => format!("{}: novedades y peticiones para las redes", d.name),
            },
            department: d.name.clone(),
            direction: Direction::DepartmentToCm,
            channel: InternalChannel::Email,
            cadence: Cadence::Weekly {
                start: None,
                every_weeks: 1,
                until: None,
            },
            include: d.include,
        });
        if role == DeptRole::Decides {
            out.push(DraftFlow {
                name: match lang {
                    Lang::En => format!("{}: the month's results", d.name),
                    Lang::Es => format!("{}: resultados del mes", d.name),
                },
                department: d.name.clone(),
                direction: Direction::CmToDepartment,
                channel: InternalChannel::Report,
                cadence: Cadence::MonthlyDay {
                    start: next_month,
                    day: 5,
                    until: None,
                },
                include: d.include,
            });
        }
    }
    out
}

/// The first day of the month after `today`'s.
pub(crate) fn first_of_next_month(today: NaiveDate) -> NaiveDate {
    today
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(today)
}

// -- objectives ----------------------------------------------------------

pub(crate) fn kpi(kind: ObjectiveKind, lang: Lang) -> (&'static str, &'static str) {
    match kind {
        ObjectiveKind::Awareness => (
            lang.pick(
                "Monthly reach of the posts",
                "Alcance mensual de las publicaciones",
            ),
            lang.pick("people", "personas"),
        ),
        ObjectiveKind::Engagement => (
            lang.pick("Interactions per post", "Interacciones por publicación"),
            lang.pick("interactions", "interacciones"),
        ),
        ObjectiveKind::CustomerCare => (
            lang.pick(
                "Median time to the first reply",
                "Mediana del tiempo hasta la primera respuesta",
            ),
            lang.pick("hours", "horas"),
        ),
        ObjectiveKind::Leads => (
            lang.pick(
                "Sign-ups from social media per month",
                "Altas desde las redes al mes",
            ),
            lang.pick("sign-ups", "altas"),
        ),
        ObjectiveKind::Retention => (
            lang.pick(
                "Share of people who come back",
                "Porcentaje de personas que repiten",
            ),
            "%",
        ),
        ObjectiveKind::Advocacy => (
            lang.pick(
                "Mentions and shares by others per month",
                "Menciones y contenidos compartidos por terceros al mes",
            ),
            lang.pick("mentions", "menciones"),
        ),
        ObjectiveKind::Listening => (
            lang.pick(
                "Insights passed to departments per quarter",
                "Aprendizajes trasladados a los departamentos al trimestre",
            ),
            lang.pick("insights", "aprendizajes"),
        ),
        ObjectiveKind::Internal => (
            lang.pick(
                "Departments that send content each month",
                "Departamentos que envían contenido cada mes",
            ),
            lang.pick("departments", "departamentos"),
        ),
    }
}

/// Why an aim that only states presence is not an objective.
pub fn presence_explained(lang: Lang) -> &'static str {
    lang.pick(
        "This aim says where to be, not what should change. Being on a network is a means; an objective names a result, measured from a starting point to a target by a date, with someone who answers for it. Here is a measurable version to accept or edit.",
        "Este propósito dice dónde estar, no qué debe cambiar. Estar en una red es un medio; un objetivo nombra un resultado, medido desde un punto de partida hasta una meta en una fecha, con alguien que responde de él. Aquí tienes una versión medible para aceptar o editar.",
    )
}

/// The measurable rewrite of a presence aim: reach the people the network
/// is for, measured by the posts' monthly reach on it, from zero (a new
/// account) or from today's figure, within a year, owned by the community
/// manager. The target is left for the community manager to set.
pub fn smart_rewrite(
    aim: &str,
    audiences: &[Segment],
    owner: &str,
    today: NaiveDate,
    lang: Lang,
) -> DraftGoal {
    let network = network_in(aim);
    let segment = network
        .and_then(profile_of)
        .and_then(|p| audiences.iter().find(|s| p.segments.contains(s)))
        .or(audiences.first());
    let whom = segment.map_or(lang.pick("our audiences", "nuestros públicos"), |s| {
        s.phrase(lang)
    });
    let title = match (network, lang) {
        (Some(n), Lang::En) => format!("Reach {whom} through {}", n.label(lang)),
        (Some(n), Lang::Es) => contract(&format!("Llegar a {whom} a través de {}", n.label(lang))),
        (None, Lang::En) => format!("Reach {whom} through social media"),
        (None, Lang::Es) => contract(&format!("Llegar a {whom} a través de las redes sociales")),
    };
    let (metric, unit) = kpi(ObjectiveKind::Awareness, lang);
    let kpi_metric = match network {
        Some(n) => match lang {
            Lang::En => format!("{metric} on {}", n.label(lang)),
            Lang::Es => format!("{metric} en {}", n.label(lang)),
        },
        None => metric.to_string(),
    };
    DraftGoal {
        title,
        kind: ObjectiveKind::Awareness,
        kpi_metric,
        kpi_unit: unit.to_string(),
        baseline: Some(0.0),
        target: None,
        deadline: Some(in_a_year(today)),
        owner: owner.to_string(),
        network,
    }
}

/// The last day of the month a year from `today`.
fn in_a_year(today: NaiveDate) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first
        .checked_add_months(Months::new(13))
        .and_then(|d| d.pred_opt())
        .unwrap_or(today)
}

fn objectives(
    answers: &InterviewAnswers,
    segments: &[Segment],
    owner: &str,
    today: NaiveDate,
    lang: Lang,
) -> Vec<DraftObjective> {
    answers
        .aims
        .iter()
        .map(|aim| {
            let presence = rumbo_health::presence::states_presence(&aim.text);
            if presence {
                DraftObjective {
                    aim: aim.text.clone(),
                    presence,
                    why: presence_explained(lang).to_string(),
                    goal: smart_rewrite(&aim.text, segments, owner, today, lang),
                    as_written: aim.insist,
                    include: true,
                }
            } else {
                let kind = objective_kind_of(&aim.text);
                let (metric, unit) = kpi(kind, lang);
                DraftObjective {
                    aim: aim.text.clone(),
                    presence,
                    why: String::new(),
                    goal: DraftGoal {
                        title: aim.text.clone(),
                        kind,
                        kpi_metric: metric.to_string(),
                        kpi_unit: unit.to_string(),
                        baseline: None,
                        target: None,
                        deadline: Some(in_a_year(today)),
                        owner: owner.to_string(),
                        network: network_in(&aim.text),
                    },
                    as_written: false,
                    include: true,
                }
            }
        })
        .collect()
}

/// The draft strategy the answers propose for the workspace `doc`.
pub fn draft(
    answers: &InterviewAnswers,
    doc: &WorkspaceDoc,
    today: NaiveDate,
    lang: Lang,
) -> Draft {
    let existing_departments: Vec<String> =
        doc.departments.iter().map(|d| name_key(&d.name)).collect();
    let departments: Vec<DraftDepartment> = answers
        .departments
        .iter()
        .map(|d| DraftDepartment {
            name: d.name.clone(),
            decides: d.decides,
            exists: existing_departments.contains(&name_key(&d.name)),
            include: true,
        })
        .collect();
    let seeds = seed_audiences(answers.kind, lang);
    let audiences: Vec<DraftAudience> = answers
        .audiences
        .iter()
        .map(|name| {
            let seed = seeds.iter().find(|s| name_key(s.name) == name_key(name));
            let existing = doc
                .audiences
                .iter()
                .find(|a| name_key(&a.name) == name_key(name));
            DraftAudience {
                name: name.clone(),
                description: existing
                    .map(|a| a.description.clone())
                    .or_else(|| seed.map(|s| s.description.to_string()))
                    .unwrap_or_default(),
                needs: existing
                    .map(|a| a.needs.clone())
                    .or_else(|| seed.map(|s| s.needs.to_string()))
                    .unwrap_or_default(),
                exists: existing.is_some(),
                include: true,
            }
        })
        .collect();
    let mut segments: Vec<Segment> = Vec::new();
    for a in &audiences {
        for s in segments_of(&format!("{} {}", a.name, a.description)) {
            if !segments.contains(&s) {
                segments.push(s);
            }
        }
    }
    let owner = if doc.profile.cm_title.trim().is_empty() {
        "Community manager".to_string()
    } else {
        doc.profile.cm_title.clone()
    };
    let profile = DraftProfile {
        name: first_filled(&answers.name, &doc.profile.name),
        sector: first_filled(
            &doc.profile.sector,
            match answers.kind {
                OrgKind::Empty => "",
                kind => kind.label(lang),
            },
        ),
        mission: first_filled(&answers.mission, &doc.profile.mission),
        values: first_filled(&answers.values, &doc.profile.values),
        brand_voice: first_filled(&answers.voice, &doc.profile.brand_voice),
    };
    Draft {
        kind: answers.kind,
        profile,
        channels: channels(answers, doc, &audiences, lang),
        flows: flows(&departments, answers.kind, today, lang),
        objectives: objectives(answers, &segments, &owner, today, lang),
        departments,
        audiences,
        hours_available: answers.hours,
    }
}

fn first_filled(a: &str, b: &str) -> String {
    if a.trim().is_empty() { b } else { a }.trim().to_string()
}

fn next_id<T>(items: &[T], id: impl Fn(&T) -> i64) -> i64 {
    items.iter().map(id).max().unwrap_or(0) + 1
}

/// `doc` with what the draft keeps added: the profile's fields the draft
/// fills, and every department, audience, channel, flow and objective kept
/// whose name is not there yet. The RACI grid gets the usual roles of the
/// departments named, in the cells that are empty. Nothing already in the
/// workspace is changed or removed.
pub fn apply(draft: &Draft, mut doc: WorkspaceDoc, lang: Lang) -> WorkspaceDoc {
    let fill = |field: &mut String, value: &str| {
        if !value.trim().is_empty() {
            *field = value.trim().to_string();
        }
    };
    fill(&mut doc.profile.name, &draft.profile.name);
    fill(&mut doc.profile.sector, &draft.profile.sector);
    fill(&mut doc.profile.mission, &draft.profile.mission);
    fill(&mut doc.profile.values, &draft.profile.values);
    fill(&mut doc.profile.brand_voice, &draft.profile.brand_voice);

    // Departments, and their usual part in each activity.
    for d in draft.departments.iter().filter(|d| d.include) {
        let key = name_key(&d.name);
        if !doc.departments.iter().any(|x| name_key(&x.name) == key) {
            let id = next_id(&doc.departments, |x| x.id);
            doc.departments.push(Department {
                id,
                ..Department::new(&d.name)
            });
        }
        let Some(department) = doc.departments.iter().find(|x| name_key(&x.name) == key) else {
            continue;
        };
        let department_id = department.id;
        let role = role_of(&d.name, d.decides, draft.kind, lang);
        if role == DeptRole::Decides && doc.profile.cm_reports_to.trim().is_empty() {
            doc.profile.cm_reports_to = d.name.clone();
        }
        for activity in &doc.activities {
            let Some(cell_role) = activity_role(&activity.name).and_then(|a| usual_role(role, a))
            else {
                continue;
            };
            let taken = doc
                .raci
                .iter()
                .any(|c| c.department_id == department_id && c.activity_id == activity.id);
            // One department approves each activity.
            let approver = cell_role == rumbo_core::model::RaciRole::Accountable
                && doc.raci.iter().any(|c| {
                    c.activity_id == activity.id
                        && c.role == rumbo_core::model::RaciRole::Accountable
                });
            if !taken && !approver {
                doc.raci.push(RaciCell {
                    department_id,
                    activity_id: activity.id,
                    role: cell_role,
                });
            }
        }
    }

    for a in draft.audiences.iter().filter(|a| a.include) {
        if !doc
            .audiences
            .iter()
            .any(|x| name_key(&x.name) == name_key(&a.name))
        {
            let id = next_id(&doc.audiences, |x| x.id);
            doc.audiences.push(Audience {
                id,
                description: a.description.clone(),
                needs: a.needs.clone(),
                ..Audience::new(&a.name)
            });
        }
    }

    for c in draft.channels.iter().filter(|c| c.include) {
        if doc
            .channels
            .iter()
            .any(|x| name_key(&x.name) == name_key(&c.name))
        {
            continue;
        }
        let id = next_id(&doc.channels, |x| x.id);
        let audience_ids: Vec<i64> = doc
            .audiences
            .iter()
            .filter(|a| c.audiences.iter().any(|n| name_key(n) == name_key(&a.name)))
            .map(|a| a.id)
            .collect();
        for audience in doc
            .audiences
            .iter_mut()
            .filter(|a| audience_ids.contains(&a.id))
        {
            audience.channel_ids.push(id);
        }
        let fit_scores = c
            .scores
            .iter()
            .filter_map(|s| {
                let criterion = doc.fit_criteria.iter().find(|f| f.name == s.criterion)?;
                Some(FitScore {
                    criterion_id: criterion.id,
                    score: s.score.clamp(1, 5),
                })
            })
            .collect();
        doc.channels.push(Channel {
            id,
            // The reason speaks to the community manager: it stays in the
            // draft, never in the channel, whose notes the document prints.
            weekly_effort_hours: Some(c.weekly_hours),
            audience_ids,
            fit_scores,
            ..Channel::new(c.network, &c.name, ChannelStatus::Considered)
        });
    }

    for f in draft.flows.iter().filter(|f| f.include) {
        if doc
            .flows
            .iter()
            .any(|x| name_key(&x.name) == name_key(&f.name))
        {
            continue;
        }
        let department_ids = doc
            .departments
            .iter()
            .filter(|d| name_key(&d.name) == name_key(&f.department))
            .map(|d| d.id)
            .collect();
        let id = next_id(&doc.flows, |x| x.id);
        doc.flows.push(Flow {
            id,
            department_ids,
            channel: f.channel,
            ..Flow::new(&f.name, f.direction, f.cadence.clone())
        });
    }

    for o in draft.objectives.iter().filter(|o| o.include) {
        let objective = if o.presence && o.as_written {
            Objective::new(&o.aim, ObjectiveKind::Awareness)
        } else {
            let g = &o.goal;
            Objective {
                kpi_metric: g.kpi_metric.clone(),
                kpi_unit: g.kpi_unit.clone(),
                baseline: g.baseline,
                target: g.target.filter(|t| Some(*t) != g.baseline),
                deadline: g.deadline,
                owner: g.owner.clone(),
                channel_ids: g
                    .network
                    .and_then(|n| doc.channels.iter().find(|c| c.network == n))
                    .map(|c| vec![c.id])
                    .unwrap_or_default(),
                ..Objective::new(&g.title, g.kind)
            }
        };
        if objective.title.trim().is_empty()
            || doc
                .objectives
                .iter()
                .any(|x| name_key(&x.title) == name_key(&objective.title))
        {
            continue;
        }
        let id = next_id(&doc.objectives, |x| x.id);
        doc.objectives.push(Objective { id, ..objective });
    }
    doc
}

/// A new workspace from the answers alone (`rumbo new --answers`): the
/// template of the answers' kind, where the departments and the audiences
/// the answers name take the place of the template's suggestions, with the
/// draft the answers propose written in. Also returns the draft.
pub fn workspace_from_answers(
    answers: &InterviewAnswers,
    today: NaiveDate,
    lang: Lang,
) -> (Draft, WorkspaceDoc) {
    let base = crate::template::workspace(answers.kind, lang, &answers.name);
    let departments: Vec<&str> = answers
        .departments
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    let base = keep_named(base, &departments, !answers.audiences.is_empty());
    let d = draft(answers, &base, today, lang);
    let doc = apply(&d, base, lang);
    (d, doc)
}

/// `doc` with only the departments named in `departments` (when any is
/// named), and with no audiences when `clear_audiences`: a template's
/// suggestions give way to the organization's own answers.
fn keep_named(mut doc: WorkspaceDoc, departments: &[&str], clear_audiences: bool) -> WorkspaceDoc {
    if !departments.is_empty() {
        let keep: Vec<i64> = doc
            .departments
            .iter()
            .filter(|d| departments.iter().any(|n| name_key(n) == name_key(&d.name)))
            .map(|d| d.id)
            .collect();
        doc.departments.retain(|d| keep.contains(&d.id));
        doc.raci.retain(|c| keep.contains(&c.department_id));
        for p in &mut doc.policies {
            p.owner_department_id = p.owner_department_id.filter(|id| keep.contains(id));
        }
    }
    if clear_audiences {
        doc.audiences.clear();
    }
    doc
}

/// Whether `doc` is still as the template of `kind` made it: the
/// template's departments and no others, none of the template's audiences
/// changed or added to, and nothing yet of the strategy proper (no channel,
/// objective, flow, campaign or recommendation).
pub fn as_template_made_it(doc: &WorkspaceDoc, kind: OrgKind, lang: Lang) -> bool {
    let template = crate::template::workspace(kind, lang, &doc.profile.name);
    let names = |items: &[String]| {
        let mut keys: Vec<String> = items.iter().map(|n| name_key(n)).collect();
        keys.sort();
        keys
    };
    let departments = |d: &WorkspaceDoc| {
        names(
            &d.departments
                .iter()
                .map(|x| x.name.clone())
                .collect::<Vec<_>>(),
        )
    };
    let template_audiences: Vec<String> = template
        .audiences
        .iter()
        .map(|a| name_key(&a.name))
        .collect();
    departments(doc) == departments(&template)
        && doc
            .audiences
            .iter()
            .all(|a| template_audiences.contains(&name_key(&a.name)) && a.channel_ids.is_empty())
        && doc.channels.is_empty()
        && doc.objectives.is_empty()
        && doc.flows.is_empty()
        && doc.campaigns.is_empty()
        && doc.recommendations.is_empty()
}

/// The workspace once the community manager accepted `draft` (as edited in
/// the review). A workspace still as its template made it
/// ([`as_template_made_it`]) keeps only the departments the draft includes
/// and the audiences it includes, in place of the template's suggestions —
/// what `rumbo new --answers` does; any other workspace only gains
/// ([`apply`]): what the community manager wrote is never removed.
pub fn accept(draft: &Draft, doc: WorkspaceDoc, lang: Lang) -> WorkspaceDoc {
    let base = if as_template_made_it(&doc, draft.kind, lang) {
        let departments: Vec<&str> = draft
            .departments
            .iter()
            .filter(|d| d.include)
            .map(|d| d.name.as_str())
            .collect();
        let audiences = draft.audiences.iter().any(|a| a.include);
        keep_named(doc, &departments, audiences)
    } else {
        doc
    };
    apply(draft, base, lang)
}
