-- 回头看: a follow-up round is an inspection of its own, started from an earlier one; the measures
-- carried into it keep a link to the measure they came from. Both by stable id (uid).
CREATE TABLE follow_up (
    inspection_uid        TEXT PRIMARY KEY,
    origin_inspection_uid TEXT NOT NULL
);
CREATE TABLE carried_measure (
    measure_uid TEXT PRIMARY KEY,
    origin_uid  TEXT NOT NULL
);
CREATE INDEX carried_by_origin ON carried_measure (origin_uid);
