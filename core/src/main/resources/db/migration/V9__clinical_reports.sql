-- Clinical reports (issue 8). A report is one version of the clinician's report on one recording.
-- A signed version is never changed again (triggers below): an amendment is a new row whose
-- amends_id points at the version it replaces, so the original stays readable as it was signed.
CREATE TABLE reports (
    id                INTEGER PRIMARY KEY,
    recording_id      INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    template          TEXT    NOT NULL CHECK (template IN ('routine-eeg', 'psg')),
    version           INTEGER NOT NULL CHECK (version >= 1),
    amends_id         INTEGER REFERENCES reports (id),
    status            TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    technician_notes  TEXT,
    montage           TEXT,                           -- montage the clinician read the recording in
    filters           TEXT,                           -- display filters used, e.g. 'LFF 1 Hz, HFF 70 Hz, notch off'
    quality_summary   TEXT,
    interpretation    TEXT,
    impression        TEXT,
    created_by        TEXT    NOT NULL,
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    signed_by         TEXT,                           -- username of the signer
    signer_name       TEXT,                           -- display name printed on the report
    signed_at         TEXT,
    signature_meaning TEXT CHECK (signature_meaning IS NULL OR signature_meaning IN ('author', 'reviewer', 'approved')),
    pdf_result_id     INTEGER REFERENCES results (id), -- the signed PDF (results.kind 'report')
    UNIQUE (recording_id, version),
    CHECK ((status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL AND signature_meaning IS NOT NULL))
);
CREATE INDEX reports_recording ON reports (recording_id, version);

-- An automated finding as the clinician judged it: accepted as is, edited (text holds the new wording) or rejected.
CREATE TABLE report_findings (
    report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL CHECK (ordinal >= 0),
    code          TEXT    NOT NULL,
    original_text TEXT    NOT NULL,
    decision      TEXT    NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'accepted', 'edited', 'rejected')),
    text          TEXT    NOT NULL,
    PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;

-- Representative EEG pages the clinician picked for the PDF.
CREATE TABLE report_pages (
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL CHECK (ordinal >= 0),
    start_s    REAL    NOT NULL CHECK (start_s >= 0),
    duration_s REAL    NOT NULL CHECK (duration_s > 0 AND duration_s <= 60),
    montage    TEXT    NOT NULL,
    caption    TEXT,
    PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;

-- A signed report and its findings and pages are frozen: the database refuses changes, not only the service.
CREATE TRIGGER reports_signed_frozen BEFORE UPDATE ON reports WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;
CREATE TRIGGER reports_signed_no_delete BEFORE DELETE ON reports WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;
CREATE TRIGGER report_findings_frozen_insert BEFORE INSERT ON report_findings
    WHEN (SELECT status FROM reports WHERE id = NEW.report_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;
CREATE TRIGGER report_findings_frozen_update BEFORE UPDATE ON report_findings
    WHEN (SELECT status FROM reports WHERE id = OLD.report_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;
CREATE TRIGGER report_findings_frozen_delete BEFORE DELETE ON report_findings
    WHEN (SELECT status FROM reports WHERE id = OLD.report_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;
CREATE TRIGGER report_pages_frozen_insert BEFORE INSERT ON report_pages
    WHEN (SELECT status FROM reports WHERE id = NEW.report_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;
CREATE TRIGGER report_pages_frozen_delete BEFORE DELETE ON report_pages
    WHEN (SELECT status FROM reports WHERE id = OLD.report_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'report is signed and locked');
END;

-- Clinic-wide settings printed on reports (clinic name, logo PNG/JPEG). Text values in value, images in data.
CREATE TABLE clinic_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT,
    data       BLOB,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
