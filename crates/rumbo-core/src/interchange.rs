//! The JSON interchange format: a whole workspace as one versioned document.
//!
//! `docs/json-format.md` describes it for people. Reading is strict — unknown
//! fields, bad values, dangling links and files from a newer Rumbo are
//! refused with a clear error — so that a round trip through JSON is
//! lossless. Older versions are migrated step by step in [`migrate`].

use std::cell::RefCell;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Entity, Error, FieldIssue, IssueKind, Result};
use crate::json_error::{Expected, JsonError, JsonProblem, Syntax};
use crate::json_schema::{self, Located, Step};
use crate::model::{
    Account, Acknowledgement, Activity, Audience, BudgetLine, Campaign, Channel, Department,
    DocumentSettings, FitCriterion, Flow, HealthSettings, Holiday, InfoNeed, Measurement,
    Objective, Person, Pillar, ProcedureStep, Profile, RaciCell, Recommendation, ServiceLevel,
    StyleGuide,
};
use crate::model::{CrisisLevel, CrisisPlan, ModerationRule, PauseStep, Policy, Protocol};

/// The value of the document's `format` field.
pub const FORMAT_NAME: &str = "rumbo-workspace";
/// The version this Rumbo writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 9;

/// A whole workspace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkspaceDoc {
    pub format: String,
    pub version: u32,
    pub profile: Profile,
    pub departments: Vec<Department>,
    pub activities: Vec<Activity>,
    pub raci: Vec<RaciCell>,
    pub audiences: Vec<Audience>,
    pub fit_criteria: Vec<FitCriterion>,
    pub channels: Vec<Channel>,
    pub objectives: Vec<Objective>,
    pub measurements: Vec<Measurement>,
    pub campaigns: Vec<Campaign>,
    pub flows: Vec<Flow>,
    pub info_needs: Vec<InfoNeed>,
    pub recommendations: Vec<Recommendation>,
    /// The public holidays the planner warns of.
    pub holidays: Vec<Holiday>,
    // -- channels as they run (version 8) --
    /// The people who run the channels, with their hours (the staffing).
    pub people: Vec<Person>,
    pub pillars: Vec<Pillar>,
    pub style_guides: Vec<StyleGuide>,
    pub service_levels: Vec<ServiceLevel>,
    pub budget_lines: Vec<BudgetLine>,
    /// How an account is opened and closed.
    pub procedure_steps: Vec<ProcedureStep>,
    // --
    /// The health check's thresholds.
    pub health_settings: HealthSettings,
    /// Findings accepted as a known risk.
    pub acknowledgements: Vec<Acknowledgement>,
    /// The strategy document's settings (title, author, date, language,
    /// sections left out). Saved document versions stay in the workspace
    /// file and are not part of this format.
    pub document: DocumentSettings,
    /// The rules people meet: policies (the house rules among them), the
    /// moderation matrix, protocols, the crisis ladder, the pause
    /// checklist and the crisis playbook's settings.
    pub policies: Vec<Policy>,
    pub moderation_rules: Vec<ModerationRule>,
    pub protocols: Vec<Protocol>,
    pub crisis_levels: Vec<CrisisLevel>,
    pub pause_steps: Vec<PauseStep>,
    pub crisis: CrisisPlan,
}

/// Where a kind of record sits in a [`WorkspaceDoc`]: the store reads and
/// writes every kind's list through it (from [`crate::for_each_record!`]).
pub trait InDoc: Sized {
    fn of(doc: &WorkspaceDoc) -> &[Self];
    fn of_mut(doc: &mut WorkspaceDoc) -> &mut Vec<Self>;
}

macro_rules! in_doc {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        $(impl InDoc for $kind {
            fn of(doc: &WorkspaceDoc) -> &[Self] {
                &doc.$field
            }

            fn of_mut(doc: &mut WorkspaceDoc) -> &mut Vec<Self> {
                &mut doc.$field
            }
        })*
    };
}
crate::for_each_record!(in_doc);

impl WorkspaceDoc {
    /// An empty workspace with `profile`.
    pub fn new(profile: Profile) -> WorkspaceDoc {
        WorkspaceDoc {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            profile,
            ..WorkspaceDoc::default()
        }
    }

    /// The document as pretty JSON with a final newline. Deterministic: the
    /// same workspace always gives the same bytes.
    pub fn to_json(&self) -> Result<String> {
        let mut text =
            serde_json::to_string_pretty(self).map_err(|e| Error::Internal(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }

    /// Reads, migrates and checks a document. A byte-order mark at the start
    /// (as some Windows editors write) is skipped; a key that appears twice
    /// in an object is refused, since one of its values would be dropped.
    /// Every error names where it is: the JSON path, the line and the column.
    pub fn from_json(text: &str) -> Result<WorkspaceDoc> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let doc = WorkspaceDoc::parse(text)?;
        doc.check_located()
            .map_err(|found| located_error(Some(text), vec![*found]))?;
        Ok(doc)
    }

    /// Whether `text` reads as a workspace (as [`WorkspaceDoc::from_json`]
    /// reads it, without the checks of what the storage would refuse):
    /// how the storage tells that a saved version's snapshot is intact,
    /// quickly enough to ask it of every version when a file is opened.
    pub fn readable(text: &str) -> Result<()> {
        WorkspaceDoc::parse(text.strip_prefix('\u{feff}').unwrap_or(text)).map(drop)
    }

    fn parse(text: &str) -> Result<WorkspaceDoc> {
        let value = strict(text)?;
        let Value::Object(object) = value else {
            return Err(json_error(JsonError::new("", JsonProblem::NotAnObject)));
        };
        // A file that says it is a Rumbo export, or that has its parts, is
        // one with a bad value; anything else is not an export at all.
        let looks_like_one = [
            "profile",
            "channels",
            "objectives",
            "departments",
            "version",
        ]
        .iter()
        .filter(|k| object.contains_key(**k))
        .count()
            >= 2;
        let at = |step: &str| vec![Step::Key(step.to_string())];
        match object.get("format") {
            Some(Value::String(format)) if format == FORMAT_NAME => {}
            _ if !looks_like_one => {
                return Err(json_error(JsonError::new("", JsonProblem::NotAWorkspace)));
            }
            Some(other) => {
                return Err(located_error(
                    Some(text),
                    vec![Located {
                        path: at("format"),
                        key: false,
                        problem: JsonProblem::WrongValue {
                            expected: Expected::Exactly(FORMAT_NAME),
                            found: json_schema::found(other),
                            hint: None,
                        },
                    }],
                ));
            }
            None => {
                return Err(located_error(
                    Some(text),
                    vec![Located {
                        path: Vec::new(),
                        key: false,
                        problem: JsonProblem::MissingField {
                            field: "format",
                            expected: Expected::Exactly(FORMAT_NAME),
                        },
                    }],
                ));
            }
        }
        let version = match object.get("version") {
            Some(value) => match value
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| *v >= 1)
            {
                Some(version) => version,
                None => {
                    return Err(located_error(
                        Some(text),
                        vec![Located {
                            path: at("version"),
                            key: false,
                            problem: JsonProblem::WrongValue {
                                expected: Expected::Version,
                                found: json_schema::found(value),
                                hint: None,
                            },
                        }],
                    ));
                }
            },
            None => {
                return Err(located_error(
                    Some(text),
                    vec![Located {
                        path: Vec::new(),
                        key: false,
                        problem: JsonProblem::MissingField {
                            field: "version",
                            expected: Expected::Version,
                        },
                    }],
                ));
            }
        };
        if version > FORMAT_VERSION {
            return Err(Error::UnsupportedJsonVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        // The lists' lengths first: a huge list is refused before its
        // records are built.
        crate::limits::check_json(&object)?;
        let mut object = migrate(object, version)?;
        // Every field against the format, located: the first mistake in the
        // file is reported.
        let problems = json_schema::check(&mut object);
        if !problems.is_empty() {
            return Err(located_error(Some(text), problems));
        }
        serde_json::from_value(Value::Object(object))
            .map_err(|e| json_error(JsonError::new("", JsonProblem::Unreadable(e.to_string()))))
    }

    /// What the storage would refuse, refused before anything is written.
    /// The error names the record and field (`channels[3].name`), without a
    /// line: [`WorkspaceDoc::from_json`] adds it.
    pub fn check(&self) -> Result<()> {
        self.check_located()
            .map_err(|found| located_error(None, vec![*found]))
    }

    fn check_located(&self) -> std::result::Result<(), Box<Located>> {
        self.check_limits().map_err(|e| {
            Box::new(Located {
                path: Vec::new(),
                key: false,
                problem: JsonProblem::Unreadable(e.message(crate::Lang::En)),
            })
        })?;
        let problem = |path: Vec<Step>, problem: JsonProblem| {
            Box::new(Located {
                path,
                key: false,
                problem,
            })
        };
        let invalid = |collection: &str, index: Option<usize>, issue: FieldIssue| {
            let fields: Vec<&str> = issue.field.split('.').collect();
            problem(
                json_schema::steps(collection, index, &fields),
                JsonProblem::Invalid(issue),
            )
        };
        if let Some(issue) = self
            .profile
            .clone()
            .normalized()
            .issues()
            .into_iter()
            .next()
        {
            return Err(invalid("profile", None, issue));
        }

        let departments = ids("departments", self.departments.iter().map(|d| d.id))?;
        let activities = ids("activities", self.activities.iter().map(|a| a.id))?;
        let audiences = ids("audiences", self.audiences.iter().map(|a| a.id))?;
        let criteria = ids("fitCriteria", self.fit_criteria.iter().map(|c| c.id))?;
        let channels = ids("channels", self.channels.iter().map(|c| c.id))?;
        let objectives = ids("objectives", self.objectives.iter().map(|o| o.id))?;
        ids("measurements", self.measurements.iter().map(|m| m.id))?;
        ids("campaigns", self.campaigns.iter().map(|c| c.id))?;
        let flows = ids("flows", self.flows.iter().map(|f| f.id))?;
        ids("infoNeeds", self.info_needs.iter().map(|n| n.id))?;
        ids("recommendations", self.recommendations.iter().map(|r| r.id))?;
        let people = ids("people", self.people.iter().map(|p| p.id))?;
        ids("holidays", self.holidays.iter().map(|h| h.id))?;

        // A link to a record of the file: which record, which link, which id.
        let dangling = |collection: &str,
                        index: usize,
                        record: Entity,
                        name: Option<&str>,
                        link: &'static str,
                        position: Option<usize>,
                        to: Entity,
                        id: i64| {
            let mut path = json_schema::steps(collection, Some(index), &[link]);
            if let Some(position) = position {
                path.push(Step::Index(position));
            }
            problem(
                path,
                JsonProblem::Dangling {
                    record,
                    name: name.map(str::to_string),
                    link,
                    to,
                    id,
                },
            )
        };
        let one = |collection: &str,
                   index: usize,
                   record: Entity,
                   name: Option<&str>,
                   link: &'static str,
                   set: &HashSet<i64>,
                   id: Option<i64>,
                   to: Entity|
         -> std::result::Result<(), Box<Located>> {
            match id {
                Some(id) if !set.contains(&id) => Err(dangling(
                    collection, index, record, name, link, None, to, id,
                )),
                _ => Ok(()),
            }
        };
        // A list of links names each record once: the storage keeps one
        // link per pair and would refuse (or silently drop) a repeat.
        let many = |collection: &str,
                    index: usize,
                    record: Entity,
                    name: Option<&str>,
                    link: &'static str,
                    set: &HashSet<i64>,
                    list: &[i64],
                    to: Entity|
         -> std::result::Result<(), Box<Located>> {
            let mut seen = HashSet::new();
            for (position, id) in list.iter().enumerate() {
                if !set.contains(id) {
                    return Err(dangling(
                        collection,
                        index,
                        record,
                        name,
                        link,
                        Some(position),
                        to,
                        *id,
                    ));
                }
                if !seen.insert(*id) {
                    let mut path = json_schema::steps(collection, Some(index), &[link]);
                    path.push(Step::Index(position));
                    return Err(problem(path, JsonProblem::RepeatedLink(*id)));
                }
            }
            Ok(())
        };

        valid("departments", &self.departments, |d| {
            d.clone().normalized().issues()
        })?;
        unique_names(
            "departments",
            "name",
            self.departments.iter().map(|d| d.name.as_str()),
            Entity::Department,
        )?;
        valid("activities", &self.activities, |a| {
            a.clone().normalized().issues()
        })?;
        unique_names(
            "activities",
            "name",
            self.activities.iter().map(|a| a.name.as_str()),
            Entity::Activity,
        )?;
        let mut cells = HashSet::new();
        for (i, cell) in self.raci.iter().enumerate() {
            let (record, raci) = (Entity::RaciCell, "raci");
            one(
                raci,
                i,
                record,
                None,
                "departmentId",
                &departments,
                Some(cell.department_id),
                Entity::Department,
            )?;
            one(
                raci,
                i,
                record,
                None,
                "activityId",
                &activities,
                Some(cell.activity_id),
                Entity::Activity,
            )?;
            if !cells.insert((cell.department_id, cell.activity_id)) {
                return Err(problem(
                    json_schema::steps(raci, Some(i), &[]),
                    JsonProblem::RepeatedCell,
                ));
            }
        }
        valid("audiences", &self.audiences, |a| {
            a.clone().normalized().issues()
        })?;
        unique_names(
            "audiences",
            "name",
            self.audiences.iter().map(|a| a.name.as_str()),
            Entity::Audience,
        )?;
        valid("fitCriteria", &self.fit_criteria, |c| {
            c.clone().normalized().issues()
        })?;
        unique_names(
            "fitCriteria",
            "name",
            self.fit_criteria.iter().map(|c| c.name.as_str()),
            Entity::FitCriterion,
        )?;

        valid("channels", &self.channels, |c| {
            c.clone().normalized().issues()
        })?;
        unique_names(
            "channels",
            "name",
            self.channels.iter().map(|c| c.name.as_str()),
            Entity::Channel,
        )?;
        valid("people", &self.people, |p| p.clone().normalized().issues())?;
        for (i, person) in self.people.iter().enumerate() {
            one(
                "people",
                i,
                Entity::Person,
                Some(&person.name),
                "departmentId",
                &departments,
                person.department_id,
                Entity::Department,
            )?;
        }
        for (i, channel) in self.channels.iter().enumerate() {
            let (record, name) = (Entity::Channel, Some(channel.name.as_str()));
            one(
                "channels",
                i,
                record,
                name,
                "ownerDepartmentId",
                &departments,
                channel.owner_department_id,
                Entity::Department,
            )?;
            many(
                "channels",
                i,
                record,
                name,
                "audienceIds",
                &audiences,
                &channel.audience_ids,
                Entity::Audience,
            )?;
            // The account's people, under `account`.
            let account = &channel.account;
            let at = |link: &'static str, position: Option<usize>, id: i64| {
                let mut path = json_schema::steps("channels", Some(i), &["account", link]);
                if let Some(position) = position {
                    path.push(Step::Index(position));
                }
                problem(
                    path,
                    JsonProblem::Dangling {
                        record,
                        name: name.map(str::to_string),
                        link,
                        to: Entity::Person,
                        id,
                    },
                )
            };
            if let Some(id) = account.manager_id.filter(|id| !people.contains(id)) {
                return Err(at("managerId", None, id));
            }
            let mut seen = HashSet::new();
            for (position, id) in account.admin_ids.iter().enumerate() {
                if !people.contains(id) {
                    return Err(at("adminIds", Some(position), *id));
                }
                if !seen.insert(*id) {
                    let mut path =
                        json_schema::steps("channels", Some(i), &["account", "adminIds"]);
                    path.push(Step::Index(position));
                    return Err(problem(path, JsonProblem::RepeatedLink(*id)));
                }
            }
            let mut scored = HashSet::new();
            for (k, score) in channel.fit_scores.iter().enumerate() {
                let path = json_schema::steps(
                    "channels",
                    Some(i),
                    &["fitScores", &k.to_string(), "criterionId"],
                );
                if !criteria.contains(&score.criterion_id) {
                    return Err(problem(
                        path,
                        JsonProblem::Dangling {
                            record,
                            name: name.map(str::to_string),
                            link: "fitScores",
                            to: Entity::FitCriterion,
                            id: score.criterion_id,
                        },
                    ));
                }
                if !scored.insert(score.criterion_id) {
                    return Err(problem(path, JsonProblem::RepeatedLink(score.criterion_id)));
                }
            }
        }
        for (i, audience) in self.audiences.iter().enumerate() {
            many(
                "audiences",
                i,
                Entity::Audience,
                Some(&audience.name),
                "channelIds",
                &channels,
                &audience.channel_ids,
                Entity::Channel,
            )?;
        }
        // The channel–audience links are stored once; both sides must tell the same story.
        for (i, channel) in self.channels.iter().enumerate() {
            for (k, audience_id) in channel.audience_ids.iter().enumerate() {
                let named = self
                    .audiences
                    .iter()
                    .any(|a| a.id == *audience_id && a.channel_ids.contains(&channel.id));
                if !named {
                    return Err(problem(
                        json_schema::steps("channels", Some(i), &["audienceIds", &k.to_string()]),
                        JsonProblem::LinksDisagree {
                            channel: channel.id,
                            audience: *audience_id,
                        },
                    ));
                }
            }
        }
        for (i, audience) in self.audiences.iter().enumerate() {
            for (k, channel_id) in audience.channel_ids.iter().enumerate() {
                let named = self
                    .channels
                    .iter()
                    .any(|c| c.id == *channel_id && c.audience_ids.contains(&audience.id));
                if !named {
                    return Err(problem(
                        json_schema::steps("audiences", Some(i), &["channelIds", &k.to_string()]),
                        JsonProblem::LinksDisagree {
                            channel: *channel_id,
                            audience: audience.id,
                        },
                    ));
                }
            }
        }

        valid("objectives", &self.objectives, |o| {
            o.clone().normalized().issues()
        })?;
        unique_names(
            "objectives",
            "title",
            self.objectives.iter().map(|o| o.title.as_str()),
            Entity::Objective,
        )?;
        for (i, objective) in self.objectives.iter().enumerate() {
            let (record, name) = (Entity::Objective, Some(objective.title.as_str()));
            many(
                "objectives",
                i,
                record,
                name,
                "channelIds",
                &channels,
                &objective.channel_ids,
                Entity::Channel,
            )?;
            many(
                "objectives",
                i,
                record,
                name,
                "departmentIds",
                &departments,
                &objective.department_ids,
                Entity::Department,
            )?;
        }
        valid("measurements", &self.measurements, |m| {
            m.clone().normalized().issues()
        })?;
        let mut dated = HashSet::new();
        for (i, m) in self.measurements.iter().enumerate() {
            one(
                "measurements",
                i,
                Entity::Measurement,
                None,
                "objectiveId",
                &objectives,
                Some(m.objective_id),
                Entity::Objective,
            )?;
            if !dated.insert((m.objective_id, m.date)) {
                return Err(problem(
                    json_schema::steps("measurements", Some(i), &["date"]),
                    JsonProblem::RepeatedDate,
                ));
            }
        }
        valid("campaigns", &self.campaigns, |c| {
            c.clone().normalized().issues()
        })?;
        unique_names(
            "campaigns",
            "name",
            self.campaigns.iter().map(|c| c.name.as_str()),
            Entity::Campaign,
        )?;
        for (i, campaign) in self.campaigns.iter().enumerate() {
            let (record, name) = (Entity::Campaign, Some(campaign.name.as_str()));
            one(
                "campaigns",
                i,
                record,
                name,
                "departmentId",
                &departments,
                campaign.department_id,
                Entity::Department,
            )?;
            many(
                "campaigns",
                i,
                record,
                name,
                "objectiveIds",
                &objectives,
                &campaign.objective_ids,
                Entity::Objective,
            )?;
        }
        valid("flows", &self.flows, |f| f.clone().normalized().issues())?;
        for (i, flow) in self.flows.iter().enumerate() {
            many(
                "flows",
                i,
                Entity::Flow,
                Some(&flow.name),
                "departmentIds",
                &departments,
                &flow.department_ids,
                Entity::Department,
            )?;
        }
        valid("infoNeeds", &self.info_needs, |n| {
            n.clone().normalized().issues()
        })?;
        for (i, need) in self.info_needs.iter().enumerate() {
            let (record, name) = (Entity::InfoNeed, Some(need.what.as_str()));
            one(
                "infoNeeds",
                i,
                record,
                name,
                "departmentId",
                &departments,
                need.department_id,
                Entity::Department,
            )?;
            one(
                "infoNeeds",
                i,
                record,
                name,
                "flowId",
                &flows,
                need.flow_id,
                Entity::Flow,
            )?;
        }
        valid("recommendations", &self.recommendations, |r| {
            r.clone().normalized().issues()
        })?;
        for (i, rec) in self.recommendations.iter().enumerate() {
            one(
                "recommendations",
                i,
                Entity::Recommendation,
                Some(&rec.title),
                "departmentId",
                &departments,
                rec.department_id,
                Entity::Department,
            )?;
        }
        valid("holidays", &self.holidays, |h| {
            h.clone().normalized().issues()
        })?;
        self.check_running(&channels, &objectives, &many)?;
        if let Some(issue) = self.health_settings.issues().into_iter().next() {
            return Err(invalid("healthSettings", None, issue));
        }
        valid("acknowledgements", &self.acknowledgements, |a| {
            a.clone().normalized().issues()
        })?;
        if let Some(issue) = self
            .document
            .clone()
            .normalized()
            .issues()
            .into_iter()
            .next()
        {
            return Err(invalid("document", None, issue));
        }
        let mut keys = HashSet::new();
        for (i, ack) in self.acknowledgements.iter().enumerate() {
            if !keys.insert(ack.key.as_str()) {
                return Err(problem(
                    json_schema::steps("acknowledgements", Some(i), &["key"]),
                    JsonProblem::RepeatedAcknowledgement,
                ));
            }
        }
        self.check_rules(&departments, &channels, &one, &many)?;
        Ok(())
    }

    /// The rules people meet: policies, moderation, protocols, the crisis
    /// ladder and its checklist, the playbook's settings.
    fn check_rules(
        &self,
        departments: &HashSet<i64>,
        channels: &HashSet<i64>,
        one: &LinkCheck<'_>,
        many: &LinksCheck<'_>,
    ) -> std::result::Result<(), Box<Located>> {
        let invalid = |path: Vec<Step>, issue: FieldIssue| {
            Box::new(Located {
                path,
                key: false,
                problem: JsonProblem::Invalid(issue),
            })
        };
        ids("policies", self.policies.iter().map(|p| p.id))?;
        valid("policies", &self.policies, |p| {
            p.clone().normalized().issues()
        })?;
        unique_names(
            "policies",
            "title",
            self.policies.iter().map(|p| p.title.as_str()),
            Entity::Policy,
        )?;
        let mut kinds = HashSet::new();
        for (i, policy) in self.policies.iter().enumerate() {
            one(
                "policies",
                i,
                Entity::Policy,
                Some(&policy.title),
                "ownerDepartmentId",
                departments,
                policy.owner_department_id,
                Entity::Department,
            )?;
            if policy.kind.is_single() && !kinds.insert(policy.kind) {
                return Err(invalid(
                    json_schema::steps("policies", Some(i), &["kind"]),
                    FieldIssue::new(
                        "kind",
                        IssueKind::OneOfAKind {
                            entity: Entity::Policy,
                        },
                    ),
                ));
            }
        }
        ids(
            "moderationRules",
            self.moderation_rules.iter().map(|m| m.id),
        )?;
        valid("moderationRules", &self.moderation_rules, |m| {
            m.clone().normalized().issues()
        })?;
        unique_names(
            "moderationRules",
            "situation",
            self.moderation_rules.iter().map(|m| m.situation.as_str()),
            Entity::ModerationRule,
        )?;
        for (i, rule) in self.moderation_rules.iter().enumerate() {
            let name = Some(rule.situation.as_str());
            one(
                "moderationRules",
                i,
                Entity::ModerationRule,
                name,
                "departmentId",
                departments,
                rule.department_id,
                Entity::Department,
            )?;
            many(
                "moderationRules",
                i,
                Entity::ModerationRule,
                name,
                "channelIds",
                channels,
                &rule.channel_ids,
                Entity::Channel,
            )?;
        }
        ids("protocols", self.protocols.iter().map(|p| p.id))?;
        valid("protocols", &self.protocols, |p| {
            p.clone().normalized().issues()
        })?;
        unique_names(
            "protocols",
            "name",
            self.protocols.iter().map(|p| p.name.as_str()),
            Entity::Protocol,
        )?;
        for (i, protocol) in self.protocols.iter().enumerate() {
            one(
                "protocols",
                i,
                Entity::Protocol,
                Some(&protocol.name),
                "departmentId",
                departments,
                protocol.department_id,
                Entity::Department,
            )?;
        }
        ids("crisisLevels", self.crisis_levels.iter().map(|l| l.id))?;
        valid("crisisLevels", &self.crisis_levels, |l| {
            l.clone().normalized().issues()
        })?;
        unique_names(
            "crisisLevels",
            "name",
            self.crisis_levels.iter().map(|l| l.name.as_str()),
            Entity::CrisisLevel,
        )?;
        let mut ranks = HashSet::new();
        for (i, level) in self.crisis_levels.iter().enumerate() {
            many(
                "crisisLevels",
                i,
                Entity::CrisisLevel,
                Some(&level.name),
                "departmentIds",
                departments,
                &level.department_ids,
                Entity::Department,
            )?;
            if !ranks.insert(level.rank) {
                return Err(invalid(
                    json_schema::steps("crisisLevels", Some(i), &["rank"]),
                    FieldIssue::new(
                        "rank",
                        IssueKind::NumberTaken {
                            entity: Entity::CrisisLevel,
                        },
                    ),
                ));
            }
        }
        ids("pauseSteps", self.pause_steps.iter().map(|p| p.id))?;
        valid("pauseSteps", &self.pause_steps, |p| {
            p.clone().normalized().issues()
        })?;
        for (i, step) in self.pause_steps.iter().enumerate() {
            one(
                "pauseSteps",
                i,
                Entity::PauseStep,
                None,
                "channelId",
                channels,
                step.channel_id,
                Entity::Channel,
            )?;
        }
        if let Some(issue) = self.crisis.clone().normalized().issues().into_iter().next() {
            let fields: Vec<&str> = issue.field.split('.').collect();
            return Err(invalid(json_schema::steps("crisis", None, &fields), issue));
        }
        if let Some(id) = self.crisis.spokes_channel_id
            && !channels.contains(&id)
        {
            return Err(invalid(
                json_schema::steps("crisis", None, &["spokesChannelId"]),
                FieldIssue::new(
                    "spokesChannelId",
                    IssueKind::UnknownLink {
                        entity: Entity::Channel,
                    },
                ),
            ));
        }
        Ok(())
    }
}

/// Checks a link of one record, when it has one: to a record of the set
/// (collection, index, record, name, link, set, id, linked kind).
type LinkCheck<'a> = dyn Fn(
        &str,
        usize,
        Entity,
        Option<&str>,
        &'static str,
        &HashSet<i64>,
        Option<i64>,
        Entity,
    ) -> std::result::Result<(), Box<Located>>
    + 'a;

/// Checks a list of links of one record: each to a record of the set, each
/// once (collection, index, record, name, link, set, list, linked kind).
type LinksCheck<'a> = dyn Fn(
        &str,
        usize,
        Entity,
        Option<&str>,
        &'static str,
        &HashSet<i64>,
        &[i64],
        Entity,
    ) -> std::result::Result<(), Box<Located>>
    + 'a;

impl WorkspaceDoc {
    /// The checks of the kinds of version 7 (how the channels run): the
    /// editorial line, service levels, budget and the account procedure.
    fn check_running(
        &self,
        channels: &HashSet<i64>,
        objectives: &HashSet<i64>,
        many: &LinksCheck<'_>,
    ) -> std::result::Result<(), Box<Located>> {
        ids("pillars", self.pillars.iter().map(|p| p.id))?;
        valid("pillars", &self.pillars, |p| {
            p.clone().normalized().issues()
        })?;
        unique_names(
            "pillars",
            "name",
            self.pillars.iter().map(|p| p.name.as_str()),
            Entity::Pillar,
        )?;
        for (i, pillar) in self.pillars.iter().enumerate() {
            let name = Some(pillar.name.as_str());
            many(
                "pillars",
                i,
                Entity::Pillar,
                name,
                "objectiveIds",
                objectives,
                &pillar.objective_ids,
                Entity::Objective,
            )?;
            let carried: Vec<i64> = pillar.shares.iter().map(|s| s.channel_id).collect();
            many(
                "pillars",
                i,
                Entity::Pillar,
                name,
                "shares",
                channels,
                &carried,
                Entity::Channel,
            )?;
        }
        ids("styleGuides", self.style_guides.iter().map(|s| s.id))?;
        valid("styleGuides", &self.style_guides, |s| {
            s.clone().normalized().issues()
        })?;
        unique_names(
            "styleGuides",
            "name",
            self.style_guides.iter().map(|s| s.name.as_str()),
            Entity::StyleGuide,
        )?;
        for (i, style) in self.style_guides.iter().enumerate() {
            many(
                "styleGuides",
                i,
                Entity::StyleGuide,
                Some(&style.name),
                "channelIds",
                channels,
                &style.channel_ids,
                Entity::Channel,
            )?;
        }
        ids("serviceLevels", self.service_levels.iter().map(|s| s.id))?;
        valid("serviceLevels", &self.service_levels, |s| {
            s.clone().normalized().issues()
        })?;
        unique_names(
            "serviceLevels",
            "name",
            self.service_levels.iter().map(|s| s.name.as_str()),
            Entity::ServiceLevel,
        )?;
        for (i, level) in self.service_levels.iter().enumerate() {
            many(
                "serviceLevels",
                i,
                Entity::ServiceLevel,
                Some(&level.name),
                "channelIds",
                channels,
                &level.channel_ids,
                Entity::Channel,
            )?;
            if level.days.windows(2).any(|w| w[0] >= w[1]) {
                return Err(Box::new(Located {
                    path: json_schema::steps("serviceLevels", Some(i), &["days"]),
                    key: false,
                    problem: JsonProblem::Unreadable(
                        "the days repeat a day or are out of order (Monday first)".into(),
                    ),
                }));
            }
        }
        ids("budgetLines", self.budget_lines.iter().map(|b| b.id))?;
        valid("budgetLines", &self.budget_lines, |b| {
            b.clone().normalized().issues()
        })?;
        for (i, line) in self.budget_lines.iter().enumerate() {
            many(
                "budgetLines",
                i,
                Entity::BudgetLine,
                Some(&line.name),
                "channelIds",
                channels,
                &line.channel_ids,
                Entity::Channel,
            )?;
        }
        ids("procedureSteps", self.procedure_steps.iter().map(|s| s.id))?;
        valid("procedureSteps", &self.procedure_steps, |s| {
            s.clone().normalized().issues()
        })
    }
}

/// The ids of a collection: positive and unique.
fn ids(
    collection: &str,
    ids: impl Iterator<Item = i64>,
) -> std::result::Result<HashSet<i64>, Box<Located>> {
    let mut set = HashSet::new();
    for (i, id) in ids.enumerate() {
        let problem = if id < 1 {
            JsonProblem::BadId(id)
        } else if !set.insert(id) {
            JsonProblem::RepeatedId(id)
        } else {
            continue;
        };
        return Err(Box::new(Located {
            path: json_schema::steps(collection, Some(i), &["id"]),
            key: false,
            problem,
        }));
    }
    Ok(set)
}

/// The first field issue of any record, located.
fn valid<T>(
    collection: &str,
    records: &[T],
    issues: impl Fn(&T) -> Vec<FieldIssue>,
) -> std::result::Result<(), Box<Located>> {
    for (i, record) in records.iter().enumerate() {
        if let Some(issue) = issues(record).into_iter().next() {
            let fields: Vec<&str> = issue.field.split('.').collect();
            return Err(Box::new(Located {
                path: json_schema::steps(collection, Some(i), &fields),
                key: false,
                problem: JsonProblem::Invalid(issue),
            }));
        }
    }
    Ok(())
}

fn unique_names<'a>(
    collection: &str,
    field: &'static str,
    names: impl Iterator<Item = &'a str>,
    entity: Entity,
) -> std::result::Result<(), Box<Located>> {
    let mut seen = HashSet::new();
    for (i, name) in names.enumerate() {
        if !seen.insert(crate::text::name_key(name)) {
            let issue = FieldIssue::new(field, IssueKind::Duplicate { entity });
            return Err(Box::new(Located {
                path: json_schema::steps(collection, Some(i), &[field]),
                key: false,
                problem: JsonProblem::Invalid(issue),
            }));
        }
    }
    Ok(())
}

fn json_error(error: JsonError) -> Error {
    Error::BadJson(Box::new(error))
}

/// The first of `found` in the file (located in `text` when there is one).
fn located_error(text: Option<&str>, found: Vec<Located>) -> Error {
    json_schema::first(text, found).map_or_else(
        || Error::Internal("a JSON problem without a description".into()),
        json_error,
    )
}

/// Brings a document of an older `version` up to [`FORMAT_VERSION`], one step
/// at a time.
fn migrate(mut object: Map<String, Value>, version: u32) -> Result<Map<String, Value>> {
    let mut at = version;
    while at < FORMAT_VERSION {
        object = match at {
            1 => v1_to_v2(object)?,
            2 => v2_to_v3(object),
            3 => v3_to_v4(object),
            4 => v4_to_v5(object),
            5 => v5_to_v6(object),
            6 => v6_to_v7(object),
            7 => v7_to_v8(object),
            8 => v8_to_v9(object),
            _ => {
                return Err(Error::Internal(format!(
                    "no migration from JSON version {at}"
                )));
            }
        };
        at += 1;
    }
    object.insert("version".into(), Value::from(FORMAT_VERSION));
    Ok(object)
}

/// Version 2 added departments, the RACI grid, audiences, brand fit,
/// objectives, campaigns, the internal-communication plan and the
/// recommendation log; channels lost their timestamps and gained links.
fn v1_to_v2(mut object: Map<String, Value>) -> Result<Map<String, Value>> {
    if let Some(Value::Array(channels)) = object.get_mut("channels") {
        for channel in channels.iter_mut() {
            if let Value::Object(channel) = channel {
                channel.remove("createdAt");
                channel.remove("updatedAt");
                channel.insert("ownerDepartmentId".into(), Value::Null);
                channel.insert("audienceIds".into(), Value::Array(Vec::new()));
                channel.insert("fitScores".into(), Value::Array(Vec::new()));
            }
        }
    }
    for key in [
        "departments",
        "activities",
        "raci",
        "audiences",
        "fitCriteria",
        "objectives",
        "measurements",
        "campaigns",
        "flows",
        "infoNeeds",
        "recommendations",
    ] {
        object
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(object)
}

/// Version 3 added the health check's thresholds and acknowledged findings.
fn v2_to_v3(mut object: Map<String, Value>) -> Map<String, Value> {
    object
        .entry("healthSettings")
        .or_insert_with(|| serde_json::to_value(HealthSettings::default()).unwrap_or_default());
    object
        .entry("acknowledgements")
        .or_insert_with(|| Value::Array(Vec::new()));
    object
}

/// Version 4 added the strategy document's settings (the defaults: English,
/// every section, the day of the export).
fn v3_to_v4(mut object: Map<String, Value>) -> Map<String, Value> {
    object
        .entry("document")
        .or_insert_with(|| serde_json::to_value(DocumentSettings::default()).unwrap_or_default());
    object
}

/// Version 5 lets a file say what is not known, and added values older
/// Rumbos cannot read: a channel's weekly effort may be `null` (not
/// measured), a measurement has a `kind` (every older one is a `value`), a
/// cadence may be `daily` and a weekly one may have no `start`, and an
/// objective may be `closed` without a verdict.
fn v4_to_v5(mut object: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Array(measurements)) = object.get_mut("measurements") {
        for measurement in measurements.iter_mut() {
            if let Value::Object(measurement) = measurement {
                measurement
                    .entry("kind")
                    .or_insert_with(|| Value::from("value"));
            }
        }
    }
    object
}

/// Version 7 added the public holidays the planner warns of, and the name
/// of the network of a channel on an "other" one.
fn v6_to_v7(mut object: Map<String, Value>) -> Map<String, Value> {
    object
        .entry("holidays")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Some(Value::Array(channels)) = object.get_mut("channels") {
        for channel in channels.iter_mut() {
            if let Value::Object(channel) = channel {
                channel
                    .entry("networkName")
                    .or_insert_with(|| Value::from(""));
            }
        }
    }
    object
}

/// Version 8 added how the channels run: each channel's account (the
/// registry: who runs it, who holds admin access, two-factor
/// authentication, its lifecycle, the four questions), people with their
/// hours, content pillars, channel styles, service levels, the budget and
/// the account procedure; flows reach several departments
/// (`departmentId` became `departmentIds`); the health check gained the
/// months between access reviews. Nothing is invented: an account's facts
/// start unknown.
fn v7_to_v8(mut object: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Array(channels)) = object.get_mut("channels") {
        for channel in channels.iter_mut() {
            if let Value::Object(channel) = channel {
                channel.entry("account").or_insert_with(|| {
                    serde_json::to_value(Account::default()).unwrap_or_default()
                });
            }
        }
    }
    if let Some(Value::Array(flows)) = object.get_mut("flows") {
        for flow in flows.iter_mut() {
            if let Value::Object(flow) = flow
                && let Some(department) = flow.remove("departmentId")
            {
                let ids = match department {
                    Value::Null => Vec::new(),
                    id => vec![id],
                };
                flow.insert("departmentIds".into(), Value::Array(ids));
            }
        }
    }
    if let Some(Value::Object(settings)) = object.get_mut("healthSettings") {
        settings
            .entry("accessReviewMonths")
            .or_insert_with(|| Value::from(HealthSettings::default().access_review_months));
    }
    for key in [
        "people",
        "pillars",
        "styleGuides",
        "serviceLevels",
        "budgetLines",
        "procedureSteps",
    ] {
        object
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    object
}

/// Version 9 added the rules people meet: policies, the moderation
/// matrix, protocols, the crisis ladder, its pause checklist and the
/// playbook's settings; channels gained whether comments are open (not
/// known) and who moderates them, campaigns who moderates them, and the
/// health check the months between two drills.
fn v8_to_v9(mut object: Map<String, Value>) -> Map<String, Value> {
    for (list, fields) in [
        (
            "channels",
            &[
                ("commentsOpen", Value::Null),
                ("moderator", Value::from("")),
            ][..],
        ),
        ("campaigns", &[("moderator", Value::from(""))][..]),
    ] {
        if let Some(Value::Array(records)) = object.get_mut(list) {
            for record in records.iter_mut() {
                if let Value::Object(record) = record {
                    for (key, value) in fields {
                        record.entry(*key).or_insert_with(|| value.clone());
                    }
                }
            }
        }
    }
    if let Some(Value::Object(settings)) = object.get_mut("healthSettings") {
        settings
            .entry("drillMonths")
            .or_insert_with(|| Value::from(HealthSettings::default().drill_months));
    }
    for key in [
        "policies",
        "moderationRules",
        "protocols",
        "crisisLevels",
        "pauseSteps",
    ] {
        object
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    object
        .entry("crisis")
        .or_insert_with(|| serde_json::to_value(CrisisPlan::default()).unwrap_or_default());
    object
}

/// Version 6 added how the organization and the role are named in a
/// sentence (profile), decisions of the organization beside the
/// recommendations (and recommendations of unknown date), and the
/// document's classification, readers, score setting and the community
/// manager's own texts. The defaults print what version 5 printed, except
/// the fixed readers line.
fn v5_to_v6(mut object: Map<String, Value>) -> Map<String, Value> {
    let fill = |target: Option<&mut Value>, fields: &[(&str, Value)]| {
        if let Some(Value::Object(target)) = target {
            for (key, value) in fields {
                target.entry(*key).or_insert_with(|| value.clone());
            }
        }
    };
    fill(
        object.get_mut("profile"),
        &[
            ("nameInSentence", Value::from("")),
            ("nameGender", Value::Null),
            ("cmTitle", Value::from("")),
            ("cmTitleGender", Value::Null),
        ],
    );
    if let Some(Value::Array(entries)) = object.get_mut("recommendations") {
        for entry in entries.iter_mut() {
            fill(Some(entry), &[("kind", Value::from("recommendation"))]);
        }
    }
    fill(
        object.get_mut("document"),
        &[
            ("classification", Value::from("internal")),
            ("classificationLabel", Value::from("")),
            ("readers", Value::from("")),
            ("showScore", Value::from(true)),
            ("introduction", Value::from("")),
            ("chapterTexts", Value::Array(Vec::new())),
            ("summary", Value::from("")),
            ("summaryBasis", Value::from("")),
        ],
    );
    object
}

/// Parses `text` like `serde_json::Value`, except that an object with the
/// same key twice is an error rather than the last value winning. Errors
/// say where: the path being read, the line and the column.
fn strict(text: &str) -> Result<Value> {
    let state = RefCell::new(ReadState::default());
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let read = serde::de::DeserializeSeed::deserialize(Strict { state: &state }, &mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    let error = match read {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    let state = state.into_inner();
    let (line, column) = (error.line(), error.column());
    // serde counts columns in bytes; people count characters.
    let column = text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|l| l.get(..column.saturating_sub(1).min(l.len())))
        .map_or(column, |before| before.chars().count() + 1);
    let problem = match state.repeated {
        Some(key) => JsonProblem::DuplicateKey(key),
        None => JsonProblem::Syntax(syntax(&error)),
    };
    let mut found = JsonError::new(json_schema::path_text(&state.path), problem);
    if line > 0 {
        found.place.line = Some(line);
        found.place.column = Some(column);
    }
    Err(json_error(found))
}

/// The kind of a JSON syntax error, from serde's words.
fn syntax(error: &serde_json::Error) -> Syntax {
    if error.classify() == serde_json::error::Category::Eof {
        return Syntax::Eof;
    }
    let text = error.to_string();
    let has = |words: &str| text.contains(words);
    if has("trailing comma") {
        Syntax::TrailingComma
    } else if has("expected `,`") {
        Syntax::ExpectedComma
    } else if has("expected `:`") {
        Syntax::ExpectedColon
    } else if has("key must be a string") {
        Syntax::KeyMustBeText
    } else if has("control character") {
        Syntax::ControlCharacter
    } else if has("escape") || has("unicode") || has("surrogate") {
        Syntax::BadEscape
    } else if has("number") {
        Syntax::BadNumber
    } else if has("trailing characters") {
        Syntax::TrailingCharacters
    } else if has("expected value") || has("expected ident") {
        Syntax::ExpectedValue
    } else {
        Syntax::Other
    }
}

/// Where the reader is, and the key found twice, if any.
#[derive(Default)]
struct ReadState {
    path: Vec<Step>,
    repeated: Option<String>,
}

/// Reads one value, keeping track of the path.
#[derive(Clone, Copy)]
struct Strict<'s> {
    state: &'s RefCell<ReadState>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Value, D::Error> {
        serde::de::DeserializeSeed::deserialize(self, deserializer)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        loop {
            self.state.borrow_mut().path.push(Step::Index(items.len()));
            let Some(item) = seq.next_element_seed(self)? else {
                self.state.borrow_mut().path.pop();
                break;
            };
            self.state.borrow_mut().path.pop();
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                let mut state = self.state.borrow_mut();
                state.path.push(Step::Key(key.clone()));
                state.repeated = Some(key.clone());
                return Err(serde::de::Error::custom(format!(
                    "the key \"{key}\" appears twice in one object"
                )));
            }
            self.state.borrow_mut().path.push(Step::Key(key.clone()));
            let value = map.next_value_seed(self)?;
            self.state.borrow_mut().path.pop();
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::sample;

    #[test]
    fn a_key_written_twice_is_refused_not_half_read() {
        let text = sample::workspace(Lang::En)
            .to_json()
            .unwrap_or_else(|e| panic!("{e}"));
        // The profile's name twice: the second would silently win.
        let twice = text.replacen("\"name\": ", "\"name\": \"Forgotten\",\n    \"name\": ", 1);
        assert_ne!(twice, text);
        match WorkspaceDoc::from_json(&twice) {
            Err(Error::BadJson(error)) => {
                assert_eq!(error.problem, JsonProblem::DuplicateKey("name".into()));
                assert_eq!(error.place.path, "profile.name");
                // The second one, on the line after the first.
                assert_eq!(error.place.line, Some(6));
            }
            other => panic!("{other:?}"),
        }
        // The same key in two different objects is, of course, fine.
        assert!(WorkspaceDoc::from_json(&text).is_ok());
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_skipped() {
        let text = sample::workspace(Lang::Es)
            .to_json()
            .unwrap_or_else(|e| panic!("{e}"));
        let with_mark = format!("\u{feff}{text}");
        let read = WorkspaceDoc::from_json(&with_mark).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.to_json().unwrap_or_default(), text);
        // Only at the start: elsewhere it is not JSON white space.
        assert!(WorkspaceDoc::from_json(&format!("{text}\u{feff}")).is_err());
    }

    #[test]
    fn the_sample_round_trips_exactly() {
        for lang in Lang::ALL {
            let doc = sample::workspace(lang);
            let text = doc.to_json().unwrap_or_default();
            let back = WorkspaceDoc::from_json(&text);
            assert_eq!(back.as_ref().err(), None);
            assert_eq!(back.as_ref().ok(), Some(&doc));
            assert_eq!(back.and_then(|d| d.to_json()).unwrap_or_default(), text);
        }
    }

    #[test]
    fn a_version_1_export_is_migrated() {
        let v1 = include_str!("../../../tests/fixtures/workspace-v1.json");
        let doc = WorkspaceDoc::from_json(v1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        assert_eq!(doc.channels.len(), 9);
        assert_eq!(doc.profile.name, "Valdoria Regional Employment Agency");
        assert!(
            doc.channels
                .iter()
                .all(|c| c.audience_ids.is_empty() && c.owner_department_id.is_none())
        );
        assert!(doc.departments.is_empty());
    }

    /// The sample as a version 4 export held it: none of the rules people
    /// meet (they came with version 5).
    fn before_the_rules(mut doc: WorkspaceDoc) -> WorkspaceDoc {
        doc.policies.clear();
        doc.moderation_rules.clear();
        doc.protocols.clear();
        doc.crisis_levels.clear();
        doc.pause_steps.clear();
        doc.crisis = CrisisPlan::default();
        for channel in &mut doc.channels {
            channel.comments_open = None;
            channel.moderator.clear();
        }
        for campaign in &mut doc.campaigns {
            campaign.moderator.clear();
        }
        doc
    }

    #[test]
    fn a_version_2_export_gains_the_default_health_settings() {
        let v2 = include_str!("../../../tests/fixtures/workspace-v2.json");
        let doc = WorkspaceDoc::from_json(v2).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        assert_eq!(doc.health_settings, HealthSettings::default());
        assert!(doc.acknowledgements.is_empty());
        let mut expected = sample_as_in_version_4(Lang::En);
        expected.acknowledgements.clear();
        expected.health_settings = HealthSettings::default();
        expected.document = DocumentSettings::default();
        assert_eq!(doc, expected);
    }

    #[test]
    fn a_version_3_export_gains_the_default_document_settings() {
        let v3 = include_str!("../../../tests/fixtures/workspace-v3.json");
        let doc = WorkspaceDoc::from_json(v3).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        assert_eq!(doc.document, DocumentSettings::default());
        let mut expected = sample_as_in_version_4(Lang::Es);
        expected.document = DocumentSettings::default();
        assert_eq!(doc, expected);
    }

    #[test]
    fn a_version_8_export_gains_empty_rules_and_keeps_everything_else() {
        for (lang, v8) in [
            (
                Lang::Es,
                include_str!("../../../tests/fixtures/workspace-v8.json"),
            ),
            (
                Lang::En,
                include_str!("../../../tests/fixtures/workspace-v8-en.json"),
            ),
        ] {
            assert!(!v8.contains("\"policies\"") && !v8.contains("drillMonths"));
            let doc = WorkspaceDoc::from_json(v8).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(doc.version, FORMAT_VERSION);
            assert_eq!(doc.crisis, CrisisPlan::default());
            assert_eq!(doc.health_settings.drill_months, 12);
            // Whether a channel takes comments is not known, not "no".
            assert!(doc.channels.iter().all(|c| c.comments_open.is_none()));
            let mut expected = before_the_rules(sample::workspace(lang));
            expected.document = doc.document.clone();
            assert_eq!(doc, expected, "{lang:?}");
            // And it writes back as this version, exactly.
            let text = doc.to_json().unwrap_or_default();
            assert_eq!(WorkspaceDoc::from_json(&text).ok(), Some(doc));
        }
    }

    #[test]
    fn the_rules_are_checked_as_the_storage_would() {
        use crate::model::PolicyKind;
        // A second policy of a kind held once.
        let mut doc = sample::workspace(Lang::En);
        let mut copy = doc.policies[0].clone();
        copy.id = 99;
        copy.title = "Another title".into();
        doc.policies.push(copy.clone());
        assert!(matches!(
            WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default()),
            Err(Error::BadJson(_))
        ));
        // Two "other" policies are fine.
        doc.policies.pop();
        copy.kind = PolicyKind::Other;
        doc.policies.push(copy.clone());
        let mut second = copy;
        second.id = 100;
        second.title = "Yet another".into();
        doc.policies.push(second);
        assert_eq!(doc.check(), Ok(()));
        // Two levels on the same step of the ladder.
        let mut doc = sample::workspace(Lang::Es);
        doc.crisis_levels[1].rank = doc.crisis_levels[0].rank;
        assert!(matches!(doc.check(), Err(Error::BadJson(_))));
        // A dangling single voice, or pause item.
        let mut doc = sample::workspace(Lang::Es);
        doc.crisis.spokes_channel_id = Some(4242);
        assert!(matches!(doc.check(), Err(Error::BadJson(_))));
        let mut doc = sample::workspace(Lang::Es);
        doc.pause_steps[1].channel_id = Some(4242);
        assert!(matches!(doc.check(), Err(Error::BadJson(_))));
        let mut doc = sample::workspace(Lang::En);
        doc.moderation_rules[0].channel_ids = vec![1, 1];
        assert!(matches!(doc.check(), Err(Error::BadJson(_))));
    }

    #[test]
    fn a_version_7_export_keeps_everything_and_learns_nothing_it_did_not_say() {
        let v7 = include_str!("../../../tests/fixtures/workspace-v7.json");
        let before: Value = serde_json::from_str(v7).unwrap_or_default();
        let doc = WorkspaceDoc::from_json(v7).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        // Every channel is kept, its account's facts unknown — an active
        // one without the four answers too: imports are never gated.
        let channels = before["channels"].as_array().cloned().unwrap_or_default();
        assert_eq!(doc.channels.len(), channels.len());
        assert!(doc.channels.iter().all(|c| c.account == Account::default()));
        assert!(
            doc.channels
                .iter()
                .any(|c| c.status == crate::model::ChannelStatus::Active)
        );
        for (channel, old) in doc.channels.iter().zip(&channels) {
            assert_eq!(Value::from(channel.status.as_str()), old["status"]);
            assert_eq!(Value::from(channel.name.as_str()), old["name"]);
        }
        // A flow's department becomes its one department; all-staff, none.
        let flows = before["flows"].as_array().cloned().unwrap_or_default();
        for (flow, old) in doc.flows.iter().zip(&flows) {
            let expected: Vec<i64> = old["departmentId"].as_i64().into_iter().collect();
            assert_eq!(flow.department_ids, expected, "{}", flow.name);
        }
        assert!(doc.flows.iter().any(|f| f.department_ids.is_empty()));
        assert_eq!(doc.health_settings.access_review_months, 12);
        assert!(doc.people.is_empty() && doc.pillars.is_empty() && doc.style_guides.is_empty());
        assert!(doc.service_levels.is_empty() && doc.budget_lines.is_empty());
        assert!(doc.procedure_steps.is_empty());
        // And it round-trips as the current version.
        let text = doc.to_json().unwrap_or_default();
        assert_eq!(WorkspaceDoc::from_json(&text).ok(), Some(doc));
    }

    #[test]
    fn a_version_8_file_with_the_old_flow_field_is_refused() {
        let mut text = sample::workspace(Lang::En).to_json().unwrap_or_default();
        text = text.replacen(
            "\"departmentIds\": [\n        3\n      ],",
            "\"departmentId\": 3,",
            1,
        );
        assert!(
            text.contains("\"departmentId\": 3"),
            "the sample changed: adjust this test"
        );
        assert!(matches!(
            WorkspaceDoc::from_json(&text),
            Err(Error::BadJson { .. })
        ));
    }

    /// The sample as the version-7 Rumbo wrote it (read as this version:
    /// the sample of this one also shows how the channels run, which older
    /// files cannot hold).
    fn sample_as_in_version_7(lang: Lang) -> WorkspaceDoc {
        let text = match lang {
            Lang::En => include_str!("../../../tests/fixtures/workspace-v7-en.json"),
            Lang::Es => include_str!("../../../tests/fixtures/workspace-v7.json"),
        };
        WorkspaceDoc::from_json(text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The sample as a file of version 6 held it: no public holidays.
    fn sample_as_in_version_6(lang: Lang) -> WorkspaceDoc {
        let mut doc = sample_as_in_version_7(lang);
        doc.holidays.clear();
        for channel in &mut doc.channels {
            channel.network_name.clear();
        }
        doc
    }

    #[test]
    fn a_version_6_export_gains_an_empty_list_of_holidays_and_no_network_names() {
        let v6 = include_str!("../../../tests/fixtures/workspace-v6.json");
        assert!(!v6.contains("\"holidays\"") && !v6.contains("networkName"));
        let doc = WorkspaceDoc::from_json(v6).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        assert!(doc.holidays.is_empty());
        assert!(doc.channels.iter().all(|c| c.network_name.is_empty()));
        let mut expected = sample_as_in_version_6(Lang::Es);
        expected.document = doc.document.clone();
        assert_eq!(doc, expected);
        // And it writes back as the current version, which reads as itself.
        let again = WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default());
        assert_eq!(again.ok(), Some(doc));
    }

    #[test]
    fn holidays_and_network_names_round_trip_and_are_checked() {
        let mut doc = sample::workspace(Lang::En);
        assert!(!doc.holidays.is_empty());
        doc.channels[0].network = crate::model::Network::Other;
        doc.channels[0].network_name = "Pinterest".into();
        let text = doc.to_json().unwrap_or_default();
        let again = WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, doc);
        assert_eq!(again.channels[0].network_label(Lang::Es), "Pinterest");
        // A holiday without a name is refused, saying where.
        let mut bad = doc.clone();
        bad.holidays[0].name = " ".into();
        let error = WorkspaceDoc::from_json(&bad.to_json().unwrap_or_default());
        assert!(format!("{error:?}").contains("holidays"), "{error:?}");
    }

    /// The sample as a file of version 4 held it: no way of naming the
    /// organization or the role in a sentence, no decision entries.
    fn sample_as_in_version_4(lang: Lang) -> WorkspaceDoc {
        let mut doc = sample_as_in_version_6(lang);
        doc.profile.name_in_sentence.clear();
        doc.profile.name_gender = None;
        doc.profile.cm_title_gender = None;
        doc.recommendations.retain(|r| r.is_recommendation());
        doc
    }

    #[test]
    fn a_version_4_export_keeps_its_settings_and_gains_the_new_ones() {
        let v4 = include_str!("../../../tests/fixtures/workspace-v4.json");
        let doc = WorkspaceDoc::from_json(v4).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        let mut expected = sample_as_in_version_4(Lang::Es);
        expected.document = DocumentSettings {
            title: "Plan de redes sociales 2027".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
            hidden_sections: vec![crate::model::DocSection::Roadmap],
            ..DocumentSettings::in_language(Lang::Es)
        };
        assert_eq!(doc, expected);
        // What version 4 printed, it still prints (but no fixed readers).
        assert_eq!(
            doc.document.classification,
            crate::model::Classification::Internal
        );
        assert!(doc.document.show_score && doc.document.readers.is_empty());
        assert!(
            doc.recommendations
                .iter()
                .all(|r| r.kind == crate::model::EntryKind::Recommendation && r.date.is_some())
        );
        // And it writes back as the current version, which reads as itself.
        let again = WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default());
        assert_eq!(again.ok(), Some(doc));
    }

    #[test]
    fn a_version_4_export_reads_as_known_values() {
        let v4 = include_str!("../../../tests/fixtures/workspace-v4.json");
        assert!(
            !v4.contains("\"kind\": \"value\""),
            "a version 4 export has no measurement kind"
        );
        let doc = WorkspaceDoc::from_json(v4).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.version, FORMAT_VERSION);
        // Every measurement a value, every effort known.
        assert!(!doc.measurements.is_empty());
        assert!(
            doc.measurements
                .iter()
                .all(|m| m.kind == crate::model::MeasurementKind::Value)
        );
        assert!(doc.channels.iter().all(|c| c.weekly_effort_hours.is_some()));
    }

    #[test]
    fn what_is_not_known_round_trips_as_null_and_new_kinds() {
        use crate::model::{Cadence, MeasurementKind, ObjectiveStatus};
        let mut doc = sample::workspace(Lang::En);
        doc.channels[0].weekly_effort_hours = None;
        // Genders left unsaid, an entry of unknown date.
        doc.profile.name_gender = None;
        doc.profile.cm_title_gender = None;
        doc.recommendations[0].date = None;
        doc.objectives[0].status = ObjectiveStatus::Closed;
        doc.measurements[0].kind = MeasurementKind::Change;
        doc.flows[0].cadence = Cadence::Daily {
            start: None,
            weekdays_only: false,
            until: None,
        };
        doc.flows[1].cadence = Cadence::Weekly {
            start: None,
            every_weeks: 2,
            until: None,
        };
        let json = doc.to_json().unwrap_or_default();
        assert!(json.contains("\"weeklyEffortHours\": null"), "{json}");
        assert!(json.contains("\"status\": \"closed\""));
        assert!(json.contains("\"kind\": \"change\""));
        assert!(json.contains("\"kind\": \"daily\""));
        let back = WorkspaceDoc::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, doc);
    }

    #[test]
    fn refuses_what_it_cannot_read_losslessly() {
        let good = sample::workspace(Lang::En).to_json().unwrap_or_default();
        let cases = [
            ("", "bad_json"),
            ("[1,2]", "bad_json"),
            ("{\"format\":\"other\",\"version\":1}", "bad_json"),
            ("{\"format\":\"rumbo-workspace\"}", "bad_json"),
            (
                "{\"format\":\"rumbo-workspace\",\"version\":99}",
                "unsupported_json_version",
            ),
        ];
        for (text, code) in cases {
            let error = WorkspaceDoc::from_json(text).err();
            let got = error.map(|e| serde_json::to_string(&e.code()).unwrap_or_default());
            assert_eq!(got, Some(format!("\"{code}\"")), "{text}");
        }
        let unknown = good.replacen("\"handle\"", "\"hnadle\"", 1);
        assert!(matches!(
            WorkspaceDoc::from_json(&unknown),
            Err(Error::BadJson(e)) if matches!(e.problem, JsonProblem::UnknownField { .. })
        ));
        let unnamed = good.replacen(
            "\"name\": \"Valdoria Regional Employment Agency\"",
            "\"name\": \" \"",
            1,
        );
        assert!(matches!(
            WorkspaceDoc::from_json(&unnamed),
            Err(Error::BadJson(e)) if e.place.path == "profile.name"
                && matches!(e.problem, JsonProblem::Invalid(_))
        ));
    }

    #[test]
    fn repeated_names_ids_and_dangling_links_are_refused() {
        let mut doc = sample::workspace(Lang::Es);
        let mut copy = doc.channels[0].clone();
        copy.id = 999;
        copy.audience_ids.clear();
        doc.channels.push(copy);
        let count = doc.channels.len();
        match WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default()) {
            Err(error @ Error::BadJson(_)) => {
                let message = error.message(Lang::Es);
                assert!(
                    message.contains(&format!("channels[{}].name (línea ", count - 1)),
                    "{message}"
                );
                assert!(
                    message.contains("Ya existe otro canal con este nombre."),
                    "{message}"
                );
            }
            other => panic!("expected a duplicate-name error, got {other:?}"),
        }
        let mut doc = sample::workspace(Lang::Es);
        doc.channels[1].id = doc.channels[0].id;
        let id = doc.channels[0].id;
        assert!(matches!(
            WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default()),
            Err(Error::BadJson(e)) if e.problem == JsonProblem::RepeatedId(id)
                && e.place.path == "channels[1].id"
        ));

        let mut doc = sample::workspace(Lang::En);
        doc.objectives[0].channel_ids.push(4242);
        let at = doc.objectives[0].channel_ids.len() - 1;
        assert!(matches!(
            WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default()),
            Err(Error::BadJson(e)) if e.place.path == format!("objectives[0].channelIds[{at}]")
                && matches!(e.problem, JsonProblem::Dangling { id: 4242, .. })
        ));

        let mut doc = sample::workspace(Lang::En);
        doc.audiences[0].channel_ids.clear();
        assert!(matches!(
            WorkspaceDoc::from_json(&doc.to_json().unwrap_or_default()),
            Err(Error::BadJson(e)) if matches!(e.problem, JsonProblem::LinksDisagree { .. })
        ));
    }
}
