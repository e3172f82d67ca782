//! Recognizing "presence" in what people write — "be on TikTok", "tener
//! presencia en redes", "abrir una cuenta" — in English and Spanish, whatever
//! the case and accents.
//!
//! Text is folded (lower case, no accents, punctuation as spaces) and split
//! into words; small word patterns are then looked for anywhere in it. A
//! pattern right after a negation or a "less" verb ("do not open an account",
//! "reduce our presence on X", "dejar de estar en Facebook") does not count.

/// One position of a pattern.
#[derive(Clone, Copy)]
enum Slot {
    /// One of these words.
    Word(&'static [&'static str]),
    /// One of these words, or nothing.
    Maybe(&'static [&'static str]),
    /// A network or "the networks" in general, after optional determiners
    /// ("the", "every", "todas las").
    Net,
    /// A network's name, or nothing.
    MaybeNet,
}

use Slot::{Maybe, MaybeNet, Net, Word};

const BE: &[&str] = &["be", "being", "are"];
const ON_IN: &[&str] = &["on", "in"];
const ESTAR: &[&str] = &[
    "estar",
    "estemos",
    "estamos",
    "esten",
    "estara",
    "estaremos",
];
const PRESENT_ES: &[&str] = &[
    "presente",
    "presentes",
    "activo",
    "activa",
    "activos",
    "activas",
    "visible",
    "visibles",
];
const OWN_EN: &[&str] = &[
    "have",
    "has",
    "having",
    "establish",
    "build",
    "create",
    "maintain",
    "keep",
    "get",
    "gain",
    "grow",
];
const OWN_ES: &[&str] = &[
    "tener",
    "tenemos",
    "tengamos",
    "tiene",
    "conseguir",
    "lograr",
    "mantener",
    "crear",
    "construir",
    "ganar",
    "aumentar",
];
const ADJ_EN: &[&str] = &[
    "strong", "good", "solid", "active", "online", "digital", "social", "bigger", "more",
];
const OPEN_EN: &[&str] = &["open", "create", "have", "set", "get", "start"];
const OPEN_ES: &[&str] = &[
    "abrir",
    "crear",
    "tener",
    "abramos",
    "creemos",
    "tengamos",
    "conseguir",
];
const ACCOUNT_EN: &[&str] = &["account", "profile", "page", "channel"];
const ACCOUNT_ES: &[&str] = &["cuenta", "perfil", "pagina", "canal"];

/// Phrases that ask for presence, in titles and KPIs alike.
const PRESENCE: &[&[Slot]] = &[
    // be on TikTok · be present on social media · be in every network
    &[Word(BE), Word(ON_IN), Net],
    &[
        Word(BE),
        Word(&["present", "active", "visible"]),
        Word(ON_IN),
        Net,
    ],
    // have a (strong social media) presence
    &[
        Word(OWN_EN),
        Maybe(&["a", "an", "our", "the", "some"]),
        Maybe(ADJ_EN),
        Maybe(ADJ_EN),
        Maybe(&["media", "network", "networks"]),
        Word(&["presence"]),
    ],
    // presence on LinkedIn · online presence
    &[Word(&["presence"]), Word(ON_IN), Net],
    &[
        Word(&["online", "digital", "web", "internet", "media"]),
        Word(&["presence"]),
    ],
    // open an account · create a TikTok profile · set up a page
    &[
        Word(OPEN_EN),
        Maybe(&["up"]),
        Maybe(&["a", "an", "our", "the"]),
        Maybe(&["new", "own", "official"]),
        MaybeNet,
        Word(ACCOUNT_EN),
    ],
    // join TikTok · get on Instagram
    &[Word(&["join", "get"]), Maybe(&["on", "onto", "into"]), Net],
    // estar en TikTok · estar presentes en todas las redes
    &[Word(ESTAR), Maybe(PRESENT_ES), Word(&["en"]), Net],
    // tener (una buena) presencia
    &[
        Word(OWN_ES),
        Maybe(&["una", "la", "nuestra", "mas"]),
        Maybe(&["buena", "mayor", "fuerte", "solida", "activa"]),
        Word(&["presencia"]),
    ],
    // presencia en redes · presencia digital
    &[
        Word(&["presencia"]),
        Maybe(&["digital", "online", "activa"]),
        Word(&["en"]),
        Net,
    ],
    &[
        Word(&["presencia"]),
        Word(&["digital", "online", "web", "en"]),
    ],
    // abrir (una) cuenta · tener un perfil · crear una página de Facebook
    &[
        Word(OPEN_ES),
        Maybe(&["un", "una", "nuestra", "nuestro", "el", "la"]),
        Maybe(&["nueva", "nuevo", "propia", "propio", "oficial"]),
        Word(ACCOUNT_ES),
    ],
    // darse de alta en TikTok · unirse a Bluesky
    &[
        Word(&["darse", "darnos", "dar", "darte"]),
        Word(&["de"]),
        Word(&["alta"]),
        Word(&["en"]),
        Net,
    ],
    &[
        Word(&["unirse", "unirnos", "sumarse", "sumarnos"]),
        Word(&["a"]),
        Net,
    ],
];

/// Measures that only count being somewhere: "account created", "perfil
/// abierto", "number of networks", "present on TikTok".
const PRESENCE_KPI: &[&[Slot]] = &[
    &[
        Word(&[
            "account", "accounts", "profile", "profiles", "page", "channel", "cuenta", "cuentas",
            "perfil", "perfiles", "pagina", "canal",
        ]),
        Maybe(&["de", "on", "in", "en"]),
        MaybeNet,
        Word(&[
            "created", "opened", "open", "live", "active", "exists", "creado", "creada", "abierto",
            "abierta", "activo", "activa",
        ]),
    ],
    &[
        Word(&["number", "numero"]),
        Word(&["of", "de"]),
        Maybe(&["social"]),
        Word(&[
            "networks",
            "profiles",
            "accounts",
            "channels",
            "platforms",
            "redes",
            "perfiles",
            "cuentas",
            "canales",
            "plataformas",
        ]),
    ],
    &[
        Word(&["present", "presente", "presentes"]),
        Word(&["on", "in", "en"]),
        Net,
    ],
];

/// Determiners that may come before a network: "the", "every", "todas las".
const DETERMINERS: &[&str] = &[
    "the", "every", "all", "our", "more", "many", "most", "las", "los", "todas", "todos", "mas",
    "muchas", "nuestras", "cada", "una", "un",
];

/// Networks, and words for "the networks" in general.
const NETWORKS: &[&str] = &[
    "linkedin",
    "instagram",
    "insta",
    "facebook",
    "fb",
    "tiktok",
    "youtube",
    "x",
    "twitter",
    "threads",
    "mastodon",
    "bluesky",
    "whatsapp",
    "telegram",
    "pinterest",
    "snapchat",
    "twitch",
    "reddit",
    "discord",
    "social",
    "socials",
    "redes",
    "red",
    "network",
    "networks",
    "platform",
    "platforms",
    "plataforma",
    "plataformas",
    "internet",
];

/// Words that turn presence around: "do not open", "reduce our presence",
/// "dejar de estar".
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "dont",
    "don",
    "stop",
    "stopping",
    "reduce",
    "reducing",
    "cut",
    "close",
    "closing",
    "leave",
    "leaving",
    "quit",
    "retire",
    "retiring",
    "abandon",
    "without",
    "dejar",
    "deja",
    "dejemos",
    "reducir",
    "cerrar",
    "abandonar",
    "salir",
    "nunca",
    "sin",
];

/// Lower case, accents removed, anything but letters and digits as a space,
/// then split into words.
pub(crate) fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().map(str::to_string).collect()
}

/// Does `text` ask for presence ("be on TikTok", "abrir una cuenta")?
pub(crate) fn asks_for_presence(text: &str) -> bool {
    found(&words(text), PRESENCE)
}

/// Does a KPI only count presence ("account created", "número de redes")?
pub(crate) fn measures_presence(kpi: &str) -> bool {
    let words = words(kpi);
    matches!(words.as_slice(), [w] if w == "presence" || w == "presencia")
        || found(&words, PRESENCE)
        || found(&words, PRESENCE_KPI)
}

fn found(words: &[String], patterns: &[&[Slot]]) -> bool {
    (0..words.len()).any(|start| {
        patterns
            .iter()
            .any(|pattern| matches_at(words, start, pattern))
            && !negated(words, start)
    })
}

/// A negation among the three words before `start`.
fn negated(words: &[String], start: usize) -> bool {
    words
        .get(start.saturating_sub(3)..start)
        .unwrap_or_default()
        .iter()
        .any(|w| NEGATIONS.contains(&w.as_str()))
}

fn matches_at(words: &[String], at: usize, pattern: &[Slot]) -> bool {
    let Some((slot, rest)) = pattern.split_first() else {
        return true;
    };
    let word = words.get(at).map(String::as_str);
    let is = |set: &[&str]| word.is_some_and(|w| set.contains(&w));
    match slot {
        Word(set) => is(set) && matches_at(words, at + 1, rest),
        Maybe(set) => (is(set) && matches_at(words, at + 1, rest)) || matches_at(words, at, rest),
        MaybeNet => {
            (is(NETWORKS) && matches_at(words, at + 1, rest)) || matches_at(words, at, rest)
        }
        Net => {
            // Up to two determiners, then a network.
            (0..=2).any(|skip| {
                let determiners = words.get(at..at + skip).unwrap_or_default();
                determiners.len() == skip
                    && determiners
                        .iter()
                        .all(|w| DETERMINERS.contains(&w.as_str()))
                    && words
                        .get(at + skip)
                        .is_some_and(|w| NETWORKS.contains(&w.as_str()))
                    && matches_at(words, at + skip + 1, rest)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(
            words("¡ESTÁR en TikTok, ya!"),
            ["estar", "en", "tiktok", "ya"]
        );
        assert_eq!(words("Página—Año"), ["pagina", "ano"]);
    }

    #[test]
    fn presence_is_recognized_in_both_languages() {
        for text in [
            "Be on TikTok",
            "be ON tiktok",
            "Be present on social media",
            "Be on every network",
            "Be in all the social networks",
            "Have a presence on Facebook",
            "Have a strong social media presence",
            "Build our online presence",
            "Presence on LinkedIn",
            "Open an account on Mastodon",
            "Open a TikTok account",
            "Set up a page for the agency",
            "Have a profile on Threads",
            "Join Bluesky",
            "Get on Instagram",
            "Estar en TikTok",
            "Estar en Instagram",
            "ESTÁR EN INSTAGRAM",
            "Estar presentes en todas las redes",
            "Que estemos en las redes sociales",
            "Tener presencia en LinkedIn",
            "Tener presencia",
            "Tener una buena presencia en redes",
            "Presencia en redes sociales",
            "Presencia digital",
            "Abrir cuenta en TikTok",
            "Abrir una cuenta en Bluesky",
            "Tener un perfil en Instagram",
            "Tener perfil en LinkedIn",
            "Crear una página de Facebook",
            "Darse de alta en TikTok",
            "Unirse a Threads",
        ] {
            assert!(asks_for_presence(text), "{text}");
        }
    }

    #[test]
    fn near_misses_are_not_presence() {
        for text in [
            "Be the first answer on Google for job searches",
            "Be on time: answer every message within 24 hours",
            "Be online answers' reference for employers",
            "Double job-seeker registrations from Instagram",
            "Reach 600 employers on LinkedIn",
            "Reduce our presence on X to what the press reads",
            "Do not open a TikTok account yet",
            "Increase the presence of women at job fairs",
            "Estar en el top 3 de búsquedas de empleo",
            "Estar entre las tres agencias más valoradas",
            "Dejar de estar en Facebook",
            "No abrir cuenta en TikTok sin equipo de vídeo",
            "Duplicar las inscripciones desde Instagram",
            "Responder en 24 horas en redes",
            "Presentar los cursos en LinkedIn",
            "Cuenta de resultados trimestral",
        ] {
            assert!(!asks_for_presence(text), "{text}");
        }
    }

    #[test]
    fn presence_kpis_are_recognized_and_real_kpis_are_not() {
        for kpi in [
            "Presence",
            "presencia",
            "TikTok account created",
            "Cuenta de TikTok abierta",
            "Perfil creado",
            "Number of social networks we are on",
            "Número de redes",
            "Present on TikTok",
            "Presencia en TikTok",
        ] {
            assert!(measures_presence(kpi), "{kpi}");
        }
        for kpi in [
            "Registrations from social links",
            "Inscripciones desde enlaces en redes",
            "Followers on TikTok",
            "Number of registrations",
            "Questions answered within 24 h",
            "Cuentas de empresas inscritas en el boletín",
        ] {
            assert!(!measures_presence(kpi), "{kpi}");
        }
    }
}
