-- Schema version 7: the planner and the networks people use.
--
-- The public holidays the planner warns of (a list the community manager
-- keeps, with starting sets for Spain and the United Kingdom), and the name
-- of the network of a channel on an "other" one. Networks are stored as
-- text: Discord, Reddit and Twitch need no change here.

CREATE TABLE holiday (
    id   INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name TEXT NOT NULL CHECK (name <> '')
);

CREATE INDEX holiday_date ON holiday (date);

ALTER TABLE channel ADD COLUMN network_name TEXT NOT NULL DEFAULT '';
