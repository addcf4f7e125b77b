import { sqlMigration } from './migration';

/**
 * Workshop mode (docs/library.md, "Workshops"): a facilitator's workshop pins one revision of a
 * baseline scenario, which stays locked while the workshop exists, and gives each group its own copy
 * in the library with a fiscal envelope (share of GDP) for the budget game. Deleting a workshop, or
 * emptying the bin of a group's scenario, never deletes a scenario: the links become NULL.
 */
export const migration006 = sqlMigration(
  6,
  'workshops',
  `
CREATE TABLE workshops (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  country_code  TEXT NOT NULL,
  baseline_id   INTEGER REFERENCES scenarios (id) ON DELETE SET NULL,
  baseline_rev  INTEGER NOT NULL CHECK (baseline_rev >= 1),
  envelope_year INTEGER NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX workshops_by_baseline ON workshops (baseline_id);

CREATE TABLE workshop_groups (
  workshop_id      INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL CHECK (position >= 1),
  name             TEXT NOT NULL,
  envelope_pct_gdp REAL NOT NULL,          -- share of GDP: 0.05 is 5%
  scenario_id      INTEGER REFERENCES scenarios (id) ON DELETE SET NULL,
  PRIMARY KEY (workshop_id, position)
);
CREATE INDEX workshop_groups_by_scenario ON workshop_groups (scenario_id);
`,
);
