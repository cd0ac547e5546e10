-- Delivery side of the outbox (issue 7). V4's outbox_events are fanned out into V1's outbox table, one row
-- per destination; these columns and tables are what delivery needs beyond V1/V4.
--  * event_id: the stable id of the V4 event (webhook-id), the same on every attempt and redelivery.
--  * lease_owner/lease_until: a worker claims a row for a while; a crashed worker's claim simply expires.
ALTER TABLE outbox ADD COLUMN event_id TEXT;
ALTER TABLE outbox ADD COLUMN subject TEXT;
ALTER TABLE outbox ADD COLUMN event_created_at TEXT;
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN window_start TEXT;      -- max age counts from here: fan-out, manual retry or redeliver
CREATE INDEX outbox_head ON outbox (destination, status, id);

-- Destinations that an operator paused (delivery waits; nothing is lost).
CREATE TABLE outbox_destinations (
    name      TEXT    PRIMARY KEY,                 -- fhir, webhook:<id>
    paused    INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    paused_at TEXT
);

-- Standard Webhooks subscriptions. event_types is a JSON array of event types; empty means every event.
CREATE TABLE webhook_subscriptions (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL,
    description     TEXT,
    event_types     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(event_types)),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    disabled_reason TEXT,                          -- e.g. the receiver answered 410 Gone
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Signing secrets (whsec_ + base64). Several active at once during a rotation: one signature per secret.
CREATE TABLE webhook_secrets (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    secret          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    expires_at      TEXT                           -- NULL: active until removed
);
CREATE INDEX webhook_secrets_subscription ON webhook_secrets (subscription_id);

-- The central FHIR R4 server (at most one). auth: none, bearer, client_credentials.
CREATE TABLE fhir_endpoint (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    base_url      TEXT    NOT NULL,
    auth          TEXT    NOT NULL DEFAULT 'none' CHECK (auth IN ('none', 'bearer', 'client_credentials')),
    token         TEXT,
    token_url     TEXT,
    client_id     TEXT,
    client_secret TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
