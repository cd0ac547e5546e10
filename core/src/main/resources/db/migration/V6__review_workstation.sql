-- Review workstation, version 6 (issue 3, part B): sleep scorings, custom montages, per-recording channel
-- layouts and per-user settings.
--
-- recording_key names what was reviewed: 'recording:<id>' for a stored recording, 'file:<name>|<start>|<seconds>'
-- for a file opened from disk (core.review.RecordingKey); a key, not a foreign key, so a file can be scored
-- before (or without) being imported.

CREATE TABLE sleep_scorings (
    id            INTEGER PRIMARY KEY,
    recording_key TEXT    NOT NULL UNIQUE,
    epoch_s       REAL    NOT NULL DEFAULT 30 CHECK (epoch_s > 0),
    algorithm     TEXT,                               -- stager name and version when epochs were staged automatically
    created_by    TEXT    NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One row per scored 30 s epoch. A manual score replaces an automatic one, never the other way round
-- (SleepScoringService's upsert only overwrites rows whose source is 'auto').
CREATE TABLE sleep_epochs (
    scoring_id  INTEGER NOT NULL REFERENCES sleep_scorings (id) ON DELETE CASCADE,
    epoch_index INTEGER NOT NULL CHECK (epoch_index >= 0),
    stage       TEXT    NOT NULL CHECK (stage IN ('W', 'N1', 'N2', 'N3', 'R')),
    source      TEXT    NOT NULL CHECK (source IN ('auto', 'manual')),
    confidence  REAL,                                 -- the stager's posterior; NULL for manual scores
    scorer      TEXT    NOT NULL,                     -- username, or the stager for automatic scores
    scored_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (scoring_id, epoch_index)
) WITHOUT ROWID;

-- Montages users define; applied by electrode name like the standard ones.
CREATE TABLE custom_montages (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE custom_montage_derivations (
    montage_id INTEGER NOT NULL REFERENCES custom_montages (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    label      TEXT    NOT NULL,
    weights    TEXT    NOT NULL CHECK (json_valid(weights)),   -- {"Fp1": 1, "F7": -1}; "AVG" is the common average
    PRIMARY KEY (montage_id, position)
) WITHOUT ROWID;

-- Channel list choices of one recording: JSON arrays of labels (bad: source signal labels; hidden and
-- channel_order: displayed channel labels, which hold across montages that share them).
CREATE TABLE channel_layouts (
    recording_key TEXT NOT NULL PRIMARY KEY,
    bad           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(bad)),
    hidden        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hidden)),
    channel_order TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channel_order)),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- Display preferences per user (username 'system' until users sign in): name/value text pairs.
CREATE TABLE user_settings (
    username   TEXT NOT NULL COLLATE NOCASE,
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (username, name)
) WITHOUT ROWID;
