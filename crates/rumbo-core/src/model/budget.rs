//! The budget of the channels: paid promotion per period, tools and
//! licences, production, training… Staffing (people and their hours) is
//! kept with the people (`person.rs`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_KPI_VALUE, check, labelled_enum, tidy_ids, trim_all};
use crate::error::{FieldIssue, IssueKind, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// What a line of the budget pays for.
    BudgetCategory {
        PaidPromotion = "paid_promotion", "Paid promotion", "Promoción pagada";
        Tools = "tools", "Tools and licences", "Herramientas y licencias";
        Production = "production", "Content production", "Producción de contenidos";
        Staff = "staff", "Staff and services", "Personal y servicios";
        Training = "training", "Training", "Formación";
        Other = "other", "Other", "Otros";
    }
}

labelled_enum! {
    /// How often an amount is spent.
    BudgetPeriod {
        OneOff = "one_off", "once", "una vez";
        Month = "month", "a month", "al mes";
        Quarter = "quarter", "a quarter", "al trimestre";
        Year = "year", "a year", "al año";
    }
}

impl BudgetPeriod {
    /// How many times a year it is spent (once for a one-off amount).
    pub fn per_year(self) -> f64 {
        match self {
            BudgetPeriod::OneOff | BudgetPeriod::Year => 1.0,
            BudgetPeriod::Quarter => 4.0,
            BudgetPeriod::Month => 12.0,
        }
    }
}

/// A line of the budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BudgetLine {
    pub id: i64,
    /// What it pays for ("Ads for the summer programme", "Scheduling tool").
    pub name: String,
    pub category: BudgetCategory,
    /// The amount each period; `None`: not known yet.
    pub amount: Option<f64>,
    /// As the organization writes it: "€", "EUR", "USD"…
    pub currency: String,
    pub period: BudgetPeriod,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The channels it is spent on, if any.
    pub channel_ids: Vec<i64>,
    pub notes: String,
}

impl Named for BudgetLine {
    const NOUN: Noun = Noun::feminine("budget line", "partida del presupuesto")
        .plural("budget lines", "partidas del presupuesto");
    const MOST: usize = 2_000;
}

impl BudgetLine {
    pub fn new(name: &str, category: BudgetCategory) -> BudgetLine {
        BudgetLine {
            id: 0,
            name: name.to_string(),
            category,
            amount: None,
            currency: String::new(),
            period: BudgetPeriod::OneOff,
            start: None,
            end: None,
            channel_ids: Vec::new(),
            notes: String::new(),
        }
    }

    pub fn normalized(mut self) -> BudgetLine {
        trim_all(&mut [&mut self.name, &mut self.currency, &mut self.notes]);
        tidy_ids(&mut self.channel_ids);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .figure("amount", self.amount);
        if self.amount.is_some_and(|a| a < 0.0) {
            issues.push(
                "amount",
                IssueKind::OutOfRange {
                    min: 0.0,
                    max: MAX_KPI_VALUE,
                },
            );
        }
        issues
            .short("currency", &self.currency)
            .ordered("start", self.start, "end", self.end)
            .long("notes", &self.notes)
            .done()
    }

    pub fn validated(self) -> Result<BudgetLine> {
        let line = self.normalized();
        check(line.issues())?;
        Ok(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn an_amount_is_a_real_figure_and_may_be_unknown() {
        let mut line = BudgetLine::new("Ads", BudgetCategory::PaidPromotion);
        assert!(line.clone().validated().is_ok());
        line.amount = Some(-5.0);
        line.start = NaiveDate::from_ymd_opt(2026, 6, 1);
        line.end = NaiveDate::from_ymd_opt(2026, 5, 1);
        let fields: Vec<&str> = match line.validated() {
            Err(Error::Validation(issues)) => issues.iter().map(|i| i.field).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(fields, ["amount", "end"]);
        assert_eq!(BudgetPeriod::Month.per_year(), 12.0);
    }
}
