-- Transactional outbox: a domain event is written in the same transaction as the change that causes it,
-- so a crash can never keep the change and lose the event (or the reverse). Delivery to destinations
-- (webhook subscriptions, the FHIR server) fans out from here into V1's outbox table, one row per
-- destination, in a later transaction: the event row is already durable, so nothing is lost in between.
CREATE TABLE outbox_events (
    id            INTEGER PRIMARY KEY,
    event_id      TEXT    NOT NULL UNIQUE,           -- stable id receivers deduplicate on (webhook-id)
    event_type    TEXT    NOT NULL,                  -- recording.finalised, analysis.completed, report.signed, ...
    subject       TEXT,                              -- what it is about, e.g. recording:12
    payload       TEXT    NOT NULL CHECK (json_valid(payload)),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    dispatched_at TEXT                               -- set once fanned out to the destinations
);
CREATE INDEX outbox_events_undispatched ON outbox_events (dispatched_at, id);
