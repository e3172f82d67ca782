-- Schema version 5: a workspace may say what is not known, without
-- inventing it.
--
-- An objective may be closed without a verdict. Its status is checked by a
-- CHECK constraint, and a table cannot change a constraint in place: it
-- would be rebuilt, and dropping the old table would delete its
-- measurements and links (foreign keys are on during migrations). Adding a
-- value to the allowed list changes nothing on disk and every stored row
-- still passes, so the table's definition is edited in place, the way
-- SQLite's documentation describes for such changes ("Making Other Kinds Of
-- Table Schema Changes"). The ALTER TABLEs below then change the schema
-- cookie, so every connection reads the new definition; the open check runs
-- integrity_check on the result.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, '''missed'', ''dropped''))', '''missed'', ''dropped'', ''closed''))')
WHERE type = 'table' AND name = 'objective';
PRAGMA writable_schema = OFF;

-- A channel's weekly effort may be unknown (not measured), which is not 0.
ALTER TABLE channel ADD COLUMN effort_known INTEGER NOT NULL DEFAULT 1
    CHECK (effort_known IN (0, 1));

-- A measurement is the KPI's value, or its change against the period
-- before, in percent.
ALTER TABLE measurement ADD COLUMN kind TEXT NOT NULL DEFAULT 'value'
    CHECK (kind IN ('value', 'change'));
