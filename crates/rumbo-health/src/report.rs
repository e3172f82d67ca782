//! What the health check returns: a report of findings and a score. Every
//! type here crosses IPC to the window, so they are plain data (serialized
//! camelCase, enums snake_case) with TypeScript declarations from ts-rs.

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::model::Acknowledgement;
use serde::Serialize;
use ts_rs::TS;

/// How serious a finding is, the most important first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The strategy is broken here: fix it before anything else.
    Error,
    /// A weakness that will cost results.
    Warning,
    /// An opportunity or a loose end.
    Advice,
}

impl Severity {
    /// Every severity, the most important first.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Advice];

    /// The weight of a rule of this severity in the readiness score.
    pub fn weight(self) -> u32 {
        match self {
            Severity::Error => 3,
            Severity::Warning => 2,
            Severity::Advice => 1,
        }
    }

    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }

    /// "Error", "Warning", "Advice" in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => "Error",
            Severity::Warning => lang.pick("Warning", "Aviso"),
            Severity::Advice => lang.pick("Advice", "Consejo"),
        }
    }
}

/// The part of the strategy a finding belongs to, in the order of the app's
/// sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "HealthSection")]
pub enum Section {
    Organization,
    Departments,
    Audiences,
    Channels,
    /// The registry of accounts.
    Accounts,
    /// The editorial line and the service levels.
    Editorial,
    Objectives,
    Campaigns,
    Internal,
    Recommendations,
    Conduct,
    Crisis,
    Policies,
}

impl Section {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Organization => "organization",
            Section::Departments => "departments",
            Section::Audiences => "audiences",
            Section::Channels => "channels",
            Section::Accounts => "accounts",
            Section::Editorial => "editorial",
            Section::Objectives => "objectives",
            Section::Campaigns => "campaigns",
            Section::Internal => "internal",
            Section::Recommendations => "recommendations",
            Section::Conduct => "conduct",
            Section::Crisis => "crisis",
            Section::Policies => "policies",
        }
    }

    /// The section's name in `lang`, as the app shows it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Section::Organization => lang.pick("Organization", "Organización"),
            Section::Departments => lang.pick("Departments", "Departamentos"),
            Section::Audiences => lang.pick("Audiences", "Públicos"),
            Section::Channels => lang.pick("Channels", "Canales"),
            Section::Accounts => lang.pick("Accounts", "Cuentas"),
            Section::Editorial => lang.pick("Editorial line", "Línea editorial"),
            Section::Objectives => lang.pick("Objectives", "Objetivos"),
            Section::Campaigns => lang.pick("Campaigns", "Campañas"),
            Section::Internal => lang.pick("Internal communication", "Comunicación interna"),
            Section::Recommendations => lang.pick("Recommendations", "Recomendaciones"),
            Section::Conduct => lang.pick("Conduct and moderation", "Conducta y moderación"),
            Section::Crisis => lang.pick("Crisis playbook", "Protocolo de crisis"),
            Section::Policies => lang.pick("Policies", "Políticas"),
        }
    }
}

/// The kind of thing a finding points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Profile,
    Department,
    Channel,
    Objective,
    Campaign,
    /// Spelled `internal_flow` on the wire and in finding keys: keys are
    /// kept with acknowledgements in workspaces, so the spelling stays.
    #[serde(rename = "internal_flow")]
    Flow,
    InfoNeed,
    Recommendation,
    /// A channel seen as an account (its id is the channel's): the window
    /// opens it in the registry of accounts.
    Account,
    Person,
    Pillar,
    ServiceLevel,
    Policy,
    ModerationRule,
    CrisisLevel,
    /// The crisis playbook's settings.
    CrisisPlan,
    HealthSettings,
    Workspace,
}

impl TargetKind {
    /// The stable snake_case name, as used in finding keys.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Profile => "profile",
            TargetKind::Department => "department",
            TargetKind::Channel => "channel",
            TargetKind::Objective => "objective",
            TargetKind::Campaign => "campaign",
            TargetKind::Flow => "internal_flow",
            TargetKind::InfoNeed => "info_need",
            TargetKind::Recommendation => "recommendation",
            TargetKind::Account => "account",
            TargetKind::Person => "person",
            TargetKind::Pillar => "pillar",
            TargetKind::ServiceLevel => "service_level",
            TargetKind::Policy => "policy",
            TargetKind::ModerationRule => "moderation_rule",
            TargetKind::CrisisLevel => "crisis_level",
            TargetKind::CrisisPlan => "crisis_plan",
            TargetKind::HealthSettings => "health_settings",
            TargetKind::Workspace => "workspace",
        }
    }
}

/// The thing to fix: what the window opens and which field it focuses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "FindingTarget")]
pub struct Target {
    pub entity: TargetKind,
    /// The record's id; none for the profile, the settings and the workspace
    /// as a whole.
    pub id: Option<i64>,
    /// The camelCase name of the field to focus (`kpiMetric`, `culture`,
    /// `cmWeeklyHours`), when one field is at fault.
    pub field: Option<String>,
}

/// One thing the check found.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable across runs: `{rule}/{entity}/{id}`, `{rule}/profile/{field}`
    /// or `{rule}/workspace`. An [`Acknowledgement`] refers to it.
    pub key: String,
    /// The id of the rule that found it.
    pub rule: String,
    pub severity: Severity,
    pub section: Section,
    /// What is wrong, naming the thing at fault, in the report's language.
    pub message: String,
    /// Why it matters: the principle the rule comes from.
    pub principle: String,
    pub target: Target,
    /// Set when the community manager accepted this finding as a known risk:
    /// it stays in the report but no longer lowers the score.
    pub acknowledged: Option<Acknowledgement>,
}

/// How many findings of each kind. Acknowledged findings count only in
/// `acknowledged`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "FindingCounts")]
pub struct Counts {
    pub errors: u32,
    pub warnings: u32,
    pub advice: u32,
    pub acknowledged: u32,
}

/// One rule's part in the readiness score.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleScore {
    pub rule: String,
    /// The rule's title in the report's language.
    pub title: String,
    pub severity: Severity,
    /// 3 for an error rule, 2 for a warning, 1 for advice.
    pub weight: u32,
    /// How many things the rule looked at (1 for a workspace-wide rule); 0
    /// when it does not apply, and then it leaves the score's calculation.
    pub checked: u32,
    /// How many of them fail it and are not accepted as a risk: those with
    /// a finding of this rule, and those a broader rule reports for them
    /// (a presence-only objective also fails "objectives are SMART").
    pub failing: u32,
    /// `weight × (1 − failing ÷ checked)`; 0 when the rule does not apply.
    pub earned: f64,
    /// Why the rule could not check what it looks at, when the workspace
    /// marks something it needs as not known (a channel's effort nobody
    /// measured): it then leaves the score instead of passing, and says so.
    pub cannot_check: Option<String>,
}

/// A part every strategy needs. Each one missing takes 20 points off the
/// most the readiness score can reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "HealthFoundation")]
pub enum Foundation {
    /// Culture, values or brand voice written down.
    Identity,
    /// At least one audience.
    Audiences,
    /// At least one channel active or planned.
    Channels,
    /// At least one objective that is not dropped.
    Objectives,
    /// At least one internal-communication flow.
    InternalPlan,
    /// The CM's role mapped in the RACI grid.
    CmRole,
}

impl Foundation {
    /// Every foundation, in the order the app's sections show them.
    pub const ALL: [Foundation; 6] = [
        Foundation::Identity,
        Foundation::CmRole,
        Foundation::Audiences,
        Foundation::Channels,
        Foundation::Objectives,
        Foundation::InternalPlan,
    ];

    /// What it is, in `lang`, as a sentence's object: "the organization's
    /// identity", "la identidad de la organización".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Foundation::Identity => lang.pick(
                "the organization's identity (culture, values or brand voice)",
                "la identidad de la organización (cultura, valores o voz de marca)",
            ),
            Foundation::Audiences => lang.pick("the audiences", "los públicos"),
            Foundation::Channels => lang.pick("the channels in use", "los canales en uso"),
            Foundation::Objectives => lang.pick("the objectives", "los objetivos"),
            Foundation::InternalPlan => lang.pick(
                "the internal-communication plan",
                "el plan de comunicación interna",
            ),
            Foundation::CmRole => lang.pick(
                "the CM's role across departments (the RACI grid)",
                "el papel del CM en los departamentos (la tabla RACI)",
            ),
        }
    }

    /// The key of the finding that reports it missing.
    pub fn finding_keys(self) -> &'static [&'static str] {
        match self {
            Foundation::Identity => &[
                "identity-empty/profile/culture",
                "identity-empty/profile/values",
                "identity-empty/profile/brandVoice",
            ],
            Foundation::Audiences => &["no-audiences/workspace"],
            Foundation::Channels => &["no-channels/workspace"],
            Foundation::Objectives => &["no-objectives/workspace"],
            Foundation::InternalPlan => &["no-internal-plan/workspace"],
            Foundation::CmRole => &["cm-role-single-department/workspace"],
        }
    }
}

/// The result of a health check. Its TypeScript name is `HealthReport`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "HealthReport")]
pub struct Report {
    /// The day the check was made for.
    pub as_of: NaiveDate,
    /// Readiness, 0 to 100: the lower of `points` and `ceiling` (see
    /// [`crate::score_explanation`]).
    pub score: u8,
    /// The points earned by the rules that apply, out of 100.
    pub points: u8,
    /// The most the score can reach: 100, less 20 for each missing
    /// foundation; with open errors, at most 69, and 5 less for each error
    /// after the first.
    pub ceiling: u8,
    /// The foundations the strategy lacks (not accepted as a risk).
    pub missing: Vec<Foundation>,
    /// Every finding, acknowledged or not: errors first, then by section,
    /// rule and the id of the thing at fault.
    pub findings: Vec<Finding>,
    pub counts: Counts,
    /// Each rule's part in the score, in the catalogue's order.
    pub breakdown: Vec<RuleScore>,
}

impl Report {
    /// True when some error is not acknowledged.
    pub fn has_errors(&self) -> bool {
        self.counts.errors > 0
    }
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Bilingual {
    pub en: String,
    pub es: String,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }
}

/// A rule of the catalogue, for the documentation and the window.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// Stable kebab-case id, the first part of its findings' keys.
    pub id: String,
    pub severity: Severity,
    pub section: Section,
    /// Its weight in the score (from the severity).
    pub weight: u32,
    /// What it checks, in a few words.
    pub title: Bilingual,
    /// Why: a short paraphrase of the essay it comes from.
    pub principle: Bilingual,
    /// A situation that triggers it.
    pub example: Bilingual,
}

impl RuleInfo {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        self.title.get(lang)
    }

    /// The principle in `lang`.
    pub fn principle(&self, lang: Lang) -> &str {
        self.principle.get(lang)
    }
}
