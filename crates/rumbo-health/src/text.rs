//! The report as plain text (what `rumbo check` prints) and the score's
//! explanation in words.

use std::fmt::Write;

use rumbo_core::Lang;

use crate::report::{Finding, Report, Severity};
use crate::words::{count, list};
use rumbo_core::format::long_date;

/// How the readiness score is computed, in a few sentences for the window.
pub fn score_explanation(lang: Lang) -> String {
    lang.pick(
        "The readiness score goes from 0 to 100. Each rule weighs 3 points if it looks for errors, 2 for warnings and 1 for advice. \
         A rule looks at a number of things — objectives, channels, departments… or the workspace as a whole — and earns its weight in proportion to how many of them pass: weight × (1 − failing ÷ checked). \
         Something another rule already reports still fails the rules it concerns: a presence-only objective is not SMART either. \
         A rule with nothing to look at leaves the calculation: it earns nothing and weighs nothing. \
         The points are those earned divided by those possible, times 100, rounded. \
         Then two limits. Each of the six foundations of a strategy that is missing — the organization's identity, the CM's role across departments, audiences, channels in use, objectives, an internal-communication plan — takes 20 points off the most the score can reach. \
         An open error keeps the score at 69 at most, and each further error 5 points lower, so a strategy with errors is never ready. \
         The score is the lower of the points and these limits. \
         Findings you accept as a known risk stay in the report but no longer lower or limit the score.",
        "La puntuación de preparación va de 0 a 100. Cada regla pesa 3 puntos si busca errores, 2 si da avisos y 1 si da consejos. \
         Una regla examina una serie de elementos (objetivos, canales, departamentos… o el espacio de trabajo en conjunto) y gana su peso en proporción a los que superan la comprobación: peso × (1 − fallidos ÷ examinados). \
         Lo que otra regla ya señala sigue fallando en las reglas a las que afecta: un objetivo que solo pide presencia tampoco es SMART. \
         Una regla sin nada que examinar sale del cálculo: no gana ni pesa nada. \
         Los puntos son los ganados divididos entre los posibles, por 100, redondeados. \
         Después hay dos límites. Cada uno de los seis cimientos de una estrategia que falte (la identidad de la organización, el papel del CM en los departamentos, los públicos, los canales en uso, los objetivos y un plan de comunicación interna) resta 20 puntos al máximo que puede alcanzar la puntuación. \
         Un error abierto deja la puntuación en 69 como máximo, y cada error más, 5 puntos por debajo, de modo que una estrategia con errores nunca está lista. \
         La puntuación es el menor de los puntos y esos límites. \
         Los hallazgos que aceptas como riesgo conocido siguen en el informe, pero ya no bajan ni limitan la puntuación.",
    )
    .to_string()
}

/// How the readiness score is computed, for the strategy document: the same
/// method as [`score_explanation`], said of the organization's strategy.
pub fn score_method(lang: Lang) -> String {
    lang.pick(
        "How the score is computed: each check weighs 3 points when it looks for errors, 2 for warnings and 1 for advice, and earns its weight in proportion to the things that pass it; checks with nothing to look at are left out. \
         Each of the six foundations of a strategy that is missing (the organization's identity, the community manager's role across departments, audiences, channels in use, objectives, an internal-communication plan) lowers the most the score can reach by 20 points, and open errors keep it at 69 or below, 5 points lower for each further error. \
         Findings accepted as known risks do not count.",
        "Cómo se calcula la puntuación: cada comprobación pesa 3 puntos si busca errores, 2 si da avisos y 1 si da consejos, y gana su peso en proporción a los elementos que la superan; las comprobaciones sin nada que examinar quedan fuera. \
         Cada uno de los seis cimientos de una estrategia que falte (la identidad de la organización, el papel de la persona community manager en los departamentos, los públicos, los canales en uso, los objetivos y un plan de comunicación interna) rebaja en 20 puntos el máximo que puede alcanzar la puntuación, y los errores abiertos la dejan en 69 o menos, 5 puntos menos por cada error adicional. \
         Los hallazgos aceptados como riesgo conocido no cuentan.",
    )
    .to_string()
}

/// What holds the score below the points the checks earn, in a sentence —
/// "The checks earn 81 points; 2 open errors hold the score to 64." —, or
/// `None` when nothing does.
pub fn score_limits(report: &Report, lang: Lang) -> Option<String> {
    if report.score >= report.points {
        return None;
    }
    let mut parts = Vec::new();
    if !report.missing.is_empty() {
        let missing: Vec<String> = report
            .missing
            .iter()
            .map(|f| f.label(lang).to_string())
            .collect();
        let by_foundations = 100_u32
            .saturating_sub(crate::FOUNDATION_COST * crate::words::to_u32(report.missing.len()));
        parts.push(match lang {
            Lang::En => format!(
                "without {} the score can reach {by_foundations} at most",
                list(lang, &missing)
            ),
            Lang::Es => format!(
                "sin {} la puntuación no puede pasar de {by_foundations}",
                list(lang, &missing)
            ),
        });
    }
    let errors = report.counts.errors;
    if errors > 0 {
        let held = crate::ERROR_CEILING.saturating_sub(crate::ERROR_STEP * (errors - 1));
        // The score is named once: "…the score can reach 80 at most, and
        // 2 open errors hold it to 64".
        let named = !parts.is_empty();
        let n = crate::words::small(errors, lang);
        parts.push(match (lang, errors, named) {
            (Lang::En, 1, false) => format!("an open error holds the score to {held}"),
            (Lang::En, 1, true) => format!("an open error holds it to {held}"),
            (Lang::En, _, false) => format!("{n} open errors hold the score to {held}"),
            (Lang::En, _, true) => format!("{n} open errors hold it to {held}"),
            (Lang::Es, 1, false) => {
                format!("un error abierto deja la puntuación en {held} como máximo")
            }
            (Lang::Es, 1, true) => format!("un error abierto la deja en {held} como máximo"),
            (Lang::Es, _, false) => {
                format!("{n} errores abiertos dejan la puntuación en {held} como máximo")
            }
            (Lang::Es, _, true) => format!("{n} errores abiertos la dejan en {held} como máximo"),
        });
    }
    let points = match (lang, report.points) {
        (Lang::En, 0) => "The checks earn no points".to_string(),
        (Lang::En, 1) => "The checks earn 1 point".to_string(),
        (Lang::En, n) => format!("The checks earn {n} points"),
        (Lang::Es, 0) => "Las comprobaciones no suman ningún punto".to_string(),
        (Lang::Es, 1) => "Las comprobaciones suman 1 punto".to_string(),
        (Lang::Es, n) => format!("Las comprobaciones suman {n} puntos"),
    };
    let joined = match lang {
        Lang::En => parts.join(", and "),
        Lang::Es => parts.join(", y "),
    };
    Some(format!("{points}; {joined}."))
}

/// The report as text in `lang`: the score and counts, then the findings by
/// severity, each with why it matters and its key; accepted risks last.
pub fn report_text(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    let c = report.counts;
    let mut counts = vec![
        match lang {
            Lang::En => count(c.errors.into(), "error", "errors"),
            Lang::Es => count(c.errors.into(), "error", "errores"),
        },
        match lang {
            Lang::En => count(c.warnings.into(), "warning", "warnings"),
            Lang::Es => count(c.warnings.into(), "aviso", "avisos"),
        },
        match lang {
            Lang::En => count(c.advice.into(), "piece of advice", "pieces of advice"),
            Lang::Es => count(c.advice.into(), "consejo", "consejos"),
        },
    ];
    if c.acknowledged > 0 {
        counts.push(match lang {
            Lang::En => count(c.acknowledged.into(), "accepted risk", "accepted risks"),
            Lang::Es => count(
                c.acknowledged.into(),
                "riesgo aceptado",
                "riesgos aceptados",
            ),
        });
    }
    let _ = writeln!(
        out,
        "{} · {}",
        lang.pick("Strategy health check", "Revisión de la estrategia"),
        long_date(report.as_of, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}/100",
        lang.pick("Readiness score", "Puntuación de preparación"),
        report.score
    );
    if let Some(limits) = score_limits(report, lang) {
        let _ = writeln!(out, "{limits}");
    }
    let _ = writeln!(out, "{}", counts.join(" · "));

    if report.findings.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            lang.pick(
                "Nothing to fix: the strategy passes every check.",
                "Nada que corregir: la estrategia supera todas las comprobaciones.",
            )
        );
        return out;
    }

    for severity in Severity::ALL {
        let open: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity && f.acknowledged.is_none())
            .collect();
        if open.is_empty() {
            continue;
        }
        let heading = match severity {
            Severity::Error => lang.pick("Errors", "Errores"),
            Severity::Warning => lang.pick("Warnings", "Avisos"),
            Severity::Advice => lang.pick("Advice", "Consejos"),
        };
        let _ = writeln!(out, "\n{heading}");
        for finding in open {
            write_finding(&mut out, finding, lang);
        }
    }

    // What could not be checked because it is marked as not known: said,
    // never counted as passed.
    let unchecked: Vec<_> = report
        .breakdown
        .iter()
        .filter_map(|r| r.cannot_check.as_ref().map(|why| (&r.title, why)))
        .collect();
    if !unchecked.is_empty() {
        let _ = writeln!(out, "\n{}", lang.pick("Not checked", "Sin comprobar"));
        for (title, why) in unchecked {
            let _ = writeln!(out, "- {title}: {why}");
        }
    }

    let accepted: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.acknowledged.is_some())
        .collect();
    if !accepted.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            lang.pick("Accepted risks", "Riesgos aceptados")
        );
        for finding in accepted {
            write_finding(&mut out, finding, lang);
        }
    }
    out
}

fn write_finding(out: &mut String, finding: &Finding, lang: Lang) {
    let _ = writeln!(out, "- {}", finding.message);
    match &finding.acknowledged {
        Some(ack) => {
            let _ = writeln!(
                out,
                "  {} {}: {}",
                lang.pick("Accepted on", "Aceptado el"),
                long_date(ack.date, lang),
                ack.reason
            );
        }
        None => {
            let _ = writeln!(
                out,
                "  {}: {}",
                lang.pick("Why it matters", "Por qué importa"),
                finding.principle
            );
        }
    }
    // Under the accepted risks the severity is no longer in the heading.
    let severity = match finding.acknowledged {
        Some(_) => format!("{} · ", finding.severity.label(lang)),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "  {severity}{} · {}",
        finding.section.label(lang),
        finding.key
    );
}
