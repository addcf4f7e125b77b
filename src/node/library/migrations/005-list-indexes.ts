import { sqlMigration } from './migration';

/**
 * What the paged list (scenario-page.ts) needs to answer in milliseconds at 100,000 scenarios:
 * - an index per sort column over the scenarios not in the bin, each ending with the id, so a page is
 *   read in index order from the cursor onwards; the bin, usually small, is found by its own index;
 * - the number of scenarios in and out of the bin, kept by triggers, so the unfiltered total is one
 *   row rather than a count of 100,000 index entries;
 * - a trigram full-text index of each scenario's name, country code and tags (joined by the unit
 *   separator, so a search never matches across two tags), kept by triggers, so a search for part of
 *   a name reads the matching scenarios rather than every name.
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

CREATE TABLE scenario_counts (in_bin INTEGER PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO scenario_counts (in_bin, n) VALUES
  (0, (SELECT count(*) FROM scenarios WHERE deleted_at IS NULL)),
  (1, (SELECT count(*) FROM scenarios WHERE deleted_at IS NOT NULL));
CREATE TRIGGER scenario_counts_insert AFTER INSERT ON scenarios BEGIN
  UPDATE scenario_counts SET n = n + 1 WHERE in_bin = (new.deleted_at IS NOT NULL);
END;
CREATE TRIGGER scenario_counts_delete AFTER DELETE ON scenarios BEGIN
  UPDATE scenario_counts SET n = n - 1 WHERE in_bin = (old.deleted_at IS NOT NULL);
END;
CREATE TRIGGER scenario_counts_bin AFTER UPDATE OF deleted_at ON scenarios
  WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
  UPDATE scenario_counts SET n = n - 1 WHERE in_bin = (old.deleted_at IS NOT NULL);
  UPDATE scenario_counts SET n = n + 1 WHERE in_bin = (new.deleted_at IS NOT NULL);
END;

CREATE VIRTUAL TABLE scenario_search USING fts5 (name, country, tags, tokenize = 'trigram');
INSERT INTO scenario_search (rowid, name, country, tags)
  SELECT s.id, s.name, s.country_code,
    coalesce((SELECT group_concat(tag, char(31)) FROM tags t WHERE t.scenario_id = s.id), '')
  FROM scenarios s;
CREATE TRIGGER scenario_search_insert AFTER INSERT ON scenarios BEGIN
  INSERT INTO scenario_search (rowid, name, country, tags)
    VALUES (new.id, new.name, new.country_code, '');
END;
CREATE TRIGGER scenario_search_update AFTER UPDATE OF name, country_code ON scenarios BEGIN
  UPDATE scenario_search SET name = new.name, country = new.country_code WHERE rowid = new.id;
END;
CREATE TRIGGER scenario_search_delete AFTER DELETE ON scenarios BEGIN
  DELETE FROM scenario_search WHERE rowid = old.id;
END;
CREATE TRIGGER scenario_search_tag_added AFTER INSERT ON tags BEGIN
  UPDATE scenario_search
    SET tags = (SELECT group_concat(tag, char(31)) FROM tags WHERE scenario_id = new.scenario_id)
    WHERE rowid = new.scenario_id;
END;
CREATE TRIGGER scenario_search_tag_removed AFTER DELETE ON tags BEGIN
  UPDATE scenario_search
    SET tags = coalesce((SELECT group_concat(tag, char(31)) FROM tags WHERE scenario_id = old.scenario_id), '')
    WHERE rowid = old.scenario_id;
END;
`,
);
