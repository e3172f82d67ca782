//! The shape of the JSON interchange format, field by field, and a reader
//! that checks a document against it before its records are built — so
//! that every mistake is told where it is (`channels[3].network`, line 57,
//! column 18) and what was expected, in the reader's language, with the
//! allowed values and their JSON names.
//!
//! The schema mirrors the model's serde types; a test keeps them in step
//! (every field the model writes is here, and a document this reader
//! accepts always deserializes). Fields whose empty value is obvious — a
//! text that may be empty, a date or link that may be `null`, a list — may
//! be left out and are read as empty; nothing is dropped silently.

use serde_json::{Map, Value};

use crate::error::Entity;
use crate::json_error::{
    Choices, Expected, Found, Hint, JsonError, JsonObject, JsonProblem, nearest,
};
use crate::lang::Lang;
use crate::model::{
    BudgetCategory, BudgetPeriod, ChannelStatus, Classification, Decision, Direction, DocSection,
    Duty, EntryKind, Gender, InternalChannel, MeasurementKind, ModerationAction, Monitoring,
    Network, ObjectiveKind, ObjectiveStatus, PauseWhat, Phase, PolicyKind, PolicyStatus,
    ProtocolKind, RaciRole, Register, ResponseUnit, Urgency, Weekday,
};

/// Which whole numbers a field holds, as the model's types do.
#[derive(Clone, Copy)]
enum Int {
    /// A decimal number (f64).
    No,
    U8,
    U32,
    I32,
    I64,
}

/// What a field holds.
#[derive(Clone, Copy)]
enum Kind {
    /// Text that may be empty; left out, it is empty.
    Text,
    /// Text that must be there (a name, a title, a key).
    RequiredText,
    /// Text, or `null` (not set); left out, it is `null`.
    OptText,
    /// A list of texts; left out, it is empty.
    Texts,
    Bool,
    /// `true`, `false` or `null` (not known); left out, it is `null`.
    OptBool,
    Number {
        int: Int,
        en: &'static str,
        es: &'static str,
        nullable: bool,
    },
    Date {
        nullable: bool,
    },
    /// The record's own id.
    Id,
    Link {
        to: Entity,
        nullable: bool,
    },
    /// A list of ids; left out, it is empty.
    Links {
        to: Entity,
    },
    Choice {
        choices: fn() -> Choices,
        nullable: bool,
    },
    /// A list of choices; left out, it is empty.
    ChoiceList {
        choices: fn() -> Choices,
    },
    Object(&'static Schema),
    /// A list of objects; left out, it is empty.
    List(&'static Schema),
    /// An internal flow's cadence: an object whose fields depend on its kind.
    Cadence,
    Exactly(&'static str),
    Version,
}

struct Field {
    name: &'static str,
    kind: Kind,
}

/// The fields of one kind of object.
pub(crate) struct Schema {
    object: JsonObject,
    fields: &'static [Field],
}

const fn f(name: &'static str, kind: Kind) -> Field {
    Field { name, kind }
}

const TEXT: Kind = Kind::Text;
const REQUIRED: Kind = Kind::RequiredText;
const ID: Kind = Kind::Id;
const DATE: Kind = Kind::Date { nullable: false };
const OPT_DATE: Kind = Kind::Date { nullable: true };
const fn link(to: Entity) -> Kind {
    Kind::Link {
        to,
        nullable: false,
    }
}
const fn opt_link(to: Entity) -> Kind {
    Kind::Link { to, nullable: true }
}
const fn links(to: Entity) -> Kind {
    Kind::Links { to }
}
const fn opt_choice(choices: fn() -> Choices) -> Kind {
    Kind::Choice {
        choices,
        nullable: true,
    }
}
const fn choice(choices: fn() -> Choices) -> Kind {
    Kind::Choice {
        choices,
        nullable: false,
    }
}
const fn number(int: Int, en: &'static str, es: &'static str) -> Kind {
    Kind::Number {
        int,
        en,
        es,
        nullable: false,
    }
}
const POSITION: Kind = number(
    Int::I64,
    "a whole number (its place in the list)",
    "un número entero (su lugar en la lista)",
);
const FIGURE: Kind = number(
    Int::No,
    "a number from -10¹⁵ to 10¹⁵",
    "un número entre -10¹⁵ y 10¹⁵",
);
const OPT_FIGURE: Kind = Kind::Number {
    int: Int::No,
    en: "a number from -10¹⁵ to 10¹⁵",
    es: "un número entre -10¹⁵ y 10¹⁵",
    nullable: true,
};
const DAYS: Kind = number(
    Int::U32,
    "a whole number of days, from 1 to 3650",
    "un número entero de días, de 1 a 3650",
);
const FIT: Kind = number(Int::No, "a number from 0 to 5", "un número de 0 a 5");

fn labelled<E: Copy + 'static>(
    what: (&'static str, &'static str),
    all: &'static [E],
    name: fn(E) -> &'static str,
    label: fn(E, Lang) -> &'static str,
) -> Choices {
    Choices {
        what,
        values: all
            .iter()
            .map(|e| (name(*e), label(*e, Lang::En), label(*e, Lang::Es)))
            .collect(),
    }
}

fn networks() -> Choices {
    labelled(
        ("one of the networks", "una de las redes"),
        Network::ALL,
        Network::as_str,
        Network::label,
    )
}
fn channel_statuses() -> Choices {
    labelled(
        (
            "one of a channel's statuses",
            "uno de los estados de un canal",
        ),
        ChannelStatus::ALL,
        ChannelStatus::as_str,
        ChannelStatus::label,
    )
}
fn objective_kinds() -> Choices {
    labelled(
        (
            "one of the kinds of objective",
            "uno de los tipos de objetivo",
        ),
        ObjectiveKind::ALL,
        ObjectiveKind::as_str,
        ObjectiveKind::label,
    )
}
fn objective_statuses() -> Choices {
    labelled(
        (
            "one of an objective's statuses",
            "uno de los estados de un objetivo",
        ),
        ObjectiveStatus::ALL,
        ObjectiveStatus::as_str,
        ObjectiveStatus::label,
    )
}
fn measurement_kinds() -> Choices {
    labelled(
        (
            "one of the kinds of measurement",
            "uno de los tipos de medición",
        ),
        MeasurementKind::ALL,
        MeasurementKind::as_str,
        MeasurementKind::label,
    )
}
fn raci_roles() -> Choices {
    labelled(
        ("one of the RACI roles", "uno de los papeles RACI"),
        RaciRole::ALL,
        RaciRole::as_str,
        RaciRole::label,
    )
}
fn directions() -> Choices {
    labelled(
        ("one of the directions", "una de las direcciones"),
        Direction::ALL,
        Direction::as_str,
        Direction::label,
    )
}
fn internal_channels() -> Choices {
    labelled(
        (
            "one of the internal channels",
            "uno de los canales internos",
        ),
        InternalChannel::ALL,
        InternalChannel::as_str,
        InternalChannel::label,
    )
}
fn urgencies() -> Choices {
    labelled(
        ("one of the urgencies", "una de las urgencias"),
        Urgency::ALL,
        Urgency::as_str,
        Urgency::label,
    )
}
fn decisions() -> Choices {
    labelled(
        ("one of the decisions", "una de las decisiones"),
        Decision::ALL,
        Decision::as_str,
        Decision::label,
    )
}
fn duties() -> Choices {
    labelled(
        ("one of the duties", "una de las funciones"),
        Duty::ALL,
        Duty::as_str,
        Duty::label,
    )
}
fn registers() -> Choices {
    labelled(
        ("one of the registers", "uno de los registros"),
        Register::ALL,
        Register::as_str,
        Register::label,
    )
}
fn monitorings() -> Choices {
    labelled(
        (
            "one of the monitoring frequencies",
            "una de las frecuencias de seguimiento",
        ),
        Monitoring::ALL,
        Monitoring::as_str,
        Monitoring::label,
    )
}
fn response_units() -> Choices {
    labelled(
        ("one of the units of time", "una de las unidades de tiempo"),
        ResponseUnit::ALL,
        ResponseUnit::as_str,
        ResponseUnit::label,
    )
}
fn budget_categories() -> Choices {
    labelled(
        (
            "one of the budget categories",
            "una de las categorías del presupuesto",
        ),
        BudgetCategory::ALL,
        BudgetCategory::as_str,
        BudgetCategory::label,
    )
}
fn budget_periods() -> Choices {
    labelled(
        ("one of the periods", "uno de los periodos"),
        BudgetPeriod::ALL,
        BudgetPeriod::as_str,
        BudgetPeriod::label,
    )
}
fn phases() -> Choices {
    labelled(
        ("one of the phases", "una de las fases"),
        Phase::ALL,
        Phase::as_str,
        Phase::label,
    )
}
fn policy_kinds() -> Choices {
    labelled(
        ("one of the kinds of policy", "uno de los tipos de política"),
        PolicyKind::ALL,
        PolicyKind::as_str,
        PolicyKind::label,
    )
}
fn policy_statuses() -> Choices {
    labelled(
        (
            "one of a policy's statuses",
            "uno de los estados de una política",
        ),
        PolicyStatus::ALL,
        PolicyStatus::as_str,
        PolicyStatus::label,
    )
}
fn moderation_actions() -> Choices {
    labelled(
        (
            "one of the moderation actions",
            "una de las acciones de moderación",
        ),
        ModerationAction::ALL,
        ModerationAction::as_str,
        ModerationAction::label,
    )
}
fn protocol_kinds() -> Choices {
    labelled(
        (
            "one of the kinds of protocol",
            "uno de los tipos de protocolo",
        ),
        ProtocolKind::ALL,
        ProtocolKind::as_str,
        ProtocolKind::label,
    )
}
fn pause_whats() -> Choices {
    labelled(
        (
            "one of the things to pause",
            "una de las cosas que se pausan",
        ),
        PauseWhat::ALL,
        PauseWhat::as_str,
        PauseWhat::label,
    )
}
fn weekdays() -> Choices {
    labelled(
        ("a day of the week", "un día de la semana"),
        Weekday::ALL,
        Weekday::as_str,
        Weekday::label,
    )
}
fn sections() -> Choices {
    labelled(
        (
            "one of the sections of the document",
            "una de las secciones del documento",
        ),
        DocSection::ALL,
        DocSection::as_str,
        DocSection::label,
    )
}
fn genders() -> Choices {
    labelled(
        (
            "one of the grammatical genders",
            "uno de los géneros gramaticales",
        ),
        Gender::ALL,
        Gender::as_str,
        Gender::label,
    )
}
fn entry_kinds() -> Choices {
    labelled(
        (
            "one of the kinds of log entry",
            "uno de los tipos de entrada del registro",
        ),
        EntryKind::ALL,
        EntryKind::as_str,
        EntryKind::label,
    )
}
fn classifications() -> Choices {
    labelled(
        ("one of the classifications", "una de las clasificaciones"),
        Classification::ALL,
        Classification::as_str,
        Classification::label,
    )
}
fn languages() -> Choices {
    Choices {
        what: ("one of the languages", "uno de los idiomas"),
        values: vec![("en", "English", "Inglés"), ("es", "Spanish", "Español")],
    }
}
fn cadence_kinds() -> Choices {
    Choices {
        what: (
            "one of the kinds of cadence",
            "uno de los tipos de cadencia",
        ),
        values: vec![
            ("one_off", "Once", "Una vez"),
            ("daily", "Daily", "Diaria"),
            ("weekly", "Weekly", "Semanal"),
            (
                "monthly_weekday",
                "Monthly, on a weekday",
                "Mensual, en un día de la semana",
            ),
            (
                "monthly_day",
                "Monthly, on a day",
                "Mensual, en un día del mes",
            ),
            ("as_needed", "As needed", "Cuando haga falta"),
        ],
    }
}

/// Old names people still write, and the value they mean.
const OLD_NAMES: &[(&str, &str)] = &[
    ("twitter", "x"),
    ("x_twitter", "x"),
    ("twitter_x", "x"),
    ("whatsapp", "whatsapp_channel"),
    ("fb", "facebook"),
    ("ig", "instagram"),
    ("insta", "instagram"),
    ("yt", "youtube"),
    ("bsky", "bluesky"),
    ("linked_in", "linkedin"),
    ("tik_tok", "tiktok"),
];

/// Field names people write in Spanish, and the JSON name they mean.
const SPANISH_FIELDS: &[(&str, &str)] = &[
    ("nombre", "name"),
    ("titulo", "title"),
    ("descripcion", "description"),
    ("estado", "status"),
    ("red", "network"),
    ("fecha", "date"),
    ("tipo", "kind"),
    ("notas", "notes"),
    ("proposito", "purpose"),
    ("responsable", "owner"),
    ("meta", "target"),
    ("valor", "value"),
    ("inicio", "start"),
    ("fin", "end"),
    ("decision", "decision"),
    ("urgencia", "urgency"),
    ("direccion", "direction"),
    ("canal", "channel"),
    ("tono", "tone"),
    ("idiomas", "languages"),
    ("mision", "mission"),
    ("cultura", "culture"),
    ("valores", "values"),
    ("sector", "sector"),
];

static PROFILE: Schema = Schema {
    object: JsonObject::Record(Entity::Profile),
    fields: &[
        f("name", REQUIRED),
        f("sector", TEXT),
        f("mission", TEXT),
        f("culture", TEXT),
        f("values", TEXT),
        f("brandVoice", TEXT),
        f("nameInSentence", TEXT),
        f("nameGender", opt_choice(genders)),
        f("cmName", TEXT),
        f("cmTitle", TEXT),
        f("cmTitleGender", opt_choice(genders)),
        f("cmReportsTo", TEXT),
        f("languages", Kind::Texts),
        f("planningStart", OPT_DATE),
        f("planningEnd", OPT_DATE),
    ],
};

static DEPARTMENT: Schema = Schema {
    object: JsonObject::Record(Entity::Department),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("head", TEXT),
        f("notes", TEXT),
    ],
};

static ACTIVITY: Schema = Schema {
    object: JsonObject::Record(Entity::Activity),
    fields: &[f("id", ID), f("name", REQUIRED), f("position", POSITION)],
};

static RACI: Schema = Schema {
    object: JsonObject::Record(Entity::RaciCell),
    fields: &[
        f("departmentId", link(Entity::Department)),
        f("activityId", link(Entity::Activity)),
        f("role", choice(raci_roles)),
    ],
};

static AUDIENCE: Schema = Schema {
    object: JsonObject::Record(Entity::Audience),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("description", TEXT),
        f("needs", TEXT),
        f("whereabouts", TEXT),
        f("channelIds", links(Entity::Channel)),
    ],
};

static FIT_CRITERION: Schema = Schema {
    object: JsonObject::Record(Entity::FitCriterion),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("description", TEXT),
        f(
            "weight",
            number(
                Int::U32,
                "a whole number from 0 to 10",
                "un número entero de 0 a 10",
            ),
        ),
        f("position", POSITION),
    ],
};

static FIT_SCORE: Schema = Schema {
    object: JsonObject::FitScore,
    fields: &[
        f("criterionId", link(Entity::FitCriterion)),
        f(
            "score",
            number(
                Int::U8,
                "a whole number from 0 to 5",
                "un número entero de 0 a 5",
            ),
        ),
    ],
};

static CHANNEL: Schema = Schema {
    object: JsonObject::Record(Entity::Channel),
    fields: &[
        f("id", ID),
        f("network", choice(networks)),
        f("networkName", TEXT),
        f("name", REQUIRED),
        f("handle", TEXT),
        f("status", choice(channel_statuses)),
        f("purpose", TEXT),
        f("tone", TEXT),
        f("cadence", TEXT),
        f("owner", TEXT),
        f("ownerDepartmentId", opt_link(Entity::Department)),
        f(
            "weeklyEffortHours",
            Kind::Number {
                int: Int::No,
                en: "a number of hours a week, from 0 to 168",
                es: "un número de horas a la semana, de 0 a 168",
                nullable: true,
            },
        ),
        f("rejectionReason", TEXT),
        f("notes", TEXT),
        f("audienceIds", links(Entity::Audience)),
        f("fitScores", Kind::List(&FIT_SCORE)),
        f("commentsOpen", Kind::OptBool),
        f("moderator", TEXT),
        f("account", Kind::Object(&ACCOUNT)),
    ],
};

static ACCOUNT: Schema = Schema {
    object: JsonObject::Record(Entity::Channel),
    fields: &[
        f("url", TEXT),
        f("managerId", opt_link(Entity::Person)),
        f("adminIds", links(Entity::Person)),
        f("twoFactor", Kind::OptBool),
        f("credentialsCustodian", TEXT),
        f("lastAccessReview", OPT_DATE),
        f("requestedOn", OPT_DATE),
        f("requestedBy", TEXT),
        f("approvedOn", OPT_DATE),
        f("approvedBy", TEXT),
        f("openedOn", OPT_DATE),
        f("closedOn", OPT_DATE),
        f("closedBy", TEXT),
        f("contentAfterClosing", TEXT),
        f("forEvent", Kind::Bool),
        f("endsOn", OPT_DATE),
        f("closingPlan", TEXT),
        f("answers", Kind::Object(&ANSWERS)),
    ],
};

static ANSWERS: Schema = Schema {
    object: JsonObject::Record(Entity::Channel),
    fields: &[
        f("objectives", TEXT),
        f("audience", TEXT),
        f("resources", TEXT),
        f("content", TEXT),
    ],
};

const HOURS_A_WEEK: Kind = Kind::Number {
    int: Int::No,
    en: "a number of hours a week, from 0 to 168",
    es: "un número de horas a la semana, de 0 a 168",
    nullable: true,
};

static PERSON: Schema = Schema {
    object: JsonObject::Record(Entity::Person),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("role", TEXT),
        f("duty", choice(duties)),
        f("departmentId", opt_link(Entity::Department)),
        f("weeklyHours", HOURS_A_WEEK),
        f("notes", TEXT),
    ],
};

static PILLAR_SHARE: Schema = Schema {
    object: JsonObject::Record(Entity::Pillar),
    fields: &[
        f("channelId", link(Entity::Channel)),
        f(
            "percent",
            Kind::Number {
                int: Int::No,
                en: "a percentage, from 0 to 100",
                es: "un porcentaje, de 0 a 100",
                nullable: true,
            },
        ),
    ],
};

static PILLAR: Schema = Schema {
    object: JsonObject::Record(Entity::Pillar),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("purpose", TEXT),
        f("examples", TEXT),
        f("objectiveIds", links(Entity::Objective)),
        f("shares", Kind::List(&PILLAR_SHARE)),
    ],
};

static STYLE_GUIDE: Schema = Schema {
    object: JsonObject::Record(Entity::StyleGuide),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("channelIds", links(Entity::Channel)),
        f("language", TEXT),
        f("register", opt_choice(registers)),
        f("dos", TEXT),
        f("donts", TEXT),
        f("formats", TEXT),
        f("hashtags", TEXT),
        f("postingTimes", TEXT),
        f("accessibility", TEXT),
        f("graphicIdentity", TEXT),
    ],
};

static SERVICE_LEVEL: Schema = Schema {
    object: JsonObject::Record(Entity::ServiceLevel),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("channelIds", links(Entity::Channel)),
        f("days", Kind::ChoiceList { choices: weekdays }),
        f("opens", Kind::OptText),
        f("closes", Kind::OptText),
        f(
            "responseTime",
            Kind::Number {
                int: Int::No,
                en: "a positive number",
                es: "un número positivo",
                nullable: true,
            },
        ),
        f("responseUnit", choice(response_units)),
        f("monitoring", opt_choice(monitorings)),
        f("outOfHours", TEXT),
    ],
};

static BUDGET_LINE: Schema = Schema {
    object: JsonObject::Record(Entity::BudgetLine),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("category", choice(budget_categories)),
        f("amount", OPT_FIGURE),
        f("currency", TEXT),
        f("period", choice(budget_periods)),
        f("start", OPT_DATE),
        f("end", OPT_DATE),
        f("channelIds", links(Entity::Channel)),
        f("notes", TEXT),
    ],
};

static PROCEDURE_STEP: Schema = Schema {
    object: JsonObject::Record(Entity::ProcedureStep),
    fields: &[
        f("id", ID),
        f("phase", choice(phases)),
        f("name", REQUIRED),
        f("who", TEXT),
        f(
            "days",
            Kind::Number {
                int: Int::U32,
                en: "a whole number of days",
                es: "un número entero de días",
                nullable: true,
            },
        ),
        f("description", TEXT),
        f("position", POSITION),
    ],
};

static POLICY: Schema = Schema {
    object: JsonObject::Record(Entity::Policy),
    fields: &[
        f("id", ID),
        f("kind", choice(policy_kinds)),
        f("title", REQUIRED),
        f("text", TEXT),
        f("owner", TEXT),
        f("ownerDepartmentId", opt_link(Entity::Department)),
        f("status", choice(policy_statuses)),
        f("approvedBy", TEXT),
        f("approvedOn", OPT_DATE),
        f("reviewBy", OPT_DATE),
    ],
};

static MODERATION_RULE: Schema = Schema {
    object: JsonObject::Record(Entity::ModerationRule),
    fields: &[
        f("id", ID),
        f("situation", REQUIRED),
        f("examples", TEXT),
        f("action", choice(moderation_actions)),
        f("departmentId", opt_link(Entity::Department)),
        f("actedBy", TEXT),
        f("decidedBy", TEXT),
        f("speed", TEXT),
        f("recorded", Kind::OptBool),
        f("channelIds", links(Entity::Channel)),
    ],
};

static PROTOCOL_STEP: Schema = Schema {
    object: JsonObject::Record(Entity::Protocol),
    fields: &[f("what", REQUIRED), f("who", TEXT), f("within", TEXT)],
};

static PROTOCOL: Schema = Schema {
    object: JsonObject::Record(Entity::Protocol),
    fields: &[
        f("id", ID),
        f("kind", choice(protocol_kinds)),
        f("name", REQUIRED),
        f("scope", TEXT),
        f("departmentId", opt_link(Entity::Department)),
        f("steps", Kind::List(&PROTOCOL_STEP)),
        f("draftedBy", TEXT),
        f("approvedBy", TEXT),
        f("timeLimit", TEXT),
        f("announcement", TEXT),
    ],
};

static HOLDING_STATEMENT: Schema = Schema {
    object: JsonObject::Record(Entity::CrisisLevel),
    fields: &[f("language", REQUIRED), f("text", REQUIRED)],
};

static CRISIS_LEVEL: Schema = Schema {
    object: JsonObject::Record(Entity::CrisisLevel),
    fields: &[
        f("id", ID),
        f(
            "rank",
            number(
                Int::U32,
                "a whole number from 1 to 9 (its step on the ladder)",
                "un número entero de 1 a 9 (su peldaño en la escala)",
            ),
        ),
        f("name", REQUIRED),
        f("triggers", TEXT),
        f("decidedBy", TEXT),
        f("escalation", TEXT),
        f("departmentIds", links(Entity::Department)),
        f("pause", Kind::Bool),
        f("statements", Kind::List(&HOLDING_STATEMENT)),
    ],
};

static PAUSE_STEP: Schema = Schema {
    object: JsonObject::Record(Entity::PauseStep),
    fields: &[
        f("id", ID),
        f("channelId", opt_link(Entity::Channel)),
        f("what", choice(pause_whats)),
        f("how", REQUIRED),
        f("who", TEXT),
    ],
};

static CRISIS_PLAN: Schema = Schema {
    object: JsonObject::CrisisPlan,
    fields: &[
        f("spokesChannelId", opt_link(Entity::Channel)),
        f("singleVoice", TEXT),
        f("postMortem", TEXT),
        f("lastDrill", OPT_DATE),
    ],
};

static HOLIDAY: Schema = Schema {
    object: JsonObject::Record(Entity::Holiday),
    fields: &[f("id", ID), f("date", DATE), f("name", REQUIRED)],
};

static OBJECTIVE: Schema = Schema {
    object: JsonObject::Record(Entity::Objective),
    fields: &[
        f("id", ID),
        f("title", REQUIRED),
        f("description", TEXT),
        f("kind", choice(objective_kinds)),
        f("kpiMetric", TEXT),
        f("kpiUnit", TEXT),
        f("baseline", OPT_FIGURE),
        f("target", OPT_FIGURE),
        f("start", OPT_DATE),
        f("deadline", OPT_DATE),
        f("owner", TEXT),
        f("status", choice(objective_statuses)),
        f("channelIds", links(Entity::Channel)),
        f("departmentIds", links(Entity::Department)),
    ],
};

static MEASUREMENT: Schema = Schema {
    object: JsonObject::Record(Entity::Measurement),
    fields: &[
        f("id", ID),
        f("objectiveId", link(Entity::Objective)),
        f("date", DATE),
        f("value", FIGURE),
        f("kind", choice(measurement_kinds)),
        f("note", TEXT),
    ],
};

static CAMPAIGN: Schema = Schema {
    object: JsonObject::Record(Entity::Campaign),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("description", TEXT),
        f("departmentId", opt_link(Entity::Department)),
        f("start", OPT_DATE),
        f("end", OPT_DATE),
        f("affectsCommunity", Kind::Bool),
        f("cmInvolved", Kind::Bool),
        f("objectiveIds", links(Entity::Objective)),
        f("moderator", TEXT),
    ],
};

static FLOW: Schema = Schema {
    object: JsonObject::Record(Entity::Flow),
    fields: &[
        f("id", ID),
        f("name", REQUIRED),
        f("direction", choice(directions)),
        f("departmentIds", links(Entity::Department)),
        f("audience", TEXT),
        f("channel", choice(internal_channels)),
        f("cadence", Kind::Cadence),
        f("owner", TEXT),
        f("feedback", TEXT),
    ],
};

static INFO_NEED: Schema = Schema {
    object: JsonObject::Record(Entity::InfoNeed),
    fields: &[
        f("id", ID),
        f("departmentId", opt_link(Entity::Department)),
        f("what", REQUIRED),
        f("urgency", choice(urgencies)),
        f("flowId", opt_link(Entity::Flow)),
    ],
};

static RECOMMENDATION: Schema = Schema {
    object: JsonObject::Record(Entity::Recommendation),
    fields: &[
        f("id", ID),
        f("kind", choice(entry_kinds)),
        f("title", REQUIRED),
        f("recipient", TEXT),
        f("departmentId", opt_link(Entity::Department)),
        f("date", OPT_DATE),
        f("rationale", TEXT),
        f("decision", choice(decisions)),
        f("decisionDate", OPT_DATE),
        f("decisionRationale", TEXT),
        f("outcome", TEXT),
    ],
};

static HEALTH_SETTINGS: Schema = Schema {
    object: JsonObject::HealthSettings,
    fields: &[
        f(
            "cmWeeklyHours",
            number(
                Int::No,
                "a number of hours a week, from 0.5 to 168",
                "un número de horas a la semana, de 0,5 a 168",
            ),
        ),
        f("answerDays", DAYS),
        f(
            "ignoredSharePercent",
            number(
                Int::U32,
                "a whole percentage, from 0 to 100",
                "un porcentaje entero, de 0 a 100",
            ),
        ),
        f("staleMeasurementDays", DAYS),
        f("lowFit", FIT),
        f("highFit", FIT),
        f(
            "accessReviewMonths",
            number(
                Int::U32,
                "a whole number of months, from 1 to 120",
                "un número entero de meses, de 1 a 120",
            ),
        ),
        f(
            "drillMonths",
            number(
                Int::U32,
                "a whole number of months, from 1 to 120",
                "un número entero de meses, de 1 a 120",
            ),
        ),
    ],
};

static ACKNOWLEDGEMENT: Schema = Schema {
    object: JsonObject::Record(Entity::Acknowledgement),
    fields: &[f("key", REQUIRED), f("reason", REQUIRED), f("date", DATE)],
};

static DOCUMENT_SETTINGS: Schema = Schema {
    object: JsonObject::DocumentSettings,
    fields: &[
        f("title", TEXT),
        f("author", TEXT),
        f("date", OPT_DATE),
        f("lang", choice(languages)),
        f("hiddenSections", Kind::ChoiceList { choices: sections }),
        f("classification", choice(classifications)),
        f("classificationLabel", TEXT),
        f("readers", TEXT),
        f("showScore", Kind::Bool),
        f("introduction", TEXT),
        f("chapterTexts", Kind::List(&CHAPTER_TEXT)),
        f("summary", TEXT),
        f("summaryBasis", TEXT),
    ],
};

static CHAPTER_TEXT: Schema = Schema {
    object: JsonObject::DocumentSettings,
    fields: &[f("section", choice(sections)), f("text", TEXT)],
};

/// The whole document (after migration to the current version).
pub(crate) static DOCUMENT: Schema = Schema {
    object: JsonObject::Document,
    fields: &[
        f("format", Kind::Exactly(crate::interchange::FORMAT_NAME)),
        f("version", Kind::Version),
        f("profile", Kind::Object(&PROFILE)),
        f("departments", Kind::List(&DEPARTMENT)),
        f("activities", Kind::List(&ACTIVITY)),
        f("raci", Kind::List(&RACI)),
        f("audiences", Kind::List(&AUDIENCE)),
        f("fitCriteria", Kind::List(&FIT_CRITERION)),
        f("channels", Kind::List(&CHANNEL)),
        f("objectives", Kind::List(&OBJECTIVE)),
        f("measurements", Kind::List(&MEASUREMENT)),
        f("campaigns", Kind::List(&CAMPAIGN)),
        f("flows", Kind::List(&FLOW)),
        f("infoNeeds", Kind::List(&INFO_NEED)),
        f("recommendations", Kind::List(&RECOMMENDATION)),
        f("holidays", Kind::List(&HOLIDAY)),
        f("people", Kind::List(&PERSON)),
        f("pillars", Kind::List(&PILLAR)),
        f("styleGuides", Kind::List(&STYLE_GUIDE)),
        f("serviceLevels", Kind::List(&SERVICE_LEVEL)),
        f("budgetLines", Kind::List(&BUDGET_LINE)),
        f("procedureSteps", Kind::List(&PROCEDURE_STEP)),
        f("healthSettings", Kind::Object(&HEALTH_SETTINGS)),
        f("acknowledgements", Kind::List(&ACKNOWLEDGEMENT)),
        f("document", Kind::Object(&DOCUMENT_SETTINGS)),
        f("policies", Kind::List(&POLICY)),
        f("moderationRules", Kind::List(&MODERATION_RULE)),
        f("protocols", Kind::List(&PROTOCOL)),
        f("crisisLevels", Kind::List(&CRISIS_LEVEL)),
        f("pauseSteps", Kind::List(&PAUSE_STEP)),
        f("crisis", Kind::Object(&CRISIS_PLAN)),
    ],
};

const WEEK: Kind = number(
    Int::I32,
    "the week of the month: 1 to 4, or -1 for the last",
    "la semana del mes: de 1 a 4, o -1 para la última",
);
static ONE_OFF: [Field; 1] = [f("date", DATE)];
static DAILY: [Field; 3] = [
    f("start", OPT_DATE),
    f("weekdaysOnly", Kind::Bool),
    f("until", OPT_DATE),
];
static WEEKLY: [Field; 3] = [
    f("start", OPT_DATE),
    f(
        "everyWeeks",
        number(
            Int::U32,
            "a whole number of weeks, from 1 to 52",
            "un número entero de semanas, de 1 a 52",
        ),
    ),
    f("until", OPT_DATE),
];
static MONTHLY_WEEKDAY: [Field; 4] = [
    f("start", DATE),
    f("week", WEEK),
    f("weekday", choice(weekdays)),
    f("until", OPT_DATE),
];
static MONTHLY_DAY: [Field; 3] = [
    f("start", DATE),
    f(
        "day",
        number(
            Int::U32,
            "a day of the month, from 1 to 28",
            "un día del mes, de 1 a 28",
        ),
    ),
    f("until", OPT_DATE),
];

/// The fields of each kind of cadence, after `kind`.
fn cadence_fields(kind: &str) -> &'static [Field] {
    match kind {
        "one_off" => &ONE_OFF,
        "daily" => &DAILY,
        "weekly" => &WEEKLY,
        "monthly_weekday" => &MONTHLY_WEEKDAY,
        "monthly_day" => &MONTHLY_DAY,
        _ => &[],
    }
}

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// The longest key a path shows whole: a longer one (a text value that a
/// damaged file turned into a key) is cut, so that a message about it stays
/// readable; the problem's own words quote it at more length.
const PATH_KEY_CHARS: usize = 40;

/// `channels[3].network`.
pub(crate) fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                if key.chars().count() > PATH_KEY_CHARS {
                    out.extend(key.chars().take(PATH_KEY_CHARS - 1));
                    out.push('…');
                } else {
                    out.push_str(key);
                }
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// A problem found, with its path as steps (to locate it in the text).
pub(crate) struct Located {
    pub path: Vec<Step>,
    /// Whether it is about the key itself (an unknown or repeated field)
    /// rather than its value.
    pub key: bool,
    pub problem: JsonProblem,
}

/// Checks `document` (migrated to the current version) against the format,
/// filling in the fields left out that may be, and returns every problem
/// found (at most a few hundred).
pub(crate) fn check(document: &mut Map<String, Value>) -> Vec<Located> {
    let mut walker = Walker {
        path: Vec::new(),
        found: Vec::new(),
    };
    walker.object_fields(document, &DOCUMENT);
    walker.found
}

const MOST_PROBLEMS: usize = 200;

struct Walker {
    path: Vec<Step>,
    found: Vec<Located>,
}

impl Walker {
    fn report(&mut self, key: bool, problem: JsonProblem) {
        if self.found.len() < MOST_PROBLEMS {
            self.found.push(Located {
                path: self.path.clone(),
                key,
                problem,
            });
        }
    }

    fn wrong(&mut self, expected: Expected, value: &Value, hint: Option<Hint>) {
        self.report(
            false,
            JsonProblem::WrongValue {
                expected,
                found: found(value),
                hint,
            },
        );
    }

    fn object(&mut self, value: &mut Value, schema: &'static Schema) {
        match value {
            Value::Object(map) => self.object_fields(map, schema),
            other => {
                let other = other.clone();
                self.wrong(Expected::Object(schema.object), &other, None);
            }
        }
    }

    fn object_fields(&mut self, map: &mut Map<String, Value>, schema: &'static Schema) {
        self.fields(map, schema.object, schema.fields, &[]);
    }

    /// Checks the fields of `map` against `fields` (plus `extra`, already
    /// checked, such as a cadence's `kind`).
    fn fields(
        &mut self,
        map: &mut Map<String, Value>,
        of: JsonObject,
        fields: &'static [Field],
        extra: &[&'static str],
    ) {
        let names: Vec<&'static str> = extra
            .iter()
            .copied()
            .chain(fields.iter().map(|f| f.name))
            .collect();
        let unknown: Vec<String> = map
            .keys()
            .filter(|k| !names.contains(&k.as_str()))
            .cloned()
            .collect();
        for key in unknown {
            self.path.push(Step::Key(key.clone()));
            let suggestion = suggest_field(&key, &names);
            self.report(
                true,
                JsonProblem::UnknownField {
                    field: key,
                    of,
                    suggestion,
                    fields: names.clone(),
                },
            );
            self.path.pop();
        }
        for field in fields {
            match map.get_mut(field.name) {
                Some(value) => {
                    self.path.push(Step::Key(field.name.to_string()));
                    self.value(value, field.kind);
                    self.path.pop();
                }
                None => match omitted(field.kind) {
                    Some(default) => {
                        map.insert(field.name.to_string(), default);
                    }
                    None => self.report(
                        false,
                        JsonProblem::MissingField {
                            field: field.name,
                            expected: expected(field.kind),
                        },
                    ),
                },
            }
        }
    }

    fn value(&mut self, value: &mut Value, kind: Kind) {
        match kind {
            Kind::OptText => {
                if !value.is_string() && !value.is_null() {
                    let value = value.clone();
                    self.wrong(expected(kind), &value, None);
                }
            }
            Kind::OptBool => {
                if !value.is_boolean() && !value.is_null() {
                    let value = value.clone();
                    let hint = unquoted(&value);
                    self.wrong(Expected::Bool, &value, hint);
                }
            }
            Kind::Text | Kind::RequiredText => {
                if !value.is_string() {
                    let value = value.clone();
                    self.wrong(expected(kind), &value, None);
                }
            }
            Kind::Texts => match value {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if !item.is_string() {
                            self.path.push(Step::Index(i));
                            self.wrong(Expected::Texts, item, None);
                            self.path.pop();
                        }
                    }
                }
                other => {
                    let other = other.clone();
                    self.wrong(Expected::Texts, &other, None);
                }
            },
            Kind::Bool => {
                if !value.is_boolean() {
                    let value = value.clone();
                    let hint = unquoted(&value);
                    self.wrong(Expected::Bool, &value, hint);
                }
            }
            Kind::Number { int, nullable, .. } => {
                let fits = match (&*value, int) {
                    (Value::Null, _) => nullable,
                    (Value::Number(n), Int::No) => n.as_f64().is_some(),
                    (Value::Number(n), Int::U8) => {
                        n.as_u64().is_some_and(|v| v <= u64::from(u8::MAX))
                    }
                    (Value::Number(n), Int::U32) => {
                        n.as_u64().is_some_and(|v| v <= u64::from(u32::MAX))
                    }
                    (Value::Number(n), Int::I32) => {
                        n.as_i64().is_some_and(|v| i32::try_from(v).is_ok())
                    }
                    (Value::Number(n), Int::I64) => n.as_i64().is_some(),
                    _ => false,
                };
                if !fits {
                    let value = value.clone();
                    let hint = unquoted(&value);
                    self.wrong(expected(kind), &value, hint);
                }
            }
            Kind::Date { nullable } => {
                let fits = match &*value {
                    Value::Null => nullable,
                    Value::String(_) => {
                        serde_json::from_value::<chrono::NaiveDate>(value.clone()).is_ok()
                    }
                    _ => false,
                };
                if !fits {
                    let value = value.clone();
                    let hint = value.as_str().and_then(date_hint).map(Hint::Date);
                    self.wrong(expected(kind), &value, hint);
                }
            }
            Kind::Id | Kind::Link { .. } => {
                let nullable = matches!(kind, Kind::Link { nullable: true, .. });
                let fits = match &*value {
                    Value::Null => nullable,
                    Value::Number(n) => n.as_i64().is_some(),
                    _ => false,
                };
                if !fits {
                    let value = value.clone();
                    let hint = unquoted(&value);
                    self.wrong(expected(kind), &value, hint);
                }
            }
            Kind::Links { to } => match value {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if item.as_i64().is_none() {
                            self.path.push(Step::Index(i));
                            let hint = unquoted(item);
                            self.wrong(Expected::Links { to }, item, hint);
                            self.path.pop();
                        }
                    }
                }
                other => {
                    let other = other.clone();
                    self.wrong(Expected::Links { to }, &other, None);
                }
            },
            Kind::Choice { choices, nullable } => {
                let choices = choices();
                let fits = match &*value {
                    Value::String(text) => choices.values.iter().any(|(j, ..)| j == text),
                    Value::Null => nullable,
                    _ => false,
                };
                if !fits {
                    let value = value.clone();
                    let hint = value.as_str().and_then(|t| choice_hint(t, &choices));
                    self.wrong(Expected::Choice { choices, nullable }, &value, hint);
                }
            }
            Kind::ChoiceList { choices } => match value {
                Value::Array(items) => {
                    let choices = choices();
                    for (i, item) in items.iter().enumerate() {
                        let fits = item
                            .as_str()
                            .is_some_and(|t| choices.values.iter().any(|(j, ..)| *j == t));
                        if !fits {
                            self.path.push(Step::Index(i));
                            let hint = item.as_str().and_then(|t| choice_hint(t, &choices));
                            self.wrong(
                                Expected::Choice {
                                    choices: choices.clone(),
                                    nullable: false,
                                },
                                item,
                                hint,
                            );
                            self.path.pop();
                        }
                    }
                }
                other => {
                    let other = other.clone();
                    self.wrong(
                        Expected::Choice {
                            choices: choices(),
                            nullable: false,
                        },
                        &other,
                        None,
                    );
                }
            },
            Kind::Object(schema) => self.object(value, schema),
            Kind::List(schema) => match value {
                Value::Array(items) => {
                    for (i, item) in items.iter_mut().enumerate() {
                        self.path.push(Step::Index(i));
                        self.object(item, schema);
                        self.path.pop();
                    }
                }
                other => {
                    let other = other.clone();
                    self.wrong(Expected::List(schema.object), &other, None);
                }
            },
            Kind::Cadence => self.cadence(value),
            Kind::Exactly(text) => {
                if value.as_str() != Some(text) {
                    let value = value.clone();
                    self.wrong(Expected::Exactly(text), &value, None);
                }
            }
            Kind::Version => {
                if value.as_u64().is_none() {
                    let value = value.clone();
                    self.wrong(Expected::Version, &value, unquoted(&value));
                }
            }
        }
    }

    fn cadence(&mut self, value: &mut Value) {
        let Value::Object(map) = value else {
            let value = value.clone();
            self.wrong(Expected::Object(JsonObject::Cadence), &value, None);
            return;
        };
        let kinds = cadence_kinds();
        let kind = match map.get("kind") {
            Some(Value::String(kind)) if kinds.values.iter().any(|(j, ..)| j == kind) => {
                kind.clone()
            }
            Some(other) => {
                let other = other.clone();
                self.path.push(Step::Key("kind".into()));
                let hint = other.as_str().and_then(|t| choice_hint(t, &kinds));
                self.wrong(
                    Expected::Choice {
                        choices: kinds,
                        nullable: false,
                    },
                    &other,
                    hint,
                );
                self.path.pop();
                return;
            }
            None => {
                self.report(
                    false,
                    JsonProblem::MissingField {
                        field: "kind",
                        expected: Expected::Choice {
                            choices: kinds,
                            nullable: false,
                        },
                    },
                );
                return;
            }
        };
        self.fields(map, JsonObject::Cadence, cadence_fields(&kind), &["kind"]);
    }
}

/// The value a field left out is read as, if it may be left out.
fn omitted(kind: Kind) -> Option<Value> {
    match kind {
        Kind::Text => Some(Value::String(String::new())),
        Kind::Texts | Kind::Links { .. } | Kind::List(_) | Kind::ChoiceList { .. } => {
            Some(Value::Array(Vec::new()))
        }
        Kind::OptText
        | Kind::OptBool
        | Kind::Number { nullable: true, .. }
        | Kind::Date { nullable: true }
        | Kind::Link { nullable: true, .. }
        | Kind::Choice { nullable: true, .. } => Some(Value::Null),
        _ => None,
    }
}

fn expected(kind: Kind) -> Expected {
    match kind {
        Kind::Text | Kind::OptText => Expected::Text,
        Kind::RequiredText => Expected::RequiredText,
        Kind::Texts => Expected::Texts,
        Kind::Bool | Kind::OptBool => Expected::Bool,
        Kind::Number {
            en, es, nullable, ..
        } => Expected::Number { en, es, nullable },
        Kind::Date { nullable } => Expected::Date { nullable },
        Kind::Id => Expected::Id,
        Kind::Link { to, nullable } => Expected::Link { to, nullable },
        Kind::Links { to } => Expected::Links { to },
        Kind::Choice { choices, nullable } => Expected::Choice {
            choices: choices(),
            nullable,
        },
        Kind::ChoiceList { choices } => Expected::Choice {
            choices: choices(),
            nullable: false,
        },
        Kind::Object(schema) => Expected::Object(schema.object),
        Kind::List(schema) => Expected::List(schema.object),
        Kind::Cadence => Expected::Object(JsonObject::Cadence),
        Kind::Exactly(text) => Expected::Exactly(text),
        Kind::Version => Expected::Version,
    }
}

pub(crate) fn found(value: &Value) -> Found {
    match value {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::String(s) => Found::Text(s.clone()),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}

/// A number, a boolean or null written in quotes: "write it without quotes".
fn unquoted(value: &Value) -> Option<Hint> {
    let text = value.as_str()?.trim();
    let plain = text.parse::<f64>().is_ok() || matches!(text, "true" | "false" | "null");
    plain.then(|| Hint::Unquote(text.to_string()))
}

/// Folded for comparing names and labels: lower case, no accents, words
/// joined by `_`.
fn fold(text: &str) -> String {
    let mut out = String::new();
    for c in crate::text::canonical_name(text)
        .chars()
        .flat_map(char::to_lowercase)
    {
        let c = crate::text::unaccented(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// What the person probably meant by `text` among `choices`.
fn choice_hint(text: &str, choices: &Choices) -> Option<Hint> {
    let folded = fold(text);
    // Its JSON name in another case or spacing: "Active", "whatsapp channel".
    if let Some((json, ..)) = choices.values.iter().find(|(j, ..)| *j == folded) {
        return Some(Hint::Spelling(json));
    }
    // An old name: "twitter".
    if let Some((_, json)) = OLD_NAMES.iter().find(|(old, _)| *old == folded)
        && let Some((json, en, _)) = choices.values.iter().find(|(j, ..)| j == json)
    {
        return Some(Hint::OldName { json, label: en });
    }
    // Its label, in either language: "activo", "En estudio", "Newsletter".
    for lang in Lang::ALL {
        for (json, en, es) in &choices.values {
            if fold(lang.pick(en, es)) == folded {
                return Some(Hint::Label {
                    json,
                    labels: (en, es),
                    lang,
                });
            }
        }
    }
    // A Spanish label in another gender or number: "activa", "activos".
    for (json, en, es) in &choices.values {
        let label = fold(es);
        let stem = |w: &str| {
            w.trim_end_matches('s')
                .trim_end_matches(['a', 'o'])
                .to_string()
        };
        if label.len() > 3 && stem(&label) == stem(&folded) {
            return Some(Hint::Label {
                json,
                labels: (en, es),
                lang: Lang::Es,
            });
        }
    }
    let names: Vec<&'static str> = choices.values.iter().map(|(j, ..)| *j).collect();
    nearest(text, &names).map(Hint::Spelling)
}

/// A field name the person probably meant.
fn suggest_field(key: &str, names: &[&'static str]) -> Option<&'static str> {
    let folded = fold(key).replace('_', "");
    if let Some((_, json)) = SPANISH_FIELDS.iter().find(|(es, _)| *es == folded)
        && let Some(name) = names.iter().find(|n| *n == json)
    {
        return Some(name);
    }
    nearest(key, names)
}

/// A date written another way, rewritten as `YYYY-MM-DD` when it can be
/// read without doubt: "31/03/2027", "2027/03/31", "31.3.2027", "2027-3-31".
fn date_hint(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.', ' ']).collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = match (parts.as_slice(), numbers.as_slice()) {
        ([y, ..], [year, month, day]) if y.len() == 4 => (*year, *month, *day),
        ([_, _, y], [a, b, year]) if y.len() == 4 => {
            if *a > 12 {
                (*year, *b, *a)
            } else if *b > 12 {
                (*year, *a, *b)
            } else {
                // 03/04/2027: 3 April or 4 March? Not guessed.
                return None;
            }
        }
        _ => return None,
    };
    let date = chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// Where the value (or, with `key`, the key) at `path` begins in `text`: line
/// and column, from 1, the column counted in characters. `None` when the
/// path is not in the text (a field added by a migration).
pub(crate) fn locate(text: &str, path: &[Step], key: bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut scan = Scanner { bytes, at: 0 };
    scan.space();
    for (n, step) in path.iter().enumerate() {
        let last = n + 1 == path.len();
        match step {
            Step::Key(wanted) => {
                if !scan.eat(b'{') {
                    return None;
                }
                loop {
                    scan.space();
                    if scan.eat(b'}') {
                        return None;
                    }
                    let key_at = scan.at;
                    let name = scan.string()?;
                    scan.space();
                    if !scan.eat(b':') {
                        return None;
                    }
                    scan.space();
                    if &name == wanted {
                        if last && key {
                            return Some(line_column(text, key_at));
                        }
                        break;
                    }
                    scan.skip_value()?;
                    scan.space();
                    scan.eat(b',');
                }
            }
            Step::Index(wanted) => {
                if !scan.eat(b'[') {
                    return None;
                }
                let mut index = 0;
                loop {
                    scan.space();
                    if scan.eat(b']') {
                        return None;
                    }
                    if index == *wanted {
                        break;
                    }
                    scan.skip_value()?;
                    scan.space();
                    scan.eat(b',');
                    index += 1;
                }
            }
        }
    }
    Some(line_column(text, scan.at))
}

/// The line and column (from 1, in characters) of byte `at` of `text`.
pub(crate) fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// Reads through JSON text already known to be well formed.
struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// A string, unescaped.
    fn string(&mut self) -> Option<String> {
        let start = self.at;
        if !self.eat(b'"') {
            return None;
        }
        loop {
            match self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    break;
                }
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
        let raw = std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?;
        serde_json::from_str(raw).ok()
    }

    fn skip_value(&mut self) -> Option<()> {
        self.space();
        match self.bytes.get(self.at)? {
            b'"' => {
                self.string()?;
            }
            b'{' | b'[' => {
                // Skip to the matching bracket, stepping over strings.
                let mut depth = 0usize;
                loop {
                    match self.bytes.get(self.at)? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                while self.bytes.get(self.at).is_some_and(|b| {
                    !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    self.at += 1;
                }
            }
        }
        Some(())
    }
}

/// Turns the located problems into the one to report: the first in the
/// file.
pub(crate) fn first(text: Option<&str>, found: Vec<Located>) -> Option<JsonError> {
    type Ranked = (Option<(usize, usize)>, usize, JsonError);
    let mut errors: Vec<Ranked> = found
        .into_iter()
        .enumerate()
        .map(|(order, located)| {
            let position = text.and_then(|t| locate(t, &located.path, located.key));
            let mut error = JsonError::new(path_text(&located.path), located.problem);
            if let Some((line, column)) = position {
                error.place.line = Some(line);
                error.place.column = Some(column);
            }
            (position, order, error)
        })
        .collect();
    errors.sort_by_key(|(position, order, _)| (position.unwrap_or((usize::MAX, 0)), *order));
    errors.into_iter().next().map(|(_, _, error)| error)
}

/// The JSON path of a problem `check` of a document finds: a list's record,
/// then a field (`channels`, 3, `network`).
pub(crate) fn steps(collection: &str, index: Option<usize>, rest: &[&str]) -> Vec<Step> {
    let mut path = vec![Step::Key(collection.to_string())];
    if let Some(index) = index {
        path.push(Step::Index(index));
    }
    for part in rest {
        match part.parse::<usize>() {
            Ok(i) => path.push(Step::Index(i)),
            Err(_) => path.push(Step::Key((*part).to_string())),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::WorkspaceDoc;
    use crate::model::{Cadence, Flow};

    #[test]
    fn a_path_shows_a_long_key_cut_and_a_short_one_whole() {
        let long = "é".repeat(500);
        let path = [
            Step::Key("policies".into()),
            Step::Index(1),
            Step::Key(long.clone()),
            Step::Key("name".into()),
        ];
        let text = path_text(&path);
        assert_eq!(
            text,
            format!("policies[1].{}….name", "é".repeat(PATH_KEY_CHARS - 1))
        );
        assert_eq!(
            path_text(&[Step::Key("profile".into()), Step::Key("name".into())]),
            "profile.name"
        );
        let exact = "a".repeat(PATH_KEY_CHARS);
        assert_eq!(path_text(&[Step::Key(exact.clone())]), exact);
    }

    /// The sample in `lang`, with a flow of every kind of cadence.
    fn every_shape(lang: Lang) -> WorkspaceDoc {
        let mut doc = crate::sample::workspace(lang);
        let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
        let cadences = [
            Cadence::OneOff { date: day },
            Cadence::Daily {
                start: None,
                weekdays_only: true,
                until: Some(day),
            },
            Cadence::Weekly {
                start: Some(day),
                every_weeks: 2,
                until: Some(day),
            },
            Cadence::Weekly {
                start: None,
                every_weeks: 1,
                until: None,
            },
            Cadence::MonthlyWeekday {
                start: day,
                week: -1,
                weekday: Weekday::Fri,
                until: None,
            },
            Cadence::MonthlyDay {
                start: day,
                day: 15,
                until: None,
            },
            Cadence::AsNeeded,
        ];
        for (n, cadence) in cadences.into_iter().enumerate() {
            let id = 900 + i64::try_from(n).unwrap_or(0);
            doc.flows.push(Flow {
                id,
                ..Flow::new(&format!("Flow {id}"), Direction::AllStaff, cadence)
            });
        }
        doc
    }

    /// The keys of every object of `value` against the schema.
    fn same_shape(value: &Value, kind: Kind, path: &str) {
        let fields = |map: &Map<String, Value>, fields: &[Field], extra: &[&str], path: &str| {
            let mut written: Vec<&str> = map.keys().map(String::as_str).collect();
            let mut known: Vec<&str> = extra
                .iter()
                .copied()
                .chain(fields.iter().map(|f| f.name))
                .collect();
            written.sort_unstable();
            known.sort_unstable();
            assert_eq!(written, known, "the fields of {path}");
            for field in fields {
                if let Some(value) = map.get(field.name) {
                    same_shape(value, field.kind, &format!("{path}.{}", field.name));
                }
            }
        };
        match (kind, value) {
            (Kind::Object(schema), Value::Object(map)) => fields(map, schema.fields, &[], path),
            (Kind::List(schema), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    same_shape(item, Kind::Object(schema), &format!("{path}[{i}]"));
                }
            }
            (Kind::Cadence, Value::Object(map)) => {
                let kind = map.get("kind").and_then(Value::as_str).unwrap_or_default();
                fields(map, cadence_fields(kind), &["kind"], path);
            }
            _ => {}
        }
    }

    #[test]
    fn the_schema_is_the_model_s_shape() {
        for lang in Lang::ALL {
            let doc = every_shape(lang);
            let value = serde_json::to_value(&doc).unwrap_or_else(|e| panic!("{e}"));
            same_shape(&value, Kind::Object(&DOCUMENT), "");
            let Value::Object(mut map) = value else {
                panic!("not an object");
            };
            let problems: Vec<String> = check(&mut map)
                .into_iter()
                .map(|p| format!("{}: {:?}", path_text(&p.path), p.problem))
                .collect();
            assert_eq!(problems, Vec::<String>::new());
            let back: WorkspaceDoc =
                serde_json::from_value(Value::Object(map)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(back, doc);
        }
        let large = crate::large::workspace(Lang::Es);
        let value = serde_json::to_value(&large).unwrap_or_else(|e| panic!("{e}"));
        same_shape(&value, Kind::Object(&DOCUMENT), "");
    }

    /// Removes every field whose value is what leaving it out reads as.
    fn strip_defaults(value: &mut Value, kind: Kind) {
        let strip = |map: &mut Map<String, Value>, fields: &[Field]| {
            for field in fields {
                if let Some(inner) = map.get_mut(field.name) {
                    strip_defaults(inner, field.kind);
                }
                if omitted(field.kind).is_some_and(|default| map.get(field.name) == Some(&default))
                {
                    map.remove(field.name);
                }
            }
        };
        match (kind, value) {
            (Kind::Object(schema), Value::Object(map)) => strip(map, schema.fields),
            (Kind::List(schema), Value::Array(items)) => {
                for item in items {
                    strip_defaults(item, Kind::Object(schema));
                }
            }
            (Kind::Cadence, Value::Object(map)) => {
                let kind = map
                    .get("kind")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                strip(map, cadence_fields(&kind));
            }
            _ => {}
        }
    }

    #[test]
    fn fields_left_out_read_as_empty_and_nothing_else_changes() {
        let doc = every_shape(Lang::En);
        let mut value = serde_json::to_value(&doc).unwrap_or_else(|e| panic!("{e}"));
        let full = value.to_string();
        strip_defaults(&mut value, Kind::Object(&DOCUMENT));
        let short = value.to_string();
        assert!(
            short.len() < full.len(),
            "{} of {}",
            short.len(),
            full.len()
        );
        assert!(
            !short.contains("\"handle\":\"\""),
            "empty texts were left out"
        );
        let read = WorkspaceDoc::from_json(&short).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read, doc);
        assert_eq!(read.to_json().ok(), doc.to_json().ok());
    }

    #[test]
    fn paths_are_located_by_line_and_column() {
        let text = "{\n  \"a\": [1, {\"b\": \"é\", \"c\": true}],\n  \"d\": null\n}\n";
        let path = [Step::Key("a".into()), Step::Index(1), Step::Key("c".into())];
        assert_eq!(locate(text, &path, false), Some((2, 28)));
        assert_eq!(locate(text, &path, true), Some((2, 23)));
        assert_eq!(locate(text, &[Step::Key("d".into())], false), Some((3, 8)));
        assert_eq!(locate(text, &[Step::Key("x".into())], false), None);
        assert_eq!(path_text(&path), "a[1].c");
    }

    #[test]
    fn dates_written_another_way_are_rewritten_when_unambiguous() {
        assert_eq!(date_hint("31/03/2027").as_deref(), Some("2027-03-31"));
        assert_eq!(date_hint("03/31/2027").as_deref(), Some("2027-03-31"));
        assert_eq!(date_hint("2027/3/31").as_deref(), Some("2027-03-31"));
        assert_eq!(date_hint("03/04/2027"), None);
        assert_eq!(date_hint("next Monday"), None);
    }

    #[test]
    fn wrong_choices_are_matched_to_what_was_meant() {
        let statuses = channel_statuses();
        assert!(matches!(
            choice_hint("activo", &statuses),
            Some(Hint::Label {
                json: "active",
                lang: Lang::Es,
                ..
            })
        ));
        assert!(matches!(
            choice_hint("Activa", &statuses),
            Some(Hint::Label { json: "active", .. })
        ));
        assert!(matches!(
            choice_hint("Active", &statuses),
            Some(Hint::Spelling("active"))
        ));
        assert!(matches!(
            choice_hint("twitter", &networks()),
            Some(Hint::OldName { json: "x", .. })
        ));
        assert!(matches!(
            choice_hint("Canal de WhatsApp", &networks()),
            Some(Hint::Label {
                json: "whatsapp_channel",
                lang: Lang::Es,
                ..
            })
        ));
        assert!(matches!(
            choice_hint("linkdin", &networks()),
            Some(Hint::Spelling("linkedin"))
        ));
        assert_eq!(choice_hint("myspace", &networks()), None);
        assert_eq!(suggest_field("hnadle", &["handle", "name"]), Some("handle"));
        assert_eq!(
            suggest_field("weekly_effort_hours", &["weeklyEffortHours"]),
            Some("weeklyEffortHours")
        );
        assert_eq!(suggest_field("nombre", &["id", "name"]), Some("name"));
        assert_eq!(suggest_field("colour", &["id", "name"]), None);
    }
}
