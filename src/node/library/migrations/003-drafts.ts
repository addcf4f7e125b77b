import { sqlMigration } from './migration';

/**
 * Autosave: unsaved work of the desktop app, one slot per editing session, so that closing a window
 * or a power cut loses nothing. A slot is not a revision: it disappears once its work is saved.
 */
export const migration003 = sqlMigration(
  3,
  'drafts',
  `
CREATE TABLE drafts (
  key           TEXT PRIMARY KEY,
  scenario_id   INTEGER REFERENCES scenarios (id) ON DELETE SET NULL,
  saved_at      TEXT NOT NULL,
  scenario_json TEXT NOT NULL,
  country_json  TEXT NOT NULL
);
`,
);
