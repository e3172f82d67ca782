//! `rumbo`: the command line over the same workspace file as the app.
//!
//! Exit codes: 0 success; 1 `check` found errors not accepted as a known
//! risk; 2 bad input (a file that cannot be read or written, a file that is
//! not a workspace, bad JSON, bad arguments).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::{Error, Lang, Result, sample};
use rumbo_store::Workspace;

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
        /// The organization's name (default: the file name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Create a workspace holding the sample organization, a regional employment agency.
    Sample {
        /// The workspace file to create (it must not exist).
        file: PathBuf,
    },
    /// Write a workspace as JSON (the interchange format, docs/json-format.md).
    ExportJson {
        /// The workspace file to read.
        file: PathBuf,
        /// Write to this file instead of standard output.
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
}

/// Why a command failed. Every failure exits with status 2.
enum Failure {
    /// An error of the core or the storage, with its bilingual message.
    Core(Error),
    /// A date argument that is not a date.
    BadDate(String),
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
    match run(cli.command, lang) {
        Ok(code) => code,
        Err(Failure::Core(error)) => {
            eprintln!("rumbo: {}", error.message(lang));
            if let Error::Validation(issues) = &error {
                for issue in issues {
                    eprintln!("  {}: {}", issue.field, issue.message(lang));
                }
            }
            ExitCode::from(2)
        }
        Err(Failure::BadDate(text)) => {
            match lang {
                Lang::En => eprintln!(
                    "rumbo: “{text}” is not a date: write it as YYYY-MM-DD, for example 2026-11-23."
                ),
                Lang::Es => eprintln!(
                    "rumbo: «{text}» no es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-11-23."
                ),
            }
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, lang: Lang) -> Result<ExitCode, Failure> {
    match command {
        Command::New { file, name } => {
            let mut workspace = Workspace::create(&file, lang)?;
            if let Some(name) = name {
                let profile = workspace.profile()?;
                workspace.save_profile(rumbo_core::model::Profile { name, ..profile })?;
            }
            workspace.close()?;
            say(lang, &file, "Created", "Creado");
        }
        Command::Sample { file } => {
            Workspace::create_from(&file, &sample::workspace(lang))?.close()?;
            say(
                lang,
                &file,
                "Created the sample workspace",
                "Creado el espacio de trabajo de ejemplo",
            );
        }
        Command::ExportJson { file, output } => {
            let workspace = Workspace::open(&file)?;
            let text = workspace.export()?.to_json()?;
            workspace.close()?;
            match output {
                Some(out) => rumbo_store::files::write_atomically(&out, text.as_bytes())?,
                None => print(&text)?,
            }
        }
        Command::ImportJson { json, file } => {
            let text = read_text(&json)?;
            let doc = WorkspaceDoc::from_json(&text)?;
            Workspace::create_from(&file, &doc)?.close()?;
            say(lang, &file, "Imported into", "Importado en");
        }
        Command::Check {
            file,
            format,
            as_of,
        } => {
            // The date is read first: a bad argument never opens the file.
            let today = match as_of {
                Some(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                    .map_err(|_| Failure::BadDate(text))?,
                None => chrono::Local::now().date_naive(),
            };
            let workspace = Workspace::open(&file)?;
            let doc = workspace.export()?;
            workspace.close()?;
            let report = rumbo_health::check(&doc, today, lang);
            let text = match format {
                Format::Text => rumbo_health::report_text(&report, lang),
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
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to standard output.
fn print(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Error::io(Path::new("<stdout>"), &e))
}

fn say(lang: Lang, file: &Path, en: &str, es: &str) {
    eprintln!("{} {}", lang.pick(en, es), file.display());
}

fn read_text(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(path, &e))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    }
    String::from_utf8(bytes).map_err(|_| Error::BadJson {
        detail: "the file is not UTF-8 text".into(),
    })
}
