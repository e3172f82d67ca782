-- Rumbo workspace, schema version 2: the whole strategy. Departments and the
-- CM's role (RACI), audiences, brand fit, objectives and their KPI
-- measurements, campaigns, the internal-communication plan, information
-- needs and the recommendation log.

CREATE TABLE department (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL CHECK (name <> ''),
    head  TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX department_name_unique ON department (lower(name));

CREATE TABLE activity (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (name <> ''),
    position INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX activity_name_unique ON activity (lower(name));

CREATE TABLE raci (
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    activity_id   INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('responsible', 'accountable', 'consulted', 'informed')),
    PRIMARY KEY (department_id, activity_id)
) STRICT;

CREATE TABLE audience (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    needs       TEXT NOT NULL DEFAULT '',
    whereabouts TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX audience_name_unique ON audience (lower(name));

CREATE TABLE fit_criterion (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    weight      INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 10),
    position    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX fit_criterion_name_unique ON fit_criterion (lower(name));

ALTER TABLE channel ADD COLUMN owner_department_id INTEGER REFERENCES department (id) ON DELETE SET NULL;

CREATE TABLE channel_audience (
    channel_id  INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    audience_id INTEGER NOT NULL REFERENCES audience (id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, audience_id)
) STRICT;

CREATE TABLE channel_fit (
    channel_id   INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES fit_criterion (id) ON DELETE CASCADE,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (channel_id, criterion_id)
) STRICT;

CREATE TABLE objective (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('awareness', 'engagement', 'customer_care', 'leads',
                                              'retention', 'advocacy', 'listening', 'internal')),
    kpi_metric  TEXT NOT NULL DEFAULT '',
    kpi_unit    TEXT NOT NULL DEFAULT '',
    baseline    REAL,
    target      REAL,
    start       TEXT,
    deadline    TEXT,
    owner       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('draft', 'active', 'achieved', 'missed', 'dropped'))
) STRICT;
CREATE UNIQUE INDEX objective_title_unique ON objective (lower(title));

CREATE TABLE objective_channel (
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    channel_id   INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    PRIMARY KEY (objective_id, channel_id)
) STRICT;

CREATE TABLE objective_department (
    objective_id  INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    PRIMARY KEY (objective_id, department_id)
) STRICT;

CREATE TABLE measurement (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    value        REAL NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (objective_id, date)
) STRICT;

CREATE TABLE campaign (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (name <> ''),
    description       TEXT NOT NULL DEFAULT '',
    department_id     INTEGER REFERENCES department (id) ON DELETE SET NULL,
    start             TEXT,
    end_date          TEXT,
    affects_community INTEGER NOT NULL CHECK (affects_community IN (0, 1)),
    cm_involved       INTEGER NOT NULL CHECK (cm_involved IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX campaign_name_unique ON campaign (lower(name));

CREATE TABLE campaign_objective (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, objective_id)
) STRICT;

CREATE TABLE flow (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (name <> ''),
    direction     TEXT NOT NULL CHECK (direction IN ('cm_to_department', 'department_to_cm', 'all_staff')),
    department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,
    audience      TEXT NOT NULL DEFAULT '',
    channel       TEXT NOT NULL CHECK (channel IN ('meeting', 'email', 'chat', 'intranet', 'newsletter', 'report', 'other')),
    cadence       TEXT NOT NULL CHECK (json_valid(cadence)),
    owner         TEXT NOT NULL DEFAULT '',
    feedback      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE info_need (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    what          TEXT NOT NULL CHECK (what <> ''),
    urgency       TEXT NOT NULL CHECK (urgency IN ('immediate', 'same_day', 'this_week', 'monthly')),
    flow_id       INTEGER REFERENCES flow (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE recommendation (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL CHECK (title <> ''),
    recipient          TEXT NOT NULL DEFAULT '',
    department_id      INTEGER REFERENCES department (id) ON DELETE SET NULL,
    date               TEXT NOT NULL,
    rationale          TEXT NOT NULL DEFAULT '',
    decision           TEXT NOT NULL CHECK (decision IN ('pending', 'accepted', 'rejected', 'ignored')),
    decision_date      TEXT,
    decision_rationale TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT ''
) STRICT;
