//! Fuzzing the document with hostile workspaces: control characters,
//! noncharacters, markup, long unbroken strings and extreme numbers in
//! every field, through every format. Whatever a workspace holds:
//!
//! - every format renders (no template error, no panic);
//! - no output holds a character XML 1.0 cannot hold, nor any other
//!   control character but tab and line breaks, nor a noncharacter;
//! - every XML part of the DOCX parses strictly;
//! - no number is written as `inf` or `NaN`;
//! - in the PDF, no word leaves the page's text area or is drawn over
//!   another.
//!
//! Short by default (each case writes four files and reads the PDF back
//! with poppler); `RUMBO_FUZZ_CASES=N` runs N/10 cases without the PDF and
//! N/50 with it (see rumbo-core's `tests/support/fuzz.rs`, included by
//! path). With `RUMBO_KEEP_DOCUMENTS=FOLDER`, a PDF whose layout fails is
//! kept there.

#[path = "../../rumbo-core/tests/support/fuzz.rs"]
mod fuzz;
#[path = "support/outputs.rs"]
mod outputs;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestCaseResult};
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{DocFormat, MAX_SHORT};
use rumbo_core::sample;
use rumbo_doc::{Renderer, Source};
use serde_json::Value;

/// The margins of the document's pages (2.2 cm), in points.
const MARGIN: f64 = 2.2 / 2.54 * 72.0;

/// Pieces of hostile text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        // Every C0 and C1 control, DEL, and the characters around them.
        (0u32..0xA0).prop_map(|c| char::from_u32(c).unwrap_or('?').to_string()),
        prop::sample::select(vec![
            "\u{b}",
            "\u{c}",
            "\r\n",
            "\r",
            "\n",
            "\t",
            "\u{85}",
            "\u{2028}",
            "\u{2029}",
            "\u{fffe}",
            "\u{ffff}",
            "\u{fdd0}",
            "\u{fdef}",
            "\u{1fffe}",
            "\u{10ffff}",
            "\u{200b}",
            "\u{200d}",
            "\u{a0}",
            "\u{301}",
            "\u{fffd}",
            "\u{e000}",
        ])
        .prop_map(str::to_string),
        prop::sample::select(vec![
            "#panic(\"x\")",
            "$x$",
            "*b*",
            "_u_",
            "<script>",
            "</w:t>",
            "&amp;",
            "]]>",
            "{{ d }}",
            "{% raw %}",
            "\\",
            "`",
            "|",
            "@",
            "/",
            "=cmd|' /C calc'!A0",
            "🙂",
            "Comunicación",
            "ñ",
            " ",
            "  ",
            "-",
            "1.",
            "# ",
        ])
        .prop_map(str::to_string),
        // Long unbroken strings: runs, handles, e-mails, links, numbers.
        (1usize..90).prop_map(|n| "x".repeat(n)),
        (1usize..40).prop_map(|n| format!("@{}", "handle".repeat(n / 4 + 1))),
        (1usize..5).prop_map(|n| format!("{}@example.org", "nombre.apellido".repeat(n))),
        (1usize..6).prop_map(|n| format!("https://example.org/{}", "path/segment/".repeat(n))),
        (1usize..30).prop_map(|n| "9".repeat(n)),
    ]
}

/// A hostile text of at most [`MAX_SHORT`] characters.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..10).prop_map(|pieces| {
        let text: String = pieces.concat();
        text.chars().take(MAX_SHORT - 6).collect()
    })
}

/// Extreme numbers, finite or not.
fn figure() -> impl Strategy<Value = f64> {
    prop::sample::select(vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        1e-300,
        f64::MIN_POSITIVE,
        123.456,
        999_999.995,
        1e15,
        -1e15,
        1e15 + 2.0,
        1.7e308,
        -1.7e308,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NAN,
    ])
}

/// Every free text of a workspace, as (collection, key); `None` is the
/// profile or the document settings.
const FIELDS: &[(Option<&str>, &str)] = &[
    (None, "name"),
    (None, "sector"),
    (None, "mission"),
    (None, "values"),
    (None, "cmName"),
    (None, "cmReportsTo"),
    (None, "title"),
    (None, "author"),
    (Some("departments"), "name"),
    (Some("departments"), "head"),
    (Some("activities"), "name"),
    (Some("audiences"), "name"),
    (Some("audiences"), "description"),
    (Some("audiences"), "needs"),
    (Some("fitCriteria"), "name"),
    (Some("channels"), "name"),
    (Some("channels"), "handle"),
    (Some("channels"), "purpose"),
    (Some("channels"), "tone"),
    (Some("channels"), "cadence"),
    (Some("channels"), "owner"),
    (Some("channels"), "rejectionReason"),
    (Some("channels"), "notes"),
    (Some("objectives"), "title"),
    (Some("objectives"), "description"),
    (Some("objectives"), "kpiMetric"),
    (Some("objectives"), "kpiUnit"),
    (Some("objectives"), "owner"),
    (Some("campaigns"), "name"),
    (Some("campaigns"), "description"),
    (Some("flows"), "name"),
    (Some("flows"), "audience"),
    (Some("flows"), "owner"),
    (Some("flows"), "feedback"),
    (Some("infoNeeds"), "what"),
    (Some("recommendations"), "title"),
    (Some("recommendations"), "recipient"),
    (Some("recommendations"), "rationale"),
    (Some("recommendations"), "outcome"),
    (Some("acknowledgements"), "reason"),
];

/// A case: the language, hostile texts for some fields (by index into
/// [`FIELDS`], every record of that collection), and figures for the first
/// objectives' baselines and targets and their measurements.
#[derive(Debug, Clone)]
struct Case {
    lang: Lang,
    texts: Vec<(usize, String)>,
    figures: Vec<f64>,
}

fn case() -> impl Strategy<Value = Case> {
    (
        any::<bool>(),
        prop::collection::vec((0..FIELDS.len(), hostile()), 1..12),
        prop::collection::vec(figure(), 0..12),
    )
        .prop_map(|(spanish, texts, figures)| Case {
            lang: if spanish { Lang::Es } else { Lang::En },
            texts,
            figures,
        })
}

/// The sample with the case's texts and figures. Texts go through the JSON
/// import's checks (numbered to keep names unique, after a letter to keep
/// them non-empty); figures are set afterwards, as a workspace from an older
/// Rumbo (before the bound on KPI figures) may hold them.
fn workspace(case: &Case) -> Result<WorkspaceDoc, TestCaseError> {
    let doc = sample::workspace(case.lang);
    let mut value = serde_json::to_value(&doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
    for (field, text) in &case.texts {
        let (collection, key) = FIELDS[*field];
        match collection {
            None => {
                for object in ["profile", "document"] {
                    if value[object].get(key).is_some() {
                        value[object][key] = Value::from(format!("a{text}"));
                    }
                }
            }
            Some(collection) => {
                if let Some(Value::Array(items)) = value.get_mut(collection) {
                    for (i, item) in items.iter_mut().enumerate() {
                        item[key] = Value::from(format!("a{text} {i}"));
                    }
                }
            }
        }
    }
    let json = serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut doc = WorkspaceDoc::from_json(&json)
        .map_err(|e| TestCaseError::fail(format!("the import refused the hostile texts: {e}")))?;
    let mut figures = case.figures.iter().copied();
    for objective in doc.objectives.iter_mut().take(3) {
        objective.baseline = figures.next().or(objective.baseline);
        objective.target = figures.next().or(objective.target);
    }
    for m in &mut doc.measurements {
        match figures.next() {
            Some(v) => m.value = v,
            None => break,
        }
    }
    Ok(doc)
}

fn check(case: Case, with_pdf: bool) -> TestCaseResult {
    let doc = workspace(&case)?;
    let source = Source {
        doc: &doc,
        date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
        version: None,
        previous: None,
        versions: &[],
        alone: None,
    };
    let mut renderer = Renderer::new();
    let mut render = |format: DocFormat| -> Result<Vec<u8>, TestCaseError> {
        renderer
            .render(&source, format, false)
            .map(|output| output.bytes)
            .map_err(|e| TestCaseError::fail(format!("{format:?}: {e}")))
    };
    let html = String::from_utf8_lossy(&render(DocFormat::Html)?).into_owned();
    let md = String::from_utf8_lossy(&render(DocFormat::Md)?).into_owned();
    let docx = render(DocFormat::Docx)?;
    let parts = outputs::docx_parts(&docx).map_err(TestCaseError::fail)?;
    let mut texts = vec![("HTML".to_string(), html), ("Markdown".to_string(), md)];
    texts.extend(parts);
    if with_pdf {
        let pdf = render(DocFormat::Pdf)?;
        texts.push((
            "PDF".to_string(),
            outputs::pdf_text(&pdf).map_err(TestCaseError::fail)?,
        ));
        let (pages, words) = outputs::pdf_words(&pdf).map_err(TestCaseError::fail)?;
        let problems = outputs::layout_problems(&pages, &words, MARGIN, 5);
        if !problems.is_empty()
            && let Some(folder) = std::env::var_os("RUMBO_KEEP_DOCUMENTS")
        {
            // The last one written is the smallest failing case.
            let path = std::path::Path::new(&folder).join("fuzz-layout-failure.pdf");
            std::fs::write(&path, &pdf).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
    for (name, text) in &texts {
        if let Some(found) = outputs::forbidden_in(text) {
            return Err(TestCaseError::fail(format!("{name}: {found}")));
        }
        if let Some(word) = outputs::non_number(text) {
            return Err(TestCaseError::fail(format!("{name} writes {word:?}")));
        }
    }
    Ok(())
}

#[test]
fn hostile_workspaces_render_in_html_markdown_and_docx() {
    fuzz::run(
        "fuzz_render::html_markdown_docx",
        file!(),
        fuzz::cases(24, 10),
        case(),
        |case| check(case, false),
    );
}

#[test]
fn hostile_workspaces_render_in_every_format_and_lay_out() {
    fuzz::run(
        "fuzz_render::every_format",
        file!(),
        fuzz::cases(4, 50),
        case(),
        |case| check(case, true),
    );
}
