//! The words the recognizer knows, by what they mean for presence. Each
//! concept lists English and Spanish words as people write them; verbs and
//! nouns are given in their base form (plus the irregular forms a stemmer
//! cannot guess) and matched by stem, so "opens", "opened" and "opening"
//! meet "open", and "tengan" meets "tenga". Words whose stem is ambiguous
//! ("presente"/"presentar", "cuenta" the noun/"cuenta con" the verb,
//! "está"/"esta") are matched only in the exact forms listed.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::stem;
use super::tokens::Token;

/// What a word can mean, as bit flags (a word may mean several things).
pub(crate) mod c {
    /// "the", "our", "every", "las", "cada": skipped before a noun.
    pub const DET: u32 = 1 << 0;
    /// "be", "stay", "estar", "está" (not "esta", this).
    pub const BE: u32 = 1 << 1;
    /// "ser", "sea": counts only before "visible", "presente"…
    pub const BE_SER: u32 = 1 << 2;
    /// "present", "active", "visible", "presentes", "activos".
    pub const PRESENT: u32 = 1 << 3;
    /// "presence", "presencia".
    pub const PRESENCE: u32 = 1 << 4;
    /// "footprint", "huella": presence only with a digital word near it.
    pub const FOOTPRINT: u32 = 1 << 5;
    /// "have", "open", "create", "launch", "tener", "abrir", "crear", "apertura".
    pub const ACQUIRE: u32 = 1 << 6;
    /// "maintain", "keep", "update", "mantener", "actualizar".
    pub const MAINTAIN: u32 = 1 << 7;
    /// "account", "profile", "page", "channel", "cuenta", "perfil"…
    pub const ACCOUNT: u32 = 1 << 8;
    /// A network, or the networks in general: "TikTok", "social", "redes".
    pub const NET: u32 = 1 << 9;
    /// "online", "digital", "web", "internet".
    pub const DIGITAL: u32 = 1 << 10;
    /// "improve", "strengthen", "consolidate", "reforzar", "potenciar"…
    pub const VAGUE: u32 = 1 << 11;
    /// "join", "unirse", "sumarse", "desembarcar".
    pub const JOIN: u32 = 1 << 12;
    /// "official", "own", "corporate", "propio", "oficial".
    pub const OWN: u32 = 1 << 13;
    /// The organization: "brand", "council", "ayuntamiento", "marca"…
    pub const ORG: u32 = 1 << 14;
    /// "our", "their", "nuestra", "su".
    pub const POSSESSIVE: u32 = 1 << 15;
    /// Parts of the organization: "department", "service", "concejalía".
    pub const UNIT: u32 = 1 << 16;
    /// What is published: "posts", "videos", "times", "publicaciones".
    pub const POST: u32 = 1 << 17;
    /// Words that turn presence around: "not", "reduce", "close", "dejar".
    pub const NEG: u32 = 1 << 18;
    /// "double", "halve", "duplicar", "mitad": a measurable change.
    pub const MULTIPLY: u32 = 1 << 19;
    /// Numbers in words: "three", "hundred", "tres", "mil".
    pub const NUMWORD: u32 = 1 << 20;
    /// Where something is: "on", "in", "onto", "across", "en", "a".
    pub const ON: u32 = 1 << 21;
    /// "of", "de", "del".
    pub const OF: u32 = 1 << 22;
    /// Other prepositions: "at", "for", "among", "para", "entre"…
    pub const PREP: u32 = 1 << 23;
    /// "number", "número", "cantidad".
    pub const COUNT: u32 = 1 << 24;
    /// "and", "y", "e", "or", "o".
    pub const AND: u32 = 1 << 25;
}

struct Entry {
    flags: u32,
    /// Matched by their English stem.
    en: &'static [&'static str],
    /// Matched by their Spanish stem.
    es: &'static [&'static str],
    /// Matched as written, folded.
    exact: &'static [&'static str],
}

const ENTRIES: &[Entry] = &[
    Entry {
        flags: c::DET,
        en: &[],
        es: &[],
        exact: &[
            "a",
            "an",
            "the",
            "our",
            "my",
            "their",
            "its",
            "his",
            "her",
            "your",
            "this",
            "these",
            "those",
            "that",
            "every",
            "each",
            "all",
            "any",
            "some",
            "more",
            "most",
            "many",
            "several",
            "both",
            "other",
            "new",
            "main",
            "major",
            "key",
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "unos",
            "unas",
            "lo",
            "al",
            "nuestro",
            "nuestra",
            "nuestros",
            "nuestras",
            "su",
            "sus",
            "mi",
            "mis",
            "tu",
            "tus",
            "estos",
            "estas",
            "ese",
            "esa",
            "esos",
            "esas",
            "cada",
            "todo",
            "toda",
            "todos",
            "todas",
            "mas",
            "muchas",
            "muchos",
            "varias",
            "varios",
            "otra",
            "otras",
            "otro",
            "otros",
            "algun",
            "alguna",
            "algunos",
            "algunas",
            "nuevo",
            "nueva",
            "nuevos",
            "nuevas",
            "principal",
            "principales",
        ],
    },
    Entry {
        flags: c::POSSESSIVE,
        en: &[],
        es: &[],
        exact: &[
            "our", "my", "their", "its", "nuestro", "nuestra", "nuestros", "nuestras", "su", "sus",
        ],
    },
    Entry {
        flags: c::BE,
        en: &[],
        es: &[],
        exact: &[
            "be",
            "being",
            "been",
            "is",
            "are",
            "am",
            "was",
            "were",
            "stay",
            "stays",
            "staying",
            "stayed",
            "remain",
            "remains",
            "remaining",
            "appear",
            "appears",
            "aparecer",
            "aparezca",
            "aparezcan",
            "aparezcamos",
            "estar",
            "estamos",
            "estemos",
            "esten",
            "estan",
            "estas",
            "estara",
            "estaran",
            "estaremos",
            "estaria",
            "estarian",
            "estariamos",
            "estando",
            "estuvo",
            "estuvimos",
            "estuviera",
            "estuvieran",
        ],
    },
    Entry {
        flags: c::BE_SER,
        en: &[],
        es: &[],
        exact: &[
            "ser", "sea", "seamos", "sean", "seas", "somos", "son", "es", "sera", "seran",
            "seremos", "seria", "serian", "siendo",
        ],
    },
    Entry {
        flags: c::PRESENT,
        en: &[],
        es: &[],
        exact: &[
            "present",
            "active",
            "visible",
            "live",
            "presente",
            "presentes",
            "activo",
            "activa",
            "activos",
            "activas",
            "visibles",
        ],
    },
    Entry {
        flags: c::PRESENCE,
        en: &[],
        es: &[],
        exact: &["presence", "presences", "presencia", "presencias"],
    },
    Entry {
        flags: c::FOOTPRINT,
        en: &[],
        es: &[],
        exact: &["footprint", "footprints", "huella", "huellas"],
    },
    Entry {
        flags: c::ACQUIRE,
        en: &[
            "have",
            "own",
            "open",
            "create",
            "launch",
            "establish",
            "start",
            "get",
            "register",
            "secure",
            "claim",
            "build",
            "add",
        ],
        es: &[
            "tener",
            "tiene",
            "tengan",
            "tuvo",
            "tendra",
            "disponer",
            "dispongan",
            "dispondra",
            "abrir",
            "crear",
            "lanzar",
            "establecer",
            "establezcan",
            "habilitar",
            "inaugurar",
            "estrenar",
            "conseguir",
            "consigan",
            "obtener",
            "obtengan",
            "construir",
            "construyan",
            "anadir",
        ],
        exact: &[
            "has", "had", "got", "gets", "abierto", "abierta", "abiertos", "abiertas", "apertura",
        ],
    },
    Entry {
        flags: c::MAINTAIN,
        en: &["maintain", "keep", "update", "refresh", "run"],
        es: &["mantener", "mantengan", "mantiene", "actualizar"],
        exact: &["kept"],
    },
    Entry {
        flags: c::ACCOUNT,
        en: &[],
        es: &[],
        exact: &[
            "account",
            "accounts",
            "profile",
            "profiles",
            "page",
            "pages",
            "channel",
            "channels",
            "handle",
            "handles",
            "username",
            "usernames",
            "cuenta",
            "cuentas",
            "perfil",
            "perfiles",
            "pagina",
            "paginas",
            "canal",
            "canales",
            "blog",
            "blogs",
            "newsletter",
            "newsletters",
            "podcast",
            "podcasts",
            "forum",
            "forums",
            "boletin",
            "boletines",
            "foro",
            "foros",
        ],
    },
    Entry {
        flags: c::NET,
        en: &[],
        es: &[],
        exact: &[
            "linkedin",
            "instagram",
            "insta",
            "ig",
            "facebook",
            "fb",
            "tiktok",
            "youtube",
            "twitter",
            "x",
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
            "flickr",
            "vimeo",
            "tumblr",
            "social",
            "socials",
            "sociales",
            "network",
            "networks",
            "platform",
            "platforms",
            "plataforma",
            "plataformas",
            "redes",
            "rrss",
        ],
    },
    Entry {
        flags: c::DIGITAL,
        en: &[],
        es: &[],
        exact: &[
            "online",
            "digital",
            "digitales",
            "web",
            "internet",
            "offline",
        ],
    },
    Entry {
        flags: c::VAGUE,
        en: &[
            "improve",
            "increase",
            "strengthen",
            "reinforce",
            "consolidate",
            "boost",
            "grow",
            "enhance",
            "expand",
            "extend",
            "develop",
            "build",
            "raise",
            "bolster",
            "widen",
            "broaden",
            "deepen",
            "maximize",
            "maximise",
            "optimize",
            "optimise",
            "revitalize",
            "revitalise",
            "energize",
            "energise",
            "professionalize",
            "professionalise",
            "position",
            "gain",
            "achieve",
            "promote",
        ],
        es: &[
            "mejorar",
            "aumentar",
            "reforzar",
            "refuerce",
            "refuerza",
            "reforcemos",
            "consolidar",
            "potenciar",
            "impulsar",
            "incrementar",
            "ampliar",
            "crecer",
            "crezca",
            "fortalecer",
            "fortalezca",
            "desarrollar",
            "afianzar",
            "extender",
            "extienda",
            "dinamizar",
            "revitalizar",
            "profesionalizar",
            "ganar",
            "posicionar",
            "optimizar",
            "maximizar",
            "intensificar",
            "promocionar",
            "promover",
            "promueva",
        ],
        exact: &[],
    },
    Entry {
        flags: c::JOIN,
        en: &["join"],
        es: &["desembarcar"],
        exact: &[],
    },
    Entry {
        flags: c::OWN,
        en: &[],
        es: &[],
        exact: &[
            "official",
            "own",
            "corporate",
            "institutional",
            "verified",
            "branded",
            "dedicated",
            "separate",
            "oficial",
            "oficiales",
            "propio",
            "propia",
            "propios",
            "propias",
            "corporativo",
            "corporativa",
            "corporativos",
            "corporativas",
            "institucional",
            "institucionales",
            "verificado",
            "verificada",
            "verificados",
            "verificadas",
        ],
    },
    Entry {
        flags: c::ORG,
        en: &[],
        es: &[],
        exact: &[
            "brand",
            "brands",
            "company",
            "organisation",
            "organization",
            "institution",
            "council",
            "city",
            "town",
            "ministry",
            "museum",
            "library",
            "university",
            "hospital",
            "foundation",
            "association",
            "charity",
            "ngo",
            "agency",
            "club",
            "theatre",
            "theater",
            "government",
            "firm",
            "cooperative",
            "bank",
            "marca",
            "marcas",
            "empresa",
            "entidad",
            "organizacion",
            "institucion",
            "ayuntamiento",
            "diputacion",
            "consejeria",
            "gobierno",
            "ministerio",
            "museo",
            "biblioteca",
            "universidad",
            "fundacion",
            "asociacion",
            "ong",
            "agencia",
            "teatro",
            "cooperativa",
            "banco",
            "concello",
            "cabildo",
            "junta",
            "mancomunidad",
            "federacion",
            "sindicato",
        ],
    },
    Entry {
        flags: c::UNIT,
        en: &[],
        es: &[],
        exact: &[
            "department",
            "departments",
            "service",
            "services",
            "office",
            "offices",
            "school",
            "schools",
            "unit",
            "units",
            "area",
            "areas",
            "councillor",
            "councillors",
            "branch",
            "branches",
            "team",
            "teams",
            "servicio",
            "servicios",
            "departamento",
            "departamentos",
            "concejalia",
            "concejalias",
            "centro",
            "centros",
            "unidad",
            "unidades",
            "sede",
            "sedes",
            "oficina",
            "oficinas",
            "delegacion",
            "delegaciones",
            "consejerias",
            "equipo",
            "equipos",
        ],
    },
    Entry {
        flags: c::POST,
        en: &[],
        es: &[],
        exact: &[
            "post",
            "posts",
            "publication",
            "publications",
            "video",
            "videos",
            "story",
            "stories",
            "tweet",
            "tweets",
            "reel",
            "reels",
            "time",
            "times",
            "publicacion",
            "publicaciones",
            "veces",
            "historia",
            "historias",
        ],
    },
    Entry {
        flags: c::NEG,
        en: &[],
        es: &[],
        exact: &[
            "not",
            "no",
            "never",
            "dont",
            "don",
            "nor",
            "stop",
            "stopping",
            "stopped",
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
            "avoid",
            "less",
            "fewer",
            "instead",
            "nunca",
            "jamas",
            "ni",
            "dejar",
            "deja",
            "dejemos",
            "dejen",
            "reducir",
            "reduzca",
            "cerrar",
            "cierre",
            "abandonar",
            "salir",
            "sin",
            "evitar",
            "menos",
            "eliminar",
            "suprimir",
            "retirar",
            "baja",
        ],
    },
    Entry {
        flags: c::MULTIPLY,
        en: &["double", "triple", "halve", "twice"],
        es: &["duplicar", "triplicar", "multiplicar", "doblar"],
        exact: &["mitad", "doble", "triple", "half"],
    },
    Entry {
        flags: c::NUMWORD,
        en: &[],
        es: &[],
        exact: &[
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "half",
            "third",
            "quarter",
            "dozen",
            "cero",
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "doce",
            "quince",
            "veinte",
            "treinta",
            "cuarenta",
            "cincuenta",
            "cien",
            "ciento",
            "cientos",
            "mil",
            "miles",
            "millon",
            "tercio",
            "mitad",
        ],
    },
    Entry {
        flags: c::ON,
        en: &[],
        es: &[],
        exact: &["on", "in", "onto", "into", "across", "en", "a", "dentro"],
    },
    Entry {
        flags: c::OF,
        en: &[],
        es: &[],
        exact: &["of", "de", "del"],
    },
    Entry {
        flags: c::PREP,
        en: &[],
        es: &[],
        exact: &[
            "at", "for", "among", "to", "with", "within", "through", "via", "by", "para", "entre",
            "por", "sobre", "desde", "con", "hacia", "hasta", "ante",
        ],
    },
    Entry {
        flags: c::COUNT,
        en: &[],
        es: &[],
        exact: &["number", "numero", "cantidad", "count"],
    },
    Entry {
        flags: c::AND,
        en: &[],
        es: &[],
        exact: &["and", "or", "y", "e", "o", "u"],
    },
];

struct Index {
    en: HashMap<String, u32>,
    es: HashMap<String, u32>,
    exact: HashMap<&'static str, u32>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index {
            en: HashMap::new(),
            es: HashMap::new(),
            exact: HashMap::new(),
        };
        for entry in ENTRIES {
            for word in entry.en {
                *index.en.entry(stem::en(word)).or_default() |= entry.flags;
            }
            for word in entry.es {
                *index.es.entry(stem::es(word)).or_default() |= entry.flags;
            }
            for word in entry.exact {
                *index.exact.entry(word).or_default() |= entry.flags;
            }
        }
        index
    })
}

/// What `token` can mean. `previous` and `next` settle the few words whose
/// meaning depends on their neighbours.
pub(crate) fn flags(token: &Token, previous: Option<&Token>, next: Option<&Token>) -> u32 {
    if token.number.is_some() {
        return 0;
    }
    let index = index();
    let word = token.folded.as_str();
    let mut flags = index.exact.get(word).copied().unwrap_or(0)
        | index.en.get(&token.stem_en).copied().unwrap_or(0)
        | index.es.get(&token.stem_es).copied().unwrap_or(0);
    let prev = previous.map_or("", |t| t.folded.as_str());
    let next_word = next.map_or("", |t| t.folded.as_str());
    match word {
        // "está"/"esté" (is) against "esta"/"este" (this).
        "este" | "esta" | "estes" if token.accented != word => flags = c::BE,
        "este" | "esta" => flags = c::DET,
        // "red" is a network in Spanish ("la red", "red social"), a colour in English.
        "red"
            if matches!(next_word, "social" | "sociales")
                || matches!(
                    prev,
                    "la" | "una" | "cada" | "otra" | "nueva" | "esta" | "toda" | "en"
                ) =>
        {
            flags |= c::NET;
        }
        // "en línea": online.
        "linea" if prev == "en" => flags |= c::DIGITAL,
        _ => {}
    }
    // "open rate": a metric of a newsletter, not opening one.
    if next_word == "rate" {
        flags &= !c::ACQUIRE;
    }
    // "ten" is a number, not a form of "tener".
    if word == "ten" {
        flags &= !c::ACQUIRE;
    }
    // "cuenta con", "cuenten con": has (contar con), not an account.
    if next_word == "con" && (token.stem_es == "cuent" || token.stem_es == "cont") {
        flags = (flags & !c::ACCOUNT) | c::ACQUIRE;
    }
    // "tener en cuenta", "take into account", "rendir cuentas", "landing page":
    // not an account on a network.
    if flags & c::ACCOUNT != 0
        && matches!(prev, "into" | "en" | "rendir" | "dar" | "landing" | "home")
        && !matches!(
            word,
            "canal" | "canales" | "perfil" | "perfiles" | "pagina" | "paginas"
        )
    {
        flags &= !c::ACCOUNT;
    }
    flags
}
