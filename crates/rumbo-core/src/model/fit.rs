//! Brand fit: named criteria with weights, a 0–5 score per channel and
//! criterion, and the weighted score that answers "where does our brand fit?".

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Channel, ChannelStatus, Issues, Network, check, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

/// The highest score on a criterion.
pub const MAX_SCORE: u8 = 5;
/// The highest weight of a criterion.
pub const MAX_WEIGHT: u32 = 10;

/// One criterion of the brand-fit matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FitCriterion {
    pub id: i64,
    pub name: String,
    /// What a 5 means, so that scores are comparable.
    pub description: String,
    /// 0 (ignored) to 10.
    pub weight: u32,
    /// Order in the matrix.
    pub position: i64,
}

impl Named for FitCriterion {
    const NOUN: Noun = Noun::masculine("fit criterion", "criterio de encaje")
        .plural("fit criteria", "criterios de encaje");
    const MOST: usize = 50;
}

impl FitCriterion {
    pub fn normalized(mut self) -> FitCriterion {
        trim_all(&mut [&mut self.name, &mut self.description]);
        super::tidy_name(&mut self.name);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .long("description", &self.description)
            .range("weight", f64::from(self.weight), 0.0, f64::from(MAX_WEIGHT))
            .done()
    }

    pub fn validated(self) -> Result<FitCriterion> {
        let criterion = self.normalized();
        check(criterion.issues())?;
        Ok(criterion)
    }
}

/// A channel's score on one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FitScore {
    pub criterion_id: i64,
    /// 0 to 5.
    pub score: u8,
}

/// The weighted fit of `scores` on `criteria`, from 0 to 5: the mean of the
/// scores weighted by their criteria's weights. Criteria left unscored, or of
/// weight 0, do not count. `None` when nothing counts.
pub fn weighted(scores: &[FitScore], criteria: &[FitCriterion]) -> Option<f64> {
    let (sum, weights) = scores.iter().fold((0.0, 0.0), |(sum, weights), score| {
        match criteria.iter().find(|c| c.id == score.criterion_id) {
            Some(criterion) if criterion.weight > 0 => {
                let w = f64::from(criterion.weight);
                (sum + w * f64::from(score.score), weights + w)
            }
            _ => (sum, weights),
        }
    });
    (weights > 0.0).then(|| sum / weights)
}

/// One channel in the fit matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FitRow {
    pub channel_id: i64,
    pub name: String,
    pub network: Network,
    pub status: ChannelStatus,
    pub scores: Vec<FitScore>,
    /// 0–5, or null when the channel has no score yet.
    pub weighted: Option<f64>,
    /// How many weighted criteria are still unscored.
    pub missing: u32,
}

/// The brand-fit matrix: criteria as columns, channels as rows, best fit first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FitMatrix {
    pub criteria: Vec<FitCriterion>,
    pub rows: Vec<FitRow>,
}

impl FitMatrix {
    pub fn build(criteria: Vec<FitCriterion>, channels: &[Channel]) -> FitMatrix {
        let mut rows: Vec<FitRow> = channels
            .iter()
            .map(|channel| {
                let missing = criteria
                    .iter()
                    .filter(|c| {
                        c.weight > 0 && !channel.fit_scores.iter().any(|s| s.criterion_id == c.id)
                    })
                    .count();
                FitRow {
                    channel_id: channel.id,
                    name: channel.name.clone(),
                    network: channel.network,
                    status: channel.status,
                    scores: channel.fit_scores.clone(),
                    weighted: weighted(&channel.fit_scores, &criteria),
                    missing: u32::try_from(missing).unwrap_or(u32::MAX),
                }
            })
            .collect();
        // Best fit first; unscored channels last, by name.
        rows.sort_by(|a, b| {
            let key = |r: &FitRow| r.weighted.unwrap_or(-1.0);
            key(b)
                .total_cmp(&key(a))
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        FitMatrix { criteria, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(id: i64, weight: u32) -> FitCriterion {
        FitCriterion {
            id,
            name: format!("c{id}"),
            description: String::new(),
            weight,
            position: id,
        }
    }

    #[test]
    fn the_weighted_score_counts_weights_and_skips_the_unscored() {
        let criteria = [criterion(1, 3), criterion(2, 1), criterion(3, 0)];
        let scores = [
            FitScore {
                criterion_id: 1,
                score: 5,
            },
            FitScore {
                criterion_id: 2,
                score: 1,
            },
            FitScore {
                criterion_id: 3,
                score: 0,
            },
        ];
        assert_eq!(weighted(&scores, &criteria), Some(4.0));
        assert_eq!(weighted(&scores[1..2], &criteria), Some(1.0));
        assert_eq!(weighted(&scores[2..], &criteria), None);
        assert_eq!(weighted(&[], &criteria), None);
    }

    #[test]
    fn the_matrix_puts_the_best_fit_first_and_the_unscored_last() {
        let criteria = vec![criterion(1, 2), criterion(2, 2)];
        let mut a = Channel::new(Network::Instagram, "Instagram", ChannelStatus::Active);
        a.id = 1;
        a.fit_scores = vec![FitScore {
            criterion_id: 1,
            score: 2,
        }];
        let mut b = Channel::new(Network::Linkedin, "LinkedIn", ChannelStatus::Planned);
        b.id = 2;
        b.fit_scores = vec![
            FitScore {
                criterion_id: 1,
                score: 5,
            },
            FitScore {
                criterion_id: 2,
                score: 4,
            },
        ];
        let c = Channel {
            id: 3,
            ..Channel::new(Network::Tiktok, "TikTok", ChannelStatus::Considered)
        };
        let matrix = FitMatrix::build(criteria, &[a, c, b]);
        let order: Vec<i64> = matrix.rows.iter().map(|r| r.channel_id).collect();
        assert_eq!(order, [2, 1, 3]);
        assert_eq!(matrix.rows[0].weighted, Some(4.5));
        assert_eq!(matrix.rows[1].missing, 1);
        assert_eq!(matrix.rows[2].weighted, None);
    }
}
