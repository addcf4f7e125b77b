import type { SqliteDatabase } from '../db';

/**
 * One forward-only step of the schema. `sql` is what the step does and what its recorded hash covers:
 * the text of `up` would change with every bundler or minifier, the SQL does not.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
  up: (db: SqliteDatabase) => void;
}

/** A migration that is just its SQL. */
export function sqlMigration(id: number, name: string, sql: string): Migration {
  return { id, name, sql, up: (db) => db.exec(sql) };
}
