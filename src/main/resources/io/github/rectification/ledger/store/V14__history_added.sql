-- The records a bulk write (an import) adds, named by runs of consecutive ids under a history row of
-- the import (one for the adds before each of its updates, so that the history keeps the order of
-- the writes), instead of one history row per record: an import of 100,000 measures writes a few
-- rows here, not 100,000 rows and their index entries in history. A record's history reads its
-- "add" from here when it has no "add" row of its own (a record added later by hand under an id
-- the import once gave has one). No foreign keys, as in history: the runs of deleted records stay.
CREATE TABLE history_added (
    id            INTEGER PRIMARY KEY,
    history_id    INTEGER NOT NULL,
    table_name    TEXT    NOT NULL,
    inspection_id INTEGER,
    first_id      INTEGER NOT NULL,
    last_id       INTEGER NOT NULL,
    CHECK (first_id <= last_id)
);
CREATE INDEX history_added_by_id ON history_added (table_name, first_id);
CREATE INDEX history_added_by_inspection ON history_added (inspection_id);
