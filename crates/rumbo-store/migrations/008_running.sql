-- Schema version 8: channels as they really run. Each channel is also an
-- account (who runs it, who holds admin access, two-factor
-- authentication, its lifecycle, the four questions); the people who run
-- the channels and their hours; content pillars and their share on each
-- channel; channel styles; service levels; the budget; the procedure to
-- open and close an account. Internal flows reach several departments.
-- Only adds: what a version-7 file holds keeps its meaning.

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (name <> ''),
    role          TEXT NOT NULL DEFAULT '',
    duty          TEXT NOT NULL CHECK (duty IN ('coordinator', 'account_manager', 'editor', 'moderator',
                                                'administrator', 'support')),
    department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,
    weekly_hours  REAL CHECK (weekly_hours IS NULL OR weekly_hours BETWEEN 0 AND 168),
    notes         TEXT NOT NULL DEFAULT ''
) STRICT;

-- A channel's account. A channel without a row has an account whose facts
-- are all unknown. `channel.status` keeps the statuses its CHECK allows;
-- the statuses of the account lifecycle that refine them are kept here:
-- requested (considered), under_review (active), dormant (paused).
CREATE TABLE channel_account (
    channel_id            INTEGER PRIMARY KEY REFERENCES channel (id) ON DELETE CASCADE,
    lifecycle             TEXT CHECK (lifecycle IS NULL OR lifecycle IN ('requested', 'under_review', 'dormant')),
    url                   TEXT NOT NULL DEFAULT '',
    manager_id            INTEGER REFERENCES person (id) ON DELETE SET NULL,
    two_factor            INTEGER CHECK (two_factor IS NULL OR two_factor IN (0, 1)),
    credentials_custodian TEXT NOT NULL DEFAULT '',
    last_access_review    TEXT,
    requested_on          TEXT,
    requested_by          TEXT NOT NULL DEFAULT '',
    approved_on           TEXT,
    approved_by           TEXT NOT NULL DEFAULT '',
    opened_on             TEXT,
    closed_on             TEXT,
    closed_by             TEXT NOT NULL DEFAULT '',
    content_after_closing TEXT NOT NULL DEFAULT '',
    for_event             INTEGER NOT NULL DEFAULT 0 CHECK (for_event IN (0, 1)),
    ends_on               TEXT,
    closing_plan          TEXT NOT NULL DEFAULT '',
    answer_objectives     TEXT NOT NULL DEFAULT '',
    answer_audience       TEXT NOT NULL DEFAULT '',
    answer_resources      TEXT NOT NULL DEFAULT '',
    answer_content        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE channel_admin (
    channel_id INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, person_id)
) STRICT;

-- Flows reach one or several departments: the link replaces
-- `flow.department_id`, which is no longer written.
CREATE TABLE flow_department (
    flow_id       INTEGER NOT NULL REFERENCES flow (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    PRIMARY KEY (flow_id, department_id)
) STRICT;
INSERT INTO flow_department (flow_id, department_id)
    SELECT id, department_id FROM flow WHERE department_id IS NOT NULL;
UPDATE flow SET department_id = NULL WHERE department_id IS NOT NULL;

CREATE TABLE pillar (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (name <> ''),
    purpose  TEXT NOT NULL DEFAULT '',
    examples TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX pillar_name_unique ON pillar (lower(name));

CREATE TABLE pillar_objective (
    pillar_id    INTEGER NOT NULL REFERENCES pillar (id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    PRIMARY KEY (pillar_id, objective_id)
) STRICT;

CREATE TABLE pillar_share (
    pillar_id  INTEGER NOT NULL REFERENCES pillar (id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    percent    REAL CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
    PRIMARY KEY (pillar_id, channel_id)
) STRICT;

CREATE TABLE style_guide (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (name <> ''),
    language         TEXT NOT NULL DEFAULT '',
    register         TEXT CHECK (register IS NULL OR register IN ('formal', 'informal', 'mixed')),
    dos              TEXT NOT NULL DEFAULT '',
    donts            TEXT NOT NULL DEFAULT '',
    formats          TEXT NOT NULL DEFAULT '',
    hashtags         TEXT NOT NULL DEFAULT '',
    posting_times    TEXT NOT NULL DEFAULT '',
    accessibility    TEXT NOT NULL DEFAULT '',
    graphic_identity TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX style_guide_name_unique ON style_guide (lower(name));

CREATE TABLE style_guide_channel (
    style_guide_id INTEGER NOT NULL REFERENCES style_guide (id) ON DELETE CASCADE,
    channel_id     INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    PRIMARY KEY (style_guide_id, channel_id)
) STRICT;

CREATE TABLE service_level (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (name <> ''),
    days          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(days)),
    opens         TEXT,
    closes        TEXT,
    response_time REAL CHECK (response_time IS NULL OR response_time >= 0),
    response_unit TEXT NOT NULL CHECK (response_unit IN ('minutes', 'hours', 'working_days', 'days')),
    monitoring    TEXT CHECK (monitoring IS NULL OR monitoring IN ('continuous', 'hourly', 'several_daily',
                                                                   'daily', 'weekdays', 'weekly')),
    out_of_hours  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX service_level_name_unique ON service_level (lower(name));

CREATE TABLE service_level_channel (
    service_level_id INTEGER NOT NULL REFERENCES service_level (id) ON DELETE CASCADE,
    channel_id       INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    PRIMARY KEY (service_level_id, channel_id)
) STRICT;

CREATE TABLE budget_line (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (name <> ''),
    category TEXT NOT NULL CHECK (category IN ('paid_promotion', 'tools', 'production', 'staff', 'training', 'other')),
    amount   REAL CHECK (amount IS NULL OR amount >= 0),
    currency TEXT NOT NULL DEFAULT '',
    period   TEXT NOT NULL CHECK (period IN ('one_off', 'month', 'quarter', 'year')),
    start    TEXT,
    end_date TEXT,
    notes    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE budget_line_channel (
    budget_line_id INTEGER NOT NULL REFERENCES budget_line (id) ON DELETE CASCADE,
    channel_id     INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    PRIMARY KEY (budget_line_id, channel_id)
) STRICT;

CREATE TABLE procedure_step (
    id          INTEGER PRIMARY KEY,
    phase       TEXT NOT NULL CHECK (phase IN ('opening', 'closing')),
    name        TEXT NOT NULL CHECK (name <> ''),
    who         TEXT NOT NULL DEFAULT '',
    days        INTEGER CHECK (days IS NULL OR days BETWEEN 0 AND 500),
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
) STRICT;

ALTER TABLE health_settings ADD COLUMN access_review_months INTEGER NOT NULL DEFAULT 12
    CHECK (access_review_months BETWEEN 1 AND 120);
