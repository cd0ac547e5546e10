-- Which process runs an analysis: a token whose OS lock file that process holds while it lives. On start, a
-- process fails only the unfinished rows of workers whose lock is free (they died), not those of a live
-- workstation or server sharing the database file. NULL: rows from before V12, or from no live worker.
ALTER TABLE analyses ADD COLUMN worker TEXT;
