-- The defects the reader tolerated in the source file (one per line), so a stored recording still tells
-- the clinician what was odd about the file it came from. Adding a nullable column keeps every row.
ALTER TABLE recordings ADD COLUMN source_warnings TEXT;
