//! The document as a Word file (DOCX): real headings (so Word and LibreOffice
//! build a navigation pane and a table of contents from them) and real
//! tables, from the same data as the other formats. docx-rs writes every
//! text as XML character data, escaped; the data holds no character XML
//! cannot hold (`text.rs`), and its line breaks become Word's line breaks.
//! The file's properties carry the document's title, author, language and
//! date.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, Paragraph, Run, RunFonts, Shading, Style, StyleType, Table,
    TableCell, TableRow, WidthType,
};
use rumbo_core::{Error, Result};
use serde_json::Value;

use crate::data::{self, Source};

const BRAND: &str = "146660";
const MUTED: &str = "5B6673";
/// The text width of an A4 page with 2.2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9_300;

pub(crate) fn s<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or_default()
}

pub(crate) fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A run of `text`, its line breaks (`\n`, as the document's data writes
/// every kind) as Word's own line breaks.
pub(crate) fn run(text: &str) -> Run {
    text.split('\n')
        .enumerate()
        .fold(Run::new(), |run, (i, line)| {
            let run = if i > 0 {
                run.add_break(BreakType::TextWrapping)
            } else {
                run
            };
            if line.is_empty() {
                run
            } else {
                run.add_text(line)
            }
        })
}

pub(crate) fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

pub(crate) fn heading(text: &str, level: usize) -> Paragraph {
    Paragraph::new()
        .add_run(run(text))
        .style(&format!("Heading{level}"))
}

pub(crate) fn small(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text).size(17).color(MUTED))
}

pub(crate) fn field(label: &str, value: &str) -> Option<Paragraph> {
    (!value.is_empty()).then(|| {
        Paragraph::new()
            .add_run(run(&format!("{label}: ")).bold())
            .add_run(run(value))
    })
}

/// A cell holding a bold first line and an optional muted second line.
pub(crate) fn cell2(main: &str, note: &str) -> TableCell {
    let mut cell = TableCell::new().add_paragraph(Paragraph::new().add_run(run(main).bold()));
    if !note.is_empty() {
        cell = cell.add_paragraph(small(note));
    }
    cell
}

pub(crate) fn cell(text: &str) -> TableCell {
    TableCell::new().add_paragraph(para(text))
}

/// A table with a shaded header row (none when every header is empty);
/// `widths` are relative, and every cell gets its column's width so that
/// Word and LibreOffice lay it out across the page.
pub(crate) fn table(header: &[&str], rows: Vec<Vec<TableCell>>, widths: &[usize]) -> Table {
    let total: usize = widths.iter().sum::<usize>().max(1);
    let grid: Vec<usize> = widths.iter().map(|w| w * TEXT_WIDTH / total).collect();
    let sized = |cells: Vec<TableCell>| -> TableRow {
        TableRow::new(
            cells
                .into_iter()
                .enumerate()
                .map(|(i, cell)| match grid.get(i) {
                    Some(width) => cell.width(*width, WidthType::Dxa),
                    None => cell,
                })
                .collect(),
        )
    };
    let mut all = Vec::new();
    if header.iter().any(|h| !h.is_empty()) {
        all.push(sized(
            header
                .iter()
                .map(|h| {
                    TableCell::new()
                        .add_paragraph(
                            Paragraph::new().add_run(run(h).bold().size(17).color(MUTED)),
                        )
                        .shading(Shading::new().fill("E7F4F3"))
                })
                .collect(),
        ));
    }
    all.extend(rows.into_iter().map(sized));
    Table::new(all)
        .set_grid(grid.clone())
        .width(TEXT_WIDTH, WidthType::Dxa)
}

fn prose(doc: Docx, text: &str) -> Docx {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .fold(doc, |doc, p| doc.add_paragraph(para(p)))
}

fn add_all(doc: Docx, paragraphs: impl IntoIterator<Item = Option<Paragraph>>) -> Docx {
    paragraphs
        .into_iter()
        .flatten()
        .fold(doc, Docx::add_paragraph)
}

/// The document as DOCX bytes.
pub fn docx(source: &Source<'_>) -> Result<Vec<u8>> {
    let d = data::build(source);
    let t = |key: &str| {
        d["t"]
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let m = &d["meta"];
    let mut doc = Docx::new()
        .default_fonts(RunFonts::new().ascii("Inter").hi_ansi("Inter").cs("Inter"))
        .default_size(20)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(56)
                .bold()
                .color(BRAND),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .size(34)
                .bold()
                .color(BRAND)
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("Heading 2")
                .size(26)
                .bold()
                .color(BRAND)
                .outline_lvl(1),
        )
        .add_style(
            Style::new("Heading3", StyleType::Paragraph)
                .name("Heading 3")
                .size(22)
                .bold()
                .color(BRAND)
                .outline_lvl(2),
        );

    let alone = d["alone"].as_bool().unwrap_or(false);
    if !s(m, "classification").is_empty() {
        doc = doc.add_paragraph(small(&s(m, "classification").to_uppercase()));
    }
    // An annex printed alone: its title, unnumbered, and the annex.
    if alone {
        for sec in list(&d, "order") {
            let id = s(sec, "id");
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(run(s(sec, "title")))
                    .style("Title"),
            );
            if let Some(own) = d["chapters"].get(id).and_then(Value::as_str) {
                doc = prose(doc, own);
            }
            doc = crate::docx_running::section(doc, id, &d["sections"][id], &t);
        }
        return pack(doc, m, s(&d, "lang"));
    }
    doc = doc
        .add_paragraph(Paragraph::new().add_run(run(s(m, "organization")).bold().size(28)))
        .add_paragraph(Paragraph::new().add_run(run(s(m, "title"))).style("Title"));
    if !s(m, "sector").is_empty() {
        doc = doc.add_paragraph(para(s(m, "sector")));
    }
    let mut cover = vec![
        vec![cell(&t("version")), cell(s(m, "versionValue"))],
        vec![cell(&t("date")), cell(s(m, "date"))],
    ];
    if !s(m, "author").is_empty() {
        cover.push(vec![cell(&t("author")), cell(s(m, "author"))]);
    }
    if !s(m, "readers").is_empty() {
        cover.push(vec![cell(&t("preparedFor")), cell(s(m, "readers"))]);
    }
    if let Some(approval) = m.get("approval").filter(|a| !a.is_null()) {
        let mut text = s(approval, "text").to_string();
        if !s(approval, "reservations").is_empty() {
            text = format!("{text}\n{}", s(approval, "reservations"));
        }
        cover.push(vec![cell(&t("approval")), cell(&text)]);
    }
    doc = doc.add_table(table(&["", ""], cover, &[1, 3]));

    let sections = &d["sections"];
    for (number, sec) in list(&d, "order").iter().enumerate() {
        let id = s(sec, "id");
        let v = &sections[id];
        doc = doc.add_paragraph(
            heading(&format!("{}. {}", number + 1, s(sec, "title")), 1).page_break_before(true),
        );
        // The community manager's own words come first.
        if let Some(own) = d["chapters"].get(id).and_then(Value::as_str) {
            doc = prose(doc, own);
        }
        doc = match id {
            "summary" => summary(doc, v, &t),
            "introduction" => prose(doc, s(v, "text")),
            "organization" => {
                let rows = list(v, "facts")
                    .iter()
                    .map(|f| vec![cell(s(f, "label")), cell(s(f, "value"))])
                    .collect();
                let mut doc = doc.add_table(table(&["", ""], rows, &[1, 3]));
                for x in list(v, "texts") {
                    doc = doc.add_paragraph(heading(s(x, "label"), 2));
                    doc = prose(doc, s(x, "text"));
                }
                doc
            }
            "audiences" => {
                v.as_array()
                    .map_or(&[][..], Vec::as_slice)
                    .iter()
                    .fold(doc, |doc, a| {
                        let doc = prose(
                            doc.add_paragraph(heading(s(a, "name"), 2)),
                            s(a, "description"),
                        );
                        add_all(
                            doc,
                            [
                                field(&t("needs"), s(a, "needs")),
                                field(&t("whereabouts"), s(a, "whereabouts")),
                                field(&t("channels"), s(a, "channels")),
                            ],
                        )
                    })
            }
            "objectives" => {
                let rows = list(v, "items")
                    .iter()
                    .map(|o| {
                        let progress = if s(o, "progressLabel").is_empty() {
                            if s(o, "latest").is_empty() {
                                t("noMeasurement")
                            } else {
                                s(o, "latest").to_string()
                            }
                        } else {
                            format!("{} ({})", s(o, "progressLabel"), s(o, "latest"))
                        };
                        let progress = if s(o, "latestNote").is_empty() {
                            progress
                        } else {
                            format!("{progress}\n{}", s(o, "latestNote"))
                        };
                        vec![
                            cell2(
                                s(o, "title"),
                                &format!("{} · {}", s(o, "kind"), s(o, "status")),
                            ),
                            cell(s(o, "kpi")),
                            cell(s(o, "baseline")),
                            cell(s(o, "target")),
                            cell(&progress),
                            cell(s(o, "deadline")),
                        ]
                    })
                    .collect();
                doc.add_table(table(
                    &[
                        &t("objective"),
                        &t("kpi"),
                        &t("baseline"),
                        &t("target"),
                        &t("progress"),
                        &t("deadline"),
                    ],
                    rows,
                    &[26, 17, 10, 10, 14, 11],
                ))
                .add_paragraph(small(&t("progressNote")))
            }
            "channels" => channels(doc, v, &t),
            "raci" => {
                let depts: Vec<&str> = list(v, "departments")
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                let mut header = vec![t("activity")];
                header.extend(depts.iter().map(|x| (*x).to_string()));
                let header: Vec<&str> = header.iter().map(String::as_str).collect();
                let rows = list(v, "rows")
                    .iter()
                    .map(|r| {
                        let mut row = vec![cell(s(r, "name"))];
                        row.extend(list(r, "cells").iter().map(|c| {
                            TableCell::new().add_paragraph(
                                Paragraph::new()
                                    .add_run(run(c.as_str().unwrap_or_default()).bold())
                                    .align(AlignmentType::Center),
                            )
                        }));
                        row
                    })
                    .collect();
                let mut widths = vec![3];
                widths.extend(depts.iter().map(|_| 1));
                let mut doc = doc
                    .add_paragraph(para(s(v, "intro")))
                    .add_table(table(&header, rows, &widths));
                if !list(v, "heads").is_empty() {
                    let rows = list(v, "heads")
                        .iter()
                        .map(|h| {
                            vec![
                                cell2(s(h, "name"), ""),
                                cell(s(h, "head")),
                                cell(s(h, "notes")),
                            ]
                        })
                        .collect();
                    doc = doc.add_paragraph(para("")).add_table(table(
                        &[&t("department"), &t("head"), &t("notes")],
                        rows,
                        &[13, 16, 26],
                    ));
                }
                doc
            }
            "internal" => {
                let mut doc = doc;
                if !list(v, "flows").is_empty() {
                    let rows = list(v, "flows")
                        .iter()
                        .map(|f| {
                            vec![
                                cell2(s(f, "name"), s(f, "via")),
                                cell(s(f, "direction")),
                                cell(s(f, "department")),
                                cell(s(f, "cadence")),
                                cell(s(f, "feedback")),
                            ]
                        })
                        .collect();
                    doc = doc.add_paragraph(heading(&t("flows"), 2)).add_table(table(
                        &[
                            &t("flow"),
                            &t("direction"),
                            &t("department"),
                            &t("cadence"),
                            &t("feedback"),
                        ],
                        rows,
                        &[20, 12, 13, 16, 16],
                    ));
                }
                if !list(v, "needs").is_empty() {
                    let rows = list(v, "needs")
                        .iter()
                        .map(|n| {
                            vec![
                                cell(s(n, "what")),
                                cell(s(n, "department")),
                                cell(s(n, "urgency")),
                                cell(s(n, "servedBy")),
                            ]
                        })
                        .collect();
                    doc = doc
                        .add_paragraph(heading(s(v, "needsTitle"), 2))
                        .add_table(table(
                            &[&t("need"), &t("department"), &t("urgency"), &t("servedBy")],
                            rows,
                            &[26, 12, 8, 16],
                        ));
                }
                doc
            }
            "campaigns" => {
                let yes_no = |b: bool| if b { t("yes") } else { t("no") };
                let rows = list(v, "items")
                    .iter()
                    .map(|c| {
                        let involved = if c["cmInvolved"].as_bool().unwrap_or(false) {
                            s(v, "tookPart")
                        } else {
                            s(v, "notInvolved")
                        };
                        vec![
                            cell2(s(c, "name"), s(c, "description")),
                            cell(s(c, "department")),
                            cell(s(c, "when")),
                            cell(&yes_no(c["affectsCommunity"].as_bool().unwrap_or(false))),
                            cell(involved),
                        ]
                    })
                    .collect();
                let doc = doc.add_table(table(
                    &[
                        &t("campaign"),
                        &t("department"),
                        &t("when"),
                        &t("affectsCommunity"),
                        s(v, "roleColumn"),
                    ],
                    rows,
                    &[28, 12, 14, 8, 9],
                ));
                if s(v, "leftOutNote").is_empty() {
                    doc
                } else {
                    doc.add_paragraph(small(s(v, "leftOutNote")))
                }
            }
            "recommendations" => {
                let doc = if s(v, "tally").is_empty() {
                    doc
                } else {
                    doc.add_paragraph(para(s(v, "tally")))
                };
                list(v, "items").iter().fold(doc, |doc, r| {
                    let doc = doc
                        .add_paragraph(heading(&format!("{} — {}", s(r, "title"), s(r, "tag")), 3))
                        .add_paragraph(small(s(r, "when")));
                    add_all(
                        doc,
                        [
                            field(&t("why"), s(r, "rationale")),
                            field(&t("decisionWhy"), s(r, "decisionRationale")),
                            field(&t("outcome"), s(r, "outcome")),
                        ],
                    )
                })
            }
            "roadmap" => {
                let rows = list(v, "items")
                    .iter()
                    .map(|it| {
                        vec![
                            cell(s(it, "when")),
                            cell(s(it, "kindLabel")),
                            cell(s(it, "label")),
                        ]
                    })
                    .collect();
                doc.add_paragraph(para(s(v, "intro"))).add_table(table(
                    &[&t("when"), &t("kind"), ""],
                    rows,
                    &[10, 6, 20],
                ))
            }
            "health" => health(doc, v, &t),
            "conduct" => conduct(doc, v, &t),
            "crisis" => crisis(doc, v, &t),
            "policies" => policies(doc, v, &t),
            "annexes" => annexes(doc, v),
            id @ ("accounts" | "procedure" | "editorial" | "service_levels" | "staffing"
            | "request_form") => crate::docx_running::section(doc, id, v, &t),
            "versions" => {
                let rows = list(v, "items")
                    .iter()
                    .map(|x| {
                        let mut approval = s(x, "approval").to_string();
                        if !s(x, "reservations").is_empty() {
                            approval = format!("{approval}\n{}", s(x, "reservations"));
                        }
                        vec![
                            cell2(s(x, "label"), ""),
                            cell(s(x, "date")),
                            cell(s(x, "note")),
                            cell(&approval),
                        ]
                    })
                    .collect();
                doc.add_paragraph(para(s(v, "intro"))).add_table(table(
                    &[&t("version"), &t("date"), &t("note"), &t("approval")],
                    rows,
                    &[8, 11, 16, 20],
                ))
            }
            "changes" => {
                let doc = doc.add_paragraph(para(s(v, "intro")));
                list(v, "items").iter().fold(doc, |doc, c| {
                    doc.add_paragraph(
                        Paragraph::new()
                            .add_run(run(&format!("{}: ", s(c, "kindLabel"))).bold())
                            .add_run(run(s(c, "text"))),
                    )
                })
            }
            _ => doc,
        };
    }
    doc = doc.add_paragraph(small(&format!("{} · {}", t("generatedBy"), s(m, "date"))));
    pack(doc, m, s(&d, "lang"))
}

/// The Word file's bytes: the document with its properties (title, author,
/// date from `meta`) and its language.
pub(crate) fn pack(doc: Docx, meta: &Value, lang: &str) -> Result<Vec<u8>> {
    let mut xml = doc.build();
    xml.doc_props.core = core_properties(meta, lang).into_bytes();
    xml.styles = with_language(&xml.styles, lang);
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|e| Error::Internal(format!("the Word file could not be written: {e}")))?;
    Ok(bytes.into_inner())
}

/// `styles.xml` with the document's language as the default of every run
/// (`<w:lang>`), so Word and LibreOffice check the spelling in it. docx-rs
/// has no setter for it.
fn with_language(styles: &[u8], lang: &str) -> Vec<u8> {
    let tag = match lang {
        "es" => "es-ES",
        _ => "en-GB",
    };
    let text = String::from_utf8_lossy(styles);
    let lang = format!(r#"<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="{tag}" />"#);
    // Last in the run properties, where the schema's order puts it.
    let text = if text.contains("<w:rPrDefault><w:rPr />") {
        text.replacen(
            "<w:rPrDefault><w:rPr />",
            &format!("<w:rPrDefault><w:rPr>{lang}</w:rPr>"),
            1,
        )
    } else {
        text.replacen(
            "</w:rPr></w:rPrDefault>",
            &format!("{lang}</w:rPr></w:rPrDefault>"),
            1,
        )
    };
    text.into_bytes()
}

/// Escapes a text for XML character data and attribute values.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// `docProps/core.xml`: the document's title, author (as its creator and
/// last editor), language and date, which Word and LibreOffice show in the
/// file's properties. docx-rs has no setter for them; the texts come from
/// the document's data (already cleaned), each on one line.
fn core_properties(meta: &Value, lang: &str) -> String {
    let one_line = |key: &str| xml_escape(&s(meta, key).replace('\n', " "));
    let date = format!("{}T00:00:00Z", s(meta, "dateIso"));
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title>",
            "<dc:creator>{author}</dc:creator>",
            "<cp:lastModifiedBy>{author}</cp:lastModifiedBy>",
            "<dc:language>{lang}</dc:language>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>"#,
            "<cp:revision>1</cp:revision>",
            "</cp:coreProperties>",
        ),
        title = one_line("title"),
        author = one_line("author"),
        lang = xml_escape(lang),
        date = xml_escape(&date),
    )
}

fn summary(mut doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    for p in list(v, "paragraphs") {
        doc = doc.add_paragraph(para(p.as_str().unwrap_or_default()));
    }
    let mut header: Vec<String> = list(v, "figures")
        .iter()
        .map(|f| s(f, "label").to_string())
        .collect();
    let mut row: Vec<TableCell> = list(v, "figures")
        .iter()
        .map(|f| cell(s(f, "value")))
        .collect();
    if let Some(score) = v["score"].as_u64() {
        header.push(t("readinessScore"));
        row.push(cell(&format!("{score} / 100 ({})", s(v, "bandLabel"))));
    }
    if !header.is_empty() {
        let widths = vec![1; header.len()];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        doc = doc.add_table(table(&header, vec![row], &widths));
    }
    // The health check's findings only when its chapter is in the document.
    if !v["health"].as_bool().unwrap_or(false) {
        return doc;
    }
    doc = doc.add_paragraph(heading(&t("keyFindings"), 2));
    if list(v, "keyFindings").is_empty() {
        return doc.add_paragraph(para(&t("noFindings")));
    }
    list(v, "keyFindings").iter().fold(doc, |doc, f| {
        doc.add_paragraph(
            Paragraph::new()
                .add_run(run(&format!("{}: ", s(f, "severityLabel"))).bold())
                .add_run(run(s(f, "message"))),
        )
    })
}

fn channels(mut doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    if !list(v, "inUse").is_empty() {
        let rows = list(v, "inUse")
            .iter()
            .map(|c| {
                let mut about = format!("{} · {}", s(c, "network"), s(c, "status"));
                if !s(c, "handle").is_empty() {
                    about = format!("{about}\n{}", s(c, "handle"));
                }
                let mut purpose = s(c, "purpose").to_string();
                if !s(c, "notes").is_empty() {
                    purpose = format!("{purpose}\n{}: {}", t("notes"), s(c, "notes"));
                }
                let hours = if s(c, "hours").is_empty() {
                    t("notEstimated")
                } else {
                    s(c, "hours").to_string()
                };
                vec![
                    cell2(s(c, "name"), &about),
                    cell(&purpose),
                    cell(s(c, "cadence")),
                    cell(s(c, "owner")),
                    cell(&hours),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("channelsInUse"), 2))
            .add_table(table(
                &[
                    &t("channel"),
                    &t("purpose"),
                    &t("cadence"),
                    &t("owner"),
                    &t("hoursWeek"),
                ],
                rows,
                &[16, 28, 13, 10, 6],
            ))
            .add_paragraph(small(s(v, "effort")));
    }
    if let Some(fit) = v.get("fit").filter(|f| !f.is_null()) {
        let criteria = list(fit, "criteria");
        let mut header = vec![t("channel")];
        header.extend(
            criteria
                .iter()
                .map(|c| format!("{} ({} {})", s(c, "name"), t("weight"), c["weight"])),
        );
        header.push(t("weighted"));
        let rows = list(fit, "rows")
            .iter()
            .map(|r| {
                let mut row = vec![cell2(s(r, "name"), s(r, "status"))];
                row.extend(list(r, "scores").iter().map(|x| {
                    cell(
                        &x.as_u64()
                            .map_or_else(|| "–".to_string(), |n| n.to_string()),
                    )
                }));
                row.push(cell(s(r, "weighted")));
                row
            })
            .collect();
        let mut widths = vec![3];
        widths.extend(criteria.iter().map(|_| 1));
        widths.push(1);
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        doc = doc
            .add_paragraph(heading(&t("fitMatrix"), 2))
            .add_table(table(&header, rows, &widths))
            .add_paragraph(small(&t("fitNote")));
    }
    let others: Vec<&Value> = ["rejected", "considered", "retired"]
        .iter()
        .flat_map(|k| list(v, k))
        .collect();
    if !others.is_empty() {
        let rows = others
            .iter()
            .map(|c| {
                let reason = if s(c, "reason").is_empty() {
                    t("noReason")
                } else {
                    s(c, "reason").to_string()
                };
                vec![
                    cell2(s(c, "name"), s(c, "network")),
                    cell(s(c, "status")),
                    cell(&reason),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("considered"), 2))
            .add_table(table(
                &[&t("channel"), &t("status"), &t("reason")],
                rows,
                &[14, 8, 30],
            ));
    }
    doc
}

fn health(mut doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let mut line = Paragraph::new();
    if let Some(score) = v["score"].as_u64() {
        line = line.add_run(
            run(&format!(
                "{}: {score} / 100 ({}) — ",
                t("score"),
                s(v, "bandLabel")
            ))
            .bold(),
        );
    }
    let mut said = s(v, "asOf").to_string();
    if !s(v, "tally").is_empty() {
        said = format!("{said} · {}", s(v, "tally"));
    }
    doc = doc.add_paragraph(line.add_run(run(&said)));
    if !s(v, "limits").is_empty() {
        doc = doc.add_paragraph(para(s(v, "limits")));
    }
    if !s(v, "method").is_empty() {
        doc = doc.add_paragraph(small(s(v, "method")));
    }
    if list(v, "open").is_empty() {
        doc = doc.add_paragraph(para(&t("noFindings")));
    } else {
        doc = doc.add_paragraph(heading(&t("openFindings"), 2));
        for g in list(v, "open") {
            let count = g["count"].as_u64().unwrap_or_default();
            let mut label = format!("{} · {}", s(g, "severityLabel"), s(g, "section"));
            if count > 1 {
                label.push_str(&format!(" · {count}"));
            }
            doc = doc.add_paragraph(Paragraph::new().add_run(run(&label).bold()));
            for m in list(g, "messages") {
                let text = m.as_str().unwrap_or_default();
                doc = doc.add_paragraph(if count > 1 {
                    para(&format!("• {text}"))
                } else {
                    para(text)
                });
            }
            if !s(g, "principle").is_empty() {
                doc = doc.add_paragraph(
                    Paragraph::new().add_run(run(s(g, "principle")).italic().size(17).color(MUTED)),
                );
            }
        }
    }
    if !list(v, "unchecked").is_empty() {
        doc = doc.add_paragraph(heading(&t("notChecked"), 2));
        for u in list(v, "unchecked") {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(run(&format!("{}. ", s(u, "title"))).bold())
                    .add_run(run(s(u, "why"))),
            );
        }
    }
    if !list(v, "accepted").is_empty() {
        doc = doc.add_paragraph(heading(&t("acceptedRisks"), 2));
        for a in list(v, "accepted") {
            doc = doc
                .add_paragraph(para(s(a, "message")))
                .add_paragraph(small(&format!(
                    "{}: {} · {}",
                    t("reason"),
                    s(a, "reason"),
                    s(a, "date")
                )));
        }
    }
    doc
}

// -- The rules people meet ---------------------------------------------------

/// A user text's blocks (`data::blocks`): paragraphs, bulleted lists,
/// short headings.
pub(crate) fn text_blocks(doc: Docx, blocks: &[Value]) -> Docx {
    blocks.iter().fold(doc, |doc, b| match s(b, "kind") {
        "heading" => doc.add_paragraph(Paragraph::new().add_run(run(s(b, "text")).bold())),
        "list" => list(b, "items").iter().fold(doc, |doc, item| {
            doc.add_paragraph(para(&format!("• {}", item.as_str().unwrap_or_default())))
        }),
        _ => doc.add_paragraph(para(s(b, "text"))),
    })
}

fn conduct(mut doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let h = &v["houseRules"];
    if h.is_object() {
        let mut meta = format!("{} · {}", s(h, "title"), s(h, "status"));
        if !s(h, "approved").is_empty() {
            meta.push_str(&format!(" · {}", s(h, "approved")));
        }
        doc = doc
            .add_paragraph(heading(&t("houseRules"), 2))
            .add_paragraph(small(&meta));
        if !s(h, "note").is_empty() {
            doc = doc.add_paragraph(para(s(h, "note")));
        }
        doc = text_blocks(doc, list(h, "blocks"));
    }
    if !list(v, "moderation").is_empty() {
        let rows = list(v, "moderation")
            .iter()
            .map(|r| {
                let mut note = s(r, "examples").to_string();
                if s(r, "channels") != t("allChannels") {
                    if !note.is_empty() {
                        note.push('\n');
                    }
                    note.push_str(&format!("{}: {}", t("appliesTo"), s(r, "channels")));
                }
                let decided = if !s(r, "decidedBy").is_empty() {
                    format!("{}: {}", t("decidedBy"), s(r, "decidedBy"))
                } else if r["undecided"].as_bool().unwrap_or(false) {
                    format!("{}: {}", t("decidedBy"), t("nobodyNamed"))
                } else {
                    String::new()
                };
                let mut acted = TableCell::new().add_paragraph(para(s(r, "actedBy")));
                if !decided.is_empty() {
                    acted = acted.add_paragraph(small(&decided));
                }
                vec![
                    cell2(s(r, "situation"), &note),
                    TableCell::new()
                        .add_paragraph(Paragraph::new().add_run(run(s(r, "action")).bold())),
                    acted,
                    cell(s(r, "speed")),
                    cell(s(r, "recorded")),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("moderationMatrix"), 2))
            .add_table(table(
                &[
                    &t("situation"),
                    &t("action"),
                    &t("actedBy"),
                    &t("speed"),
                    &t("recorded"),
                ],
                rows,
                &[23, 13, 16, 11, 7],
            ));
    }
    if !list(v, "moderators").is_empty() {
        let rows = list(v, "moderators")
            .iter()
            .map(|m| {
                vec![
                    cell2(s(m, "name"), s(m, "kind")),
                    cell(s(m, "comments")),
                    cell(s(m, "moderator")),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("moderators"), 2))
            .add_table(table(
                &["", &t("comments"), &t("moderator")],
                rows,
                &[24, 9, 20],
            ));
    }
    if !list(v, "protocols").is_empty() {
        doc = doc.add_paragraph(heading(&t("protocols"), 2));
        for p in list(v, "protocols") {
            doc = doc
                .add_paragraph(heading(s(p, "name"), 3))
                .add_paragraph(small(s(p, "kind")));
            doc = add_all(doc, [field(&t("scope"), s(p, "scope"))]);
            if !list(p, "steps").is_empty() {
                let rows = list(p, "steps")
                    .iter()
                    .map(|x| {
                        vec![
                            cell(&x["n"].to_string()),
                            cell(s(x, "what")),
                            cell(s(x, "who")),
                            cell(s(x, "within")),
                        ]
                    })
                    .collect();
                doc = doc.add_table(table(
                    &["", &t("step"), &t("who"), &t("within")],
                    rows,
                    &[3, 32, 15, 11],
                ));
            }
            doc = add_all(
                doc,
                list(p, "facts")
                    .iter()
                    .map(|f| field(s(f, "label"), s(f, "value"))),
            );
            doc = add_all(doc, [field(&t("announcement"), s(p, "announcement"))]);
        }
    }
    doc
}

fn crisis(mut doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    doc = add_all(doc, [field(&t("lastDrill"), s(v, "lastDrill"))]);
    if !list(v, "levels").is_empty() {
        doc = doc.add_paragraph(heading(&t("crisisLevels"), 2));
        for l in list(v, "levels") {
            doc = doc.add_paragraph(heading(&format!("{} — {}", s(l, "label"), s(l, "name")), 3));
            doc = add_all(
                doc,
                [
                    field(&t("triggers"), s(l, "triggers")),
                    field(&t("decidedBy"), s(l, "decidedBy")),
                    field(&t("escalation"), s(l, "escalation")),
                    field(&t("departmentsCalled"), s(l, "departments")),
                ],
            );
            if l["pause"].as_bool().unwrap_or(false) {
                doc = doc.add_paragraph(Paragraph::new().add_run(run(&t("pauses")).bold()));
            }
            if !list(l, "statements").is_empty() {
                doc = doc.add_paragraph(small(&t("holdingStatements")));
                for st in list(l, "statements") {
                    doc = doc.add_paragraph(
                        Paragraph::new()
                            .add_run(run(&format!("{}: ", s(st, "language"))).bold())
                            .add_run(run(s(st, "text")).italic()),
                    );
                }
            }
        }
    }
    let voice = &v["singleVoice"];
    if voice.is_object() {
        doc = doc.add_paragraph(heading(&t("singleVoice"), 2));
        doc = add_all(doc, [field(&t("spokes"), s(voice, "channel"))]);
        doc = prose(doc, s(voice, "text"));
    }
    if !list(v, "pause").is_empty() {
        let mut rows = Vec::new();
        for g in list(v, "pause") {
            for (j, x) in list(g, "items").iter().enumerate() {
                rows.push(vec![
                    if j == 0 {
                        TableCell::new()
                            .add_paragraph(Paragraph::new().add_run(run(s(g, "channel")).bold()))
                    } else {
                        cell("")
                    },
                    cell(s(x, "what")),
                    cell(s(x, "how")),
                    cell(s(x, "who")),
                ]);
            }
        }
        doc = doc
            .add_paragraph(heading(&t("pauseChecklist"), 2))
            .add_table(table(
                &[&t("channel"), &t("what"), &t("how"), &t("who")],
                rows,
                &[13, 12, 28, 12],
            ));
    }
    if !list(v, "postMortem").is_empty() {
        doc = doc.add_paragraph(heading(&t("postMortem"), 2));
        doc = text_blocks(doc, list(v, "postMortem"));
    }
    doc
}

fn policies(mut doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let rows = list(v, "register")
        .iter()
        .map(|p| {
            let mut kind = s(p, "kind").to_string();
            if !s(p, "annex").is_empty() {
                kind.push_str(&format!(" · {}", s(p, "annex")));
            }
            let review = if p["overdue"].as_bool().unwrap_or(false) {
                format!("{} · {}", s(p, "review"), t("reviewOverdue"))
            } else {
                s(p, "review").to_string()
            };
            vec![
                cell2(s(p, "title"), &kind),
                cell(s(p, "owner")),
                cell(s(p, "status")),
                cell(s(p, "approval")),
                cell(&review),
            ]
        })
        .collect();
    doc = doc.add_table(table(
        &[
            &t("policy"),
            &t("owner"),
            &t("status"),
            &t("approval"),
            &t("reviewBy"),
        ],
        rows,
        &[24, 16, 9, 14, 10],
    ));
    for x in list(v, "texts") {
        doc = doc.add_paragraph(heading(s(x, "title"), 2));
        if !s(x, "approved").is_empty() {
            doc = doc.add_paragraph(small(s(x, "approved")));
        }
        doc = text_blocks(doc, list(x, "blocks"));
    }
    doc
}

fn annexes(doc: Docx, v: &Value) -> Docx {
    v.as_array()
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .enumerate()
        .fold(doc, |doc, (i, a)| {
            let title = heading(&format!("{}. {}", s(a, "label"), s(a, "title")), 2);
            let doc = doc.add_paragraph(if i > 0 {
                title.page_break_before(true)
            } else {
                title
            });
            let doc = text_blocks(doc, list(a, "blocks"));
            if s(a, "approved").is_empty() {
                doc
            } else {
                doc.add_paragraph(small(s(a, "approved")))
            }
        })
}
