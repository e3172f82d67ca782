//! Every kind of record a workspace holds, listed once.
//!
//! [`for_each_record!`](crate::for_each_record) hands the list to a macro of
//! the caller's. From it come [`EntityKind`](crate::ipc::EntityKind), the
//! record variants of [`Entity`](crate::error::Entity) (named by each type's
//! [`Noun`]), where each kind sits in the JSON format ([`InDoc`](crate::interchange::InDoc)),
//! the store's dispatch by kind and its export and import
//! (`rumbo-store/src/record.rs`), the window's four record commands
//! (`src-tauri/src/records.rs`) and the TypeScript `Records` map and
//! `RECORD_KINDS` list (`rumbo-bindings`). Adding a kind of record adds one
//! line here (see ARCHITECTURE.md, "Adding a kind of record").

/// Calls `$callback! { (Type, "snake_name", doc_field), … }` with every kind
/// of record, in the order they depend on each other (a record links only
/// to kinds above it): its model type in [`crate::model`] (also its
/// [`EntityKind`](crate::ipc::EntityKind) and [`Entity`](crate::error::Entity)
/// variant), its stable snake_case name (the `EntityKind` on the wire) and
/// its list in [`WorkspaceDoc`](crate::interchange::WorkspaceDoc).
#[macro_export]
macro_rules! for_each_record {
    ($callback:ident) => {
        $callback! {
            (Department, "department", departments),
            (Activity, "activity", activities),
            (Person, "person", people),
            (Audience, "audience", audiences),
            (FitCriterion, "fit_criterion", fit_criteria),
            (Channel, "channel", channels),
            (Objective, "objective", objectives),
            (Measurement, "measurement", measurements),
            (Campaign, "campaign", campaigns),
            (Flow, "flow", flows),
            (InfoNeed, "info_need", info_needs),
            (Recommendation, "recommendation", recommendations),
            (Holiday, "holiday", holidays),
            (Pillar, "pillar", pillars),
            (StyleGuide, "style_guide", style_guides),
            (ServiceLevel, "service_level", service_levels),
            (BudgetLine, "budget_line", budget_lines),
            (ProcedureStep, "procedure_step", procedure_steps),
            // The rules people meet: policies, moderation, crisis playbook.
            (Policy, "policy", policies),
            (ModerationRule, "moderation_rule", moderation_rules),
            (Protocol, "protocol", protocols),
            (CrisisLevel, "crisis_level", crisis_levels),
            (PauseStep, "pause_step", pause_steps),
        }
    };
}

/// How messages name a kind of thing: singular and plural, in English and
/// Spanish, and the Spanish gender (for "este canal", "esta campaña").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub en: &'static str,
    pub es: &'static str,
    /// The plural, for messages that count ("at most 2,000 channels").
    pub en_plural: &'static str,
    pub es_plural: &'static str,
    pub feminine: bool,
}

impl Noun {
    /// A masculine noun; give its plural with [`Noun::plural`].
    pub const fn masculine(en: &'static str, es: &'static str) -> Noun {
        Noun {
            en,
            es,
            en_plural: en,
            es_plural: es,
            feminine: false,
        }
    }

    /// A feminine noun; give its plural with [`Noun::plural`].
    pub const fn feminine(en: &'static str, es: &'static str) -> Noun {
        Noun {
            en,
            es,
            en_plural: en,
            es_plural: es,
            feminine: true,
        }
    }

    /// The same noun with its plural in each language.
    pub const fn plural(self, en: &'static str, es: &'static str) -> Noun {
        Noun {
            en_plural: en,
            es_plural: es,
            ..self
        }
    }
}

/// A kind of record's [`Noun`], and the most records of it a workspace
/// holds (see [`crate::limits`]), next to its type in [`crate::model`].
pub trait Named {
    const NOUN: Noun;
    /// Far above any real strategy; a list beyond it is refused whole.
    const MOST: usize;
}
