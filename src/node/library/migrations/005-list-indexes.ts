import { sqlMigration } from './migration';

/**
 * Indexes for the paged list (scenario-page.ts): one per sort column over the scenarios not in the bin,
 * each ending with the id, so a page is read in index order from the cursor onwards and the total is
 * counted from an index rather than the table; the bin, usually small, is found by its own index.
 */
export const migration005 = sqlMigration(
  5,
  'list-indexes',
  `
CREATE INDEX scenarios_live_by_update ON scenarios (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX scenarios_live_by_name ON scenarios (name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX scenarios_live_by_country ON scenarios (country_code, id) WHERE deleted_at IS NULL;
CREATE INDEX scenarios_live_by_revisions ON scenarios (last_rev, id) WHERE deleted_at IS NULL;
CREATE INDEX scenarios_in_bin ON scenarios (deleted_at) WHERE deleted_at IS NOT NULL;
`,
);
