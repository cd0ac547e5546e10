-- Installation-wide settings, version 11 (issues 6 and 9: the first-start wizard).
--
-- One row per setting of this workstation (not of a user): the clinic's name, the central sync endpoint,
-- how long the GUI waits before it locks. Values are text; core.setup.InstallationSettings parses and
-- validates them, so a new setting needs no migration.
CREATE TABLE installation_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL
) WITHOUT ROWID;
