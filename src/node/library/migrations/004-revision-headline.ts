import { sqlMigration } from './migration';

/**
 * The headline of each revision as the app costed it when saving (year, % of GDP, cost and currency,
 * as JSON), so the revision list can show what each save cost without costing every revision again.
 * Revisions saved before, or from the command line, have none.
 */
export const migration004 = sqlMigration(
  4,
  'revision-headline',
  `
ALTER TABLE revisions ADD COLUMN headline_json TEXT;
`,
);
