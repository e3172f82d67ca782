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
    Approval, Cadence, ChannelStatus, Decision, DocSection, DocumentEdition, DocumentVersion,
    EntryKind, FitMatrix, Gender, Measurement, MeasurementKind, RaciRole,
};
use rumbo_core::model::{
    CrisisLevel, ModerationAction, PauseStep, Policy, PolicyKind, PolicyStatus,
};
use rumbo_health::Severity;
use serde_json::{Map, Value, json};

use crate::changes;
use crate::diagnosis;
use crate::grammar::{Naming, in_sentence};
use crate::messages::{Messages, args};
use crate::strings;
use crate::text;
use rumbo_core::format::{long_date, month_label, month_year, number, opt_number, percent};

/// The one way the document writes a date: "23 November 2026", «23 de
/// noviembre de 2026».
fn date(d: NaiveDate, lang: Lang) -> String {
    long_date(d, lang)
}

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
    /// The saved versions up to this one (newest first), with their notes
    /// and approvals: the edition history and, for a saved version, its
    /// sign-off.
    pub versions: &'a [DocumentVersion],
    /// Print only this annex, on its own (see [`DocSection::ALONE`]): no
    /// cover, no contents; shown even when the document hides it.
    pub alone: Option<DocSection>,
}

impl<'a> Source<'a> {
    /// The same source, printing only `section` on its own.
    pub fn alone(self, section: DocSection) -> Source<'a> {
        Source {
            alone: Some(section),
            ..self
        }
    }
}

/// An earlier saved version.
#[derive(Debug, Clone, Copy)]
pub struct Previous<'a> {
    pub number: u32,
    pub date: NaiveDate,
    pub doc: &'a WorkspaceDoc,
}

/// What every part of the document needs to write its sentences.
pub(crate) struct Cx<'a> {
    pub doc: &'a WorkspaceDoc,
    pub lang: Lang,
    pub naming: Naming,
    pub messages: Messages,
    /// Whether the health check is in the document, and its score.
    pub health_shown: bool,
    pub score_shown: bool,
}

impl<'a> From<&'a DocumentEdition> for Source<'a> {
    fn from(edition: &'a DocumentEdition) -> Source<'a> {
        Source {
            doc: &edition.doc,
            date: edition.date,
            version: edition.version,
            previous: edition
                .previous
                .as_ref()
                .map(|(number, date, doc)| Previous {
                    number: *number,
                    date: *date,
                    doc,
                }),
            versions: &edition.versions,
            alone: None,
        }
    }
}

/// The document's data as JSON (see the module documentation).
pub fn build(source: &Source<'_>) -> Value {
    let doc = source.doc;
    let lang = doc.document.lang;
    let report = rumbo_health::check(doc, source.date, lang);
    // Alone, an annex is printed even when the document leaves it out, and
    // nothing else is.
    let shows = |s: DocSection| match source.alone {
        Some(alone) => s == alone,
        None => doc.document.shows(s),
    };
    let cx = Cx {
        doc,
        lang,
        naming: Naming::new(&doc.profile, lang),
        messages: Messages::new(lang),
        health_shown: shows(DocSection::Health),
        score_shown: shows(DocSection::Health) && doc.document.show_score,
    };
    let names = Names::new(doc);

    let mut sections = Map::new();
    let mut put = |section: DocSection, value: Option<Value>| {
        if shows(section)
            && let Some(value) = value
        {
            sections.insert(section.as_str().to_string(), value);
        }
    };
    put(DocSection::Summary, Some(summary(&cx, &report)));
    put(
        DocSection::Introduction,
        (!doc.document.introduction.is_empty())
            .then(|| json!({ "text": doc.document.introduction })),
    );
    put(DocSection::Organization, Some(organization(&cx)));
    put(DocSection::Audiences, audiences(doc, &names));
    put(DocSection::Objectives, objectives(doc, &names, lang));
    put(DocSection::Channels, channels(&cx, &names));
    // -- channels as they run --
    put(DocSection::Accounts, crate::running::accounts(doc, lang));
    put(DocSection::Procedure, crate::running::procedure(doc, lang));
    put(DocSection::Editorial, crate::running::editorial(doc, lang));
    put(
        DocSection::ServiceLevels,
        crate::running::service_levels(doc, lang),
    );
    put(DocSection::Staffing, crate::running::staffing(doc, lang));
    put(
        DocSection::RequestForm,
        crate::running::request_form(doc, lang, source.alone.is_some()),
    );
    // --
    put(DocSection::Raci, raci(&cx));
    put(DocSection::Internal, internal(&cx, &names));
    put(DocSection::Campaigns, campaigns(&cx, &names));
    put(
        DocSection::Recommendations,
        recommendations(&cx, &names, source.date),
    );
    put(
        DocSection::Roadmap,
        roadmap(doc, lang).map(|mut r| {
            r["intro"] = Value::from(cx.messages.get(
                "roadmap-intro",
                &args! { "from" => r["from"].as_str().unwrap_or_default(), "to" => r["to"].as_str().unwrap_or_default() },
            ));
            r
        }),
    );
    // The rules people meet, and the annexes published on their own.
    let letters = annex_letters(doc);
    put(
        DocSection::Conduct,
        conduct(doc, &names, &letters, source.date, lang),
    );
    put(DocSection::Crisis, crisis(doc, &names, lang));
    put(
        DocSection::Policies,
        policies(doc, &names, &letters, source.date, lang),
    );
    put(DocSection::Annexes, annexes(doc, &letters, lang));
    put(DocSection::Health, Some(health(&cx, &report)));
    put(
        DocSection::Changes,
        Some(changes::section(source, &report, &cx)),
    );
    put(DocSection::Versions, Some(versions(&cx, source)));

    let order: Vec<Value> = DocSection::ALL
        .iter()
        .filter(|s| sections.contains_key(s.as_str()))
        .map(|s| {
            let title = match source.alone {
                Some(alone) => alone.alone_title(lang).to_string(),
                None => section_title(&cx, *s),
            };
            json!({ "id": s.as_str(), "title": title })
        })
        .collect();
    // The community manager's own words for a chapter, printed before what
    // is generated for it.
    let chapters: Map<String, Value> = doc
        .document
        .chapter_texts
        .iter()
        .filter(|c| sections.contains_key(c.section.as_str()))
        .map(|c| (c.section.as_str().to_string(), Value::from(c.text.clone())))
        .collect();

    let title = if let Some(alone) = source.alone {
        alone.alone_title(lang).to_string()
    } else if doc.document.title.is_empty() {
        strings::get("defaultTitle", lang).to_string()
    } else {
        doc.document.title.clone()
    };
    // Never an empty author: Word shows "unknown" for one.
    let author = [
        &doc.document.author,
        &doc.profile.cm_name,
        &doc.profile.name,
    ]
    .into_iter()
    .find(|a| !a.is_empty())
    .cloned()
    .unwrap_or_default();
    let version = match source.version {
        Some(n) => format!("{} {n}", strings::get("version", lang)),
        None => match source.previous {
            Some(p) => format!("{} {}", strings::get("draftAfter", lang), p.number),
            None => strings::get("draft", lang).to_string(),
        },
    };
    let approval = source
        .version
        .and_then(|n| source.versions.iter().find(|v| v.number == n))
        .and_then(|v| v.approval.as_ref())
        .map(|a| approval_json(&cx, a));
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
            // On the cover, beside the label "Version": the number alone.
            "versionValue": source.version.map_or_else(|| version.clone(), |n| n.to_string()),
            "classification": doc.document.marking(lang),
            "readers": doc.document.readers,
            "approval": approval,
            "role": cx.naming.role,
        },
        "alone": source.alone.is_some(),
        "order": order,
        "chapters": chapters,
        "sections": sections,
    });
    text::clean_all(&mut data);
    data
}

/// A chapter's title: the role's chapter names the role as the profile
/// writes it.
fn section_title(cx: &Cx<'_>, section: DocSection) -> String {
    match section {
        DocSection::Raci => cx.messages.get(
            "section-raci",
            &args! { "theRole" => cx.naming.the_role.as_str() },
        ),
        other => other.label(cx.lang).to_string(),
    }
}

/// The executive summary as the generator writes it, one paragraph a line:
/// what the community manager's own summary started from, so the app can
/// tell when the data has changed since.
pub fn generated_summary(source: &Source<'_>) -> String {
    let doc = source.doc;
    let lang = doc.document.lang;
    let report = rumbo_health::check(doc, source.date, lang);
    let cx = Cx {
        doc,
        lang,
        naming: Naming::new(&doc.profile, lang),
        messages: Messages::new(lang),
        health_shown: doc.document.shows(DocSection::Health),
        score_shown: doc.document.shows(DocSection::Health) && doc.document.show_score,
    };
    summary_paragraphs(&cx, &report).join("\n\n")
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

/// "two errors, six warnings and one piece of advice": the open findings,
/// each count said in words, none of zero.
fn tally(cx: &Cx<'_>, counts: &rumbo_health::Counts) -> String {
    let parts: Vec<String> = [
        ("count-errors", counts.errors),
        ("count-warnings", counts.warnings),
        ("count-advice", counts.advice),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(id, n)| cx.messages.get(id, &args! { "n" => n }))
    .collect();
    cx.messages.list(&parts)
}

fn gender(g: Gender) -> &'static str {
    g.as_str()
}

/// The generated summary's paragraphs.
fn summary_paragraphs(cx: &Cx<'_>, report: &rumbo_health::Report) -> Vec<String> {
    let doc = cx.doc;
    let m = &cx.messages;
    let naming = &cx.naming;
    let count = |status: ChannelStatus| doc.channels.iter().filter(|c| c.status == status).count();
    let (active, planned) = (count(ChannelStatus::Active), count(ChannelStatus::Planned));
    let objectives = doc.objectives.len();
    let measurable = doc
        .objectives
        .iter()
        .filter(|o| !o.kpi_metric.is_empty() && o.target.is_some())
        .count();
    let share = if measurable == 0 {
        "none"
    } else if measurable == objectives && objectives == 2 {
        "both"
    } else if measurable == objectives {
        "all"
    } else {
        "some"
    };
    let org = naming.org.as_str();
    let the_role = naming.the_role.as_str();
    let mut paragraphs = Vec::new();
    let mut first = vec![
        m.get(
            "summary-channels",
            &args! { "org" => org, "active" => active, "planned" => planned },
        ),
        m.get(
            "summary-objectives",
            &args! { "objectives" => objectives, "measurable" => measurable, "share" => share },
        ),
    ];
    if !doc.campaigns.is_empty() {
        first.push(m.get("summary-campaigns", &args! { "n" => doc.campaigns.len() }));
    }
    paragraphs.push(first.join(" "));

    let reports = in_sentence(&doc.profile.cm_reports_to, cx.lang);
    let has_reports = if reports.is_empty() { "no" } else { "yes" };
    let departments = doc.departments.len();
    let mut second = vec![if doc.profile.cm_name.is_empty() {
        m.get(
            "summary-role-unnamed",
            &args! {
                "theRole" => the_role,
                "org" => org,
                "hasReports" => has_reports,
                "reports" => reports.as_str(),
                "departments" => departments,
            },
        )
    } else {
        m.get(
            "summary-role",
            &args! {
                "person" => doc.profile.cm_name.as_str(),
                "role" => naming.role.as_str(),
                "org" => org,
                "hasReports" => has_reports,
                "reports" => reports.as_str(),
                "departments" => departments,
            },
        )
    }];
    let raci_ra = doc
        .raci
        .iter()
        .filter(|c| matches!(c.role, RaciRole::Responsible | RaciRole::Accountable))
        .count();
    if raci_ra > 0 && doc.document.shows(DocSection::Raci) {
        second.push(m.get(
            "summary-raci",
            &args! { "theRole" => the_role, "n" => raci_ra, "roleGender" => gender(naming.role_gender) },
        ));
    }
    paragraphs.push(second.join(" "));

    // The health check speaks here only when it is in the document, and
    // its score only when the score is to be shown.
    if cx.health_shown {
        let counts = &report.counts;
        let open = counts.errors + counts.warnings + counts.advice;
        let has_open = if open > 0 { "yes" } else { "no" };
        let tally = tally(cx, counts);
        paragraphs.push(if cx.score_shown {
            m.get(
                "summary-health-score",
                &args! { "score" => report.score, "hasOpen" => has_open, "tally" => tally },
            )
        } else {
            m.get(
                "summary-health",
                &args! { "hasOpen" => has_open, "tally" => tally },
            )
        });
        // What holds the score below the points its checks earn.
        if cx.score_shown
            && let Some(limits) = rumbo_health::score_limits(report, cx.lang)
        {
            paragraphs.push(limits);
        }
    }

    let recommendations: Vec<&rumbo_core::model::Recommendation> = doc
        .recommendations
        .iter()
        .filter(|r| r.is_recommendation())
        .collect();
    let decisions = doc.recommendations.len() - recommendations.len();
    let mut fourth = Vec::new();
    if let [only] = recommendations.as_slice() {
        fourth.push(m.get(
            "summary-recommendation-one",
            &args! { "theRole" => the_role, "state" => only.decision.as_str() },
        ));
    } else if !recommendations.is_empty() {
        fourth.push(m.get(
            "summary-recommendations",
            &args! {
                "total" => recommendations.len(),
                "theRole" => the_role,
                "tally" => decisions_tally(cx, &recommendations),
            },
        ));
    }
    if decisions > 0 {
        fourth.push(m.get(
            "summary-decisions",
            &args! { "n" => decisions, "org" => org },
        ));
    }
    if !fourth.is_empty() {
        paragraphs.push(fourth.join(" "));
    }
    paragraphs
}

/// "four were accepted, one was rejected and one awaits a decision".
fn decisions_tally(cx: &Cx<'_>, recommendations: &[&rumbo_core::model::Recommendation]) -> String {
    let parts: Vec<String> = [
        (Decision::Accepted, "rec-accepted"),
        (Decision::Rejected, "rec-rejected"),
        (Decision::Ignored, "rec-ignored"),
        (Decision::Pending, "rec-pending"),
    ]
    .into_iter()
    .map(|(d, id)| {
        (
            recommendations.iter().filter(|r| r.decision == d).count(),
            id,
        )
    })
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| cx.messages.get(id, &args! { "n" => n }))
    .collect();
    cx.messages.list(&parts)
}

fn summary(cx: &Cx<'_>, report: &rumbo_health::Report) -> Value {
    let doc = cx.doc;
    let lang = cx.lang;
    let m = &cx.messages;
    let count = |status: ChannelStatus| doc.channels.iter().filter(|c| c.status == status).count();
    let own = !doc.document.summary.is_empty();
    let paragraphs: Vec<String> = if own {
        doc.document
            .summary
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        summary_paragraphs(cx, report)
    };
    // Figures of nothing are not figures: a zero is left out.
    let figures: Vec<Value> = [
        (count(ChannelStatus::Active), "figure-active"),
        (count(ChannelStatus::Planned), "figure-planned"),
        (doc.objectives.len(), "figure-objectives"),
        (doc.campaigns.len(), "figure-campaigns"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| json!({ "value": number(n as f64, lang), "label": m.get(id, &args! { "n" => n }) }))
    .collect();
    let key_findings: Vec<Value> = if cx.health_shown {
        open_findings(report)
            .take(3)
            .map(|f| {
                json!({
                    "severity": f.severity.as_str(),
                    "severityLabel": f.severity.label(lang),
                    "message": diagnosis::statement(f, doc, &cx.naming, m),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let counts = &report.counts;
    json!({
        "paragraphs": paragraphs,
        "figures": figures,
        "score": if cx.score_shown { Value::from(report.score) } else { Value::Null },
        "band": band(report.score, counts.errors),
        "bandLabel": strings::get(&format!("band.{}", band(report.score, counts.errors)), lang),
        "health": cx.health_shown,
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

fn organization(cx: &Cx<'_>) -> Value {
    let (doc, lang) = (cx.doc, cx.lang);
    let p = &doc.profile;
    let period = match (p.planning_start, p.planning_end) {
        (Some(a), Some(b)) => format!("{} – {}", long_date(a, lang), long_date(b, lang)),
        (Some(a), None) => long_date(a, lang),
        (None, Some(b)) => long_date(b, lang),
        (None, None) => String::new(),
    };
    let facts: Vec<Value> = [
        (strings::get("sector", lang).to_string(), p.sector.clone()),
        (cx.naming.role_label(), p.cm_name.clone()),
        (
            strings::get("reportsTo", lang).to_string(),
            p.cm_reports_to.clone(),
        ),
        (
            strings::get("languages", lang).to_string(),
            p.languages.join(", "),
        ),
        (strings::get("planningPeriod", lang).to_string(), period),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| json!({ "label": k, "value": v }))
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
        // Changes against the period before are not values of the KPI:
        // they are neither charted nor taken as its latest value.
        let (series, changes): (Vec<&Measurement>, Vec<&Measurement>) = series
            .into_iter()
            .partition(|m| m.kind == MeasurementKind::Value);
        let latest = series.last().map(|m| m.value);
        let latest_note = series.last().map(|m| m.note.clone()).unwrap_or_default();
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
            "latest": match (latest, changes.last()) {
                (None, Some(change)) => format!(
                    "{} {}",
                    rumbo_core::format::change(change.value, lang),
                    lang.pick("vs the previous period", "respecto al periodo anterior")
                ),
                _ => unit(latest),
            },
            "latestNote": latest_note,
            "progress": progress.map(|p| p.clamp(0.0, 1.0)),
            "progressLabel": progress.map(|p| percent(p, lang)).unwrap_or_default(),
            "deadline": o.deadline.map(|d| date(d, lang)).unwrap_or_default(),
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
                "from": month_year(first, lang),
                "to": month_year(series[series.len() - 1].date, lang),
                "target": o.target.map(scale),
                "targetLabel": opt_number(o.target, lang),
                "baseline": o.baseline.map(scale),
                "points": series.iter().map(|m| json!([
                    (m.date - first).num_days() as f64 / span,
                    scale(m.value),
                ])).collect::<Vec<_>>(),
                "latest": unit(latest),
                "latestNote": latest_note,
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

fn channels(cx: &Cx<'_>, names: &Names) -> Option<Value> {
    let (doc, lang) = (cx.doc, cx.lang);
    if doc.channels.is_empty() {
        return None;
    }
    let matrix = FitMatrix::build(doc.fit_criteria.clone(), &doc.channels);
    let weighted = |id: i64| {
        matrix
            .rows
            .iter()
            .find(|r| r.channel_id == id)
            .and_then(|r| r.weighted)
    };
    // Active first, then planned; within each, the channels that matter
    // most first: the best brand fit, then the most hours.
    let mut in_use: Vec<&rumbo_core::model::Channel> = doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use())
        .collect();
    in_use.sort_by(|a, b| {
        (a.status != ChannelStatus::Active)
            .cmp(&(b.status != ChannelStatus::Active))
            .then_with(|| {
                weighted(b.id)
                    .unwrap_or(-1.0)
                    .total_cmp(&weighted(a.id).unwrap_or(-1.0))
            })
            .then_with(|| {
                b.weekly_effort_hours
                    .unwrap_or(-1.0)
                    .total_cmp(&a.weekly_effort_hours.unwrap_or(-1.0))
            })
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    // An effort nobody measured is said so, never "0 h"; the total of the
    // known ones is then a floor.
    let hours: f64 = in_use.iter().filter_map(|c| c.weekly_effort_hours).sum();
    let unknown = in_use
        .iter()
        .filter(|c| c.weekly_effort_hours.is_none())
        .count();
    let used: Vec<Value> = in_use
        .iter()
        .map(|c| {
            json!({
                "name": c.name,
                "network": c.network_label(lang),
                "handle": c.handle,
                "status": c.status.label(lang),
                "purpose": c.purpose,
                "tone": c.tone,
                "cadence": c.cadence,
                "notes": c.notes,
                "owner": if c.owner.is_empty() { Names::one(&names.departments, c.owner_department_id) } else { c.owner.clone() },
                // Not measured: the templates say so ("not estimated").
                "hours": c.weekly_effort_hours.map(|h| number(h, lang)).unwrap_or_default(),
            })
        })
        .collect();
    // The hours available: those of the people who run the channels when
    // any are recorded, else the community manager's week (a setting).
    let staffed: Vec<f64> = doc.people.iter().filter_map(|p| p.weekly_hours).collect();
    let available = if staffed.is_empty() {
        doc.health_settings.cm_weekly_hours
    } else {
        staffed.iter().sum()
    };
    let capacity = available;
    // Who has those hours: the team when people are recorded.
    let holder = if staffed.is_empty() {
        cx.naming.the_role.as_str()
    } else {
        match lang {
            Lang::En => "the team",
            Lang::Es => "el equipo",
        }
    };
    let over = hours > capacity;
    let mut effort = vec![cx.messages.get(
        // With efforts nobody measured, only the known ones are added up.
        match (over, unknown > 0) {
            (true, false) => "effort-over",
            (false, false) => "effort-total",
            (true, true) => "effort-over-known",
            (false, true) => "effort-total-known",
        },
        &args! {
            "total" => number(hours, lang),
            "available" => number(capacity, lang),
            "theRole" => holder,
        },
    )];
    if unknown > 0 {
        effort.push(cx.messages.get("effort-unknown", &args! { "n" => unknown }));
    }
    let other = |statuses: &[ChannelStatus]| -> Vec<Value> {
        doc.channels
            .iter()
            .filter(|c| statuses.contains(&c.status))
            .map(|c| {
                // The network only where the name does not say it.
                let network = c.network_label(lang);
                let network = if c.name.to_lowercase().contains(&network.to_lowercase()) {
                    String::new()
                } else {
                    network
                };
                json!({
                    "name": c.name,
                    "status": c.status.label(lang),
                    "network": network,
                    "reason": if c.rejection_reason.is_empty() { c.notes.clone() } else { c.rejection_reason.clone() },
                })
            })
            .collect()
    };
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
        "effort": effort.join(" "),
        "overCapacity": over,
        "rejected": other(&[ChannelStatus::Rejected]),
        "considered": other(&[ChannelStatus::Considered]),
        "retired": other(&[ChannelStatus::Paused, ChannelStatus::Retired]),
        "fit": if rows.is_empty() || criteria.is_empty() { Value::Null } else { json!({ "criteria": criteria, "rows": rows }) },
    }))
}

fn raci(cx: &Cx<'_>) -> Option<Value> {
    let doc = cx.doc;
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
    // Who does the work in each department: its account managers and the
    // others recorded among the people.
    let people: Vec<Value> = departments
        .iter()
        .filter_map(|d| {
            let names: Vec<String> = doc
                .people
                .iter()
                .filter(|p| p.department_id == Some(d.id))
                .map(|p| {
                    if p.role.is_empty() {
                        p.name.clone()
                    } else {
                        format!("{} ({})", p.name, p.role)
                    }
                })
                .collect();
            (!names.is_empty()).then(|| json!({ "name": d.name, "people": names.join(", ") }))
        })
        .collect();
    Some(json!({
        "intro": cx.messages.get("raci-intro", &args! { "theRole" => cx.naming.the_role.as_str() }),
        "departments": departments.iter().map(|d| d.name.clone()).collect::<Vec<_>>(),
        "rows": rows,
        // Every department with a head or a note: who to talk to, and what
        // explains the row.
        "heads": doc.departments.iter().filter(|d| !d.head.is_empty() || !d.notes.is_empty()).map(|d| json!({ "name": d.name, "head": d.head, "notes": d.notes })).collect::<Vec<_>>(),
        "people": people,
    }))
}

/// A flow's cadence in words.
pub fn cadence_text(cadence: &Cadence, lang: Lang) -> String {
    let until = |until: &Option<NaiveDate>| match until {
        Some(d) => match lang {
            Lang::En => format!(" until {}", date(*d, lang)),
            Lang::Es => format!(" hasta el {}", date(*d, lang)),
        },
        None => String::new(),
    };
    match cadence {
        Cadence::OneOff { date: day } => match lang {
            Lang::En => format!("Once, on {}", date(*day, lang)),
            Lang::Es => format!("Una vez, el {}", date(*day, lang)),
        },
        Cadence::Daily {
            start,
            weekdays_only,
            until: u,
        } => {
            let from = match (lang, start) {
                (_, None) => String::new(),
                (Lang::En, Some(d)) => format!(" from {}", date(*d, lang)),
                (Lang::Es, Some(d)) => format!(" desde el {}", date(*d, lang)),
            };
            let every = match (lang, weekdays_only) {
                (Lang::En, true) => "Every working day, Monday to Friday",
                (Lang::En, false) => "Every day",
                (Lang::Es, true) => "Cada día laborable, de lunes a viernes",
                (Lang::Es, false) => "Cada día",
            };
            format!("{every}{from}{}", until(u))
        }
        // The day of the week is not known: none is named.
        Cadence::Weekly {
            start: None,
            every_weeks,
            until: u,
        } => match (lang, every_weeks) {
            (Lang::En, 1) => format!("Every week, on a day not set yet{}", until(u)),
            (Lang::En, n) => format!("Every {n} weeks, on a day not set yet{}", until(u)),
            (Lang::Es, 1) => format!("Cada semana, un día aún sin fijar{}", until(u)),
            (Lang::Es, n) => format!("Cada {n} semanas, un día aún sin fijar{}", until(u)),
        },
        Cadence::Weekly {
            start: Some(start),
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

fn internal(cx: &Cx<'_>, names: &Names) -> Option<Value> {
    let (doc, lang) = (cx.doc, cx.lang);
    if doc.flows.is_empty() && doc.info_needs.is_empty() {
        return None;
    }
    let flows: Vec<Value> = doc
        .flows
        .iter()
        .map(|f| {
            json!({
                "name": f.name,
                "direction": strings::get(&format!("dir.{}", f.direction.as_str()), lang),
                "department": Names::list(&names.departments, &f.department_ids),
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
    Some(json!({
        "flows": flows,
        "needs": needs,
        "needsTitle": cx.messages.get("info-needs", &args! { "theRole" => cx.naming.the_role.as_str() }),
    }))
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>, lang: Lang) -> String {
    match (start, end) {
        (Some(a), Some(b)) if a == b => date(a, lang),
        (Some(a), Some(b)) => format!("{} – {}", date(a, lang), date(b, lang)),
        (Some(a), None) => format!("{} –", date(a, lang)),
        (None, Some(b)) => format!("– {}", date(b, lang)),
        (None, None) => String::new(),
    }
}

fn campaigns(cx: &Cx<'_>, names: &Names) -> Option<Value> {
    let (doc, lang) = (cx.doc, cx.lang);
    (!doc.campaigns.is_empty()).then(|| {
        let mut list: Vec<&rumbo_core::model::Campaign> = doc.campaigns.iter().collect();
        list.sort_by_key(|c| (c.start.is_none(), c.start, c.name.to_lowercase()));
        let items: Vec<Value> = list.iter()
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
                .collect();
        let left_out = list.iter().any(|c| c.affects_community && !c.cm_involved);
        json!({
            "items": items,
            "roleColumn": cx.naming.role_label(),
            "tookPart": strings::get("tookPart", lang),
            "notInvolved": strings::get("notInvolved", lang),
            "leftOutNote": if left_out { cx.messages.get("campaign-left-out", &args! { "theRole" => cx.naming.the_role.as_str(), "notInvolved" => strings::get("notInvolved", lang) }) } else { String::new() },
        })
    })
}

fn recommendations(cx: &Cx<'_>, names: &Names, today: NaiveDate) -> Option<Value> {
    let (doc, lang, m) = (cx.doc, cx.lang, &cx.messages);
    if doc.recommendations.is_empty() {
        return None;
    }
    let mut list: Vec<&rumbo_core::model::Recommendation> = doc.recommendations.iter().collect();
    // The newest first; an entry of unknown date after the dated ones.
    list.sort_by_key(|r| std::cmp::Reverse(r.date.or(r.decision_date)));
    let items: Vec<Value> = list
        .iter()
        .map(|r| {
            let decision = r.kind == EntryKind::Decision;
            let waiting = (!decision && r.decision == Decision::Pending)
                .then_some(r.date)
                .flatten()
                .map(|d| (today - d).num_days())
                .filter(|d| *d > 0);
            let to = if r.recipient.is_empty() {
                Names::one(&names.departments, r.department_id)
            } else {
                r.recipient.clone()
            };
            let mut when = Vec::new();
            if decision {
                when.push(match r.decision_date.or(r.date) {
                    Some(d) => m.get("decided-on", &args! { "date" => date(d, lang) }),
                    None => m.plain("decided-undated"),
                });
            } else {
                when.push(match r.date {
                    Some(d) => m.get("recommended-on", &args! { "date" => date(d, lang) }),
                    None => m.plain("recommended-undated"),
                });
                if !to.is_empty() {
                    when.push(format!("{}: {to}", strings::get("to", lang)));
                }
                if let Some(d) = r.decision_date {
                    when.push(format!(
                        "{}: {}",
                        strings::get("decision", lang),
                        date(d, lang)
                    ));
                }
                if let Some(days) = waiting {
                    when.push(m.get("waiting", &args! { "days" => days }));
                }
            }
            // What came of a decision is always said, known or not.
            let outcome = if r.outcome.is_empty() && decision {
                m.plain("outcome-unknown")
            } else {
                r.outcome.clone()
            };
            json!({
                "title": r.title,
                "kind": r.kind.as_str(),
                "tag": if decision { r.kind.label(lang).to_string() } else { r.decision.label(lang).to_string() },
                "decisionId": if decision { "decided" } else { r.decision.as_str() },
                "when": when.join(" · "),
                "rationale": r.rationale,
                "decisionRationale": r.decision_rationale,
                "outcome": outcome,
            })
        })
        .collect();
    let recommendations: Vec<&rumbo_core::model::Recommendation> = doc
        .recommendations
        .iter()
        .filter(|r| r.is_recommendation())
        .collect();
    let mut tally = Vec::new();
    if let [only] = recommendations.as_slice() {
        tally.push(m.get(
            "summary-recommendation-one",
            &args! { "theRole" => cx.naming.the_role.as_str(), "state" => only.decision.as_str() },
        ));
    } else if !recommendations.is_empty() {
        tally.push(m.get(
            "summary-recommendations",
            &args! {
                "total" => recommendations.len(),
                "theRole" => cx.naming.the_role.as_str(),
                "tally" => decisions_tally(cx, &recommendations),
            },
        ));
    }
    let decisions = doc.recommendations.len() - recommendations.len();
    if decisions > 0 {
        tally.push(m.get(
            "summary-decisions",
            &args! { "n" => decisions, "org" => cx.naming.org.as_str() },
        ));
    }
    Some(json!({ "items": items, "tally": tally.join(" ") }))
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

fn health(cx: &Cx<'_>, report: &rumbo_health::Report) -> Value {
    let (lang, m) = (cx.lang, &cx.messages);
    let say = |f: &rumbo_health::Finding| diagnosis::statement(f, cx.doc, &cx.naming, m);
    // One group per rule and severity, in the order of the open findings:
    // the reason is said once, then every thing the rule found.
    let mut groups: Vec<(&rumbo_health::Finding, Vec<String>)> = Vec::new();
    for f in open_findings(report) {
        match groups
            .iter_mut()
            .find(|(first, _)| first.rule == f.rule && first.severity == f.severity)
        {
            Some((_, messages)) => messages.push(say(f)),
            None => groups.push((f, vec![say(f)])),
        }
    }
    let open: Vec<Value> = groups
        .into_iter()
        .map(|(f, messages)| {
            json!({
                "severity": f.severity.as_str(),
                "severityLabel": f.severity.label(lang),
                "section": f.section.label(lang),
                "principle": diagnosis::why(&f.rule, m),
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
                    "message": say(f),
                    "reason": a.reason,
                    "date": m.get("accepted-on", &args! { "date" => date(a.date, lang) }),
                    "section": f.section.label(lang),
                })
            })
        })
        .collect();
    let c = &report.counts;
    let open_count = c.errors + c.warnings + c.advice;
    json!({
        "score": if cx.score_shown { Value::from(report.score) } else { Value::Null },
        "band": band(report.score, c.errors),
        "bandLabel": strings::get(&format!("band.{}", band(report.score, c.errors)), lang),
        "asOf": m.get("health-as-of", &args! { "date" => date(report.as_of, lang) }),
        "tally": if open_count > 0 { crate::messages::capitalized(&tally(cx, c)) } else { String::new() },
        // How the score is computed and what holds it below the points its
        // checks earn: the score explains itself, where it is shown.
        "limits": if cx.score_shown { rumbo_health::score_limits(report, lang).unwrap_or_default() } else { String::new() },
        "method": if cx.score_shown { rumbo_health::score_method(lang) } else { String::new() },
        "open": open,
        "accepted": accepted,
        // Checks that could not be made because the workspace marks what
        // they need as not known: said, never scored as passed.
        "unchecked": report
            .breakdown
            .iter()
            .filter_map(|r| {
                let why = r.cannot_check.as_ref()?;
                let section = rumbo_health::rules()
                    .into_iter()
                    .find(|rule| rule.id == r.rule)
                    .map(|rule| rule.section.label(lang).to_string())
                    .unwrap_or_default();
                let said = diagnosis::unchecked(&r.rule, cx.doc, &cx.naming, m).unwrap_or_else(|| why.clone());
                Some(json!({ "title": section, "why": said }))
            })
            .collect::<Vec<Value>>(),
    })
}

// -- The rules people meet ---------------------------------------------------

/// A user text as blocks the formats lay out: paragraphs (separated by a
/// blank line), lists (consecutive lines that start with "- " or "• ") and
/// headings (a paragraph of one short line with no closing punctuation).
pub fn blocks(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<&str> = paragraph.lines().map(str::trim).collect();
        let item = |line: &str| {
            line.strip_prefix("- ")
                .or_else(|| line.strip_prefix("• "))
                .map(str::trim)
                .map(str::to_string)
        };
        if let [line] = lines.as_slice()
            && item(line).is_none()
            && line.chars().count() <= 80
            && !line.ends_with(['.', ':', ';', ',', '!', '?', '»', '”', ')'])
        {
            out.push(json!({ "kind": "heading", "text": line }));
            continue;
        }
        let mut text: Vec<&str> = Vec::new();
        let mut items: Vec<String> = Vec::new();
        for line in lines {
            match item(line) {
                Some(entry) => {
                    if !text.is_empty() {
                        out.push(json!({ "kind": "p", "text": text.join("\n") }));
                        text.clear();
                    }
                    items.push(entry);
                }
                None => {
                    if !items.is_empty() {
                        out.push(json!({ "kind": "list", "items": std::mem::take(&mut items) }));
                    }
                    text.push(line);
                }
            }
        }
        if !text.is_empty() {
            out.push(json!({ "kind": "p", "text": text.join("\n") }));
        }
        if !items.is_empty() {
            out.push(json!({ "kind": "list", "items": items }));
        }
    }
    out
}

/// The publishable policies printed as annexes (those with words), each
/// with its letter: A, B, C in the annexes' order. None when the annexes
/// are left out of the document.
pub(crate) fn annex_letters(doc: &WorkspaceDoc) -> Vec<(i64, String)> {
    if !doc.document.shows(DocSection::Annexes) {
        return Vec::new();
    }
    PolicyKind::PUBLISHABLE
        .iter()
        .filter_map(|kind| {
            doc.policies
                .iter()
                .find(|p| p.kind == *kind && p.has_text())
        })
        .zip('A'..)
        .map(|(p, letter)| (p.id, letter.to_string()))
        .collect()
}

fn letter_of(letters: &[(i64, String)], id: i64) -> Option<String> {
    letters
        .iter()
        .find(|(policy, _)| *policy == id)
        .map(|(_, l)| l.clone())
}

/// "Version approved on 10 March 2026." for a policy approved on a known day.
pub(crate) fn approved_line(policy: &Policy, lang: Lang) -> String {
    match (policy.status, policy.approved_on) {
        (PolicyStatus::Approved, Some(day)) => match lang {
            Lang::En => format!("Version approved on {}.", date(day, lang)),
            Lang::Es => format!("Versión aprobada el {}.", date(day, lang)),
        },
        _ => String::new(),
    }
}

fn yes_no_unknown(value: Option<bool>, lang: Lang) -> String {
    match value {
        Some(true) => strings::get("yes", lang),
        Some(false) => strings::get("no", lang),
        None => strings::get("notKnown", lang),
    }
    .to_string()
}

fn conduct(
    doc: &WorkspaceDoc,
    names: &Names,
    letters: &[(i64, String)],
    today: NaiveDate,
    lang: Lang,
) -> Option<Value> {
    let house_rules = doc
        .policies
        .iter()
        .find(|p| p.kind == PolicyKind::HouseRules)
        .map(|p| {
            let letter = letter_of(letters, p.id);
            let note = match (&letter, p.has_text()) {
                (Some(letter), _) => match lang {
                    Lang::En => format!(
                        "The house rules that govern comments and messages on every account are published as Annex {letter}."
                    ),
                    Lang::Es => format!(
                        "Las normas de participación que rigen los comentarios y mensajes de todas las cuentas se publican como anexo {letter}."
                    ),
                },
                (None, true) => String::new(),
                (None, false) => strings::get("notWritten", lang).to_string(),
            };
            json!({
                "title": p.title,
                "status": p.status.label(lang),
                "approved": approved_line(p, lang),
                "note": note,
                "blocks": if letter.is_none() { blocks(&p.text) } else { Vec::new() },
            })
        });
    let rules: Vec<Value> = doc
        .moderation_rules
        .iter()
        .map(|r| {
            let channels = if r.channel_ids.is_empty() {
                strings::get("allChannels", lang).to_string()
            } else {
                Names::list(&names.channels, &r.channel_ids)
            };
            let action = match (r.action, Names::one(&names.departments, r.department_id)) {
                (ModerationAction::Refer, department) if !department.is_empty() => {
                    format!("{} ({department})", r.action.label(lang))
                }
                _ => r.action.label(lang).to_string(),
            };
            json!({
                "situation": r.situation,
                "examples": r.examples,
                "action": action,
                "actionId": r.action.as_str(),
                "actedBy": r.acted_by,
                "decidedBy": r.decided_by,
                "undecided": r.action.needs_decision() && r.decided_by.is_empty(),
                "speed": r.speed,
                "recorded": yes_no_unknown(r.recorded, lang),
                "channels": channels,
            })
        })
        .collect();
    let mut rules = rules;
    // From the mildest action to the strongest, each in the order written.
    let rank = |v: &Value| {
        ModerationAction::ALL
            .iter()
            .position(|a| Some(a.as_str()) == v["actionId"].as_str())
            .unwrap_or(usize::MAX)
    };
    rules.sort_by_key(rank);
    let nobody = strings::get("nobodyNamed", lang);
    let mut moderators: Vec<Value> = doc
        .channels
        .iter()
        .filter(|c| c.status.is_in_use() && (c.comments_open.is_some() || !c.moderator.is_empty()))
        .map(|c| {
            let comments = match c.comments_open {
                Some(true) => strings::get("commentsOpen", lang),
                Some(false) => strings::get("commentsClosed", lang),
                None => strings::get("notKnown", lang),
            };
            json!({
                "name": c.name,
                "kind": strings::get("channel", lang),
                "comments": comments,
                "moderator": if c.moderator.is_empty() && c.comments_open == Some(true) { nobody.to_string() } else { c.moderator.clone() },
                "missing": c.moderator.is_empty() && c.comments_open == Some(true),
            })
        })
        .collect();
    moderators.extend(
        doc.campaigns
            .iter()
            .filter(|c| c.affects_community && c.end.is_none_or(|end| end >= today))
            .map(|c| {
                json!({
                    "name": c.name,
                    "kind": strings::get("campaign", lang),
                    "comments": "",
                    "moderator": if c.moderator.is_empty() { nobody.to_string() } else { c.moderator.clone() },
                    "missing": c.moderator.is_empty(),
                })
            }),
    );
    let protocols: Vec<Value> = doc
        .protocols
        .iter()
        .map(|p| {
            let facts: Vec<Value> = [
                (
                    "department",
                    Names::one(&names.departments, p.department_id),
                ),
                ("draftedBy", p.drafted_by.clone()),
                ("approvedBy", p.approved_by.clone()),
                ("timeLimit", p.time_limit.clone()),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| json!({ "label": strings::get(k, lang), "value": v }))
            .collect();
            json!({
                "name": p.name,
                "kind": p.kind.label(lang),
                "scope": p.scope,
                "steps": p.steps.iter().zip(1..).map(|(s, n)| json!({
                    "n": n, "what": s.what, "who": s.who, "within": s.within,
                })).collect::<Vec<_>>(),
                "facts": facts,
                "announcement": p.announcement,
            })
        })
        .collect();
    if house_rules.is_none() && rules.is_empty() && moderators.is_empty() && protocols.is_empty() {
        return None;
    }
    Some(json!({
        "houseRules": house_rules,
        "moderation": rules,
        "moderators": moderators,
        "protocols": protocols,
    }))
}

fn crisis(doc: &WorkspaceDoc, names: &Names, lang: Lang) -> Option<Value> {
    let plan = &doc.crisis;
    if doc.crisis_levels.is_empty() && doc.pause_steps.is_empty() && plan.is_empty() {
        return None;
    }
    let mut levels: Vec<&CrisisLevel> = doc.crisis_levels.iter().collect();
    levels.sort_by_key(|l| (l.rank, l.id));
    let levels: Vec<Value> = levels
        .iter()
        .map(|l| {
            json!({
                "rank": l.rank,
                "label": format!("{} {}", strings::get("level", lang), l.rank),
                "name": l.name,
                "triggers": l.triggers,
                "decidedBy": if l.decided_by.is_empty() { strings::get("nobodyNamed", lang).to_string() } else { l.decided_by.clone() },
                "escalation": l.escalation,
                "departments": Names::list(&names.departments, &l.department_ids),
                "pause": l.pause,
                "statements": l.statements.iter().filter(|s| !s.text.is_empty()).map(|s| json!({
                    "language": s.language, "text": s.text,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    // The checklist, channel by channel: what is done everywhere first.
    let mut pause: Vec<(String, Vec<Value>)> = Vec::new();
    let mut steps: Vec<&PauseStep> = doc.pause_steps.iter().collect();
    steps.sort_by_key(|s| (s.channel_id.is_some(), s.channel_id, s.id));
    for step in steps {
        let channel = match step.channel_id {
            None => strings::get("everyChannel", lang).to_string(),
            Some(id) => Names::one(&names.channels, Some(id)),
        };
        let item = json!({ "what": step.what.label(lang), "how": step.how, "who": step.who });
        match pause.iter_mut().find(|(c, _)| *c == channel) {
            Some((_, items)) => items.push(item),
            None => pause.push((channel, vec![item])),
        }
    }
    let spokes = Names::one(&names.channels, plan.spokes_channel_id);
    Some(json!({
        "levels": levels,
        "singleVoice": if spokes.is_empty() && plan.single_voice.is_empty() { Value::Null } else {
            json!({ "channel": spokes, "text": plan.single_voice })
        },
        "pause": pause.into_iter().map(|(channel, items)| json!({ "channel": channel, "items": items })).collect::<Vec<_>>(),
        "lastDrill": plan.last_drill.map_or_else(|| strings::get("noDrill", lang).to_string(), |d| date(d, lang)),
        "postMortem": blocks(&plan.post_mortem),
    }))
}

fn policies(
    doc: &WorkspaceDoc,
    names: &Names,
    letters: &[(i64, String)],
    today: NaiveDate,
    lang: Lang,
) -> Option<Value> {
    if doc.policies.is_empty() {
        return None;
    }
    let mut list: Vec<&Policy> = doc.policies.iter().collect();
    list.sort_by_key(|p| {
        (
            PolicyKind::ALL.iter().position(|k| *k == p.kind),
            p.title.to_lowercase(),
        )
    });
    let register: Vec<Value> = list
        .iter()
        .map(|p| {
            let department = Names::one(&names.departments, p.owner_department_id);
            let owner = match (p.owner.as_str(), department.as_str()) {
                ("", department) => department.to_string(),
                (owner, "") => owner.to_string(),
                (owner, department) => format!("{owner}, {department}"),
            };
            let approved = p.status == PolicyStatus::Approved;
            let approved_on = p.approved_on.filter(|_| approved).map(|d| date(d, lang)).unwrap_or_default();
            let approved_by = if approved { p.approved_by.clone() } else { String::new() };
            let approval = match (approved_on.as_str(), approved_by.as_str()) {
                ("", by) => by.to_string(),
                (on, "") => on.to_string(),
                (on, by) => format!("{on} · {by}"),
            };
            json!({
                "title": p.title,
                "kind": p.kind.label(lang),
                "owner": owner,
                "ownerName": p.owner,
                "ownerDepartment": department,
                "status": p.status.label(lang),
                "statusId": p.status.as_str(),
                "approval": approval,
                "approvedOn": approved_on,
                "approvedBy": approved_by,
                "review": p.review_by.map(|d| date(d, lang)).unwrap_or_default(),
                "overdue": p.review_by.is_some_and(|d| d < today),
                "annex": letter_of(letters, p.id).map(|l| format!("{} {l}", strings::get("annex", lang))).unwrap_or_default(),
            })
        })
        .collect();
    let texts: Vec<Value> = list
        .iter()
        // Texts not printed as annexes; the house rules are printed in
        // their own chapter when it is shown.
        .filter(|p| p.has_text() && letter_of(letters, p.id).is_none())
        .filter(|p| p.kind != PolicyKind::HouseRules || !doc.document.shows(DocSection::Conduct))
        .map(|p| json!({ "title": p.title, "approved": approved_line(p, lang), "blocks": blocks(&p.text) }))
        .collect();
    Some(json!({ "register": register, "texts": texts }))
}

fn annexes(doc: &WorkspaceDoc, letters: &[(i64, String)], lang: Lang) -> Option<Value> {
    let items: Vec<Value> = letters
        .iter()
        .filter_map(|(id, letter)| {
            let p = doc.policies.iter().find(|p| p.id == *id)?;
            Some(json!({
                "letter": letter,
                "label": format!("{} {letter}", strings::get("annex", lang)),
                "title": p.title,
                "approved": approved_line(p, lang),
                "blocks": blocks(&p.text),
            }))
        })
        .collect();
    (!items.is_empty()).then_some(Value::Array(items))
}

/// An approval as the cover and the versions page print it.
fn approval_json(cx: &Cx<'_>, a: &Approval) -> Value {
    json!({
        "text": cx.messages.get(
            "approved-by",
            &args! {
                "by" => a.by.as_str(),
                "role" => a.role.as_str(),
                "hasRole" => if a.role.is_empty() { "no" } else { "yes" },
                "date" => date(a.date, cx.lang),
            },
        ),
        "reservations": if a.reservations.is_empty() { String::new() } else { cx.messages.get("reservations", &args! { "text" => a.reservations.as_str() }) },
    })
}

/// "Versions and approval": this edition and every saved one before it,
/// with its note and approval.
fn versions(cx: &Cx<'_>, source: &Source<'_>) -> Value {
    let (lang, m) = (cx.lang, &cx.messages);
    let mut items = Vec::new();
    if source.version.is_none() {
        items.push(json!({
            "label": m.plain("version-current"),
            "date": date(source.date, lang),
            "note": "",
            "approval": m.plain("draft-not-approved"),
            "reservations": "",
        }));
    }
    let mut saved: Vec<&DocumentVersion> = source
        .versions
        .iter()
        .filter(|v| source.version.is_none_or(|n| v.number <= n))
        .collect();
    saved.sort_by_key(|v| std::cmp::Reverse(v.number));
    for v in saved {
        let approval = v.approval.as_ref().map(|a| approval_json(cx, a));
        items.push(json!({
            "label": format!("{} {}", strings::get("version", lang), v.number),
            "date": date(v.date, lang),
            "note": v.note,
            "approval": approval.as_ref().map_or_else(|| m.plain("not-approved"), |a| a["text"].as_str().unwrap_or_default().to_string()),
            "reservations": approval.as_ref().map(|a| a["reservations"].clone()).unwrap_or_default(),
        }));
    }
    json!({ "intro": m.plain("versions-intro"), "items": items })
}
