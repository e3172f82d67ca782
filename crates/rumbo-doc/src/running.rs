//! The chapters on how the channels run: the account registry, how an
//! account is opened and closed, the editorial line, service levels,
//! staffing and budget, and the account-request form (an annex that prints
//! alone). Like the rest of the document's data, each is `None` when there
//! is nothing to print, and every sentence speaks of the organization.

use std::collections::{BTreeMap, HashMap};

use rumbo_core::Lang;
use rumbo_core::format::{long_date, number};
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{
    BudgetLine, BudgetPeriod, Channel, ChannelStatus, Duty, Phase, ProcedureStep, ResponseUnit,
    ServiceLevel, Weekday, lead_time,
};
use serde_json::{Value, json};

/// The fixed words of these chapters, in English and Spanish (read with
/// the document's other strings, `strings.rs`).
pub(crate) const STRINGS: &[(&str, &str, &str)] = &[
    ("account", "Account", "Cuenta"),
    ("handle", "Handle", "Usuario"),
    ("accountManager", "Account manager", "Responsable"),
    ("adminAccess", "Admin access", "Acceso de administración"),
    ("twoFactor", "Two-factor", "Dos pasos"),
    ("accessReviewed", "Access reviewed", "Acceso revisado"),
    ("notRecorded", "not recorded", "sin dato"),
    ("never", "never", "nunca"),
    ("noDepartment", "No department", "Sin departamento"),
    (
        "credentialsKeptBy",
        "Credentials kept by",
        "Credenciales custodiadas por",
    ),
    (
        "pipeline",
        "Requested and approved accounts",
        "Cuentas solicitadas y aprobadas",
    ),
    ("requested", "Requested", "Solicitada"),
    ("approved", "Approved", "Aprobada"),
    (
        "eventAccounts",
        "Accounts for an event",
        "Cuentas de un evento",
    ),
    ("endsOn", "Ends", "Termina"),
    ("closingPlan", "Closing plan", "Plan de cierre"),
    ("closedAccounts", "Closed accounts", "Cuentas cerradas"),
    ("closed", "Closed", "Cerrada"),
    (
        "contentAfterClosing",
        "What was done with its content",
        "Qué se hizo con sus contenidos",
    ),
    (
        "fourQuestionsIntro",
        "Before any account is opened, the unit that requests it answers four questions. An account is set active only once all four are answered.",
        "Antes de abrir cualquier cuenta, la unidad que la solicita responde a cuatro preguntas. Una cuenta solo se activa cuando las cuatro tienen respuesta.",
    ),
    (
        "q.objectives",
        "What are its objectives?",
        "¿Cuáles son sus objetivos?",
    ),
    (
        "q.audience",
        "Who is its audience?",
        "¿A qué público se dirige?",
    ),
    (
        "q.resources",
        "Are there the resources to sustain it?",
        "¿Hay recursos para mantenerla?",
    ),
    (
        "q.content",
        "What content will it have?",
        "¿Qué contenidos tendrá?",
    ),
    (
        "qh.objectives",
        "Which objectives of the strategy it serves, and how its success will be measured.",
        "A qué objetivos de la estrategia sirve y cómo se medirá su éxito.",
    ),
    (
        "qh.audience",
        "Whom it speaks to, and why that audience is not already reached by another account.",
        "A quién se dirige y por qué ninguna otra cuenta llega ya a ese público.",
    ),
    (
        "qh.resources",
        "Who will run it, with how many hours a week, and who will be its second administrator.",
        "Quién la llevará, con cuántas horas a la semana, y quién será su segunda persona administradora.",
    ),
    (
        "qh.content",
        "What it will publish, how often, and in which style.",
        "Qué publicará, con qué frecuencia y con qué estilo.",
    ),
    ("step", "Step", "Paso"),
    ("who", "Who", "Quién"),
    ("workingDays", "Working days", "Días laborables"),
    ("sameDay", "same day", "en el día"),
    ("pillars", "Content pillars", "Pilares de contenido"),
    ("pillar", "Pillar", "Pilar"),
    ("examples", "Examples", "Ejemplos"),
    ("serves", "Serves", "Sirve a"),
    ("carriedBy", "Carried by", "Lo llevan"),
    (
        "shares",
        "Share of each channel's posts",
        "Parte de las publicaciones de cada canal",
    ),
    (
        "sharesNote",
        "Target share of each pillar in what a channel publishes; ✓ where a channel carries a pillar with no share set.",
        "Parte prevista de cada pilar en lo que publica un canal; ✓ donde un canal lleva un pilar sin parte fijada.",
    ),
    ("total", "Total", "Total"),
    ("styles", "Style of each channel", "Estilo de cada canal"),
    ("appliesTo", "Applies to", "Se aplica a"),
    ("language", "Language", "Idioma"),
    ("register", "Register", "Tratamiento"),
    ("dos", "Do", "Sí"),
    ("donts", "Don't", "No"),
    ("formats", "Formats", "Formatos"),
    ("hashtags", "Hashtags and tagging", "Etiquetas y menciones"),
    ("postingTimes", "Posting times", "Horarios de publicación"),
    ("accessibility", "Accessibility", "Accesibilidad"),
    ("graphicIdentity", "Graphic identity", "Identidad gráfica"),
    ("serviceLevel", "Service level", "Nivel de servicio"),
    ("attended", "Hours attended", "Horario de atención"),
    ("response", "Response", "Respuesta"),
    ("monitoring", "Monitoring", "Seguimiento"),
    ("outOfHours", "Out of hours", "Fuera de horario"),
    ("noPromise", "no time promised", "sin plazo comprometido"),
    ("staffing", "Staffing", "Equipo"),
    ("person", "Person", "Persona"),
    ("duty", "Duty", "Función"),
    ("hoursAWeek", "Hours a week", "Horas semanales"),
    ("runs", "Runs", "Lleva"),
    ("budget", "Budget", "Presupuesto"),
    ("budgetLine", "Line", "Partida"),
    ("category", "Category", "Categoría"),
    ("amount", "Amount", "Importe"),
    ("toBeDetermined", "to be determined", "por determinar"),
    (
        "formTitle",
        "Account-request form",
        "Formulario de solicitud de cuenta",
    ),
    ("formUnit", "Requesting unit", "Unidad solicitante"),
    (
        "formRequester",
        "Person making the request, and contact",
        "Persona que solicita y contacto",
    ),
    ("formDate", "Date of the request", "Fecha de la solicitud"),
    ("formNetwork", "Network", "Red"),
    (
        "formName",
        "Proposed name and handle",
        "Nombre y usuario propuestos",
    ),
    (
        "formEvent",
        "Is it for a one-off event or campaign? If so: end date, and what will happen to the account and its content then",
        "¿Es para un evento o una campaña puntual? En ese caso: fecha de fin y qué pasará entonces con la cuenta y sus contenidos",
    ),
    (
        "formManager",
        "Account manager (name, role) and hours a week",
        "Responsable de la cuenta (nombre, cargo) y horas semanales",
    ),
    (
        "formSecondAdmin",
        "Second administrator (name, role)",
        "Segunda persona administradora (nombre, cargo)",
    ),
    (
        "formPillars",
        "Content pillars it will carry",
        "Pilares de contenido que llevará",
    ),
    ("formStyle", "Style it will follow", "Estilo que seguirá"),
    ("formDecision", "Decision", "Resolución"),
    (
        "formApproved",
        "Approved  /  Rejected — by, and date",
        "Aprobada  /  Rechazada — por quién y fecha",
    ),
    ("formReason", "Reason", "Motivo"),
    ("formSignature", "Signature", "Firma"),
    (
        "formProcedure",
        "How the request proceeds",
        "Cómo se tramita la solicitud",
    ),
    (
        "fourQuestions",
        "The four questions",
        "Las cuatro preguntas",
    ),
    (
        "peopleByDepartment",
        "Who runs the channels in each department",
        "Quién lleva los canales en cada departamento",
    ),
];

/// Names of records by id.
struct Names {
    people: HashMap<i64, String>,
    departments: HashMap<i64, String>,
    channels: HashMap<i64, String>,
    objectives: HashMap<i64, String>,
}

impl Names {
    fn new(doc: &WorkspaceDoc) -> Names {
        Names {
            people: doc.people.iter().map(|p| (p.id, p.name.clone())).collect(),
            departments: doc
                .departments
                .iter()
                .map(|d| (d.id, d.name.clone()))
                .collect(),
            channels: doc
                .channels
                .iter()
                .map(|c| (c.id, c.name.clone()))
                .collect(),
            objectives: doc
                .objectives
                .iter()
                .map(|o| (o.id, o.title.clone()))
                .collect(),
        }
    }

    fn list(map: &HashMap<i64, String>, ids: &[i64]) -> String {
        ids.iter()
            .filter_map(|id| map.get(id).cloned())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn s(key: &str, lang: Lang) -> &'static str {
    crate::strings::get(key, lang)
}

/// "1 account", "3 accounts" / "1 cuenta", "3 cuentas".
fn count(n: usize, one: (&str, &str), many: (&str, &str), lang: Lang) -> String {
    let word = if n == 1 {
        lang.pick(one.0, one.1)
    } else {
        lang.pick(many.0, many.1)
    };
    format!("{} {word}", number(n as f64, lang))
}

/// Where a status comes in a department's list: what runs first.
fn rank(status: ChannelStatus) -> u8 {
    match status {
        ChannelStatus::Active => 0,
        ChannelStatus::UnderReview => 1,
        ChannelStatus::Paused => 2,
        ChannelStatus::Dormant => 3,
        ChannelStatus::Planned => 4,
        ChannelStatus::Requested => 5,
        ChannelStatus::Retired => 6,
        ChannelStatus::Considered => 7,
        ChannelStatus::Rejected => 8,
    }
}

/// The status of an account, capitalized as a label ("Activa").
fn account_label(status: ChannelStatus, lang: Lang) -> String {
    let text = status.of_account(lang);
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The channels that are accounts the registry lists: every one but those
/// only considered or rejected.
fn is_account(channel: &Channel) -> bool {
    !matches!(
        channel.status,
        ChannelStatus::Considered | ChannelStatus::Rejected
    )
}

/// The registry of accounts, grouped by department and then by status.
pub(crate) fn accounts(doc: &WorkspaceDoc, lang: Lang) -> Option<Value> {
    let names = Names::new(doc);
    let accounts: Vec<&Channel> = doc.channels.iter().filter(|c| is_account(c)).collect();
    if accounts.is_empty() {
        return None;
    }
    // Departments in the workspace's order, then the accounts of none.
    let mut groups: Vec<(Option<i64>, Vec<&Channel>)> = Vec::new();
    let order: Vec<Option<i64>> = doc
        .departments
        .iter()
        .map(|d| Some(d.id))
        .chain(std::iter::once(None))
        .collect();
    for department in order {
        let mut members: Vec<&Channel> = accounts
            .iter()
            .copied()
            .filter(|c| {
                c.owner_department_id == department
                    || (department.is_none()
                        && c.owner_department_id
                            .is_some_and(|id| !names.departments.contains_key(&id)))
            })
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by_key(|c| (rank(c.status), c.name.to_lowercase()));
        groups.push((department, members));
    }
    let two_factor = |c: &Channel| match c.account.two_factor {
        Some(true) => s("yes", lang).to_string(),
        Some(false) => s("no", lang).to_string(),
        None => String::new(),
    };
    let mut present = BTreeMap::new();
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(department, members)| {
            let rows: Vec<Value> = members
                .iter()
                .map(|c| {
                    let a = &c.account;
                    let open = c.status.is_open();
                    let row = json!({
                        "name": c.name,
                        "network": c.network.label(lang),
                        "handle": c.handle,
                        "url": if a.url.starts_with("https://") || a.url.starts_with("http://") { a.url.clone() } else { String::new() },
                        "status": account_label(c.status, lang),
                        "statusId": c.status.as_str(),
                        "manager": a.manager_id.and_then(|id| names.people.get(&id).cloned()).unwrap_or_default(),
                        "admins": Names::list(&names.people, &a.admin_ids),
                        "twoFactor": two_factor(c),
                        "twoFactorOff": a.two_factor == Some(false) && open,
                        "reviewed": a.last_access_review.map(|d| long_date(d, lang)).unwrap_or_default(),
                        "event": a.for_event,
                    });
                    for key in ["handle", "manager", "admins", "twoFactor", "reviewed"] {
                        if row[key].as_str().is_some_and(|t| !t.is_empty()) {
                            present.insert(key, true);
                        }
                    }
                    row
                })
                .collect();
            json!({
                "department": department
                    .and_then(|id| names.departments.get(&id).cloned())
                    .unwrap_or_else(|| s("noDepartment", lang).to_string()),
                "count": count(members.len(), ("account", "cuenta"), ("accounts", "cuentas"), lang),
                "rows": rows,
            })
        })
        .collect();
    let columns: serde_json::Map<String, Value> =
        ["handle", "manager", "admins", "twoFactor", "reviewed"]
            .iter()
            .map(|k| ((*k).to_string(), Value::Bool(present.contains_key(k))))
            .collect();

    // The registry in one sentence: how many, where, in which state.
    let departments = accounts
        .iter()
        .filter_map(|c| c.owner_department_id)
        .filter(|id| names.departments.contains_key(id))
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let mut by_status: Vec<String> = Vec::new();
    for status in ChannelStatus::ALL.iter().copied() {
        let n = accounts.iter().filter(|c| c.status == status).count();
        if n > 0 {
            by_status.push(format!(
                "{} {}",
                number(n as f64, lang),
                status_plural(status, n, lang)
            ));
        }
    }
    let org = org_name(doc, lang);
    let held = count(
        accounts.len(),
        ("account", "cuenta"),
        ("accounts", "cuentas"),
        lang,
    );
    let place = if departments == 0 {
        String::new()
    } else {
        let n = count(
            departments,
            ("department", "departamento"),
            ("departments", "departamentos"),
            lang,
        );
        match lang {
            Lang::En => format!(" in {n}"),
            Lang::Es => format!(" de {n}"),
        }
    };
    let summary = match lang {
        Lang::En => format!(
            "The registry of {org} holds {held}{place}: {}.",
            words_list(&by_status, lang)
        ),
        Lang::Es => format!(
            "El registro de {org} recoge {held}{place}: {}.",
            words_list(&by_status, lang)
        ),
    };

    // Who keeps the credentials, said once for all the accounts.
    let mut custodians: Vec<(String, usize)> = Vec::new();
    for c in &accounts {
        let who = c.account.credentials_custodian.trim();
        if who.is_empty() {
            continue;
        }
        match custodians.iter_mut().find(|(name, _)| name == who) {
            Some((_, n)) => *n += 1,
            None => custodians.push((who.to_string(), 1)),
        }
    }
    let custodians: Vec<String> = custodians
        .into_iter()
        .map(|(who, n)| {
            format!(
                "{who} ({})",
                count(n, ("account", "cuenta"), ("accounts", "cuentas"), lang)
            )
        })
        .collect();

    let by = |date: Option<chrono::NaiveDate>, who: &str| -> String {
        let date = date.map(|d| long_date(d, lang)).unwrap_or_default();
        match (date.is_empty(), who.is_empty()) {
            (true, true) => String::new(),
            (false, true) => date,
            (true, false) => who.to_string(),
            (false, false) => format!("{date} · {who}"),
        }
    };
    let department_of = |c: &Channel| {
        c.owner_department_id
            .and_then(|id| names.departments.get(&id).cloned())
            .unwrap_or_default()
    };
    let pipeline: Vec<Value> = accounts
        .iter()
        .filter(|c| matches!(c.status, ChannelStatus::Requested | ChannelStatus::Planned))
        .map(|c| {
            json!({
                "name": c.name,
                "status": account_label(c.status, lang),
                "department": department_of(c),
                "requested": by(c.account.requested_on, &c.account.requested_by),
                "approved": by(c.account.approved_on, &c.account.approved_by),
            })
        })
        .collect();
    let events: Vec<Value> = accounts
        .iter()
        .filter(|c| c.account.for_event)
        .map(|c| {
            json!({
                "name": c.name,
                "status": account_label(c.status, lang),
                "ends": c.account.ends_on.map(|d| long_date(d, lang)).unwrap_or_default(),
                "plan": c.account.closing_plan,
            })
        })
        .collect();
    let closed: Vec<Value> = accounts
        .iter()
        .filter(|c| c.status == ChannelStatus::Retired)
        .map(|c| {
            json!({
                "name": c.name,
                "closed": by(c.account.closed_on, &c.account.closed_by),
                "content": c.account.content_after_closing,
            })
        })
        .collect();
    Some(json!({
        "summary": summary,
        "columns": columns,
        "groups": groups,
        "custodians": custodians.join(" · "),
        "pipeline": pipeline,
        "events": events,
        "closed": closed,
    }))
}

fn org_name(doc: &WorkspaceDoc, lang: Lang) -> String {
    if doc.profile.name.is_empty() {
        lang.pick("the organization", "la organización").to_string()
    } else {
        doc.profile.name.clone()
    }
}

/// "a", "a and b", "a, b and c".
fn words_list(items: &[String], lang: Lang) -> String {
    let and = lang.pick("and", "y");
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// An account status after a count: "active", "activas".
fn status_plural(status: ChannelStatus, n: usize, lang: Lang) -> &'static str {
    let one = n == 1;
    match (lang, status) {
        (Lang::En, st) => st.of_account(lang),
        (Lang::Es, ChannelStatus::Requested) => {
            if one {
                "solicitada"
            } else {
                "solicitadas"
            }
        }
        (Lang::Es, ChannelStatus::Planned) => {
            if one {
                "prevista"
            } else {
                "previstas"
            }
        }
        (Lang::Es, ChannelStatus::Active) => {
            if one {
                "activa"
            } else {
                "activas"
            }
        }
        (Lang::Es, ChannelStatus::Dormant) => {
            if one {
                "inactiva"
            } else {
                "inactivas"
            }
        }
        (Lang::Es, ChannelStatus::Retired) => {
            if one {
                "retirada"
            } else {
                "retiradas"
            }
        }
        (Lang::Es, st) => st.of_account(lang),
    }
}

/// "5", or "same day" for a step that takes none; empty when not set.
fn days_text(days: Option<u32>, lang: Lang) -> String {
    match days {
        Some(0) => s("sameDay", lang).to_string(),
        Some(n) => number(f64::from(n), lang),
        None => String::new(),
    }
}

/// "In all, 13 working days." — or a lower bound, or nothing.
fn lead_time_text(steps: &[ProcedureStep], phase: Phase, lang: Lang) -> String {
    let (total, complete) = lead_time(steps, phase);
    if total == 0 {
        return String::new();
    }
    let days = count(
        total as usize,
        ("working day", "día laborable"),
        ("working days", "días laborables"),
        lang,
    );
    match (lang, complete) {
        (Lang::En, true) => format!("In all, {days}."),
        (Lang::Es, true) => format!("En total, {days}."),
        (Lang::En, false) => format!("At least {days}: some steps have no time set."),
        (Lang::Es, false) => format!("Al menos {days}: algunos pasos no tienen plazo."),
    }
}

/// The four questions, with what each answer should say.
fn questions(lang: Lang) -> Vec<Value> {
    ["objectives", "audience", "resources", "content"]
        .iter()
        .map(|q| {
            json!({
                "question": s(&format!("q.{q}"), lang),
                "help": s(&format!("qh.{q}"), lang),
            })
        })
        .collect()
}

/// How an account is opened and closed: the four questions and the steps.
pub(crate) fn procedure(doc: &WorkspaceDoc, lang: Lang) -> Option<Value> {
    if doc.procedure_steps.is_empty() {
        return None;
    }
    let phases: Vec<Value> = Phase::ALL
        .iter()
        .filter_map(|phase| {
            let steps: Vec<&ProcedureStep> = doc
                .procedure_steps
                .iter()
                .filter(|s| s.phase == *phase)
                .collect();
            (!steps.is_empty()).then(|| {
                json!({
                    "title": phase.label(lang),
                    "steps": steps.iter().zip(1..).map(|(st, n)| json!({
                        "n": n,
                        "name": st.name,
                        "who": st.who,
                        "days": days_text(st.days, lang),
                        "description": st.description,
                    })).collect::<Vec<_>>(),
                    "total": lead_time_text(&doc.procedure_steps, *phase, lang),
                })
            })
        })
        .collect();
    Some(json!({
        "intro": s("fourQuestionsIntro", lang),
        "questions": questions(lang),
        "phases": phases,
    }))
}

/// A percent as the document writes it: "40 %" / "40 %".
fn percent_text(p: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{}%", number(p, lang)),
        Lang::Es => format!("{}\u{a0}%", number(p, lang)),
    }
}

/// The editorial line: pillars, their share on each channel, and styles.
pub(crate) fn editorial(doc: &WorkspaceDoc, lang: Lang) -> Option<Value> {
    if doc.pillars.is_empty() && doc.style_guides.is_empty() {
        return None;
    }
    let names = Names::new(doc);
    let pillars: Vec<Value> = doc
        .pillars
        .iter()
        .map(|p| {
            let carried: Vec<String> = p
                .shares
                .iter()
                .filter_map(|sh| {
                    names
                        .channels
                        .get(&sh.channel_id)
                        .map(|name| match sh.percent {
                            Some(pc) => format!("{name} ({})", percent_text(pc, lang)),
                            None => name.clone(),
                        })
                })
                .collect();
            json!({
                "name": p.name,
                "purpose": p.purpose,
                "examples": p.examples,
                "objectives": Names::list(&names.objectives, &p.objective_ids),
                "channels": carried.join(", "),
            })
        })
        .collect();
    // The matrix: channels in use, and any other channel a pillar names.
    let rows: Vec<Value> = doc
        .channels
        .iter()
        .filter(|c| {
            c.status.is_in_use()
                || doc
                    .pillars
                    .iter()
                    .any(|p| p.shares.iter().any(|sh| sh.channel_id == c.id))
        })
        .map(|c| {
            let cells: Vec<String> = doc
                .pillars
                .iter()
                .map(|p| match p.share_on(c.id) {
                    Some(Some(pc)) => percent_text(pc, lang),
                    Some(None) => "✓".to_string(),
                    None => String::new(),
                })
                .collect();
            let total: f64 = doc
                .pillars
                .iter()
                .filter_map(|p| p.share_on(c.id).flatten())
                .sum();
            json!({
                "channel": c.name,
                "cells": cells,
                "total": if total > 0.0 { percent_text(total, lang) } else { String::new() },
                "over": total > 100.0,
            })
        })
        .collect();
    let matrix = (!doc.pillars.is_empty() && !rows.is_empty()).then(|| {
        json!({
            "pillars": doc.pillars.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
            "rows": rows,
        })
    });
    let styles: Vec<Value> = doc
        .style_guides
        .iter()
        .map(|st| {
            let fields: Vec<Value> = [
                ("language", st.language.clone()),
                (
                    "register",
                    st.register
                        .map(|r| r.label(lang).to_string())
                        .unwrap_or_default(),
                ),
                ("dos", st.dos.clone()),
                ("donts", st.donts.clone()),
                ("formats", st.formats.clone()),
                ("hashtags", st.hashtags.clone()),
                ("postingTimes", st.posting_times.clone()),
                ("accessibility", st.accessibility.clone()),
                ("graphicIdentity", st.graphic_identity.clone()),
            ]
            .into_iter()
            .filter(|(_, text)| !text.is_empty())
            .map(|(key, text)| json!({ "label": s(key, lang), "text": text }))
            .collect();
            json!({
                "name": st.name,
                "channels": Names::list(&names.channels, &st.channel_ids),
                "fields": fields,
            })
        })
        .collect();
    Some(json!({
        "pillars": pillars,
        "matrix": matrix,
        "styles": styles,
    }))
}

/// "Monday to Friday", "Every day", "Monday, Wednesday and Friday".
fn days_phrase(days: &[Weekday], lang: Lang) -> String {
    if days.len() == 7 {
        return lang.pick("Every day", "Todos los días").to_string();
    }
    let index = |d: &Weekday| Weekday::ALL.iter().position(|w| w == d).unwrap_or(0);
    let consecutive = days.len() >= 3 && days.windows(2).all(|w| index(&w[1]) == index(&w[0]) + 1);
    if let (true, Some(first), Some(last)) = (consecutive, days.first(), days.last()) {
        let (a, b) = (first.label(lang), last.label(lang));
        return match lang {
            Lang::En => format!("{a} to {b}"),
            Lang::Es => format!("De {a} a {b}"),
        };
    }
    let names: Vec<String> = days.iter().map(|d| d.label(lang).to_string()).collect();
    let text = words_list(&names, lang);
    match lang {
        Lang::En => text,
        Lang::Es => {
            let mut chars = text.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

/// When a service level attends, in words, with its hours a week.
fn attended_text(level: &ServiceLevel, lang: Lang) -> String {
    let days = (!level.days.is_empty()).then(|| days_phrase(&level.days, lang));
    let hours = match (level.opens.as_deref(), level.closes.as_deref()) {
        (Some("00:00"), Some("24:00")) => Some(lang.pick("all day", "todo el día").to_string()),
        (Some(a), Some(b)) => Some(format!("{a}–{b}")),
        _ => None,
    };
    let mut text = match (days, hours) {
        (Some(d), Some(h)) => format!("{d}, {h}"),
        (Some(d), None) => d,
        (None, Some(h)) => h,
        (None, None) => return String::new(),
    };
    if let Some(weekly) = level.weekly_hours().filter(|h| *h > 0.0) {
        let n = number(weekly, lang);
        text.push_str(&match lang {
            Lang::En => format!(" ({n} hours a week)"),
            Lang::Es => format!(" ({n} horas a la semana)"),
        });
    }
    text
}

/// "Within 24 hours" / "En 24 horas"; empty with no promise.
fn response_text(level: &ServiceLevel, lang: Lang) -> String {
    let Some(time) = level.response_time else {
        return String::new();
    };
    let one = time == 1.0;
    let unit = match (level.response_unit, one, lang) {
        (ResponseUnit::Minutes, true, Lang::En) => "minute",
        (ResponseUnit::Hours, true, Lang::En) => "hour",
        (ResponseUnit::WorkingDays, true, Lang::En) => "working day",
        (ResponseUnit::Days, true, Lang::En) => "day",
        (ResponseUnit::Minutes, true, Lang::Es) => "minuto",
        (ResponseUnit::Hours, true, Lang::Es) => "hora",
        (ResponseUnit::WorkingDays, true, Lang::Es) => "día laborable",
        (ResponseUnit::Days, true, Lang::Es) => "día",
        (unit, false, lang) => unit.label(lang),
    };
    let n = number(time, lang);
    match lang {
        Lang::En => format!("Within {n} {unit}"),
        Lang::Es => format!("En {n} {unit}"),
    }
}

/// The service levels promised on the channels.
pub(crate) fn service_levels(doc: &WorkspaceDoc, lang: Lang) -> Option<Value> {
    if doc.service_levels.is_empty() {
        return None;
    }
    let names = Names::new(doc);
    let levels: Vec<Value> = doc
        .service_levels
        .iter()
        .map(|l| {
            let response = response_text(l, lang);
            let response = if response.is_empty() {
                s("noPromise", lang).to_string()
            } else {
                response
            };
            json!({
                "name": l.name,
                "channels": Names::list(&names.channels, &l.channel_ids),
                "attended": attended_text(l, lang),
                "response": response,
                "monitoring": l.monitoring.map(|m| m.label(lang).to_string()).unwrap_or_default(),
                "outOfHours": l.out_of_hours,
            })
        })
        .collect();
    Some(Value::Array(levels))
}

/// An amount of money in the document's language: "€1,500" / "1500 €";
/// a currency written as a code or a word goes after ("1,500 EUR").
pub(crate) fn money(amount: f64, currency: &str, lang: Lang) -> String {
    let n = number(amount, lang);
    match (currency, lang) {
        ("", _) => n,
        ("€" | "$" | "£", Lang::En) => format!("{currency}{n}"),
        (c, Lang::En) => format!("{n} {c}"),
        (c, Lang::Es) => format!("{n}\u{a0}{c}"),
    }
}

fn period_text(line: &BudgetLine, lang: Lang) -> String {
    line.period.label(lang).to_string()
}

/// The people who run the channels, and the budget.
pub(crate) fn staffing(doc: &WorkspaceDoc, lang: Lang) -> Option<Value> {
    if doc.people.is_empty() && doc.budget_lines.is_empty() {
        return None;
    }
    let names = Names::new(doc);
    let role = crate::grammar::Naming::new(&doc.profile, lang).role;
    let people: Vec<Value> = doc
        .people
        .iter()
        .map(|p| {
            let runs: Vec<String> = doc
                .channels
                .iter()
                .filter(|c| c.account.manager_id == Some(p.id) && is_account(c) && c.status != ChannelStatus::Retired)
                .map(|c| c.name.clone())
                .collect();
            json!({
                "name": p.name,
                "role": p.role,
                // The coordinator's duty by the title the organization
                // gives the role, not the window's "(community manager)".
                "duty": if p.duty == Duty::Coordinator {
                    format!("{} ({})", lang.pick("Coordinator", "Coordinación"), role)
                } else {
                    p.duty.label(lang).to_string()
                },
                "department": p.department_id.and_then(|id| names.departments.get(&id).cloned()).unwrap_or_default(),
                "hours": p.weekly_hours.map(|h| number(h, lang)).unwrap_or_default(),
                "runs": runs.join(", "),
            })
        })
        .collect();
    let known: Vec<f64> = doc.people.iter().filter_map(|p| p.weekly_hours).collect();
    let unknown = doc.people.len() - known.len();
    let total: f64 = known.iter().sum();
    let hours_total = if known.is_empty() {
        String::new()
    } else {
        let hours = number(total, lang);
        let from = count(
            known.len(),
            ("person", "persona"),
            ("people", "personas"),
            lang,
        );
        let mut text = match lang {
            Lang::En => format!("In all, {hours} hours a week from {from}"),
            Lang::Es => format!("En total, {hours} horas a la semana de {from}"),
        };
        if unknown > 0 {
            let more = count(unknown, ("person", "persona"), ("people", "personas"), lang);
            text.push_str(&match lang {
                Lang::En => format!("; the hours of {more} more are not recorded"),
                Lang::Es => format!("; no consta la dedicación de {more} más"),
            });
        }
        text.push('.');
        text
    };
    let coordinators = doc
        .people
        .iter()
        .filter(|p| p.duty == Duty::Coordinator)
        .count();
    let budget: Vec<Value> = doc
        .budget_lines
        .iter()
        .map(|b| {
            let when = match (b.start, b.end) {
                (Some(a), Some(z)) if a == z => long_date(a, lang),
                (Some(a), Some(z)) => format!("{} – {}", long_date(a, lang), long_date(z, lang)),
                (Some(a), None) => format!("{} –", long_date(a, lang)),
                (None, Some(z)) => format!("– {}", long_date(z, lang)),
                (None, None) => String::new(),
            };
            json!({
                "name": b.name,
                "notes": b.notes,
                "category": b.category.label(lang),
                "amount": b.amount.map(|a| money(a, &b.currency, lang)).unwrap_or_else(|| s("toBeDetermined", lang).to_string()),
                "known": b.amount.is_some(),
                "per": period_text(b, lang),
                "when": when,
                "channels": Names::list(&names.channels, &b.channel_ids),
            })
        })
        .collect();
    Some(json!({
        "people": people,
        "hoursTotal": hours_total,
        "coordinators": coordinators,
        "budget": budget,
        "budgetTotals": budget_totals(&doc.budget_lines, lang),
    }))
}

/// The budget in a few sentences: by currency, what recurs (a year's
/// worth) and what is spent once, and how many lines have no amount yet.
fn budget_totals(lines: &[BudgetLine], lang: Lang) -> Vec<String> {
    let mut currencies: Vec<&str> = Vec::new();
    for line in lines.iter().filter(|l| l.amount.is_some()) {
        if !currencies.contains(&line.currency.as_str()) {
            currencies.push(&line.currency);
        }
    }
    let mut out = Vec::new();
    for currency in currencies {
        let of = lines
            .iter()
            .filter(|l| l.currency == currency)
            .filter_map(|l| l.amount.map(|a| (l.period, a)));
        let yearly: f64 = of
            .clone()
            .filter(|(p, _)| *p != BudgetPeriod::OneOff)
            .map(|(p, a)| a * p.per_year())
            .sum();
        let once: f64 = of
            .filter(|(p, _)| *p == BudgetPeriod::OneOff)
            .map(|(_, a)| a)
            .sum();
        let parts: Vec<String> = [
            (yearly > 0.0).then(|| match lang {
                Lang::En => format!(
                    "{} a year in recurring costs",
                    money(yearly, currency, lang)
                ),
                Lang::Es => format!(
                    "{} al año en gastos recurrentes",
                    money(yearly, currency, lang)
                ),
            }),
            (once > 0.0).then(|| match lang {
                Lang::En => format!("{} in one-off costs", money(once, currency, lang)),
                Lang::Es => format!("{} en gastos puntuales", money(once, currency, lang)),
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !parts.is_empty() {
            let text = words_list(&parts, lang);
            out.push(match lang {
                Lang::En => format!("In all, {text}."),
                Lang::Es => format!("En total, {text}."),
            });
        }
    }
    let unknown = lines.iter().filter(|l| l.amount.is_none()).count();
    if unknown > 0 {
        out.push(match (lang, unknown) {
            (Lang::En, 1) => "One line has no amount yet.".to_string(),
            (Lang::Es, 1) => "Una partida aún no tiene importe.".to_string(),
            (Lang::En, n) => format!("{} lines have no amount yet.", number(n as f64, lang)),
            (Lang::Es, n) => format!("{} partidas aún no tienen importe.", number(n as f64, lang)),
        });
    }
    out
}

/// The account-request form, to print and fill in by hand.
pub(crate) fn request_form(doc: &WorkspaceDoc, lang: Lang, always: bool) -> Option<Value> {
    // In the document, only where accounts are kept; printed alone, a blank
    // form is what is asked for.
    if !always && doc.procedure_steps.is_empty() && !doc.channels.iter().any(is_account) {
        return None;
    }
    let coordinator = doc
        .people
        .iter()
        .find(|p| p.duty == Duty::Coordinator)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| doc.profile.cm_name.clone());
    // The role as the organization calls it ("the social media officer").
    let naming = crate::grammar::Naming::new(&doc.profile, lang);
    let the_role = &naming.the_role;
    let to_role = match lang {
        Lang::En => the_role.clone(),
        Lang::Es => crate::messages::preposition("a", the_role),
    };
    let intro = match (lang, coordinator.is_empty()) {
        (Lang::En, true) => format!(
            "To be filled in by the unit that requests a new account, and sent to {to_role}."
        ),
        (Lang::Es, true) => {
            format!("Lo rellena la unidad que solicita una cuenta nueva y lo envía {to_role}.")
        }
        (Lang::En, false) => format!(
            "To be filled in by the unit that requests a new account, and sent to {to_role}, {coordinator}."
        ),
        (Lang::Es, false) => format!(
            "Lo rellena la unidad que solicita una cuenta nueva y lo envía {to_role}, {coordinator}."
        ),
    };
    let reviewed = match lang {
        Lang::En => format!("Reviewed by {the_role} on"),
        Lang::Es => format!("Revisada por {the_role} el"),
    };
    let fields: Vec<&str> = [
        "formUnit",
        "formRequester",
        "formDate",
        "formNetwork",
        "formName",
    ]
    .iter()
    .map(|k| s(k, lang))
    .collect();
    let after: Vec<&str> = ["formManager", "formSecondAdmin", "formEvent"]
        .iter()
        .map(|k| s(k, lang))
        .collect();
    let opening: Vec<String> = doc
        .procedure_steps
        .iter()
        .filter(|st| st.phase == Phase::Opening)
        .map(|st| {
            let days = match st.days {
                Some(0) | None => String::new(),
                Some(n) => format!(
                    " ({})",
                    count(
                        n as usize,
                        ("working day", "día laborable"),
                        ("working days", "días laborables"),
                        lang
                    )
                ),
            };
            if st.who.is_empty() {
                format!("{}{days}", st.name)
            } else {
                format!("{} — {}{days}", st.name, st.who)
            }
        })
        .collect();
    Some(json!({
        "title": s("formTitle", lang),
        "organization": doc.profile.name,
        "intro": intro,
        "fields": fields,
        "questions": questions(lang),
        "after": after,
        "pillars": doc.pillars.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
        "styles": doc.style_guides.iter().map(|st| st.name.clone()).collect::<Vec<_>>(),
        "decision": [reviewed.as_str(), s("formApproved", lang), s("formReason", lang), s("formSignature", lang)],
        "steps": opening,
        "leadTime": lead_time_text(&doc.procedure_steps, Phase::Opening, lang),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_days_read_naturally() {
        assert_eq!(money(1500.0, "€", Lang::En), "€1,500");
        assert_eq!(money(1500.0, "€", Lang::Es), "1500\u{a0}€");
        assert_eq!(money(12500.5, "EUR", Lang::Es), "12.500,5\u{a0}EUR");
        assert_eq!(money(24.0, "", Lang::En), "24");
        let weekdays = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ];
        assert_eq!(days_phrase(&weekdays, Lang::En), "Monday to Friday");
        assert_eq!(days_phrase(&weekdays, Lang::Es), "De lunes a viernes");
        assert_eq!(
            days_phrase(&[Weekday::Mon, Weekday::Wed], Lang::Es),
            "Lunes y miércoles"
        );
        assert_eq!(days_phrase(Weekday::ALL, Lang::En), "Every day");
    }

    #[test]
    fn the_registry_groups_by_department_and_leaves_empty_columns_out() {
        let doc = rumbo_core::sample::workspace(Lang::Es);
        let data = accounts(&doc, Lang::Es).unwrap_or_default();
        let groups = data["groups"].as_array().cloned().unwrap_or_default();
        let names: Vec<&str> = groups
            .iter()
            .filter_map(|g| g["department"].as_str())
            .collect();
        // In the workspace's order of departments; the CM's own first.
        assert_eq!(names.first(), Some(&"Redes sociales"));
        assert_eq!(
            data["summary"],
            "El registro de Agencia Regional de Empleo de Valdoria recoge 11 cuentas de 6 departamentos: 1 solicitada, 1 prevista, 4 activas, 1 en revisión, 1 en pausa, 1 inactiva y 2 retiradas."
        );
        assert_eq!(data["columns"]["handle"], true);
        let mut bare = doc.clone();
        for c in &mut bare.channels {
            c.handle.clear();
            c.account = Default::default();
        }
        let data = accounts(&bare, Lang::En).unwrap_or_default();
        assert_eq!(data["columns"]["handle"], false);
        assert_eq!(data["columns"]["admins"], false);
        assert_eq!(data["custodians"], "");
        // Nothing that is an account: no chapter.
        bare.channels.retain(|c| {
            matches!(
                c.status,
                ChannelStatus::Considered | ChannelStatus::Rejected
            )
        });
        assert!(accounts(&bare, Lang::En).is_none());
    }
}
