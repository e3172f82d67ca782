//! The document as its readers get it, read back from the PDF (poppler's
//! pdftotext): it speaks about the organization in the third person, never
//! to the community manager; its classification and readers are the
//! settings'; no count of zero is written as "0"; one term for each
//! concept; one way of writing a date. For the sample and for a workspace
//! modelled on a city council's published social-media guide
//! (`tests/fixtures/council.*.json`), in English and Spanish.
//!
//! `RUMBO_KEEP_DOCUMENTS=FOLDER` keeps the PDFs there, to look at.

#[path = "support/outputs.rs"]
mod outputs;

use std::path::Path;

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Classification, DocFormat, DocSection, Profile};
use rumbo_core::sample;
use rumbo_doc::{Renderer, Source};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn council(lang: Lang) -> WorkspaceDoc {
    let text = match lang {
        Lang::En => include_str!("fixtures/council.en.json"),
        Lang::Es => include_str!("fixtures/council.es.json"),
    };
    WorkspaceDoc::from_json(text).unwrap_or_else(|e| panic!("council fixture: {e}"))
}

fn render(doc: &WorkspaceDoc, format: DocFormat) -> Vec<u8> {
    let source = Source {
        doc,
        date: doc.document.date.unwrap_or_else(day),
        version: None,
        previous: None,
        versions: &[],
        alone: None,
    };
    match Renderer::new().render(&source, format, false) {
        Ok(output) => output.bytes,
        Err(e) => panic!("{format:?}: {e}"),
    }
}

fn keep(name: &str, bytes: &[u8]) {
    if let Some(folder) = std::env::var_os("RUMBO_KEEP_DOCUMENTS") {
        let path = Path::new(&folder).join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// The PDF's text as one line: words a line end hyphenated joined again,
/// white space collapsed.
fn pdf_text(doc: &WorkspaceDoc, name: &str) -> String {
    let pdf = render(doc, DocFormat::Pdf);
    keep(name, &pdf);
    flat(&outputs::pdf_text(&pdf).unwrap_or_else(|e| panic!("{e}")))
}

fn flat(text: &str) -> String {
    let joined = text.replace("\u{ad}\n", "").replace('\u{ad}', "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a text, lowercased, without the punctuation around them.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

const MONTHS_EN: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTHS_ES: &[&str] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const SHORT_MONTHS_EN: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
const SHORT_MONTHS_ES: &[&str] = &[
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic",
];

/// Words that only a text addressed to "you" has («pide» is left to the
/// phrases of `ADVICE`: «se pide cita» is not addressed to anyone).
const SECOND_PERSON_EN: &[&str] = &["you", "your", "yours", "yourself", "yourselves"];
const SECOND_PERSON_ES: &[&str] = &[
    "tú",
    "tu",
    "tus",
    "ti",
    "te",
    "contigo",
    "tienes",
    "necesitas",
    "puedes",
    "debes",
    "añade",
    "guarda",
    "acuerda",
    "mantén",
    "dispones",
    "admites",
    "sirves",
];
/// Advice to the community manager, whatever the person.
const ADVICE: &[&str] = &[
    "ask for a decision",
    "save this export",
    "ask to take part",
    "pide una decisión",
    "guarda esta exportación",
    "pide participar",
];

/// The nouns a count is written with in the document's prose.
const COUNTED: &[&str] = &[
    "channel",
    "channels",
    "objective",
    "objectives",
    "campaign",
    "campaigns",
    "error",
    "errors",
    "warning",
    "warnings",
    "advice",
    "pieces",
    "recommendation",
    "recommendations",
    "department",
    "departments",
    "decision",
    "decisions",
    "cells",
    "canal",
    "canales",
    "objetivo",
    "objetivos",
    "campaña",
    "campañas",
    "error",
    "errores",
    "aviso",
    "avisos",
    "consejo",
    "consejos",
    "recomendación",
    "recomendaciones",
    "departamento",
    "departamentos",
    "decisión",
    "decisiones",
    "casillas",
    "de",
    "of",
    "were",
    "was",
];

/// Every fault a native reader would not sign, in `text` (a document in
/// `lang` whose role is called `role`); empty when there is none.
fn faults(text: &str, lang: Lang, role: &str) -> Vec<String> {
    let mut found = Vec::new();
    let w = words(text);
    let lower = text.to_lowercase();
    // 1. Addressed to the community manager.
    let second = match lang {
        Lang::En => SECOND_PERSON_EN,
        Lang::Es => SECOND_PERSON_ES,
    };
    for (i, word) in w.iter().enumerate() {
        // «de tú», «de usted»: the name of a register, not an address.
        let names_register = lang == Lang::Es && i > 0 && w[i - 1] == "de" && word == "tú";
        if second.contains(&word.as_str()) && !names_register {
            found.push(format!("second person: {word:?}"));
        }
    }
    for phrase in ADVICE {
        if lower.contains(phrase) {
            found.push(format!("advice to the CM: {phrase:?}"));
        }
    }
    // 2. A count of zero (or "4 advice") in prose.
    for pair in w.windows(2) {
        if pair[0] == "0" && COUNTED.contains(&pair[1].as_str()) {
            found.push(format!("zero count: \"0 {}\"", pair[1]));
        }
        if pair[1] == "advice" && pair[0].chars().all(|c| c.is_ascii_digit()) {
            found.push(format!("\"{} advice\"", pair[0]));
        }
    }
    for phrase in ["hay 0", "there are 0", "se aceptaron 0", "se rechazaron 0"] {
        if lower.contains(phrase) {
            found.push(format!("zero count: {phrase:?}"));
        }
    }
    // 3. Two terms for one concept: the KPI, and the role.
    let other_term = match lang {
        Lang::En => ["indicator", "indicators"],
        Lang::Es => ["kpi", "kpis"],
    };
    for word in &w {
        if other_term.contains(&word.as_str()) {
            found.push(format!("second term for the KPI: {word:?}"));
        }
    }
    if role != "community manager" {
        if lower.contains("community manager") {
            found.push("\"community manager\" beside the role's own title".into());
        }
        if w.iter().any(|word| word == "cm") {
            found.push("\"CM\" beside the role's own title".into());
        }
    }
    // 4. One date style: "23 November 2026", «23 de noviembre de 2026».
    let (long, short) = match lang {
        Lang::En => (MONTHS_EN, SHORT_MONTHS_EN),
        Lang::Es => (MONTHS_ES, SHORT_MONTHS_ES),
    };
    let is_day = |s: &str| (1..=2).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit());
    let is_year = |s: &str| s.len() == 4 && s.chars().all(|c| c.is_ascii_digit());
    let mut styles = std::collections::BTreeSet::new();
    for (i, word) in w.iter().enumerate() {
        let next = |k: usize| w.get(i + k).map_or("", String::as_str);
        if is_day(word) {
            let (month, year) = if next(1) == "de" {
                (next(2), if next(3) == "de" { next(4) } else { next(3) })
            } else {
                (next(1), next(2))
            };
            if is_year(year) && long.contains(&month) {
                styles.insert("long");
            } else if is_year(year) && short.contains(&month.trim_end_matches('.')) {
                styles.insert("abbreviated");
            }
        }
        let numeric = word.split('/').collect::<Vec<_>>();
        if numeric.len() == 3
            && numeric
                .iter()
                .all(|p| p.chars().all(|c| c.is_ascii_digit()))
        {
            styles.insert("numeric");
        }
        let iso = word.split('-').collect::<Vec<_>>();
        if iso.len() == 3 && is_year(iso[0]) && iso[1].len() == 2 && iso[2].len() == 2 {
            styles.insert("ISO");
        }
    }
    if styles.len() > 1 || (styles.len() == 1 && !styles.contains("long")) {
        found.push(format!("date styles: {styles:?}"));
    }
    found
}

fn role(profile: &Profile) -> &str {
    if profile.cm_title.is_empty() {
        "community manager"
    } else {
        &profile.cm_title
    }
}

#[test]
fn the_checks_catch_every_fault_they_look_for() {
    let en = |text: &str| faults(text, Lang::En, "community manager");
    let es = |text: &str| faults(text, Lang::Es, "responsable de redes sociales");
    assert!(!en("Your recommendation has waited 69 days: ask for a decision.").is_empty());
    assert!(
        !es("No tienes ningún flujo con Informática: acuerda con ese departamento.").is_empty()
    );
    assert!(!es("Agencia trabaja con 4 canales activos y 0 previstos. Hay 0 campañas.").is_empty());
    assert!(!es("Si tú lo decides, se publica.").is_empty());
    assert!(es("Registro: cercano (de tú).").is_empty());
    assert!(!en("with 2 errors, 6 warnings and 4 advice").is_empty());
    assert!(!es("Indicador: altas. Cada objetivo necesita un KPI.").is_empty());
    assert!(!en("Indicator: sign-ups. KPI: sign-ups.").is_empty());
    assert!(!es("Lo decide la community manager.").is_empty());
    assert!(!es("Fecha: 23 de noviembre de 2026. Límite: 28 feb 2027.").is_empty());
    assert!(!en("Dated 23 November 2026; due 2027-02-28.").is_empty());
    assert!(!en("Dated 23 Nov 2026.").is_empty());
    // And nothing in good prose.
    assert_eq!(
        es(
            "La Agencia trabaja con cinco canales activos; ninguno previsto. Fecha: 23 de noviembre de 2026 y 3 de mayo de 2027."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        en("The strategy sets no objective yet; due 3 May 2027, from 23 November 2026."),
        Vec::<String>::new()
    );
}

#[test]
fn the_sample_and_a_council_guide_read_as_the_organization_would_sign_them() {
    for lang in Lang::ALL {
        for (name, doc) in [
            ("sample", sample::workspace(lang)),
            ("council", council(lang)),
        ] {
            // The policies and the holding statements are the
            // organization's own words to the public and to its staff ("you
            // can comment…", "we will get back to you"), printed as written:
            // the document's voice is everything else.
            let mut doc = doc;
            for policy in &mut doc.policies {
                policy.text.clear();
            }
            for level in &mut doc.crisis_levels {
                level.statements.clear();
            }
            let text = pdf_text(&doc, &format!("{name}.{}.pdf", lang.code()));
            let found = faults(&text, lang, role(&doc.profile));
            assert!(found.is_empty(), "{name} ({lang:?}): {found:#?}");
            assert!(text.contains(&doc.profile.cm_name), "{name}: the CM");
        }
    }
}

#[test]
fn a_strategy_with_nothing_counted_says_so_in_words() {
    for lang in Lang::ALL {
        let mut doc = council(lang);
        doc.channels.clear();
        doc.objectives.clear();
        doc.measurements.clear();
        doc.audiences.iter_mut().for_each(|a| a.channel_ids.clear());
        doc.flows.clear();
        doc.info_needs.clear();
        doc.recommendations.clear();
        doc.departments.truncate(1);
        doc.raci.retain(|c| c.department_id == 1);
        let text = pdf_text(&doc, &format!("council-empty.{}.pdf", lang.code()));
        let found = faults(&text, lang, role(&doc.profile));
        assert!(found.is_empty(), "{lang:?}: {found:#?}");
        let said = match lang {
            Lang::En => "has no active or planned channel yet",
            Lang::Es => "aún no tiene ningún canal activo ni previsto",
        };
        assert!(text.contains(said), "{lang:?}: {text}");
    }
}

#[test]
fn the_classification_and_readers_are_the_settings_and_nothing_when_empty() {
    for lang in Lang::ALL {
        let mut doc = sample::workspace(lang);
        let fixed = [
            "Internal use",
            "Uso interno",
            "not for publication",
            "no publicar",
            "Management and heads of department",
            "Dirección y jefaturas de departamento",
        ];
        doc.document.classification = Classification::None;
        doc.document.readers.clear();
        for format in DocFormat::ALL {
            let bytes = render(&doc, *format);
            let text = match format {
                DocFormat::Pdf => flat(&outputs::pdf_text(&bytes).unwrap_or_default()),
                DocFormat::Docx => outputs::docx_parts(&bytes)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(_, xml)| xml)
                    .collect(),
                _ => String::from_utf8(bytes).unwrap_or_default(),
            };
            for marking in fixed {
                assert!(!text.contains(marking), "{lang:?} {format:?}: {marking:?}");
            }
        }
        doc.document.classification = Classification::Custom;
        doc.document.classification_label = "Borrador para el Pleno".into();
        doc.document.readers = "Pleno municipal".into();
        let text = pdf_text(&doc, &format!("custom.{}.pdf", lang.code()));
        // On the cover and in every page's footer.
        assert!(
            text.matches("Borrador para el Pleno").count() >= 3,
            "{lang:?}"
        );
        assert!(text.contains("Pleno municipal"), "{lang:?}");
        doc.document.classification = Classification::Public;
        let text = pdf_text(&doc, &format!("public.{}.pdf", lang.code()));
        assert!(text.contains(lang.pick("Public", "Público")), "{lang:?}");
    }
}

#[test]
fn a_hidden_health_check_leaves_no_trace_in_any_format_and_the_score_is_a_setting() {
    for lang in Lang::ALL {
        let mut doc = sample::workspace(lang);
        let score_words = lang.pick("readiness", "índice de preparación");
        let finding = lang.pick("states a presence", "expresa una presencia");
        let all_text = |doc: &WorkspaceDoc| -> Vec<(DocFormat, String)> {
            DocFormat::ALL
                .iter()
                .map(|format| {
                    let bytes = render(doc, *format);
                    let text = match format {
                        DocFormat::Pdf => flat(&outputs::pdf_text(&bytes).unwrap_or_default()),
                        DocFormat::Docx => outputs::docx_parts(&bytes)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|(_, xml)| xml)
                            .collect(),
                        _ => String::from_utf8(bytes).unwrap_or_default(),
                    };
                    (*format, text)
                })
                .collect()
        };
        for (format, text) in all_text(&doc) {
            assert!(
                text.contains(finding),
                "{lang:?} {format:?}: shown by default"
            );
        }
        // The score hidden: the findings stay, no score anywhere.
        doc.document.show_score = false;
        for (format, text) in all_text(&doc) {
            assert!(text.contains(finding), "{lang:?} {format:?}");
            assert!(!text.contains("/ 100"), "{lang:?} {format:?}: a score");
            assert!(
                !text.to_lowercase().contains(score_words),
                "{lang:?} {format:?}: {score_words}"
            );
        }
        // The section hidden: nothing of it, in the summary either.
        doc.document.show_score = true;
        doc.document.hidden_sections.push(DocSection::Health);
        for (format, text) in all_text(&doc) {
            assert!(!text.contains(finding), "{lang:?} {format:?}: a finding");
            assert!(!text.contains("/ 100"), "{lang:?} {format:?}: the score");
            assert!(
                !text.to_lowercase().contains(score_words),
                "{lang:?} {format:?}: {score_words}"
            );
            assert!(
                !text.contains(lang.pick("Health check", "Diagnóstico")),
                "{lang:?} {format:?}: the chapter"
            );
        }
    }
}

#[test]
fn the_cms_own_words_come_first_and_a_decision_is_printed_as_what_it_is() {
    let doc = council(Lang::Es);
    let text = pdf_text(&doc, "council-own-words.es.pdf");
    let intro = text
        .find("Esta guía establece cómo usa el Ayuntamiento")
        .unwrap_or_else(|| panic!("no introduction"));
    let channels = text
        .find("Toda cuenta nueva necesita la aprobación")
        .unwrap_or_else(|| panic!("no chapter text"));
    let table = text
        .rfind("Canales en uso")
        .unwrap_or_else(|| panic!("no channel table"));
    assert!(intro < channels && channels < table, "the CM's words first");
    assert!(text.contains("Decisión de la organización"));
    assert!(text.contains("Fecha de la decisión no registrada"));
    assert!(text.contains("Resultado: aún no registrado"));
    // An effort nobody estimated is said so, never "0 h".
    assert!(text.contains("sin estimar"));
    assert!(!text.contains(" 0 h"));
    // Notes explain their rows.
    assert!(text.contains("Más de 20.000 seguidores"));
    assert!(text.contains("Fuente: Meta Business Suite"));
    // The organization and departments with their articles.
    assert!(text.contains("depende del Gabinete de Alcaldía"));

    let mut own = doc.clone();
    own.document.summary = "Resumen escrito por la responsable.\n\nSegundo párrafo.".into();
    let text = pdf_text(&own, "council-own-summary.es.pdf");
    assert!(text.contains("Resumen escrito por la responsable. Segundo párrafo."));
    assert!(!text.contains("El Ayuntamiento trabaja con"));
}

/// `RUMBO_PROSE_CHECK=FILE.pdf:LANG[:ROLE]` runs the same checks over any PDF
/// (one an older Rumbo made, or a document edited by hand) and fails with
/// what they find: `cargo test -p rumbo-doc --test prose -- --ignored`.
#[test]
#[ignore = "checks the PDF named in RUMBO_PROSE_CHECK"]
fn the_checks_on_a_pdf_named_in_the_environment() {
    let Ok(spec) = std::env::var("RUMBO_PROSE_CHECK") else {
        return;
    };
    let mut parts = spec.splitn(3, ':');
    let path = parts.next().unwrap_or_default();
    let lang = Lang::parse(parts.next().unwrap_or("en")).unwrap_or(Lang::En);
    let role = parts.next().unwrap_or("community manager");
    let pdf = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = flat(&outputs::pdf_text(&pdf).unwrap_or_else(|e| panic!("{e}")));
    let mut found = faults(&text, lang, role);
    for marking in [
        "Internal — not for publication",
        "Documento interno — no publicar",
        "Management and heads of department",
        "Dirección y jefaturas de departamento",
    ] {
        if text.contains(marking) {
            found.push(format!("fixed marking: {marking:?}"));
        }
    }
    assert!(found.is_empty(), "{path}: {found:#?}");
}
