//! The document's data: the workspace turned into what a reader sees —
//! labels in the document's language, dates and numbers written out, the
//! health check run, the comparison with the previous version made. Every
//! format reads this one JSON value; the Typst template reads it as
//! `/data.json`, so user text is data, never markup.
//!
//! Sections with nothing to show are `null` (or empty lists), and the
//! templates leave them out with their headings.
//!
//! Every string of it is cleaned once, here (`text::clean_all`): no format
//! gets a character XML cannot hold, and every line break is `\n`. Every
//! number reaches it written out by `format.rs` or as a finite fraction, so
//! no format prints `inf` or fails on an extreme value.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{
    Cadence, ChannelStatus, Decision, DocSection, FitMatrix, Measurement, RaciRole,
};
use rumbo_health::Severity;
use serde_json::{Map, Value, json};

use crate::changes;
use crate::format::{long_date, month_label, number, opt_number, percent, short_date};
use crate::strings;
use crate::text;

/// What a document is made from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub doc: &'a WorkspaceDoc,
    /// The date printed on the document; also the health check's "as of".
    pub date: NaiveDate,
    /// `Some(n)` when this is saved version `n`; `None` for a draft.
    pub version: Option<u32>,
    /// The version to compare with in "What changed", if any.
    pub previous: Option<Previous<'a>>,
}

/// An earlier saved version.
#[derive(Debug, Clone, Copy)]
pub struct Previous<'a> {
    pub number: u32,
    pub date: NaiveDate,
    pub doc: &'a WorkspaceDoc,
}

/// The document's data as JSON (see the module documentation).
pub fn build(source: &Source<'_>) -> Value {
    let doc = source.doc;
    let lang = doc.document.lang;
    let report = rumbo_health::check(doc, source.date, lang);
    let shows = |s: DocSection| doc.document.shows(s);
    let names = Names::new(doc);

    let mut sections = Map::new();
    let mut put = |section: DocSection, value: Option<Value>| {
        if shows(section)
            && let Some(value) = value
        {
            sections.insert(section.as_str().to_string(), value);
        }
    };
    put(DocSection::Summary, Some(summary(doc, &report, lang)));
    put(DocSection::Organization, Some(organization(doc, lang)));
    put(DocSection::Audiences, audiences(doc, &names));
    put(DocSection::Objectives, objectives(doc, &names, lang));
    put(DocSection::Channels, channels(doc, &names, lang));
    put(DocSection::Raci, raci(doc));
    put(DocSection::Internal, internal(doc, &names, lang));
    put(DocSection::Campaigns, campaigns(doc, &names, lang));
    put(
        DocSection::Recommendations,
        recommendations(doc, &names, source.date, lang),
    );
    put(DocSection::Roadmap, roadmap(doc, lang));
    put(DocSection::Health, Some(health(&report, lang)));
    put(DocSection::Changes, Some(changes::section(source, &report)));

    let order: Vec<Value> = DocSection::ALL
        .iter()
        .filter(|s| sections.contains_key(s.as_str()))
        .map(|s| json!({ "id": s.as_str(), "title": s.label(lang) }))
        .collect();

    let title = if doc.document.title.is_empty() {
        strings::get("defaultTitle", lang).to_string()
    } else {
        doc.document.title.clone()
    };
    let author = if doc.document.author.is_empty() {
        doc.profile.cm_name.clone()
    } else {
        doc.document.author.clone()
    };
    let version = match source.version {
        Some(n) => format!("{} {n}", strings::get("version", lang)),
        None => match source.previous {
            Some(p) => format!("{} {}", strings::get("draftAfter", lang), p.number),
            None => strings::get("draft", lang).to_string(),
        },
    };
    let mut data = json!({
        "lang": lang.code(),
        "t": strings::table(lang),
        "meta": {
            "title": title,
            "organization": doc.profile.name,
            "sector": doc.profile.sector,
            "author": author,
            "date": long_date(source.date, lang),
            "dateIso": source.date.format("%Y-%m-%d").to_string(),
            "year": source.date.year(),
            "month": source.date.month(),
            "day": source.date.day(),
            "version": version,
        },
        "order": order,
        "sections": sections,
    });
    text::clean_all(&mut data);
    data
}

/// Names of linked records, by id.
struct Names {
    channels: HashMap<i64, String>,
    departments: HashMap<i64, String>,
    objectives: HashMap<i64, String>,
    flows: HashMap<i64, String>,
}

impl Names {
    fn new(doc: &WorkspaceDoc) -> Names {
        Names {
            channels: doc
                .channels
                .iter()
                .map(|c| (c.id, c.name.clone()))
                .collect(),
            departments: doc
                .departments
                .iter()
                .map(|d| (d.id, d.name.clone()))
                .collect(),
            objectives: doc
                .objectives
                .iter()
                .map(|o| (o.id, o.title.clone()))
                .collect(),
            flows: doc.flows.iter().map(|f| (f.id, f.name.clone())).collect(),
        }
    }

    fn list(map: &HashMap<i64, String>, ids: &[i64]) -> String {
        ids.iter()
            .filter_map(|id| map.get(id).cloned())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn one(map: &HashMap<i64, String>, id: Option<i64>) -> String {
        id.and_then(|id| map.get(&id).cloned()).unwrap_or_default()
    }
}

fn band(score: u8, errors: u32) -> &'static str {
    if errors == 0 && score >= 85 {
        "ready"
    } else if score >= 60 {
        "fair"
    } else {
        "weak"
    }
}

fn summary(doc: &WorkspaceDoc, report: &rumbo_health::Report, lang: Lang) -> Value {
    let count = |status: ChannelStatus| doc.channels.iter().filter(|c| c.status == status).count();
    let (active, planned) = (count(ChannelStatus::Active), count(ChannelStatus::Planned));
    let with_target = doc
        .objectives
        .iter()
        .filter(|o| !o.kpi_metric.is_empty() && o.target.is_some())
        .count();
    let org = if doc.profile.name.is_empty() {
        lang.pick("The organization", "La organización").to_string()
    } else {
        doc.profile.name.clone()
    };
    let mut paragraphs = Vec::new();
    paragraphs.push(match lang {
        Lang::En => format!(
            "{org} works with {active} active {} and {planned} planned, towards {} {}, {with_target} of them with a measurable target. {} {} {} planned or under way.",
            plural(active, "channel", "channels"),
            doc.objectives.len(),
            plural(doc.objectives.len(), "objective", "objectives"),
            doc.campaigns.len(),
            plural(doc.campaigns.len(), "campaign", "campaigns"),
            if doc.campaigns.len() == 1 { "is" } else { "are" },
        ),
        Lang::Es => format!(
            "{org} trabaja con {active} {} y {planned} {}, hacia {} {}, {with_target} de ellos con una meta medible. Hay {} {} previstas o en marcha.",
            plural(active, "canal activo", "canales activos"),
            plural(planned, "previsto", "previstos"),
            doc.objectives.len(),
            plural(doc.objectives.len(), "objetivo", "objetivos"),
            doc.campaigns.len(),
            plural(doc.campaigns.len(), "campaña", "campañas"),
        ),
    });
    let cm = &doc.profile.cm_name;
    if !cm.is_empty() {
        let raci_ra = doc
            .raci
            .iter()
            .filter(|c| matches!(c.role, RaciRole::Responsible | RaciRole::Accountable))
            .count();
        let reports = if doc.profile.cm_reports_to.is_empty() {
            String::new()
        } else {
            match lang {
                Lang::En => format!(", reports to {}", doc.profile.cm_reports_to),
                Lang::Es => format!(", depende de {}", doc.profile.cm_reports_to),
            }
        };
        paragraphs.push(match lang {
            Lang::En => format!(
                "The community manager, {cm}{reports}, works with {} {} and is responsible or accountable in {raci_ra} places of the RACI grid.",
                doc.departments.len(),
                plural(doc.departments.len(), "department", "departments"),
            ),
            Lang::Es => format!(
                "La persona community manager, {cm}{reports}, trabaja con {} {} y es responsable o aprobadora en {raci_ra} casillas de la matriz RACI.",
                doc.departments.len(),
                plural(doc.departments.len(), "departamento", "departamentos"),
            ),
        });
    }
    let counts = &report.counts;
    paragraphs.push(match lang {
        Lang::En => format!(
            "The strategy's health check gives a readiness score of {} out of 100, with {} {}, {} {} and {} {} still open.",
            report.score,
            counts.errors,
            plural(counts.errors as usize, "error", "errors"),
            counts.warnings,
            plural(counts.warnings as usize, "warning", "warnings"),
            counts.advice,
            plural(counts.advice as usize, "piece of advice", "pieces of advice"),
        ),
        Lang::Es => format!(
            "El diagnóstico de la estrategia le da un índice de preparación de {} sobre 100, con {} {}, {} {} y {} {} pendientes.",
            report.score,
            counts.errors,
            plural(counts.errors as usize, "error", "errores"),
            counts.warnings,
            plural(counts.warnings as usize, "aviso", "avisos"),
            counts.advice,
            plural(counts.advice as usize, "consejo", "consejos"),
        ),
    });
    let decided = |d: Decision| {
        doc.recommendations
            .iter()
            .filter(|r| r.decision == d)
            .count()
    };
    if !doc.recommendations.is_empty() {
        paragraphs.push(match lang {
            Lang::En => format!(
                "Of the {} recommendations the community manager made, {} were accepted, {} rejected and {} ignored; {} {} a decision.",
                doc.recommendations.len(),
                decided(Decision::Accepted),
                decided(Decision::Rejected),
                decided(Decision::Ignored),
                decided(Decision::Pending),
                plural(decided(Decision::Pending), "awaits", "await"),
            ),
            Lang::Es => format!(
                "De las {} recomendaciones del community manager, se aceptaron {}, se rechazaron {} y se ignoraron {}; {} {} una decisión.",
                doc.recommendations.len(),
                decided(Decision::Accepted),
                decided(Decision::Rejected),
                decided(Decision::Ignored),
                decided(Decision::Pending),
                plural(decided(Decision::Pending), "espera", "esperan"),
            ),
        });
    }
    let key_findings: Vec<Value> = open_findings(report)
        .take(3)
        .map(|f| {
            json!({
                "severity": f.severity.as_str(),
                "severityLabel": f.severity.label(lang),
                "message": f.message,
            })
        })
        .collect();
    json!({
        "paragraphs": paragraphs,
        "figures": [
            { "value": number(active as f64, lang), "label": strings::get("activeChannels", lang) },
            { "value": number(planned as f64, lang), "label": strings::get("plannedChannels", lang) },
            { "value": number(doc.objectives.len() as f64, lang), "label": strings::get("objectives", lang) },
            { "value": number(doc.campaigns.len() as f64, lang), "label": strings::get("campaigns", lang) },
        ],
        "score": report.score,
        "band": band(report.score, counts.errors),
        "bandLabel": strings::get(&format!("band.{}", band(report.score, counts.errors)), lang),
        "keyFindings": key_findings,
    })
}

/// The findings not accepted as a risk, errors first, then warnings, then
/// advice (in the report's order within each).
fn open_findings(report: &rumbo_health::Report) -> impl Iterator<Item = &rumbo_health::Finding> {
    Severity::ALL.iter().flat_map(move |severity| {
        report
            .findings
            .iter()
            .filter(move |f| f.severity == *severity && f.acknowledged.is_none())
    })
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn organization(doc: &WorkspaceDoc, lang: Lang) -> Value {
    let p = &doc.profile;
    let period = match (p.planning_start, p.planning_end) {
        (Some(a), Some(b)) => format!("{} – {}", long_date(a, lang), long_date(b, lang)),
        (Some(a), None) => long_date(a, lang),
        (None, Some(b)) => long_date(b, lang),
        (None, None) => String::new(),
    };
    let facts: Vec<Value> = [
        ("sector", p.sector.clone()),
        ("cm", p.cm_name.clone()),
        ("reportsTo", p.cm_reports_to.clone()),
        ("languages", p.languages.join(", ")),
        ("planningPeriod", period),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| json!({ "label": strings::get(k, lang), "value": v }))
    .collect();
    let texts: Vec<Value> = [
        ("mission", &p.mission),
        ("culture", &p.culture),
        ("values", &p.values),
        ("voice", &p.brand_voice),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| json!({ "label": strings::get(k, lang), "text": v }))
    .collect();
    json!({ "name": p.name, "facts": facts, "texts": texts })
}

fn audiences(doc: &WorkspaceDoc, names: &Names) -> Option<Value> {
    (!doc.audiences.is_empty()).then(|| {
        Value::Array(
            doc.audiences
                .iter()
                .map(|a| {
                    json!({
                        "name": a.name,
                        "description": a.description,
                        "needs": a.needs,
                        "whereabouts": a.whereabouts,
                        "channels": Names::list(&names.channels, &a.channel_ids),
                    })
                })
                .collect(),
        )
    })
}

fn objectives(doc: &WorkspaceDoc, names: &Names, lang: Lang) -> Option<Value> {
    if doc.objectives.is_empty() {
        return None;
    }
    let mut by_objective: BTreeMap<i64, Vec<&Measurement>> = BTreeMap::new();
    for m in &doc.measurements {
        by_objective.entry(m.objective_id).or_default().push(m);
    }
    let mut items = Vec::new();
    let mut trends = Vec::new();
    for o in &doc.objectives {
        let mut series = by_objective.remove(&o.id).unwrap_or_default();
        series.sort_by_key(|m| m.date);
        let latest = series.last().map(|m| m.value);
        let progress = latest.and_then(|v| fraction(v, o.baseline?, o.target?));
        let unit = |v: Option<f64>| {
            let text = opt_number(v, lang);
            if text.is_empty() || o.kpi_unit.is_empty() {
                text
            } else {
                format!("{text} {}", o.kpi_unit)
            }
        };
        items.push(json!({
            "title": o.title,
            "description": o.description,
            "kind": o.kind.label(lang),
            "status": o.status.label(lang),
            "statusId": o.status.as_str(),
            "kpi": o.kpi_metric,
            "baseline": unit(o.baseline),
            "target": unit(o.target),
            "latest": unit(latest),
            "progress": progress.map(|p| p.clamp(0.0, 1.0)),
            "progressLabel": progress.map(|p| percent(p, lang)).unwrap_or_default(),
            "deadline": o.deadline.map(|d| short_date(d, lang)).unwrap_or_default(),
            "owner": o.owner,
            "channels": Names::list(&names.channels, &o.channel_ids),
            "departments": Names::list(&names.departments, &o.department_ids),
        }));
        if series.len() >= 2 {
            let values: Vec<f64> = series.iter().map(|m| m.value).collect();
            let mut low = values.iter().copied().fold(f64::INFINITY, f64::min);
            let mut high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            for bound in [o.baseline, o.target].into_iter().flatten() {
                low = low.min(bound);
                high = high.max(bound);
            }
            if high <= low {
                high = low + 1.0;
            }
            let first = series[0].date;
            let span = (series[series.len() - 1].date - first).num_days().max(1) as f64;
            let scale = |v: f64| fraction(v, low, high).unwrap_or(0.5);
            trends.push(json!({
                "title": o.title,
                "kpi": o.kpi_metric,
                "unit": o.kpi_unit,
                "low": number(low, lang),
                "high": number(high, lang),
                "from": short_date(first, lang),
                "to": short_date(series[series.len() - 1].date, lang),
                "target": o.target.map(scale),
                "targetLabel": opt_number(o.target, lang),
                "baseline": o.baseline.map(scale),
                "points": series.iter().map(|m| json!([
                    (m.date - first).num_days() as f64 / span,
                    scale(m.value),
                ])).collect::<Vec<_>>(),
                "latest": unit(latest),
            }));
        }
    }
    Some(json!({ "items": items, "trends": trends }))
}

/// Where `value` lies from `from` (0) to `to` (1), when that is a finite
/// number. Halved first, so that even the widest range of finite numbers
/// (±1.7 × 10³⁰⁸) does not overflow.
fn fraction(value: f64, from: f64, to: f64) -> Option<f64> {
    let span = to / 2.0 - from / 2.0;
    let share = (value / 2.0 - from / 2.0) / span;
    (span != 0.0 && share.is_finite()).then_some(share)
}

fn channels(doc: &WorkspaceDoc, names: &Names, lang: Lang) -> Option<Value> {
    if doc.channels.is_empty() {
        return None;
    }
    let mut in_use: Vec<&rumbo_core::model::Channel> = doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use())
        .collect();
    in_use.sort_by_key(|c| (c.status != ChannelStatus::Active, c.name.to_lowercase()));
    let hours: f64 = in_use.iter().map(|c| c.weekly_effort_hours).sum();
    let used: Vec<Value> = in_use
        .iter()
        .map(|c| {
            json!({
                "name": c.name,
                "network": c.network.label(lang),
                "handle": c.handle,
                "status": c.status.label(lang),
                "purpose": c.purpose,
                "tone": c.tone,
                "cadence": c.cadence,
                "owner": if c.owner.is_empty() { Names::one(&names.departments, c.owner_department_id) } else { c.owner.clone() },
                "hours": number(c.weekly_effort_hours, lang),
            })
        })
        .collect();
    let other = |statuses: &[ChannelStatus]| -> Vec<Value> {
        doc.channels
            .iter()
            .filter(|c| statuses.contains(&c.status))
            .map(|c| {
                json!({
                    "name": c.name,
                    "network": c.network.label(lang),
                    "status": c.status.label(lang),
                    "reason": if c.rejection_reason.is_empty() { c.notes.clone() } else { c.rejection_reason.clone() },
                })
            })
            .collect()
    };
    let matrix = FitMatrix::build(doc.fit_criteria.clone(), &doc.channels);
    let criteria: Vec<Value> = matrix
        .criteria
        .iter()
        .map(|c| json!({ "name": c.name, "weight": c.weight }))
        .collect();
    let rows: Vec<Value> = matrix
        .rows
        .iter()
        .filter(|r| !r.scores.is_empty())
        .map(|r| {
            let cells: Vec<Value> = matrix
                .criteria
                .iter()
                .map(|c| {
                    r.scores
                        .iter()
                        .find(|s| s.criterion_id == c.id)
                        .map_or(Value::Null, |s| Value::from(s.score))
                })
                .collect();
            let band = match r.weighted {
                Some(w) if w >= doc.health_settings.high_fit => "high",
                Some(w) if w < doc.health_settings.low_fit => "low",
                Some(_) => "mid",
                None => "none",
            };
            json!({
                "name": r.name,
                "status": r.status.label(lang),
                "scores": cells,
                "weighted": r.weighted.map(|w| number(w, lang)).unwrap_or_default(),
                "band": band,
            })
        })
        .collect();
    Some(json!({
        "inUse": used,
        "totalHours": number(hours, lang),
        "availableHours": number(doc.health_settings.cm_weekly_hours, lang),
        "overCapacity": hours > doc.health_settings.cm_weekly_hours,
        "rejected": other(&[ChannelStatus::Rejected]),
        "considered": other(&[ChannelStatus::Considered]),
        "retired": other(&[ChannelStatus::Paused, ChannelStatus::Retired]),
        "fit": if rows.is_empty() || criteria.is_empty() { Value::Null } else { json!({ "criteria": criteria, "rows": rows }) },
    }))
}

fn raci(doc: &WorkspaceDoc) -> Option<Value> {
    if doc.raci.is_empty() || doc.activities.is_empty() || doc.departments.is_empty() {
        return None;
    }
    let mut activities = doc.activities.clone();
    activities.sort_by_key(|a| (a.position, a.id));
    let departments: Vec<&rumbo_core::model::Department> = doc
        .departments
        .iter()
        .filter(|d| doc.raci.iter().any(|c| c.department_id == d.id))
        .collect();
    let rows: Vec<Value> = activities
        .iter()
        .map(|a| {
            let cells: Vec<String> = departments
                .iter()
                .map(|d| {
                    doc.raci
                        .iter()
                        .find(|c| c.activity_id == a.id && c.department_id == d.id)
                        .map(|c| c.role.letter().to_string())
                        .unwrap_or_default()
                })
                .collect();
            json!({ "name": a.name, "cells": cells })
        })
        .collect();
    Some(json!({
        "departments": departments.iter().map(|d| d.name.clone()).collect::<Vec<_>>(),
        "rows": rows,
        "heads": departments.iter().filter(|d| !d.head.is_empty()).map(|d| json!({ "name": d.name, "head": d.head })).collect::<Vec<_>>(),
    }))
}

/// A flow's cadence in words.
pub fn cadence_text(cadence: &Cadence, lang: Lang) -> String {
    let until = |until: &Option<NaiveDate>| match until {
        Some(d) => match lang {
            Lang::En => format!(" until {}", short_date(*d, lang)),
            Lang::Es => format!(" hasta el {}", short_date(*d, lang)),
        },
        None => String::new(),
    };
    match cadence {
        Cadence::OneOff { date } => match lang {
            Lang::En => format!("Once, on {}", short_date(*date, lang)),
            Lang::Es => format!("Una vez, el {}", short_date(*date, lang)),
        },
        Cadence::Weekly {
            start,
            every_weeks,
            until: u,
        } => {
            let day = rumbo_core::model::Weekday::of(*start).label(lang);
            match (lang, every_weeks) {
                (Lang::En, 1) => format!("Every {day}{}", until(u)),
                (Lang::En, n) => format!("Every {n} weeks on {day}{}", until(u)),
                (Lang::Es, 1) => format!("Cada {day}{}", until(u)),
                (Lang::Es, n) => format!("Cada {n} semanas, el {day}{}", until(u)),
            }
        }
        Cadence::MonthlyWeekday {
            week,
            weekday,
            until: u,
            ..
        } => {
            let day = weekday.label(lang);
            let nth = match (lang, week) {
                (Lang::En, 1) => "first",
                (Lang::En, 2) => "second",
                (Lang::En, 3) => "third",
                (Lang::En, 4) => "fourth",
                (Lang::En, _) => "last",
                (Lang::Es, 1) => "primer",
                (Lang::Es, 2) => "segundo",
                (Lang::Es, 3) => "tercer",
                (Lang::Es, 4) => "cuarto",
                (Lang::Es, _) => "último",
            };
            match lang {
                Lang::En => format!("Monthly, on the {nth} {day}{}", until(u)),
                Lang::Es => format!("Cada mes, el {nth} {day}{}", until(u)),
            }
        }
        Cadence::MonthlyDay { day, until: u, .. } => match lang {
            Lang::En => format!("Monthly, on day {day}{}", until(u)),
            Lang::Es => format!("Cada mes, el día {day}{}", until(u)),
        },
        Cadence::AsNeeded => lang.pick("As needed", "Cuando haga falta").to_string(),
    }
}

fn internal(doc: &WorkspaceDoc, names: &Names, lang: Lang) -> Option<Value> {
    if doc.flows.is_empty() && doc.info_needs.is_empty() {
        return None;
    }
    let flows: Vec<Value> = doc
        .flows
        .iter()
        .map(|f| {
            json!({
                "name": f.name,
                "direction": f.direction.label(lang),
                "department": Names::one(&names.departments, f.department_id),
                "audience": f.audience,
                "via": f.channel.label(lang),
                "cadence": cadence_text(&f.cadence, lang),
                "owner": f.owner,
                "feedback": f.feedback,
            })
        })
        .collect();
    let needs: Vec<Value> = doc
        .info_needs
        .iter()
        .map(|n| {
            let flow = Names::one(&names.flows, n.flow_id);
            json!({
                "what": n.what,
                "department": Names::one(&names.departments, n.department_id),
                "urgency": n.urgency.label(lang),
                "servedBy": if flow.is_empty() { strings::get("notServed", lang).to_string() } else { flow },
                "served": n.flow_id.is_some(),
            })
        })
        .collect();
    Some(json!({ "flows": flows, "needs": needs }))
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>, lang: Lang) -> String {
    match (start, end) {
        (Some(a), Some(b)) if a == b => short_date(a, lang),
        (Some(a), Some(b)) => format!("{} – {}", short_date(a, lang), short_date(b, lang)),
        (Some(a), None) => format!("{} –", short_date(a, lang)),
        (None, Some(b)) => format!("– {}", short_date(b, lang)),
        (None, None) => String::new(),
    }
}

fn campaigns(doc: &WorkspaceDoc, names: &Names, lang: Lang) -> Option<Value> {
    (!doc.campaigns.is_empty()).then(|| {
        let mut list: Vec<&rumbo_core::model::Campaign> = doc.campaigns.iter().collect();
        list.sort_by_key(|c| (c.start.is_none(), c.start, c.name.to_lowercase()));
        Value::Array(
            list.iter()
                .map(|c| {
                    json!({
                        "name": c.name,
                        "description": c.description,
                        "department": Names::one(&names.departments, c.department_id),
                        "when": period(c.start, c.end, lang),
                        "affectsCommunity": c.affects_community,
                        "cmInvolved": c.cm_involved,
                        "leftOut": c.affects_community && !c.cm_involved,
                        "objectives": Names::list(&names.objectives, &c.objective_ids),
                    })
                })
                .collect(),
        )
    })
}

fn recommendations(
    doc: &WorkspaceDoc,
    names: &Names,
    today: NaiveDate,
    lang: Lang,
) -> Option<Value> {
    if doc.recommendations.is_empty() {
        return None;
    }
    let mut list: Vec<&rumbo_core::model::Recommendation> = doc.recommendations.iter().collect();
    list.sort_by_key(|r| std::cmp::Reverse(r.date));
    let items: Vec<Value> = list
        .iter()
        .map(|r| {
            let waiting = (r.decision == Decision::Pending)
                .then_some(r.date)
                .flatten()
                .map(|d| (today - d).num_days())
                .filter(|d| *d > 0);
            let to = if r.recipient.is_empty() {
                Names::one(&names.departments, r.department_id)
            } else {
                r.recipient.clone()
            };
            json!({
                "title": r.title,
                "to": to,
                "date": r.date.map(|d| short_date(d, lang)).unwrap_or_default(),
                "decision": r.decision.label(lang),
                "decisionId": r.decision.as_str(),
                "decisionDate": r.decision_date.map(|d| short_date(d, lang)).unwrap_or_default(),
                "rationale": r.rationale,
                "decisionRationale": r.decision_rationale,
                "outcome": r.outcome,
                "waiting": waiting.map(|d| format!("{} {d} {}", strings::get("waiting", lang), strings::get("days", lang))).unwrap_or_default(),
            })
        })
        .collect();
    let tally: Vec<Value> = Decision::ALL
        .iter()
        .map(|d| {
            json!({
                "label": d.label(lang),
                "id": d.as_str(),
                "count": doc.recommendations.iter().filter(|r| r.decision == *d).count(),
            })
        })
        .collect();
    Some(json!({ "items": items, "tally": tally, "total": doc.recommendations.len() }))
}

fn roadmap(doc: &WorkspaceDoc, lang: Lang) -> Option<Value> {
    struct Bar {
        label: String,
        kind: &'static str,
        start: NaiveDate,
        end: NaiveDate,
    }
    let mut bars = Vec::new();
    for c in &doc.campaigns {
        if let Some(start) = c.start.or(c.end) {
            bars.push(Bar {
                label: c.name.clone(),
                kind: "campaign",
                start,
                end: c.end.unwrap_or(start).max(start),
            });
        }
    }
    for o in &doc.objectives {
        if let Some(end) = o.deadline {
            let start = o.start.unwrap_or(end).min(end);
            bars.push(Bar {
                label: o.title.clone(),
                kind: "objective",
                start,
                end,
            });
        }
    }
    if bars.is_empty() {
        return None;
    }
    bars.sort_by_key(|b| (b.start, b.end));
    let first = bars.iter().map(|b| b.start).min().unwrap_or_default();
    let last = bars.iter().map(|b| b.end).max().unwrap_or_default();
    let from = doc
        .profile
        .planning_start
        .map_or(first, |p| p.min(first))
        .with_day0(0)
        .unwrap_or(first);
    let to_last = doc.profile.planning_end.map_or(last, |p| p.max(last));
    let to = next_month(to_last);
    let span = (to - from).num_days().max(1) as f64;
    let pos = |d: NaiveDate| (d - from).num_days() as f64 / span;
    let mut months = Vec::new();
    let mut m = from;
    while m < to {
        let year = if m == from || m.month() == 1 {
            m.year().to_string()
        } else {
            String::new()
        };
        months.push(json!({ "at": pos(m), "label": month_label(m, lang), "year": year }));
        m = next_month(m);
    }
    // Label every month when there are few, every quarter otherwise.
    let step = if months.len() > 14 { 3 } else { 1 };
    let months: Vec<Value> = months.into_iter().step_by(step).collect();
    let items: Vec<Value> = bars
        .iter()
        .map(|b| {
            json!({
                "label": b.label,
                "kind": b.kind,
                "kindLabel": match b.kind { "campaign" => strings::get("campaign", lang), _ => strings::get("objective", lang) },
                "from": pos(b.start),
                "to": pos(b.end + chrono::Duration::days(1)).min(1.0),
                "when": period(Some(b.start), Some(b.end), lang),
            })
        })
        .collect();
    Some(json!({
        "months": months,
        "items": items,
        "from": long_date(from, lang),
        "to": long_date(to_last, lang),
    }))
}

fn next_month(date: NaiveDate) -> NaiveDate {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(date)
}

fn health(report: &rumbo_health::Report, lang: Lang) -> Value {
    // One group per rule and severity, in the order of the open findings:
    // the principle is said once, then every thing the rule found.
    let mut groups: Vec<(&rumbo_health::Finding, Vec<&str>)> = Vec::new();
    for f in open_findings(report) {
        match groups
            .iter_mut()
            .find(|(first, _)| first.rule == f.rule && first.severity == f.severity)
        {
            Some((_, messages)) => messages.push(&f.message),
            None => groups.push((f, vec![f.message.as_str()])),
        }
    }
    let open: Vec<Value> = groups
        .into_iter()
        .map(|(f, messages)| {
            json!({
                "severity": f.severity.as_str(),
                "severityLabel": f.severity.label(lang),
                "section": f.section.label(lang),
                "principle": f.principle,
                "count": messages.len(),
                "messages": messages,
            })
        })
        .collect();
    let accepted: Vec<Value> = report
        .findings
        .iter()
        .filter_map(|f| {
            f.acknowledged.as_ref().map(|a| {
                json!({
                    "message": f.message,
                    "reason": a.reason,
                    "date": short_date(a.date, lang),
                    "section": f.section.label(lang),
                })
            })
        })
        .collect();
    let c = &report.counts;
    json!({
        "score": report.score,
        "band": band(report.score, c.errors),
        "bandLabel": strings::get(&format!("band.{}", band(report.score, c.errors)), lang),
        "asOf": long_date(report.as_of, lang),
        "counts": { "errors": c.errors, "warnings": c.warnings, "advice": c.advice, "accepted": c.acknowledged },
        "open": open,
        "accepted": accepted,
    })
}
