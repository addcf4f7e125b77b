import {
  errorMessage,
  readScenario,
  unknownCountryIssue,
  validateScenario,
  type CountryData,
  type Issue,
  type Scenario,
} from '#engine';
import type { RevisionHeadline, ScenarioNote } from '../../contract/bridge';
import type { LibraryContext } from './context';
import {
  countryData,
  countryRowById,
  countryRowByVersion,
  latestCountryRow,
  type CountryRow,
} from './countries';
import { canonicalJson, sha256 } from './json';
import { LibraryError } from './errors';
import { addTagRows, liveScenarioRow, scenarioRow, tagsOf, type ScenarioRow } from './rows';

export interface ScenarioSummary {
  id: number;
  name: string;
  /** Country code of the current revision. */
  country: string;
  revisions: number;
  /** Last change: a saved revision, a tag or a note. ISO 8601. */
  updatedAt: string;
  /** Set while the scenario is in the recycle bin. */
  deletedAt: string | null;
  /** Its tags, alphabetical (in lists; empty elsewhere). */
  tags: string[];
}

export interface RevisionInfo {
  rev: number;
  savedAt: string;
  note: string;
  /** The scenario's name in this revision (a rename shows in the history). */
  name: string;
  /** The headline the app costed when saving; null when saved without one (command line, older). */
  headline: RevisionHeadline | null;
  country: string;
  /** The version of the country it was saved with; null when the country is inline in the JSON. */
  countryVersion: number | null;
}

export interface StoredRevision extends RevisionInfo {
  scenarioId: number;
  /** The spf.scenario/1 JSON as saved. */
  json: string;
}

export interface ScenarioDetails extends ScenarioSummary {
  createdAt: string;
  current: RevisionInfo;
  tags: string[];
  notes: ScenarioNote[];
  /** Names of the sets it belongs to. */
  sets: string[];
}

export interface SaveOptions {
  /** Save as a new revision of this scenario instead of a new scenario. */
  id?: number;
  note?: string;
  /**
   * The country version to pin. By default a new revision keeps the version of the revision before it
   * (so its numbers do not change behind the user's back) and a new scenario takes the latest.
   */
  countryVersion?: number | 'latest';
  /** The headline cost the app showed, kept with the revision for the history list. */
  headline?: RevisionHeadline;
}

export interface SaveResult {
  id: number;
  rev: number;
  name: string;
  country: string;
  countryVersion: number | null;
  /** True when a new scenario was made (false for a new revision). */
  created: boolean;
  /** Harmless remarks from reading the scenario (e.g. unknown fields ignored). */
  warnings: Issue[];
}

/** A revision read back and ready to cost: the scenario and the country data it was saved with. */
export interface OpenedScenario {
  revision: StoredRevision;
  scenario: Scenario;
  country: CountryData;
  /**
   * sha256 of the canonical JSON of that country data as read: the same data give the same hash,
   * whether the revision links a library version or carries the data inline.
   */
  countryHash: string;
  warnings: Issue[];
}

export interface ScenarioFilter {
  /** Part of the name, a tag or a country code (case does not matter). */
  search?: string | undefined;
  tag?: string | undefined;
  country?: string | undefined;
  /** List the recycle bin instead of the library. */
  deleted?: boolean | undefined;
}

interface RevisionRow {
  scenario_id: number;
  rev: number;
  saved_at: string;
  note: string;
  json: string;
  country_code: string;
  country_version_id: number | null;
  country_version: number | null;
  headline_json: string | null;
}

export function summary(row: ScenarioRow & { tag_list?: string | null }): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    country: row.country_code,
    revisions: row.last_rev,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    tags: row.tag_list ? row.tag_list.split('\u001f') : [],
  };
}

/** The name inside a stored revision's JSON (checked when it was saved). */
function nameOf(json: string): string {
  const name = (JSON.parse(json) as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

function headlineOf(json: string | null): RevisionHeadline | null {
  return json === null ? null : (JSON.parse(json) as RevisionHeadline);
}

function revisionInfo(row: RevisionRow): RevisionInfo {
  return {
    rev: row.rev,
    savedAt: row.saved_at,
    note: row.note,
    name: nameOf(row.json),
    headline: headlineOf(row.headline_json),
    country: row.country_code,
    countryVersion: row.country_version,
  };
}

function storedRevision(row: RevisionRow): StoredRevision {
  return { ...revisionInfo(row), scenarioId: row.scenario_id, json: row.json };
}

const REVISION_SELECT = `SELECT r.scenario_id, r.rev, r.saved_at, r.note, r.json, r.country_code,
  r.country_version_id, c.version AS country_version, r.headline_json
  FROM revisions r LEFT JOIN country_versions c ON c.id = r.country_version_id`;

function revisionRow(ctx: LibraryContext, scenario: ScenarioRow, rev?: number): RevisionRow {
  const wanted = rev ?? scenario.last_rev;
  const row = ctx.db
    .prepare(`${REVISION_SELECT} WHERE r.scenario_id = ? AND r.rev = ?`)
    .get(scenario.id, wanted) as RevisionRow | undefined;
  if (!row) {
    const params = { rev: wanted, id: scenario.id, last: scenario.last_rev };
    throw LibraryError.coded(
      'revision-not-found',
      {
        code:
          scenario.last_rev === 1
            ? 'library.revision.notFoundOnlyOne'
            : 'library.revision.notFound',
        params,
      },
      scenario.id,
    );
  }
  return row;
}

/**
 * The JSON to store and the scenario read back from exactly that text. The input is read first, for
 * messages about what the user gave (JSON would turn Infinity or NaN into null); the text is read again
 * so that nothing is stored that would not read back.
 */
function checkedScenario(input: unknown): { json: string; scenario: Scenario; warnings: Issue[] } {
  const given = readScenario(input);
  if (!given.ok) throw LibraryError.make('invalid', given.issues);
  let json: string | undefined;
  try {
    json = JSON.stringify(input, null, 2);
  } catch (e) {
    throw LibraryError.coded('invalid', {
      code: 'library.notJson',
      params: { reason: errorMessage(e) },
    });
  }
  if (json === undefined) throw LibraryError.coded('invalid', { code: 'library.notAnObject' });
  const r = readScenario(JSON.parse(json) as unknown);
  if (!r.ok) throw LibraryError.make('invalid', r.issues);
  return { json, scenario: r.value, warnings: r.warnings };
}

interface Pinned {
  code: string;
  row: CountryRow | null;
}

function pinCountry(
  ctx: LibraryContext,
  scenario: Scenario,
  previous: RevisionRow | undefined,
  choice: SaveOptions['countryVersion'],
): Pinned {
  if (typeof scenario.country !== 'string') {
    if (typeof choice === 'number') {
      throw LibraryError.coded('invalid', { code: 'library.inlineCountryVersion' });
    }
    return { code: scenario.country.code.toUpperCase(), row: null };
  }
  const code = scenario.country.toUpperCase();
  if (typeof choice === 'number')
    return { code, row: countryRowByVersion(ctx, code, choice, 'country') };
  if (
    choice === undefined &&
    previous?.country_version_id != null &&
    previous.country_code === code
  ) {
    return { code, row: countryRowById(ctx, previous.country_version_id) };
  }
  const latest = latestCountryRow(ctx, code);
  // The same advice as `spf cost` gives, for the command line and the app alike.
  if (!latest) throw LibraryError.make('country-not-found', [unknownCountryIssue(code)]);
  return { code, row: latest };
}

/** Appends a revision and makes it current; the caller holds the write transaction. */
function appendRevision(
  ctx: LibraryContext,
  scenario: ScenarioRow,
  json: string,
  name: string,
  pinned: Pinned,
  note: string,
  headline: RevisionHeadline | null = null,
): number {
  const rev = scenario.last_rev + 1;
  const at = ctx.now();
  ctx.db
    .prepare(
      'INSERT INTO revisions (scenario_id, rev, saved_at, note, json, country_code, country_version_id, headline_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      scenario.id,
      rev,
      at,
      note,
      json,
      pinned.code,
      pinned.row?.id ?? null,
      headline ? JSON.stringify(headline) : null,
    );
  ctx.db
    .prepare(
      'UPDATE scenarios SET name = ?, country_code = ?, last_rev = ?, updated_at = ? WHERE id = ?',
    )
    .run(name, pinned.code, rev, at, scenario.id);
  return rev;
}

function insertScenario(ctx: LibraryContext, name: string, code: string): ScenarioRow {
  const at = ctx.now();
  const r = ctx.db
    .prepare(
      'INSERT INTO scenarios (name, country_code, last_rev, created_at, updated_at) VALUES (?, ?, 0, ?, ?)',
    )
    .run(name, code, at, at);
  return scenarioRow(ctx, Number(r.lastInsertRowid));
}

/**
 * The note of a new revision: a save under another name records the rename, as the rename command
 * does, so the history tells which name the scenario had before.
 */
function saveNote(existing: ScenarioRow | undefined, name: string, note: string): string {
  if (!existing || existing.name === name) return note;
  const renamed = `renamed from "${existing.name}"`;
  return note ? `${renamed}; ${note}` : renamed;
}

/**
 * Saves a spf.scenario/1 object: a new scenario, or a new revision of `options.id`. It is read back
 * from the exact JSON that will be stored first, and the whole save is one transaction: a save that
 * fails leaves the library as it was.
 */
export function saveScenario(
  ctx: LibraryContext,
  input: unknown,
  options: SaveOptions = {},
): SaveResult {
  const { json, scenario } = checkedScenario(input);
  return ctx.write(() => {
    const existing = options.id === undefined ? undefined : liveScenarioRow(ctx, options.id);
    const previous = existing ? revisionRow(ctx, existing) : undefined;
    const pinned = pinCountry(ctx, scenario, previous, options.countryVersion);
    // The check `spf cost` and the app's run make (validateScenario): nothing is stored that they
    // would refuse, e.g. a formula that does not compile or years beyond the country's data.
    const country = pinned.row ? countryData(ctx, pinned.row) : (scenario.country as CountryData);
    const valid = validateScenario(JSON.parse(json) as unknown, () => country);
    if (!valid.ok) throw LibraryError.make('invalid', valid.issues);
    const row = existing ?? insertScenario(ctx, scenario.name, pinned.code);
    const note = saveNote(existing, scenario.name, options.note ?? '');
    const rev = appendRevision(ctx, row, json, scenario.name, pinned, note, options.headline);
    if (scenario.tags) addTagRows(ctx, row.id, scenario.tags);
    return {
      id: row.id,
      rev,
      name: scenario.name,
      country: pinned.code,
      countryVersion: pinned.row?.version ?? null,
      created: existing === undefined,
      // The reading's warnings and the country check's, from the text as stored.
      warnings: valid.warnings,
    };
  });
}

/** A revision as stored (the current one without `rev`); scenarios in the recycle bin too. */
export function getRevision(ctx: LibraryContext, id: number, rev?: number): StoredRevision {
  return storedRevision(revisionRow(ctx, scenarioRow(ctx, id), rev));
}

/** The hash compared to tell whether two scenarios were costed on the same country data. */
export function countryDataHash(country: CountryData): string {
  return sha256(canonicalJson(country));
}

/** Reads a revision back with the country version it was saved with, ready to cost. */
export function openScenario(ctx: LibraryContext, id: number, rev?: number): OpenedScenario {
  const row = revisionRow(ctx, scenarioRow(ctx, id), rev);
  const r = readScenario(JSON.parse(row.json) as unknown);
  if (!r.ok) {
    throw LibraryError.stored(r.issues, { revision: row.rev, scenario: id }, id);
  }
  const country =
    row.country_version_id === null
      ? (r.value.country as CountryData)
      : countryData(ctx, countryRowById(ctx, row.country_version_id));
  return {
    revision: storedRevision(row),
    scenario: r.value,
    country,
    countryHash: countryDataHash(country),
    warnings: r.warnings,
  };
}

export function history(ctx: LibraryContext, id: number): RevisionInfo[] {
  scenarioRow(ctx, id);
  const rows = ctx.db
    .prepare(`${REVISION_SELECT} WHERE r.scenario_id = ? ORDER BY r.rev`)
    .all(id) as RevisionRow[];
  return rows.map(revisionInfo);
}

/** Makes an old revision current again, as a new revision, with the country version it had. */
export function restoreRevision(ctx: LibraryContext, id: number, rev: number): SaveResult {
  return ctx.write(() => {
    const scenario = liveScenarioRow(ctx, id);
    const old = revisionRow(ctx, scenario, rev);
    const name = (JSON.parse(old.json) as { name: string }).name;
    const pinned: Pinned = {
      code: old.country_code,
      row: old.country_version_id === null ? null : countryRowById(ctx, old.country_version_id),
    };
    const newRev = appendRevision(
      ctx,
      scenario,
      old.json,
      name,
      pinned,
      `restored from revision ${rev}`,
    );
    return {
      id,
      rev: newRev,
      name,
      country: pinned.code,
      countryVersion: pinned.row?.version ?? null,
      created: false,
      warnings: [],
    };
  });
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '')
    throw LibraryError.coded('invalid', { path: 'name', code: 'library.notEmpty' });
  return trimmed;
}

/** The current revision's JSON with another name, checked like any save. */
function renamedJson(current: RevisionRow, name: string): { json: string } {
  const value = JSON.parse(current.json) as Record<string, unknown>;
  value.name = name;
  return checkedScenario(value);
}

function currentPin(ctx: LibraryContext, current: RevisionRow): Pinned {
  return {
    code: current.country_code,
    row:
      current.country_version_id === null ? null : countryRowById(ctx, current.country_version_id),
  };
}

/** Renames a scenario: a new revision whose JSON carries the new name (no change when it is the same). */
export function renameScenario(ctx: LibraryContext, id: number, name: string): SaveResult {
  const newName = requireName(name);
  return ctx.write(() => {
    const scenario = liveScenarioRow(ctx, id);
    const current = revisionRow(ctx, scenario);
    const pinned = currentPin(ctx, current);
    const result = {
      id,
      rev: scenario.last_rev,
      name: newName,
      country: pinned.code,
      countryVersion: pinned.row?.version ?? null,
      created: false,
      warnings: [],
    };
    if (newName === scenario.name) return result;
    const { json } = renamedJson(current, newName);
    result.rev = appendRevision(
      ctx,
      scenario,
      json,
      newName,
      pinned,
      `renamed from "${scenario.name}"`,
    );
    return result;
  });
}

/**
 * "Name (copy)", or "Name (copy 2)", "(copy 3)", … when that is taken: duplicating twice must not give
 * two scenarios that cannot be told apart. A copy of a copy counts from its original name.
 */
function freeCopyName(ctx: LibraryContext, name: string): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const taken = new Set(
    (
      ctx.db
        .prepare("SELECT name FROM scenarios WHERE name LIKE ? ESCAPE '\\'")
        .all(likePattern(`${base} (copy`)) as { name: string }[]
    ).map((r) => r.name),
  );
  if (!taken.has(`${base} (copy)`)) return `${base} (copy)`;
  for (let n = 2; ; n++) if (!taken.has(`${base} (copy ${n})`)) return `${base} (copy ${n})`;
}

/** A new scenario from the current revision of another, with its country version and tags. */
export function duplicateScenario(ctx: LibraryContext, id: number, name?: string): SaveResult {
  return ctx.write(() => {
    const source = liveScenarioRow(ctx, id);
    const current = revisionRow(ctx, source);
    const newName = name === undefined ? freeCopyName(ctx, source.name) : requireName(name);
    const { json } = renamedJson(current, newName);
    const pinned = currentPin(ctx, current);
    const copy = insertScenario(ctx, newName, pinned.code);
    const rev = appendRevision(
      ctx,
      copy,
      json,
      newName,
      pinned,
      `duplicated from scenario ${id} revision ${current.rev}`,
    );
    ctx.db
      .prepare('INSERT INTO tags (scenario_id, tag) SELECT ?, tag FROM tags WHERE scenario_id = ?')
      .run(copy.id, id);
    return {
      id: copy.id,
      rev,
      name: newName,
      country: pinned.code,
      countryVersion: pinned.row?.version ?? null,
      created: true,
      warnings: [],
    };
  });
}

/** Moves a scenario to the recycle bin; false when it was there already. */
export function deleteScenario(ctx: LibraryContext, id: number): boolean {
  return ctx.write(() => {
    const row = scenarioRow(ctx, id);
    if (row.deleted_at !== null) return false;
    ctx.db.prepare('UPDATE scenarios SET deleted_at = ? WHERE id = ?').run(ctx.now(), id);
    return true;
  });
}

/** Takes a scenario out of the recycle bin; false when it was not in it. */
export function undeleteScenario(ctx: LibraryContext, id: number): boolean {
  return ctx.write(() => {
    const row = scenarioRow(ctx, id);
    if (row.deleted_at === null) return false;
    ctx.db.prepare('UPDATE scenarios SET deleted_at = NULL WHERE id = ?').run(id);
    return true;
  });
}

/** Removes every scenario in the recycle bin for good, with its revisions, tags, notes and set places. */
export function emptyBin(ctx: LibraryContext): number {
  return ctx.write(
    () => ctx.db.prepare('DELETE FROM scenarios WHERE deleted_at IS NOT NULL').run().changes,
  );
}

export function getScenario(ctx: LibraryContext, id: number): ScenarioDetails {
  const row = scenarioRow(ctx, id);
  const notes = ctx.db
    .prepare(
      'SELECT id, created_at AS createdAt, text FROM notes WHERE scenario_id = ? ORDER BY id',
    )
    .all(id) as ScenarioNote[];
  const sets = (
    ctx.db
      .prepare(
        'SELECT s.name FROM sets s JOIN set_members m ON m.set_id = s.id WHERE m.scenario_id = ? ORDER BY s.name',
      )
      .all(id) as { name: string }[]
  ).map((s) => s.name);
  return {
    ...summary(row),
    createdAt: row.created_at,
    current: revisionInfo(revisionRow(ctx, row)),
    tags: tagsOf(ctx, id),
    notes,
    sets,
  };
}

export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Scenarios, most recently changed first. */
export function listScenarios(ctx: LibraryContext, filter: ScenarioFilter = {}): ScenarioSummary[] {
  const search = filter.search?.trim() ? likePattern(filter.search.trim()) : null;
  const rows = ctx.db
    .prepare(
      `SELECT s.*, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM tags t
                     WHERE t.scenario_id = s.id ORDER BY tag)) AS tag_list
       FROM scenarios s
       WHERE (s.deleted_at IS NOT NULL) = @deleted
         AND (@country IS NULL OR s.country_code = upper(@country))
         AND (@tag IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.scenario_id = s.id AND t.tag = @tag))
         AND (@search IS NULL OR s.name LIKE @search ESCAPE '\\' OR s.country_code LIKE @search ESCAPE '\\'
              OR EXISTS (SELECT 1 FROM tags t WHERE t.scenario_id = s.id AND t.tag LIKE @search ESCAPE '\\'))
       ORDER BY s.updated_at DESC, s.id DESC`,
    )
    .all({
      deleted: filter.deleted ? 1 : 0,
      country: filter.country?.trim() || null,
      tag: filter.tag?.trim() || null,
      search,
    }) as ScenarioRow[];
  return rows.map(summary);
}
