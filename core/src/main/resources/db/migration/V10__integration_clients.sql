-- Integration clients (issue 6): machines that call the API with an API key instead of a user's password.
--
-- The key is shown once when the client is made; only its SHA-256 is stored (the key has 256 random bits,
-- so a fast hash cannot be brute-forced, and lookup by hash stays one indexed read per request; see ADR 0012).
-- key_prefix (the first characters of the key) lets an administrator tell keys apart without the secret.
-- A revoked client keeps its row: the audit trail still names it.
CREATE TABLE api_clients (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role         TEXT    NOT NULL CHECK (role IN ('admin', 'clinician', 'technician', 'researcher')),
    key_prefix   TEXT    NOT NULL,
    key_hash     TEXT    NOT NULL UNIQUE,
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_used_at TEXT,
    revoked_at   TEXT
);
