-- The ledger: inspections, their problems (and sub-problems), measures, and the two registers.
CREATE TABLE ledger_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- The ledger's own stable id: exports carry it, so an import knows whether a file came from here.
INSERT INTO ledger_setting (key, value) VALUES ('ledger.uid', lower(hex(randomblob(16))));

CREATE TABLE inspection (
    id               INTEGER PRIMARY KEY,
    uid              TEXT    NOT NULL UNIQUE,
    name             TEXT    NOT NULL,
    inspected_unit   TEXT    NOT NULL DEFAULT '',
    inspection_group TEXT    NOT NULL DEFAULT '',
    start_date       TEXT,
    end_date         TEXT,
    feedback_date    TEXT,
    report_date      TEXT,
    sort_order       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE problem (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES problem (id) ON DELETE CASCADE,
    seq           TEXT    NOT NULL DEFAULT '',
    category      TEXT    NOT NULL DEFAULT '',
    title         TEXT    NOT NULL,
    description   TEXT    NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX problem_by_inspection ON problem (inspection_id, parent_id, sort_order);
CREATE INDEX problem_by_parent ON problem (parent_id);

CREATE TABLE measure (
    id                     INTEGER PRIMARY KEY,
    uid                    TEXT    NOT NULL UNIQUE,
    problem_id             INTEGER NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
    seq                    TEXT    NOT NULL DEFAULT '',
    text                   TEXT    NOT NULL DEFAULT '',
    leader                 TEXT    NOT NULL DEFAULT '',
    department             TEXT    NOT NULL DEFAULT '',
    supporting_departments TEXT    NOT NULL DEFAULT '',
    person                 TEXT    NOT NULL DEFAULT '',
    deadline_kind          TEXT    NOT NULL DEFAULT 'none'
        CHECK (deadline_kind IN ('date', 'long_term', 'immediate', 'none')),
    deadline_date          TEXT,
    deadline_text          TEXT,
    status                 TEXT    NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('done', 'in_progress', 'long_term', 'not_started')),
    completed_on           TEXT,
    progress               TEXT    NOT NULL DEFAULT '',
    remarks                TEXT    NOT NULL DEFAULT '',
    sort_order             INTEGER NOT NULL DEFAULT 0,
    CHECK ((deadline_kind = 'date') = (deadline_date IS NOT NULL))
);
CREATE INDEX measure_by_problem ON measure (problem_id, sort_order);
CREATE INDEX measure_by_department ON measure (department);
CREATE INDEX measure_by_status ON measure (status, deadline_date);

CREATE TABLE accountability (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    person     TEXT NOT NULL DEFAULT '',
    position   TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    problem_id INTEGER REFERENCES problem (id) ON DELETE SET NULL,
    date       TEXT
);

CREATE TABLE institution (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    doc_no     TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('new', 'revised')),
    issued_on  TEXT,
    problem_id INTEGER REFERENCES problem (id) ON DELETE SET NULL,
    measure_id INTEGER REFERENCES measure (id) ON DELETE SET NULL
);

-- Chinese substring search: trigram full-text indexes kept in step by triggers.
CREATE VIRTUAL TABLE measure_fts USING fts5(
    text, progress, department, leader, person, remarks,
    content = 'measure', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER measure_fts_insert AFTER INSERT ON measure BEGIN
    INSERT INTO measure_fts (rowid, text, progress, department, leader, person, remarks)
    VALUES (new.id, new.text, new.progress, new.department, new.leader, new.person, new.remarks);
END;
CREATE TRIGGER measure_fts_delete AFTER DELETE ON measure BEGIN
    INSERT INTO measure_fts (measure_fts, rowid, text, progress, department, leader, person, remarks)
    VALUES ('delete', old.id, old.text, old.progress, old.department, old.leader, old.person, old.remarks);
END;
CREATE TRIGGER measure_fts_update AFTER UPDATE OF text, progress, department, leader, person, remarks ON measure BEGIN
    INSERT INTO measure_fts (measure_fts, rowid, text, progress, department, leader, person, remarks)
    VALUES ('delete', old.id, old.text, old.progress, old.department, old.leader, old.person, old.remarks);
    INSERT INTO measure_fts (rowid, text, progress, department, leader, person, remarks)
    VALUES (new.id, new.text, new.progress, new.department, new.leader, new.person, new.remarks);
END;

CREATE VIRTUAL TABLE problem_fts USING fts5(
    title, description, category,
    content = 'problem', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER problem_fts_insert AFTER INSERT ON problem BEGIN
    INSERT INTO problem_fts (rowid, title, description, category)
    VALUES (new.id, new.title, new.description, new.category);
END;
CREATE TRIGGER problem_fts_delete AFTER DELETE ON problem BEGIN
    INSERT INTO problem_fts (problem_fts, rowid, title, description, category)
    VALUES ('delete', old.id, old.title, old.description, old.category);
END;
CREATE TRIGGER problem_fts_update AFTER UPDATE OF title, description, category ON problem BEGIN
    INSERT INTO problem_fts (problem_fts, rowid, title, description, category)
    VALUES ('delete', old.id, old.title, old.description, old.category);
    INSERT INTO problem_fts (rowid, title, description, category)
    VALUES (new.id, new.title, new.description, new.category);
END;
