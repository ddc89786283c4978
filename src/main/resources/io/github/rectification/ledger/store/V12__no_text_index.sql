-- The search is answered from an index kept in memory (store.SearchIndex), built on open and kept in
-- step with the rows written. The trigram full-text tables and their triggers are no longer read.
DROP TRIGGER IF EXISTS measure_fts_insert;
DROP TRIGGER IF EXISTS measure_fts_delete;
DROP TRIGGER IF EXISTS measure_fts_update;
DROP TRIGGER IF EXISTS problem_fts_insert;
DROP TRIGGER IF EXISTS problem_fts_delete;
DROP TRIGGER IF EXISTS problem_fts_update;
DROP TABLE IF EXISTS measure_fts;
DROP TABLE IF EXISTS problem_fts;
