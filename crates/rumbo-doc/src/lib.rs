//! The strategy document: what a community manager hands to management.
//!
//! [`data::build`] turns a workspace into the document's data (labels in
//! the document's language, numbers and dates written out by
//! [`rumbo_core::format`], the health check, the comparison with the
//! previous version), its text cleaned of what no format can hold. Four
//! formats read it:
//!
//! - PDF (and page previews) through Typst, in a sandboxed [`world`] that
//!   serves only the compiled-in template and the data as `/data.json`;
//! - HTML and Markdown through minijinja templates that escape every value;
//! - DOCX through docx-rs.
//!
//! The crate does no file or network I/O: it returns bytes.

pub mod annex;
pub mod changes;
pub mod data;
mod diagnosis;
mod docx;
mod docx_running;
mod grammar;
mod markup;
mod messages;
mod running;
pub mod strings;
mod text;
pub mod world;

use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use rumbo_core::model::DocFormat;
use rumbo_core::{Error, Result};
use typst::foundations::{Datetime, Smart};

use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use data::{Previous, Source, generated_summary};
pub use docx::docx;
pub use markup::{html, markdown};
pub use typst_layout::PagedDocument;
pub use world::DocWorld;

/// A finished rendering.
#[derive(Debug, Clone)]
pub struct Output {
    pub bytes: Vec<u8>,
    /// The number of pages (PDF only).
    pub pages: Option<u32>,
}

/// Compiles documents to pages, keeping Typst's world between compiles so
/// that a document compiled again after a small edit is quick. One per
/// window or process; not shared between threads at once.
#[derive(Default)]
pub struct Renderer {
    world: DocWorld,
}

impl Renderer {
    pub fn new() -> Renderer {
        Renderer::default()
    }

    /// Lays out the document's pages.
    pub fn layout(&mut self, source: &Source<'_>) -> Result<PagedDocument> {
        // A workspace within Rumbo's limits prints in bounded time and
        // memory; one beyond them (made some other way) is refused.
        source.doc.check_limits()?;
        let mut value = data::build(source);
        text::breakable_all(&mut value);
        text::fit_roadmap_labels(&mut value);
        let json = serde_json::to_vec(&value).map_err(|e| Error::Internal(e.to_string()))?;
        self.world.set_data(json, source.date);
        let warned = typst::compile::<PagedDocument>(&self.world);
        warned.output.map_err(|errors| {
            let messages: Vec<String> = errors
                .iter()
                .map(|e| format!("{} ({})", e.message, self.world.line_of(e.span)))
                .collect();
            Error::Internal(format!(
                "the document could not be laid out: {}",
                messages.join("; ")
            ))
        })
    }

    /// Renders the document in `format`. `archival` asks for PDF/A-2a and
    /// PDF/UA-1 (PDF only).
    pub fn render(
        &mut self,
        source: &Source<'_>,
        format: DocFormat,
        archival: bool,
    ) -> Result<Output> {
        source.doc.check_limits()?;
        match format {
            DocFormat::Pdf => {
                let document = self.layout(source)?;
                let bytes = pdf(&document, source.date, archival)?;
                Ok(Output {
                    bytes,
                    pages: u32::try_from(document.pages().len()).ok(),
                })
            }
            DocFormat::Html => Ok(Output {
                bytes: html(source)?.into_bytes(),
                pages: None,
            }),
            DocFormat::Md => Ok(Output {
                bytes: markdown(source)?.into_bytes(),
                pages: None,
            }),
            DocFormat::Docx => Ok(Output {
                bytes: docx(source)?,
                pages: None,
            }),
        }
    }
}

/// Writes laid-out pages as a tagged PDF whose dates are the document date
/// (so the same data gives the same bytes).
pub fn pdf(document: &PagedDocument, date: NaiveDate, archival: bool) -> Result<Vec<u8>> {
    let datetime = Datetime::from_ymd_hms(
        date.year(),
        u8::try_from(date.month()).unwrap_or(1),
        u8::try_from(date.day()).unwrap_or(1),
        0,
        0,
        0,
    );
    let standards = if archival {
        PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1])
            .map_err(|e| Error::Internal(e.message().to_string()))?
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions {
        ident: Smart::Auto,
        timestamp: datetime.map(Timestamp::new_utc),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
        Error::Internal(format!(
            "the PDF could not be written: {}",
            messages.join("; ")
        ))
    })
}

/// One page as PNG, at `scale` pixels per point; `None` past the last page.
pub fn page_png(document: &PagedDocument, index: usize, scale: f32) -> Option<Vec<u8>> {
    let page = document.pages().get(index)?;
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(scale.clamp(0.25, 4.0))),
        render_bleed: false,
    };
    typst_render::render(page, &options).encode_png().ok()
}

/// Frees what Typst's caches hold beyond the last few compiles. Call it
/// after each compile in a long-running process.
pub fn evict() {
    comemo::evict(4);
}

/// Times `f` in milliseconds.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, u32) {
    let start = Instant::now();
    let value = f();
    let ms = u32::try_from(start.elapsed().as_millis()).unwrap_or(u32::MAX);
    (value, ms)
}
