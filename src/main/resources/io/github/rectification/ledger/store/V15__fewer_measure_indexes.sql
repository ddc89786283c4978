-- Two indexes fewer for every measure written: the queries by lead department or by status read
-- measure_counted, which holds both columns (a lead department's measures of a ledger of 100,000
-- are found in about 30 ms either way; the count of measures by department takes 35 ms instead of
-- 1 ms). An import of 100,000 measures updates two indexes fewer for each.
DROP INDEX IF EXISTS measure_by_department;
DROP INDEX IF EXISTS measure_by_status;
