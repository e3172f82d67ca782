//! What user text becomes on its way into the document.
//!
//! - [`clean_all`] runs once, at the end of [`crate::data::build`], over every
//!   string of the document's data, so the PDF, HTML, Markdown and DOCX all
//!   get the same text: no character that XML 1.0 cannot hold (a DOCX with
//!   one is refused by Word and LibreOffice), no other control character,
//!   and every kind of line break written as `\n`.
//! - [`breakable_all`] is for the PDF only: it marks where a long unbroken
//!   string (an e-mail, a link, a handle, a long number, a made-up word) may
//!   wrap, so that it never runs into the next column or off the page. The
//!   other formats wrap long words themselves. [`fit_roadmap_labels`], also
//!   for the PDF only, cuts the roadmap's labels to the two lines they have.

use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

/// Applies `f` to every string of `value` (object keys are the template's
/// own and are left alone); `f` returns the new text, or `None` to keep it.
fn each_string(value: &mut Value, f: &impl Fn(&str) -> Option<String>) {
    match value {
        Value::String(text) => {
            if let Some(new) = f(text) {
                *text = new;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| each_string(v, f)),
        // An `id` names a chapter or a record for the template, and is
        // never printed: it stays as it is ("service_levels").
        Value::Object(map) => map
            .iter_mut()
            .filter(|(key, _)| key.as_str() != "id")
            .for_each(|(_, v)| each_string(v, f)),
        _ => {}
    }
}

/// Cleans every string of the document's data (see [`clean`]).
pub fn clean_all(value: &mut Value) {
    each_string(value, &clean);
}

/// A character written as a line break: a carriage return (alone or before
/// a line feed), a vertical tab (what Word's Shift+Enter puts in copied
/// text), a form feed, NEXT LINE, and the Unicode line and paragraph
/// separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// A character no format gets: the C0 controls other than tab and line
/// feed (XML 1.0 cannot hold them at all), DEL and the C1 controls (XML
/// allows them but discourages them, and they show as nothing or as boxes),
/// and the noncharacters (U+FFFE and U+FFFF, which XML cannot hold, U+FDD0–
/// U+FDEF, and the last two code points of every plane).
fn is_dropped(c: char) -> bool {
    let code = u32::from(c);
    (c.is_control() && c != '\t' && c != '\n')
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// `text` with every line break as `\n` (a carriage return before a line
/// feed is dropped) and the characters of [`is_dropped`] removed; `None`
/// when there is nothing to change.
pub fn clean(text: &str) -> Option<String> {
    if !text.chars().any(|c| is_line_break(c) || is_dropped(c)) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_line_break(c) {
            out.push('\n');
        } else if !is_dropped(c) {
            out.push(c);
        }
    }
    Some(out)
}

/// Where the PDF may break a long string. The Typst template lays every
/// token holding one out without hyphenation and turns this character into
/// a zero-width break opportunity, so it is never part of the PDF's text.
pub const BREAK: char = '\u{200b}';

/// The widest a piece of text between two break opportunities may be, in
/// ems: what fits the narrowest column that holds user text (about 36 pt
/// at 8 pt, 4.5 ems: the head of the RACI grid and of the fit matrix,
/// which `document.typ` splits so that they never get narrower), with room
/// for bold type. Tokens (runs of non-space characters) no wider are left
/// as they are, and so are the stretches of a wider token between its
/// natural breaks.
const PIECE: f64 = 4.5;
/// A plain word longer than this (in characters) may break anywhere: no
/// real word is.
const LONG_WORD: usize = 24;
/// A plain word is left to Typst's hyphenation when it splits into
/// syllables no wider than this, in ems (the patterns Typst uses, in the
/// document's language); one that does not ("xxxxxxxxxxxx") may break
/// anywhere. A little over [`PIECE`], so that the words of running text
/// never break without a hyphen ("strengths" is one syllable); such a
/// syllable overflows the narrowest column by less than the gap between
/// columns (10 pt).
const SYLLABLE: f64 = 5.4;

/// The width of `text` in ems as the PDF sets it, a little generously: in
/// the regular face, 8% wider for bold type and kerning.
fn ems(text: &str) -> f64 {
    Faces::get().width(text) * 1.08
}

/// Marks break opportunities in every string of the PDF's data (see
/// [`breakable`]), hyphenating in the data's language (`lang`).
pub fn breakable_all(value: &mut Value) {
    let lang = value
        .get("lang")
        .and_then(Value::as_str)
        .and_then(|code| hypher::Lang::from_iso(code.as_bytes().try_into().ok()?));
    each_string(value, &|text| breakable(text, lang));
}

/// `text` with a [`BREAK`] wherever a long token may wrap, or `None` when
/// it has no token that needs one:
///
/// - after `@ . / \ _ - , : ; ? & = + # ~ |` inside a token wider than
///   [`PIECE`] (the places a reader expects an address or a number to
///   wrap), and between every two characters of a stretch wider than
///   [`PIECE`] without such a place (a long handle, a hash, a run of
///   digits);
/// - between every two characters of a plain word longer than [`LONG_WORD`]
///   characters or with a syllable wider than [`SYLLABLE`];
/// - never where Unicode's line breaking forbids a break (see
///   [`may_break_between`]): the break moves to the next place allowed.
///
/// Other plain words are left to Typst, which hyphenates them. Typst breaks
/// a line only where it must, so a token that fits stays on one line
/// whatever breaks it has.
pub fn breakable(text: &str, lang: Option<hypher::Lang>) -> Option<String> {
    // No character is much wider than an em: a short token is never too
    // wide.
    if !text
        .split_whitespace()
        .any(|w| w.chars().count() > 3 && ems(w) > PIECE)
    {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (token, after) = rest.split_at(end);
        push_token(&mut out, token, lang);
        let spaces = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        out.push_str(&after[..spaces]);
        rest = &after[spaces..];
    }
    (out != text).then_some(out)
}

fn is_natural_break(grapheme: &str) -> bool {
    matches!(
        grapheme,
        "@" | "."
            | "/"
            | "\\"
            | "_"
            | "-"
            | ","
            | ":"
            | ";"
            | "?"
            | "&"
            | "="
            | "+"
            | "#"
            | "~"
            | "|"
    )
}

/// The letters of a plain word: a token of letters with, at most,
/// punctuation around them.
fn plain_word(token: &str) -> Option<&str> {
    let core = token.trim_matches(|c: char| {
        matches!(
            c,
            '"' | '\''
                | '('
                | ')'
                | '['
                | ']'
                | '¿'
                | '¡'
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '.'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
        )
    });
    (!core.is_empty() && core.chars().all(char::is_alphabetic)).then_some(core)
}

/// Whether Typst can hyphenate `word` into syllables short enough.
fn hyphenates(word: &str, lang: Option<hypher::Lang>) -> bool {
    let Some(lang) = lang else {
        return true;
    };
    hypher::hyphenate(word, lang).all(|syllable| ems(syllable) <= SYLLABLE)
}

/// Whether Unicode's line breaking (UAX #14), which Typst follows, lets a
/// line break between `before` and `after` once a space stands between
/// them: not before closing brackets and quotes, `!`, `?`, `,`, `.`, `:`,
/// `;` and `/` (rule LB13), not after opening ones (LB14).
fn may_break_between(before: &str, after: &str) -> bool {
    let closing = after.chars().next().is_some_and(|c| {
        matches!(
            c,
            ')' | ']'
                | '}'
                | '»'
                | '”'
                | '’'
                | '›'
                | '!'
                | '?'
                | '‼'
                | ','
                | '.'
                | ':'
                | ';'
                | '/'
                | '…'
        )
    });
    let opening = before
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '(' | '[' | '{' | '«' | '“' | '‘' | '‹' | '¿' | '¡'));
    !closing && !opening
}

fn push_token(out: &mut String, token: &str, lang: Option<hypher::Lang>) {
    if ems(token) <= PIECE {
        out.push_str(token);
        return;
    }
    let graphemes: Vec<&str> = token.graphemes(true).collect();
    let count = graphemes.len();
    // Where a break is wanted: after `breaks[i]`.
    let mut breaks = vec![false; count];
    if let Some(word) = plain_word(token) {
        if count <= LONG_WORD && hyphenates(word, lang) {
            out.push_str(token);
            return;
        }
        breaks.fill(true);
    } else {
        let mut start = 0;
        for i in 0..count {
            let last = i + 1 == count;
            let ends_run =
                last || (is_natural_break(graphemes[i]) && !is_natural_break(graphemes[i + 1]));
            if !ends_run {
                continue;
            }
            // The stretch, without the break that ends it.
            let stretch = i + 1 - start - usize::from(is_natural_break(graphemes[i]));
            if ems(&graphemes[start..start + stretch].concat()) > PIECE {
                breaks[start..start + stretch - 1].fill(true);
            }
            breaks[i] = true;
            start = i + 1;
        }
    }
    // Each break goes where Unicode lets a line break: there, or a little
    // further on.
    let mut pending = false;
    for (i, grapheme) in graphemes.iter().enumerate() {
        out.push_str(grapheme);
        pending |= breaks[i];
        if pending && i + 1 < count && may_break_between(grapheme, graphemes[i + 1]) {
            out.push(BREAK);
            pending = false;
        }
    }
}

/// Cuts the roadmap's labels in the PDF's data to two lines of the
/// template's label column (34% of the 470.55 pt text width, less 6 pt of
/// padding, at 7 pt: 22 ems; keep in step with `roadmap` in
/// `document.typ`), so that no label is clipped mid-line; the full name is
/// in its own section.
pub fn fit_roadmap_labels(data: &mut Value) {
    const LINE: f64 = (0.34 * 470.55 - 6.0) / 7.0;
    if let Some(Value::Array(items)) = data.pointer_mut("/sections/roadmap/items") {
        for item in items {
            if let Some(Value::String(label)) = item.get_mut("label") {
                // One paragraph, as in the web page's roadmap.
                let one = label.replace('\n', " ");
                *label = fit_lines(&one, LINE, 2).unwrap_or(one);
            }
        }
    }
}

/// The widths of characters in the document's regular face (Inter, then
/// DejaVu Sans for what Inter lacks), in ems.
struct Faces(Vec<ttf_parser::Face<'static>>);

impl Faces {
    fn get() -> &'static Faces {
        static FACES: std::sync::LazyLock<Faces> = std::sync::LazyLock::new(|| {
            Faces(
                crate::world::REGULAR_FACES
                    .iter()
                    .filter_map(|data| ttf_parser::Face::parse(data, 0).ok())
                    .collect(),
            )
        });
        &FACES
    }

    /// A character's advance; a full em when no face has it (Typst then
    /// draws a box about that wide).
    fn advance(&self, c: char) -> f64 {
        if c == BREAK || c.is_control() {
            return 0.0;
        }
        self.0
            .iter()
            .find_map(|face| {
                let glyph = face.glyph_index(c)?;
                let units = face.glyph_hor_advance(glyph)?;
                Some(f64::from(units) / f64::from(face.units_per_em()))
            })
            .unwrap_or(1.0)
    }

    fn width(&self, text: &str) -> f64 {
        text.chars().map(|c| self.advance(c)).sum()
    }
}

/// How many lines `text` takes in the regular face when lines are
/// `line` ems wide and break only at spaces and [`BREAK`]s, filled first
/// to last (as Typst does when text is not justified). An overestimate
/// where Typst finds more places to break; widths are taken 4% wider for
/// kerning and shaping.
fn lines_needed(faces: &Faces, text: &str, line: f64) -> usize {
    text.split('\n')
        .map(|paragraph| paragraph_lines(faces, paragraph, line))
        .sum()
}

fn paragraph_lines(faces: &Faces, text: &str, line: f64) -> usize {
    const SLACK: f64 = 1.04;
    let mut lines = 1;
    let mut used = 0.0;
    let mut rest = text;
    while !rest.is_empty() {
        // A piece: up to and including the next break or run of spaces.
        let end = rest
            .find(|c: char| c == BREAK || c.is_whitespace())
            .map_or(rest.len(), |at| {
                let after = &rest[at..];
                at + after
                    .find(|c: char| !(c == BREAK || c.is_whitespace()))
                    .unwrap_or(after.len())
            });
        let (piece, after) = rest.split_at(end);
        rest = after;
        let body = piece.trim_end_matches(|c: char| c == BREAK || c.is_whitespace());
        let (body_width, full_width) = (faces.width(body) * SLACK, faces.width(piece) * SLACK);
        if used > 0.0 && used + body_width > line {
            lines += 1;
            used = 0.0;
        }
        if used == 0.0 && body_width > line {
            // Wider than a line: it overflows; count the lines it would fill.
            lines += (body_width / line).ceil() as usize - 1;
            used = line;
        } else {
            used += full_width;
        }
    }
    lines
}

/// `text` cut short with "…" so that it takes at most `lines` lines `line`
/// ems wide (see [`lines_needed`]); `None` when it already does.
pub fn fit_lines(text: &str, line: f64, lines: usize) -> Option<String> {
    let faces = Faces::get();
    if lines_needed(faces, text, line) <= lines {
        return None;
    }
    let graphemes: Vec<&str> = text.graphemes(true).collect();
    let shortened = |n: usize| {
        let mut out: String = graphemes[..n].concat();
        out.truncate(
            out.trim_end_matches(|c: char| c == BREAK || c.is_whitespace())
                .len(),
        );
        out.push('…');
        out
    };
    // The longest start that fits, by bisection (it fits at 0).
    let (mut low, mut high) = (0, graphemes.len());
    while low + 1 < high {
        let middle = (low + high) / 2;
        if lines_needed(faces, &shortened(middle), line) <= lines {
            low = middle;
        } else {
            high = middle;
        }
    }
    // At the end of a word rather than inside one, when that keeps most.
    let word_end = (low / 2..low).rev().find(|&n| {
        n > 0
            && graphemes[n]
                .chars()
                .all(|c| c == BREAK || c.is_whitespace())
    });
    Some(shortened(word_end.unwrap_or(low)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_hold_are_dropped_and_line_breaks_mapped() {
        assert_eq!(clean("plain text, «accents» — ñ"), None);
        assert_eq!(clean("tab\tand\nline"), None);
        assert_eq!(
            clean("a\u{b}b\u{c}c\r\nd\re\u{85}f\u{2028}g\u{2029}h").as_deref(),
            Some("a\nb\nc\nd\ne\nf\ng\nh")
        );
        assert_eq!(
            clean(
                "\u{0}n\u{7}u\u{1b}[31ml\u{7f}l\u{9b}\u{fffe}\u{ffff}\u{fdd0}\u{1fffe}\u{10ffff}"
            )
            .as_deref(),
            Some("nu[31mll")
        );
        // What is kept: private use, emoji, the replacement character.
        assert_eq!(clean("\u{e000}🙂\u{fffd}\u{fdcf}\u{fdf0}"), None);
    }

    fn marked(text: &str) -> String {
        breakable(text, Some(hypher::Lang::English))
            .unwrap_or_else(|| text.to_string())
            .replace(BREAK, "|")
    }

    #[test]
    fn long_strings_get_break_opportunities_and_words_none() {
        let en = Some(hypher::Lang::English);
        let es = Some(hypher::Lang::Spanish);
        assert_eq!(breakable("A short sentence with ordinary words.", en), None);
        assert_eq!(breakable("internacionalización", es), None);
        assert_eq!(
            breakable("Communication departments, straightforwardly", en),
            None
        );
        assert_eq!(marked("2,500,000"), "2,|500,|000");
        assert_eq!(
            marked("Contact ana.garcia-lopez@ayuntamiento.example, please"),
            "Contact ana.|garcia-|lopez@|a|y|u|n|t|a|m|i|e|n|t|o.|example, please"
        );
        assert_eq!(
            marked("https://example.org/a/b?x=1"),
            "https://|example.|org/|a/|b?|x=|1"
        );
        // A long stretch without a natural break may break anywhere.
        assert_eq!(marked("@valdoria.es"), "@|valdoria.|es");
        assert_eq!(
            marked("@fundacionempleo"),
            "@|f|u|n|d|a|c|i|o|n|e|m|p|l|e|o"
        );
        // So may a word longer than any real one, or one that cannot be
        // hyphenated.
        let word = "x".repeat(30);
        assert_eq!(marked(&word).matches('|').count(), 29);
        assert_eq!(marked("(xxxxxxxxxxxx)").matches('|').count(), 11);
        // Never where Unicode forbids a line break: before closing
        // punctuation or after opening one.
        assert_eq!(marked("segment/]@handle"), "segment/]|@|handle");
        assert_eq!(marked("(«xxxxxxxxxx»)"), "(«x|x|x|x|x|x|x|x|x|x»)");
        // Characters are never split from their accents.
        let accented = "e\u{301}".repeat(14);
        assert_eq!(marked(&accented).matches('|').count(), 13);
        // The text is the same once the marks are removed.
        let text = "see  https://example.org/path\tand\nana@example.org ";
        assert_eq!(
            breakable(text, en).unwrap_or_default().replace(BREAK, ""),
            text
        );
    }

    #[test]
    fn a_text_is_cut_short_to_fit_its_lines() {
        let faces = Faces::get();
        // Inter's figures are 0.6 em or so; W is wider than i.
        assert!(faces.advance('W') > faces.advance('i'));
        assert_eq!(fit_lines("Summer job fair", 22.0, 2), None);
        assert_eq!(lines_needed(faces, "a\nb\n", 22.0), 3);
        let long = "Registrations ".repeat(12);
        let cut = fit_lines(&long, 22.0, 2).unwrap_or_default();
        assert!(cut.ends_with("Registrations…"), "{cut}");
        assert!(lines_needed(faces, &cut, 22.0) <= 2);
        assert!(lines_needed(faces, &long, 22.0) > 2);
        // A run of wide letters with breaks anywhere, and one without any.
        let wide = breakable(&"W".repeat(80), None).unwrap_or_default();
        let cut = fit_lines(&wide, 22.0, 2).unwrap_or_default();
        assert!(cut.ends_with('…') && lines_needed(faces, &cut, 22.0) <= 2);
        let unbroken = fit_lines(&"W".repeat(80), 22.0, 2).unwrap_or_default();
        assert!(lines_needed(faces, &unbroken, 22.0) <= 2, "{unbroken}");
    }
}
