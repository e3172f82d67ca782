/// Every command the webview may invoke. `build.rs` turns each into an
/// `allow-…` permission; `capabilities/default.json` grants them by name.
/// A test in `commands.rs` keeps this list, the handler and the capability
/// in step.
pub const COMMAND_NAMES: &[&str] = &[
    "app_state",
    "set_language",
    "set_theme",
    "workspace_new",
    "workspace_open",
    "workspace_open_path",
    "workspace_open_sample",
    "workspace_close",
    "recent_clear",
    "profile_get",
    "profile_save",
    "channel_list",
    "channel_create",
    "channel_update",
    "channel_delete",
];
