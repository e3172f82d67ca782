//! An annex published on its own: the house rules, the staff-use policy or
//! the legal notice as a text ready to publish on a website or an intranet
//! (PDF, HTML, Markdown or Word), from the window and from `rumbo render
//! --annex NAME`. It carries the organization's name, the title, the text
//! and the date of the approved version — nothing internal.

use chrono::{Datelike, NaiveDate};
use docx_rs::{Docx, Paragraph, RunFonts, Style, StyleType};
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{DocFormat, PolicyKind};
use rumbo_core::{Error, Result};
use serde_json::{Value, json};

use crate::{Output, data, text};

/// The annex's data: the organization, the policy's title and text as
/// blocks, and the approved version's date, in the document's language.
/// [`Error::NoAnnex`] when the workspace has no text of that kind.
pub fn data(doc: &WorkspaceDoc, kind: PolicyKind, date: NaiveDate) -> Result<Value> {
    let lang = doc.document.lang;
    let policy = doc
        .policies
        .iter()
        .find(|p| p.kind == kind && p.has_text())
        .ok_or(Error::NoAnnex { kind })?;
    let mut value = json!({
        "lang": lang.code(),
        "meta": {
            "organization": doc.profile.name,
            "author": doc.profile.name,
            "title": policy.title,
            "approved": data::approved_line(policy, lang),
            "dateIso": date.format("%Y-%m-%d").to_string(),
            "year": date.year(),
            "month": date.month(),
            "day": date.day(),
        },
        "blocks": data::blocks(&policy.text),
    });
    text::clean_all(&mut value);
    Ok(value)
}

/// The annex of `kind` in `format`, dated `date` (the PDF's date); an
/// `archival` PDF is PDF/A-2a and PDF/UA-1, as the document's.
pub fn render(
    doc: &WorkspaceDoc,
    kind: PolicyKind,
    format: DocFormat,
    date: NaiveDate,
    archival: bool,
) -> Result<Output> {
    let value = data(doc, kind, date)?;
    match format {
        DocFormat::Pdf => {
            let mut value = value;
            text::breakable_all(&mut value);
            let json = serde_json::to_vec(&value).map_err(|e| Error::Internal(e.to_string()))?;
            let mut world = crate::world::DocWorld::annex();
            world.set_data(json, date);
            let warned = typst::compile::<typst_layout::PagedDocument>(&world);
            let document = warned.output.map_err(|errors| {
                let messages: Vec<String> = errors
                    .iter()
                    .map(|e| format!("{} ({})", e.message, world.line_of(e.span)))
                    .collect();
                Error::Internal(format!(
                    "the annex could not be laid out: {}",
                    messages.join("; ")
                ))
            })?;
            let bytes = crate::pdf(&document, date, archival)?;
            crate::evict();
            Ok(Output {
                bytes,
                pages: u32::try_from(document.pages().len()).ok(),
            })
        }
        DocFormat::Html => Ok(Output {
            bytes: crate::markup::annex("annex.html", value)?.into_bytes(),
            pages: None,
        }),
        DocFormat::Md => Ok(Output {
            bytes: crate::markup::annex("annex.md", value)?.into_bytes(),
            pages: None,
        }),
        DocFormat::Docx => Ok(Output {
            bytes: docx(&value)?,
            pages: None,
        }),
    }
}

fn docx(value: &Value) -> Result<Vec<u8>> {
    let meta = &value["meta"];
    let get = |key: &str| meta.get(key).and_then(Value::as_str).unwrap_or_default();
    let mut doc = Docx::new()
        .default_fonts(RunFonts::new().ascii("Inter").hi_ansi("Inter").cs("Inter"))
        .default_size(21)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(44)
                .bold()
                .color("146660"),
        )
        .add_paragraph(Paragraph::new().add_run(crate::docx::run(get("organization")).bold()))
        .add_paragraph(
            Paragraph::new()
                .add_run(crate::docx::run(get("title")))
                .style("Title"),
        );
    let blocks = value
        .get("blocks")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    doc = crate::docx::text_blocks(doc, blocks);
    if !get("approved").is_empty() {
        doc = doc.add_paragraph(crate::docx::small(get("approved")));
    }
    crate::docx::pack(
        doc,
        meta,
        value.get("lang").and_then(Value::as_str).unwrap_or("en"),
    )
}
