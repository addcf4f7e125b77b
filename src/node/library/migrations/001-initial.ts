import { sqlMigration } from './migration';

/**
 * The core: country data by version, scenarios, and their revisions. Revisions are append-only and each
 * points at the exact country version it was saved with, so a scenario reopens with the same numbers.
 */
export const migration001 = sqlMigration(
  1,
  'initial',
  `
CREATE TABLE country_versions (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL,             -- upper case; the file keeps its own spelling
  version     INTEGER NOT NULL CHECK (version >= 1),
  name        TEXT NOT NULL,
  json        TEXT NOT NULL,             -- the spf.country/1 file as imported
  sha256      TEXT NOT NULL UNIQUE,      -- of the canonical JSON: identical data is stored once
  imported_at TEXT NOT NULL,
  source_note TEXT NOT NULL DEFAULT '',
  UNIQUE (code, version)
);

CREATE TABLE scenarios (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,            -- of the current revision, kept here for lists and search
  country_code TEXT NOT NULL,            -- of the current revision
  last_rev     INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT                      -- set while in the recycle bin
);
CREATE INDEX scenarios_by_update ON scenarios (updated_at);

CREATE TABLE revisions (
  id                 INTEGER PRIMARY KEY,
  scenario_id        INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  rev                INTEGER NOT NULL CHECK (rev >= 1),
  saved_at           TEXT NOT NULL,
  note               TEXT NOT NULL DEFAULT '',
  json               TEXT NOT NULL,      -- the spf.scenario/1 file as saved
  country_code       TEXT NOT NULL,
  country_version_id INTEGER REFERENCES country_versions (id), -- NULL when the country is inline
  UNIQUE (scenario_id, rev)
);
`,
);
