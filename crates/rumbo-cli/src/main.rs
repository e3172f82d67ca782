//! `rumbo`: the command line over the same workspace file as the app.
//!
//! Exit codes: 0 success; 1 `check` found errors not accepted as a known
//! risk; 2 bad input (a file that cannot be read or written, a file that is
//! not a workspace or is damaged, open in another program, a full disk, no
//! backup to restore, bad JSON, bad arguments). Exit 2 means nothing was
//! written: every argument is checked before anything is.
//!
//! Outputs (`-o`) never replace the workspace being read, another workspace
//! or database, or anything that is not a regular file (a pipe and standard
//! output, written `-`, are written through). Inputs are read up to
//! `rumbo_core::limits::MAX_INPUT_BYTES`. User text printed for a terminal
//! shows control characters as visible symbols.
//!
//! Commands that only read (`export-json`, `check`, `render` without
//! `--save-version`, `versions`, `backups`, `backup`) open the workspace
//! read-only: they work while the app has it open and never change it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::ipc::BackupOrigin;
use rumbo_core::model::{
    Approval, Classification, DocFormat, DocSection, DocumentEdition, DocumentSettings, PolicyKind,
};
use rumbo_core::{Error, Lang, Result, sample};
use rumbo_doc::Source;
use rumbo_start::{InterviewAnswers, InterviewStep, OrgKind};
use rumbo_store::{BackupReason, Workspace, backup, files};

#[derive(Parser)]
#[command(
    name = "rumbo",
    version,
    about = "Rumbo: the community manager's strategy workspace, from the command line.",
    long_about = "Rumbo keeps an organization's social-media and community strategy in one \
                  workspace file (.rumbo). This command creates, exports, imports and checks \
                  workspaces; the desktop app opens the same files."
)]
struct Cli {
    /// Language of messages and of the sample (default: from LANG).
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Es,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new, empty workspace file.
    New {
        /// The workspace file to create (it must not exist).
        file: PathBuf,
        /// The organization's name (default: the answers' name, else the
        /// file name).
        #[arg(long)]
        name: Option<String>,
        /// Start from the template of a kind of organization
        /// (`rumbo templates` lists them; default: the answers' kind, else
        /// empty).
        #[arg(long, value_name = "KIND")]
        template: Option<String>,
        /// Build the first draft strategy from the guided interview's answers
        /// given as a file ("-" reads standard input; docs/answers-format.md),
        /// as the window does when its draft is accepted unchanged.
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
    },
    /// List the organization templates a new workspace can start from.
    Templates {
        /// Text (default) or JSON.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Create a workspace holding the sample organization, a regional employment agency.
    Sample {
        /// The workspace file to create (it must not exist).
        file: PathBuf,
        /// `large` grows it to 200 channels, 1,000 objectives and 300
        /// internal-communication items (for benchmarks); `accounts` is a
        /// regional government with 30 accounts in 10 departments.
        #[arg(long, value_enum, default_value = "small")]
        size: SampleSize,
    },
    /// Write a workspace as JSON (the interchange format, docs/json-format.md).
    ExportJson {
        /// The workspace file to read.
        file: PathBuf,
        /// Write to this file instead of standard output ("-" is standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Create a workspace from a JSON export ("-" reads standard input).
    ImportJson {
        /// The JSON file to read.
        json: PathBuf,
        /// The workspace file to create (it must not exist).
        file: PathBuf,
    },
    /// Check the strategy's health: what is missing or weak, and a readiness score.
    ///
    /// Exits with 1 when there are errors not accepted as a known risk, 0 otherwise.
    Check {
        /// The workspace file to check (it is only read).
        file: PathBuf,
        /// Text for people, or the JSON report for scripts.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Check as of this day (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<String>,
    },
    /// Render the strategy document as PDF, HTML, Markdown or Word (DOCX).
    ///
    /// The document is in the language given with --lang, or else in the
    /// workspace's document language. Its date is --date, else the date set
    /// in the workspace, else today.
    Render {
        /// The workspace file (it is only read, unless --save-version).
        file: PathBuf,
        #[arg(long, value_enum, default_value = "pdf")]
        format: DocFormatArg,
        /// The file to write ("-" is standard output).
        #[arg(short, long)]
        output: PathBuf,
        /// The document date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Render saved version N instead of the current document.
        #[arg(long, value_name = "N")]
        version: Option<u32>,
        /// Archival PDF: PDF/A-2a and PDF/UA-1.
        #[arg(long)]
        archival: bool,
        /// Also save the current document as the next version, with this note.
        #[arg(long, value_name = "NOTE")]
        save_version: Option<String>,
        /// The marking on the cover and every page, for this rendering:
        /// `public`, `internal`, `confidential`, `none` (no marking), or any
        /// other text, printed as written (default: the workspace's setting).
        #[arg(long, value_name = "MARKING")]
        classification: Option<String>,
        /// Whom the document is for, printed on the cover ("" for no one
        /// in particular; default: the workspace's setting).
        #[arg(long, value_name = "TEXT")]
        readers: Option<String>,
        /// Print only this annex, on its own: `request-form` (the account
        /// request form), whether or not the document shows it; or one of
        /// the texts published on their own, `house-rules`, `staff-use` or
        /// `legal-notice`.
        #[arg(long, value_name = "NAME", conflicts_with = "save_version")]
        annex: Option<String>,
    },
    /// List the saved versions of the document, with their approvals.
    Versions {
        /// The workspace file (it is only read).
        file: PathBuf,
        /// Text for people, or JSON for scripts.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Record who approved saved version N, when and with what reservations
    /// (replacing an earlier approval), or withdraw its approval. The
    /// version's document prints it on its cover and in "Versions and
    /// approval".
    Approve {
        /// The workspace file (close it in the app first, or let the app do it).
        file: PathBuf,
        /// The number of the saved version (`rumbo versions FILE` lists them).
        number: u32,
        /// Who approved it.
        #[arg(long, value_name = "NAME", required_unless_present = "withdraw")]
        by: Option<String>,
        /// In what capacity ("Managing director").
        #[arg(long, value_name = "ROLE", default_value = "")]
        role: String,
        /// The day it was approved (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Reservations recorded with the approval.
        #[arg(long, value_name = "TEXT", default_value = "")]
        reservations: String,
        /// Withdraw the version's approval instead.
        #[arg(long, conflicts_with_all = ["by", "date"])]
        withdraw: bool,
    },
    /// List the backups of a workspace, newest first (they are kept in the
    /// folder `NAME.rumbo-backups` beside it).
    Backups {
        /// The workspace file (it is only read).
        file: PathBuf,
        /// Text for people, or JSON for scripts.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Take a backup of a workspace now (it works while the app has it open).
    Backup {
        /// The workspace file (it is only read).
        file: PathBuf,
    },
    /// Replace a workspace with one of its backups. The workspace as it was
    /// is kept as a backup first (or, when it cannot be read, moved aside as
    /// NAME.damaged-DATE): nothing is deleted.
    Restore {
        /// The workspace file (close it in the app first).
        file: PathBuf,
        /// The backup to restore (`rumbo backups FILE` lists them).
        #[arg(required_unless_present = "latest", conflicts_with = "latest")]
        backup: Option<PathBuf>,
        /// Restore the newest backup that is sound.
        #[arg(long)]
        latest: bool,
        /// Restore the file even though nothing says it is a backup of this
        /// workspace (or it says it is another workspace's).
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SampleSize {
    Small,
    Large,
    Accounts,
}

#[derive(Clone, Copy, ValueEnum)]
enum DocFormatArg {
    Pdf,
    Html,
    Md,
    Docx,
}

impl DocFormatArg {
    fn format(self) -> DocFormat {
        match self {
            DocFormatArg::Pdf => DocFormat::Pdf,
            DocFormatArg::Html => DocFormat::Html,
            DocFormatArg::Md => DocFormat::Md,
            DocFormatArg::Docx => DocFormat::Docx,
        }
    }
}

/// Why a command failed. Every failure exits with status 2.
enum Failure {
    /// An error of the core or the storage, with its bilingual message.
    Core(Error),
    /// A date argument that is not a date.
    BadDate(String),
    /// `--version N` names no saved version.
    NoVersion(u32),
    /// `--annex NAME` names no annex that prints alone.
    NoAnnex(String),
    /// A JSON file that cannot be imported, with its text, to show the line.
    Json(Error, String),
    /// `--template KIND` names no template.
    NoTemplate(String),
    /// An answers file that cannot be read as answers: where and why.
    Answers(PathBuf, String),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Core(error)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Es) => Lang::Es,
        None => Lang::from_env(),
    };
    let doc_lang = cli.lang.map(|_| lang);
    match run(cli.command, lang, doc_lang) {
        Ok(code) => code,
        Err(Failure::Core(error)) => {
            eprintln!("rumbo: {}", error.message(lang));
            if let Error::Validation(issues) = &error {
                for issue in issues {
                    eprintln!("  {}: {}", issue.field, issue.message(lang));
                }
            }
            if let Error::Damaged { detail, .. } = &error {
                eprintln!("  SQLite: {}", rumbo_core::text::visible(detail));
            }
            if matches!(error, Error::ForeignBackup { .. }) {
                eprintln!(
                    "  {}",
                    lang.pick(
                        "To restore it anyway, add --force.",
                        "Para restaurarla de todos modos, añade --force."
                    )
                );
            }
            ExitCode::from(2)
        }
        Err(Failure::BadDate(text)) => {
            match lang {
                Lang::En => eprintln!(
                    "rumbo: “{}” is not a date: write it as YYYY-MM-DD, for example 2026-11-23.",
                    rumbo_core::text::visible(&text)
                ),
                Lang::Es => eprintln!(
                    "rumbo: «{}» no es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-11-23.",
                    rumbo_core::text::visible(&text)
                ),
            }
            ExitCode::from(2)
        }
        Err(Failure::Json(error, text)) => {
            eprintln!("rumbo: {}", error.message(lang));
            if let Error::BadJson(json) = &error
                && let Some(line) = json.place.line
            {
                eprint!("{}", excerpt(&text, line, json.place.column));
            }
            ExitCode::from(2)
        }
        Err(Failure::NoAnnex(name)) => {
            let known: Vec<String> = DocSection::ALONE
                .iter()
                .map(|s| s.annex_name())
                .chain(
                    PolicyKind::PUBLISHABLE
                        .iter()
                        .filter_map(|k| k.annex_name())
                        .map(String::from),
                )
                .collect();
            let known = known.join(", ");
            let name = rumbo_core::text::visible(&name);
            match lang {
                Lang::En => eprintln!(
                    "rumbo: there is no annex called “{name}”; the annexes that print alone are: {known}."
                ),
                Lang::Es => eprintln!(
                    "rumbo: no hay ningún anexo llamado «{name}»; los anexos que se imprimen solos son: {known}."
                ),
            }
            ExitCode::from(2)
        }
        Err(Failure::NoTemplate(name)) => {
            let known: Vec<&str> = OrgKind::ALL.iter().map(|k| k.as_str()).collect();
            let known = known.join(", ");
            let name = rumbo_core::text::visible(&name);
            match lang {
                Lang::En => eprintln!(
                    "rumbo: there is no template called “{name}”; the templates are: {known} (`rumbo templates` describes them)."
                ),
                Lang::Es => eprintln!(
                    "rumbo: no hay ninguna plantilla llamada «{name}»; las plantillas son: {known} (`rumbo templates` las describe)."
                ),
            }
            ExitCode::from(2)
        }
        Err(Failure::Answers(path, message)) => {
            let shown = rumbo_core::text::visible(&path.display().to_string());
            match lang {
                Lang::En => {
                    eprintln!("rumbo: {shown} cannot be read as interview answers: {message}")
                }
                Lang::Es => eprintln!(
                    "rumbo: {shown} no se puede leer como respuestas de la entrevista: {message}"
                ),
            }
            ExitCode::from(2)
        }
        Err(Failure::NoVersion(number)) => {
            match lang {
                Lang::En => eprintln!(
                    "rumbo: there is no saved version {number}; `rumbo versions FILE` lists them."
                ),
                Lang::Es => eprintln!(
                    "rumbo: no hay ninguna versión guardada {number}; `rumbo versions ARCHIVO` las enumera."
                ),
            }
            ExitCode::from(2)
        }
    }
}

/// `--classification`: a classification's name, or any other text as the
/// marking itself.
fn marking(text: &str) -> (Classification, String) {
    let text = text.trim();
    match Classification::parse(&text.to_lowercase()) {
        Some(Classification::Custom) | None => (Classification::Custom, text.to_string()),
        Some(known) => (known, String::new()),
    }
}

/// Whether the CM's own summary was written from a generated one that no
/// longer matches the data.
fn summary_is_stale(job: &DocumentEdition) -> bool {
    let settings = &job.doc.document;
    !settings.summary.is_empty()
        && !settings.summary_basis.is_empty()
        && settings.summary_basis != rumbo_doc::generated_summary(&Source::from(job))
}

fn parse_date(text: Option<String>) -> Result<Option<NaiveDate>, Failure> {
    text.map(|text| {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| Failure::BadDate(text))
    })
    .transpose()
}

fn run(command: Command, lang: Lang, doc_lang: Option<Lang>) -> Result<ExitCode, Failure> {
    match command {
        Command::New {
            file,
            name,
            template,
            answers,
        } => {
            // Every argument is read and checked before the file is made:
            // nothing is written for a bad one.
            let kind = template
                .map(|t| OrgKind::parse(&t).ok_or(Failure::NoTemplate(t)))
                .transpose()?;
            let answers = answers
                .map(|path| {
                    let text = files::read_json_text(&path)?;
                    InterviewAnswers::from_json(&text, lang)
                        .map_err(|message| Failure::Answers(path, message))
                })
                .transpose()?;
            if kind.is_none() && answers.is_none() {
                Workspace::create_named(&file, lang, name.as_deref())?.close()?;
                say(lang, &file, "Created", "Creado");
                return Ok(ExitCode::SUCCESS);
            }
            let kind = kind
                .or(answers.as_ref().map(|a| a.kind))
                .unwrap_or_default();
            let name = name
                .or_else(|| {
                    answers
                        .as_ref()
                        .map(|a| a.name.clone())
                        .filter(|n| !n.is_empty())
                })
                .unwrap_or_else(|| rumbo_store::name_from_path(&file));
            let Some(mut answers) = answers else {
                let doc = rumbo_start::template::workspace(kind, lang, &name);
                Workspace::create_from(&file, &doc)?.close()?;
                say(lang, &file, "Created", "Creado");
                return Ok(ExitCode::SUCCESS);
            };
            answers.kind = kind;
            answers.name = name;
            let today = chrono::Local::now().date_naive();
            let (draft, doc) = rumbo_start::workspace_from_answers(&answers, today, lang);
            answers.step = InterviewStep::Done;
            let saved =
                serde_json::to_string(&answers).map_err(|e| Error::Internal(e.to_string()))?;
            let mut workspace = Workspace::create_from(&file, &doc)?;
            workspace.save_interview(&saved)?;
            workspace.close()?;
            say(lang, &file, "Created", "Creado");
            eprint!("{}", terminal_safe(&draft_summary(&draft, lang)));
        }
        Command::Templates { format } => {
            let list = rumbo_start::template::list(lang);
            let text = match format {
                Format::Json => {
                    let mut json = serde_json::to_string_pretty(&list)
                        .map_err(|e| Error::Internal(e.to_string()))?;
                    json.push('\n');
                    json
                }
                Format::Text => list
                    .iter()
                    .map(|t| {
                        format!(
                            "{:<22} {}\n{:<22} {}\n",
                            t.kind.as_str(),
                            t.label,
                            "",
                            t.description
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            };
            print(&text)?;
        }
        Command::Sample { file, size } => {
            let doc = match size {
                SampleSize::Small => sample::workspace(lang),
                SampleSize::Large => rumbo_core::large::workspace(lang),
                SampleSize::Accounts => rumbo_core::regional::workspace(lang),
            };
            Workspace::create_from(&file, &doc)?.close()?;
            say(
                lang,
                &file,
                "Created the sample workspace",
                "Creado el espacio de trabajo de ejemplo",
            );
        }
        Command::ExportJson { file, output } => {
            let workspace = Workspace::open_read_only(&file)?;
            let text = workspace.export()?.to_json()?;
            workspace.close()?;
            let out = output.unwrap_or_else(|| PathBuf::from(files::STANDARD));
            files::write_output(&out, text.as_bytes(), &[&file])?;
        }
        Command::ImportJson { json, file } => {
            let text = files::read_json_text(&json)?;
            let doc = WorkspaceDoc::from_json(&text).map_err(|e| Failure::Json(e, text))?;
            Workspace::create_from(&file, &doc)?.close()?;
            say(lang, &file, "Imported into", "Importado en");
        }
        Command::Check {
            file,
            format,
            as_of,
        } => {
            // The date is read first: a bad argument never opens the file.
            let today = parse_date(as_of)?.unwrap_or_else(|| chrono::Local::now().date_naive());
            let workspace = Workspace::open_read_only(&file)?;
            let doc = workspace.export()?;
            workspace.close()?;
            let report = rumbo_health::check(&doc, today, lang);
            let text = match format {
                Format::Text => terminal_safe(&rumbo_health::report_text(&report, lang)),
                Format::Json => {
                    let mut json = serde_json::to_string_pretty(&report)
                        .map_err(|e| Error::Internal(e.to_string()))?;
                    json.push('\n');
                    json
                }
            };
            print(&text)?;
            if report.has_errors() {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Render {
            file,
            format,
            output,
            date,
            version,
            archival,
            save_version,
            classification,
            readers,
            annex,
        } => {
            // Arguments are read first: a bad one never opens the file.
            let date = parse_date(date)?;
            // A text published on its own (the house rules, the staff-use
            // policy, the legal notice), or an annex of the document alone.
            let published = annex.as_deref().and_then(PolicyKind::from_annex_name);
            let annex = annex.filter(|_| published.is_none());
            let alone = match annex {
                Some(name) => Some(
                    DocSection::ALONE
                        .iter()
                        .copied()
                        .find(|s| s.annex_name() == name.trim() || s.as_str() == name.trim())
                        .ok_or(Failure::NoAnnex(name))?,
                ),
                None => None,
            };
            let marking = classification.map(|c| marking(&c));
            if let Some(readers) = &readers {
                rumbo_core::model::check(
                    DocumentSettings {
                        readers: readers.clone(),
                        ..DocumentSettings::default()
                    }
                    .normalized()
                    .issues(),
                )?;
            }
            if let Some((_, label)) = &marking {
                rumbo_core::model::check(
                    DocumentSettings {
                        classification_label: label.clone(),
                        ..DocumentSettings::default()
                    }
                    .normalized()
                    .issues(),
                )?;
            }
            let saving = save_version.filter(|_| version.is_none());
            if let Some(note) = &saving {
                rumbo_core::model::check(rumbo_core::model::version_note_issues(note))?;
            }
            // Only read, unless a version is to be saved (then the file must
            // be writable before anything is written).
            let mut workspace = if saving.is_some() {
                let workspace = Workspace::open_without_backup(&file)?;
                if workspace.is_read_only() {
                    return Err(Error::ReadOnly(file).into());
                }
                workspace
            } else {
                Workspace::open_read_only(&file)?
            };
            let version_id = match version {
                Some(number) => Some(
                    workspace
                        .versions()?
                        .into_iter()
                        .find(|v| v.number == number)
                        .ok_or(Failure::NoVersion(number))?
                        .id,
                ),
                None => None,
            };
            let mut job =
                workspace.document_edition(version_id, chrono::Local::now().date_naive())?;
            if let Some((classification, label)) = marking {
                job.doc.document.classification = classification;
                job.doc.document.classification_label = label;
            }
            if let Some(readers) = readers {
                job.doc.document.readers = readers.trim().to_string();
            }
            if let Some(date) = date {
                job.date = date;
            }
            if let Some(doc_lang) = doc_lang {
                job.doc.document.lang = doc_lang;
            }
            if version.is_none() && alone.is_none() && published.is_none() && summary_is_stale(&job)
            {
                eprintln!(
                    "{}",
                    lang.pick(
                        "rumbo: the strategy changed since its executive summary was written; the summary is printed as written.",
                        "rumbo: la estrategia ha cambiado desde que se escribió su resumen ejecutivo; el resumen se imprime tal como se escribió."
                    )
                );
            }
            let Some(note) = saving else {
                // Read: let go of the file before the long part.
                workspace.close()?;
                if let Some(kind) = published {
                    let rendered = rumbo_doc::annex::render(
                        &job.doc,
                        kind,
                        format.format(),
                        job.date,
                        archival,
                    )?;
                    files::write_output(&output, &rendered.bytes, &[&file])?;
                    say(lang, &output, "Wrote", "Escrito");
                    return Ok(ExitCode::SUCCESS);
                }
                let source = Source::from(&job);
                let source = match alone {
                    Some(annex) => source.alone(annex),
                    None => source,
                };
                let rendered =
                    rumbo_doc::Renderer::new().render(&source, format.format(), archival)?;
                files::write_output(&output, &rendered.bytes, &[&file])?;
                say(lang, &output, "Wrote", "Escrito");
                return Ok(ExitCode::SUCCESS);
            };
            // A document saved as a version says so on its cover and lists
            // itself in "Versions and approval".
            job = job.saving_as(workspace.next_version_number()?, &note);
            let rendered = rumbo_doc::Renderer::new().render(
                &Source::from(&job),
                format.format(),
                archival,
            )?;
            let existed = std::fs::symlink_metadata(&output).is_ok();
            files::write_output(&output, &rendered.bytes, &[&file])?;
            match workspace.save_version(job.date, &note, job.doc.document.lang) {
                Ok(saved) => match lang {
                    Lang::En => eprintln!("Saved as version {}", saved.number),
                    Lang::Es => eprintln!("Guardado como versión {}", saved.number),
                },
                Err(error) => {
                    // Nothing written: the document made for this version goes too.
                    if !existed && output != Path::new(files::STANDARD) {
                        let _ = std::fs::remove_file(&output);
                    }
                    return Err(error.into());
                }
            }
            workspace.close()?;
            say(lang, &output, "Wrote", "Escrito");
        }
        Command::Versions { file, format } => {
            let workspace = Workspace::open_read_only(&file)?;
            let versions = workspace.versions()?;
            workspace.close()?;
            if let Format::Json = format {
                let mut text = serde_json::to_string_pretty(&versions)
                    .map_err(|e| Error::Internal(e.to_string()))?;
                text.push('\n');
                print(&text)?;
                return Ok(ExitCode::SUCCESS);
            }
            if versions.is_empty() {
                print(lang.pick(
                    "No saved versions yet.\n",
                    "Aún no hay versiones guardadas.\n",
                ))?;
            }
            let mut text = String::new();
            for v in versions {
                let approval = match &v.approval {
                    None => lang.pick("not approved", "sin aprobar").to_string(),
                    Some(a) => {
                        let mut said = match lang {
                            Lang::En => {
                                format!("approved {} by {}", a.date.format("%Y-%m-%d"), a.by)
                            }
                            Lang::Es => {
                                format!("aprobada el {} por {}", a.date.format("%Y-%m-%d"), a.by)
                            }
                        };
                        if !a.role.is_empty() {
                            said.push_str(&format!(" ({})", a.role));
                        }
                        if !a.reservations.is_empty() {
                            said.push_str(&format!(
                                "; {}: {}",
                                lang.pick("reservations", "reservas"),
                                a.reservations
                            ));
                        }
                        said
                    }
                };
                text.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\n",
                    v.number,
                    v.date.format("%Y-%m-%d"),
                    v.lang.code(),
                    rumbo_core::text::visible(&v.note),
                    rumbo_core::text::visible(&approval),
                ));
            }
            print(&text)?;
        }
        Command::Approve {
            file,
            number,
            by,
            role,
            date,
            reservations,
            withdraw,
        } => {
            // Arguments first: a bad one never opens the file.
            let approval = if withdraw {
                None
            } else {
                let date = parse_date(date)?.unwrap_or_else(|| chrono::Local::now().date_naive());
                Some(
                    Approval {
                        by: by.unwrap_or_default(),
                        role,
                        date,
                        reservations,
                    }
                    .validated()?,
                )
            };
            let mut workspace = Workspace::open_without_backup(&file)?;
            if workspace.is_read_only() {
                return Err(Error::ReadOnly(file).into());
            }
            let found = workspace
                .versions()?
                .into_iter()
                .find(|v| v.number == number)
                .ok_or(Failure::NoVersion(number))?;
            let approved = workspace.approve_version(found.id, approval)?;
            workspace.close()?;
            match (&approved.approval, lang) {
                (Some(a), Lang::En) => eprintln!("Version {number} approved by {}", a.by),
                (Some(a), Lang::Es) => eprintln!("Versión {number} aprobada por {}", a.by),
                (None, Lang::En) => eprintln!("Version {number}: approval withdrawn"),
                (None, Lang::Es) => eprintln!("Versión {number}: aprobación retirada"),
            }
        }
        Command::Backups { file, format } => {
            // A typo does not list "no backups": the workspace must be one,
            // or have a backups folder — a damaged workspace's backups are
            // listed, since that is when they are needed.
            if let Err(error) = Workspace::open_read_only(&file).and_then(Workspace::close) {
                if !backup::folder(&file).is_dir() {
                    return Err(error.into());
                }
                eprintln!("rumbo: {}", error.message(lang));
            }
            let backups = backup::list(&file)?;
            match format {
                Format::Json => {
                    let mut json = serde_json::to_string_pretty(&backups)
                        .map_err(|e| Error::Internal(e.to_string()))?;
                    json.push('\n');
                    print(&json)?;
                }
                Format::Text if backups.is_empty() => {
                    print(lang.pick("No backups yet.\n", "Aún no hay copias de seguridad.\n"))?
                }
                Format::Text => {
                    let mut text = String::new();
                    for b in &backups {
                        let origin = match b.origin {
                            BackupOrigin::Own => "",
                            BackupOrigin::OtherWorkspace => {
                                lang.pick("\t(another workspace)", "\t(otro espacio de trabajo)")
                            }
                            BackupOrigin::Unknown => {
                                lang.pick("\t(origin unknown)", "\t(origen desconocido)")
                            }
                        };
                        text.push_str(&format!(
                            "{}\t{}\t{}\t{}{origin}\n",
                            b.taken_at.format("%Y-%m-%d %H:%M:%S UTC"),
                            b.reason.label(lang),
                            size(b.size, lang),
                            rumbo_core::text::visible(&b.path.display().to_string())
                        ));
                    }
                    print(&text)?;
                }
            }
        }
        Command::Backup { file } => {
            let mut workspace = Workspace::open_read_only(&file)?;
            let taken = workspace.backup(BackupReason::Manual)?;
            workspace.close()?;
            say(
                lang,
                &taken.path,
                "Backed up to",
                "Copia de seguridad guardada en",
            );
        }
        Command::Restore {
            file,
            backup: chosen,
            latest,
            force,
        } => {
            let chosen = match (chosen, latest) {
                (Some(path), _) => path,
                (None, _) => backup::latest_good_or_error(&file)?.path,
            };
            let restored = backup::restore(&file, &chosen, force)?;
            say(lang, &chosen, "Restored from", "Restaurado desde");
            if let Some(before) = restored.before_restore {
                say(
                    lang,
                    &before.path,
                    "The workspace as it was is kept in",
                    "El espacio de trabajo tal como estaba se conserva en",
                );
            }
            if let Some(aside) = restored.damaged_moved_to {
                say(
                    lang,
                    &aside,
                    "The damaged file was kept as",
                    "El archivo dañado se conserva como",
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The line of `text` a JSON error points at, with a caret under its
/// column, as compilers show it:
///
/// ```text
///   368 |       "network": "twitter",
///       |                  ^
/// ```
///
/// A long line is cut around the column; control characters are shown as
/// symbols.
fn excerpt(text: &str, line: usize, column: Option<usize>) -> String {
    const WIDTH: usize = 100;
    let Some(row) = text.lines().nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let chars: Vec<char> = row.chars().collect();
    let column = column.unwrap_or(1).clamp(1, chars.len().max(1));
    let start = column
        .saturating_sub(WIDTH / 2)
        .min(chars.len().saturating_sub(WIDTH));
    let end = (start + WIDTH).min(chars.len());
    let shown: String = chars.get(start..end).unwrap_or_default().iter().collect();
    let (before, after) = (start > 0, end < chars.len());
    let shown = format!(
        "{}{}{}",
        if before { "…" } else { "" },
        rumbo_core::text::visible(&shown),
        if after { "…" } else { "" }
    );
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    let caret = " ".repeat(column - start - 1 + usize::from(before));
    format!("  {number} | {shown}\n  {pad} | {caret}^\n")
}

/// A file size for people: "412 KB", "1,5 MB".
fn size(bytes: u64, lang: Lang) -> String {
    let text = if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    };
    match lang {
        Lang::En => text,
        Lang::Es => text.replace('.', ","),
    }
}

/// Text for a terminal: control characters but line feeds and tabs shown
/// as visible symbols (see `rumbo_core::text::visible`).
fn terminal_safe(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            line.split('\t')
                .map(rumbo_core::text::visible)
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes `text` to standard output.
fn print(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Error::io(Path::new("<stdout>"), &e))
}

/// What a draft written from answers holds, for the terminal.
fn draft_summary(draft: &rumbo_start::Draft, lang: Lang) -> String {
    let names = |items: Vec<&str>| items.join(", ");
    let mut out = String::new();
    let kept = |b: &bool| *b;
    let channels: Vec<&str> = draft
        .channels
        .iter()
        .filter(|c| kept(&c.include))
        .map(|c| c.name.as_str())
        .collect();
    let objectives: Vec<&str> = draft
        .objectives
        .iter()
        .filter(|o| o.include)
        .map(|o| {
            if o.presence && o.as_written {
                o.aim.as_str()
            } else {
                o.goal.title.as_str()
            }
        })
        .collect();
    let effort = rumbo_core::format::number(draft.effort(), lang);
    if !channels.is_empty() {
        out += &match lang {
            Lang::En => format!(
                "  Channels to consider: {} (about {effort} hours a week",
                names(channels)
            ),
            Lang::Es => format!(
                "  Canales en estudio: {} (unas {effort} horas a la semana",
                names(channels)
            ),
        };
        out += &match (draft.hours_available, lang) {
            (Some(h), Lang::En) => {
                format!("; {} available)\n", rumbo_core::format::number(h, lang))
            }
            (Some(h), Lang::Es) => {
                format!("; {} disponibles)\n", rumbo_core::format::number(h, lang))
            }
            (None, _) => ")\n".to_string(),
        };
    }
    if draft.over_hours() {
        out += lang.pick(
            "  These channels take more hours than are available: keep fewer, or find more time.\n",
            "  Estos canales requieren más horas de las disponibles: mantén menos o busca más tiempo.\n",
        );
    }
    if !objectives.is_empty() {
        out += &match lang {
            Lang::En => format!("  Objectives: {}\n", names(objectives)),
            Lang::Es => format!("  Objetivos: {}\n", names(objectives)),
        };
    }
    for o in draft
        .objectives
        .iter()
        .filter(|o| o.presence && !o.as_written)
    {
        out += &match lang {
            Lang::En => format!(
                "  “{}” states presence, not a result: written as “{}”; set its target.\n",
                o.aim, o.goal.title
            ),
            Lang::Es => format!(
                "  «{}» expresa presencia, no un resultado: se ha escrito como «{}»; fija su meta.\n",
                o.aim, o.goal.title
            ),
        };
    }
    out
}

/// Says on standard error what was done with `file` (nothing for standard
/// output, which holds the result itself).
fn say(lang: Lang, file: &Path, en: &str, es: &str) {
    if file != Path::new(files::STANDARD) {
        let shown = rumbo_core::text::visible(&file.display().to_string());
        eprintln!("{} {shown}", lang.pick(en, es));
    }
}
