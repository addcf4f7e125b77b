import type { ScenarioPage, ScenarioSummary } from '../../src/contract/bridge';

/**
 * The library's paging for the renderer's fake bridges: a filtered list sorted and cut into pages as
 * scenarios:page does (the cursor here is the index of the next row; the real one is opaque too).
 */
export function pageOf(list: readonly ScenarioSummary[], q: Record<string, unknown>): ScenarioPage {
  const sort = (q.sort as string | undefined) ?? 'updated';
  const direction =
    (q.direction as string | undefined) ?? (sort === 'name' || sort === 'country' ? 'asc' : 'desc');
  const key = (s: ScenarioSummary): string | number =>
    sort === 'name'
      ? s.name.toLowerCase()
      : sort === 'country'
        ? s.country
        : sort === 'revisions'
          ? s.revisions
          : s.updatedAt;
  const sorted = [...list].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const byKey = x < y ? -1 : x > y ? 1 : a.id - b.id;
    return direction === 'asc' ? byKey : -byKey;
  });
  const start = Number((q.cursor as string | undefined) ?? 0);
  const limit = (q.limit as number | undefined) ?? 50;
  const rows = sorted.slice(start, start + limit);
  const next = start + limit;
  return { rows, total: list.length, nextCursor: next < sorted.length ? String(next) : null };
}
