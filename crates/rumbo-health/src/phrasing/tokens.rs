//! Text as words: folded (lower case, accents removed), numbers kept whole
//! ("1,500", "4,5", "2.000"), each word with its English and Spanish stems,
//! split into sentences.

use super::stem;

/// One word or number of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Lower case, accents removed: "esta" for both "esta" and "está".
    pub folded: String,
    /// Lower case with its accents: tells "está" (is) from "esta" (this).
    pub accented: String,
    pub stem_en: String,
    pub stem_es: String,
    /// Written with a capital letter after the first word: a proper name.
    pub capitalized: bool,
    pub number: Option<Number>,
}

/// What a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Number {
    /// A year ("2027"): a date, not a result.
    Year,
    /// Any other figure.
    Figure,
}

/// Lower case, accents removed ("Página" → "pagina").
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// The sentences of `text`, each as its tokens. A sentence ends at `.`, `;`,
/// `:`, `!`, `?` or a line break (a decimal point inside a number does not
/// end one).
pub(crate) fn sentences(text: &str) -> Vec<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            // A number, with its group and decimal marks: 1,500 · 4,5 · 2.000 · 0.5
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], '.' | ',' | '\u{a0}' | '\u{202f}')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                        && chars[i.saturating_sub(1)].is_ascii_digit()))
            {
                i += 1;
            }
            let raw: String = chars[start..i].iter().collect();
            current.push(number_token(&raw));
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let raw: String = chars[start..i].iter().collect();
            let first = current.is_empty();
            current.push(word_token(&raw, !first));
            continue;
        }
        if matches!(c, '.' | ';' | ':' | '!' | '?' | '\n' | '¿' | '¡') && !current.is_empty() {
            sentences.push(std::mem::take(&mut current));
        }
        i += 1;
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Every token of `text`, across sentences.
pub(crate) fn words(text: &str) -> Vec<Token> {
    sentences(text).into_iter().flatten().collect()
}

fn word_token(raw: &str, can_be_name: bool) -> Token {
    let accented: String = raw.chars().flat_map(char::to_lowercase).collect();
    let folded = fold(raw);
    Token {
        stem_en: stem::en(&folded),
        stem_es: stem::es(&folded),
        capitalized: can_be_name && raw.chars().next().is_some_and(char::is_uppercase),
        folded,
        accented,
        number: None,
    }
}

fn number_token(raw: &str) -> Token {
    let year = raw.len() == 4
        && raw
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year));
    Token {
        folded: raw.to_string(),
        accented: raw.to_string(),
        stem_en: raw.to_string(),
        stem_es: raw.to_string(),
        capitalized: false,
        number: Some(if year { Number::Year } else { Number::Figure }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<Vec<String>> {
        sentences(text)
            .into_iter()
            .map(|s| s.into_iter().map(|t| t.folded).collect())
            .collect()
    }

    #[test]
    fn words_are_folded_and_numbers_kept_whole() {
        assert_eq!(
            folded("¡ESTÁR en TikTok, ya!"),
            [["estar", "en", "tiktok", "ya"]]
        );
        assert_eq!(folded("Página—Año"), [["pagina", "ano"]]);
        assert_eq!(
            folded("Get 1,500 people; reach 4,5 of 5 by 2027."),
            [
                vec!["get", "1,500", "people"],
                vec!["reach", "4,5", "of", "5", "by", "2027"]
            ]
        );
        let tokens = words("Vender 2.000 entradas en 2027");
        assert_eq!(tokens[1].number, Some(Number::Figure));
        assert_eq!(tokens[4].number, Some(Number::Year));
        // "está" (is) and "esta" (this) fold alike but keep their accents apart.
        let tokens = words("Que esté en esta red");
        assert_eq!(tokens[1].folded, "este");
        assert_eq!(tokens[1].accented, "esté");
        assert!(!tokens[0].capitalized);
        assert!(words("Reforzar la presencia de la Diputación")[5].capitalized);
        assert!(!words("Reforzar la presencia de la Diputación")[4].capitalized);
    }
}
