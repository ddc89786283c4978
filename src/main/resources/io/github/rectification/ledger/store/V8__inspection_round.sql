-- The kind of round (巡察, 巡察“回头看”…) and who signs the notice (中共…党组), named by the notice.
ALTER TABLE inspection ADD COLUMN round_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE inspection ADD COLUMN issuing_body TEXT NOT NULL DEFAULT '';
