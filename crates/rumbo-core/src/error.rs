//! Errors: one enum for everything that can go wrong in the core, the storage
//! and the CLI, each with a stable code and a message in both languages.
//!
//! At the IPC boundary an [`Error`] becomes an [`ApiError`] — `{code, message,
//! fields}` — with the message already in the user's language, so the window,
//! the CLI and the tests all read the same words.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::format::number;
use crate::json_error::JsonError;
use crate::lang::Lang;
use crate::records::{Named, Noun};

/// The stable, machine-readable kind of an error. The UI branches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Some fields are not acceptable; see `fields`.
    Validation,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// No workspace is open.
    NoWorkspace,
    FileNotFound,
    FileExists,
    NotAFile,
    /// A pipe, device or socket where a file was expected.
    SpecialFile,
    /// An output that would replace a workspace, the input or a database.
    WouldReplace,
    /// An input, or a kind of record, beyond what a workspace holds.
    TooLarge,
    /// A file to restore that is not a backup of this workspace.
    ForeignBackup,
    PermissionDenied,
    /// The file is not an SQLite database at all.
    NotSqlite,
    /// An SQLite database, but not a Rumbo workspace.
    NotAWorkspace,
    /// A workspace written by a newer Rumbo.
    NewerVersion,
    /// A Rumbo workspace whose content is damaged.
    Damaged,
    /// Another Rumbo window or program has the workspace open for writing.
    Locked,
    /// The workspace (or the place being written) cannot be written: a
    /// read-only file, folder or disk. Nothing was changed.
    ReadOnly,
    /// The disk is full. Nothing was changed.
    DiskFull,
    /// A workspace has no backup to restore.
    NoBackup,
    Io,
    Database,
    /// A JSON file that cannot be read as the interchange format.
    BadJson,
    /// Interchange JSON from a newer Rumbo.
    UnsupportedJsonVersion,
    /// A CSV file that cannot be imported as asked.
    BadCsv,
    Internal,
}

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FieldCode {
    Required,
    TooLong,
    /// A list with more entries than allowed.
    TooMany,
    OutOfRange,
    NotANumber,
    EndBeforeStart,
    SameAsBaseline,
    Duplicate,
    UnknownLink,
}

/// One field at fault, as the UI shows it next to the field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FieldError {
    /// The field's name as it appears in the input type (`name`, `weeklyEffortHours`).
    pub field: String,
    pub code: FieldCode,
    pub message: String,
}

/// An error as it crosses the IPC boundary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    /// A sentence a person understands, in their language.
    pub message: String,
    /// For `validation`: each field at fault. Empty otherwise.
    pub fields: Vec<FieldError>,
}

macro_rules! entity {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        /// The kinds of things a workspace holds, for messages that name
        /// them: every kind of record ([`crate::for_each_record!`]), and the
        /// rest.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Entity {
            Profile,
            $($kind,)*
            DocumentVersion,
            /// A backup of the workspace (in its backups folder).
            Backup,
            /// A finding of the health check accepted as a known risk.
            Acknowledgement,
            /// A cell of the RACI grid.
            RaciCell,
        }

        impl Entity {
            /// How messages name it.
            fn noun_of(self) -> Noun {
                match self {
                    Entity::Profile => Noun::masculine("organization profile", "perfil de la organización")
                        .plural("organization profiles", "perfiles de organización"),
                    $(Entity::$kind => <crate::model::$kind as Named>::NOUN,)*
                    Entity::DocumentVersion => Noun::feminine("document version", "versión del documento")
                        .plural("document versions", "versiones del documento"),
                    Entity::Backup => Noun::feminine("backup", "copia de seguridad")
                        .plural("backups", "copias de seguridad"),
                    Entity::Acknowledgement => Noun::masculine("accepted finding", "hallazgo aceptado")
                        .plural("accepted findings", "hallazgos aceptados"),
                    Entity::RaciCell => Noun::feminine("RACI cell", "celda RACI")
                        .plural("RACI cells", "celdas RACI"),
                }
            }
        }
    };
}
crate::for_each_record!(entity);

impl Entity {
    /// The noun in `lang`.
    pub(crate) fn noun(self, lang: Lang) -> &'static str {
        let noun = self.noun_of();
        lang.pick(noun.en, noun.es)
    }

    fn feminine(self) -> bool {
        self.noun_of().feminine
    }

    /// The plural noun: "channels" / "canales".
    pub fn plural(self, lang: Lang) -> &'static str {
        let noun = self.noun_of();
        lang.pick(noun.en_plural, noun.es_plural)
    }

    /// "a channel" / "un canal", "una campaña".
    pub(crate) fn a(self, lang: Lang) -> String {
        match lang {
            Lang::En => {
                let noun = self.noun(lang);
                let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {noun}")
            }
            Lang::Es => format!(
                "{} {}",
                if self.feminine() { "una" } else { "un" },
                self.noun(lang)
            ),
        }
    }

    /// "the channel" / "el canal", "la campaña".
    pub(crate) fn the(self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("the {}", self.noun(lang)),
            Lang::Es => format!(
                "{} {}",
                if self.feminine() { "la" } else { "el" },
                self.noun(Lang::Es)
            ),
        }
    }

    /// "ningún canal", "ninguna campaña".
    pub(crate) fn none_es(self) -> String {
        format!(
            "{} {}",
            if self.feminine() {
                "ninguna"
            } else {
                "ningún"
            },
            self.noun(Lang::Es)
        )
    }

    /// "this channel" / "este canal", "esta campaña".
    fn this(self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("this {}", self.noun(lang)),
            Lang::Es => format!(
                "{} {}",
                if self.feminine() { "esta" } else { "este" },
                self.noun(lang)
            ),
        }
    }

    /// "another channel" / "otro canal", "otra campaña".
    fn another(self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("another {}", self.noun(lang)),
            Lang::Es => format!(
                "{} {}",
                if self.feminine() { "otra" } else { "otro" },
                self.noun(lang)
            ),
        }
    }
}

/// A problem with one field, before it is put into words.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldIssue {
    pub field: &'static str,
    pub kind: IssueKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IssueKind {
    Required,
    TooLong {
        max: usize,
    },
    /// A list with more than `max` entries.
    TooMany {
        max: usize,
    },
    OutOfRange {
        min: f64,
        max: f64,
    },
    NotANumber,
    /// A KPI figure beyond [`crate::model::MAX_KPI_VALUE`] either way.
    NotARealFigure,
    /// A date before [`crate::model::MIN_YEAR`] or after [`crate::model::MAX_YEAR`].
    DateOutOfRange,
    /// A time of day that is not `HH:MM` from 00:00 to 24:00.
    NotATime,
    EndBeforeStart,
    /// A target equal to its baseline: nothing would change.
    SameAsBaseline,
    Duplicate {
        entity: Entity,
    },
    /// A link to something that does not exist (any more).
    UnknownLink {
        entity: Entity,
    },
    /// Required because of another field's value (e.g. the reason of a rejected channel).
    RequiredBecause {
        because: Because,
    },
    /// A kind of which a workspace holds one record only (a policy's kind)
    /// that another record already is.
    OneOfAKind {
        entity: Entity,
    },
    /// A number another record already has (a crisis level's rank).
    NumberTaken {
        entity: Entity,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Because {
    ChannelRejected,
    FlowWithDepartment,
    /// A channel set active (or under review) before the four questions
    /// of its account are answered: said at its status.
    AccountGate,
    /// One of those four answers, still empty.
    AccountQuestion,
    CustomClassification,
}

impl FieldIssue {
    pub fn new(field: &'static str, kind: IssueKind) -> Self {
        FieldIssue { field, kind }
    }

    pub fn code(&self) -> FieldCode {
        match self.kind {
            IssueKind::Required | IssueKind::RequiredBecause { .. } => FieldCode::Required,
            IssueKind::TooLong { .. } => FieldCode::TooLong,
            IssueKind::TooMany { .. } => FieldCode::TooMany,
            IssueKind::OutOfRange { .. }
            | IssueKind::NotARealFigure
            | IssueKind::DateOutOfRange
            | IssueKind::NotATime => FieldCode::OutOfRange,
            IssueKind::NotANumber => FieldCode::NotANumber,
            IssueKind::EndBeforeStart => FieldCode::EndBeforeStart,
            IssueKind::SameAsBaseline => FieldCode::SameAsBaseline,
            IssueKind::Duplicate { .. }
            | IssueKind::OneOfAKind { .. }
            | IssueKind::NumberTaken { .. } => FieldCode::Duplicate,
            IssueKind::UnknownLink { .. } => FieldCode::UnknownLink,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match &self.kind {
            IssueKind::Required => lang.pick("This field is required.", "Este campo es obligatorio.").into(),
            IssueKind::RequiredBecause { because: Because::ChannelRejected } => lang
                .pick(
                    "Say why this channel was rejected: the reason goes into the strategy document.",
                    "Indica por qué se descartó este canal: el motivo aparece en el documento de estrategia.",
                )
                .into(),
            IssueKind::TooLong { max } => match lang {
                Lang::En => format!("Too long: at most {max} characters."),
                Lang::Es => format!("Demasiado largo: como máximo {max} caracteres."),
            },
            IssueKind::TooMany { max } => match lang {
                Lang::En => format!("Too many entries: at most {max}."),
                Lang::Es => format!("Demasiados elementos: como máximo {max}."),
            },
            IssueKind::OutOfRange { min, max } => match lang {
                Lang::En => format!("Enter a number from {} to {}.", number(*min, lang), number(*max, lang)),
                Lang::Es => format!("Introduce un número entre {} y {}.", number(*min, lang), number(*max, lang)),
            },
            IssueKind::RequiredBecause { because: Because::FlowWithDepartment } => lang
                .pick(
                    "Choose the department on the other end (only all-staff flows have none).",
                    "Elige el departamento con el que se comunica (solo los flujos a toda la plantilla no lo tienen).",
                )
                .into(),
            IssueKind::RequiredBecause { because: Because::AccountGate } => lang
                .pick(
                    "An account opens only once four questions are answered: what its objectives are, who its audience is, whether there are the resources to sustain it and what content it will have. Answer them below, then set it active.",
                    "Una cuenta solo se abre cuando están respondidas cuatro preguntas: cuáles son sus objetivos, a qué público se dirige, si hay recursos para mantenerla y qué contenidos tendrá. Respóndelas abajo y después márcala como activa.",
                )
                .into(),
            IssueKind::RequiredBecause { because: Because::AccountQuestion } => lang
                .pick(
                    "Answer this question before the channel is set active.",
                    "Responde a esta pregunta antes de marcar el canal como activo.",
                )
                .into(),
            IssueKind::RequiredBecause { because: Because::CustomClassification } => lang
                .pick(
                    "Write the marking to print on the cover and every page, or choose another classification.",
                    "Escribe la marca que se imprimirá en la portada y en cada página, o elige otra clasificación.",
                )
                .into(),
            IssueKind::NotANumber => lang.pick("Enter a number.", "Introduce un número.").into(),
            IssueKind::NotARealFigure => lang
                .pick(
                    "Enter a number from -10¹⁵ to 10¹⁵ (a thousand trillion): a larger one is not a real figure.",
                    "Introduce un número entre -10¹⁵ y 10¹⁵ (mil billones): uno mayor no es una cifra real.",
                )
                .into(),
            IssueKind::DateOutOfRange => match lang {
                Lang::En => format!(
                    "Enter a date between the years {} and {}.",
                    crate::model::MIN_YEAR,
                    crate::model::MAX_YEAR
                ),
                Lang::Es => format!(
                    "Introduce una fecha entre los años {} y {}.",
                    crate::model::MIN_YEAR,
                    crate::model::MAX_YEAR
                ),
            },
            IssueKind::NotATime => lang
                .pick(
                    "Enter a time of day as HH:MM, from 00:00 to 24:00.",
                    "Introduce una hora como HH:MM, de 00:00 a 24:00.",
                )
                .into(),
            IssueKind::EndBeforeStart => lang
                .pick("This date must not come before the start date.", "Esta fecha no puede ser anterior a la de inicio.")
                .into(),
            IssueKind::SameAsBaseline => lang
                .pick(
                    "The target equals the baseline: the objective would change nothing.",
                    "La meta es igual al valor de partida: el objetivo no cambiaría nada.",
                )
                .into(),
            IssueKind::Duplicate { entity } => match lang {
                Lang::En => format!("{} already has this name.", capitalize(&entity.another(lang))),
                Lang::Es => format!("Ya existe {} con este nombre.", entity.another(lang)),
            },
            IssueKind::OneOfAKind { entity } => match lang {
                Lang::En => format!(
                    "There is already {} of this kind: edit that one, or choose another kind.",
                    entity.a(lang)
                ),
                Lang::Es => format!(
                    "Ya hay {} de este tipo: edita {}, o elige otro tipo.",
                    entity.a(lang),
                    if entity.feminine() { "esa" } else { "ese" }
                ),
            },
            IssueKind::NumberTaken { entity } => match lang {
                Lang::En => format!("{} already has this number.", capitalize(&entity.another(lang))),
                Lang::Es => format!("Ya hay {} con este número.", entity.another(lang)),
            },
            IssueKind::UnknownLink { entity } => match lang {
                Lang::En => format!("A linked {} no longer exists; reload and try again.", entity.noun(lang)),
                Lang::Es if entity.feminine() => {
                    format!("Una {} vinculada ya no existe; recarga e inténtalo de nuevo.", entity.noun(lang))
                }
                Lang::Es => format!("Un {} vinculado ya no existe; recarga e inténtalo de nuevo.", entity.noun(lang)),
            },
        }
    }

    pub fn to_field_error(&self, lang: Lang) -> FieldError {
        FieldError {
            field: self.field.to_string(),
            code: self.code(),
            message: self.message(lang),
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

/// Text quoted from a file in a message: control characters shown as
/// symbols (␛, ␀) and a long text cut in the middle, so that a huge or
/// hostile input still gives a short message a person can read.
pub(crate) fn quote(text: &str) -> String {
    const HALF: usize = 150;
    let count = text.chars().count();
    if count <= 2 * HALF + 1 {
        return crate::text::visible(text);
    }
    let head: String = text.chars().take(HALF).collect();
    let tail: String = text.chars().skip(count - HALF).collect();
    format!(
        "{} … {}",
        crate::text::visible(&head),
        crate::text::visible(&tail)
    )
}

/// A path as a message shows it: control characters made visible.
fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        return "-".into();
    }
    crate::text::visible(&path.display().to_string())
}

/// A whole number for people, as [`number`] writes it: `5,000` in English;
/// in Spanish `5000` and `20.000`.
pub fn count(n: u64, lang: Lang) -> String {
    number(n as f64, lang)
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A named pipe (FIFO).
    Pipe,
    /// A character or block device (`/dev/zero`, a disk, a terminal).
    Device,
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    fn noun(self, lang: Lang) -> &'static str {
        match self {
            FileKind::Pipe => lang.pick("a pipe (a FIFO)", "una tubería (un FIFO)"),
            FileKind::Device => lang.pick("a device", "un dispositivo"),
            FileKind::Socket => lang.pick("a socket", "un socket"),
            FileKind::Other => lang.pick("a special file", "un archivo especial"),
        }
    }
}

/// What an output would have replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Protected {
    /// The workspace the command reads.
    Input,
    /// A Rumbo workspace.
    Workspace,
    /// Another SQLite database.
    Database,
    /// A journal SQLite keeps beside the workspace named here (`-wal`,
    /// `-shm`, `-journal`).
    Journal(PathBuf),
}

/// A column of a CSV file: its number (from 1) and its header, if the file
/// has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvColumn {
    pub number: usize,
    pub header: Option<String>,
}

impl CsvColumn {
    /// "column 2 (“Reach”)", "columna 2 («Alcance»)".
    fn describe(&self, lang: Lang) -> String {
        let header = self
            .header
            .as_deref()
            .filter(|h| !h.trim().is_empty())
            .map(|h| match lang {
                Lang::En => format!(" (“{}”)", quote(h)),
                Lang::Es => format!(" («{}»)", quote(h)),
            })
            .unwrap_or_default();
        format!("{} {}{header}", lang.pick("column", "columna"), self.number)
    }
}

/// What is wrong with a CSV file being imported.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvProblem {
    Empty,
    OneColumn,
    Unreadable,
    TooLarge,
    /// A line with fewer columns than the mapping reads.
    MissingColumns {
        found: usize,
        needed: usize,
    },
    /// Not a date in the chosen order; `other` is an order it reads in.
    BadDate {
        text: String,
        column: CsvColumn,
        order: crate::kpi_csv::DateOrder,
        other: Option<crate::kpi_csv::DateOrder>,
    },
    /// Not a number with the chosen decimal mark (or beyond 10¹⁵).
    BadNumber {
        text: String,
        column: CsvColumn,
        mark: crate::kpi_csv::DecimalMark,
    },
}

/// How a date order is written, in `lang`: "DD/MM/YYYY (like 31/01/2027)".
fn date_order(order: crate::kpi_csv::DateOrder, lang: Lang) -> &'static str {
    use crate::kpi_csv::DateOrder;
    match order {
        DateOrder::Iso => lang.pick(
            "YYYY-MM-DD (like 2027-01-31)",
            "AAAA-MM-DD (como 2027-01-31)",
        ),
        DateOrder::DayMonthYear => lang.pick(
            "DD/MM/YYYY (like 31/01/2027)",
            "DD/MM/AAAA (como 31/01/2027)",
        ),
        DateOrder::MonthDayYear => lang.pick(
            "MM/DD/YYYY (like 01/31/2027)",
            "MM/DD/AAAA (como 01/31/2027)",
        ),
    }
}

impl CsvProblem {
    /// The column at fault, if one is.
    fn column(&self, lang: Lang) -> Option<String> {
        match self {
            CsvProblem::BadDate { column, .. } | CsvProblem::BadNumber { column, .. } => {
                Some(column.describe(lang))
            }
            CsvProblem::MissingColumns { needed, .. } => Some(
                CsvColumn {
                    number: *needed,
                    header: None,
                }
                .describe(lang),
            ),
            _ => None,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use crate::kpi_csv::DecimalMark;
        match (self, lang) {
            (CsvProblem::Empty, Lang::En) => "there are no values to import".into(),
            (CsvProblem::Empty, Lang::Es) => "no hay valores que importar".into(),
            (CsvProblem::OneColumn, Lang::En) => {
                "only one column was found: is it separated by commas, semicolons or tabs?".into()
            }
            (CsvProblem::OneColumn, Lang::Es) => {
                "solo se encontró una columna: ¿está separado por comas, puntos y coma o tabuladores?".into()
            }
            (CsvProblem::Unreadable, Lang::En) => "the line cannot be read (an unclosed quote?)".into(),
            (CsvProblem::Unreadable, Lang::Es) => "no se puede leer la línea (¿unas comillas sin cerrar?)".into(),
            (CsvProblem::TooLarge, Lang::En) => format!(
                "the file is too large (at most {} MB and {} rows)",
                crate::kpi_csv::MAX_BYTES / (1024 * 1024),
                crate::kpi_csv::MAX_ROWS
            ),
            (CsvProblem::TooLarge, Lang::Es) => format!(
                "el archivo es demasiado grande (como máximo {} MB y {} filas)",
                crate::kpi_csv::MAX_BYTES / (1024 * 1024),
                crate::kpi_csv::MAX_ROWS
            ),
            (CsvProblem::MissingColumns { found, .. }, Lang::En) => format!(
                "the line has only {found} {}, and the mapping reads this one",
                if *found == 1 { "column" } else { "columns" }
            ),
            (CsvProblem::MissingColumns { found, .. }, Lang::Es) => format!(
                "la línea solo tiene {found} {}, y la correspondencia lee esta",
                if *found == 1 { "columna" } else { "columnas" }
            ),
            (CsvProblem::BadDate { text, order, other, .. }, Lang::En) => {
                let hint = other
                    .map(|o| format!("; it reads as {}: choose that format", date_order(o, lang)))
                    .unwrap_or_default();
                format!(
                    "“{}” is not a date in the chosen format, {}{hint}",
                    quote(text),
                    date_order(*order, lang)
                )
            }
            (CsvProblem::BadDate { text, order, other, .. }, Lang::Es) => {
                let hint = other
                    .map(|o| format!("; se lee como {}: elige ese formato", date_order(o, lang)))
                    .unwrap_or_default();
                format!(
                    "«{}» no es una fecha en el formato elegido, {}{hint}",
                    quote(text),
                    date_order(*order, lang)
                )
            }
            (CsvProblem::BadNumber { text, mark, .. }, Lang::En) => format!(
                "“{}” is not a number (expected one from -10¹⁵ to 10¹⁵ {})",
                quote(text),
                match mark {
                    DecimalMark::Point => "with a decimal point, like 1234.5 or 1,234.5",
                    DecimalMark::Comma => "with a decimal comma, like 1234,5 or 1.234,5",
                }
            ),
            (CsvProblem::BadNumber { text, mark, .. }, Lang::Es) => format!(
                "«{}» no es un número (se esperaba uno entre -10¹⁵ y 10¹⁵ {})",
                quote(text),
                match mark {
                    DecimalMark::Point => "con punto decimal, como 1234.5 o 1,234.5",
                    DecimalMark::Comma => "con coma decimal, como 1234,5 o 1.234,5",
                }
            ),
        }
    }
}

/// Everything that can go wrong, with what is needed to say it well.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("validation failed: {0:?}")]
    Validation(Vec<FieldIssue>),
    #[error("{entity:?} {id} not found")]
    NotFound { entity: Entity, id: i64 },
    #[error("no workspace is open")]
    NoWorkspace,
    #[error("{}: no such file", .0.display())]
    FileNotFound(PathBuf),
    #[error("{}: already exists", .0.display())]
    FileExists(PathBuf),
    /// A folder where a file was expected.
    #[error("{}: not a file", .0.display())]
    NotAFile(PathBuf),
    /// A pipe, device or socket where a file was expected.
    #[error("{}: {kind:?}, not a file", path.display())]
    SpecialFile { path: PathBuf, kind: FileKind },
    /// Writing an output there would replace a workspace (or the input).
    #[error("{}: would replace {what:?}", path.display())]
    WouldReplace { path: PathBuf, what: Protected },
    /// An input larger than Rumbo reads (`max` bytes).
    #[error("{}: larger than {max} bytes", path.display())]
    TooLarge { path: PathBuf, max: u64 },
    /// More records of a kind than a workspace holds.
    #[error("{found} {entity:?} records, more than {max}")]
    TooMany {
        entity: Entity,
        found: usize,
        max: usize,
    },
    /// A file to restore that is not a backup of this workspace: it belongs
    /// to another one (`known`), or nothing in it says which.
    #[error("{}: not a backup of {}", backup.display(), workspace.display())]
    ForeignBackup {
        backup: PathBuf,
        workspace: PathBuf,
        known: bool,
    },
    #[error("{}: permission denied", .0.display())]
    PermissionDenied(PathBuf),
    #[error("{}: not an SQLite file", .0.display())]
    NotSqlite(PathBuf),
    #[error("{}: not a Rumbo workspace", .0.display())]
    NotAWorkspace(PathBuf),
    #[error("{}: workspace version {found}, newer than {supported}", path.display())]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}: damaged: {detail}", path.display())]
    Damaged { path: PathBuf, detail: String },
    /// Another Rumbo (or another program) holds the workspace for writing.
    #[error("{}: open in another program", .0.display())]
    Locked(PathBuf),
    /// The workspace, or a file being written, is on a read-only file, folder
    /// or disk.
    #[error("{}: read-only", .0.display())]
    ReadOnly(PathBuf),
    /// No space left: on the workspace's disk (`None`) or where `path` was
    /// being written.
    #[error("no space left on the disk{}", path.as_ref().map(|p| format!(" for {}", p.display())).unwrap_or_default())]
    DiskFull { path: Option<PathBuf> },
    /// There is no usable backup of this workspace: none at all, or
    /// `unusable` that are damaged or belong to another workspace.
    #[error("{}: no usable backup", path.display())]
    NoBackup { path: PathBuf, unusable: usize },
    #[error("{}: {detail}", path.display())]
    Io { path: PathBuf, detail: String },
    #[error("database error: {0}")]
    Database(String),
    /// A JSON file that cannot be imported: what is wrong, and where.
    #[error("bad JSON at {}: {:?}", .0.place.path, .0.problem)]
    BadJson(Box<JsonError>),
    #[error("JSON format version {found}, newer than {supported}")]
    UnsupportedJsonVersion { found: u32, supported: u32 },
    #[error("CSV problem at line {line:?}: {problem:?}")]
    CsvInvalid {
        line: Option<usize>,
        problem: CsvProblem,
    },
    /// An annex to publish on its own whose policy has no text (or is not
    /// there).
    #[error("no {kind:?} policy with text to publish")]
    NoAnnex { kind: crate::model::PolicyKind },
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error on `path`, keeping the kinds a person can act on.
    pub fn io(path: &Path, error: &std::io::Error) -> Error {
        match error.kind() {
            std::io::ErrorKind::NotFound => Error::FileNotFound(path.to_path_buf()),
            std::io::ErrorKind::AlreadyExists => Error::FileExists(path.to_path_buf()),
            std::io::ErrorKind::PermissionDenied => Error::PermissionDenied(path.to_path_buf()),
            std::io::ErrorKind::IsADirectory => Error::NotAFile(path.to_path_buf()),
            std::io::ErrorKind::ReadOnlyFilesystem => Error::ReadOnly(path.to_path_buf()),
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                Error::DiskFull {
                    path: Some(path.to_path_buf()),
                }
            }
            _ => Error::Io {
                path: path.to_path_buf(),
                detail: error.to_string(),
            },
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Validation(_) => ErrorCode::Validation,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::NoWorkspace => ErrorCode::NoWorkspace,
            Error::FileNotFound(_) => ErrorCode::FileNotFound,
            Error::FileExists(_) => ErrorCode::FileExists,
            Error::NotAFile(_) => ErrorCode::NotAFile,
            Error::SpecialFile { .. } => ErrorCode::SpecialFile,
            Error::WouldReplace { .. } => ErrorCode::WouldReplace,
            Error::TooLarge { .. } | Error::TooMany { .. } => ErrorCode::TooLarge,
            Error::ForeignBackup { .. } => ErrorCode::ForeignBackup,
            Error::PermissionDenied(_) => ErrorCode::PermissionDenied,
            Error::NotSqlite(_) => ErrorCode::NotSqlite,
            Error::NotAWorkspace(_) => ErrorCode::NotAWorkspace,
            Error::NewerVersion { .. } => ErrorCode::NewerVersion,
            Error::Damaged { .. } => ErrorCode::Damaged,
            Error::Locked(_) => ErrorCode::Locked,
            Error::ReadOnly(_) => ErrorCode::ReadOnly,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::NoBackup { .. } => ErrorCode::NoBackup,
            Error::Io { .. } => ErrorCode::Io,
            Error::Database(_) => ErrorCode::Database,
            Error::BadJson(_) => ErrorCode::BadJson,
            Error::UnsupportedJsonVersion { .. } => ErrorCode::UnsupportedJsonVersion,
            Error::CsvInvalid { .. } => ErrorCode::BadCsv,
            Error::Internal(_) => ErrorCode::Internal,
            Error::NoAnnex { .. } => ErrorCode::NotFound,
        }
    }

    /// The sentence a person reads.
    pub fn message(&self, lang: Lang) -> String {
        let es = lang == Lang::Es;
        let name = |path: &Path| -> String {
            path.file_name().map_or_else(
                || shown(path),
                |n| crate::text::visible(&n.to_string_lossy()),
            )
        };
        match self {
            Error::Validation(issues) => match (issues.len(), es) {
                (1, false) => "One field needs your attention.".into(),
                (1, true) => "Un campo necesita tu atención.".into(),
                (n, false) => format!("{n} fields need your attention."),
                (n, true) => format!("{n} campos necesitan tu atención."),
            },
            Error::NotFound { entity, .. } => match lang {
                Lang::En => format!(
                    "{} no longer exists; it may have been deleted.",
                    capitalize(&entity.this(lang))
                ),
                Lang::Es => format!(
                    "{} ya no existe; puede que se haya eliminado.",
                    capitalize(&entity.this(lang))
                ),
            },
            Error::NoWorkspace => lang
                .pick(
                    "No workspace is open.",
                    "No hay ningún espacio de trabajo abierto.",
                )
                .into(),
            Error::FileNotFound(p) => match lang {
                Lang::En => format!(
                    "“{}” was not found. It may have been moved or deleted.",
                    shown(p)
                ),
                Lang::Es => format!(
                    "No se encuentra «{}». Puede que se haya movido o eliminado.",
                    shown(p)
                ),
            },
            Error::FileExists(p) => match lang {
                Lang::En => format!(
                    "“{}” already exists. Choose another name, or remove that file first.",
                    shown(p)
                ),
                Lang::Es => format!(
                    "«{}» ya existe. Elige otro nombre o elimina antes ese archivo.",
                    shown(p)
                ),
            },
            Error::NotAFile(p) => match lang {
                Lang::En => format!("“{}” is a folder, not a file.", shown(p)),
                Lang::Es => format!("«{}» es una carpeta, no un archivo.", shown(p)),
            },
            Error::SpecialFile { path, kind } => match lang {
                Lang::En => format!(
                    "“{}” is {}, not a file. Rumbo reads and writes only files (and standard input or output, written “-”).",
                    shown(path),
                    kind.noun(lang)
                ),
                Lang::Es => format!(
                    "«{}» es {}, no un archivo. Rumbo solo lee y escribe archivos (y la entrada o la salida estándar, escritas «-»).",
                    shown(path),
                    kind.noun(lang)
                ),
            },
            Error::WouldReplace { path, what } => {
                let why = match (what, lang) {
                    (Protected::Input, Lang::En) => {
                        "is the workspace file itself: writing there would replace it".to_string()
                    }
                    (Protected::Input, Lang::Es) => {
                        "es el propio archivo del espacio de trabajo: escribir ahí lo reemplazaría".to_string()
                    }
                    (Protected::Workspace, Lang::En) => {
                        "is a Rumbo workspace, and Rumbo never replaces a workspace with an export".to_string()
                    }
                    (Protected::Workspace, Lang::Es) => {
                        "es un espacio de trabajo de Rumbo, y Rumbo nunca reemplaza un espacio de trabajo con una exportación".to_string()
                    }
                    (Protected::Database, Lang::En) => {
                        "is a database file, and Rumbo never replaces one with an export".to_string()
                    }
                    (Protected::Database, Lang::Es) => {
                        "es un archivo de base de datos, y Rumbo nunca lo reemplaza con una exportación".to_string()
                    }
                    (Protected::Journal(of), Lang::En) => format!(
                        "is part of the workspace “{}” (a file SQLite keeps beside it)",
                        name(of)
                    ),
                    (Protected::Journal(of), Lang::Es) => format!(
                        "forma parte del espacio de trabajo «{}» (es un archivo que SQLite guarda a su lado)",
                        name(of)
                    ),
                };
                match lang {
                    Lang::En => format!(
                        "“{}” {why}. Nothing was written; choose another file name.",
                        name(path)
                    ),
                    Lang::Es => format!(
                        "«{}» {why}. No se ha escrito nada; elige otro nombre de archivo.",
                        name(path)
                    ),
                }
            }
            Error::TooLarge { path, max } => {
                let megabytes = count(max / (1024 * 1024), lang);
                match (path == Path::new("-"), lang) {
                    (true, Lang::En) => format!(
                        "The standard input is too large: Rumbo reads at most {megabytes} MB. Nothing was read."
                    ),
                    (true, Lang::Es) => format!(
                        "La entrada estándar es demasiado grande: Rumbo lee como máximo {megabytes} MB. No se ha leído nada."
                    ),
                    (false, Lang::En) => format!(
                        "“{}” is too large: Rumbo reads at most {megabytes} MB. Nothing was read.",
                        shown(path)
                    ),
                    (false, Lang::Es) => format!(
                        "«{}» es demasiado grande: Rumbo lee como máximo {megabytes} MB. No se ha leído nada.",
                        shown(path)
                    ),
                }
            }
            Error::TooMany { entity, found, max } => match lang {
                Lang::En => format!(
                    "A workspace holds at most {} {}; this would make {}. Nothing was changed.",
                    count(*max as u64, lang),
                    entity.plural(lang),
                    count(*found as u64, lang)
                ),
                Lang::Es => format!(
                    "Un espacio de trabajo admite como máximo {} {}; con esto serían {}. No se ha cambiado nada.",
                    count(*max as u64, lang),
                    entity.plural(lang),
                    count(*found as u64, lang)
                ),
            },
            Error::ForeignBackup {
                backup,
                workspace,
                known: true,
            } => match lang {
                Lang::En => format!(
                    "“{}” is a backup of another workspace, not of “{}”: restoring it would replace this strategy with another one. Nothing was changed.",
                    name(backup),
                    name(workspace)
                ),
                Lang::Es => format!(
                    "«{}» es una copia de seguridad de otro espacio de trabajo, no de «{}»: restaurarla reemplazaría esta estrategia por otra. No se ha cambiado nada.",
                    name(backup),
                    name(workspace)
                ),
            },
            Error::ForeignBackup {
                backup,
                workspace,
                known: false,
            } => match lang {
                Lang::En => format!(
                    "Rumbo cannot tell whether “{}” is a backup of “{}”: nothing in it says which workspace it comes from. Nothing was changed.",
                    name(backup),
                    name(workspace)
                ),
                Lang::Es => format!(
                    "Rumbo no puede saber si «{}» es una copia de seguridad de «{}»: nada en ella indica de qué espacio de trabajo procede. No se ha cambiado nada.",
                    name(backup),
                    name(workspace)
                ),
            },
            Error::PermissionDenied(p) => match lang {
                Lang::En => format!(
                    "Rumbo is not allowed to use “{}”. Check the file's permissions.",
                    shown(p)
                ),
                Lang::Es => format!(
                    "Rumbo no tiene permiso para usar «{}». Revisa los permisos del archivo.",
                    shown(p)
                ),
            },
            Error::NotSqlite(p) => match lang {
                Lang::En => format!(
                    "“{}” is not a Rumbo workspace: it is not a database file at all. It was left untouched.",
                    name(p)
                ),
                Lang::Es => format!(
                    "«{}» no es un espacio de trabajo de Rumbo: ni siquiera es un archivo de base de datos. No se ha modificado.",
                    name(p)
                ),
            },
            Error::NotAWorkspace(p) => match lang {
                Lang::En => format!(
                    "“{}” is a database, but not a Rumbo workspace. It was left untouched.",
                    name(p)
                ),
                Lang::Es => format!(
                    "«{}» es una base de datos, pero no un espacio de trabajo de Rumbo. No se ha modificado.",
                    name(p)
                ),
            },
            Error::NewerVersion { path, .. } => match lang {
                Lang::En => format!(
                    "“{}” was saved by a newer version of Rumbo. Update Rumbo to open it; the file was left untouched.",
                    name(path)
                ),
                Lang::Es => format!(
                    "«{}» se guardó con una versión más reciente de Rumbo. Actualiza Rumbo para abrirlo; el archivo no se ha modificado.",
                    name(path)
                ),
            },
            // SQLite's own words ("database disk image is malformed") are
            // English and technical: the CLI prints them on a line of
            // their own, the window leaves them out.
            Error::Damaged { path, .. } => match lang {
                Lang::En => format!(
                    "“{}” is damaged and cannot be opened safely. It was left untouched; you can restore its latest backup.",
                    name(path)
                ),
                Lang::Es => format!(
                    "«{}» está dañado y no se puede abrir con seguridad. No se ha modificado; puedes restaurar su copia de seguridad más reciente.",
                    name(path)
                ),
            },
            Error::Locked(path) => match lang {
                Lang::En => format!(
                    "“{}” is open in another Rumbo window or program. Close it there first.",
                    name(path)
                ),
                Lang::Es => format!(
                    "«{}» está abierto en otra ventana de Rumbo o en otro programa. Ciérralo allí primero.",
                    name(path)
                ),
            },
            Error::ReadOnly(path) => match lang {
                Lang::En => format!(
                    "“{}” cannot be written: the file, its folder or the disk is read-only. Nothing was changed. To make changes, save a copy in a folder you can write to.",
                    name(path)
                ),
                Lang::Es => format!(
                    "No se puede escribir en «{}»: el archivo, su carpeta o el disco son de solo lectura. No se ha cambiado nada. Para hacer cambios, guarda una copia en una carpeta donde puedas escribir.",
                    name(path)
                ),
            },
            Error::DiskFull { path: None } => lang
                .pick(
                    "There is no space left on the disk to save this change. Nothing was changed; free some space and try again.",
                    "No queda espacio en el disco para guardar este cambio. No se ha cambiado nada; libera algo de espacio y vuelve a intentarlo.",
                )
                .into(),
            Error::DiskFull { path: Some(path) } => match lang {
                Lang::En => format!(
                    "There is no space left on the disk to write “{}”. Nothing was written; free some space and try again.",
                    shown(path)
                ),
                Lang::Es => format!(
                    "No queda espacio en el disco para escribir «{}». No se ha escrito nada; libera algo de espacio y vuelve a intentarlo.",
                    shown(path)
                ),
            },
            Error::NoBackup { path, unusable } => match (unusable, lang) {
                (0, Lang::En) => format!("There is no backup of “{}” yet.", name(path)),
                (0, Lang::Es) => format!(
                    "Todavía no hay ninguna copia de seguridad de «{}».",
                    name(path)
                ),
                (1, Lang::En) => format!(
                    "The only backup of “{}” cannot be restored: it is damaged or belongs to another workspace.",
                    name(path)
                ),
                (1, Lang::Es) => format!(
                    "La única copia de seguridad de «{}» no se puede restaurar: está dañada o es de otro espacio de trabajo.",
                    name(path)
                ),
                (n, Lang::En) => format!(
                    "None of the {} backups of “{}” can be restored: they are damaged or belong to another workspace.",
                    count(*n as u64, lang),
                    name(path)
                ),
                (n, Lang::Es) => format!(
                    "Ninguna de las {} copias de seguridad de «{}» se puede restaurar: están dañadas o son de otro espacio de trabajo.",
                    count(*n as u64, lang),
                    name(path)
                ),
            },
            Error::Io { path, detail } => match lang {
                Lang::En => format!("Could not read or write “{}”: {detail}.", shown(path)),
                Lang::Es => format!("No se pudo leer o escribir «{}»: {detail}.", shown(path)),
            },
            Error::Database(detail) => match lang {
                Lang::En => {
                    format!("The workspace could not be updated: {detail}. Nothing was changed.")
                }
                Lang::Es => format!(
                    "No se pudo actualizar el espacio de trabajo: {detail}. No se ha cambiado nada."
                ),
            },
            Error::BadJson(error) => error.message(lang),
            Error::UnsupportedJsonVersion { found, supported } => match lang {
                Lang::En => format!(
                    "This JSON export is format version {found}, made by a newer Rumbo; this Rumbo reads up to version {supported}."
                ),
                Lang::Es => format!(
                    "Esta exportación JSON es de la versión {found} del formato, de un Rumbo más reciente; este Rumbo lee hasta la versión {supported}."
                ),
            },
            Error::CsvInvalid { line, problem } => {
                let column = problem
                    .column(lang)
                    .map(|c| format!(", {c}"))
                    .unwrap_or_default();
                match (line, lang) {
                    (Some(line), Lang::En) => format!(
                        "Nothing was imported: line {line}{column}: {}.",
                        problem.message(lang)
                    ),
                    (Some(line), Lang::Es) => format!(
                        "No se ha importado nada: línea {line}{column}: {}.",
                        problem.message(lang)
                    ),
                    (None, Lang::En) => {
                        format!("Nothing was imported: {}.", problem.message(lang))
                    }
                    (None, Lang::Es) => {
                        format!("No se ha importado nada: {}.", problem.message(lang))
                    }
                }
            }
            Error::Internal(detail) => match lang {
                Lang::En => format!("Something went wrong inside Rumbo: {detail}."),
                Lang::Es => format!("Algo ha fallado dentro de Rumbo: {detail}."),
            },
            Error::NoAnnex { kind } => match lang {
                Lang::En => format!(
                    "There is no text of “{}” to publish yet: write it under Policies first.",
                    kind.label(lang)
                ),
                Lang::Es => format!(
                    "Aún no hay texto de «{}» que publicar: redáctalo primero en Políticas.",
                    kind.label(lang)
                ),
            },
        }
    }

    /// The error as it crosses the IPC boundary.
    pub fn to_api(&self, lang: Lang) -> ApiError {
        let fields = match self {
            Error::Validation(issues) => issues.iter().map(|i| i.to_field_error(lang)).collect(),
            _ => Vec::new(),
        };
        ApiError {
            code: self.code(),
            message: self.message(lang),
            fields,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages_and_differs() {
        let p = PathBuf::from("/x/Plan.rumbo");
        let errors = [
            Error::Validation(vec![FieldIssue::new("name", IssueKind::Required)]),
            Error::NotFound {
                entity: Entity::Channel,
                id: 3,
            },
            Error::NoWorkspace,
            Error::FileNotFound(p.clone()),
            Error::FileExists(p.clone()),
            Error::NotAFile(p.clone()),
            Error::PermissionDenied(p.clone()),
            Error::NotSqlite(p.clone()),
            Error::NotAWorkspace(p.clone()),
            Error::NewerVersion {
                path: p.clone(),
                found: 9,
                supported: 1,
            },
            Error::Damaged {
                path: p.clone(),
                detail: "x".into(),
            },
            Error::Locked(p.clone()),
            Error::ReadOnly(p.clone()),
            Error::DiskFull { path: None },
            Error::DiskFull {
                path: Some(p.clone()),
            },
            Error::NoBackup {
                path: p.clone(),
                unusable: 0,
            },
            Error::NoBackup {
                path: p.clone(),
                unusable: 1,
            },
            Error::NoBackup {
                path: p.clone(),
                unusable: 3,
            },
            Error::SpecialFile {
                path: p.clone(),
                kind: FileKind::Device,
            },
            Error::WouldReplace {
                path: p.clone(),
                what: Protected::Input,
            },
            Error::WouldReplace {
                path: p.clone(),
                what: Protected::Journal(p.clone()),
            },
            Error::TooLarge {
                path: p.clone(),
                max: 32 << 20,
            },
            Error::TooMany {
                entity: Entity::Channel,
                found: 5001,
                max: 5000,
            },
            Error::ForeignBackup {
                backup: p.clone(),
                workspace: p.clone(),
                known: true,
            },
            Error::ForeignBackup {
                backup: p.clone(),
                workspace: p.clone(),
                known: false,
            },
            Error::Io {
                path: p,
                detail: "x".into(),
            },
            Error::Database("x".into()),
            Error::BadJson(Box::new(crate::json_error::JsonError::new(
                "channels[0].name",
                crate::json_error::JsonProblem::Invalid(FieldIssue::new(
                    "name",
                    IssueKind::Required,
                )),
            ))),
            Error::UnsupportedJsonVersion {
                found: 9,
                supported: 1,
            },
            Error::Internal("x".into()),
            Error::NoAnnex {
                kind: crate::model::PolicyKind::LegalNotice,
            },
        ];
        for error in errors {
            let (en, es) = (error.message(Lang::En), error.message(Lang::Es));
            assert!(!en.is_empty() && !es.is_empty());
            assert_ne!(en, es, "{error:?} is not translated");
        }
    }

    #[test]
    fn paths_and_quoted_text_cannot_reach_the_terminal_raw() {
        let hostile = PathBuf::from("/tmp/\u{1b}]0;pwned\u{7}x.rumbo");
        for error in [
            Error::FileNotFound(hostile.clone()),
            Error::Damaged {
                path: hostile.clone(),
                detail: String::new(),
            },
            Error::BadJson(Box::new(crate::json_error::JsonError::new(
                "\u{1b}[2J",
                crate::json_error::JsonProblem::DuplicateKey("\u{1b}[2J".into()),
            ))),
        ] {
            for lang in Lang::ALL {
                let message = error.message(lang);
                assert!(!message.chars().any(char::is_control), "{message:?}");
            }
        }
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        assert_eq!(count(5000, Lang::En), "5,000");
        assert_eq!(count(5000, Lang::Es), "5000");
        assert_eq!(count(200_000, Lang::Es), "200.000");
        assert_eq!(count(12, Lang::En), "12");
    }

    #[test]
    fn field_errors_carry_field_code_and_words() {
        let error = Error::Validation(vec![FieldIssue::new(
            "weeklyEffortHours",
            IssueKind::OutOfRange {
                min: 0.0,
                max: 168.0,
            },
        )]);
        let api = error.to_api(Lang::Es);
        assert_eq!(api.code, ErrorCode::Validation);
        assert_eq!(api.fields.len(), 1);
        assert_eq!(api.fields[0].field, "weeklyEffortHours");
        assert_eq!(api.fields[0].code, FieldCode::OutOfRange);
        assert_eq!(api.fields[0].message, "Introduce un número entre 0 y 168.");
    }
}
