-- A distribution (下发) sends each lead department or leader its part of the ledger as a batch of
-- its own; the batches sent together share a round and the date by which the returns are due.
-- A partial batch holds only its recipient's measures: a return is compared with those alone.
ALTER TABLE distribution ADD COLUMN round_uid TEXT;
ALTER TABLE distribution ADD COLUMN recipient TEXT;
ALTER TABLE distribution ADD COLUMN due TEXT;
ALTER TABLE distribution ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;
CREATE INDEX distribution_by_round ON distribution (round_uid);

-- Each returned workbook of a batch, once per content: when it was imported, by whom, from which
-- file, how many records it changed and how many conflicts it left.
CREATE TABLE distribution_return (
    id              INTEGER PRIMARY KEY,
    distribution_id INTEGER NOT NULL REFERENCES distribution (id) ON DELETE CASCADE,
    at              TEXT    NOT NULL,
    who             TEXT    NOT NULL,
    file_name       TEXT    NOT NULL,
    sha256          TEXT    NOT NULL,
    applied         INTEGER NOT NULL,
    conflicts       INTEGER NOT NULL,
    UNIQUE (distribution_id, sha256)
);
