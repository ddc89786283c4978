-- Close-out (销号) of measures: the request, and the decision on it. A row names its measure by
-- stable id (uid), so that it survives the delete of its measure and that delete's undo.
CREATE TABLE closeout (
    measure_uid   TEXT PRIMARY KEY,
    state         TEXT NOT NULL CHECK (state IN ('not_requested', 'requested', 'closed', 'returned')),
    note          TEXT NOT NULL DEFAULT '',
    requested_at  TEXT,
    requested_by  TEXT NOT NULL DEFAULT '',
    decided_at    TEXT,
    decided_by    TEXT NOT NULL DEFAULT '',
    opinion       TEXT NOT NULL DEFAULT '',
    override      TEXT NOT NULL DEFAULT ''
);
