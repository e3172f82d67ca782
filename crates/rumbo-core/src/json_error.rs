//! What is wrong with a JSON file being imported, and where: the JSON path
//! (`channels[3].network`), the line and the column, what was expected — in
//! the reader's language, with the JSON names to write — and what was found.
//!
//! Only a file that is not a Rumbo export at all (no `"format":
//! "rumbo-workspace"`, not a JSON object) is called "not a Rumbo export";
//! an export with a bad value is told where the value is and what to write.

use crate::error::{Entity, FieldIssue};
use crate::lang::Lang;

/// Where in the file: the JSON path and, when known, the line and column
/// (both from 1; the column counts characters).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonPlace {
    /// `channels[3].network`; empty for the document as a whole.
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// One problem of a JSON file, located.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    pub place: JsonPlace,
    pub problem: JsonProblem,
}

/// The kind of object a field belongs to, for messages that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonObject {
    /// The document as a whole.
    Document,
    /// A record of the workspace (or the profile).
    Record(Entity),
    HealthSettings,
    DocumentSettings,
    FitScore,
    Cadence,
    /// The crisis playbook's own settings.
    CrisisPlan,
}

impl JsonObject {
    /// "of a channel", "de un canal", "de una campaña".
    fn of(self, lang: Lang) -> String {
        match self {
            JsonObject::Document => lang.pick("of the document", "del documento").into(),
            JsonObject::Record(Entity::Profile) => lang
                .pick(
                    "of the organization profile",
                    "del perfil de la organización",
                )
                .into(),
            JsonObject::Record(entity) => match lang {
                Lang::En => format!("of {}", entity.a(lang)),
                Lang::Es => format!("de {}", entity.a(lang)),
            },
            JsonObject::HealthSettings => lang
                .pick(
                    "of the health check's thresholds",
                    "de los umbrales del diagnóstico",
                )
                .into(),
            JsonObject::DocumentSettings => lang
                .pick("of the document settings", "de los ajustes del documento")
                .into(),
            JsonObject::FitScore => lang
                .pick("of a fit score", "de una puntuación de encaje")
                .into(),
            JsonObject::Cadence => lang.pick("of a cadence", "de una cadencia").into(),
            JsonObject::CrisisPlan => lang
                .pick("of the crisis playbook", "del plan de crisis")
                .into(),
        }
    }
}

/// A set of allowed values, each with its JSON name and its label in both
/// languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Choices {
    /// "one of the networks", "una de las redes".
    pub what: (&'static str, &'static str),
    /// `(json name, English label, Spanish label)`.
    pub values: Vec<(&'static str, &'static str, &'static str)>,
}

/// What a value should have been.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// Text that may be empty or left out.
    Text,
    /// Text that must be there and not empty (a name, a title).
    RequiredText,
    /// A list of texts.
    Texts,
    Bool,
    /// A number, described in both languages ("a number of hours, from 0
    /// to 168").
    Number {
        en: &'static str,
        es: &'static str,
        nullable: bool,
    },
    /// A date as `YYYY-MM-DD`.
    Date {
        nullable: bool,
    },
    /// The id of a record of this list: a whole number from 1.
    Id,
    /// A link: the id of a record of `Entity`.
    Link {
        to: Entity,
        nullable: bool,
    },
    /// A list of ids of `Entity`.
    Links {
        to: Entity,
    },
    Choice {
        choices: Choices,
        nullable: bool,
    },
    /// An object of this kind.
    Object(JsonObject),
    /// A list of objects of this kind.
    List(JsonObject),
    /// This exact text (`"rumbo-workspace"`).
    Exactly(&'static str),
    /// The format's version, a whole number.
    Version,
}

/// What was found instead.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Null,
    Bool(bool),
    /// A number, as written.
    Number(String),
    Text(String),
    List,
    Object,
}

/// How the JSON syntax is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// The file ends before the document does.
    Eof,
    ExpectedComma,
    ExpectedColon,
    ExpectedValue,
    KeyMustBeText,
    TrailingComma,
    ControlCharacter,
    BadEscape,
    BadNumber,
    TrailingCharacters,
    Other,
}

/// A hint that makes a wrong value easy to fix.
#[derive(Debug, Clone, PartialEq)]
pub enum Hint {
    /// The value is the label of this choice in `lang` (the app's word, or
    /// the other language's): write its JSON name.
    Label {
        json: &'static str,
        /// Its labels in English and Spanish.
        labels: (&'static str, &'static str),
        lang: Lang,
    },
    /// An old name of this choice ("twitter" for X).
    OldName {
        json: &'static str,
        label: &'static str,
    },
    /// A near spelling.
    Spelling(&'static str),
    /// A date written another way, and how to write it.
    Date(String),
    /// A number, `true`, `false` or `null` written in quotes.
    Unquote(String),
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonProblem {
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The JSON itself is broken.
    Syntax(Syntax),
    /// Valid JSON, but not an object: not a Rumbo export.
    NotAnObject,
    /// An object without `"format": "rumbo-workspace"`: not a Rumbo export.
    NotAWorkspace,
    /// A field this kind of object does not have.
    UnknownField {
        field: String,
        of: JsonObject,
        suggestion: Option<&'static str>,
        fields: Vec<&'static str>,
    },
    /// A field that must be there.
    MissingField {
        field: &'static str,
        expected: Expected,
    },
    /// The same key twice in one object.
    DuplicateKey(String),
    WrongValue {
        expected: Expected,
        found: Found,
        hint: Option<Hint>,
    },
    /// An id used twice in one list, or not a whole number from 1.
    RepeatedId(i64),
    BadId(i64),
    /// The same id twice in one list of links.
    RepeatedLink(i64),
    /// A second RACI cell for one department and activity.
    RepeatedCell,
    /// A second measurement of one objective on one date.
    RepeatedDate,
    /// A finding accepted twice.
    RepeatedAcknowledgement,
    /// `channels[].audienceIds` and `audiences[].channelIds` disagree.
    LinksDisagree {
        channel: i64,
        audience: i64,
    },
    /// A link to a record the file does not have.
    Dangling {
        record: Entity,
        /// The record's name or title, when it has one.
        name: Option<String>,
        /// The JSON name of the link (`channelIds`).
        link: &'static str,
        to: Entity,
        id: i64,
    },
    /// A value the app would refuse (too long, out of range, a name used twice).
    Invalid(FieldIssue),
    /// A value that could not be read although it looked right: a gap
    /// between this reader and the format (`detail` is the parser's words).
    Unreadable(String),
}

impl JsonError {
    pub fn new(path: impl Into<String>, problem: JsonProblem) -> JsonError {
        JsonError {
            place: JsonPlace {
                path: path.into(),
                line: None,
                column: None,
            },
            problem,
        }
    }

    /// A file that is not UTF-8: the line and column of its first byte
    /// that is not (`valid` bytes are).
    pub fn not_utf8(bytes: &[u8], valid: usize) -> JsonError {
        let before = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        let (line, column) = crate::json_schema::line_column(&before, before.len());
        JsonError {
            place: JsonPlace {
                path: String::new(),
                line: Some(line),
                column: Some(column),
            },
            problem: JsonProblem::NotUtf8,
        }
    }

    /// The message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let problem = self.problem.message(lang);
        let at = self.place.describe(lang);
        match (&self.problem, lang) {
            (JsonProblem::NotUtf8, Lang::En) => format!(
                "The file is not UTF-8 text{at}: Rumbo's exports are UTF-8. Save it as UTF-8 and import it again."
            ),
            (JsonProblem::NotUtf8, Lang::Es) => format!(
                "El archivo no es texto UTF-8{at}: las exportaciones de Rumbo son UTF-8. Guárdalo como UTF-8 y vuelve a importarlo."
            ),
            (JsonProblem::Syntax(_), Lang::En) => {
                format!("The file is not valid JSON{at}: {problem}")
            }
            (JsonProblem::Syntax(_), Lang::Es) => {
                format!("El archivo no es JSON válido{at}: {problem}")
            }
            (JsonProblem::NotAnObject | JsonProblem::NotAWorkspace, _) => problem,
            (_, Lang::En) => format!("The JSON export has a mistake{at}: {problem}"),
            (_, Lang::Es) => format!("La exportación JSON tiene un error{at}: {problem}"),
        }
    }
}

impl JsonPlace {
    /// " at channels[3].network (line 57, column 18)", " en … (línea 57,
    /// columna 18)", or " at line 3, column 5" with no path.
    fn describe(&self, lang: Lang) -> String {
        let position = match (self.line, self.column, lang) {
            (Some(l), Some(c), Lang::En) => Some(format!("line {l}, column {c}")),
            (Some(l), Some(c), Lang::Es) => Some(format!("línea {l}, columna {c}")),
            (Some(l), None, Lang::En) => Some(format!("line {l}")),
            (Some(l), None, Lang::Es) => Some(format!("línea {l}")),
            _ => None,
        };
        let path = crate::text::visible(&self.path);
        match (path.is_empty(), position, lang) {
            (true, None, _) => String::new(),
            (true, Some(p), Lang::En) => format!(" at {p}"),
            (true, Some(p), Lang::Es) => format!(" en la {p}"),
            (false, None, Lang::En) => format!(" at {path}"),
            (false, None, Lang::Es) => format!(" en {path}"),
            (false, Some(p), Lang::En) => format!(" at {path} ({p})"),
            (false, Some(p), Lang::Es) => format!(" en {path} ({p})"),
        }
    }
}

/// Text quoted from the file, short and without control characters.
fn q(lang: Lang, text: &str) -> String {
    let text = crate::error::quote(text);
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Es => format!("«{text}»"),
    }
}

/// The longest list of choices a message gives with their labels (a longer
/// one gives only the values, as they are written in the file).
const LABELLED_CHOICES_CHARS: usize = 600;

/// A JSON name as it is written in the file.
fn j(lang: Lang, name: &str) -> String {
    q(lang, name)
}

impl Syntax {
    fn message(self, lang: Lang) -> &'static str {
        match self {
            Syntax::Eof => lang.pick(
                "the file ends before the document does (a closing } or ] or a quote is missing)",
                "el archivo termina antes que el documento (falta un } o un ] de cierre, o unas comillas)",
            ),
            Syntax::ExpectedComma => lang.pick(
                "a comma is missing between two values, or a closing } or ]",
                "falta una coma entre dos valores, o un } o ] de cierre",
            ),
            Syntax::ExpectedColon => lang.pick(
                "a colon (:) is missing after the field's name",
                "falta los dos puntos (:) tras el nombre del campo",
            ),
            Syntax::ExpectedValue => lang.pick(
                "a value is missing or misspelled here (text goes in double quotes; true, false and null in lower case)",
                "aquí falta un valor o está mal escrito (el texto va entre comillas dobles; true, false y null en minúsculas)",
            ),
            Syntax::KeyMustBeText => lang.pick(
                "a field's name must be in double quotes",
                "el nombre de un campo debe ir entre comillas dobles",
            ),
            Syntax::TrailingComma => lang.pick(
                "there is a comma before a closing } or ]: remove it",
                "hay una coma antes de un } o ] de cierre: quítala",
            ),
            Syntax::ControlCharacter => lang.pick(
                "a line break or tab inside quoted text must be written \\n or \\t",
                "un salto de línea o un tabulador dentro de un texto entre comillas se escribe \\n o \\t",
            ),
            Syntax::BadEscape => lang.pick(
                "a backslash (\\) in text starts an escape such as \\n or \\\"; write \\\\ for a backslash",
                "una barra invertida (\\) en un texto empieza un escape como \\n o \\\"; escribe \\\\ para una barra",
            ),
            Syntax::BadNumber => lang.pick(
                "a number is not written as JSON writes numbers (a point for decimals, no thousands separator)",
                "un número no está escrito como los escribe JSON (punto decimal, sin separador de miles)",
            ),
            Syntax::TrailingCharacters => lang.pick(
                "there is more after the end of the document",
                "hay algo más después del final del documento",
            ),
            Syntax::Other => lang.pick("the JSON cannot be read here", "el JSON no se puede leer aquí"),
        }
    }
}

impl Expected {
    /// What should be there, in `lang`, with the JSON names to write.
    pub fn describe(&self, lang: Lang) -> String {
        let or_null = |nullable: bool| {
            if nullable {
                lang.pick(", or null", ", o null")
            } else {
                ""
            }
        };
        match self {
            Expected::Text => lang
                .pick("text, or leave the field out", "un texto, o quita el campo")
                .into(),
            Expected::RequiredText => lang
                .pick(
                    "text, which cannot be empty",
                    "un texto, que no puede estar vacío",
                )
                .into(),
            Expected::Texts => lang
                .pick(
                    "a list of texts, like [\"Spanish\", \"English\"]",
                    "una lista de textos, como [\"Español\", \"Inglés\"]",
                )
                .into(),
            Expected::Bool => lang.pick("true or false", "true o false").into(),
            Expected::Number { en, es, nullable } => {
                format!("{}{}", lang.pick(en, es), or_null(*nullable))
            }
            Expected::Date { nullable } => format!(
                "{}{}",
                lang.pick(
                    "a date as YYYY-MM-DD (for example 2027-03-31)",
                    "una fecha con el formato AAAA-MM-DD (por ejemplo, 2027-03-31)"
                ),
                or_null(*nullable)
            ),
            Expected::Id => lang
                .pick(
                    "an id: a whole number from 1, different for each record of the list",
                    "un id: un número entero desde 1, distinto para cada elemento de la lista",
                )
                .into(),
            Expected::Link { to, nullable } => match lang {
                Lang::En => format!(
                    "the id of {} (a whole number){}",
                    to.a(lang),
                    or_null(*nullable)
                ),
                Lang::Es => format!(
                    "el id de {} (un número entero){}",
                    to.a(lang),
                    or_null(*nullable)
                ),
            },
            Expected::Links { to } => match lang {
                Lang::En => format!("a list of ids of {}, like [1, 4]", to.plural(lang)),
                Lang::Es => format!("una lista de ids de {}, como [1, 4]", to.plural(lang)),
            },
            Expected::Choice { choices, nullable } => {
                // Each value with its label, unless the list would then be
                // too long to read (the document's sections): the values
                // alone, as they are written.
                let value = |json: &str, label: &str, labelled: bool| {
                    if !labelled || label == json {
                        j(lang, json)
                    } else {
                        format!("{label} ({})", j(lang, json))
                    }
                };
                let list = |labelled: bool| {
                    choices
                        .values
                        .iter()
                        .map(|(json, en, es)| value(json, lang.pick(en, es), labelled))
                        .collect::<Vec<String>>()
                        .join(", ")
                };
                let labelled = list(true);
                let values = if labelled.chars().count() <= LABELLED_CHOICES_CHARS {
                    labelled
                } else {
                    list(false)
                };
                let (en, es) = choices.what;
                format!("{}: {}{}", lang.pick(en, es), values, or_null(*nullable))
            }
            Expected::Object(of) => match lang {
                Lang::En => format!("an object {{ … }} with the fields {}", of.of(lang)),
                Lang::Es => format!("un objeto {{ … }} con los campos {}", of.of(lang)),
            },
            Expected::List(of) => match lang {
                Lang::En => format!(
                    "a list [ … ] of objects, each with the fields {}",
                    of.of(lang)
                ),
                Lang::Es => format!(
                    "una lista [ … ] de objetos, cada uno con los campos {}",
                    of.of(lang)
                ),
            },
            Expected::Exactly(text) => j(lang, text),
            Expected::Version => match lang {
                Lang::En => format!(
                    "the format's version, a whole number from 1 to {}",
                    crate::interchange::FORMAT_VERSION
                ),
                Lang::Es => format!(
                    "la versión del formato, un número entero de 1 a {}",
                    crate::interchange::FORMAT_VERSION
                ),
            },
        }
    }
}

impl Found {
    fn describe(&self, lang: Lang) -> String {
        match self {
            Found::Null => "null".into(),
            Found::Bool(b) => b.to_string(),
            Found::Number(n) => crate::error::quote(n),
            Found::Text(t) => q(lang, t),
            Found::List => lang.pick("a list [ … ]", "una lista [ … ]").into(),
            Found::Object => lang.pick("an object { … }", "un objeto { … }").into(),
        }
    }
}

impl Hint {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Hint::Label { json, lang: of, .. }, Lang::En) if *of == lang => format!(
                " That is how the app shows it; in the file it is written {}.",
                j(lang, json)
            ),
            (Hint::Label { json, lang: of, .. }, Lang::Es) if *of == lang => format!(
                " Así lo muestra la app; en el archivo se escribe {}.",
                j(lang, json)
            ),
            (Hint::Label { json, labels, .. }, Lang::En) => format!(
                " That is the Spanish name of {}; in the file it is written {}.",
                labels.0,
                j(lang, json)
            ),
            (Hint::Label { json, labels, .. }, Lang::Es) => format!(
                " Ese es el nombre en inglés de {}; en el archivo se escribe {}.",
                labels.1,
                j(lang, json)
            ),
            (Hint::OldName { json, label }, Lang::En) => {
                format!(" That is an old name of {label}: write {}.", j(lang, json))
            }
            (Hint::OldName { json, label }, Lang::Es) => {
                format!(
                    " Ese es un nombre antiguo de {label}: escribe {}.",
                    j(lang, json)
                )
            }
            (Hint::Spelling(json), Lang::En) => format!(" Did you mean {}?", j(lang, json)),
            (Hint::Spelling(json), Lang::Es) => format!(" ¿Querías escribir {}?", j(lang, json)),
            (Hint::Date(iso), Lang::En) => format!(" Write it as {iso}."),
            (Hint::Date(iso), Lang::Es) => format!(" Escríbela como {iso}."),
            (Hint::Unquote(text), Lang::En) => {
                format!(" Write it without quotes: {}.", crate::error::quote(text))
            }
            (Hint::Unquote(text), Lang::Es) => {
                format!(" Escríbelo sin comillas: {}.", crate::error::quote(text))
            }
        }
    }
}

impl JsonProblem {
    fn message(&self, lang: Lang) -> String {
        match self {
            JsonProblem::NotUtf8 => String::new(),
            JsonProblem::Syntax(syntax) => format!("{}.", syntax.message(lang)),
            JsonProblem::NotAnObject => lang
                .pick(
                    "This is not a Rumbo JSON export: a Rumbo export is one JSON object that starts with \"format\": \"rumbo-workspace\".",
                    "Esto no es una exportación JSON de Rumbo: una exportación de Rumbo es un objeto JSON que empieza por \"format\": \"rumbo-workspace\".",
                )
                .into(),
            JsonProblem::NotAWorkspace => lang
                .pick(
                    "This is not a Rumbo JSON export: it has no \"format\": \"rumbo-workspace\" field.",
                    "Esto no es una exportación JSON de Rumbo: no tiene el campo \"format\": \"rumbo-workspace\".",
                )
                .into(),
            JsonProblem::UnknownField {
                field,
                of,
                suggestion,
                fields,
            } => {
                let field = q(lang, field);
                let of = of.of(lang);
                match (suggestion, lang) {
                    (Some(s), Lang::En) => {
                        format!("{field} is not a field {of}. Did you mean {}?", j(lang, s))
                    }
                    (Some(s), Lang::Es) => {
                        format!("{field} no es un campo {of}. ¿Querías escribir {}?", j(lang, s))
                    }
                    (None, Lang::En) => format!(
                        "{field} is not a field {of}, which has {}.",
                        fields.join(", ")
                    ),
                    (None, Lang::Es) => format!(
                        "{field} no es un campo {of}, que tiene {}.",
                        fields.join(", ")
                    ),
                }
            }
            JsonProblem::MissingField { field, expected } => match lang {
                Lang::En => format!(
                    "the field {} is missing; it holds {}.",
                    j(lang, field),
                    expected.describe(lang)
                ),
                Lang::Es => format!(
                    "falta el campo {}; contiene {}.",
                    j(lang, field),
                    expected.describe(lang)
                ),
            },
            JsonProblem::DuplicateKey(key) => match lang {
                Lang::En => format!(
                    "the field {} is written twice in the same object: keep one, or one of its values would be lost.",
                    q(lang, key)
                ),
                Lang::Es => format!(
                    "el campo {} aparece dos veces en el mismo objeto: deja uno, o se perdería uno de sus valores.",
                    q(lang, key)
                ),
            },
            JsonProblem::WrongValue {
                expected,
                found,
                hint,
            } => {
                let hint = hint.as_ref().map(|h| h.message(lang)).unwrap_or_default();
                match lang {
                    Lang::En => format!(
                        "expected {}, but found {}.{hint}",
                        expected.describe(lang),
                        found.describe(lang)
                    ),
                    Lang::Es => format!(
                        "se esperaba {}, pero hay {}.{hint}",
                        expected.describe(lang),
                        found.describe(lang)
                    ),
                }
            }
            JsonProblem::RepeatedId(id) => match lang {
                Lang::En => format!(
                    "the id {id} is already used by another record of this list: each id must be unique."
                ),
                Lang::Es => format!(
                    "el id {id} ya lo usa otro elemento de esta lista: cada id debe ser único."
                ),
            },
            JsonProblem::BadId(id) => match lang {
                Lang::En => format!("the id {id} is not valid: an id is a whole number from 1."),
                Lang::Es => format!("el id {id} no es válido: un id es un número entero desde 1."),
            },
            JsonProblem::RepeatedLink(id) => match lang {
                Lang::En => format!("the id {id} appears twice in this list of links: keep one."),
                Lang::Es => format!("el id {id} aparece dos veces en esta lista de enlaces: deja uno."),
            },
            JsonProblem::RepeatedCell => lang
                .pick(
                    "this department and activity already have a cell in the RACI grid: keep one.",
                    "este departamento y esta actividad ya tienen una celda en la tabla RACI: deja una.",
                )
                .into(),
            JsonProblem::RepeatedDate => lang
                .pick(
                    "this objective already has a measurement on this date: keep one.",
                    "este objetivo ya tiene una medición en esta fecha: deja una.",
                )
                .into(),
            JsonProblem::RepeatedAcknowledgement => lang
                .pick(
                    "this finding is already accepted earlier in the list: keep one.",
                    "este hallazgo ya está aceptado antes en la lista: deja uno.",
                )
                .into(),
            JsonProblem::LinksDisagree { channel, audience } => match lang {
                Lang::En => format!(
                    "the channel with id {channel} lists the audience with id {audience}, but that audience does not list the channel in its channelIds: both sides must name each other."
                ),
                Lang::Es => format!(
                    "el canal de id {channel} incluye el público de id {audience}, pero ese público no incluye el canal en sus channelIds: los dos lados deben nombrarse."
                ),
            },
            JsonProblem::Dangling {
                record,
                name,
                link,
                to,
                id,
            } => {
                let named = name
                    .as_ref()
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| format!(" {}", q(lang, n)))
                    .unwrap_or_default();
                match lang {
                    Lang::En => format!(
                        "{}{named} links in {link} to {} with id {id}, and the file has no {} with that id. Remove the link, or add that {} to the file.",
                        capitalize(&record.the(lang)),
                        to.the(lang),
                        to.noun(lang),
                        to.noun(lang),
                    ),
                    Lang::Es => format!(
                        "{}{named} enlaza en {link} con {} de id {id}, y el archivo no tiene {} con ese id. Quita el enlace, o añade ese elemento al archivo.",
                        capitalize(&record.the(lang)),
                        to.the(lang),
                        to.none_es(),
                    ),
                }
            }
            JsonProblem::Invalid(issue) => issue.message(lang),
            JsonProblem::Unreadable(detail) => match lang {
                Lang::En => format!(
                    "this value cannot be read ({}).",
                    crate::error::quote(detail)
                ),
                Lang::Es => format!(
                    "este valor no se puede leer ({}).",
                    crate::error::quote(detail)
                ),
            },
        }
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The distance between two words (Levenshtein), for suggestions.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (k, cb) in b.iter().enumerate() {
            let current = row[k + 1];
            row[k + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[k]).min(current)
            };
            previous = current;
        }
    }
    row[b.len()]
}

/// The nearest of `candidates` to `word`, if it is near enough to be a
/// misspelling: ignoring case, `_` and `-`, at most a third of its letters
/// apart (and at least one).
pub(crate) fn nearest(word: &str, candidates: &[&'static str]) -> Option<&'static str> {
    let squash = |w: &str| -> String {
        crate::text::canonical_name(w)
            .chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let word = squash(word);
    if word.is_empty() {
        return None;
    }
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|c| (distance(&word, &squash(c)), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_utf8_is_told_where() {
        let bytes: Vec<u8> = b"{\n  \"name\": \"Caf\xe9\"\n}".to_vec();
        let valid = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
        let bytes = bytes.as_slice();
        let error = JsonError::not_utf8(bytes, valid);
        assert_eq!((error.place.line, error.place.column), (Some(2), Some(15)));
        assert_eq!(
            error.message(Lang::En),
            "The file is not UTF-8 text at line 2, column 15: Rumbo's exports are UTF-8. Save it as UTF-8 and import it again."
        );
        assert_eq!(
            error.message(Lang::Es),
            "El archivo no es texto UTF-8 en la línea 2, columna 15: las exportaciones de Rumbo son UTF-8. Guárdalo como UTF-8 y vuelve a importarlo."
        );
    }

    #[test]
    fn a_wrong_value_among_many_choices_is_told_in_a_readable_message() {
        // The document's sections are many: the message names the values
        // as they are written, without their labels, and stays readable
        // even with a long wrong value.
        let mut json: serde_json::Value = serde_json::from_str(
            &crate::sample::workspace(Lang::En)
                .to_json()
                .unwrap_or_default(),
        )
        .unwrap_or_default();
        let wrong = "x".repeat(150);
        json["document"]["hiddenSections"] = serde_json::json!([wrong]);
        let Err(error) = crate::interchange::WorkspaceDoc::from_json(&json.to_string()) else {
            panic!("a section that does not exist was read");
        };
        for lang in Lang::ALL {
            let message = error.to_api(lang).message;
            assert!(message.chars().count() < 1000, "{message}");
            assert!(message.contains("hiddenSections[0]"), "{message}");
            for section in crate::model::DocSection::ALL {
                assert!(message.contains(section.as_str()), "{message}");
            }
        }
        let english = error.to_api(Lang::En).message;
        assert!(!english.contains("Executive summary"), "{english}");
        assert!(english.contains("“summary”, “introduction”"), "{english}");
    }

    #[test]
    fn near_names_are_suggested_and_far_ones_are_not() {
        assert_eq!(nearest("hnadle", &["handle", "name"]), Some("handle"));
        assert_eq!(
            nearest("Weekly_Effort_Hours", &["weeklyEffortHours"]),
            Some("weeklyEffortHours")
        );
        assert_eq!(nearest("colour", &["name", "notes"]), None);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
