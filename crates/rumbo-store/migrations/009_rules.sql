-- Schema version 9: the rules people meet. Policies (the house rules among
-- them), the moderation matrix, protocols (complaints, corrections), the
-- crisis ladder with its pause checklist and the playbook's settings;
-- whether a channel takes comments and who moderates each channel and
-- campaign; the months between two drills of the crisis playbook.

ALTER TABLE channel ADD COLUMN comments_open INTEGER CHECK (comments_open IN (0, 1));
ALTER TABLE channel ADD COLUMN moderator TEXT NOT NULL DEFAULT '';
ALTER TABLE campaign ADD COLUMN moderator TEXT NOT NULL DEFAULT '';
ALTER TABLE health_settings ADD COLUMN drill_months INTEGER NOT NULL DEFAULT 12
    CHECK (drill_months BETWEEN 1 AND 120);

CREATE TABLE policy (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('house_rules', 'staff_use', 'legal_notice', 'licences',
                                                      'accessibility', 'retention', 'pre_election',
                                                      'paid_promotion', 'stakeholders', 'other')),
    title               TEXT NOT NULL CHECK (title <> ''),
    text                TEXT NOT NULL DEFAULT '',
    owner               TEXT NOT NULL DEFAULT '',
    owner_department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,
    status              TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'approved')),
    approved_by         TEXT NOT NULL DEFAULT '',
    approved_on         TEXT,
    review_by           TEXT
) STRICT;
CREATE UNIQUE INDEX policy_title_unique ON policy (lower(title));
-- One policy of each kind, but any number of "other" ones.
CREATE UNIQUE INDEX policy_kind_single ON policy (kind) WHERE kind <> 'other';

CREATE TABLE moderation_rule (
    id            INTEGER PRIMARY KEY,
    situation     TEXT NOT NULL CHECK (situation <> ''),
    examples      TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL CHECK (action IN ('answer', 'ignore', 'hide', 'refer', 'delete', 'block')),
    department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,
    acted_by      TEXT NOT NULL DEFAULT '',
    decided_by    TEXT NOT NULL DEFAULT '',
    speed         TEXT NOT NULL DEFAULT '',
    recorded      INTEGER CHECK (recorded IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX moderation_rule_situation_unique ON moderation_rule (lower(situation));

CREATE TABLE moderation_rule_channel (
    rule_id    INTEGER NOT NULL REFERENCES moderation_rule (id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    PRIMARY KEY (rule_id, channel_id)
) STRICT;

CREATE TABLE protocol (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('complaints', 'correction', 'other')),
    name          TEXT NOT NULL CHECK (name <> ''),
    scope         TEXT NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,
    steps         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps)),
    drafted_by    TEXT NOT NULL DEFAULT '',
    approved_by   TEXT NOT NULL DEFAULT '',
    time_limit    TEXT NOT NULL DEFAULT '',
    announcement  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX protocol_name_unique ON protocol (lower(name));

CREATE TABLE crisis_level (
    id         INTEGER PRIMARY KEY,
    rank       INTEGER NOT NULL UNIQUE CHECK (rank BETWEEN 1 AND 9),
    name       TEXT NOT NULL CHECK (name <> ''),
    triggers   TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    escalation TEXT NOT NULL DEFAULT '',
    pause      INTEGER NOT NULL CHECK (pause IN (0, 1)),
    statements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(statements))
) STRICT;
CREATE UNIQUE INDEX crisis_level_name_unique ON crisis_level (lower(name));

CREATE TABLE crisis_level_department (
    level_id      INTEGER NOT NULL REFERENCES crisis_level (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    PRIMARY KEY (level_id, department_id)
) STRICT;

-- A step for a channel means nothing without it; one with no channel is
-- for every channel.
CREATE TABLE pause_step (
    id         INTEGER PRIMARY KEY,
    channel_id INTEGER REFERENCES channel (id) ON DELETE CASCADE,
    what       TEXT NOT NULL CHECK (what IN ('scheduled_posts', 'ads', 'automated_replies', 'other')),
    how        TEXT NOT NULL CHECK (how <> ''),
    who        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE crisis_plan (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    spokes_channel_id INTEGER REFERENCES channel (id) ON DELETE SET NULL,
    single_voice      TEXT NOT NULL DEFAULT '',
    post_mortem       TEXT NOT NULL DEFAULT '',
    last_drill        TEXT
) STRICT;

INSERT INTO crisis_plan (id) VALUES (1);
