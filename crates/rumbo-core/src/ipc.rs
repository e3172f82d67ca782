//! Types that exist only to cross the IPC boundary between the window and
//! the app shell. They are plain data; the shell fills them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ApiError;
use crate::lang::Lang;

/// The open workspace, as the window shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInfo {
    pub path: String,
    pub file_name: String,
    /// The organization's name, or the file name while it has none.
    pub title: String,
    /// Opened read-only: the file, its folder or its disk cannot be written
    /// (the window says so and offers Save a Copy). Every change is refused.
    pub read_only: bool,
    /// Why automatic backups are not being taken (in the interface
    /// language), or null while they are.
    pub backup_problem: Option<String>,
    /// Where the window was in this workspace when it was last open: the
    /// window starts there again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub place: Option<ViewPlace>,
}

/// Where the window is in a workspace: the section on screen and the
/// record open in it, kept per workspace in the preferences.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ViewPlace {
    /// The section, by the name the window gives it (`channels`).
    pub section: String,
    /// The record open there, if any, and its kind.
    pub kind: Option<EntityKind>,
    pub id: Option<i64>,
}

/// What Help → About shows: the version, the licence, and where the
/// person's data is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AboutInfo {
    pub version: String,
    pub licence: String,
    /// The open workspace's file, if one is open.
    pub workspace: Option<String>,
    /// The folder its backups are kept in.
    pub backups: Option<String>,
    /// Rumbo's own preferences (recent files, language, theme, window).
    pub preferences: String,
    /// Where Rumbo keeps the sample workspace and the window's caches.
    pub data: String,
}

/// An entry of File → Open Recent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentFile {
    pub path: String,
    pub file_name: String,
    /// False when the file has gone (moved, deleted, unmounted).
    pub exists: bool,
}

/// The user's choice of interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum LanguagePref {
    #[default]
    System,
    En,
    Es,
}

impl LanguagePref {
    /// The language in force: the chosen one, or the system's.
    pub fn resolve(self, system: Lang) -> Lang {
        match self {
            LanguagePref::System => system,
            LanguagePref::En => Lang::En,
            LanguagePref::Es => Lang::Es,
        }
    }
}

/// The user's choice of light or dark appearance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ThemePref {
    #[default]
    System,
    Light,
    Dark,
}

/// Everything the window needs to draw itself after start or after the
/// workspace changed (sent as the `app-state` event and by `app_state`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppSnapshot {
    pub workspace: Option<WorkspaceInfo>,
    pub recent: Vec<RecentFile>,
    pub language: LanguagePref,
    /// The language the interface is in now.
    pub resolved_language: Lang,
    pub theme: ThemePref,
    /// Why the last attempt to open or create a workspace failed, if it did.
    pub error: Option<ApiError>,
    /// When that failure was a damaged file (or one no longer recognizable
    /// as a workspace) that has a sound backup: the backup to offer.
    pub recovery: Option<RecoveryOffer>,
}

/// A workspace that could not be opened because it is damaged, and the
/// newest backup of it that is sound. The window offers to restore it
/// (`workspace_recover`); the damaged file is kept beside, renamed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryOffer {
    pub path: String,
    pub file_name: String,
    pub backup: BackupInfo,
}

/// What restoring a backup did (`backup_restore`, `workspace_recover`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreOutcome {
    /// The app after the restore: the restored workspace is open.
    pub snapshot: AppSnapshot,
    /// The backup that was restored.
    pub restored: BackupInfo,
    /// The workspace as it was just before, kept as a backup (`before-restore`).
    pub before_restore: Option<BackupInfo>,
    /// Where the damaged file that was replaced now is (`<name>.damaged-<stamp>`).
    pub damaged_moved_to: Option<String>,
}

/// A File-menu action that replaces or closes the workspace. The native menu
/// sends it to the window (event `menu-action`), which first saves what is
/// being typed and then runs the matching command, so that no edit in flight
/// can land in the wrong workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MenuAction {
    New,
    Open,
    OpenPath {
        path: String,
    },
    Close,
    /// File → Save a Copy…
    SaveCopy,
    /// File → Backups…: the list of backups, back up now, restore.
    Backups,
    /// View → Go to or Run… (the command palette).
    Palette,
    /// Help → User Guide.
    Guide,
    /// Help → Keyboard Shortcuts.
    Shortcuts,
    /// Help → About Rumbo.
    About,
}

macro_rules! entity_kind {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        /// The kinds of records, as the window names them: every kind in
        /// [`crate::for_each_record!`], and the RACI cell (set and cleared,
        /// never created or deleted on its own).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        pub enum EntityKind {
            $(#[serde(rename = $name)] $kind,)*
            #[serde(rename = "raci_cell")]
            RaciCell,
        }

        impl EntityKind {
            /// Every kind of record (not the RACI cell), in the list's order.
            pub const RECORDS: &'static [EntityKind] = &[$(EntityKind::$kind),*];

            /// The stable snake_case name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(EntityKind::$kind => $name,)*
                    EntityKind::RaciCell => "raci_cell",
                }
            }
        }
    };
}
crate::for_each_record!(entity_kind);

/// Records of one kind that a deletion would unlink or remove with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImpactGroup {
    pub kind: EntityKind,
    /// True when they are deleted too (e.g. the measurements of an
    /// objective), false when they only lose the link.
    pub removed: bool,
    pub names: Vec<String>,
}

/// What deleting a record would do to the others, asked before deleting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeleteImpact {
    pub kind: EntityKind,
    pub name: String,
    pub groups: Vec<ImpactGroup>,
}

/// How to bring back what a deletion removed (`undo_delete`), for this session.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UndoToken {
    pub token: i64,
}

/// How many records of each kind the workspace holds, for the sidebar.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionCounts {
    /// Every kind of record ([`EntityKind::RECORDS`]) and how many there are.
    pub records: BTreeMap<EntityKind, u32>,
    /// Recommendations still waiting for a decision.
    pub pending_recommendations: u32,
}

impl SectionCounts {
    /// How many records of `kind` there are.
    pub fn of(&self, kind: EntityKind) -> u32 {
        self.records.get(&kind).copied().unwrap_or(0)
    }
}

/// The parts of a workspace that are not lists of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkspacePart {
    Profile,
    HealthSettings,
    Acknowledgements,
    DocumentSettings,
    DocumentVersions,
    /// The crisis playbook's settings.
    CrisisPlan,
}

/// What one write changed, as the store saw it (every row its transaction
/// inserted, updated or deleted, cascades included): the payload of the
/// `workspace-changed` event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceChange {
    /// The kinds of records whose lists changed.
    pub kinds: Vec<EntityKind>,
    /// The other parts that changed.
    pub parts: Vec<WorkspacePart>,
    /// The record the command answered with, when it created or updated
    /// one: the window has it already, and reloads its kind only for other
    /// reasons (the other side of a link).
    pub saved: Option<SavedRecord>,
    /// The counts after the write, when any record changed.
    pub counts: Option<SectionCounts>,
}

/// A record a command created or updated.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedRecord {
    pub kind: EntityKind,
    pub id: i64,
}

/// A document compiled for the page preview. Pages are fetched one at a
/// time, as PNG, by `revision` and index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewPages {
    /// Grows with every compile; a page request for an older revision is
    /// refused.
    pub revision: u32,
    pub page_count: u32,
    /// The size of the first page in points (A4: 595 × 842).
    pub width_pt: f64,
    pub height_pt: f64,
    /// How long the compile took, in milliseconds.
    pub took_ms: u32,
}

/// What to export: the current document (`versionId` null) or a saved
/// version, in which format, and whether to save the export as a new version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    pub format: crate::model::DocFormat,
    /// PDF/A-2a + PDF/UA-1, for archiving (PDF only).
    pub archival: bool,
    pub version_id: Option<i64>,
    /// Save the current document as the next version (ignored for a saved
    /// version).
    pub save_version: bool,
    /// The new version's note.
    pub note: String,
    /// Export only this annex, on its own (one of
    /// [`crate::model::DocSection::ALONE`]); never saves a version.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub annex: Option<crate::model::DocSection>,
}

/// A finished export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportOutcome {
    pub path: String,
    pub bytes: u64,
    pub page_count: Option<u32>,
    /// The version saved with it, if one was asked for.
    pub version: Option<crate::model::DocumentVersion>,
}

/// The executive summary as Rumbo writes it from the data now, for the
/// community manager to start from, and whether the summary they wrote was
/// made from an older one (the data changed since).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SummaryDraft {
    /// The generated summary, paragraphs separated by a blank line.
    pub generated: String,
    /// The workspace holds a summary of the CM's own whose `summaryBasis`
    /// differs from `generated`: it is never replaced, only flagged.
    pub stale: bool,
}

/// What to do with an exported document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportAction {
    /// Open it with the system's program for its kind.
    Open,
    /// Show it in its folder.
    Reveal,
}

/// A step of an export, sent as the `document-export-progress` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportStage {
    /// Gathering the data and the health check.
    Prepare,
    /// Laying out the pages.
    Layout,
    /// Writing PDF, HTML, Markdown or DOCX.
    Encode,
    /// Saving the file (and the version).
    Save,
    Done,
}

/// Why a backup of a workspace was taken. The name is part of the backup's
/// file name (`…T09-30-12.123Z.scheduled.rumbo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackupReason {
    /// Taken when the workspace was opened.
    Open,
    /// Taken by the app's timer while the workspace was open and had changed.
    Scheduled,
    /// Taken just before the file was updated to a new schema version.
    Migration,
    /// The workspace as it was just before a backup was restored over it.
    BeforeRestore,
    /// Asked for by the person (`rumbo backup`, or from the window).
    Manual,
}

impl BackupReason {
    pub const ALL: [BackupReason; 5] = [
        BackupReason::Open,
        BackupReason::Scheduled,
        BackupReason::Migration,
        BackupReason::BeforeRestore,
        BackupReason::Manual,
    ];

    /// The stable name used in file names and JSON.
    pub fn name(self) -> &'static str {
        match self {
            BackupReason::Open => "open",
            BackupReason::Scheduled => "scheduled",
            BackupReason::Migration => "migration",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::Manual => "manual",
        }
    }

    pub fn from_name(name: &str) -> Option<BackupReason> {
        BackupReason::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The reason as a person reads it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            BackupReason::Open => lang.pick("when opened", "al abrir"),
            BackupReason::Scheduled => lang.pick("automatic", "automática"),
            BackupReason::Migration => lang.pick("before an update", "antes de actualizar"),
            BackupReason::BeforeRestore => lang.pick("before a restore", "antes de restaurar"),
            BackupReason::Manual => lang.pick("manual", "manual"),
        }
    }
}

/// Whose a file in a workspace's backups folder is, by what is recorded
/// inside it (the workspace's identity), never by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackupOrigin {
    /// A backup Rumbo took of this workspace.
    Own,
    /// A copy of another workspace (another organization's strategy, or a
    /// copy that became a workspace of its own).
    OtherWorkspace,
    /// Nothing in it says which workspace it comes from (a backup taken by
    /// an older Rumbo, or a file someone put there).
    Unknown,
}

/// One backup of a workspace: a complete, valid workspace file in the
/// backups folder beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: std::path::PathBuf,
    /// When it was taken (UTC, to the millisecond): as recorded inside the
    /// backup, or for a backup of an older Rumbo, from its file name.
    pub taken_at: chrono::DateTime<chrono::Utc>,
    pub reason: BackupReason,
    /// Its size in bytes.
    pub size: u64,
    /// The schema version (SQLite `user_version`) of the copy.
    pub schema_version: u32,
    /// Whose it is.
    pub origin: BackupOrigin,
}

/// A text to start a policy from (`policy_model`): the model's title and
/// its text, with the organization's name filled in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModelText {
    pub title: String,
    pub text: String,
}
