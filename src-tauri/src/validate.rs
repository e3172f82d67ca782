//! Checks of what the window sends, made before a command acts on it.
//!
//! The webview is not trusted: a page script (or anything that got into the
//! page) may call any allowed command with any arguments. Records are checked
//! by the core's `validated()`; this module checks the rest — ids, counts,
//! lengths, paths, page numbers and scales — and says what is wrong in the
//! user's language. Nothing here panics.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rumbo_core::error::ErrorCode;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{DocSection, MAX_YEAR, MIN_YEAR};
use rumbo_core::{ApiError, Error, Lang};

/// The longest path the window may send (Linux's `PATH_MAX`).
pub const MAX_PATH: usize = 4096;
/// The longest finding key (the core keeps keys to its short-text limit).
pub const MAX_KEY: usize = rumbo_core::model::MAX_SHORT;
/// The most ids one command takes (reordering a list).
pub const MAX_IDS: usize = 10_000;
/// The most weeks the calendar shows at once.
pub const MAX_WEEKS: u32 = 52;
/// The highest CSV column number a mapping may name.
pub const MAX_CSV_COLUMN: u32 = 1_000;
/// The smallest and largest pixel scale of a preview page.
pub const MIN_SCALE: f32 = 0.25;
pub const MAX_SCALE: f32 = 4.0;
/// The most pages a preview is asked about (far beyond any real document).
pub const MAX_PAGE: u32 = 100_000;

/// Why the shell refused what the window sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// An id that cannot name a record (zero or negative).
    Id {
        field: &'static str,
    },
    /// The same id twice in a list that must name each once.
    RepeatedId {
        field: &'static str,
    },
    TooLong {
        field: &'static str,
        max: usize,
    },
    TooMany {
        field: &'static str,
        max: usize,
    },
    Empty {
        field: &'static str,
    },
    /// A path that is not absolute, or holds a NUL.
    BadPath,
    /// A file of the wrong kind (by its extension).
    WrongExtension {
        expected: &'static [&'static str],
    },
    /// A file the user did not choose in this session's file dialog.
    NotChosen,
    /// A number outside the range a command accepts.
    OutOfRange {
        field: &'static str,
        min: f64,
        max: f64,
    },
    /// A CSV delimiter other than a comma, a semicolon or a tab.
    Delimiter,
    /// A date too far from today to mean anything in a plan.
    Date {
        field: &'static str,
    },
    /// A preview page asked for after the preview was compiled again.
    StalePreview,
    /// A page the preview does not have.
    NoSuchPage {
        page: u32,
        count: usize,
    },
    /// A file to open or show that this session's exports did not write.
    NotExported,
    /// A chapter asked to be exported alone that is not an annex that
    /// prints alone.
    NotAnAnnex,
    /// A kind that is not a kind of record (the RACI cell is set with `raci_set`).
    NotARecord {
        kind: EntityKind,
    },
    /// A record that does not have the shape of its kind.
    Malformed {
        kind: EntityKind,
        detail: String,
    },
    /// A file problem the core already puts into words.
    File(Error),
}

/// A technical detail, cut short for a message.
fn shorten(detail: &str) -> String {
    const MAX: usize = 200;
    if detail.chars().count() <= MAX {
        detail.to_string()
    } else {
        let cut: String = detail.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

impl Refusal {
    /// The error as it crosses IPC, in `lang`.
    pub fn to_api(&self, lang: Lang) -> ApiError {
        let code = match self {
            Refusal::File(error) => return error.to_api(lang),
            Refusal::StalePreview | Refusal::NoSuchPage { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Validation,
        };
        ApiError {
            code,
            message: self.message(lang),
            fields: Vec::new(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Refusal::NotARecord { kind } => {
                let kind = kind.as_str();
                if en {
                    format!("“{kind}” is not a kind of record that can be listed, created, changed or deleted.")
                } else {
                    format!("«{kind}» no es un tipo de registro que se pueda listar, crear, modificar o borrar.")
                }
            }
            Refusal::Malformed { kind, detail } => {
                let kind = kind.as_str();
                let detail = shorten(detail);
                if en {
                    format!("The record sent is not a valid “{kind}”: {detail}")
                } else {
                    format!("El registro enviado no es un «{kind}» válido: {detail}")
                }
            }
            Refusal::Id { field } => {
                if en {
                    format!("“{field}” must be the id of a record (a whole number above zero).")
                } else {
                    format!("«{field}» debe ser el identificador de un registro (un número entero mayor que cero).")
                }
            }
            Refusal::RepeatedId { field } => {
                if en {
                    format!("“{field}” names the same record more than once.")
                } else {
                    format!("«{field}» nombra el mismo registro más de una vez.")
                }
            }
            Refusal::TooLong { field, max } => {
                if en {
                    format!("“{field}” is too long: at most {max} characters.")
                } else {
                    format!("«{field}» es demasiado largo: como máximo {max} caracteres.")
                }
            }
            Refusal::TooMany { field, max } => {
                if en {
                    format!("“{field}” has too many items: at most {max}.")
                } else {
                    format!("«{field}» tiene demasiados elementos: como máximo {max}.")
                }
            }
            Refusal::Empty { field } => {
                if en {
                    format!("“{field}” must not be empty.")
                } else {
                    format!("«{field}» no puede estar vacío.")
                }
            }
            Refusal::BadPath => lang
                .pick(
                    "That is not a full path to a file.",
                    "Eso no es la ruta completa de un archivo.",
                )
                .into(),
            Refusal::WrongExtension { expected } => {
                let list = expected
                    .iter()
                    .map(|e| format!(".{e}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                if en {
                    format!("Rumbo opens only files ending in {list} here.")
                } else {
                    format!("Aquí Rumbo solo abre archivos terminados en {list}.")
                }
            }
            Refusal::NotChosen => lang
                .pick(
                    "Choose the file again: Rumbo reads only files you chose in its file dialog.",
                    "Vuelve a elegir el archivo: Rumbo solo lee archivos que hayas elegido en su diálogo.",
                )
                .into(),
            Refusal::OutOfRange { field, min, max } => {
                if en {
                    format!("“{field}” must be a number from {min} to {max}.")
                } else {
                    format!(
                        "«{field}» debe ser un número entre {} y {}.",
                        min.to_string().replace('.', ","),
                        max.to_string().replace('.', ",")
                    )
                }
            }
            Refusal::Delimiter => lang
                .pick(
                    "Columns can be separated by commas, semicolons or tabs.",
                    "Las columnas pueden separarse con comas, puntos y coma o tabuladores.",
                )
                .into(),
            Refusal::Date { field } => {
                if en {
                    format!("“{field}” must be a date between the years {MIN_YEAR} and {MAX_YEAR}.")
                } else {
                    format!("«{field}» debe ser una fecha entre los años {MIN_YEAR} y {MAX_YEAR}.")
                }
            }
            Refusal::StalePreview => lang
                .pick(
                    "The preview has changed since; it is being drawn again.",
                    "La vista previa ha cambiado; se está dibujando de nuevo.",
                )
                .into(),
            Refusal::NoSuchPage { page, count } => {
                if en {
                    format!("The preview has no page {page}: it has {count}.")
                } else {
                    format!("La vista previa no tiene página {page}: tiene {count}.")
                }
            }
            Refusal::NotExported => lang
                .pick(
                    "Only a document exported in this session can be opened from here.",
                    "Desde aquí solo se puede abrir un documento exportado en esta sesión.",
                )
                .into(),
            Refusal::NotAnAnnex => lang
                .pick(
                    "Only an annex can be exported on its own.",
                    "Solo un anexo se puede exportar por separado.",
                )
                .into(),
            Refusal::File(error) => error.message(lang),
        }
    }
}

pub type Checked<T> = Result<T, Refusal>;

/// An id of a stored record: above zero.
pub fn id(field: &'static str, value: i64) -> Checked<i64> {
    if value > 0 {
        Ok(value)
    } else {
        Err(Refusal::Id { field })
    }
}

/// An optional id: absent, or above zero.
pub fn optional_id(field: &'static str, value: Option<i64>) -> Checked<Option<i64>> {
    value.map(|v| id(field, v)).transpose()
}

/// A chapter to export alone: one of the annexes that print alone.
pub fn annex(value: Option<DocSection>) -> Checked<Option<DocSection>> {
    match value {
        Some(section) if !section.prints_alone() => Err(Refusal::NotAnAnnex),
        other => Ok(other),
    }
}

/// A list of distinct ids of at most [`MAX_IDS`].
pub fn ids(field: &'static str, values: &[i64]) -> Checked<()> {
    if values.len() > MAX_IDS {
        return Err(Refusal::TooMany {
            field,
            max: MAX_IDS,
        });
    }
    let mut seen = std::collections::HashSet::with_capacity(values.len());
    for value in values {
        id(field, *value)?;
        if !seen.insert(*value) {
            return Err(Refusal::RepeatedId { field });
        }
    }
    Ok(())
}

/// A string of at most `max` characters.
pub fn text(field: &'static str, value: &str, max: usize) -> Checked<()> {
    if value.chars().count() > max {
        Err(Refusal::TooLong { field, max })
    } else {
        Ok(())
    }
}

/// A non-empty string of at most `max` characters.
pub fn required_text(field: &'static str, value: &str, max: usize) -> Checked<()> {
    if value.trim().is_empty() {
        return Err(Refusal::Empty { field });
    }
    text(field, value, max)
}

/// A path the window sent: bounded, absolute, without NUL.
fn path_text(value: &str) -> Checked<PathBuf> {
    if value.is_empty() {
        return Err(Refusal::Empty { field: "path" });
    }
    text("path", value, MAX_PATH)?;
    let path = PathBuf::from(value);
    if value.contains('\0') || !path.is_absolute() {
        return Err(Refusal::BadPath);
    }
    Ok(path)
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// An existing file (not a folder) ending in one of `extensions`.
pub fn existing_file(value: &str, extensions: &'static [&'static str]) -> Checked<PathBuf> {
    let path = path_text(value)?;
    if !has_extension(&path, extensions) {
        return Err(Refusal::WrongExtension {
            expected: extensions,
        });
    }
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => Err(Refusal::File(Error::NotAFile(path))),
        Ok(_) => Ok(path),
        Err(error) => Err(Refusal::File(Error::io(&path, &error))),
    }
}

/// A workspace file to open: a full path to a `.rumbo` file, not a folder.
/// A missing file passes: opening it says so and drops it from the recent
/// files.
pub fn workspace_file(value: &str) -> Checked<PathBuf> {
    match existing_file(value, &[rumbo_store::EXTENSION]) {
        Err(Refusal::File(Error::FileNotFound(path))) => Ok(path),
        other => other,
    }
}

/// The CSV file the user chose in this session's dialog, and only that one:
/// the preview shows a file's content, so the window must not name others.
pub fn chosen_file(value: &str, chosen: Option<&Path>) -> Checked<PathBuf> {
    let path = path_text(value)?;
    if chosen != Some(path.as_path()) {
        return Err(Refusal::NotChosen);
    }
    existing_file(value, CSV_EXTENSIONS)
}

/// What the CSV dialog offers.
pub const CSV_EXTENSIONS: &[&str] = &["csv", "txt"];

/// A CSV delimiter: a comma, a semicolon or a tab.
pub fn delimiter(value: &str) -> Checked<()> {
    if matches!(value, "," | ";" | "\t") {
        Ok(())
    } else {
        Err(Refusal::Delimiter)
    }
}

/// A CSV column number.
pub fn column(field: &'static str, value: u32) -> Checked<()> {
    if value < MAX_CSV_COLUMN {
        Ok(())
    } else {
        Err(Refusal::OutOfRange {
            field,
            min: 0.0,
            max: f64::from(MAX_CSV_COLUMN - 1),
        })
    }
}

/// How many weeks of calendar to show.
pub fn weeks(value: u32) -> Checked<u32> {
    if (1..=MAX_WEEKS).contains(&value) {
        Ok(value)
    } else {
        Err(Refusal::OutOfRange {
            field: "weeks",
            min: 1.0,
            max: f64::from(MAX_WEEKS),
        })
    }
}

/// A date a plan can use: within the years every record's dates are
/// ([`MIN_YEAR`]–[`MAX_YEAR`]).
pub fn date(field: &'static str, value: NaiveDate) -> Checked<NaiveDate> {
    if (MIN_YEAR..=MAX_YEAR).contains(&value.year()) {
        Ok(value)
    } else {
        Err(Refusal::Date { field })
    }
}

/// A calendar year, within the years dates are: the public holidays of a
/// year outside them could not be kept.
pub fn year(field: &'static str, value: i32) -> Checked<i32> {
    if (MIN_YEAR..=MAX_YEAR).contains(&value) {
        Ok(value)
    } else {
        Err(Refusal::Date { field })
    }
}

/// A preview page's pixel scale: finite, from [`MIN_SCALE`] to [`MAX_SCALE`].
pub fn scale(value: f32) -> Checked<f32> {
    if value.is_finite() && (MIN_SCALE..=MAX_SCALE).contains(&value) {
        Ok(value)
    } else {
        Err(Refusal::OutOfRange {
            field: "scale",
            min: f64::from(MIN_SCALE),
            max: f64::from(MAX_SCALE),
        })
    }
}

/// A preview page index: below [`MAX_PAGE`] and below `count`, the pages the
/// preview has.
pub fn page(index: u32, count: usize) -> Checked<usize> {
    let as_usize = usize::try_from(index).unwrap_or(usize::MAX);
    if index < MAX_PAGE && as_usize < count {
        Ok(as_usize)
    } else {
        Err(Refusal::NoSuchPage {
            page: index.saturating_add(1),
            count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_positive_distinct_and_bounded() {
        assert_eq!(id("id", 7), Ok(7));
        assert_eq!(id("id", 0), Err(Refusal::Id { field: "id" }));
        assert_eq!(id("id", i64::MIN), Err(Refusal::Id { field: "id" }));
        assert_eq!(optional_id("versionId", None), Ok(None));
        assert_eq!(optional_id("versionId", Some(3)), Ok(Some(3)));
        assert!(optional_id("versionId", Some(-3)).is_err());
        assert_eq!(ids("ids", &[3, 1, 2]), Ok(()));
        assert_eq!(
            ids("ids", &[3, 1, 3]),
            Err(Refusal::RepeatedId { field: "ids" })
        );
        assert_eq!(ids("ids", &[1, -1]), Err(Refusal::Id { field: "ids" }));
        let many: Vec<i64> = (1..=i64::try_from(MAX_IDS).unwrap_or(0) + 1).collect();
        assert!(matches!(ids("ids", &many), Err(Refusal::TooMany { .. })));
        assert!(matches!(
            annex(Some(DocSection::Raci)),
            Err(Refusal::NotAnAnnex)
        ));
        assert_eq!(
            annex(Some(DocSection::RequestForm)),
            Ok(Some(DocSection::RequestForm))
        );
        assert_eq!(annex(None), Ok(None));
    }

    #[test]
    fn strings_are_bounded_in_characters_not_bytes() {
        assert_eq!(text("key", &"ñ".repeat(MAX_KEY), MAX_KEY), Ok(()));
        assert_eq!(
            text("key", &"ñ".repeat(MAX_KEY + 1), MAX_KEY),
            Err(Refusal::TooLong {
                field: "key",
                max: MAX_KEY
            })
        );
        assert_eq!(
            required_text("key", "  ", MAX_KEY),
            Err(Refusal::Empty { field: "key" })
        );
    }

    #[test]
    fn workspace_paths_must_be_existing_rumbo_files() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("Plan.rumbo");
        assert!(std::fs::write(&file, b"x").is_ok());
        let text = file.display().to_string();
        assert_eq!(workspace_file(&text), Ok(file.clone()));
        assert_eq!(workspace_file(""), Err(Refusal::Empty { field: "path" }));
        assert_eq!(workspace_file("Plan.rumbo"), Err(Refusal::BadPath));
        assert_eq!(workspace_file(&format!("{text}\0")), Err(Refusal::BadPath));
        assert!(matches!(
            workspace_file(&"/a".repeat(MAX_PATH)),
            Err(Refusal::TooLong { .. })
        ));
        let other = dir.path().join("notes.txt");
        assert!(std::fs::write(&other, b"x").is_ok());
        assert!(matches!(
            workspace_file(&other.display().to_string()),
            Err(Refusal::WrongExtension { .. })
        ));
        let folder = dir.path().join("Folder.rumbo");
        assert!(std::fs::create_dir(&folder).is_ok());
        assert_eq!(
            workspace_file(&folder.display().to_string()),
            Err(Refusal::File(Error::NotAFile(folder)))
        );
        // A recent file that has gone is for the open to report (and forget).
        let gone = dir.path().join("Gone.rumbo");
        assert_eq!(workspace_file(&gone.display().to_string()), Ok(gone));
        assert_eq!(
            existing_file(
                &other.display().to_string().replace(".txt", ".csv"),
                CSV_EXTENSIONS
            ),
            Err(Refusal::File(Error::FileNotFound(
                dir.path().join("notes.csv")
            )))
        );
    }

    #[test]
    fn only_the_chosen_csv_file_is_read() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let chosen = dir.path().join("kpi.csv");
        let other = dir.path().join("other.csv");
        assert!(std::fs::write(&chosen, b"a,b").is_ok());
        assert!(std::fs::write(&other, b"a,b").is_ok());
        let text = chosen.display().to_string();
        assert_eq!(chosen_file(&text, Some(&chosen)), Ok(chosen.clone()));
        assert_eq!(chosen_file(&text, None), Err(Refusal::NotChosen));
        assert_eq!(
            chosen_file(&other.display().to_string(), Some(&chosen)),
            Err(Refusal::NotChosen)
        );
        assert_eq!(chosen_file("kpi.csv", Some(&chosen)), Err(Refusal::BadPath));
    }

    #[test]
    fn numbers_are_in_range() {
        assert_eq!(delimiter(";"), Ok(()));
        assert_eq!(delimiter("\t"), Ok(()));
        assert_eq!(delimiter("ab"), Err(Refusal::Delimiter));
        assert_eq!(delimiter(""), Err(Refusal::Delimiter));
        assert_eq!(column("dateColumn", 3), Ok(()));
        assert!(column("dateColumn", MAX_CSV_COLUMN).is_err());
        assert_eq!(weeks(6), Ok(6));
        assert!(weeks(0).is_err());
        assert!(weeks(53).is_err());
        let day = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default();
        assert_eq!(date("from", day(2026)), Ok(day(2026)));
        assert!(date("from", day(1200)).is_err());
        assert_eq!(scale(1.5), Ok(1.5));
        assert!(scale(0.0).is_err());
        assert!(scale(f32::NAN).is_err());
        assert!(scale(f32::INFINITY).is_err());
        assert!(scale(40.0).is_err());
        assert_eq!(page(0, 3), Ok(0));
        assert_eq!(page(2, 3), Ok(2));
        assert_eq!(page(3, 3), Err(Refusal::NoSuchPage { page: 4, count: 3 }));
        assert!(page(u32::MAX, usize::MAX).is_err());
    }

    #[test]
    fn refusals_are_explained_in_both_languages() {
        let refusals = [
            Refusal::Id { field: "id" },
            Refusal::RepeatedId { field: "ids" },
            Refusal::TooLong {
                field: "key",
                max: 120,
            },
            Refusal::TooMany {
                field: "ids",
                max: 3,
            },
            Refusal::Empty { field: "path" },
            Refusal::BadPath,
            Refusal::WrongExtension {
                expected: &["rumbo"],
            },
            Refusal::NotChosen,
            Refusal::OutOfRange {
                field: "scale",
                min: 0.25,
                max: 4.0,
            },
            Refusal::Delimiter,
            Refusal::Date { field: "from" },
            Refusal::StalePreview,
            Refusal::NoSuchPage { page: 9, count: 2 },
            Refusal::NotExported,
            Refusal::File(Error::NotAFile(PathBuf::from("/a.rumbo"))),
        ];
        for refusal in refusals {
            let en = refusal.to_api(Lang::En);
            let es = refusal.to_api(Lang::Es);
            assert!(!en.message.is_empty() && !es.message.is_empty());
            assert_ne!(en.message, es.message, "{refusal:?}");
            assert_eq!(en.code, es.code);
        }
        assert_eq!(
            Refusal::OutOfRange {
                field: "scale",
                min: 0.25,
                max: 4.0
            }
            .message(Lang::Es),
            "«scale» debe ser un número entre 0,25 y 4."
        );
        assert_eq!(
            Refusal::File(Error::NotAFile(PathBuf::from("/a.rumbo")))
                .to_api(Lang::En)
                .code,
            ErrorCode::NotAFile
        );
    }
}
