-- The name of the workbook sheet an inspection was imported from, kept for its export.
ALTER TABLE inspection ADD COLUMN source_sheet TEXT NOT NULL DEFAULT '';
