//! What the interview reads in the community manager's own words: which
//! kinds of people an audience names, which network an aim names, what kind
//! of result an aim asks for. English and Spanish, by word stems, so that
//! "jóvenes", "juventud", "young people" and "youth" are one segment.

use rumbo_core::Lang;
use rumbo_core::model::{Network, ObjectiveKind};

/// Lower case, without accents, words separated by single spaces, padded
/// with a space at each end so a stem can be matched at a word's start.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::from(" ");
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match rumbo_core::text::unaccented(c) {
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c != ' ' || !out.ends_with(' ') {
            out.push(c);
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Whether a word of `folded` starts with one of `stems` (each a folded
/// stem; a stem ending in a space must be the whole word).
pub(crate) fn has_stem(folded: &str, stems: &[&str]) -> bool {
    stems
        .iter()
        .any(|stem| folded.contains(&format!(" {stem}")))
}

/// A kind of people an audience is made of, for matching channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    Young,
    Students,
    Families,
    Older,
    Residents,
    Professionals,
    Businesses,
    Customers,
    Supporters,
    Media,
}

impl Segment {
    const STEMS: &'static [(Segment, &'static [&'static str])] = &[
        (
            Segment::Young,
            &[
                "young",
                "youth",
                "teen",
                "joven",
                "juventud",
                "adolescen",
                "chaval",
                "gen z",
            ],
        ),
        (
            Segment::Students,
            &[
                "student",
                "pupil",
                "estudiant",
                "alumn",
                "universitari",
                "prospective stud",
                "futuros estud",
            ],
        ),
        (
            Segment::Families,
            &[
                "famil", "parent", "padre", "madre", "hijos", "children", "ninos",
            ],
        ),
        (
            Segment::Older,
            &[
                "older",
                "elder",
                "senior",
                "retire",
                "mayores",
                "jubilad",
                "tercera edad",
            ],
        ),
        (
            Segment::Residents,
            &[
                "resident",
                "citizen",
                "neighbo",
                "public ",
                "general public",
                "people who live",
                "vecin",
                "ciudadan",
                "poblacion",
                "habitantes",
                "publico general",
                "personas atendidas",
                "people we serve",
                "local",
            ],
        ),
        (
            Segment::Professionals,
            &[
                "professional",
                "profesional",
                "expert",
                "experto",
                "staff",
                "personal ",
                "teacher",
                "docent",
                "profesorado",
                "job seeker",
                "demandantes",
                "desemplead",
                "unemploy",
                "employ",
                "emple",
            ],
        ),
        (
            Segment::Businesses,
            &[
                "business",
                "compan",
                "firm",
                "employer",
                "self employed",
                "empresa",
                "autonom",
                "comercio",
                "pyme",
                "negocio",
                "supplier",
                "proveedor",
                "partner",
                "colaborador",
            ],
        ),
        (
            Segment::Customers,
            &[
                "customer",
                "client",
                "buyer",
                "shopper",
                "consumer",
                "comprador",
                "consumidor",
                "usuari",
                "user",
                "fan",
                "advocate",
                "prescript",
            ],
        ),
        (
            Segment::Supporters,
            &[
                "member",
                "donor",
                "volunteer",
                "supporter",
                "alumni",
                "socio",
                "socia",
                "donant",
                "voluntari",
                "afiliad",
                "antiguos alumn",
                "mecenas",
                "allied",
                "aliad",
            ],
        ),
        (
            Segment::Media,
            &[
                "media",
                "press",
                "journalist",
                "creator",
                "influencer",
                "prensa",
                "periodist",
                "medios",
                "creador",
            ],
        ),
    ];

    /// How the segment is named in a sentence ("young people").
    pub fn phrase(self, lang: Lang) -> &'static str {
        match self {
            Segment::Young => lang.pick("young people", "la gente joven"),
            Segment::Students => lang.pick("students", "el alumnado"),
            Segment::Families => lang.pick("families", "las familias"),
            Segment::Older => lang.pick("older people", "las personas mayores"),
            Segment::Residents => lang.pick("the general public", "el público general"),
            Segment::Professionals => lang.pick("professionals", "los profesionales"),
            Segment::Businesses => lang.pick("businesses", "las empresas"),
            Segment::Customers => lang.pick("customers", "la clientela"),
            Segment::Supporters => lang.pick("supporters", "las personas que apoyan"),
            Segment::Media => lang.pick("the media", "los medios"),
        }
    }
}

/// The segments an audience's name or description speaks of.
pub fn segments_of(text: &str) -> Vec<Segment> {
    let folded = fold(text);
    Segment::STEMS
        .iter()
        .filter(|(_, stems)| has_stem(&folded, stems))
        .map(|(segment, _)| *segment)
        .collect()
}

/// The network an aim names ("estar en TikTok", "a LinkedIn page").
pub fn network_in(text: &str) -> Option<Network> {
    let folded = fold(text);
    const NAMES: &[(Network, &[&str])] = &[
        (Network::Tiktok, &["tiktok", "tik tok"]),
        (Network::Instagram, &["instagram", "insta "]),
        (Network::Linkedin, &["linkedin", "linked in"]),
        (Network::Youtube, &["youtube", "you tube"]),
        (Network::Facebook, &["facebook", "fb "]),
        (Network::X, &["twitter", "x ", "tuiter"]),
        (Network::Threads, &["threads "]),
        (Network::Bluesky, &["bluesky", "bsky"]),
        (Network::Mastodon, &["mastodon"]),
        (Network::WhatsappChannel, &["whatsapp"]),
        (Network::Telegram, &["telegram"]),
        (Network::Twitch, &["twitch"]),
        (Network::Discord, &["discord"]),
        (Network::Podcast, &["podcast", "podcast"]),
        (Network::Newsletter, &["newsletter", "boletin"]),
        (Network::Blog, &["blog"]),
    ];
    NAMES
        .iter()
        .find(|(_, names)| has_stem(&folded, names))
        .map(|(network, _)| *network)
}

/// What kind of result an aim asks for, read from its words; awareness
/// when nothing more specific is said.
pub fn objective_kind_of(text: &str) -> ObjectiveKind {
    let folded = fold(text);
    const KINDS: &[(ObjectiveKind, &[&str])] = &[
        (
            ObjectiveKind::CustomerCare,
            &[
                "answer", "repl", "respond", "enquir", "inquir", "question", "complain", "support",
                "atend", "atencion", "respond", "respuest", "consulta", "queja", "duda", "tramit",
            ],
        ),
        (
            ObjectiveKind::Leads,
            &[
                "sale",
                "sell",
                "lead",
                "sign up",
                "signup",
                "register",
                "registration",
                "enrol",
                "admission",
                "donat",
                "fundrais",
                "recruit",
                "booking",
                "venta",
                "vender",
                "captar",
                "captacion",
                "inscrip",
                "matricul",
                "donacion",
                "reserva",
                "socios nuevos",
                "nuevos socios",
                "recaud",
            ],
        ),
        (
            ObjectiveKind::Retention,
            &[
                "retain",
                "retention",
                "loyal",
                "repeat",
                "renew",
                "keep our",
                "fideliz",
                "renov",
                "repet",
                "mantener a",
            ],
        ),
        (
            ObjectiveKind::Advocacy,
            &[
                "advoca",
                "ambassador",
                "recommend",
                "word of mouth",
                "prescrip",
                "embajador",
                "recomiend",
                "recomend",
                "boca a boca",
            ],
        ),
        (
            ObjectiveKind::Listening,
            &[
                "listen",
                "insight",
                "opinion",
                "feedback",
                "sentiment",
                "escuch",
                "opinion",
                "percepcion",
                "sentimiento",
            ],
        ),
        (
            ObjectiveKind::Engagement,
            &[
                "engag",
                "interact",
                "participat",
                "conversation",
                "comment",
                "community",
                "interaccion",
                "participa",
                "conversacion",
                "comentari",
                "comunidad",
                "implica",
            ],
        ),
        (
            ObjectiveKind::Internal,
            &[
                "internal",
                "staff",
                "employee",
                "colleague",
                "interna",
                "plantilla",
                "emplead",
                "personal de",
            ],
        ),
    ];
    KINDS
        .iter()
        .find(|(_, stems)| has_stem(&folded, stems))
        .map_or(ObjectiveKind::Awareness, |(kind, _)| *kind)
}

/// Words for the voice examples: does the voice ask for closeness and
/// humour, or for formality and rigour?
pub(crate) fn voice_is_close(text: &str) -> bool {
    has_stem(
        &fold(text),
        &[
            "close", "friendly", "warm", "playful", "humo", "fun", "casual", "informal", "cercan",
            "calid", "amable", "divert", "desenfad", "humor",
        ],
    )
}

pub(crate) fn voice_is_formal(text: &str) -> bool {
    has_stem(
        &fold(text),
        &[
            "formal",
            "rigor",
            "rigur",
            "expert",
            "serious",
            "institution",
            "precise",
            "professional",
            "serio",
            "experto",
            "institucional",
            "preciso",
            "profesional",
        ],
    )
}

/// `items` joined as a list in a sentence ("a, b and c"; "a, b y c").
pub(crate) fn join(items: &[&str], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => {
            let and = match lang {
                // «y» becomes «e» before a word starting with the sound /i/.
                Lang::Es
                    if {
                        let f = fold(last);
                        (f.starts_with(" i") || f.starts_with(" hi"))
                            && !f.starts_with(" hie")
                            && !f.starts_with(" ia")
                            && !f.starts_with(" io")
                            && !f.starts_with(" iu")
                    } =>
                {
                    "e"
                }
                Lang::Es => "y",
                Lang::En => "and",
            };
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_read_in_both_languages() {
        assert_eq!(segments_of("Jóvenes de 16 a 25 años"), vec![Segment::Young]);
        assert_eq!(segments_of("Young people"), vec![Segment::Young]);
        assert!(segments_of("Empresas y autónomos").contains(&Segment::Businesses));
        assert!(segments_of("Personas socias y donantes").contains(&Segment::Supporters));
        assert_eq!(segments_of("Gatos"), Vec::<Segment>::new());
    }

    #[test]
    fn networks_are_found_in_aims() {
        assert_eq!(network_in("Estar en TikTok"), Some(Network::Tiktok));
        assert_eq!(
            network_in("have a profile on LinkedIn"),
            Some(Network::Linkedin)
        );
        assert_eq!(network_in("abrir cuenta en X"), Some(Network::X));
        assert_eq!(network_in("Crecer en Twitter"), Some(Network::X));
        assert_eq!(network_in("Explicar mejor los trámites"), None);
    }

    #[test]
    fn aims_are_given_a_kind() {
        assert_eq!(
            objective_kind_of("Responder antes a las consultas"),
            ObjectiveKind::CustomerCare
        );
        assert_eq!(
            objective_kind_of("More sign-ups for our courses"),
            ObjectiveKind::Leads
        );
        assert_eq!(
            objective_kind_of("Que nos conozcan más"),
            ObjectiveKind::Awareness
        );
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(join(&["a", "b", "c"], Lang::En), "a, b and c");
        assert_eq!(join(&["vídeo", "imágenes"], Lang::Es), "vídeo e imágenes");
        assert_eq!(join(&["vídeo", "hielo"], Lang::Es), "vídeo y hielo");
        assert_eq!(join(&["one"], Lang::En), "one");
    }
}
