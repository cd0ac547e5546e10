-- Identity and audit, version 3 (issue 6).
--
-- audit_log gains the address the action came from ("from where": an IP for the API, the host for the CLI
-- and GUI). ALTER TABLE ADD COLUMN fires no UPDATE trigger and rewrites no row, so the chain stays intact;
-- rows written before this migration have NULL here and hash the same as before.
ALTER TABLE audit_log ADD COLUMN address TEXT;

-- Secrets created once per installation (JWT signing key, pseudonym key), never shipped or defaulted.
CREATE TABLE installation_secrets (
    name       TEXT PRIMARY KEY,
    value      BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- Refresh tokens, stored as SHA-256 of the token (a stolen database file yields no usable token). A token
-- is used once: using it replaces it with a new one of the same family; reusing a replaced token revokes
-- the whole family (the sign of a stolen token).
CREATE TABLE refresh_tokens (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT    NOT NULL UNIQUE,
    family      TEXT    NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    expires_at  TEXT    NOT NULL,
    used_at     TEXT,
    revoked_at  TEXT
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

-- Responses of POSTs sent with an Idempotency-Key, replayed when the same client repeats the key.
CREATE TABLE idempotency_keys (
    client        TEXT    NOT NULL,
    key           TEXT    NOT NULL,
    request_hash  TEXT    NOT NULL,
    status        INTEGER NOT NULL,
    content_type  TEXT,
    body          BLOB,
    location      TEXT,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (client, key)
) WITHOUT ROWID;
