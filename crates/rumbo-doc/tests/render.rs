//! The document through the real renderers: Typst for the PDF (read back
//! with poppler's pdftotext), minijinja for HTML and Markdown, docx-rs for
//! Word (unzipped). Snapshots: `RUMBO_UPDATE_SNAPSHOTS=1 cargo test -p
//! rumbo-doc` rewrites them.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{DocFormat, DocSection, DocumentSettings, Profile};
use rumbo_core::sample;
use rumbo_doc::{Previous, Renderer, Source};
use serde_json::Value;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn source(doc: &WorkspaceDoc) -> Source<'_> {
    Source {
        doc,
        date: day(),
        version: None,
        previous: None,
    }
}

fn render(source: &Source<'_>, format: DocFormat) -> Vec<u8> {
    match Renderer::new().render(source, format, false) {
        Ok(output) => output.bytes,
        Err(e) => panic!("{format:?}: {e}"),
    }
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| panic!("{e}"))
}

/// The text of a PDF, as poppler reads it, without the zero-width spaces
/// that let long words wrap.
fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed: {e}"));
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).replace('\u{200b}', "")
}

/// `word/document.xml` of a DOCX.
fn docx_xml(docx: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("doc.docx");
    std::fs::write(&path, docx).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new("unzip")
        .arg("-p")
        .arg(&path)
        .arg("word/document.xml")
        .output()
        .unwrap_or_else(|e| panic!("unzip is needed: {e}"));
    assert!(out.status.success(), "not a zip with word/document.xml");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn snapshot(name: &str, actual: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "snapshots", name]
        .iter()
        .collect();
    if std::env::var_os("RUMBO_UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from its snapshot; run with RUMBO_UPDATE_SNAPSHOTS=1 and review the diff"
    );
}

#[test]
fn markdown_and_html_of_the_sample_match_their_snapshots() {
    for lang in Lang::ALL {
        let doc = sample::workspace(lang);
        let code = lang.code();
        snapshot(
            &format!("sample.{code}.md"),
            &text(render(&source(&doc), DocFormat::Md)),
        );
        snapshot(
            &format!("sample.{code}.html"),
            &text(render(&source(&doc), DocFormat::Html)),
        );
    }
}

const SECTIONS_EN: &[&str] = &[
    "Executive summary",
    "The organization",
    "Audiences",
    "Objectives and KPIs",
    "Channel strategy",
    "The CM across departments",
    "Internal communication",
    "Campaigns",
    "Recommendations and decisions",
    "Roadmap",
    "Health check",
    "What changed",
];
const SECTIONS_ES: &[&str] = &[
    "Resumen ejecutivo",
    "La organización",
    "Públicos",
    "Objetivos e indicadores",
    "Estrategia de canales",
    "El CM en los departamentos",
    "Comunicación interna",
    "Campañas",
    "Recomendaciones y decisiones",
    "Hoja de ruta",
    "Diagnóstico",
    "Qué ha cambiado",
];

#[test]
fn the_pdf_holds_every_section_and_the_data_with_accents_intact() {
    for (lang, sections) in [(Lang::En, SECTIONS_EN), (Lang::Es, SECTIONS_ES)] {
        let doc = sample::workspace(lang);
        let pdf = render(&source(&doc), DocFormat::Pdf);
        let words = pdf_text(&pdf);
        let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
        for title in sections {
            assert!(flat.contains(title), "{lang:?}: no section {title:?}");
        }
        assert!(
            flat.contains(&doc.profile.name),
            "{lang:?}: organization name"
        );
        assert!(flat.contains("Lucía Ferrer"), "{lang:?}: the CM");
        for channel in doc.channels.iter().filter(|c| c.status.is_in_use()) {
            let first_word = channel.name.split_whitespace().next().unwrap_or_default();
            assert!(
                flat.contains(first_word),
                "{lang:?}: channel {}",
                channel.name
            );
        }
        let date = match lang {
            Lang::En => "23 November 2026",
            Lang::Es => "23 de noviembre de 2026",
        };
        assert!(flat.contains(date), "{lang:?}: the document date");
        if lang == Lang::Es {
            for accented in [
                "Comunicación",
                "Públicos",
                "Atención",
                "índice de preparación",
            ] {
                assert!(flat.contains(accented), "accents lost: {accented}");
            }
        }
        // The health check's findings and score are in it.
        let report = rumbo_health::check(&doc, day(), lang);
        let first = report
            .findings
            .first()
            .map(|f| f.message.clone())
            .unwrap_or_default();
        let start: String = first
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(&start), "{lang:?}: finding {start:?}");
        assert!(
            flat.contains(&format!("{} / 100", report.score)),
            "{lang:?}: score"
        );
    }
}

#[test]
fn the_same_data_gives_the_same_pdf() {
    let doc = sample::workspace(Lang::En);
    let a = render(&source(&doc), DocFormat::Pdf);
    let b = render(&source(&doc), DocFormat::Pdf);
    assert!(a == b, "two renders of the same data differ");
    assert!(a.starts_with(b"%PDF-"));
    // Tagged, with the document's language for screen readers.
    assert!(a.windows(9).any(|w| w == b"/Lang(en)"), "no /Lang");
    assert!(a.windows(15).any(|w| w == b"/StructTreeRoot"), "not tagged");
}

#[test]
fn an_archival_pdf_declares_pdf_a_and_pdf_ua() {
    let doc = sample::workspace(Lang::Es);
    let output = Renderer::new()
        .render(&source(&doc), DocFormat::Pdf, true)
        .unwrap_or_else(|e| panic!("{e}"));
    let raw = String::from_utf8_lossy(&output.bytes);
    assert!(raw.contains("pdfaid:part"), "no PDF/A identification");
    assert!(raw.contains("pdfuaid:part"), "no PDF/UA identification");
    assert!(output.pages.unwrap_or(0) > 5);
}

/// A text that is markup, a formula, a script and a path in every format.
const EVIL: &str =
    r#"#panic("x") $x$ *b* _u_ <l> @r \ ] [ // /* <script>alert(1)</script> =cmd|' /C calc'!A0"#;

/// The sample with every free text replaced by [`EVIL`] (names numbered so
/// that they stay unique).
fn evil_workspace() -> WorkspaceDoc {
    let doc = sample::workspace(Lang::En);
    let mut value = serde_json::to_value(&doc).unwrap_or_else(|e| panic!("{e}"));
    let fields: &[(&str, &[&str])] = &[
        ("departments", &["name", "head", "notes"]),
        ("activities", &["name"]),
        (
            "audiences",
            &["name", "description", "needs", "whereabouts"],
        ),
        ("fitCriteria", &["name", "description"]),
        (
            "channels",
            &[
                "name",
                "handle",
                "purpose",
                "tone",
                "cadence",
                "owner",
                "rejectionReason",
                "notes",
            ],
        ),
        (
            "objectives",
            &["title", "description", "kpiMetric", "kpiUnit", "owner"],
        ),
        ("measurements", &["note"]),
        ("campaigns", &["name", "description"]),
        ("flows", &["name", "audience", "owner", "feedback"]),
        ("infoNeeds", &["what"]),
        (
            "recommendations",
            &[
                "title",
                "recipient",
                "rationale",
                "decisionRationale",
                "outcome",
            ],
        ),
        ("acknowledgements", &["reason"]),
    ];
    for (list, keys) in fields {
        if let Some(Value::Array(items)) = value.get_mut(*list) {
            for (i, item) in items.iter_mut().enumerate() {
                for key in *keys {
                    if item.get(*key).is_some() {
                        item[*key] = Value::from(format!("{EVIL} {i}"));
                    }
                }
            }
        }
    }
    for key in [
        "name",
        "sector",
        "mission",
        "culture",
        "values",
        "brandVoice",
        "cmName",
        "cmReportsTo",
    ] {
        value["profile"][key] = Value::from(EVIL);
    }
    value["profile"]["languages"] = serde_json::json!([EVIL]);
    value["document"]["title"] = Value::from(EVIL);
    value["document"]["author"] = Value::from(EVIL);
    let text = serde_json::to_string(&value).unwrap_or_default();
    WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("the evil workspace is invalid: {e}"))
}

#[test]
fn user_text_is_shown_literally_in_every_format_and_never_runs() {
    let doc = evil_workspace();
    let src = source(&doc);

    // PDF: Typst got the text as data; #panic did not run (the render
    // succeeded) and the text is there as written.
    let pdf = render(&src, DocFormat::Pdf);
    let flat = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for piece in [
        r#"#panic("x")"#,
        "$x$",
        "*b*",
        "_u_",
        "<l>",
        "@r",
        "<script>alert(1)</script>",
        "=cmd|' /C calc'!A0",
    ] {
        assert!(flat.contains(piece), "PDF lost {piece:?}");
    }

    // HTML: every value escaped; the only <script> would be the user's.
    let html = text(render(&src, DocFormat::Html));
    assert!(
        !html.to_lowercase().contains("<script"),
        "a script tag got through"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    assert!(!html.contains("<l>"));

    // Markdown: markup characters escaped, no raw HTML from the user.
    let md = text(render(&src, DocFormat::Md));
    assert!(!md.contains("<script>"));
    assert!(md.contains(r"\<script\>alert(1)\</script\>"));
    assert!(md.contains(r"\*b\* \_u\_ \<l\> @r \\ \] \["));
    assert!(md.contains(r#"\#panic("x") \$x\$"#));

    // DOCX: the text is character data.
    let xml = docx_xml(&render(&src, DocFormat::Docx));
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!xml.contains("<script>"));
    assert!(xml.contains("=cmd|&apos; /C calc&apos;!A0") || xml.contains("=cmd|' /C calc'!A0"));
}

#[test]
fn an_empty_workspace_has_no_empty_sections() {
    let mut doc = WorkspaceDoc::new(Profile {
        name: "Tiny Org".into(),
        ..Profile::default()
    });
    doc.document = DocumentSettings::default();
    let md = text(render(&source(&doc), DocFormat::Md));
    for absent in [
        "Audiences",
        "Objectives and KPIs",
        "Channel strategy",
        "Campaigns",
        "Roadmap",
    ] {
        assert!(
            !md.contains(&format!(". {absent}")),
            "empty section {absent}"
        );
    }
    for present in [
        "Executive summary",
        "The organization",
        "Health check",
        "What changed",
    ] {
        assert!(md.contains(present), "missing {present}");
    }
    let pdf = pdf_text(&render(&source(&doc), DocFormat::Pdf));
    assert!(pdf.contains("Tiny Org"));
}

#[test]
fn hidden_sections_are_left_out_and_long_text_still_lays_out() {
    let mut doc = sample::workspace(Lang::En);
    doc.document.hidden_sections = vec![DocSection::Roadmap, DocSection::Raci];
    let long_word = "Supercalifragilisticexpialidocious".repeat(3);
    doc.channels[0].name = format!("{long_word} {}", "x".repeat(10));
    doc.profile.mission = "A long mission. ".repeat(300);
    let pdf = render(&source(&doc), DocFormat::Pdf);
    let flat = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("");
    assert!(!flat.contains("Roadmap"));
    assert!(!flat.contains("TheCMacrossdepartments"));
    assert!(flat.contains(&long_word), "the long name was lost");
}

#[test]
fn what_changed_compares_with_the_previous_version() {
    let before = sample::workspace(Lang::En);
    let mut after = before.clone();
    after.objectives[0].target = Some(999.0);
    after.channels.retain(|c| c.id != 5);
    let src = Source {
        doc: &after,
        date: day(),
        version: None,
        previous: Some(Previous {
            number: 3,
            date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default(),
            doc: &before,
        }),
    };
    let md = text(render(&src, DocFormat::Md));
    assert!(md.contains("Draft after version 3"));
    assert!(md.contains("Compared with version 3 (1 October 2026)"));
    assert!(md.contains("to 999"), "{md}");
    assert!(md.contains("Channel removed"));
}
