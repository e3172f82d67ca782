//! The chapters on how the channels run, in Word (see `running.rs` for
//! what they hold): the same data as the other formats, as real tables.

use docx_rs::{AlignmentType, Docx, Paragraph, Shading, TableCell};
use serde_json::Value;

use crate::docx::{cell, cell2, field, heading, list, para, run, s, small, table};

/// Adds chapter `id` (one of this module's; any other adds nothing).
pub(crate) fn section(doc: Docx, id: &str, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    match id {
        "accounts" => accounts(doc, v, t),
        "procedure" => procedure(doc, v, t),
        "editorial" => editorial(doc, v, t),
        "service_levels" => service_levels(doc, v, t),
        "staffing" => staffing(doc, v, t),
        "request_form" => request_form(doc, v, t),
        _ => doc,
    }
}

fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn or_dash(text: &str) -> String {
    if text.is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

fn accounts(doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let cols = &v["columns"];
    // Each column present only when some account has something in it.
    let handle_width = list(v, "groups")
        .iter()
        .flat_map(|g| list(g, "rows"))
        .map(|r| s(r, "handle").chars().count())
        .max()
        .unwrap_or(0)
        .clamp(8, 28);
    let mut header = vec![t("account")];
    let mut widths = vec![20];
    let keys: Vec<(&str, &str, usize)> = [
        ("handle", "handle", handle_width),
        ("status", "status", 9),
        ("manager", "accountManager", 12),
        ("admins", "adminAccess", 15),
        ("twoFactor", "twoFactor", 7),
        ("reviewed", "accessReviewed", 10),
    ]
    .into_iter()
    .filter(|(key, _, _)| *key == "status" || flag(cols, key))
    .collect();
    for (_, label, width) in &keys {
        header.push(t(label));
        widths.push(*width);
    }
    let mut rows = Vec::new();
    for g in list(v, "groups") {
        let mut group =
            vec![
                TableCell::new()
                    .add_paragraph(Paragraph::new().add_run(
                        run(&format!("{} · {}", s(g, "department"), s(g, "count"))).bold(),
                    ))
                    .shading(Shading::new().fill("E7F4F3")),
            ];
        group.extend(
            keys.iter()
                .map(|_| TableCell::new().shading(Shading::new().fill("E7F4F3"))),
        );
        rows.push(group);
        for r in list(g, "rows") {
            let mut row = vec![cell2(s(r, "name"), s(r, "network"))];
            for (key, _, _) in &keys {
                row.push(match *key {
                    "twoFactor" if flag(r, "twoFactorOff") => TableCell::new().add_paragraph(
                        Paragraph::new().add_run(run(s(r, key)).bold().color("C0392B")),
                    ),
                    "twoFactor" | "reviewed" => cell(&or_dash(s(r, key))),
                    _ => cell(s(r, key)),
                });
            }
            rows.push(row);
        }
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut doc = doc
        .add_paragraph(para(s(v, "summary")))
        .add_table(table(&header, rows, &widths));
    if !s(v, "custodians").is_empty() {
        doc = doc.add_paragraph(small(&format!(
            "{}: {}",
            t("credentialsKeptBy"),
            s(v, "custodians")
        )));
    }
    if !list(v, "pipeline").is_empty() {
        let rows = list(v, "pipeline")
            .iter()
            .map(|a| {
                vec![
                    cell2(s(a, "name"), s(a, "status")),
                    cell(s(a, "department")),
                    cell(s(a, "requested")),
                    cell(s(a, "approved")),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("pipeline"), 2))
            .add_table(table(
                &[
                    &t("account"),
                    &t("department"),
                    &t("requested"),
                    &t("approved"),
                ],
                rows,
                &[18, 12, 16, 16],
            ));
    }
    if !list(v, "events").is_empty() {
        let rows = list(v, "events")
            .iter()
            .map(|a| {
                vec![
                    cell2(s(a, "name"), s(a, "status")),
                    cell(s(a, "ends")),
                    cell(s(a, "plan")),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("eventAccounts"), 2))
            .add_table(table(
                &[&t("account"), &t("endsOn"), &t("closingPlan")],
                rows,
                &[16, 8, 30],
            ));
    }
    if !list(v, "closed").is_empty() {
        let rows = list(v, "closed")
            .iter()
            .map(|a| {
                vec![
                    cell2(s(a, "name"), ""),
                    cell(s(a, "closed")),
                    cell(s(a, "content")),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("closedAccounts"), 2))
            .add_table(table(
                &[&t("account"), &t("closed"), &t("contentAfterClosing")],
                rows,
                &[16, 12, 26],
            ));
    }
    doc
}

fn numbered(doc: Docx, items: &[Value]) -> Docx {
    items.iter().enumerate().fold(doc, |doc, (i, q)| {
        doc.add_paragraph(
            Paragraph::new()
                .add_run(run(&format!("{}. {} ", i + 1, s(q, "question"))).bold())
                .add_run(run(s(q, "help"))),
        )
    })
}

fn procedure(doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let mut doc = numbered(doc.add_paragraph(para(s(v, "intro"))), list(v, "questions"));
    for ph in list(v, "phases") {
        let rows = list(ph, "steps")
            .iter()
            .map(|st| {
                vec![
                    cell(&st["n"].to_string()),
                    cell2(s(st, "name"), s(st, "description")),
                    cell(s(st, "who")),
                    TableCell::new().add_paragraph(para(s(st, "days")).align(AlignmentType::Right)),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(s(ph, "title"), 2))
            .add_table(table(
                &["#", &t("step"), &t("who"), &t("workingDays")],
                rows,
                &[3, 30, 14, 8],
            ));
        if !s(ph, "total").is_empty() {
            doc = doc.add_paragraph(small(s(ph, "total")));
        }
    }
    doc
}

fn editorial(doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let mut doc = doc;
    if !list(v, "pillars").is_empty() {
        doc = doc.add_paragraph(heading(&t("pillars"), 2));
        for p in list(v, "pillars") {
            doc = doc.add_paragraph(heading(s(p, "name"), 3));
            if !s(p, "purpose").is_empty() {
                doc = doc.add_paragraph(para(s(p, "purpose")));
            }
            for paragraph in [
                field(&t("examples"), s(p, "examples")),
                field(&t("serves"), s(p, "objectives")),
                field(&t("carriedBy"), s(p, "channels")),
            ]
            .into_iter()
            .flatten()
            {
                doc = doc.add_paragraph(paragraph);
            }
        }
    }
    let matrix = &v["matrix"];
    if !matrix.is_null() {
        let pillars: Vec<String> = list(matrix, "pillars")
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        let mut header = vec![t("channel")];
        header.extend(pillars.iter().cloned());
        header.push(t("total"));
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let centered =
            |text: &str| TableCell::new().add_paragraph(para(text).align(AlignmentType::Center));
        let rows = list(matrix, "rows")
            .iter()
            .map(|r| {
                let mut row = vec![cell2(s(r, "channel"), "")];
                row.extend(
                    list(r, "cells")
                        .iter()
                        .map(|c| centered(c.as_str().unwrap_or_default())),
                );
                row.push(centered(s(r, "total")));
                row
            })
            .collect();
        let mut widths = vec![4];
        widths.extend(pillars.iter().map(|_| 2));
        widths.push(2);
        doc = doc
            .add_paragraph(heading(&t("shares"), 2))
            .add_table(table(&header, rows, &widths))
            .add_paragraph(small(&t("sharesNote")));
    }
    if !list(v, "styles").is_empty() {
        doc = doc.add_paragraph(heading(&t("styles"), 2));
        for st in list(v, "styles") {
            doc = doc.add_paragraph(heading(s(st, "name"), 3));
            if !s(st, "channels").is_empty() {
                doc =
                    doc.add_paragraph(small(&format!("{}: {}", t("appliesTo"), s(st, "channels"))));
            }
            for f in list(st, "fields") {
                if let Some(paragraph) = field(s(f, "label"), s(f, "text")) {
                    doc = doc.add_paragraph(paragraph);
                }
            }
        }
    }
    doc
}

fn service_levels(doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let levels = v.as_array().map_or(&[][..], Vec::as_slice);
    let rows = levels
        .iter()
        .map(|l| {
            vec![
                cell2(s(l, "name"), s(l, "channels")),
                cell(s(l, "attended")),
                cell(s(l, "response")),
                cell(s(l, "monitoring")),
                cell(s(l, "outOfHours")),
            ]
        })
        .collect();
    doc.add_table(table(
        &[
            &t("serviceLevel"),
            &t("attended"),
            &t("response"),
            &t("monitoring"),
            &t("outOfHours"),
        ],
        rows,
        &[16, 16, 10, 10, 18],
    ))
}

fn staffing(doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let mut doc = doc;
    if !list(v, "people").is_empty() {
        let rows = list(v, "people")
            .iter()
            .map(|p| {
                let hours = if s(p, "hours").is_empty() {
                    t("notRecorded")
                } else {
                    s(p, "hours").to_string()
                };
                vec![
                    cell2(s(p, "name"), s(p, "role")),
                    cell(s(p, "duty")),
                    cell(s(p, "department")),
                    TableCell::new().add_paragraph(para(&hours).align(AlignmentType::Right)),
                    cell(s(p, "runs")),
                ]
            })
            .collect();
        doc = doc
            .add_paragraph(heading(&t("staffing"), 2))
            .add_table(table(
                &[
                    &t("person"),
                    &t("duty"),
                    &t("department"),
                    &t("hoursAWeek"),
                    &t("runs"),
                ],
                rows,
                &[15, 11, 12, 6, 18],
            ));
        if !s(v, "hoursTotal").is_empty() {
            doc = doc.add_paragraph(small(s(v, "hoursTotal")));
        }
    }
    if !list(v, "budget").is_empty() {
        let rows = list(v, "budget")
            .iter()
            .map(|b| {
                let amount = if flag(b, "known") {
                    format!("{} {}", s(b, "amount"), s(b, "per"))
                } else {
                    s(b, "amount").to_string()
                };
                vec![
                    cell2(s(b, "name"), s(b, "notes")),
                    cell(s(b, "category")),
                    cell(&amount),
                    cell(s(b, "when")),
                    cell(s(b, "channels")),
                ]
            })
            .collect();
        doc = doc.add_paragraph(heading(&t("budget"), 2)).add_table(table(
            &[
                &t("budgetLine"),
                &t("category"),
                &t("amount"),
                &t("when"),
                &t("channels"),
            ],
            rows,
            &[20, 11, 11, 12, 13],
        ));
        for line in list(v, "budgetTotals").iter().filter_map(Value::as_str) {
            doc = doc.add_paragraph(para(line));
        }
    }
    doc
}

/// A label with room to write by hand: an empty row of a table.
fn blanks(doc: Docx, labels: &[&str], height_rows: usize) -> Docx {
    let rows = labels
        .iter()
        .map(|label| {
            let mut answer = TableCell::new();
            for _ in 0..height_rows {
                answer = answer.add_paragraph(Paragraph::new());
            }
            vec![cell2(label, ""), answer]
        })
        .collect();
    doc.add_table(table(&["", ""], rows, &[2, 5]))
}

fn request_form(doc: Docx, v: &Value, t: &dyn Fn(&str) -> String) -> Docx {
    let strings = |key: &str| -> Vec<String> {
        list(v, key)
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    };
    let mut doc = doc;
    if !s(v, "organization").is_empty() {
        doc = doc.add_paragraph(Paragraph::new().add_run(run(s(v, "organization")).bold()));
    }
    doc = doc.add_paragraph(para(s(v, "intro")));
    let fields = strings("fields");
    doc = blanks(
        doc,
        &fields.iter().map(String::as_str).collect::<Vec<_>>(),
        1,
    );
    doc = doc.add_paragraph(heading(&t("fourQuestions"), 2));
    let questions: Vec<String> = list(v, "questions")
        .iter()
        .enumerate()
        .map(|(i, q)| format!("{}. {}\n{}", i + 1, s(q, "question"), s(q, "help")))
        .collect();
    doc = blanks(
        doc,
        &questions.iter().map(String::as_str).collect::<Vec<_>>(),
        3,
    );
    let after = strings("after");
    doc = blanks(
        doc,
        &after.iter().map(String::as_str).collect::<Vec<_>>(),
        2,
    );
    for (label, key) in [("formPillars", "pillars"), ("formStyle", "styles")] {
        let items = strings(key);
        if !items.is_empty() {
            let ticks: Vec<String> = items.iter().map(|x| format!("☐ {x}")).collect();
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(run(&format!("{}: ", t(label))).bold())
                    .add_run(run(&ticks.join("   "))),
            );
        }
    }
    doc = doc.add_paragraph(heading(&t("formDecision"), 3));
    let decision = strings("decision");
    doc = blanks(
        doc,
        &decision.iter().map(String::as_str).collect::<Vec<_>>(),
        1,
    );
    let steps = strings("steps");
    if !steps.is_empty() {
        let mut text = format!("{}: {}.", t("formProcedure"), steps.join(" → "));
        if !s(v, "leadTime").is_empty() {
            text.push(' ');
            text.push_str(s(v, "leadTime"));
        }
        doc = doc.add_paragraph(small(&text));
    }
    doc
}
