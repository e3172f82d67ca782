//! What user text becomes on its way into the document.
//!
//! [`clean_all`] runs once, at the end of [`crate::data::build`], over every
//! string of the document's data, so the PDF, HTML, Markdown and DOCX all get
//! the same text: no character that XML 1.0 cannot hold (a DOCX with one is
//! refused by Word and LibreOffice), no other control character, and every
//! kind of line break written as `\n`.

use serde_json::Value;

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
        Value::Object(map) => map.values_mut().for_each(|v| each_string(v, f)),
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
}
