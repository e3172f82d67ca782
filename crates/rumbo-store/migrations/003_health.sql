-- Schema version 3: the health check's thresholds and the findings the
-- community manager accepted as a known risk.

CREATE TABLE health_settings (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    cm_weekly_hours        REAL NOT NULL CHECK (cm_weekly_hours > 0),
    answer_days            INTEGER NOT NULL CHECK (answer_days > 0),
    ignored_share_percent  INTEGER NOT NULL CHECK (ignored_share_percent BETWEEN 0 AND 100),
    stale_measurement_days INTEGER NOT NULL CHECK (stale_measurement_days > 0),
    low_fit                REAL NOT NULL CHECK (low_fit BETWEEN 0 AND 5),
    high_fit               REAL NOT NULL CHECK (high_fit BETWEEN 0 AND 5)
) STRICT;

INSERT INTO health_settings VALUES (1, 20.0, 30, 25, 60, 2.5, 3.5);

CREATE TABLE acknowledgement (
    key    TEXT PRIMARY KEY CHECK (key <> ''),
    reason TEXT NOT NULL CHECK (reason <> ''),
    date   TEXT NOT NULL
) STRICT;
