//! Recognizing presence in what people write — "be on TikTok", "reforzar
//! nuestra presencia en las redes", "que todos los servicios dispongan de
//! perfil propio" — in English and Spanish, whatever the word order,
//! article, inflection, case or accents.
//!
//! Text is split into sentences and words ([`tokens`]); each word is folded
//! and stemmed in both languages ([`stem`]) and looked up in a small
//! lexicon of what it can mean for presence ([`lexicon`]): a form of "be",
//! a network, an account, a verb of having or opening, a vague "improve"…
//! Then a handful of frames are looked for, each a way of saying that the
//! aim is to be somewhere:
//!
//! - **being on networks**: a form of "be"/"estar" (or "ser" + "visible"),
//!   perhaps "present"/"active", then "on"/"en" and a network or "online":
//!   "be on TikTok", "estar presentes en las redes", "stay active on X",
//!   "where the hospital is present";
//! - **presence**: "presence"/"presencia" with a digital word near it, on
//!   its own ("reforzar nuestra presencia"), or of the organization ("la
//!   presencia de la marca") — but not the presence *of* something else
//!   ("the presence of women at job fairs"); "footprint"/"huella" only with
//!   a digital word;
//! - **having or opening accounts**: a verb or noun of having, opening,
//!   creating, launching or keeping ("have", "set up", "disponer de",
//!   "cuenta con", "apertura", "creación", "mantener") whose object is an
//!   account, profile, page or channel, or a sentence that is only such an
//!   account ("an official account on Threads");
//! - **joining**: "join", "unirse", "darse de alta", "get onto" a network;
//! - **a vague "more" of the networks themselves**: "potenciar las redes
//!   sociales", "raise our profile on social media";
//! - **counting networks**: "the number of networks", "número de perfiles".
//!
//! A frame right after a negation or a "less" verb ("do not open",
//! "reduce our presence", "dejar de estar") does not count. A frame is
//! **rescued** by a measurable result in the same sentence — a figure,
//! "double", "half" — unless the figure counts presence itself ("5
//! networks", "el 100 % de los servicios", "3 posts a week", "20 % more
//! presence") or is only a deadline ("in 3 months").
//!
//! The corpus in `tests/corpus/` measures the recognizer: precision and
//! recall per language, on a corpus it is tuned on and on a held-out one.

mod lexicon;
pub(crate) mod stem;
pub(crate) mod tokens;

use lexicon::c;
use tokens::{Number, Token};

/// What an aim says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Its substance is being present, having or opening accounts, or more
    /// presence, with no measurable result.
    Presence,
    /// It states a measurable result (a figure, "double", "half").
    Result,
    /// Neither: it says nothing of presence, and no figure.
    Neutral,
}

/// What `text` asks for: presence, a result, or neither.
pub(crate) fn judge(text: &str) -> Verdict {
    let mut verdict = Verdict::Neutral;
    for sentence in tokens::sentences(text) {
        let sentence = Sentence::new(sentence);
        let frames = sentence.frames();
        let measured = sentence.measured(&frames);
        if !frames.is_empty() && !measured {
            return Verdict::Presence;
        }
        if measured {
            verdict = Verdict::Result;
        }
    }
    verdict
}

/// Does `text` ask for presence ("be on TikTok", "abrir una cuenta")?
pub(crate) fn asks_for_presence(text: &str) -> bool {
    judge(text) == Verdict::Presence
}

/// Does a KPI only count presence ("account created", "número de redes",
/// "presencia digital")?
pub(crate) fn measures_presence(kpi: &str) -> bool {
    tokens::sentences(kpi).into_iter().any(|sentence| {
        let s = Sentence::new(sentence);
        let n = s.tokens.len();
        // Only presence words: "Presence", "Presencia digital en redes".
        let bare = (0..n).any(|i| s.has(i, c::PRESENCE))
            && (0..n).all(|i| {
                s.has(
                    i,
                    c::PRESENCE
                        | c::DIGITAL
                        | c::NET
                        | c::DET
                        | c::OF
                        | c::ON
                        | c::OWN
                        | c::ORG
                        | c::PRESENT
                        | c::AND,
                ) || s.is(i, &["media", "medios"])
            });
        // "Account created", "Perfiles activos", "Cuenta de TikTok abierta".
        let account_state = (0..n).any(|i| {
            s.has(i, c::ACCOUNT)
                && s.window(i, 3)
                    .any(|k| k != i && s.has(k, c::ACQUIRE | c::PRESENT | c::MAINTAIN))
                && !(0..n).any(|k| s.tokens[k].number.is_some())
        });
        // "Present on TikTok", "Networks we are on", "Redes en las que estamos".
        let present_on = (0..n)
            .any(|i| s.has(i, c::PRESENT) && s.has_at(i + 1, c::ON) && s.net_within(i + 2, 3))
            || (0..n).any(|i| {
                s.has(i, c::NET | c::ACCOUNT)
                    && (i + 1..(i + 6).min(n)).any(|k| s.has(k, c::BE | c::PRESENT))
                    && !(0..n).any(|k| s.tokens[k].number.is_some())
            });
        let frames = s.frames();
        bare || account_state || present_on || (!frames.is_empty() && !s.measured(&frames))
    })
}

/// Words that count an audience and nothing else.
const VANITY: &[&str] = &[
    "follower",
    "followers",
    "fan",
    "fans",
    "like",
    "likes",
    "seguidor",
    "seguidores",
    "seguidora",
    "seguidoras",
    "megusta",
    "gusta",
];

/// Words that may stand beside them in a vanity KPI: "number of new
/// followers on Instagram per month", "crecimiento de fans en Facebook".
const VANITY_FILLER: &[&str] = &[
    "total",
    "new",
    "net",
    "growth",
    "gained",
    "gain",
    "gains",
    "count",
    "per",
    "month",
    "week",
    "year",
    "monthly",
    "weekly",
    "yearly",
    "percent",
    "increase",
    "nuevos",
    "nuevas",
    "crecimiento",
    "ganados",
    "ganadas",
    "por",
    "mes",
    "semana",
    "ano",
    "mensual",
    "semanal",
    "anual",
    "aumento",
    "incremento",
    "me",
    "media",
    "medios",
    "page",
    "k",
    "mil",
];

/// Is a KPI (its metric and unit) only followers, fans or likes?
pub(crate) fn vanity_only(metric: &str, unit: &str) -> bool {
    let text = format!("{metric} {unit}");
    let words = tokens::words(&text);
    let s = Sentence::new(words);
    let vanity = (0..s.tokens.len()).any(|i| s.is(i, VANITY));
    vanity
        && (0..s.tokens.len()).all(|i| {
            s.is(i, VANITY)
                || s.is(i, VANITY_FILLER)
                || s.tokens[i].number.is_some()
                || s.has(
                    i,
                    c::DET
                        | c::OF
                        | c::ON
                        | c::NET
                        | c::ACCOUNT
                        | c::COUNT
                        | c::AND
                        | c::POSSESSIVE,
                )
                || s.is(i, &["on", "in", "at", "al", "en", "from", "desde"])
        })
}

/// A sentence, with what each of its words can mean.
struct Sentence {
    tokens: Vec<Token>,
    flags: Vec<u32>,
}

/// Where a frame was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Frame {
    at: usize,
}

/// Words that may stand between a verb and the account or network it is
/// about: articles, possessives, "official", network names, the
/// organization ("the council's"), "up" of "set up".
const MODIFIERS: u32 = c::DET
    | c::POSSESSIVE
    | c::OWN
    | c::NET
    | c::DIGITAL
    | c::ORG
    | c::PRESENT
    | c::AND
    | c::MAINTAIN;

/// Words that are neither presence nor grammar only when they have none of
/// these meanings: what is left is what an aim is about ("registrations").
const GRAMMAR: u32 = c::DET
    | c::POSSESSIVE
    | c::ON
    | c::OF
    | c::PREP
    | c::AND
    | c::NET
    | c::DIGITAL
    | c::ACCOUNT
    | c::PRESENCE
    | c::FOOTPRINT
    | c::PRESENT
    | c::OWN
    | c::ORG
    | c::UNIT
    | c::POST
    | c::BE
    | c::BE_SER
    | c::ACQUIRE
    | c::MAINTAIN
    | c::VAGUE
    | c::JOIN
    | c::NEG
    | c::COUNT;

/// Words that say a figure is a deadline, not a result.
const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "quarter",
    "quarters",
    "dia",
    "dias",
    "semana",
    "semanas",
    "mes",
    "meses",
    "ano",
    "anos",
    "trimestre",
    "trimestres",
];

/// Words of answering, which make a time a result ("answer within 2 hours").
const RESPONSE_STEMS_EN: &[&str] = &["answer", "respond", "repli", "reply", "resolv", "respons"];
const RESPONSE_STEMS_ES: &[&str] = &[
    "respond", "respuest", "contest", "atend", "resolv", "resuelv",
];

impl Sentence {
    fn new(tokens: Vec<Token>) -> Sentence {
        let mut flags: Vec<u32> = (0..tokens.len())
            .map(|i| {
                let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
                lexicon::flags(&tokens[i], previous, tokens.get(i + 1))
            })
            .collect();
        multiword(&tokens, &mut flags);
        Sentence { tokens, flags }
    }

    fn has(&self, i: usize, flags: u32) -> bool {
        self.flags.get(i).is_some_and(|f| f & flags != 0)
    }

    fn has_at(&self, i: usize, flags: u32) -> bool {
        self.has(i, flags)
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| words.contains(&t.folded.as_str()))
    }

    /// Positions within `radius` of `i`.
    fn window(&self, i: usize, radius: usize) -> impl Iterator<Item = usize> {
        i.saturating_sub(radius)..(i + radius + 1).min(self.tokens.len())
    }

    /// A network or a digital word among the `count` words from `from`.
    fn net_within(&self, from: usize, count: usize) -> bool {
        (from..(from + count).min(self.tokens.len())).any(|k| self.has(k, c::NET | c::DIGITAL))
    }

    /// A negation among the three words before `i`.
    fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|k| self.has(k, c::NEG))
    }

    /// The first word from `from` that is not a modifier (at most `limit`
    /// words on), skipping a possessive "s" and the words of `skip`.
    fn object(&self, from: usize, limit: usize, skip: u32) -> Option<usize> {
        let end = (from + limit).min(self.tokens.len());
        (from..end).find(|&k| {
            let t = &self.tokens[k];
            let skippable = t.number.is_none()
                && (self.has(k, skip)
                    || matches!(t.folded.as_str(), "s" | "media" | "medios")
                    || (t.capitalized && !self.has(k, c::ACCOUNT | c::NET)));
            !skippable
        })
    }

    /// Every presence frame of the sentence that is not negated.
    fn frames(&self) -> Vec<Frame> {
        let n = self.tokens.len();
        let mut frames = Vec::new();
        for i in 0..n {
            let found = self.being_on(i)
                || self.presence(i)
                || self.having_accounts(i)
                || self.joining(i)
                || self.vague_networks(i)
                || self.counting_networks(i);
            if found && !self.negated(i) {
                frames.push(Frame { at: i });
            }
        }
        if self.only_an_account() {
            frames.push(Frame { at: 0 });
        }
        frames
    }

    /// "be on TikTok", "estar presentes en las redes", "sea visible en…",
    /// "stay active on X", "where the hospital is present".
    fn being_on(&self, i: usize) -> bool {
        let reflexive_keep = self.has(i, c::MAINTAIN)
            && stem::es_enclitic(&self.tokens[i].folded).is_some_and(|_| {
                self.tokens[i].folded.ends_with("nos") || self.tokens[i].folded.ends_with("se")
            });
        let ser = self.has(i, c::BE_SER);
        if !(self.has(i, c::BE) || ser || reflexive_keep) {
            return false;
        }
        let mut j = i + 1;
        while j < i + 3
            && self.is(
                j,
                &[
                    "more", "most", "mas", "always", "siempre", "also", "tambien", "still",
                    "really", "fully", "well", "bien", "muy", "very",
                ],
            )
        {
            j += 1;
        }
        let mut present = false;
        while self.has(j, c::PRESENT) {
            present = true;
            j += 1;
            // "present and active on…", "active and responsive on…"
            if self.has(j, c::AND) && self.has(j + 2, c::ON) {
                j += 2;
            } else if self.has(j, c::AND) && self.has(j + 1, c::PRESENT) {
                j += 1;
            }
        }
        if ser && !present {
            return false;
        }
        if self.has(j, c::ON) && !self.has(j, c::PREP) {
            return self.net_within(j + 1, 4);
        }
        let ends = j >= self.tokens.len();
        present && (ends || self.has(j, c::NET | c::DIGITAL))
    }

    /// "presence on LinkedIn", "reforzar nuestra presencia", "la presencia
    /// de la marca", "digital footprint".
    fn presence(&self, i: usize) -> bool {
        let n = self.tokens.len();
        let digital =
            (i.saturating_sub(3)..(i + 7).min(n)).any(|k| self.has(k, c::NET | c::DIGITAL));
        if self.has(i, c::FOOTPRINT) {
            return digital;
        }
        if !self.has(i, c::PRESENCE) {
            return false;
        }
        if digital {
            return true;
        }
        let mut j = i + 1;
        while self.has(j, c::OWN | c::PRESENT) {
            j += 1;
        }
        if j >= n {
            return true;
        }
        if self.has(j, c::OF) {
            // The organization's presence ("de la marca", "del Ayuntamiento",
            // "of our brand"), not the presence of something else ("of women").
            let own = (j + 1..n)
                .find(|&k| !self.has(k, c::DET | c::POSSESSIVE))
                .is_some_and(|k| self.has(k, c::ORG) || self.tokens[k].capitalized);
            return own;
        }
        // Somewhere else than the networks: "presence at job fairs".
        !self.has(j, c::ON | c::PREP)
    }

    /// "open an account", "have a profile on…", "disponer de perfil propio",
    /// "cuenta con su propia cuenta", "creación de perfiles", "keep our
    /// profiles up to date".
    fn having_accounts(&self, i: usize) -> bool {
        let with_own = self.is(i, &["with", "con"])
            && self
                .object(i + 1, 3, c::DET | c::POSSESSIVE)
                .is_some_and(|k| {
                    self.has(k, c::ACCOUNT)
                        && (self.has(k + 1, c::OWN) || self.has(k.wrapping_sub(1), c::OWN))
                });
        if with_own {
            return true;
        }
        if !self.has(i, c::ACQUIRE | c::MAINTAIN) {
            return false;
        }
        let mut from = i + 1;
        // "cuenta con", "dispongan de", "apertura de".
        if self.is(from, &["con"]) || self.has(from, c::OF) {
            from += 1;
        }
        let Some(k) = self.object(from, 7, MODIFIERS | c::OF) else {
            return false;
        };
        self.has(k, c::ACCOUNT)
    }

    /// "join Bluesky", "unirnos a Mastodon", "darse de alta en las redes",
    /// "get the theatre onto TikTok", "posicionarnos en TikTok".
    fn joining(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let reflexive = stem::es_enclitic(&t.folded).is_some()
            || self.is(i.wrapping_sub(1), &["nos", "se", "me"]);
        let reflexive_verb = reflexive
            && (self.has(i, c::VAGUE | c::ACQUIRE)
                || ["unir", "sum", "incorpor", "registr", "apunt", "pas"]
                    .contains(&t.stem_es.as_str()));
        let onto = self.is(i, &["onto"]);
        if !(self.has(i, c::JOIN) || reflexive_verb || onto) {
            return false;
        }
        let Some(k) = self.object(
            i + 1,
            7,
            c::DET | c::POSSESSIVE | c::ON | c::OF | c::AND | c::ORG,
        ) else {
            return false;
        };
        self.has(k, c::NET)
    }

    /// "potenciar las redes sociales", "raise our profile on social media",
    /// "dinamizar los perfiles sociales de la biblioteca".
    fn vague_networks(&self, i: usize) -> bool {
        if !self.has(i, c::VAGUE) {
            return false;
        }
        let Some(k) = self.object(
            i + 1,
            5,
            c::DET | c::POSSESSIVE | c::ORG | c::OWN | c::DIGITAL,
        ) else {
            return false;
        };
        if !self.has(k, c::NET | c::ACCOUNT) {
            return false;
        }
        // The networks are the whole object, not a modifier of it:
        // "improve our social media customer care" is about customer care.
        let mut end = k;
        while self.has(end, c::NET | c::ACCOUNT | c::DIGITAL) || self.is(end, &["media", "medios"])
        {
            end += 1;
        }
        end >= self.tokens.len()
            || self.has(end, c::ON | c::OF | c::PREP | c::AND | c::DET)
            || self.tokens[end].capitalized
    }

    /// "the number of networks", "número posible de perfiles".
    fn counting_networks(&self, i: usize) -> bool {
        if !self.has(i, c::COUNT) {
            return false;
        }
        let Some(of) = (i + 1..(i + 4).min(self.tokens.len())).find(|&k| self.has(k, c::OF)) else {
            return false;
        };
        let Some(k) = self.object(of + 1, 4, c::DET | c::POSSESSIVE | c::OWN) else {
            return false;
        };
        self.has(k, c::NET | c::ACCOUNT)
    }

    /// A sentence that is only an account: "An official university account
    /// on Threads", "Perfil propio en cada red".
    fn only_an_account(&self) -> bool {
        let Some(k) = self.object(0, 5, MODIFIERS) else {
            return false;
        };
        if !self.has(k, c::ACCOUNT) || self.negated(k) {
            return false;
        }
        self.window(k, 3).any(|w| self.has(w, c::NET | c::OWN))
    }

    /// Whether a figure in the sentence measures a result (and not presence
    /// itself, nor only a deadline).
    fn measured(&self, frames: &[Frame]) -> bool {
        let n = self.tokens.len();
        let answers = self.tokens.iter().any(|t| {
            RESPONSE_STEMS_EN.iter().any(|s| t.stem_en.starts_with(s))
                || RESPONSE_STEMS_ES.iter().any(|s| t.stem_es.starts_with(s))
        });
        (0..n).any(|k| {
            let t = &self.tokens[k];
            let figure = t.number == Some(Number::Figure) || self.has(k, c::NUMWORD);
            let multiply = self.has(k, c::MULTIPLY);
            if !(figure || multiply) {
                return false;
            }
            // What the figure counts: the first word after it that is not
            // an article, "of", "more" or "%".
            let next = (k + 1..n).find(|&j| {
                !(self.has(j, c::DET | c::OF | c::POSSESSIVE)
                    || self.is(j, &["more", "mas", "percent", "cent", "ciento"]))
            });
            match next {
                Some(j)
                    if self.has(
                        j,
                        c::NET | c::ACCOUNT | c::UNIT | c::POST | c::PRESENCE | c::FOOTPRINT,
                    ) =>
                {
                    // "double newsletter sign-ups", "200 Instagram followers":
                    // the network only says what is counted.
                    let mut end = j;
                    while self.has(end, c::NET | c::ACCOUNT | c::DIGITAL | c::OWN)
                        || self.is(end, &["media", "medios"])
                    {
                        end += 1;
                    }
                    self.content(end)
                }
                Some(j) if self.is(j, TIME_UNITS) => answers,
                // A bare figure ("by 20 %") measures what was said before it:
                // a result only if something other than presence was.
                Some(j) if self.has(j, c::ON | c::PREP | c::AND) && !multiply => {
                    self.result_before(frames, k)
                }
                None => self.result_before(frames, k),
                Some(_) => true,
            }
        })
    }

    /// Whether a word that is neither presence nor grammar stands between
    /// the last frame before `k` and `k`: "be on TikTok and grow
    /// registrations by 25 %", not "grow our presence on LinkedIn by 25 %".
    fn result_before(&self, frames: &[Frame], k: usize) -> bool {
        // A figure right after a noun is a label ("fase 2"), not a quantity
        // ("by 25 %", "hasta el 35 %").
        let quantity = k.checked_sub(1).is_some_and(|p| {
            self.has(p, c::ON | c::OF | c::PREP | c::DET)
                || self.is(p, &["over", "under", "below", "above", "than"])
        });
        if !quantity {
            return false;
        }
        let from = frames
            .iter()
            .map(|f| f.at)
            .filter(|at| *at < k)
            .max()
            .map_or(0, |at| at + 1);
        (from..k).any(|j| self.content(j))
    }

    /// Whether word `j` is what an aim is about: not presence, not grammar,
    /// not a name or a number ("registrations", "visitas").
    fn content(&self, j: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| {
            t.number.is_none() && !t.capitalized && !self.has(j, GRAMMAR) && t.folded.len() > 2
        })
    }
}

/// Expressions of several words: "set up", "poner en marcha", "dar(se) de
/// alta", "sign up for".
fn multiword(tokens: &[Token], flags: &mut [u32]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.folded.as_str());
    for i in 0..tokens.len() {
        match word(i) {
            "set" | "sets" | "setting" if word(i + 1) == "up" => {
                flags[i] |= c::ACQUIRE;
                flags[i + 1] = c::DET;
            }
            "poner" | "pongan" | "ponga" | "pongamos" | "puesta" | "poniendo"
                if word(i + 1) == "en" && word(i + 2) == "marcha" =>
            {
                flags[i] |= c::ACQUIRE;
                flags[i + 1] = c::DET;
                flags[i + 2] = c::DET;
            }
            w if (w.starts_with("dar") || matches!(w, "den" | "demos" | "da"))
                && word(i + 1) == "de"
                && word(i + 2) == "alta" =>
            {
                flags[i] |= c::ACQUIRE | c::JOIN;
                flags[i + 1] = c::DET;
                flags[i + 2] = c::DET;
            }
            "alta" if word(i + 1) == "de" && i == 0 => flags[i] |= c::ACQUIRE,
            // "tasa de apertura": a newsletter's open rate, not opening one.
            "tasa" | "indice" | "porcentaje"
                if word(i + 1) == "de" && word(i + 2) == "apertura" =>
            {
                flags[i + 2] &= !c::ACQUIRE;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "Have a profile on Threads",
            "Join Bluesky",
            "Estar en TikTok",
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
            "Crear una página de Facebook",
            "Darse de alta en TikTok",
            "Unirse a Threads",
            // Word order, inflection and accents.
            "En TikTok, estar presentes",
            "Que la agencia esté presente en TikTok",
            "Presencia de la Agencia en las redes",
            "Perfiles oficiales para todas las concejalías",
            "Desembarcar en TikTok",
            "Increase our presence on LinkedIn by 20%",
            "Aumentar un 20 % nuestra presencia digital",
            "Estar presentes en 5 redes sociales",
            "Que el 100 % de los servicios tengan perfil propio",
            "Be on TikTok with 3 videos a week",
            "Open a TikTok account in 3 months",
            "Launch a podcast",
            "Crear un blog corporativo",
            "Be active and responsive on social media",
            "Aparecer en las redes sociales más usadas por los jóvenes",
            "Estar en TikTok (fase 2)",
            "Grow our presence on LinkedIn by 25%",
        ] {
            assert_eq!(judge(text), Verdict::Presence, "{text}");
        }
    }

    #[test]
    fn results_and_near_misses_are_not_presence() {
        for text in [
            "Be the first answer on Google for job searches",
            "Be on time: answer every message within 24 hours",
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
            "Tener en cuenta las opiniones recibidas en redes",
            "Improve our social media customer care",
            "Get more followers on our Instagram account",
            "Incrementar la tasa de apertura del boletín",
            "Raise the newsletter's open rate to 40%",
            "Appear in the first page of Google results",
            // Presence with a measurable result.
            "Increase our presence on LinkedIn to reach 5,000 employers",
            "Estar en TikTok y conseguir 300 inscripciones de jóvenes",
            "Open a WhatsApp channel and answer every message within 2 hours",
            "Be on TikTok and grow registrations from young people by 25%",
        ] {
            assert_ne!(judge(text), Verdict::Presence, "{text}");
        }
        assert_eq!(
            judge("Answer 90% of messages within a day"),
            Verdict::Result
        );
        assert_eq!(judge("A monthly listening report"), Verdict::Neutral);
    }

    #[test]
    fn presence_kpis_are_recognized_and_real_kpis_are_not() {
        for kpi in [
            "Presence",
            "presencia",
            "Online presence",
            "TikTok account created",
            "Cuenta de TikTok abierta",
            "Perfil creado",
            "Perfiles activos",
            "Active accounts",
            "Number of social networks we are on",
            "Número de redes",
            "Present on TikTok",
            "Presencia en TikTok",
            "Redes en las que estamos",
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
            "Employers following or subscribed",
        ] {
            assert!(!measures_presence(kpi), "{kpi}");
        }
    }

    #[test]
    fn vanity_kpis_are_only_followers_fans_or_likes() {
        for (metric, unit) in [
            ("Followers on Instagram", ""),
            ("Instagram", "followers"),
            ("Número de seguidores", ""),
            ("Nuevos seguidores en TikTok", "al mes"),
            ("Page likes", "per month"),
            ("Fans de Facebook", ""),
            ("Me gusta en Instagram", ""),
            ("Follower growth", "%"),
        ] {
            assert!(vanity_only(metric, unit), "{metric} / {unit}");
        }
        for (metric, unit) in [
            ("Employers following or subscribed", "employers"),
            ("Empresas seguidoras o suscritas", ""),
            ("Likes and comments per post", ""),
            ("Registrations from social links", "per month"),
            ("Seguidores que se inscriben en cursos", ""),
            ("", ""),
        ] {
            assert!(!vanity_only(metric, unit), "{metric} / {unit}");
        }
    }
}
