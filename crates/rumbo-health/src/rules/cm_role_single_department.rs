//! `cm-role-single-department`: the RACI grid ties the CM to one department.

use std::collections::BTreeSet;

use rumbo_core::Lang;

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity, TargetKind};

pub(crate) const RULE: Rule = Rule {
    id: "cm-role-single-department",
    severity: Severity::Warning,
    section: Section::Departments,
    title: Text {
        en: "Your role spans the departments you serve",
        es: "Tu papel abarca los departamentos a los que sirves",
    },
    principle: Text {
        en: "The CM wears many hats — social media, marketing, customer service, editorial — and having the CM answer to one department only can be a mistake.",
        es: "Quien gestiona la comunidad lleva muchos sombreros (redes sociales, marketing, atención al cliente, editorial) y que responda a un solo departamento puede ser un error.",
    },
    example: Text {
        en: "A RACI grid with cells for Social media only.",
        es: "Una tabla RACI con casillas solo para Redes sociales.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let mapped: BTreeSet<i64> = cx.doc.raci.iter().map(|c| c.department_id).collect();
    let message = match mapped.iter().next() {
        _ if mapped.len() > 1 => None,
        None => Some(
            cx.pick(
                "Your RACI grid does not map your role to any department yet: you work with many, so show how.",
                "Tu tabla RACI aún no refleja tu papel en ningún departamento: trabajas con muchos, así que muestra cómo.",
            )
            .to_string(),
        ),
        Some(only) => {
            let name = cx.department_name(Some(*only));
            Some(match cx.lang {
                Lang::En => format!(
                    "Your RACI grid maps your role to {name} only: answering to a single department can be a mistake."
                ),
                Lang::Es => format!(
                    "Tu tabla RACI solo refleja tu papel en {name}: responder a un único departamento puede ser un error."
                ),
            })
        }
    };
    Outcome::once(
        message.map(|message| Draft::workspace(TargetKind::Workspace, Some("raci"), message)),
    )
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::testkit::{self, MARKETING, fired, fired_in};

    #[test]
    fn a_grid_with_one_department_or_none_is_flagged() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "cm-role-single-department").is_empty());
        doc.raci.retain(|c| c.department_id != MARKETING);
        let found = fired(&doc, "cm-role-single-department");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "cm-role-single-department/workspace");
        assert_eq!(
            found[0].message,
            "Your RACI grid maps your role to Social media only: answering to a single department can be a mistake."
        );
        let es = fired_in(&doc, "cm-role-single-department", Lang::Es);
        assert!(
            es[0]
                .message
                .starts_with("Tu tabla RACI solo refleja tu papel en Social media")
        );
        doc.raci.clear();
        let found = fired(&doc, "cm-role-single-department");
        assert!(
            found[0]
                .message
                .contains("does not map your role to any department yet")
        );
    }
}
