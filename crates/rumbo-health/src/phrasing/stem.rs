//! Light stemmers for English and Spanish: they strip inflections (plural,
//! gender, verb endings, enclitic pronouns, `-ción`/`-tion` nominalizations)
//! so that "open", "opens", "opened", "opening" — or "crear", "creamos",
//! "creado", "creación" — meet on one stem. They work on folded words (lower
//! case, no accents) and are deliberately conservative: a stem keeps at
//! least three letters, so short words are left alone.
//!
//! Irregular forms ("tiene", "tengan", "dispongan", "refuerce") are not
//! guessed: the lexicon lists them beside the infinitive, and they are
//! stemmed the same way.

/// Spanish endings, longest first: verb endings (infinitive, gerund,
/// participle, the common tenses and moods), nominalizations, then gender
/// and number.
const ES_SUFFIXES: &[&str] = &[
    "amientos", "imientos", "aciones", "iciones", "ariamos", "eriamos", "iriamos", "amiento",
    "imiento", "ieramos", "aramos", "aremos", "eremos", "iremos", "asteis", "isteis", "abamos",
    "acion", "icion", "ieron", "arian", "erian", "irian", "arias", "erias", "irias", "iamos",
    "aron", "ando", "iendo", "yendo", "aria", "eria", "iria", "aran", "eran", "iran", "aras",
    "eras", "iras", "aban", "abas", "ados", "adas", "idos", "idas", "amos", "emos", "imos", "ase",
    "ara", "era", "ira", "are", "ere", "ire", "aba", "ado", "ada", "ido", "ida", "ais", "eis",
    "ian", "ias", "ar", "er", "ir", "an", "en", "as", "es", "os", "ia", "a", "e", "o", "s",
];

/// Pronouns written onto an infinitive or a gerund: "darnos", "unirse",
/// "posicionarnos", "abrirla".
const ES_ENCLITICS: &[&str] = &[
    "nos", "las", "los", "les", "se", "la", "lo", "le", "me", "te", "os",
];

/// Whether a folded Spanish word carries an enclitic pronoun after an
/// infinitive or gerund, and the word without it ("unirnos" → "unir").
pub(crate) fn es_enclitic(word: &str) -> Option<&str> {
    ES_ENCLITICS.iter().find_map(|pronoun| {
        let base = word.strip_suffix(pronoun)?;
        let verbal = ["ar", "er", "ir", "ando", "iendo"]
            .iter()
            .any(|ending| base.ends_with(ending));
        (verbal && base.chars().count() >= 4).then_some(base)
    })
}

/// The Spanish stem of a folded word.
pub(crate) fn es(word: &str) -> String {
    let word = es_enclitic(word).unwrap_or(word);
    strip(word, ES_SUFFIXES)
}

/// The English stem of a folded word.
pub(crate) fn en(word: &str) -> String {
    let len = word.chars().count();
    if len <= 3 || !word.is_ascii() {
        return word.to_string();
    }
    let mut w = word.to_string();
    // Number: "activities" → "activity", "boxes" → "box", "pages" → "page".
    if let Some(base) = w.strip_suffix("ies").filter(|b| b.len() >= 3) {
        w = format!("{base}y");
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if let Some(base) = w
        .strip_suffix("es")
        .filter(|b| ["s", "x", "z", "ch", "sh"].iter().any(|e| b.ends_with(e)) && b.len() >= 3)
    {
        w = base.to_string();
    } else if w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e)) {
        w.pop();
    }
    // Verb and noun endings: "opening", "opened", "creation", "establishment".
    for suffix in ["ment", "ion", "ing", "ed"] {
        if let Some(base) = w.strip_suffix(suffix).filter(|b| b.len() >= 3) {
            w = undouble(base);
            break;
        }
    }
    if w.len() >= 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// "sett" → "set", "runn" → "run" (but "call", "pass" and "buzz" keep theirs).
fn undouble(base: &str) -> String {
    let bytes = base.as_bytes();
    match bytes {
        [.., a, b] if a == b && !matches!(a, b'l' | b's' | b'z') && !b"aeiou".contains(a) => {
            base[..base.len() - 1].to_string()
        }
        _ => base.to_string(),
    }
}

fn strip(word: &str, suffixes: &[&str]) -> String {
    if word.chars().count() < 4 {
        return word.to_string();
    }
    suffixes
        .iter()
        .find_map(|suffix| {
            word.strip_suffix(suffix)
                .filter(|stem| stem.chars().count() >= 3)
        })
        .unwrap_or(word)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_inflections_meet_on_one_stem() {
        for (stem, forms) in [
            (
                "cre",
                &[
                    "crear",
                    "creamos",
                    "creado",
                    "creadas",
                    "creación",
                    "creemos",
                ][..],
            ),
            ("abr", &["abrir", "abramos", "abren"]),
            ("perfil", &["perfil", "perfiles"]),
            ("red", &["red", "redes"]),
            ("presenc", &["presencia", "presencias"]),
            ("lanz", &["lanzar", "lanzamiento", "lanzamos"]),
            ("consolid", &["consolidar", "consolidación", "consolidando"]),
            ("unir", &["unirnos", "unirse", "unir"]),
            ("posicion", &["posicionarnos", "posicionar"]),
        ] {
            for form in forms {
                let folded = crate::phrasing::tokens::fold(form);
                assert_eq!(es(&folded), stem, "{form}");
            }
        }
        // Short words are left alone.
        assert_eq!(es("que"), "que");
        assert_eq!(es("en"), "en");
    }

    #[test]
    fn english_inflections_meet_on_one_stem() {
        for (stem, forms) in [
            ("open", &["open", "opens", "opened", "opening"][..]),
            ("creat", &["create", "created", "creating", "creation"]),
            ("profil", &["profile", "profiles"]),
            ("pag", &["page", "pages"]),
            ("set", &["sets", "setting"]),
            ("presenc", &["presence", "presences"]),
            ("hav", &["have", "having"]),
            ("activity", &["activity", "activities"]),
            ("establish", &["establish", "established", "establishment"]),
        ] {
            for form in forms {
                assert_eq!(en(form), stem, "{form}");
            }
        }
        assert_eq!(en("being"), "being");
        assert_eq!(en("bring"), "bring");
        assert_eq!(en("is"), "is");
    }
}
