//! `channel_account` and `channel_admin`: a channel as an account. Read and
//! written with its channel (`channel.rs`).
//!
//! `channel.status` holds only the statuses its CHECK allowed in schema 4;
//! the lifecycle's finer statuses are kept here and refine one of them:
//! requested (considered), under review (active), dormant (paused).

use rumbo_core::model::{Account, Answers, ChannelStatus};
use rusqlite::{Connection, OptionalExtension, params};

use super::{links, parse_enum};

/// The status `channel.status` holds for `status`, and the lifecycle
/// status kept here (if any).
pub fn split(status: ChannelStatus) -> (ChannelStatus, Option<ChannelStatus>) {
    match status {
        ChannelStatus::Requested => (ChannelStatus::Considered, Some(status)),
        ChannelStatus::UnderReview => (ChannelStatus::Active, Some(status)),
        ChannelStatus::Dormant => (ChannelStatus::Paused, Some(status)),
        other => (other, None),
    }
}

/// A channel's account and its lifecycle status, if one is kept (a channel
/// with no row has an account whose facts are unknown).
pub fn get(
    conn: &Connection,
    channel_id: i64,
) -> rusqlite::Result<(Account, Option<ChannelStatus>)> {
    let row = conn
        .query_row(
            "SELECT lifecycle, url, manager_id, two_factor, credentials_custodian, last_access_review,
                    requested_on, requested_by, approved_on, approved_by, opened_on, closed_on,
                    closed_by, content_after_closing, for_event, ends_on, closing_plan,
                    answer_objectives, answer_audience, answer_resources, answer_content
             FROM channel_account WHERE channel_id = ?1",
            [channel_id],
            |r| {
                let lifecycle: Option<String> = r.get(0)?;
                let lifecycle = match lifecycle {
                    Some(text) => Some(parse_enum(0, &text, ChannelStatus::parse)?),
                    None => None,
                };
                let account = Account {
                    url: r.get(1)?,
                    manager_id: r.get(2)?,
                    admin_ids: Vec::new(),
                    two_factor: r.get(3)?,
                    credentials_custodian: r.get(4)?,
                    last_access_review: r.get(5)?,
                    requested_on: r.get(6)?,
                    requested_by: r.get(7)?,
                    approved_on: r.get(8)?,
                    approved_by: r.get(9)?,
                    opened_on: r.get(10)?,
                    closed_on: r.get(11)?,
                    closed_by: r.get(12)?,
                    content_after_closing: r.get(13)?,
                    for_event: r.get(14)?,
                    ends_on: r.get(15)?,
                    closing_plan: r.get(16)?,
                    answers: Answers {
                        objectives: r.get(17)?,
                        audience: r.get(18)?,
                        resources: r.get(19)?,
                        content: r.get(20)?,
                    },
                };
                Ok((account, lifecycle))
            },
        )
        .optional()?;
    let (mut account, lifecycle) = row.unwrap_or_default();
    account.admin_ids = links::get(conn, "channel_admin", "channel_id", "person_id", channel_id)?;
    Ok((account, lifecycle))
}

/// Writes a channel's account and its lifecycle status.
pub fn put(
    conn: &Connection,
    channel_id: i64,
    lifecycle: Option<ChannelStatus>,
    a: &Account,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO channel_account (channel_id, lifecycle, url, manager_id, two_factor,
           credentials_custodian, last_access_review, requested_on, requested_by, approved_on,
           approved_by, opened_on, closed_on, closed_by, content_after_closing, for_event, ends_on,
           closing_plan, answer_objectives, answer_audience, answer_resources, answer_content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22)
         ON CONFLICT (channel_id) DO UPDATE SET
           lifecycle = excluded.lifecycle, url = excluded.url, manager_id = excluded.manager_id,
           two_factor = excluded.two_factor, credentials_custodian = excluded.credentials_custodian,
           last_access_review = excluded.last_access_review, requested_on = excluded.requested_on,
           requested_by = excluded.requested_by, approved_on = excluded.approved_on,
           approved_by = excluded.approved_by, opened_on = excluded.opened_on,
           closed_on = excluded.closed_on, closed_by = excluded.closed_by,
           content_after_closing = excluded.content_after_closing, for_event = excluded.for_event,
           ends_on = excluded.ends_on, closing_plan = excluded.closing_plan,
           answer_objectives = excluded.answer_objectives, answer_audience = excluded.answer_audience,
           answer_resources = excluded.answer_resources, answer_content = excluded.answer_content",
        params![
            channel_id,
            lifecycle.map(ChannelStatus::as_str),
            a.url,
            a.manager_id,
            a.two_factor,
            a.credentials_custodian,
            a.last_access_review,
            a.requested_on,
            a.requested_by,
            a.approved_on,
            a.approved_by,
            a.opened_on,
            a.closed_on,
            a.closed_by,
            a.content_after_closing,
            a.for_event,
            a.ends_on,
            a.closing_plan,
            a.answers.objectives,
            a.answers.audience,
            a.answers.resources,
            a.answers.content,
        ],
    )?;
    links::set(
        conn,
        "channel_admin",
        "channel_id",
        "person_id",
        channel_id,
        &a.admin_ids,
    )
}
