-- Schema version 4: the strategy document's settings and its saved versions,
-- each with a snapshot of the workspace (the JSON interchange format) it was
-- made from.

CREATE TABLE document_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    title           TEXT NOT NULL,
    author          TEXT NOT NULL,
    date            TEXT,
    lang            TEXT NOT NULL CHECK (lang IN ('en', 'es')),
    hidden_sections TEXT NOT NULL
) STRICT;

INSERT INTO document_settings VALUES (1, '', '', NULL, 'en', '[]');

CREATE TABLE document_version (
    id       INTEGER PRIMARY KEY,
    number   INTEGER NOT NULL UNIQUE CHECK (number > 0),
    date     TEXT NOT NULL,
    note     TEXT NOT NULL,
    lang     TEXT NOT NULL CHECK (lang IN ('en', 'es')),
    saved_at TEXT NOT NULL,
    snapshot TEXT NOT NULL
) STRICT;
