/**
 * Workshops (docs/library.md, "Workshops"): a facilitator's ABND day on one laptop. A workshop pins
 * one revision of a baseline scenario (locked while the workshop exists) and gives each group its own
 * copy of it in the library, with a fiscal envelope for the budget game.
 */
import { codedIssue, type Issue, type MessageCode, type MessageParams } from '#engine';
import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import { addTagRows, liveScenarioRow, scenarioRow } from './rows';
import { duplicateScenario, openScenario, saveScenario, type SaveResult } from './scenarios';
import type { WorkshopDetails, WorkshopGroup, WorkshopSummary } from '../../contract/bridge';

/** The limits of a workshop, documented in docs/library.md. */
export const WORKSHOP_LIMITS = {
  /** So that "workshop: <name>" fits in a tag (60 characters). */
  nameLength: 50,
  minGroups: 2,
  maxGroups: 12,
  groupNameLength: 40,
  /** Share of GDP: an envelope above half of GDP is a typing error, not a budget. */
  maxEnvelope: 0.5,
} as const;

export interface WorkshopGroupInput {
  name: string;
  /** Share of GDP: 0.05 is 5%. */
  envelopePctGdp: number;
}

export interface WorkshopInput {
  name: string;
  /** The country of the workshop: the baseline must be on it. */
  country: string;
  baselineId: number;
  envelopeYear: number;
  groups: readonly WorkshopGroupInput[];
}

// What a workshop looks like listed and in full: the bridge's types (src/contract/bridge.ts).
export type { WorkshopDetails, WorkshopGroup, WorkshopSummary };

interface WorkshopRow {
  id: number;
  name: string;
  country_code: string;
  baseline_id: number | null;
  baseline_rev: number;
  envelope_year: number;
  created_at: string;
}

interface GroupRow {
  position: number;
  name: string;
  envelope_pct_gdp: number;
  scenario_id: number | null;
  scenario_name: string | null;
  last_rev: number | null;
  deleted_at: string | null;
}

/** The tag every group scenario carries, to find a workshop's scenarios in the library. */
export function workshopTag(name: string): string {
  return `workshop: ${name}`;
}

/** The name of a group's scenario: "<workshop> – <group>". */
export function groupScenarioName(workshop: string, group: string): string {
  return `${workshop} – ${group}`;
}

function invalid(path: string, code: MessageCode, params?: MessageParams): Issue {
  return codedIssue(path, code, params);
}

function nameIssues(input: WorkshopInput): Issue[] {
  const issues: Issue[] = [];
  const name = input.name.trim();
  if (name === '' || name.length > WORKSHOP_LIMITS.nameLength) {
    issues.push(
      invalid('name', 'library.workshop.nameLength', {
        max: WORKSHOP_LIMITS.nameLength,
        found: name.length,
      }),
    );
  }
  const n = input.groups.length;
  if (n < WORKSHOP_LIMITS.minGroups || n > WORKSHOP_LIMITS.maxGroups) {
    issues.push(
      invalid('groups', 'library.workshop.groupCount', {
        max: WORKSHOP_LIMITS.maxGroups,
        found: n,
      }),
    );
  }
  return issues;
}

function groupIssues(groups: readonly WorkshopGroupInput[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  groups.forEach((g, i) => {
    const name = g.name.trim();
    const path = `groups[${i}]`;
    if (name === '' || name.length > WORKSHOP_LIMITS.groupNameLength) {
      issues.push(
        invalid(`${path}.name`, 'library.workshop.groupName', {
          max: WORKSHOP_LIMITS.groupNameLength,
          found: name.length,
        }),
      );
    } else if (seen.has(name.toLowerCase())) {
      issues.push(invalid(`${path}.name`, 'library.workshop.groupTwice', { name }));
    }
    seen.add(name.toLowerCase());
    const e = g.envelopePctGdp;
    if (!Number.isFinite(e) || e <= 0 || e > WORKSHOP_LIMITS.maxEnvelope) {
      issues.push(
        invalid(`${path}.envelopePctGdp`, 'library.workshop.envelope', {
          max: WORKSHOP_LIMITS.maxEnvelope * 100,
          found: Number.isFinite(e) ? Math.round(e * 10_000) / 100 : String(e),
        }),
      );
    }
  });
  return issues;
}

/** Every problem of the request that needs no library: names, counts and envelopes. */
function checkInput(input: WorkshopInput): void {
  const issues = [...nameIssues(input), ...groupIssues(input.groups)];
  if (issues.length) throw LibraryError.make('invalid', issues);
}

/** The baseline as it will be pinned: live, on the workshop's country, covering the envelope year. */
function checkBaseline(
  ctx: LibraryContext,
  input: WorkshopInput,
): { rev: number; country: string } {
  const row = liveScenarioRow(ctx, input.baselineId);
  const opened = openScenario(ctx, input.baselineId);
  const country = input.country.trim().toUpperCase();
  if (row.country_code !== country) {
    throw LibraryError.coded('invalid', {
      path: 'baselineId',
      code: 'library.workshop.countryMismatch',
      params: { name: row.name, found: row.country_code, country },
    });
  }
  const [first, last] = opened.scenario.years;
  if (
    !Number.isInteger(input.envelopeYear) ||
    input.envelopeYear < first ||
    input.envelopeYear > last
  ) {
    throw LibraryError.coded('invalid', {
      path: 'envelopeYear',
      code: 'library.workshop.year',
      params: { first, last, found: input.envelopeYear },
    });
  }
  return { rev: row.last_rev, country };
}

function workshopRow(ctx: LibraryContext, id: number): WorkshopRow {
  const row = ctx.db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as
    WorkshopRow | undefined;
  if (!row) {
    throw LibraryError.coded('workshop-not-found', {
      code: 'library.workshop.notFound',
      params: { id },
    });
  }
  return row;
}

/**
 * Starts a workshop: pins the baseline's current revision and makes one copy of it per group, named
 * "<workshop> – <group>" and tagged "workshop: <workshop>". One transaction: all of it or nothing.
 */
export function createWorkshop(ctx: LibraryContext, input: WorkshopInput): WorkshopDetails {
  checkInput(input);
  const name = input.name.trim();
  const id = ctx.write(() => {
    const existing = ctx.db.prepare('SELECT name FROM workshops WHERE name = ?').get(name) as
      { name: string } | undefined;
    if (existing) {
      throw LibraryError.coded('workshop-exists', {
        path: 'name',
        code: 'library.workshop.exists',
        params: { name: existing.name },
      });
    }
    const baseline = checkBaseline(ctx, input);
    const r = ctx.db
      .prepare(
        `INSERT INTO workshops (name, country_code, baseline_id, baseline_rev, envelope_year, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(name, baseline.country, input.baselineId, baseline.rev, input.envelopeYear, ctx.now());
    const workshopId = Number(r.lastInsertRowid);
    const insert = ctx.db.prepare(
      `INSERT INTO workshop_groups (workshop_id, position, name, envelope_pct_gdp, scenario_id)
       VALUES (?, ?, ?, ?, ?)`,
    );
    input.groups.forEach((g, i) => {
      const group = g.name.trim();
      const copy = duplicateScenario(ctx, input.baselineId, groupScenarioName(name, group));
      addTagRows(ctx, copy.id, [workshopTag(name)]);
      insert.run(workshopId, i + 1, group, g.envelopePctGdp, copy.id);
    });
    return workshopId;
  });
  return getWorkshop(ctx, id);
}

export function listWorkshops(ctx: LibraryContext): WorkshopSummary[] {
  const rows = ctx.db
    .prepare(
      `SELECT w.*, (SELECT count(*) FROM workshop_groups g WHERE g.workshop_id = w.id) AS n
       FROM workshops w ORDER BY w.created_at DESC, w.id DESC`,
    )
    .all() as (WorkshopRow & { n: number })[];
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    country: w.country_code,
    groups: w.n,
    createdAt: w.created_at,
  }));
}

function groupOf(row: GroupRow): WorkshopGroup {
  return {
    position: row.position,
    name: row.name,
    envelopePctGdp: row.envelope_pct_gdp,
    scenarioId: row.scenario_id,
    scenarioName: row.scenario_name ?? '',
    revisions: row.last_rev ?? 0,
    deleted: row.deleted_at !== null,
  };
}

export function getWorkshop(ctx: LibraryContext, id: number): WorkshopDetails {
  const w = workshopRow(ctx, id);
  const groups = ctx.db
    .prepare(
      `SELECT g.position, g.name, g.envelope_pct_gdp, g.scenario_id, s.name AS scenario_name,
              s.last_rev, s.deleted_at
       FROM workshop_groups g LEFT JOIN scenarios s ON s.id = g.scenario_id
       WHERE g.workshop_id = ? ORDER BY g.position`,
    )
    .all(id) as GroupRow[];
  const baselineName =
    w.baseline_id === null
      ? ''
      : ((
          ctx.db.prepare('SELECT name FROM scenarios WHERE id = ?').get(w.baseline_id) as
            { name: string } | undefined
        )?.name ?? '');
  return {
    id: w.id,
    name: w.name,
    country: w.country_code,
    groups: groups.length,
    createdAt: w.created_at,
    baseline: { id: w.baseline_id, rev: w.baseline_rev, name: baselineName },
    envelopeYear: w.envelope_year,
    groupList: groups.map(groupOf),
  };
}

/** Deletes a workshop; its baseline is unlocked and every scenario stays in the library. */
export function deleteWorkshop(ctx: LibraryContext, id: number): void {
  ctx.write(() => {
    workshopRow(ctx, id);
    ctx.db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
  });
}

/** The workshop whose locked baseline scenario `id` is, if any (the first made). */
export function workshopLocking(ctx: LibraryContext, id: number): string | undefined {
  const row = ctx.db
    .prepare('SELECT name FROM workshops WHERE baseline_id = ? ORDER BY id LIMIT 1')
    .get(id) as { name: string } | undefined;
  return row?.name;
}

/** Refuses to change a scenario that is a workshop's locked baseline (the app's save, rename, restore). */
export function refuseLockedBaseline(ctx: LibraryContext, id: number): void {
  const workshop = workshopLocking(ctx, id);
  if (workshop === undefined) return;
  const row = scenarioRow(ctx, id);
  throw LibraryError.coded(
    'locked',
    {
      path: 'id',
      code: 'library.workshop.baselineLocked',
      params: { id, name: row.name, workshop },
    },
    id,
  );
}

function groupRowOf(ctx: LibraryContext, w: WorkshopRow, position: number): GroupRow {
  const row = ctx.db
    .prepare(
      `SELECT g.position, g.name, g.envelope_pct_gdp, g.scenario_id, s.name AS scenario_name,
              s.last_rev, s.deleted_at
       FROM workshop_groups g LEFT JOIN scenarios s ON s.id = g.scenario_id
       WHERE g.workshop_id = ? AND g.position = ?`,
    )
    .get(w.id, position) as GroupRow | undefined;
  if (!row) {
    throw LibraryError.coded('workshop-not-found', {
      path: 'group',
      code: 'library.workshop.groupNotFound',
      params: { workshop: w.name, group: position },
    });
  }
  if (row.scenario_id === null) {
    throw LibraryError.coded('scenario-not-found', {
      path: 'group',
      code: 'library.workshop.groupScenarioGone',
      params: { workshop: w.name, group: row.name },
    });
  }
  return row;
}

/** The country code a scenario file names (inline data carry theirs). */
function fileCountry(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const c = (input as { country?: unknown }).country;
  if (typeof c === 'string') return c.toUpperCase();
  if (typeof c === 'object' && c !== null && typeof (c as { code?: unknown }).code === 'string') {
    return (c as { code: string }).code.toUpperCase();
  }
  return undefined;
}

/**
 * A group's scenario file handed back from its own laptop: checked like any save (located problems),
 * on the workshop's country, and saved as a new revision of the group's scenario under the group's
 * name, so nothing of the earlier revisions is lost.
 */
export function importGroupFile(
  ctx: LibraryContext,
  id: number,
  position: number,
  input: unknown,
  fileName: string,
): SaveResult {
  return ctx.write(() => {
    const w = workshopRow(ctx, id);
    const group = groupRowOf(ctx, w, position);
    const found = fileCountry(input);
    if (found !== undefined && found !== w.country_code) {
      throw LibraryError.coded('invalid', {
        path: 'country',
        code: 'library.workshop.otherCountry',
        params: { found, workshop: w.name, country: w.country_code },
      });
    }
    const named =
      typeof input === 'object' && input !== null
        ? { ...(input as Record<string, unknown>), name: group.scenario_name }
        : input;
    return saveScenario(ctx, named, {
      id: group.scenario_id!,
      note: `group file ${fileName} imported`,
    });
  });
}
