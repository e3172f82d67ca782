//! What deleting a record would do to the others: asked before deleting, so
//! that the person knows what will be unlinked or removed with it.

use rumbo_core::ipc::{EntityKind, ImpactGroup};
use rusqlite::Connection;

/// (kind of the others, removed with it?, SQL listing their names for `?1`).
type Rule = (EntityKind, bool, &'static str);

fn rules(kind: EntityKind) -> &'static [Rule] {
    match kind {
        EntityKind::Department => &[
            (
                EntityKind::Channel,
                false,
                "SELECT name FROM channel WHERE owner_department_id = ?1 ORDER BY name",
            ),
            (
                EntityKind::Objective,
                false,
                "SELECT o.title FROM objective o JOIN objective_department l ON l.objective_id = o.id WHERE l.department_id = ?1 ORDER BY o.title",
            ),
            (
                EntityKind::Campaign,
                false,
                "SELECT name FROM campaign WHERE department_id = ?1 ORDER BY name",
            ),
            (
                EntityKind::Flow,
                true,
                "SELECT f.name FROM flow f JOIN flow_department l ON l.flow_id = f.id
                 WHERE l.department_id = ?1 AND f.direction <> 'all_staff'
                   AND NOT EXISTS (SELECT 1 FROM flow_department o WHERE o.flow_id = f.id AND o.department_id <> ?1)
                 ORDER BY f.name",
            ),
            (
                EntityKind::Flow,
                false,
                "SELECT f.name FROM flow f JOIN flow_department l ON l.flow_id = f.id
                 WHERE l.department_id = ?1
                   AND (f.direction = 'all_staff'
                        OR EXISTS (SELECT 1 FROM flow_department o WHERE o.flow_id = f.id AND o.department_id <> ?1))
                 ORDER BY f.name",
            ),
            (
                EntityKind::Person,
                false,
                "SELECT name FROM person WHERE department_id = ?1 ORDER BY name",
            ),
            (
                EntityKind::Recommendation,
                false,
                "SELECT title FROM recommendation WHERE department_id = ?1 ORDER BY date",
            ),
            (
                EntityKind::InfoNeed,
                true,
                "SELECT what FROM info_need WHERE department_id = ?1 ORDER BY what",
            ),
            (
                EntityKind::RaciCell,
                true,
                "SELECT a.name FROM raci r JOIN activity a ON a.id = r.activity_id WHERE r.department_id = ?1 ORDER BY a.position",
            ),
            (
                EntityKind::Policy,
                false,
                "SELECT title FROM policy WHERE owner_department_id = ?1 ORDER BY title",
            ),
            (
                EntityKind::ModerationRule,
                false,
                "SELECT situation FROM moderation_rule WHERE department_id = ?1 ORDER BY situation",
            ),
            (
                EntityKind::Protocol,
                false,
                "SELECT name FROM protocol WHERE department_id = ?1 ORDER BY name",
            ),
            (
                EntityKind::CrisisLevel,
                false,
                "SELECT l.name FROM crisis_level l JOIN crisis_level_department d ON d.level_id = l.id WHERE d.department_id = ?1 ORDER BY l.rank",
            ),
        ],
        EntityKind::Activity => &[(
            EntityKind::RaciCell,
            true,
            "SELECT d.name FROM raci r JOIN department d ON d.id = r.department_id WHERE r.activity_id = ?1 ORDER BY d.name",
        )],
        EntityKind::Audience => &[(
            EntityKind::Channel,
            false,
            "SELECT c.name FROM channel c JOIN channel_audience l ON l.channel_id = c.id WHERE l.audience_id = ?1 ORDER BY c.name",
        )],
        EntityKind::FitCriterion => &[(
            EntityKind::Channel,
            false,
            "SELECT c.name FROM channel c JOIN channel_fit f ON f.channel_id = c.id WHERE f.criterion_id = ?1 ORDER BY c.name",
        )],
        EntityKind::Channel => &[
            (
                EntityKind::Objective,
                false,
                "SELECT o.title FROM objective o JOIN objective_channel l ON l.objective_id = o.id WHERE l.channel_id = ?1 ORDER BY o.title",
            ),
            (
                EntityKind::Audience,
                false,
                "SELECT a.name FROM audience a JOIN channel_audience l ON l.audience_id = a.id WHERE l.channel_id = ?1 ORDER BY a.name",
            ),
            (
                EntityKind::Pillar,
                false,
                "SELECT p.name FROM pillar p JOIN pillar_share l ON l.pillar_id = p.id WHERE l.channel_id = ?1 ORDER BY p.name",
            ),
            (
                EntityKind::StyleGuide,
                false,
                "SELECT s.name FROM style_guide s JOIN style_guide_channel l ON l.style_guide_id = s.id WHERE l.channel_id = ?1 ORDER BY s.name",
            ),
            (
                EntityKind::ServiceLevel,
                false,
                "SELECT s.name FROM service_level s JOIN service_level_channel l ON l.service_level_id = s.id WHERE l.channel_id = ?1 ORDER BY s.name",
            ),
            (
                EntityKind::BudgetLine,
                false,
                "SELECT b.name FROM budget_line b JOIN budget_line_channel l ON l.budget_line_id = b.id WHERE l.channel_id = ?1 ORDER BY b.name",
            ),
            (
                EntityKind::ModerationRule,
                false,
                "SELECT r.situation FROM moderation_rule r JOIN moderation_rule_channel l ON l.rule_id = r.id WHERE l.channel_id = ?1 ORDER BY r.situation",
            ),
            (
                EntityKind::PauseStep,
                true,
                "SELECT how FROM pause_step WHERE channel_id = ?1 ORDER BY id",
            ),
        ],
        EntityKind::Person => &[(
            EntityKind::Channel,
            false,
            "SELECT c.name FROM channel c WHERE c.id IN (
               SELECT channel_id FROM channel_account WHERE manager_id = ?1
               UNION SELECT channel_id FROM channel_admin WHERE person_id = ?1)
             ORDER BY c.name",
        )],
        EntityKind::Objective => &[
            (
                EntityKind::Measurement,
                true,
                "SELECT date FROM measurement WHERE objective_id = ?1 ORDER BY date",
            ),
            (
                EntityKind::Campaign,
                false,
                "SELECT c.name FROM campaign c JOIN campaign_objective l ON l.campaign_id = c.id WHERE l.objective_id = ?1 ORDER BY c.name",
            ),
            (
                EntityKind::Pillar,
                false,
                "SELECT p.name FROM pillar p JOIN pillar_objective l ON l.pillar_id = p.id WHERE l.objective_id = ?1 ORDER BY p.name",
            ),
        ],
        EntityKind::Flow => &[(
            EntityKind::InfoNeed,
            false,
            "SELECT what FROM info_need WHERE flow_id = ?1 ORDER BY what",
        )],
        EntityKind::Measurement
        | EntityKind::Campaign
        | EntityKind::InfoNeed
        | EntityKind::Recommendation
        | EntityKind::Holiday
        | EntityKind::Pillar
        | EntityKind::StyleGuide
        | EntityKind::ServiceLevel
        | EntityKind::BudgetLine
        | EntityKind::ProcedureStep
        | EntityKind::RaciCell => &[],
        EntityKind::Policy
        | EntityKind::ModerationRule
        | EntityKind::Protocol
        | EntityKind::CrisisLevel
        | EntityKind::PauseStep => &[],
    }
}

/// What a deletion of `kind` removes besides what the foreign keys cascade
/// to: records that are valid only with the deleted one. A flow to or from
/// a department means nothing without one (only all-staff flows have no
/// department), so a flow whose only department this is goes with it; a
/// flow that reaches other departments too, or all staff, only loses the
/// link. Run inside the deletion's undo capture.
pub fn companion_deletes(kind: EntityKind) -> &'static [&'static str] {
    match kind {
        EntityKind::Department => &["DELETE FROM flow WHERE direction <> 'all_staff'
               AND id IN (SELECT flow_id FROM flow_department WHERE department_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM flow_department o
                               WHERE o.flow_id = flow.id AND o.department_id <> ?1)"],
        _ => &[],
    }
}

/// The groups of records a deletion of `kind` `id` would touch (empty groups left out).
pub fn groups(conn: &Connection, kind: EntityKind, id: i64) -> rusqlite::Result<Vec<ImpactGroup>> {
    let mut groups = Vec::new();
    for (other, removed, sql) in rules(kind) {
        let mut statement = conn.prepare_cached(sql)?;
        let names: Vec<String> = statement
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if !names.is_empty() {
            groups.push(ImpactGroup {
                kind: *other,
                removed: *removed,
                names,
            });
        }
    }
    Ok(groups)
}
