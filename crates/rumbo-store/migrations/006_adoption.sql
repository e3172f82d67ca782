-- Schema version 5: a document the organization adopts as its own.
--
-- The profile says how the organization and the role are named inside a
-- sentence; the recommendation log also holds decisions the organization
-- took on its own, and an entry's date may be unknown; the document has a
-- classification, readers, a setting for the score and the community
-- manager's own texts; a saved version can be approved.

ALTER TABLE profile ADD COLUMN name_in_sentence TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN name_gender TEXT
    CHECK (name_gender IS NULL OR name_gender IN ('masculine', 'feminine'));
ALTER TABLE profile ADD COLUMN cm_title TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN cm_title_gender TEXT
    CHECK (cm_title_gender IS NULL OR cm_title_gender IN ('masculine', 'feminine'));

-- A column cannot lose NOT NULL in place: the table is rebuilt. Nothing
-- refers to it, so its rows keep their ids.
CREATE TABLE recommendation_v5 (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL DEFAULT 'recommendation'
        CHECK (kind IN ('recommendation', 'decision')),
    title              TEXT NOT NULL CHECK (title <> ''),
    recipient          TEXT NOT NULL DEFAULT '',
    department_id      INTEGER REFERENCES department (id) ON DELETE SET NULL,
    date               TEXT,
    rationale          TEXT NOT NULL DEFAULT '',
    decision           TEXT NOT NULL CHECK (decision IN ('pending', 'accepted', 'rejected', 'ignored')),
    decision_date      TEXT,
    decision_rationale TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO recommendation_v5 (id, kind, title, recipient, department_id, date, rationale,
                               decision, decision_date, decision_rationale, outcome)
SELECT id, 'recommendation', title, recipient, department_id, date, rationale,
       decision, decision_date, decision_rationale, outcome
FROM recommendation;

DROP TABLE recommendation;
ALTER TABLE recommendation_v5 RENAME TO recommendation;

ALTER TABLE document_settings ADD COLUMN classification TEXT NOT NULL DEFAULT 'internal'
    CHECK (classification IN ('none', 'public', 'internal', 'confidential', 'custom'));
ALTER TABLE document_settings ADD COLUMN classification_label TEXT NOT NULL DEFAULT '';
ALTER TABLE document_settings ADD COLUMN readers TEXT NOT NULL DEFAULT '';
ALTER TABLE document_settings ADD COLUMN show_score INTEGER NOT NULL DEFAULT 1
    CHECK (show_score IN (0, 1));
ALTER TABLE document_settings ADD COLUMN introduction TEXT NOT NULL DEFAULT '';
ALTER TABLE document_settings ADD COLUMN chapter_texts TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(chapter_texts));
ALTER TABLE document_settings ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE document_settings ADD COLUMN summary_basis TEXT NOT NULL DEFAULT '';

-- The sign-off of a saved version: one approval a version, gone with it.
CREATE TABLE document_approval (
    version_id   INTEGER PRIMARY KEY REFERENCES document_version (id) ON DELETE CASCADE,
    approved_by  TEXT NOT NULL CHECK (approved_by <> ''),
    role         TEXT NOT NULL,
    date         TEXT NOT NULL,
    reservations TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
