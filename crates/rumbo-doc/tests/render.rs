//! The document through the real renderers: Typst for the PDF (read back
//! with poppler's pdftotext), minijinja for HTML and Markdown, docx-rs for
//! Word (unzipped, every XML part parsed strictly). Snapshots:
//! `RUMBO_UPDATE_SNAPSHOTS=1 cargo test -p rumbo-doc` rewrites them.
//! `RUMBO_KEEP_DOCUMENTS=FOLDER` keeps the stress documents there, to look
//! at (`pdftoppm -png -r 60 FOLDER/long-text.pdf page`).

#[path = "support/outputs.rs"]
mod outputs;

use std::path::{Path, PathBuf};

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
        versions: &[],
        alone: None,
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

/// The text of a PDF, as poppler reads it.
fn pdf_text(pdf: &[u8]) -> String {
    outputs::pdf_text(pdf).unwrap_or_else(|e| panic!("{e}"))
}

/// `word/document.xml` of a DOCX, after every XML part of it was parsed
/// strictly (as Word and LibreOffice read them).
fn docx_xml(docx: &[u8]) -> String {
    let parts = outputs::docx_parts(docx).unwrap_or_else(|e| panic!("an invalid DOCX: {e}"));
    parts
        .into_iter()
        .find(|(name, _)| name == "word/document.xml")
        .map(|(_, xml)| xml)
        .unwrap_or_default()
}

/// Keeps a document in `RUMBO_KEEP_DOCUMENTS`, when set.
fn keep(name: &str, bytes: &[u8]) {
    if let Some(folder) = std::env::var_os("RUMBO_KEEP_DOCUMENTS") {
        let path = Path::new(&folder).join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
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
    "The community manager and the departments",
    "Internal communication",
    "Campaigns",
    "Conduct and moderation",
    "Crisis playbook",
    "Policies",
    "Recommendations and decisions",
    "Roadmap",
    "Health check",
    "What changed",
    "Annexes",
    "Versions and approval",
];
const SECTIONS_ES: &[&str] = &[
    "Resumen ejecutivo",
    "La organización",
    "Públicos",
    "Objetivos e indicadores",
    "Estrategia de canales",
    "La community manager y los departamentos",
    "Comunicación interna",
    "Campañas",
    "Normas de conducta y moderación",
    "Protocolo de crisis",
    "Políticas",
    "Recomendaciones y decisiones",
    "Hoja de ruta",
    "Diagnóstico",
    "Qué ha cambiado",
    "Anexos",
    "Versiones y aprobación",
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

/// Characters no format can hold as they are (XML 1.0 refuses the C0
/// controls and U+FFFE/U+FFFF; DEL, the C1 controls and the noncharacters
/// are dropped as well), with a vertical tab first: Word's own manual line
/// break, which must stay a line break.
const CONTROLS: &str =
    "\u{b}after-vt\u{0}\u{7}\u{1b}\u{c}\u{fffe}\u{ffff}\u{7f}\u{85}\u{9b}\u{fdd0}\u{1fffe}";

/// The sample with every free text replaced by [`EVIL`] and [`CONTROLS`]
/// (names numbered so that they stay unique).
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
                "moderator",
            ],
        ),
        (
            "objectives",
            &["title", "description", "kpiMetric", "kpiUnit", "owner"],
        ),
        ("measurements", &["note"]),
        ("campaigns", &["name", "description", "moderator"]),
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
        ("policies", &["title", "text", "owner", "approvedBy"]),
        (
            "moderationRules",
            &["situation", "examples", "actedBy", "decidedBy", "speed"],
        ),
        (
            "protocols",
            &[
                "name",
                "scope",
                "draftedBy",
                "approvedBy",
                "timeLimit",
                "announcement",
            ],
        ),
        (
            "crisisLevels",
            &["name", "triggers", "decidedBy", "escalation"],
        ),
        ("pauseSteps", &["how", "who"]),
    ];
    for (list, keys) in fields {
        if let Some(Value::Array(items)) = value.get_mut(*list) {
            for (i, item) in items.iter_mut().enumerate() {
                for key in *keys {
                    if item.get(*key).is_some() {
                        item[*key] = Value::from(format!("{EVIL}{CONTROLS} {i}"));
                    }
                }
            }
        }
    }
    // The texts inside records: a procedure's steps, a level's statements.
    for (list, inner, keys) in [
        ("protocols", "steps", &["what", "who", "within"][..]),
        ("crisisLevels", "statements", &["language", "text"][..]),
    ] {
        if let Some(Value::Array(items)) = value.get_mut(list) {
            for item in items.iter_mut() {
                if let Some(Value::Array(parts)) = item.get_mut(inner) {
                    for (j, part) in parts.iter_mut().enumerate() {
                        for key in keys {
                            part[*key] = Value::from(format!("{EVIL}{CONTROLS} {j}"));
                        }
                    }
                }
            }
        }
    }
    for key in ["singleVoice", "postMortem"] {
        value["crisis"][key] = Value::from(format!("{EVIL}{CONTROLS}"));
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
        value["profile"][key] = Value::from(format!("{EVIL}{CONTROLS}"));
    }
    value["profile"]["languages"] = serde_json::json!([format!("{EVIL}{CONTROLS}")]);
    value["document"]["title"] = Value::from(format!("{EVIL}{CONTROLS}"));
    value["document"]["author"] = Value::from(format!("{EVIL}{CONTROLS}"));
    let text = serde_json::to_string(&value).unwrap_or_default();
    WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("the evil workspace is invalid: {e}"))
}

#[test]
fn user_text_is_shown_literally_in_every_format_and_never_runs() {
    let doc = evil_workspace();
    let src = source(&doc);
    for format in [DocFormat::Pdf, DocFormat::Docx] {
        keep(
            &format!("hostile.{}", format.extension()),
            &render(&src, format),
        );
    }

    // PDF: Typst got the text as data; #panic did not run (the render
    // succeeded) and the text is there as written, the vertical tab a line
    // break, the control characters gone.
    let pdf = render(&src, DocFormat::Pdf);
    let words = pdf_text(&pdf);
    assert_eq!(outputs::forbidden_in(&words), None, "in the PDF's text");
    assert!(
        words
            .lines()
            .any(|l| l.trim_start().starts_with("after-vt")),
        "the vertical tab is no line break in the PDF"
    );
    let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
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

    // DOCX: the text is character data; every part parses strictly (in
    // docx_parts), the vertical tab is Word's line break, and the file's
    // title and author are the document's.
    let docx = render(&src, DocFormat::Docx);
    let parts = outputs::docx_parts(&docx).unwrap_or_else(|e| panic!("an invalid DOCX: {e}"));
    for (name, part) in &parts {
        assert_eq!(outputs::forbidden_in(part), None, "in {name}");
    }
    let xml = docx_xml(&docx);
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!xml.contains("<script>"));
    assert!(xml.contains("=cmd|&apos; /C calc&apos;!A0") || xml.contains("=cmd|' /C calc'!A0"));
    assert!(
        xml.contains(r#"<w:br w:type="textWrapping" /><w:t xml:space="preserve">after-vt</w:t>"#),
        "the vertical tab is no line break in the DOCX"
    );
    let core = parts
        .iter()
        .find(|(name, _)| name == "docProps/core.xml")
        .map(|(_, xml)| xml.as_str())
        .unwrap_or_default();
    for tag in ["dc:title", "dc:creator"] {
        assert!(
            core.contains(&format!(
                "<{tag}>#panic(&quot;x&quot;) $x$ *b* _u_ &lt;l&gt; @r"
            )),
            "{tag} in {core}"
        );
    }

    // HTML and Markdown: nothing forbidden, the vertical tab a line break.
    for (name, text) in [("HTML", &html), ("Markdown", &md)] {
        assert_eq!(outputs::forbidden_in(text), None, "in the {name}");
        assert!(
            text.contains("<br>after-vt"),
            "the vertical tab is no line break in the {name}"
        );
    }
}

#[test]
fn the_xml_check_refuses_what_word_refuses() {
    // The check really reads every part: a DOCX of the sample passes, and
    // the same XML with a vertical tab (as docx-rs wrote one before text
    // was cleaned) or U+FFFE does not.
    let doc = sample::workspace(Lang::En);
    let xml = docx_xml(&render(&source(&doc), DocFormat::Docx));
    assert_eq!(outputs::check_xml(&xml), Ok(()));
    for bad in ['\u{b}', '\u{0}', '\u{1b}', '\u{fffe}'] {
        let broken = xml.replacen(
            "<w:t xml:space=\"preserve\">",
            &format!("<w:t xml:space=\"preserve\">{bad}"),
            1,
        );
        assert!(
            outputs::check_xml(&broken).is_err(),
            "U+{:04X} was accepted",
            u32::from(bad)
        );
    }
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
        "Conduct and moderation",
        "Crisis playbook",
        "Policies",
        "Annexes",
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
        versions: &[],
        alone: None,
    };
    let md = text(render(&src, DocFormat::Md));
    assert!(md.contains("Draft after version 3"));
    assert!(md.contains("Compared with version 3 (1 October 2026)"));
    assert!(md.contains("to 999"), "{md}");
    assert!(md.contains("Channel removed"));
}

/// The margins of the document's pages (2.2 cm), in points.
const MARGIN: f64 = 2.2 / 2.54 * 72.0;

/// The sample with the long texts that broke the PDF's layout: e-mails in
/// narrow columns, long links and made-up words, long names in the headers
/// of the RACI grid and the fit matrix, the largest KPI figures a workspace
/// may hold, a long title on the cover and in every page's header.
fn stretched_workspace() -> WorkspaceDoc {
    let mut doc = sample::workspace(Lang::En);
    let email = "maria.fernandez-castillo@ayuntamiento.example.org";
    let link = format!(
        "https://www.valdoria.example/{}index.html?utm_source=strategy&utm_medium=pdf",
        "comunicacion/redes-sociales/2027/".repeat(4)
    );
    let word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4);
    doc.document.title = format!(
        "Social media strategy {} for the regional employment agency",
        "Valdoria".repeat(6)
    );
    doc.profile.name = format!("Agencia{} de Empleo", "Regional".repeat(5));
    doc.profile.mission = format!("Our mission: {word}. More at {link}.");
    doc.profile.cm_name = email.to_string();
    for (i, channel) in doc.channels.iter_mut().enumerate() {
        channel.owner = email.to_string();
        channel.handle = format!("@{}{i}", "valdoriaempleojoven".repeat(3));
        channel.cadence = format!("{}/week", "3".repeat(20));
        channel.purpose = format!("{link} {word}");
        channel.rejection_reason = link.clone();
    }
    for (i, department) in doc.departments.iter_mut().enumerate() {
        department.name = format!("{i}{}", "Comunicación-Institucional".repeat(2));
        department.head = email.to_string();
    }
    for (i, criterion) in doc.fit_criteria.iter_mut().enumerate() {
        criterion.name = format!("{i}{}", "Alcance".repeat(8));
    }
    for (i, objective) in doc.objectives.iter_mut().enumerate() {
        objective.title = format!("{i} {}", "Registrations".repeat(8));
        objective.kpi_metric = "registrations-from-instagram".repeat(3);
        objective.kpi_unit = "registrations_per_month".repeat(2);
        objective.owner = email.to_string();
        objective.baseline = Some(-1e15);
        objective.target = Some(1e15);
    }
    for (i, m) in doc.measurements.iter_mut().enumerate() {
        m.value = if i % 2 == 0 {
            999_999_999_999_999.9
        } else {
            -1e15
        };
    }
    for campaign in &mut doc.campaigns {
        campaign.name = format!("{} {}", campaign.name, "Campaña".repeat(8));
        campaign.description = format!("{link} {email}");
    }
    for (i, flow) in doc.flows.iter_mut().enumerate() {
        flow.name = format!("{i}{}", "Boletín".repeat(12));
        flow.owner = email.to_string();
        flow.feedback = link.clone();
    }
    for need in &mut doc.info_needs {
        need.what = format!("{word} {email}");
    }
    for (i, r) in doc.recommendations.iter_mut().enumerate() {
        r.title = format!("{i}{}", "Recomendación".repeat(8));
        r.recipient = email.to_string();
        r.rationale = format!("{link} {word}");
    }
    let text = doc.to_json().unwrap_or_else(|e| panic!("{e}"));
    WorkspaceDoc::from_json(&text)
        .unwrap_or_else(|e| panic!("the stretched workspace is invalid: {e}"))
}

#[test]
fn long_text_stays_in_its_column_and_on_the_page() {
    let doc = stretched_workspace();
    let pdf = render(&source(&doc), DocFormat::Pdf);
    keep("long-text.pdf", &pdf);
    let (pages, words) = outputs::pdf_words(&pdf).unwrap_or_else(|e| panic!("{e}"));
    let problems = outputs::layout_problems(&pages, &words, MARGIN, 12);
    assert!(
        problems.is_empty(),
        "{} pages, {} words:\n{}",
        pages.len(),
        words.len(),
        problems.join("\n")
    );
    // The text a reader copies is the text as written: the break
    // opportunities are not characters, and e-mails are not hyphenated.
    let flat: String = pdf_text(&pdf).split_whitespace().collect();
    assert!(!flat.contains('\u{200b}'), "break marks in the PDF's text");
    assert!(
        flat.contains("maria.fernandez-castillo@ayuntamiento.example.org"),
        "the e-mail is not whole"
    );
    assert!(flat.contains(&"Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4)));
    assert!(flat.contains("1,000,000,000,000,000"));
    // The check sees what it is meant to: the same words drawn twice at
    // one place, or one beyond the margin, are problems.
    let mut doubled = words.clone();
    doubled.push(words[words.len() / 2].clone());
    assert_eq!(
        outputs::layout_problems(&pages, &doubled, MARGIN, 12).len(),
        1
    );
    let mut wide = words[words.len() / 2].clone();
    wide.x_max = pages[wide.page].width - MARGIN + 5.0;
    assert!(!outputs::layout_problems(&pages, &[wide], MARGIN, 12).is_empty());
}

#[test]
fn extreme_numbers_are_written_the_same_way_in_every_format() {
    // Values beyond what the model accepts today (±10¹⁵), as a workspace
    // from an older Rumbo may hold them: every format writes them, the
    // same way, and none writes `inf` or fails.
    let mut doc = sample::workspace(Lang::En);
    let first = doc.objectives[0].id;
    let second = doc.objectives[1].id;
    doc.objectives[0].baseline = Some(-1.7e308);
    doc.objectives[0].target = Some(f64::MAX);
    doc.objectives[1].baseline = Some(0.0);
    doc.objectives[1].target = Some(1e-300);
    doc.measurements
        .retain(|m| m.objective_id != first && m.objective_id != second);
    let next_id = doc.measurements.iter().map(|m| m.id).max().unwrap_or(0) + 1;
    let values = [
        (first, 1, 1.7e308),
        (first, 2, -1.7e308),
        (first, 3, 0.0),
        (second, 1, 1.7e308),
        (second, 2, 5.0),
    ];
    for (id, (objective, day, value)) in (next_id..).zip(values) {
        doc.measurements.push(rumbo_core::model::Measurement {
            id,
            objective_id: objective,
            date: NaiveDate::from_ymd_opt(2026, 10, day).unwrap_or_default(),
            value,
            kind: rumbo_core::model::MeasurementKind::Value,
            note: String::new(),
        });
    }
    let src = source(&doc);
    let nbsp = |text: &str| text.replace('\u{a0}', " ");
    let pdf = render(&src, DocFormat::Pdf);
    keep("extreme-numbers.pdf", &pdf);
    let pdf = nbsp(&pdf_text(&pdf));
    let html = nbsp(&text(render(&src, DocFormat::Html)));
    // Markdown as it reads: without the backslashes that escape it.
    let md = nbsp(&text(render(&src, DocFormat::Md)).replace('\\', ""));
    let docx = nbsp(&docx_xml(&render(&src, DocFormat::Docx)));
    for (name, output) in [
        ("PDF", &pdf),
        ("HTML", &html),
        ("Markdown", &md),
        ("DOCX", &docx),
    ] {
        assert_eq!(outputs::non_number(output), None, "in the {name}");
        for figure in ["-1.7 × 10³⁰⁸", "1.8 × 10³⁰⁸"] {
            assert!(output.contains(figure), "{name}: no {figure:?}");
        }
    }
}

// -- The rules people meet -----------------------------------------------------

#[test]
fn hidden_rules_chapters_are_left_out_and_without_annexes_the_house_rules_print_in_their_chapter() {
    let mut doc = sample::workspace(Lang::En);
    let house_rules = doc.policies[0]
        .text
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let md = text(render(&source(&doc), DocFormat::Md));
    assert!(
        md.contains("published as Annex A"),
        "the chapter points at the annex"
    );
    assert!(md.contains("### Annex A. House rules for our social media"));
    assert_eq!(md.matches(house_rules.as_str()).count(), 1, "printed once");

    doc.document.hidden_sections = vec![DocSection::Annexes];
    let md = text(render(&source(&doc), DocFormat::Md));
    assert!(!md.contains("Annex A"));
    assert_eq!(
        md.matches(house_rules.as_str()).count(),
        1,
        "printed in its chapter"
    );

    doc.document.hidden_sections = vec![
        DocSection::Conduct,
        DocSection::Crisis,
        DocSection::Policies,
        DocSection::Annexes,
    ];
    for format in [DocFormat::Md, DocFormat::Html] {
        let out = text(render(&source(&doc), format));
        for absent in [
            "Conduct and moderation",
            "Crisis playbook",
            "Moderation matrix",
            "Holding statements",
            "What is paused, channel by channel",
            "Review by",
            "Annex A",
        ] {
            assert!(!out.contains(absent), "{format:?}: {absent}");
        }
    }
    let pdf = pdf_text(&render(&source(&doc), DocFormat::Pdf));
    assert!(!pdf.contains("Moderation matrix"));
}

#[test]
fn the_ladder_the_matrix_and_the_register_read_in_every_format() {
    for lang in Lang::ALL {
        let doc = sample::workspace(lang);
        let src = source(&doc);
        let level = &doc.crisis_levels[2];
        let statement = &level.statements[0].text;
        let spam = &doc.moderation_rules[6].situation;
        let overdue = match lang {
            Lang::En => "review overdue",
            Lang::Es => "revisión vencida",
        };
        let pdf = pdf_text(&render(&src, DocFormat::Pdf));
        let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
        let md = text(render(&src, DocFormat::Md));
        let html = text(render(&src, DocFormat::Html));
        let docx = docx_xml(&render(&src, DocFormat::Docx));
        for (format, out) in [
            ("pdf", &flat),
            ("md", &md),
            ("html", &html),
            ("docx", &docx),
        ] {
            let first: String = statement
                .split_whitespace()
                .take(5)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(out.contains(&first), "{lang:?} {format}: holding statement");
            let word = spam.split_whitespace().next().unwrap_or_default();
            assert!(out.contains(word), "{lang:?} {format}: the matrix");
            assert!(
                out.contains(overdue),
                "{lang:?} {format}: the overdue review"
            );
        }
        // The levels read as a ladder, from the mildest up.
        let at = |name: &str| md.find(&format!(" — {name}")).unwrap_or(usize::MAX);
        assert!(at(&doc.crisis_levels[0].name) < at(&doc.crisis_levels[1].name));
        assert!(at(&doc.crisis_levels[1].name) < at(&doc.crisis_levels[2].name));
    }
}

#[test]
fn each_annex_renders_alone_on_one_page_in_both_languages() {
    use rumbo_core::model::PolicyKind;
    for lang in Lang::ALL {
        let doc = sample::workspace(lang);
        for kind in PolicyKind::PUBLISHABLE {
            let policy = doc
                .policies
                .iter()
                .find(|p| p.kind == kind)
                .unwrap_or_else(|| panic!("{kind:?}"));
            let pdf = rumbo_doc::annex::render(&doc, kind, DocFormat::Pdf, day(), false)
                .unwrap_or_else(|e| panic!("{e}"));
            keep(
                &format!(
                    "annex-{}-{}.pdf",
                    kind.annex_name().unwrap_or("x"),
                    lang.code()
                ),
                &pdf.bytes,
            );
            assert_eq!(pdf.pages, Some(1), "{lang:?} {kind:?} fits one page");
            let words = pdf_text(&pdf.bytes);
            let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&policy.title), "{lang:?} {kind:?}: title");
            assert!(
                flat.contains(&doc.profile.name),
                "{lang:?} {kind:?}: organization"
            );
            // Nothing internal: no cover, no "not for publication".
            assert!(!flat.contains("not for publication") && !flat.contains("no publicar"));
            let html = text(
                rumbo_doc::annex::render(&doc, kind, DocFormat::Html, day(), false)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .bytes,
            );
            assert!(html.contains(&format!("<h1>{}</h1>", policy.title)));
            assert!(
                html.contains("<ul><li>"),
                "{lang:?} {kind:?}: lists are lists"
            );
            let md = text(
                rumbo_doc::annex::render(&doc, kind, DocFormat::Md, day(), false)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .bytes,
            );
            assert!(md.starts_with(&format!("# {}", policy.title)), "{md}");
            assert!(md.contains("\n- "), "{lang:?} {kind:?}: lists are lists");
            let approved = match lang {
                Lang::En => "Version approved on 10 March 2026.",
                Lang::Es => "Versión aprobada el 10 de marzo de 2026.",
            };
            if kind == PolicyKind::HouseRules {
                assert!(md.contains(approved), "{md}");
                assert!(flat.contains(approved));
            }
        }
    }
}

#[test]
fn an_annex_with_no_text_is_refused_and_user_text_stays_text() {
    use rumbo_core::Error;
    use rumbo_core::model::PolicyKind;
    let mut doc = sample::workspace(Lang::En);
    doc.policies.retain(|p| p.kind != PolicyKind::LegalNotice);
    assert_eq!(
        rumbo_doc::annex::render(&doc, PolicyKind::LegalNotice, DocFormat::Md, day(), false).err(),
        Some(Error::NoAnnex {
            kind: PolicyKind::LegalNotice
        })
    );
    let doc = evil_workspace();
    let html = text(
        rumbo_doc::annex::render(&doc, PolicyKind::HouseRules, DocFormat::Html, day(), false)
            .unwrap_or_else(|e| panic!("{e}"))
            .bytes,
    );
    assert!(!html.to_lowercase().contains("<script"));
    let md = text(
        rumbo_doc::annex::render(&doc, PolicyKind::HouseRules, DocFormat::Md, day(), false)
            .unwrap_or_else(|e| panic!("{e}"))
            .bytes,
    );
    assert!(md.contains(r"\<script\>alert(1)\</script\>"));
    let pdf = rumbo_doc::annex::render(&doc, PolicyKind::HouseRules, DocFormat::Pdf, day(), false)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(outputs::forbidden_in(&pdf_text(&pdf.bytes)), None);
    let docx =
        rumbo_doc::annex::render(&doc, PolicyKind::HouseRules, DocFormat::Docx, day(), false)
            .unwrap_or_else(|e| panic!("{e}"));
    assert!(outputs::docx_parts(&docx.bytes).is_ok());
}

#[test]
fn the_health_section_explains_its_score_and_counts_only_what_is_open() {
    for lang in Lang::ALL {
        let mut doc = sample::workspace(lang);
        doc.document.lang = lang;
        // Accept every warning and piece of advice: only the two errors stay.
        let report = rumbo_health::check(&doc, day(), lang);
        doc.acknowledgements = report
            .findings
            .iter()
            .filter(|f| f.severity != rumbo_health::Severity::Error)
            .map(|f| rumbo_core::model::Acknowledgement {
                key: f.key.clone(),
                reason: "Known.".into(),
                date: day(),
            })
            .collect();
        let md = text(render(&source(&doc), DocFormat::Md));
        let html = text(render(&source(&doc), DocFormat::Html));
        let (open, limits, method) = match lang {
            Lang::En => (
                "with two errors still open.",
                "two open errors hold the score to 64.",
                "How the score is computed:",
            ),
            Lang::Es => (
                "con dos errores por resolver.",
                "dos errores abiertos dejan la puntuación en 64 como máximo.",
                "Cómo se calcula la puntuación:",
            ),
        };
        for (format, out) in [("md", &md), ("html", &html)] {
            assert!(out.contains(open), "{lang:?} {format}: {out}");
            assert!(out.contains(limits), "{lang:?} {format}");
            assert!(out.contains(method), "{lang:?} {format}");
            // No count of nothing in the prose.
            for zero in ["0 warnings", "0 pieces", "0 avisos", "0 consejos"] {
                assert!(!out.contains(zero), "{lang:?} {format}: {zero}");
            }
        }
        // The chapter, whatever its number.
        let title = lang.pick(". Health check", ". Diagnóstico");
        let health = md
            .split("\n## ")
            .find(|chapter| chapter.lines().next().is_some_and(|l| l.ends_with(title)))
            .unwrap_or_default();
        assert!(
            health.contains(lang.pick(" · Two errors\n", " · Dos errores\n")),
            "{health}"
        );
    }
}

/// The sample grown to 30 accounts in 10 departments, every status of an
/// account among them, handles of every length.
fn thirty_accounts(lang: Lang) -> WorkspaceDoc {
    use rumbo_core::model::{ChannelStatus, Department};
    let mut doc = sample::workspace(lang);
    let next_department = doc.departments.iter().map(|d| d.id).max().unwrap_or(0) + 1;
    for (i, name) in ["Youth Guarantee", "Vocational Training"]
        .iter()
        .enumerate()
    {
        doc.departments.push(Department {
            id: next_department + i as i64,
            name: (*name).to_string(),
            head: String::new(),
            notes: String::new(),
        });
    }
    let departments: Vec<i64> = doc.departments.iter().map(|d| d.id).collect();
    let statuses = [
        ChannelStatus::Active,
        ChannelStatus::UnderReview,
        ChannelStatus::Paused,
        ChannelStatus::Dormant,
        ChannelStatus::Requested,
        ChannelStatus::Retired,
    ];
    let models: Vec<_> = doc
        .channels
        .iter()
        .filter(|c| c.status == ChannelStatus::Active)
        .cloned()
        .collect();
    let mut id = doc.channels.iter().map(|c| c.id).max().unwrap_or(0);
    let accounts = |doc: &WorkspaceDoc| {
        doc.channels
            .iter()
            .filter(|c| {
                !matches!(
                    c.status,
                    ChannelStatus::Considered | ChannelStatus::Rejected
                )
            })
            .count()
    };
    let mut n = 0;
    while accounts(&doc) < 30 {
        let mut channel = models[n % models.len()].clone();
        id += 1;
        let department = departments[n % departments.len()];
        channel.id = id;
        channel.name = format!("{} — office {}", channel.network.label(lang), n + 1);
        channel.handle = if n % 3 == 0 {
            format!("@empleo_valdoria_oficina_{}", n + 1)
        } else {
            format!("@ev{}", n + 1)
        };
        channel.status = statuses[n % statuses.len()];
        channel.owner_department_id = Some(department);
        // Audiences name their channels too: the copies reach none.
        channel.audience_ids.clear();
        doc.channels.push(channel);
        n += 1;
    }
    let text = doc.to_json().unwrap_or_else(|e| panic!("{e}"));
    WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("30 accounts are invalid: {e}"))
}

#[test]
fn thirty_accounts_in_ten_departments_lay_out_with_every_handle_on_one_line() {
    for lang in Lang::ALL {
        let doc = thirty_accounts(lang);
        assert_eq!(doc.departments.len(), 10);
        let pdf = render(&source(&doc), DocFormat::Pdf);
        keep(&format!("thirty-accounts.{}.pdf", lang.code()), &pdf);
        let (pages, words) = outputs::pdf_words(&pdf).unwrap_or_else(|e| panic!("{e}"));
        let problems = outputs::layout_problems(&pages, &words, MARGIN, 12);
        assert!(problems.is_empty(), "{lang:?}:\n{}", problems.join("\n"));
        // Every handle is printed whole, on one line, never hyphenated.
        let printed = pdf_text(&pdf);
        let lines: Vec<&str> = printed.lines().collect();
        for channel in doc.channels.iter().filter(|c| !c.handle.is_empty()) {
            let on_a_line = lines.iter().any(|l| l.contains(channel.handle.as_str()));
            let listed = !matches!(
                channel.status,
                rumbo_core::model::ChannelStatus::Considered
                    | rumbo_core::model::ChannelStatus::Rejected
            );
            assert!(
                on_a_line || !listed,
                "{lang:?}: {} is not whole on one line",
                channel.handle
            );
        }
    }
}
