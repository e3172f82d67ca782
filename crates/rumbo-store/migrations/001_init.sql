-- Rumbo workspace, schema version 1: the organization profile and its social channels.
PRAGMA application_id = 1381322050; -- 0x52554D42, "RUMB": marks the file as a Rumbo workspace

CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE profile (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    sector         TEXT NOT NULL DEFAULT '',
    mission        TEXT NOT NULL DEFAULT '',
    culture        TEXT NOT NULL DEFAULT '',
    org_values     TEXT NOT NULL DEFAULT '',
    brand_voice    TEXT NOT NULL DEFAULT '',
    cm_name        TEXT NOT NULL DEFAULT '',
    cm_reports_to  TEXT NOT NULL DEFAULT '',
    languages      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    planning_start TEXT,
    planning_end   TEXT,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE channel (
    id                  INTEGER PRIMARY KEY,
    network             TEXT NOT NULL,
    name                TEXT NOT NULL CHECK (name <> ''),
    handle              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL
        CHECK (status IN ('considered', 'planned', 'active', 'paused', 'retired', 'rejected')),
    purpose             TEXT NOT NULL DEFAULT '',
    tone                TEXT NOT NULL DEFAULT '',
    cadence             TEXT NOT NULL DEFAULT '',
    owner               TEXT NOT NULL DEFAULT '',
    weekly_effort_hours REAL NOT NULL DEFAULT 0
        CHECK (weekly_effort_hours >= 0 AND weekly_effort_hours <= 168),
    rejection_reason    TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX channel_name_unique ON channel (lower(name));
