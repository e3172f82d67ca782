//! The document's generated sentences, in Fluent (`messages/en.ftl`,
//! `messages/es.ftl`): each language's sentences are written whole by
//! someone who writes that language, with plural, zero and gender chosen
//! by the message (`{ $n -> [0] … [one] … *[other] … }`,
//! `{ $roleGender -> [feminine] … *[masculine] … }`), never pieced together
//! from fragments in code.
//!
//! Numbers are written as the language writes them (`format::number`).
//! Three functions help Spanish with the names a sentence carries: `CAP`
//! (a capital at the start of a sentence: «la Agencia» → «La Agencia»),
//! `DE` and `A` (the preposition, contracted with a masculine article: «del
//! Ayuntamiento», «al responsable»). Lists ("two errors, six warnings and
//! one piece of advice") are joined by [`Messages::list`], as each language
//! joins them.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use rumbo_core::Lang;

use rumbo_core::format::number;

const EN: &str = include_str!("../messages/en.ftl");
const ES: &str = include_str!("../messages/es.ftl");

/// The sentences of one language.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// A message's arguments, built with [`args!`].
pub type Args<'a> = FluentArgs<'a>;

/// Arguments for [`Messages::get`]: `args!{ "n" => 3, "name" => title }`.
macro_rules! args {
    ($($key:literal => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set($key, crate::messages::value($value));)*
        args
    }};
}
pub(crate) use args;

/// What a message's argument can be.
pub trait IntoValue {
    fn into_value(self) -> FluentValue<'static>;
}

impl IntoValue for &str {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl IntoValue for String {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl IntoValue for &String {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl IntoValue for usize {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self as f64)
    }
}

impl IntoValue for u32 {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(f64::from(self))
    }
}

impl IntoValue for u8 {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(f64::from(self))
    }
}

impl IntoValue for i64 {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self as f64)
    }
}

pub fn value(v: impl IntoValue) -> FluentValue<'static> {
    v.into_value()
}

fn text<'a>(positional: &[FluentValue<'a>]) -> String {
    match positional.first() {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.value.to_string(),
        _ => String::new(),
    }
}

/// A count as prose writes it: in words from one to ten ("six warnings",
/// «seis avisos»; Spanish «un»/«una» by the `gender` given), in figures
/// beyond.
fn words(positional: &[FluentValue<'_>], named: &FluentArgs, lang: Lang) -> FluentValue<'static> {
    let Some(FluentValue::Number(n)) = positional.first() else {
        return FluentValue::Error;
    };
    let value = n.value;
    if value.fract() != 0.0 || !(1.0..=10.0).contains(&value) {
        return FluentValue::from(number(value, lang));
    }
    let feminine = matches!(named.get("gender"), Some(FluentValue::String(g)) if g == "feminine");
    const EN: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    const ES: [&str; 10] = [
        "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    ];
    let index = value as usize - 1;
    FluentValue::from(match lang {
        Lang::En => EN[index],
        Lang::Es if index == 0 && feminine => "una",
        Lang::Es => ES[index],
    })
}

/// «la Agencia» → «La Agencia»: the first letter in capitals.
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Spanish `de`/`a` before a name: contracted with «el» («del», «al»),
/// never with «El» of a proper name's capital (El Salvador).
pub(crate) fn preposition(word: &str, name: &str) -> String {
    match name.strip_prefix("el ") {
        Some(rest) => format!("{word}l {rest}"),
        None => format!("{word} {name}"),
    }
}

fn format_en(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number(n.value, Lang::En)),
        _ => None,
    }
}

fn format_es(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number(n.value, Lang::Es)),
        _ => None,
    }
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let (source, id) = match lang {
            Lang::En => (EN, "en"),
            Lang::Es => (ES, "es"),
        };
        let locale = id.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![locale]);
        // The document is left-to-right text: no isolation marks around
        // the values.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => format_en,
            Lang::Es => format_es,
        }));
        // The files are compiled in and checked by the tests: a syntax
        // error there is a bug, and the entries that did parse are kept.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        let _ = bundle.add_function("CAP", |p, _| FluentValue::from(capitalized(&text(p))));
        let _ = bundle.add_function("DE", |p, _| FluentValue::from(preposition("de", &text(p))));
        let _ = bundle.add_function("A", |p, _| FluentValue::from(preposition("a", &text(p))));
        let _ = match lang {
            Lang::En => bundle.add_function("WORDS", |p, n| words(p, n, Lang::En)),
            Lang::Es => bundle.add_function("WORDS", |p, n| words(p, n, Lang::Es)),
        };
        Messages { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with `args`; empty when there is no such message
    /// (the tests make sure every message the code asks for exists).
    pub fn get(&self, id: &str, args: &Args<'_>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned()
    }

    /// A message without arguments.
    pub fn plain(&self, id: &str) -> String {
        self.get(id, &FluentArgs::new())
    }

    /// Whether the message exists.
    #[cfg(test)]
    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).is_some()
    }

    /// Items joined as the language joins a list: "a, b and c", «a, b y c»
    /// («e» before a word that starts with the sound i).
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let and = match self.lang {
                    Lang::En => "and",
                    Lang::Es => {
                        let lower = last.to_lowercase();
                        if (lower.starts_with('i') || lower.starts_with("hi"))
                            && !lower.starts_with("hie")
                        {
                            "e"
                        } else {
                            "y"
                        }
                    }
                };
                format!("{} {and} {last}", init.join(", "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| {
                l.chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '-')
            })
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    #[test]
    fn both_files_parse_and_hold_the_same_messages() {
        for source in [EN, ES] {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{errors:?}");
            }
        }
        let (mut en, mut es) = (ids(EN), ids(ES));
        en.sort();
        es.sort();
        assert_eq!(en, es);
        assert!(en.len() > 40);
    }

    #[test]
    fn plural_zero_gender_and_contractions_are_the_messages_own() {
        let es = Messages::new(Lang::Es);
        let channels = |active: usize, planned: usize| {
            es.get(
                "summary-channels",
                &args! { "org" => "el Ayuntamiento", "active" => active, "planned" => planned },
            )
        };
        assert_eq!(
            channels(4, 1),
            "El Ayuntamiento trabaja con cuatro canales activos y uno previsto."
        );
        assert_eq!(
            channels(12, 3),
            "El Ayuntamiento trabaja con 12 canales activos y tres previstos."
        );
        assert_eq!(
            channels(0, 0),
            "El Ayuntamiento aún no tiene ningún canal activo ni previsto."
        );
        assert_eq!(
            channels(1, 0),
            "El Ayuntamiento trabaja con un canal activo."
        );
        let en = Messages::new(Lang::En);
        assert_eq!(
            en.get("count-advice", &args! { "n" => 4usize }),
            "four pieces of advice"
        );
        assert_eq!(
            en.get("count-errors", &args! { "n" => 1234usize }),
            "1,234 errors"
        );
        assert_eq!(
            es.get("count-errors", &args! { "n" => 1234usize }),
            "1234 errores"
        );
        assert_eq!(
            es.list(&["uno".into(), "dos".into(), "hilos".into()]),
            "uno, dos e hilos"
        );
        assert_eq!(preposition("de", "el Ayuntamiento"), "del Ayuntamiento");
        assert_eq!(preposition("a", "la Diputación"), "a la Diputación");
        assert_eq!(preposition("de", "El Salvador"), "de El Salvador");
    }
}
