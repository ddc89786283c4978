-- One index fewer for every measure written: the queries by status (the overdue list, the figures)
-- read measure_counted, which holds the status and the deadline (the overdue filter of a ledger of
-- 100,000 measures takes 7–11 ms either way). measure_by_department stays: the count by lead
-- department, which groups the window's second tree, takes 4 ms with it and 60 ms without.
DROP INDEX IF EXISTS measure_by_status;
