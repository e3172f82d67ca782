//! Text as Rumbo keeps and shows it: names in one canonical form, and user
//! text made safe to print on a terminal.

use unicode_normalization::UnicodeNormalization;

/// Characters that take no space and show nothing, which would make two
/// names look identical while comparing different: zero-width spaces and
/// joiners, the word joiner, invisible operators, the byte-order mark, the
/// soft hyphen, the Mongolian vowel separator and the bidirectional marks,
/// embeddings, overrides and isolates. The zero-width joiner is kept
/// between two pictographs, where it builds one emoji (👩‍💻).
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

fn pictograph(c: Option<char>) -> bool {
    // Emoji live above U+2000 and outside the letters of any script Rumbo
    // is written in; a joiner between two of them is part of the emoji.
    c.is_some_and(|c| matches!(c, '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}'))
}

/// A name in its one canonical form: Unicode NFC (so `Café` typed with a
/// combining accent is the same name as with a precomposed `é`), without
/// invisible characters (see [`invisible`]) and trimmed. Two names that
/// look the same are then the same.
pub fn canonical_name(text: &str) -> String {
    let composed: Vec<char> = text.nfc().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in composed.iter().enumerate() {
        if invisible(*c) {
            let emoji_joiner = *c == '\u{200D}'
                && pictograph(i.checked_sub(1).and_then(|p| composed.get(p).copied()))
                && pictograph(composed.get(i + 1).copied());
            if !emoji_joiner {
                continue;
            }
        }
        out.push(*c);
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// Free text in NFC, trimmed (invisible characters are kept: they may be
/// meant, as in an emoji or a right-to-left quotation).
pub fn canonical_text(text: &str) -> String {
    let trimmed = text.trim();
    if unicode_normalization::is_nfc_quick(trimmed.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        trimmed.to_string()
    } else {
        trimmed.nfc().collect()
    }
}

/// The key two names are compared by: canonical and case-folded.
pub fn name_key(text: &str) -> String {
    canonical_name(text).to_lowercase()
}

/// `text` with every control character shown as a visible symbol (␛ for
/// escape, ␀ for NUL, ␊ for a line feed…) and the bidirectional overrides
/// and isolates as `<U+202E>`, so that user text printed on a terminal can
/// neither send it escape sequences nor reorder what is around it (tabs
/// and line feeds too, so that one value stays on its line and column).
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{0}'..='\u{1f}' => {
                out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'))
            }
            '\u{7f}' => out.push('\u{2421}'),
            c if c.is_control() => out.push('\u{fffd}'),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => {
                out.push_str(&format!("<U+{:04X}>", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out
}

/// A lower-case letter without its accent (`é` → `e`, `ñ` → `n`): how
/// names and words are compared across spellings.
pub fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_look_the_same_are_the_same() {
        let composed = "Caf\u{e9}";
        let decomposed = "Cafe\u{301}";
        assert_ne!(composed, decomposed);
        assert_eq!(canonical_name(decomposed), composed);
        assert_eq!(canonical_name("Ca\u{200B}f\u{e9}"), composed);
        assert_eq!(canonical_name("\u{FEFF}Caf\u{e9}\u{2060} "), composed);
        assert_eq!(canonical_name("Caf\u{AD}\u{e9}"), composed);
        assert_eq!(canonical_name("\u{202E}Caf\u{e9}"), composed);
        assert_eq!(name_key("CAFE\u{301}"), name_key("café"));
        // An emoji built with a joiner keeps it.
        let coder = "Equipo \u{1F469}\u{200D}\u{1F4BB}";
        assert_eq!(canonical_name(coder), coder);
        // A joiner between letters is invisible and goes.
        assert_eq!(canonical_name("a\u{200D}b"), "ab");
    }

    #[test]
    fn free_text_is_composed_and_trimmed_but_keeps_what_may_be_meant() {
        assert_eq!(canonical_text(" Cafe\u{301} "), "Caf\u{e9}");
        assert_eq!(canonical_text("a\u{200B}b"), "a\u{200B}b");
    }

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(visible("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(visible("x\ny\u{7}"), "x\u{240a}y\u{2407}");
        assert_eq!(visible("\u{9b}"), "\u{fffd}");
        assert_eq!(visible("\u{202E}abc"), "<U+202E>abc");
        assert_eq!(visible("Ñandú 👩‍💻"), "Ñandú 👩‍💻");
    }
}
