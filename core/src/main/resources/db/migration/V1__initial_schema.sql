-- Brain-Go-Brrr workstation database, version 1.
--
-- Conventions:
--  * Timestamps written by the database are UTC ISO-8601 with milliseconds ('2024-05-01T12:00:00.000Z').
--    recordings.start_time is the recording's own local clock time as the file states it (no zone).
--  * Rows the clinic may need again are soft-deleted (deleted_at), never removed by the application.
--  * Child data cascades on a hard delete of its recording (a future purge is one DELETE). Migrations
--    therefore run with foreign_keys OFF (see Database), so a table rebuild never cascades away data.
--  * Status columns of tables that later issues fill (analyses, outbox) list their values in comments
--    rather than CHECKs: changing a CHECK in SQLite means rebuilding the table.

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT,
    role                 TEXT    NOT NULL CHECK (role IN ('admin', 'clinician', 'technician', 'researcher')),
    password_hash        TEXT    NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until         TEXT,
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE patients (
    id         INTEGER PRIMARY KEY,
    mrn        TEXT NOT NULL UNIQUE,
    name       TEXT,
    birth_date TEXT,                                  -- yyyy-mm-dd, NULL when unknown
    sex        TEXT CHECK (sex IN ('F', 'M', 'X')),   -- EDF+ patient field letters; NULL when unknown
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at TEXT
);
CREATE INDEX patients_name ON patients (name);

CREATE TABLE recordings (
    id                       INTEGER PRIMARY KEY,
    patient_id               INTEGER REFERENCES patients (id),
    source_file              TEXT,                     -- file name only: paths are machine-specific
    source_sha256            TEXT,
    format                   TEXT    NOT NULL,         -- RecordingFormat label: EDF, EDF+C, EDF+D, BDF, ...
    start_time               TEXT    NOT NULL,         -- local clock time as recorded, ISO-8601
    record_count             INTEGER NOT NULL CHECK (record_count >= 0),
    record_duration_s        REAL    NOT NULL CHECK (record_duration_s >= 0),
    duration_s               REAL    NOT NULL CHECK (duration_s >= 0),
    status                   TEXT    NOT NULL CHECK (status IN ('recording', 'complete', 'recovered', 'imported')),
    patient_identification   TEXT,
    recording_identification TEXT,
    created_at               TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at               TEXT
);
CREATE INDEX recordings_patient ON recordings (patient_id);
CREATE INDEX recordings_sha256 ON recordings (source_sha256);

CREATE TABLE recording_signals (
    recording_id       INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    signal_index       INTEGER NOT NULL CHECK (signal_index >= 0),
    label              TEXT    NOT NULL,
    kind               TEXT    NOT NULL,               -- SignalKind name: EEG, EOG, EMG, ECG, RESPIRATION, OTHER
    electrode          TEXT,
    transducer         TEXT,
    physical_dimension TEXT,
    physical_min       REAL    NOT NULL,
    physical_max       REAL    NOT NULL,
    digital_min        INTEGER NOT NULL,
    digital_max        INTEGER NOT NULL,
    prefilter          TEXT,
    samples_per_record INTEGER NOT NULL CHECK (samples_per_record > 0),
    sample_rate_hz     REAL    NOT NULL,
    PRIMARY KEY (recording_id, signal_index)
) WITHOUT ROWID;

-- Onset of every data record, written only for discontinuous recordings (EDF+D/BDF+D, acquisition
-- with dropouts); continuous ones have none and record k starts at k * record_duration_s. One row per
-- record keeps the file's onsets exactly (no float reconstruction) at ~30k small rows for 8 h.
CREATE TABLE recording_records (
    recording_id INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    record_index INTEGER NOT NULL CHECK (record_index >= 0),
    onset_s      REAL    NOT NULL,
    PRIMARY KEY (recording_id, record_index)
) WITHOUT ROWID;

-- Digital samples of one signal, little-endian, 2 or 4 bytes each (chosen per chunk by the values it
-- holds, so a BDF chunk whose values fit int16 takes half the space). Sample indices count stored
-- samples: gaps take none. Chunks of one signal never overlap; their lengths may differ.
CREATE TABLE signal_chunks (
    recording_id     INTEGER NOT NULL,
    signal_index     INTEGER NOT NULL,
    first_sample     INTEGER NOT NULL CHECK (first_sample >= 0),
    sample_count     INTEGER NOT NULL CHECK (sample_count > 0),
    bytes_per_sample INTEGER NOT NULL CHECK (bytes_per_sample IN (2, 4)),
    data             BLOB    NOT NULL CHECK (length(data) = sample_count * bytes_per_sample),
    PRIMARY KEY (recording_id, signal_index, first_sample),
    FOREIGN KEY (recording_id, signal_index)
        REFERENCES recording_signals (recording_id, signal_index) ON DELETE CASCADE
);

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    recording_id INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    onset_s      REAL    NOT NULL,                    -- seconds from the recording start (may be negative)
    duration_s   REAL,                                -- NULL when the event has no duration
    text         TEXT    NOT NULL,
    source       TEXT    NOT NULL CHECK (source IN ('file', 'user', 'detector')),
    created_by   INTEGER REFERENCES users (id),
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX annotations_recording_onset ON annotations (recording_id, onset_s);

CREATE TABLE analyses (
    id           INTEGER PRIMARY KEY,
    recording_id INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    type         TEXT    NOT NULL,                    -- quick, standard, comprehensive, staging, detection, ...
    status       TEXT    NOT NULL DEFAULT 'queued',   -- queued, running, completed, failed, cancelled
    priority     INTEGER NOT NULL DEFAULT 0,          -- higher runs first
    progress     REAL    NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
    stage        TEXT,                                -- human-readable step being worked on
    parameters   TEXT CHECK (parameters IS NULL OR json_valid(parameters)),
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    started_at   TEXT,
    finished_at  TEXT,
    error        TEXT
);
CREATE INDEX analyses_queue ON analyses (status, priority DESC, created_at);
CREATE INDEX analyses_recording ON analyses (recording_id);

CREATE TABLE results (
    id                INTEGER PRIMARY KEY,
    analysis_id       INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL,               -- quality, spectral, sleep, events, report, ...
    algorithm         TEXT    NOT NULL,
    algorithm_version TEXT    NOT NULL,
    payload           TEXT CHECK (payload IS NULL OR json_valid(payload)),
    attachment        BLOB,                           -- binary result (PDF, PNG), typed by media_type
    media_type        TEXT,
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (payload IS NOT NULL OR attachment IS NOT NULL),
    CHECK (attachment IS NULL OR media_type IS NOT NULL)
);
CREATE INDEX results_analysis ON results (analysis_id);

-- Append-only hash chain: hash = H(prev_hash || canonical row). The triggers make tampering through
-- SQL fail loudly; `brrr audit verify` detects tampering that bypasses them.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor     TEXT NOT NULL,                          -- username, API client id or 'system'
    action    TEXT NOT NULL,                          -- e.g. recording.import, user.login.failed
    entity    TEXT,
    entity_id TEXT,
    detail    TEXT CHECK (detail IS NULL OR json_valid(detail)),
    origin    TEXT NOT NULL,                          -- gui, cli, api, system
    prev_hash TEXT,                                   -- NULL only for the first row
    hash      TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    destination     TEXT    NOT NULL,                 -- configured endpoint name (fhir, webhook:<id>, ...)
    event_type      TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL UNIQUE,
    status          TEXT    NOT NULL DEFAULT 'pending', -- pending, delivered, dead
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    delivered_at    TEXT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_destination ON outbox (destination, status);
