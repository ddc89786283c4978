-- Distributions: every export is a batch sent out (to a department or to all), with the values of
-- its measures as sent, so that a returned workbook is merged field by field against that base.
CREATE TABLE distribution (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    at         TEXT    NOT NULL,
    who        TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    department TEXT
);

-- The measures of a batch as sent (and the measures a return of the batch added, as added).
CREATE TABLE distribution_measure (
    distribution_id        INTEGER NOT NULL REFERENCES distribution (id) ON DELETE CASCADE,
    measure_uid            TEXT    NOT NULL,
    seq                    TEXT    NOT NULL,
    text                   TEXT    NOT NULL,
    leader                 TEXT    NOT NULL,
    department             TEXT    NOT NULL,
    supporting_departments TEXT    NOT NULL,
    person                 TEXT    NOT NULL,
    deadline_kind          TEXT    NOT NULL,
    deadline_date          TEXT,
    deadline_text          TEXT,
    status                 TEXT    NOT NULL,
    completed_on           TEXT,
    progress               TEXT    NOT NULL,
    remarks                TEXT    NOT NULL,
    PRIMARY KEY (distribution_id, measure_uid)
);

-- The problems of a batch as sent.
CREATE TABLE distribution_problem (
    distribution_id INTEGER NOT NULL REFERENCES distribution (id) ON DELETE CASCADE,
    problem_uid     TEXT    NOT NULL,
    seq             TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    PRIMARY KEY (distribution_id, problem_uid)
);

-- Rows a return of a batch added: the row's fingerprint and the measure it became.
CREATE TABLE distribution_row (
    distribution_id INTEGER NOT NULL REFERENCES distribution (id) ON DELETE CASCADE,
    fingerprint     TEXT    NOT NULL,
    measure_uid     TEXT    NOT NULL,
    PRIMARY KEY (distribution_id, fingerprint)
);

-- Fields a return changed while the office changed them too: open until the user decides.
CREATE TABLE merge_conflict (
    id              INTEGER PRIMARY KEY,
    distribution_id INTEGER REFERENCES distribution (id) ON DELETE SET NULL,
    measure_uid     TEXT    NOT NULL,
    field           TEXT    NOT NULL,
    base_value      TEXT,
    ledger_value    TEXT,
    workbook_value  TEXT,
    file_name       TEXT    NOT NULL,
    sheet           TEXT,
    row_number      INTEGER,
    column_name     TEXT,
    found_at        TEXT    NOT NULL,
    decision        TEXT CHECK (decision IN ('workbook', 'ledger')),
    decided_at      TEXT
);
CREATE INDEX merge_conflict_by_measure ON merge_conflict (measure_uid, field);
