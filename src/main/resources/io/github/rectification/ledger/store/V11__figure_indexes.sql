-- The columns the figures, the deadline warnings and the breakdowns are counted from, so that SQLite
-- counts a large ledger from this index instead of reading every measure's texts.
CREATE INDEX measure_counted ON measure (problem_id, status, deadline_kind, deadline_date, sort_order, department,
    leader, uid);
-- The last change of each record, read by the quality check's 长期未更新 without reading the history rows.
CREATE INDEX history_last_change ON history (table_name, record_uid, at);
