//! Reading the document's files back as their readers do: the PDF with
//! poppler (`pdftotext`, its words and where they are on the page), the
//! DOCX unzipped (`unzip`) with every XML part parsed strictly (roxmltree,
//! which refuses any character XML 1.0 cannot hold, as Word and LibreOffice
//! do). Shared by `render.rs` and `fuzz_render.rs`.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

fn run(command: &mut Command, what: &str) -> Result<Vec<u8>, String> {
    let out = command
        .output()
        .map_err(|e| format!("{what} could not run: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(format!(
            "{what} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> Result<std::path::PathBuf, String> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

fn tempdir() -> Result<tempfile::TempDir, String> {
    tempfile::tempdir().map_err(|e| format!("temporary folder: {e}"))
}

/// The text of a PDF, as poppler reads it, its pages separated by a blank
/// line (instead of pdftotext's form feed).
pub fn pdf_text(pdf: &[u8]) -> Result<String, String> {
    let dir = tempdir()?;
    let path = write_temp(dir.path(), "doc.pdf", pdf)?;
    let out = run(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-"),
        "pdftotext (poppler-utils)",
    )?;
    Ok(String::from_utf8_lossy(&out).replace('\u{c}', "\n"))
}

/// A word on a page, as `pdftotext -bbox` places it (points, from the
/// page's top left corner).
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x_min: f64,
    pub y_min: f64,
    pub x_max: f64,
    pub y_max: f64,
}

/// A page's size in points.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub width: f64,
    pub height: f64,
}

fn attribute(line: &str, name: &str) -> Option<f64> {
    let start = line.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + line[start..].find('"')?;
    line[start..end].parse().ok()
}

/// Every word of a PDF with its box, and every page's size.
pub fn pdf_words(pdf: &[u8]) -> Result<(Vec<Page>, Vec<Word>), String> {
    let dir = tempdir()?;
    let path = write_temp(dir.path(), "doc.pdf", pdf)?;
    let out = run(
        Command::new("pdftotext")
            .args(["-bbox", "-enc", "UTF-8"])
            .arg(&path)
            .arg("-"),
        "pdftotext -bbox (poppler-utils)",
    )?;
    let html = String::from_utf8_lossy(&out);
    let mut pages = Vec::new();
    let mut words = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            let (Some(width), Some(height)) = (attribute(line, "width"), attribute(line, "height"))
            else {
                return Err(format!("a page without a size: {line}"));
            };
            pages.push(Page { width, height });
        } else if line.starts_with("<word ") {
            let text = line
                .split_once('>')
                .and_then(|(_, rest)| rest.rsplit_once("</word>"))
                .map(|(text, _)| unescape(text))
                .unwrap_or_default();
            let boxed = (
                attribute(line, "xMin"),
                attribute(line, "yMin"),
                attribute(line, "xMax"),
                attribute(line, "yMax"),
            );
            let (Some(x_min), Some(y_min), Some(x_max), Some(y_max)) = boxed else {
                return Err(format!("a word without a box: {line}"));
            };
            words.push(Word {
                page: pages.len().saturating_sub(1),
                text,
                x_min,
                y_min,
                x_max,
                y_max,
            });
        }
    }
    if pages.is_empty() {
        return Err("pdftotext -bbox found no page".into());
    }
    Ok((pages, words))
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// What is wrong with where the words of a PDF are: a word outside its
/// page's text area (`margin` points from each side, horizontally, give or
/// take the 3 points by which Typst lets a final hyphen, dash or full stop
/// hang into the margin; the page itself vertically), or two words drawn
/// over each other (overlapping by more than a point across and by more
/// than a third of the smaller one's height). At most `limit` problems.
pub fn layout_problems(pages: &[Page], words: &[Word], margin: f64, limit: usize) -> Vec<String> {
    const SLACK: f64 = 1.0;
    const OVERHANG: f64 = 3.0;
    let mut problems = Vec::new();
    for w in words {
        let Some(page) = pages.get(w.page) else {
            problems.push(format!("{w:?} is on no page"));
            continue;
        };
        if w.x_min < margin - OVERHANG
            || w.x_max > page.width - margin + OVERHANG
            || w.y_min < 0.0
            || w.y_max > page.height
        {
            problems.push(format!(
                "page {}: {:?} runs out of the text area (x {:.1}–{:.1} of {:.1}, margins {margin:.1})",
                w.page + 1,
                w.text,
                w.x_min,
                w.x_max,
                page.width
            ));
        }
    }
    let mut by_page: Vec<&Word> = words.iter().collect();
    by_page.sort_by_key(|w| w.page);
    for (i, a) in by_page.iter().enumerate() {
        for b in by_page[i + 1..].iter().take_while(|b| b.page == a.page) {
            let across = a.x_max.min(b.x_max) - a.x_min.max(b.x_min);
            let down = a.y_max.min(b.y_max) - a.y_min.max(b.y_min);
            let height = (a.y_max - a.y_min).min(b.y_max - b.y_min);
            if across > SLACK && down > height / 3.0 {
                problems.push(format!(
                    "page {}: {:?} and {:?} are drawn over each other",
                    a.page + 1,
                    a.text,
                    b.text
                ));
            }
        }
    }
    problems.truncate(limit);
    problems
}

/// Every XML part of a DOCX (name, text), each parsed strictly: an error
/// names the part and what the parser refused.
pub fn docx_parts(docx: &[u8]) -> Result<Vec<(String, String)>, String> {
    let dir = tempdir()?;
    let path = write_temp(dir.path(), "doc.docx", docx)?;
    let listing = run(Command::new("unzip").arg("-Z1").arg(&path), "unzip")?;
    let out = dir.path().join("parts");
    run(
        Command::new("unzip")
            .arg("-qq")
            .arg(&path)
            .arg("-d")
            .arg(&out),
        "unzip",
    )?;
    let mut parts = Vec::new();
    for name in String::from_utf8_lossy(&listing).lines() {
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let bytes = std::fs::read(out.join(name)).map_err(|e| format!("{name}: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| format!("{name} is not UTF-8: {e}"))?;
        check_xml(&text).map_err(|e| format!("{name}: {e}"))?;
        parts.push((name.to_string(), text));
    }
    for needed in [
        "word/document.xml",
        "docProps/core.xml",
        "[Content_Types].xml",
    ] {
        if !parts.iter().any(|(name, _)| name == needed) {
            return Err(format!("no {needed} in the DOCX"));
        }
    }
    Ok(parts)
}

/// Parses an XML document strictly (well-formed, only characters XML 1.0
/// allows).
pub fn check_xml(text: &str) -> Result<(), String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// A character no output may hold: what XML 1.0 cannot (C0 controls but
/// tab, line feed and carriage return; U+FFFE, U+FFFF), and what Rumbo
/// drops as well (DEL, the C1 controls, every other noncharacter).
pub fn is_forbidden(c: char) -> bool {
    let code = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// The first forbidden character of `text` and what comes before it.
pub fn forbidden_in(text: &str) -> Option<String> {
    let at = text.find(is_forbidden)?;
    let before: String = text[..at]
        .chars()
        .rev()
        .take(40)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let c = text[at..].chars().next().unwrap_or_default();
    Some(format!("U+{:04X} after {before:?}", u32::from(c)))
}

/// The standalone words `inf`, `NaN` and the like: a number written by a
/// formatter that did not know better.
pub fn non_number(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| matches!(w.to_lowercase().as_str(), "inf" | "infinity" | "nan"))
        .map(str::to_string)
}
