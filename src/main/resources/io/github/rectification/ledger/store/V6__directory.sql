-- The directory of departments (机构名录): each department once, with the other names it is
-- written by and whom its part of the ledger goes to.
CREATE TABLE department (
    id      INTEGER PRIMARY KEY,
    uid     TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE,
    contact TEXT NOT NULL DEFAULT '',
    email   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE department_alias (
    alias         TEXT    PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE
);
CREATE INDEX department_alias_by_department ON department_alias (department_id);
