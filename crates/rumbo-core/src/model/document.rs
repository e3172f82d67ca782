//! What the workspace keeps about its strategy document: the cover's title
//! and author, the document date, the language, which sections to leave
//! out, its classification and readers, and the community manager's own
//! words (an introduction, a text for any chapter, the executive summary).
//! Saved versions (snapshots) and their approvals live in the workspace
//! file, not here.

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
        Introduction = "introduction", "Introduction", "Introducción";
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
        Conduct = "conduct", "Conduct and moderation", "Normas de conducta y moderación";
        Crisis = "crisis", "Crisis playbook", "Protocolo de crisis";
        Policies = "policies", "Policies", "Políticas";
        Recommendations = "recommendations", "Recommendations and decisions", "Recomendaciones y decisiones";
        Roadmap = "roadmap", "Roadmap", "Hoja de ruta";
        Health = "health", "Health check", "Diagnóstico";
        Changes = "changes", "What changed", "Qué ha cambiado";
        Annexes = "annexes", "Annexes", "Anexos";
        RequestForm = "request_form", "Annex: account-request form", "Anexo: formulario de solicitud de cuenta";
        Versions = "versions", "Versions and approval", "Versiones y aprobación";
    }
}

labelled_enum! {
    /// Who may read the document, as its cover and footers say. `None`
    /// prints no marking; `Custom` prints the settings' own label.
    Classification {
        None = "none", "No marking", "Sin marca";
        Public = "public", "Public", "Público";
        Internal = "internal", "Internal use", "Uso interno";
        Confidential = "confidential", "Confidential", "Confidencial";
        Custom = "custom", "Other label", "Otra etiqueta";
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

impl DocSection {
    /// The annexes that print on their own, as a text ready to hand out or
    /// publish: no cover, no contents, only the annex under its own title.
    pub const ALONE: &'static [DocSection] = &[DocSection::RequestForm];

    /// Whether the section prints on its own (see [`DocSection::ALONE`]).
    pub fn prints_alone(self) -> bool {
        DocSection::ALONE.contains(&self)
    }

    /// The title of the section printed on its own ("Account request
    /// form", not "Annex: …"); its chapter title for the others.
    pub fn alone_title(self, lang: Lang) -> &'static str {
        match self {
            DocSection::RequestForm => {
                lang.pick("Account request form", "Formulario de solicitud de cuenta")
            }
            other => other.label(lang),
        }
    }

    /// The title of the save dialog that exports the section alone.
    pub fn export_title(self, lang: Lang) -> &'static str {
        match self {
            DocSection::RequestForm => lang.pick(
                "Export the account request form",
                "Exportar el formulario de solicitud de cuenta",
            ),
            _ => lang.pick("Export the document", "Exportar el documento"),
        }
    }

    /// The name the command line takes for a section printed alone
    /// (`request-form`).
    pub fn annex_name(self) -> String {
        self.as_str().replace('_', "-")
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
    /// The marking on the cover and every footer.
    pub classification: Classification,
    /// The marking's text when `classification` is `custom` ("Borrador
    /// para el Pleno"); ignored otherwise.
    pub classification_label: String,
    /// Whom the document is for ("Management and heads of department");
    /// empty prints nothing.
    pub readers: String,
    /// Whether the readiness score is printed (in the summary and the
    /// health check). The findings are printed either way when the health
    /// check's section is shown.
    pub show_score: bool,
    /// The organization's own introduction (purpose and scope, context, why
    /// social media), printed as the first chapter after the summary; empty
    /// leaves the chapter out.
    pub introduction: String,
    /// The community manager's own text for a chapter, printed before what
    /// Rumbo generates for it. At most one per section.
    pub chapter_texts: Vec<ChapterText>,
    /// The executive summary as the community manager wrote it; empty
    /// prints the generated one.
    pub summary: String,
    /// The generated summary the written one started from (or was last
    /// checked against): when the generated summary no longer matches it,
    /// the data changed since, and the app says so. Never printed.
    pub summary_basis: String,
}

/// The community manager's text for one chapter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChapterText {
    pub section: DocSection,
    pub text: String,
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
            classification: Classification::Internal,
            classification_label: String::new(),
            readers: String::new(),
            show_score: true,
            introduction: String::new(),
            chapter_texts: Vec::new(),
            summary: String::new(),
            summary_basis: String::new(),
        }
    }

    pub fn normalized(mut self) -> DocumentSettings {
        trim_all(&mut [
            &mut self.title,
            &mut self.author,
            &mut self.classification_label,
            &mut self.readers,
            &mut self.introduction,
            &mut self.summary,
            &mut self.summary_basis,
        ]);
        self.hidden_sections.sort_unstable();
        self.hidden_sections.dedup();
        // One text a chapter, in the document's order; an empty one is none.
        // The summary and the introduction have fields of their own.
        for chapter in &mut self.chapter_texts {
            trim_all(&mut [&mut chapter.text]);
        }
        self.chapter_texts.retain(|c| {
            !c.text.is_empty()
                && !matches!(c.section, DocSection::Summary | DocSection::Introduction)
        });
        self.chapter_texts.sort_by_key(|c| c.section);
        self.chapter_texts.dedup_by_key(|c| c.section);
        if self.summary.is_empty() {
            self.summary_basis.clear();
        }
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .short("title", &self.title)
            .short("author", &self.author)
            .date("date", self.date)
            .short("classificationLabel", &self.classification_label)
            .short("readers", &self.readers)
            .long("introduction", &self.introduction)
            .long("summary", &self.summary)
            .long("summaryBasis", &self.summary_basis);
        if self.classification == Classification::Custom && self.classification_label.is_empty() {
            issues.push(
                "classificationLabel",
                crate::error::IssueKind::RequiredBecause {
                    because: crate::error::Because::CustomClassification,
                },
            );
        }
        if self
            .chapter_texts
            .iter()
            .any(|c| c.text.chars().count() > super::MAX_LONG)
        {
            issues.push(
                "chapterTexts",
                crate::error::IssueKind::TooLong {
                    max: super::MAX_LONG,
                },
            );
        }
        issues.done()
    }

    /// The marking printed on the cover and footers; empty for none.
    pub fn marking(&self, lang: Lang) -> String {
        match self.classification {
            Classification::None => String::new(),
            Classification::Custom => self.classification_label.clone(),
            other => other.label(lang).to_string(),
        }
    }

    /// The community manager's text for `section`, if any.
    pub fn chapter_text(&self, section: DocSection) -> Option<&str> {
        self.chapter_texts
            .iter()
            .find(|c| c.section == section && !c.text.is_empty())
            .map(|c| c.text.as_str())
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
/// date, the note the community manager wrote, when it was saved and, once
/// someone approved it, the approval. The snapshot of the data it was made
/// from is kept with it in the workspace.
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
    /// Who approved it, when and with what reservations; `None` until then.
    pub approval: Option<Approval>,
}

/// The sign-off of a saved version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Approval {
    /// Who approved it ("Marta Ruiz").
    pub by: String,
    /// In what capacity ("Directora gerente").
    pub role: String,
    /// The day it was approved.
    pub date: NaiveDate,
    /// Any reservations, as written; empty for none.
    pub reservations: String,
}

impl Approval {
    pub fn normalized(mut self) -> Approval {
        trim_all(&mut [&mut self.by, &mut self.role, &mut self.reservations]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("by", &self.by)
            .short("by", &self.by)
            .short("role", &self.role)
            .date("date", Some(self.date))
            .long("reservations", &self.reservations)
            .done()
    }

    pub fn validated(self) -> Result<Approval> {
        let approval = self.normalized();
        check(approval.issues())?;
        Ok(approval)
    }
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
    /// The saved versions (newest first) with their notes and approvals:
    /// the edition history, and a saved version's sign-off. A saved version
    /// prints those up to itself.
    pub versions: Vec<DocumentVersion>,
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
            versions: Vec::new(),
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
            versions: vec![version.clone()],
        }
    }

    /// The edition history to print: every saved version, newest first
    /// (the list the workspace gives).
    pub fn with_versions(mut self, versions: Vec<DocumentVersion>) -> DocumentEdition {
        self.versions = versions;
        self
    }

    /// This document as the version about to be saved as number `number`
    /// with `note`: it says so on its cover and lists itself in "Versions
    /// and approval", as it will when rendered again from the saved version.
    pub fn saving_as(mut self, number: u32, note: &str) -> DocumentEdition {
        self.version = Some(number);
        self.versions.retain(|v| v.number != number);
        self.versions.insert(
            0,
            DocumentVersion {
                id: 0,
                number,
                date: self.date,
                note: note.trim().to_string(),
                lang: self.doc.document.lang,
                saved_at: String::new(),
                approval: None,
            },
        );
        self
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
            ..DocumentSettings::in_language(Lang::Es)
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

    #[test]
    fn a_custom_marking_needs_its_label_and_none_prints_nothing() {
        let mut settings = DocumentSettings::in_language(Lang::Es);
        assert_eq!(settings.marking(Lang::Es), "Uso interno");
        settings.classification = Classification::None;
        assert_eq!(settings.marking(Lang::Es), "");
        settings.classification = Classification::Custom;
        let fields: Vec<&str> = settings.issues().iter().map(|i| i.field).collect();
        assert_eq!(fields, ["classificationLabel"]);
        settings.classification_label = " Borrador para el Pleno ".into();
        let settings = settings.validated().unwrap_or_default();
        assert_eq!(settings.marking(Lang::En), "Borrador para el Pleno");
    }

    #[test]
    fn chapter_texts_are_one_a_chapter_in_order_and_empty_ones_go() {
        let text = |section, text: &str| ChapterText {
            section,
            text: text.into(),
        };
        let settings = DocumentSettings {
            chapter_texts: vec![
                text(DocSection::Roadmap, "Later."),
                text(DocSection::Channels, "  First. "),
                text(DocSection::Audiences, "   "),
                text(DocSection::Summary, "Has its own field."),
                text(DocSection::Roadmap, "A second one."),
            ],
            summary_basis: "stale".into(),
            ..DocumentSettings::default()
        }
        .normalized();
        assert_eq!(
            settings.chapter_texts,
            [
                text(DocSection::Channels, "First."),
                text(DocSection::Roadmap, "Later.")
            ]
        );
        assert_eq!(settings.chapter_text(DocSection::Channels), Some("First."));
        assert_eq!(settings.summary_basis, "", "no summary, no basis");
    }

    #[test]
    fn an_approval_names_someone() {
        let approval = Approval {
            by: "  ".into(),
            role: "Gerente".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            reservations: String::new(),
        };
        assert!(approval.clone().validated().is_err());
        let approval = Approval {
            by: " Marta Ruiz ".into(),
            ..approval
        };
        assert_eq!(
            approval.validated().map(|a| a.by).ok().as_deref(),
            Some("Marta Ruiz")
        );
    }
}
