// Generated from the Rust types by ts-rs (crates/rumbo-core/src/bindings.rs).
// Do not edit: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-core bindings`.

export type Lang = "en" | "es";

export type ErrorCode = "validation" | "not_found" | "no_workspace" | "file_not_found" | "file_exists" | "not_a_file" | "permission_denied" | "not_sqlite" | "not_a_workspace" | "newer_version" | "damaged" | "io" | "database" | "bad_json" | "unsupported_json_version" | "internal";

export type FieldCode = "required" | "too_long" | "out_of_range" | "end_before_start" | "duplicate" | "invalid";

export type FieldError = { 
/**
 * The field's name as it appears in the input type (`name`, `weeklyEffortHours`).
 */
field: string, code: FieldCode, message: string, };

export type ApiError = { code: ErrorCode, 
/**
 * A sentence a person understands, in their language.
 */
message: string, 
/**
 * For `validation`: each field at fault. Empty otherwise.
 */
fields: Array<FieldError>, };

export type Profile = { name: string, sector: string, mission: string, culture: string, values: string, brandVoice: string, cmName: string, 
/**
 * Whom the community manager reports to (a department or a person).
 */
cmReportsTo: string, 
/**
 * The languages the organization communicates in, as people write them.
 */
languages: Array<string>, planningStart: string | null, planningEnd: string | null, };

export type Network = "linkedin" | "instagram" | "x" | "facebook" | "tiktok" | "youtube" | "threads" | "mastodon" | "bluesky" | "whatsapp_channel" | "telegram" | "blog" | "newsletter" | "podcast" | "forum" | "own_community" | "other";

export type ChannelStatus = "considered" | "planned" | "active" | "paused" | "retired" | "rejected";

export type ChannelInput = { network: Network, 
/**
 * How the channel is called in the strategy ("Instagram — @valleverde").
 */
name: string, handle: string, status: ChannelStatus, 
/**
 * Why the organization is (or would be) there.
 */
purpose: string, tone: string, 
/**
 * How often it publishes, as people say it ("3 posts a week").
 */
cadence: string, 
/**
 * Who looks after it.
 */
owner: string, weeklyEffortHours: number, 
/**
 * For a rejected channel: why.
 */
rejectionReason: string, notes: string, };

export type Channel = { id: number, network: Network, name: string, handle: string, status: ChannelStatus, purpose: string, tone: string, cadence: string, owner: string, weeklyEffortHours: number, rejectionReason: string, notes: string, createdAt: string, updatedAt: string, };

export type WorkspaceInfo = { path: string, fileName: string, 
/**
 * The organization's name, or the file name while it has none.
 */
title: string, };

export type RecentFile = { path: string, fileName: string, 
/**
 * False when the file has gone (moved, deleted, unmounted).
 */
exists: boolean, };

export type LanguagePref = "system" | "en" | "es";

export type ThemePref = "system" | "light" | "dark";

export type AppSnapshot = { workspace: WorkspaceInfo | null, recent: Array<RecentFile>, language: LanguagePref, 
/**
 * The language the interface is in now.
 */
resolvedLanguage: Lang, theme: ThemePref, 
/**
 * Why the last attempt to open or create a workspace failed, if it did.
 */
error: ApiError | null, };

export type MenuAction = { "kind": "new" } | { "kind": "open" } | { "kind": "open_path", path: string, } | { "kind": "close" };
