//! Every kind of record a workspace holds, listed once.
//!
//! [`for_each_record!`](crate::for_each_record) hands the list to a macro of
//! the caller's. From it come [`EntityKind`](crate::ipc::EntityKind), the
//! store's dispatch by kind (`rumbo-store/src/record.rs`), the window's four
//! record commands (`src-tauri/src/records.rs`) and the TypeScript `Records`
//! map and `RECORD_KINDS` list (`rumbo-bindings`). Adding a kind of record
//! adds one line here (see ARCHITECTURE.md, "Adding a kind of record").

/// Calls `$callback! { (Type, "snake_name"), … }` with every kind of record:
/// its model type in [`crate::model`] (also its [`EntityKind`](crate::ipc::EntityKind)
/// variant) and its stable snake_case name (the `EntityKind` on the wire).
#[macro_export]
macro_rules! for_each_record {
    ($callback:ident) => {
        $callback! {
            (Department, "department"),
            (Activity, "activity"),
            (Audience, "audience"),
            (FitCriterion, "fit_criterion"),
            (Channel, "channel"),
            (Objective, "objective"),
            (Measurement, "measurement"),
            (Campaign, "campaign"),
            (Flow, "flow"),
            (InfoNeed, "info_need"),
            (Recommendation, "recommendation"),
        }
    };
}
