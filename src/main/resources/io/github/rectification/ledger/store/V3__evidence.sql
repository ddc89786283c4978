-- Evidence (佐证材料): files attached to measures and problems, kept inside the ledger.
-- Contents are stored once per SHA-256, in chunks of at most 1 MiB, so a file is streamed in and
-- out and never held whole in memory. An attachment names its owner by stable id (uid) and has no
-- foreign key to it: deleting a measure leaves its attachments, which return with the measure when
-- the delete is undone.
CREATE TABLE evidence_content (
    sha256 TEXT    PRIMARY KEY,
    size   INTEGER NOT NULL CHECK (size >= 0),
    chunks INTEGER NOT NULL CHECK (chunks >= 0)
);
CREATE TABLE evidence_chunk (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT    NOT NULL REFERENCES evidence_content (sha256) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    data   BLOB    NOT NULL,
    UNIQUE (sha256, seq)
);
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    owner_kind TEXT    NOT NULL CHECK (owner_kind IN ('measure', 'problem')),
    owner_uid  TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    sha256     TEXT    NOT NULL REFERENCES evidence_content (sha256),
    added_at   TEXT    NOT NULL,
    added_by   TEXT    NOT NULL
);
CREATE INDEX evidence_by_owner ON evidence (owner_kind, owner_uid, id);
