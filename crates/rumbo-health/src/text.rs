//! The report as plain text (what `rumbo check` prints) and the score's
//! explanation in words.

use std::fmt::Write;

use rumbo_core::Lang;

use crate::report::{Finding, Report, Severity};
use crate::words::count;
use rumbo_core::format::long_date;

/// How the readiness score is computed, in a few sentences for the window.
pub fn score_explanation(lang: Lang) -> String {
    lang.pick(
        "The readiness score goes from 0 to 100. Each rule weighs 3 points if it looks for errors, 2 for warnings and 1 for advice. \
         A rule looks at a number of things — objectives, channels, departments… or the workspace as a whole — and earns its weight in proportion to how many of them pass: weight × (1 − failing ÷ checked). \
         A rule with nothing to look at earns its full weight. \
         The score is the points earned divided by the points possible, times 100, rounded. \
         Findings you accept as a known risk stay in the report but no longer lower the score.",
        "La puntuación de preparación va de 0 a 100. Cada regla pesa 3 puntos si busca errores, 2 si da avisos y 1 si da consejos. \
         Una regla examina una serie de elementos (objetivos, canales, departamentos… o el espacio de trabajo en conjunto) y gana su peso en proporción a los que superan la comprobación: peso × (1 − fallidos ÷ examinados). \
         Una regla sin nada que examinar gana su peso completo. \
         La puntuación son los puntos ganados divididos entre los posibles, por 100, redondeada. \
         Los hallazgos que aceptas como riesgo conocido siguen en el informe, pero ya no bajan la puntuación.",
    )
    .to_string()
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
