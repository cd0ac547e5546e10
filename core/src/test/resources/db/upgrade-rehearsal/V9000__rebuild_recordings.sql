-- Rehearses the kind of upgrade SQLite forces on us: changing a CHECK means rebuilding the table
-- (create new, copy, drop old, rename). Here the status list gains 'archived'.
CREATE TABLE recordings_new (
    id                       INTEGER PRIMARY KEY,
    patient_id               INTEGER REFERENCES patients (id),
    source_file              TEXT,
    source_sha256            TEXT,
    format                   TEXT    NOT NULL,
    start_time               TEXT    NOT NULL,
    record_count             INTEGER NOT NULL CHECK (record_count >= 0),
    record_duration_s        REAL    NOT NULL CHECK (record_duration_s >= 0),
    duration_s               REAL    NOT NULL CHECK (duration_s >= 0),
    status                   TEXT    NOT NULL CHECK (status IN ('recording', 'complete', 'recovered', 'imported', 'archived')),
    patient_identification   TEXT,
    recording_identification TEXT,
    created_at               TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at               TEXT,
    source_warnings          TEXT
);
INSERT INTO recordings_new SELECT * FROM recordings;
DROP TABLE recordings;
ALTER TABLE recordings_new RENAME TO recordings;
CREATE INDEX recordings_patient ON recordings (patient_id);
CREATE INDEX recordings_sha256 ON recordings (source_sha256);
