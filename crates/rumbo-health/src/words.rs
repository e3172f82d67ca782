//! Small helpers to write messages that read naturally in both languages:
//! quotes, lists and plurals (numbers and dates: [`rumbo_core::format`]).

use rumbo_core::Lang;

/// A name in the language's quotes: “Be on TikTok”, «Estar en TikTok».
pub(crate) fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Es => format!("«{text}»"),
    }
}

/// "a", "a and b", "a, b and c" ("a, b y c").
pub(crate) fn list(lang: Lang, items: &[String]) -> String {
    let and = lang.pick("and", "y");
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// "1 day", "69 days"; `one` and `many` are the noun's two forms.
pub(crate) fn count(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A small count in words, as prose writes it ("two", «dos»; masculine in
/// Spanish), and larger ones in figures.
pub(crate) fn small(n: u32, lang: Lang) -> String {
    const EN: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    const ES: [&str; 9] = [
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    ];
    match n {
        2..=10 => lang
            .pick(EN[n as usize - 2], ES[n as usize - 2])
            .to_string(),
        _ => rumbo_core::format::number(f64::from(n), lang),
    }
}

/// A count as `u32`, saturating.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_plurals_read_naturally() {
        let items: Vec<String> = ["baseline", "target", "deadline"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(list(Lang::En, &items[..1]), "baseline");
        assert_eq!(list(Lang::En, &items[..2]), "baseline and target");
        assert_eq!(list(Lang::Es, &items), "baseline, target y deadline");
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(quote(Lang::Es, "X"), "«X»");
        assert_eq!(small(2, Lang::Es), "dos");
        assert_eq!(small(10, Lang::En), "ten");
        assert_eq!(small(12, Lang::En), "12");
    }
}
