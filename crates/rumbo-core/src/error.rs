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
        }

        impl Entity {
            /// How messages name it.
            fn noun_of(self) -> Noun {
                match self {
                    Entity::Profile => Noun::masculine("organization profile", "perfil de la organización"),
                    $(Entity::$kind => <crate::model::$kind as Named>::NOUN,)*
                    Entity::DocumentVersion => Noun::feminine("document version", "versión del documento"),
                    Entity::Backup => Noun::feminine("backup", "copia de seguridad"),
                }
            }
        }
    };
}
crate::for_each_record!(entity);

impl Entity {
    /// The noun in `lang`.
    fn noun(self, lang: Lang) -> &'static str {
        let noun = self.noun_of();
        lang.pick(noun.en, noun.es)
    }

    fn feminine(self) -> bool {
        self.noun_of().feminine
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
    OutOfRange {
        min: f64,
        max: f64,
    },
    NotANumber,
    /// A date before [`crate::model::MIN_YEAR`] or after [`crate::model::MAX_YEAR`].
    DateOutOfRange,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Because {
    ChannelRejected,
    FlowWithDepartment,
}

impl FieldIssue {
    pub fn new(field: &'static str, kind: IssueKind) -> Self {
        FieldIssue { field, kind }
    }

    pub fn code(&self) -> FieldCode {
        match self.kind {
            IssueKind::Required | IssueKind::RequiredBecause { .. } => FieldCode::Required,
            IssueKind::TooLong { .. } => FieldCode::TooLong,
            IssueKind::OutOfRange { .. } | IssueKind::DateOutOfRange => FieldCode::OutOfRange,
            IssueKind::NotANumber => FieldCode::NotANumber,
            IssueKind::EndBeforeStart => FieldCode::EndBeforeStart,
            IssueKind::SameAsBaseline => FieldCode::SameAsBaseline,
            IssueKind::Duplicate { .. } => FieldCode::Duplicate,
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
            IssueKind::NotANumber => lang.pick("Enter a number.", "Introduce un número.").into(),
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
fn quote(text: &str) -> String {
    const HALF: usize = 150;
    let visible = |c: char| match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if c.is_control() => '\u{fffd}',
        c => c,
    };
    let count = text.chars().count();
    if count <= 2 * HALF + 1 {
        return text.chars().map(visible).collect();
    }
    let head: String = text.chars().take(HALF).map(visible).collect();
    let tail: String = text.chars().skip(count - HALF).map(visible).collect();
    format!("{head} … {tail}")
}

/// What is wrong with a CSV file being imported.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvProblem {
    Empty,
    OneColumn,
    Unreadable,
    TooLarge,
    MissingColumns { found: usize, needed: usize },
    BadDate(String),
    BadNumber(String),
}

impl CsvProblem {
    fn message(&self, lang: Lang) -> String {
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
            (CsvProblem::MissingColumns { found, needed }, Lang::En) => {
                format!("it has {found} column(s) and the mapping needs {needed}")
            }
            (CsvProblem::MissingColumns { found, needed }, Lang::Es) => {
                format!("tiene {found} columna(s) y la correspondencia necesita {needed}")
            }
            (CsvProblem::BadDate(text), Lang::En) => format!("“{}” is not a date in the chosen format", quote(text)),
            (CsvProblem::BadDate(text), Lang::Es) => format!("«{}» no es una fecha en el formato elegido", quote(text)),
            (CsvProblem::BadNumber(text), Lang::En) => format!("“{}” is not a number", quote(text)),
            (CsvProblem::BadNumber(text), Lang::Es) => format!("«{}» no es un número", quote(text)),
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
    #[error("{}: not a file", .0.display())]
    NotAFile(PathBuf),
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
    /// There is no (usable) backup of this workspace.
    #[error("{}: no backup", .0.display())]
    NoBackup(PathBuf),
    #[error("{}: {detail}", path.display())]
    Io { path: PathBuf, detail: String },
    #[error("database error: {0}")]
    Database(String),
    #[error("bad JSON: {detail}")]
    BadJson { detail: String },
    #[error("invalid data at {location}: {issue:?}")]
    JsonInvalidData { location: String, issue: FieldIssue },
    #[error("JSON format version {found}, newer than {supported}")]
    UnsupportedJsonVersion { found: u32, supported: u32 },
    #[error("CSV problem at line {line:?}: {problem:?}")]
    CsvInvalid {
        line: Option<usize>,
        problem: CsvProblem,
    },
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
            Error::PermissionDenied(_) => ErrorCode::PermissionDenied,
            Error::NotSqlite(_) => ErrorCode::NotSqlite,
            Error::NotAWorkspace(_) => ErrorCode::NotAWorkspace,
            Error::NewerVersion { .. } => ErrorCode::NewerVersion,
            Error::Damaged { .. } => ErrorCode::Damaged,
            Error::Locked(_) => ErrorCode::Locked,
            Error::ReadOnly(_) => ErrorCode::ReadOnly,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::NoBackup(_) => ErrorCode::NoBackup,
            Error::Io { .. } => ErrorCode::Io,
            Error::Database(_) => ErrorCode::Database,
            Error::BadJson { .. } | Error::JsonInvalidData { .. } => ErrorCode::BadJson,
            Error::UnsupportedJsonVersion { .. } => ErrorCode::UnsupportedJsonVersion,
            Error::CsvInvalid { .. } => ErrorCode::BadCsv,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The sentence a person reads.
    pub fn message(&self, lang: Lang) -> String {
        let es = lang == Lang::Es;
        let name = |path: &Path| -> String {
            path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
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
                    p.display()
                ),
                Lang::Es => format!(
                    "No se encuentra «{}». Puede que se haya movido o eliminado.",
                    p.display()
                ),
            },
            Error::FileExists(p) => match lang {
                Lang::En => format!(
                    "“{}” already exists. Choose another name, or remove that file first.",
                    p.display()
                ),
                Lang::Es => format!(
                    "«{}» ya existe. Elige otro nombre o elimina antes ese archivo.",
                    p.display()
                ),
            },
            Error::NotAFile(p) => match lang {
                Lang::En => format!("“{}” is a folder, not a workspace file.", p.display()),
                Lang::Es => format!(
                    "«{}» es una carpeta, no un archivo de espacio de trabajo.",
                    p.display()
                ),
            },
            Error::PermissionDenied(p) => match lang {
                Lang::En => format!(
                    "Rumbo is not allowed to use “{}”. Check the file's permissions.",
                    p.display()
                ),
                Lang::Es => format!(
                    "Rumbo no tiene permiso para usar «{}». Revisa los permisos del archivo.",
                    p.display()
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
                    path.display()
                ),
                Lang::Es => format!(
                    "No queda espacio en el disco para escribir «{}». No se ha escrito nada; libera algo de espacio y vuelve a intentarlo.",
                    path.display()
                ),
            },
            Error::NoBackup(path) => match lang {
                Lang::En => format!(
                    "There is no usable backup of “{}” yet.",
                    name(path)
                ),
                Lang::Es => format!(
                    "Todavía no hay ninguna copia de seguridad utilizable de «{}».",
                    name(path)
                ),
            },
            Error::Io { path, detail } => match lang {
                Lang::En => format!("Could not read or write “{}”: {detail}.", path.display()),
                Lang::Es => format!("No se pudo leer o escribir «{}»: {detail}.", path.display()),
            },
            Error::Database(detail) => match lang {
                Lang::En => {
                    format!("The workspace could not be updated: {detail}. Nothing was changed.")
                }
                Lang::Es => format!(
                    "No se pudo actualizar el espacio de trabajo: {detail}. No se ha cambiado nada."
                ),
            },
            Error::BadJson { detail } => match lang {
                Lang::En => format!("This is not a Rumbo JSON export: {}.", quote(detail)),
                Lang::Es => format!(
                    "Esto no es una exportación JSON de Rumbo: {}.",
                    quote(detail)
                ),
            },
            Error::JsonInvalidData { location, issue } => match lang {
                Lang::En => format!(
                    "The JSON export has a bad value at {location}: {}",
                    issue.message(lang)
                ),
                Lang::Es => format!(
                    "La exportación JSON tiene un valor incorrecto en {location}: {}",
                    issue.message(lang)
                ),
            },
            Error::UnsupportedJsonVersion { found, supported } => match lang {
                Lang::En => format!(
                    "This JSON export is format version {found}, made by a newer Rumbo; this Rumbo reads up to version {supported}."
                ),
                Lang::Es => format!(
                    "Esta exportación JSON es de la versión {found} del formato, de un Rumbo más reciente; este Rumbo lee hasta la versión {supported}."
                ),
            },
            Error::CsvInvalid { line, problem } => match (line, lang) {
                (Some(line), Lang::En) => format!(
                    "Nothing was imported: line {line}: {}.",
                    problem.message(lang)
                ),
                (Some(line), Lang::Es) => format!(
                    "No se ha importado nada: línea {line}: {}.",
                    problem.message(lang)
                ),
                (None, Lang::En) => format!("Nothing was imported: {}.", problem.message(lang)),
                (None, Lang::Es) => format!("No se ha importado nada: {}.", problem.message(lang)),
            },
            Error::Internal(detail) => match lang {
                Lang::En => format!("Something went wrong inside Rumbo: {detail}."),
                Lang::Es => format!("Algo ha fallado dentro de Rumbo: {detail}."),
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
            Error::NoBackup(p.clone()),
            Error::Io {
                path: p,
                detail: "x".into(),
            },
            Error::Database("x".into()),
            Error::BadJson { detail: "x".into() },
            Error::JsonInvalidData {
                location: "x".into(),
                issue: FieldIssue::new("name", IssueKind::Required),
            },
            Error::UnsupportedJsonVersion {
                found: 9,
                supported: 1,
            },
            Error::Internal("x".into()),
        ];
        for error in errors {
            let (en, es) = (error.message(Lang::En), error.message(Lang::Es));
            assert!(!en.is_empty() && !es.is_empty());
            assert_ne!(en, es, "{error:?} is not translated");
        }
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
