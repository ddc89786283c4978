-- Change history: one row per changed field (or per record for an add, remove or restore, and for
-- an import, which writes one row per record naming the file). Written in the same transaction as
-- the change. No foreign keys: the history of a deleted record stays.
CREATE TABLE history (
    id            INTEGER PRIMARY KEY,
    at            TEXT    NOT NULL,
    who           TEXT    NOT NULL,
    table_name    TEXT    NOT NULL,
    record_id     INTEGER NOT NULL,
    record_uid    TEXT    NOT NULL,
    inspection_id INTEGER,
    action        TEXT    NOT NULL CHECK (action IN ('add', 'update', 'remove', 'restore', 'move')),
    field         TEXT,
    old_value     TEXT,
    new_value     TEXT,
    source        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX history_by_record ON history (table_name, record_uid, id);
CREATE INDEX history_by_inspection ON history (inspection_id, id);
