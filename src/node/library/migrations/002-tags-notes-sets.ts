import { sqlMigration } from './migration';

/** Finding and comparing: tags and dated notes on scenarios, and named, ordered sets of scenarios. */
export const migration002 = sqlMigration(
  2,
  'tags-notes-sets',
  `
CREATE TABLE tags (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  tag         TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (scenario_id, tag)
);
CREATE INDEX tags_by_tag ON tags (tag);

CREATE TABLE notes (
  id          INTEGER PRIMARY KEY,
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX notes_by_scenario ON notes (scenario_id);

CREATE TABLE sets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE set_members (
  set_id      INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  PRIMARY KEY (set_id, scenario_id)
);
CREATE INDEX set_members_by_scenario ON set_members (scenario_id);
`,
);
