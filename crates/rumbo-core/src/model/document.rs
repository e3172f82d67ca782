//! What the workspace keeps about its strategy document: the cover's title
//! and author, the document date, the language and which sections to leave
//! out. Saved versions (snapshots) live in the workspace file, not here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, Result};
use crate::interchange::WorkspaceDoc;
use crate::lang::Lang;

labelled_enum! {
    /// A section of the strategy document that can be left out. The cover
    /// and the table of contents are always there.
    DocSection {
        Summary = "summary", "Executive summary", "Resumen ejecutivo";
        Organization = "organization", "The organization", "La organización";
        Audiences = "audiences", "Audiences", "Públicos";
        Objectives = "objectives", "Objectives and KPIs", "Objetivos e indicadores";
        Channels = "channels", "Channel strategy", "Estrategia de canales";
        Accounts = "accounts", "Account registry", "Registro de cuentas";
        Procedure = "procedure", "Opening and closing accounts", "Apertura y cierre de cuentas";
        Editorial = "editorial", "Editorial line", "Línea editorial";
        ServiceLevels = "service_levels", "Service levels", "Niveles de servicio";
        Raci = "raci", "The CM across departments", "El CM en los departamentos";
        Internal = "internal", "Internal communication", "Comunicación interna";
        Staffing = "staffing", "Staffing and budget", "Equipo y presupuesto";
        Campaigns = "campaigns", "Campaigns", "Campañas";
        Recommendations = "recommendations", "Recommendations and decisions", "Recomendaciones y decisiones";
        Roadmap = "roadmap", "Roadmap", "Hoja de ruta";
        Health = "health", "Health check", "Diagnóstico";
        Changes = "changes", "What changed", "Qué ha cambiado";
        RequestForm = "request_form", "Annex: account-request form", "Anexo: formulario de solicitud de cuenta";
    }
}

labelled_enum! {
    /// A file format the document is exported to.
    DocFormat {
        Pdf = "pdf", "PDF", "PDF";
        Html = "html", "Web page (HTML)", "Página web (HTML)";
        Md = "md", "Markdown", "Markdown";
        Docx = "docx", "Word (DOCX)", "Word (DOCX)";
    }
}

impl DocFormat {
    /// The file-name extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.as_str()
    }
}

/// The document's settings. Every workspace has one set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocumentSettings {
    /// The cover's title; empty for "Social media and community strategy".
    pub title: String,
    /// The author on the cover; empty for the community manager.
    pub author: String,
    /// The date printed on the document and used by its health check. A
    /// fixed date makes the output reproducible; `None` takes the day of
    /// the export.
    pub date: Option<NaiveDate>,
    /// The document's language.
    pub lang: Lang,
    /// Sections left out of the document.
    pub hidden_sections: Vec<DocSection>,
}

impl Default for DocumentSettings {
    fn default() -> DocumentSettings {
        DocumentSettings::in_language(Lang::En)
    }
}

impl DocumentSettings {
    pub fn in_language(lang: Lang) -> DocumentSettings {
        DocumentSettings {
            title: String::new(),
            author: String::new(),
            date: None,
            lang,
            hidden_sections: Vec::new(),
        }
    }

    pub fn normalized(mut self) -> DocumentSettings {
        trim_all(&mut [&mut self.title, &mut self.author]);
        self.hidden_sections.sort_unstable();
        self.hidden_sections.dedup();
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .short("title", &self.title)
            .short("author", &self.author)
            .date("date", self.date)
            .done()
    }

    pub fn validated(self) -> Result<DocumentSettings> {
        let settings = self.normalized();
        check(settings.issues())?;
        Ok(settings)
    }

    /// Whether `section` is in the document.
    pub fn shows(&self, section: DocSection) -> bool {
        !self.hidden_sections.contains(&section)
    }
}

/// A saved version of the document: its number (1, 2, …), the document
/// date, the note the community manager wrote and when it was saved. The
/// snapshot of the data it was made from is kept with it in the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentVersion {
    pub id: i64,
    pub number: u32,
    /// The date printed on that version.
    pub date: NaiveDate,
    pub note: String,
    pub lang: Lang,
    /// When it was saved (RFC 3339, UTC).
    pub saved_at: String,
}

/// The longest note on a version.
pub const MAX_VERSION_NOTE: usize = super::MAX_SHORT * 4;

/// Checks a version's note.
pub fn version_note_issues(note: &str) -> Vec<FieldIssue> {
    let mut issues = Issues::default();
    if note.trim().chars().count() > MAX_VERSION_NOTE {
        issues.push(
            "note",
            crate::error::IssueKind::TooLong {
                max: MAX_VERSION_NOTE,
            },
        );
    }
    issues.done()
}

/// The document to write: the workspace as it is now (a draft) or as a
/// saved version was, its date and version number, and the saved version it
/// is compared with in "What changed". The app and the command line both
/// get it from `Workspace::document_edition`, so the rule is written once.
#[derive(Debug, Clone)]
pub struct DocumentEdition {
    pub doc: WorkspaceDoc,
    /// The date printed on it.
    pub date: NaiveDate,
    /// The saved version's number; `None` for a draft.
    pub version: Option<u32>,
    /// The version compared with: its number, date and workspace.
    pub previous: Option<(u32, NaiveDate, WorkspaceDoc)>,
}

impl DocumentEdition {
    /// The workspace now as a draft, compared with the newest saved version
    /// (if any), dated with the workspace's document date or else `today`.
    pub fn current(
        doc: WorkspaceDoc,
        today: NaiveDate,
        newest: Option<(DocumentVersion, WorkspaceDoc)>,
    ) -> DocumentEdition {
        DocumentEdition {
            date: doc.document.date.unwrap_or(today),
            doc,
            version: None,
            previous: newest.map(|(v, d)| (v.number, v.date, d)),
        }
    }

    /// A saved version as it was (in the language it was saved in),
    /// compared with the version saved before it.
    pub fn saved(
        version: &DocumentVersion,
        mut snapshot: WorkspaceDoc,
        before: Option<(DocumentVersion, WorkspaceDoc)>,
    ) -> DocumentEdition {
        snapshot.document.lang = version.lang;
        DocumentEdition {
            doc: snapshot,
            date: version.date,
            version: Some(version.number),
            previous: before.map(|(v, d)| (v.number, v.date, d)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_trimmed_sorted_and_checked() {
        let settings = DocumentSettings {
            title: "  Plan 2027 ".into(),
            author: "x".repeat(121),
            date: None,
            lang: Lang::Es,
            hidden_sections: vec![
                DocSection::Roadmap,
                DocSection::Audiences,
                DocSection::Roadmap,
            ],
        };
        let normal = settings.clone().normalized();
        assert_eq!(normal.title, "Plan 2027");
        assert_eq!(
            normal.hidden_sections,
            [DocSection::Audiences, DocSection::Roadmap]
        );
        assert!(!normal.shows(DocSection::Roadmap));
        assert!(normal.shows(DocSection::Summary));
        let fields: Vec<&str> = normal.issues().iter().map(|i| i.field).collect();
        assert_eq!(fields, ["author"]);
        assert!(settings.validated().is_err());
    }
}
