//! "What changed": the strategy now against the previous saved version —
//! channels added, retired or removed, objectives added, dropped or with
//! their target or deadline moved, decisions taken, campaigns and
//! departments added or removed, and the readiness score's move.

use std::collections::HashMap;

use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::Decision;
use serde_json::{Value, json};

use crate::data::{Cx, Source};
use crate::grammar::Naming;
use crate::messages::{Messages, args};
use crate::strings;
use rumbo_core::format::{long_date, opt_number};

/// The document's one way of writing a date.
fn short_date(date: chrono::NaiveDate, lang: Lang) -> String {
    long_date(date, lang)
}

/// One change, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `added`, `removed`, `changed` or `decided`.
    pub kind: &'static str,
    pub text: String,
}

fn by_id<T, K: Fn(&T) -> i64>(items: &[T], key: K) -> HashMap<i64, &T> {
    items.iter().map(|item| (key(item), item)).collect()
}

/// The changes from `before` to `after`, in the document's order: channels,
/// objectives, campaigns, recommendations, departments.
pub fn between(before: &WorkspaceDoc, after: &WorkspaceDoc, lang: Lang) -> Vec<Change> {
    let naming = Naming::new(&after.profile, lang);
    let messages = Messages::new(lang);
    let mut out = Vec::new();
    let mut push = |kind: &'static str, text: String| out.push(Change { kind, text });
    let q = |s: &str| match lang {
        Lang::En => format!("“{s}”"),
        Lang::Es => format!("«{s}»"),
    };

    let old = by_id(&before.channels, |c| c.id);
    for c in &after.channels {
        match old.get(&c.id) {
            None => push(
                "added",
                match lang {
                    Lang::En => format!(
                        "New channel {} ({})",
                        q(&c.name),
                        c.status.label(lang).to_lowercase()
                    ),
                    Lang::Es => format!(
                        "Nuevo canal {} ({})",
                        q(&c.name),
                        c.status.label(lang).to_lowercase()
                    ),
                },
            ),
            Some(was) if was.status != c.status => push(
                "changed",
                match lang {
                    Lang::En => format!(
                        "Channel {}: {} → {}",
                        q(&c.name),
                        was.status.label(lang).to_lowercase(),
                        c.status.label(lang).to_lowercase()
                    ),
                    Lang::Es => format!(
                        "Canal {}: {} → {}",
                        q(&c.name),
                        was.status.label(lang).to_lowercase(),
                        c.status.label(lang).to_lowercase()
                    ),
                },
            ),
            Some(_) => {}
        }
    }
    let now = by_id(&after.channels, |c| c.id);
    for c in &before.channels {
        if !now.contains_key(&c.id) {
            push(
                "removed",
                lang.pick("Channel removed: ", "Canal eliminado: ")
                    .to_string()
                    + &q(&c.name),
            );
        }
    }

    let old = by_id(&before.objectives, |o| o.id);
    for o in &after.objectives {
        let Some(was) = old.get(&o.id) else {
            push(
                "added",
                lang.pick("New objective ", "Nuevo objetivo ").to_string() + &q(&o.title),
            );
            continue;
        };
        if was.target != o.target {
            let (a, b) = (opt_number(was.target, lang), opt_number(o.target, lang));
            let dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
            push(
                "changed",
                match lang {
                    Lang::En => format!(
                        "Target of {} moved from {} to {}",
                        q(&o.title),
                        dash(a),
                        dash(b)
                    ),
                    Lang::Es => format!(
                        "La meta de {} pasa de {} a {}",
                        q(&o.title),
                        dash(a),
                        dash(b)
                    ),
                },
            );
        }
        if was.deadline != o.deadline {
            let show = |d| short_date_or_dash(d, lang);
            push(
                "changed",
                match lang {
                    Lang::En => format!(
                        "Deadline of {} moved from {} to {}",
                        q(&o.title),
                        show(was.deadline),
                        show(o.deadline)
                    ),
                    Lang::Es => format!(
                        "La fecha límite de {} pasa del {} al {}",
                        q(&o.title),
                        show(was.deadline),
                        show(o.deadline)
                    ),
                },
            );
        }
        if was.status != o.status {
            push(
                "changed",
                format!(
                    "{} {}: {} → {}",
                    lang.pick("Objective", "Objetivo"),
                    q(&o.title),
                    was.status.label(lang).to_lowercase(),
                    o.status.label(lang).to_lowercase()
                ),
            );
        }
        if was.title != o.title {
            push(
                "changed",
                match lang {
                    Lang::En => format!("Objective {} is now {}", q(&was.title), q(&o.title)),
                    Lang::Es => format!(
                        "El objetivo {} se llama ahora {}",
                        q(&was.title),
                        q(&o.title)
                    ),
                },
            );
        }
    }
    let now = by_id(&after.objectives, |o| o.id);
    for o in &before.objectives {
        if !now.contains_key(&o.id) {
            push(
                "removed",
                lang.pick("Objective removed: ", "Objetivo eliminado: ")
                    .to_string()
                    + &q(&o.title),
            );
        }
    }

    let old = by_id(&before.campaigns, |c| c.id);
    for c in &after.campaigns {
        match old.get(&c.id) {
            None => push(
                "added",
                lang.pick("New campaign ", "Nueva campaña ").to_string() + &q(&c.name),
            ),
            Some(was) if !was.cm_involved && c.cm_involved => push(
                "changed",
                messages.get(
                    "change-role-joins",
                    &args! { "theRole" => naming.the_role.as_str(), "name" => q(&c.name) },
                ),
            ),
            Some(_) => {}
        }
    }
    let now = by_id(&after.campaigns, |c| c.id);
    for c in &before.campaigns {
        if !now.contains_key(&c.id) {
            push(
                "removed",
                lang.pick("Campaign removed: ", "Campaña eliminada: ")
                    .to_string()
                    + &q(&c.name),
            );
        }
    }

    let old = by_id(&before.recommendations, |r| r.id);
    for r in &after.recommendations {
        let was = old.get(&r.id).map(|w| w.decision);
        if r.decision != Decision::Pending && was != Some(r.decision) {
            let date = r
                .decision_date
                .map(|d| format!(" ({})", short_date(d, lang)))
                .unwrap_or_default();
            if r.is_recommendation() {
                push(
                    "decided",
                    format!(
                        "{} {}: {}{date}",
                        lang.pick("Recommendation", "Recomendación"),
                        q(&r.title),
                        r.decision.label(lang).to_lowercase()
                    ),
                );
            } else if was.is_none() {
                push(
                    "added",
                    format!(
                        "{} {}{date}",
                        lang.pick(
                            "New decision of the organization",
                            "Nueva decisión de la organización"
                        ),
                        q(&r.title)
                    ),
                );
            }
        } else if was.is_none() {
            push(
                "added",
                lang.pick("New recommendation ", "Nueva recomendación ")
                    .to_string()
                    + &q(&r.title),
            );
        }
    }

    let old = by_id(&before.departments, |d| d.id);
    for d in &after.departments {
        if !old.contains_key(&d.id) {
            push(
                "added",
                lang.pick("New department ", "Nuevo departamento ")
                    .to_string()
                    + &q(&d.name),
            );
        }
    }
    let now = by_id(&after.departments, |d| d.id);
    for d in &before.departments {
        if !now.contains_key(&d.id) {
            push(
                "removed",
                lang.pick("Department removed: ", "Departamento eliminado: ")
                    .to_string()
                    + &q(&d.name),
            );
        }
    }
    out
}

fn short_date_or_dash(date: Option<chrono::NaiveDate>, lang: Lang) -> String {
    date.map_or_else(|| "—".to_string(), |d| short_date(d, lang))
}

/// The "What changed" section's data.
pub(crate) fn section(source: &Source<'_>, report: &rumbo_health::Report, cx: &Cx<'_>) -> Value {
    let lang = source.doc.document.lang;
    let m = &cx.messages;
    let Some(previous) = source.previous else {
        let intro = if source.version.is_some() {
            "changes-first"
        } else {
            "changes-draft"
        };
        return json!({ "previous": Value::Null, "intro": m.plain(intro), "items": [] });
    };
    let items: Vec<Value> = between(previous.doc, source.doc, lang)
        .into_iter()
        .map(|c| {
            json!({
                "kind": c.kind,
                "kindLabel": strings::get(&format!("change.{}", c.kind), lang),
                "text": c.text,
            })
        })
        .collect();
    let mut intro = vec![m.get(
        "changes-compared",
        &args! { "number" => previous.number, "date" => long_date(previous.date, lang) },
    )];
    // The score's move only where the document shows the score.
    if cx.score_shown {
        let before = rumbo_health::check(previous.doc, previous.date, lang).score;
        intro.push(m.get(
            "changes-score",
            &args! { "before" => before, "after" => report.score },
        ));
    }
    if items.is_empty() {
        intro.push(m.plain("changes-none"));
    }
    json!({
        "previous": previous.number,
        "intro": intro.join(" "),
        "items": items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rumbo_core::model::{ChannelStatus, Objective, ObjectiveKind};
    use rumbo_core::sample;

    #[test]
    fn reports_channels_objectives_targets_and_decisions() {
        let before = sample::workspace(Lang::En);
        let mut after = before.clone();
        after.channels[0].status = ChannelStatus::Retired;
        let retired = after.channels[0].name.clone();
        let removed = after.channels.remove(1).name;
        after.objectives[0].target = Some(12345.0);
        let mut added = Objective::new("Reach 50 % of job seekers", ObjectiveKind::Awareness);
        added.id = 999;
        after.objectives.push(added);
        let pending = after
            .recommendations
            .iter_mut()
            .find(|r| r.decision == Decision::Pending);
        let decided = pending.map(|r| {
            r.decision = Decision::Accepted;
            r.title.clone()
        });
        let changes = between(&before, &after, Lang::En);
        let texts: Vec<&str> = changes.iter().map(|c| c.text.as_str()).collect();
        assert!(
            texts.contains(&format!("Channel “{retired}”: active → retired").as_str())
                || texts
                    .iter()
                    .any(|t| t.starts_with(&format!("Channel “{retired}”:"))
                        && t.ends_with("→ retired")),
            "{texts:?}"
        );
        assert!(
            texts.contains(&format!("Channel removed: “{removed}”").as_str()),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Target of") && t.ends_with("to 12,345")),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"New objective “Reach 50 % of job seekers”"),
            "{texts:?}"
        );
        let decided = decided.unwrap_or_default();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with(&format!("Recommendation “{decided}”: accepted"))),
            "{texts:?}"
        );
        assert!(between(&before, &before, Lang::Es).is_empty());
        let es = between(&before, &after, Lang::Es);
        assert!(
            es.iter().any(|c| c.text.starts_with("La meta de «")),
            "{es:?}"
        );
    }
}
