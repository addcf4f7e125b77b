import { readScenario } from '#engine';

/** Shown, and returned, for a value a scenario does not have (e.g. a benefit only in another one). */
export const ABSENT = '—';

/**
 * Where a row belongs: the scenario's own fields, its assumptions, a benefit, a financing option,
 * or an item of another list whose items have an id (crisis measures).
 */
export type DiffSection = 'scenario' | 'assumptions' | 'benefit' | 'financing' | 'list';

export interface DiffRow {
  /** Where the value is, e.g. `years`, `assumptions.inflation`, `benefits[child].benefit.share`. */
  path: string;
  section: DiffSection;
  /** The list the row's item is in: `benefits`, `financing`, `crisis`; '' outside lists. */
  list: string;
  /** The item's benefit id, financing option or id ('' outside lists). */
  key: string;
  /** The item's label (from the first scenario that has it); a financing option's option. */
  sectionLabel: string;
  /** The path inside the section: `benefit.share`, `coverage.fullYear`; '' for "is it there at all". */
  field: string;
  /** One value per scenario, in the order given; ABSENT where the scenario lacks the path. */
  values: unknown[];
  absent: boolean[];
}

export interface DiffInput {
  name: string;
  scenario: unknown;
}

interface FlatValue {
  section: DiffSection;
  list: string;
  key: string;
  field: string;
  value: unknown;
}
type Flat = Map<string, FlatValue>;

/** Fields that are not parameters of the costing: the name heads each column instead. */
const SKIPPED = new Set(['$schema', 'format', 'name', 'tags']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The scenario with every default filled in, so that a value left out and the same value written
 * out do not count as a difference. An inline country is replaced by its code first: the country
 * data are compared apart, not field by field. A file that cannot be read is compared as it is.
 */
function normalized(scenario: unknown): Record<string, unknown> | null {
  if (!isPlainObject(scenario)) return null;
  const country = scenario.country;
  const input = isPlainObject(country)
    ? { ...scenario, country: typeof country.code === 'string' ? country.code : '?' }
    : scenario;
  const r = readScenario(input);
  return r.ok ? (r.value as unknown as Record<string, unknown>) : null;
}

function raw(scenario: unknown): Record<string, unknown> {
  if (!isPlainObject(scenario)) return {};
  const country = scenario.country;
  return isPlainObject(country)
    ? { ...scenario, country: typeof country.code === 'string' ? country.code : '?' }
    : scenario;
}

/** Plain objects are walked into; numbers, strings, null and lists (ages, years, paths) are values. */
function flattenInto(
  out: Flat,
  value: unknown,
  prefix: string,
  where: Omit<FlatValue, 'value'>,
): void {
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const field = where.field ? `${where.field}.${k}` : k;
      flattenInto(out, v, `${prefix}.${k}`, { ...where, field });
    }
    return;
  }
  out.set(prefix, { ...where, value });
}

/** Lists matched item by item: benefits by id, financing by option, others (crisis) by id. */
function listKey(list: string, item: Record<string, unknown>, i: number): string {
  const k = list === 'financing' ? item.option : item.id;
  return typeof k === 'string' ? k : `#${i + 1}`;
}

function isKeyedList(list: string, v: unknown): v is unknown[] {
  if (!Array.isArray(v)) return false;
  if (list === 'benefits' || list === 'financing') return true;
  return v.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

/** Keys of list items (see listKey); a key met again in the same file gets "#2", "#3". */
function keyed(items: unknown[], keyOf: (item: Record<string, unknown>, i: number) => string) {
  const seen = new Map<string, number>();
  const out: { key: string; item: Record<string, unknown> }[] = [];
  items.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    const base = keyOf(item, i);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ key: n === 1 ? base : `${base}#${n}`, item });
  });
  return out;
}

interface Flattened {
  flat: Flat;
  /** Items of lists in file order, with their labels. */
  items: { list: string; key: string; label: string }[];
}

function flatten(file: Record<string, unknown>): Flattened {
  const flat: Flat = new Map();
  const items: Flattened['items'] = [];
  for (const [k, v] of Object.entries(file)) {
    if (SKIPPED.has(k) || v === undefined) continue;
    if (isKeyedList(k, v)) {
      const section: DiffSection =
        k === 'benefits' ? 'benefit' : k === 'financing' ? 'financing' : 'list';
      for (const { key, item } of keyed(v, (x, i) => listKey(k, x, i))) {
        const own = k === 'financing' ? item.option : item.label;
        const label = typeof own === 'string' ? own : key;
        items.push({ list: k, key, label });
        const { [k === 'financing' ? 'option' : 'id']: _matchedBy, ...fields } = item;
        const prefix = `${k}[${key}]`;
        flat.set(prefix, { section, list: k, key, field: '', value: label });
        flattenInto(flat, fields, prefix, { section, list: k, key, field: '' });
      }
    } else if (k === 'assumptions') {
      flattenInto(flat, v, 'assumptions', { section: 'assumptions', list: '', key: '', field: '' });
    } else {
      flattenInto(flat, v, k, { section: 'scenario', list: '', key: '', field: k });
    }
  }
  return { flat, items };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

const SCENARIO_ORDER = ['years', 'country', 'description', 'notes'];

/**
 * Every difference between two or more spf.scenario/1 files, one row per value that differs.
 * Benefits are matched by their id and financing options by their option, never by position, so
 * reordering a package is not a difference. Defaults are filled in first when every file can be
 * read, so `"months": 12` and a left-out `months` are the same. The name is not compared: it heads
 * each scenario's column. A benefit that only some scenarios have gives a row of its own (path
 * `benefits[id]`, its label or ABSENT) and a row for each of its values.
 */
export function diffScenarios(files: DiffInput[]): DiffRow[] {
  const normal = files.map((f) => normalized(f.scenario));
  const usable = normal.every((n) => n !== null);
  const flats = files.map((f, i) => flatten(usable ? normal[i]! : raw(f.scenario)));

  // The order of rows: scenario fields, assumptions, benefits as first met, financing as first met.
  const paths: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      paths.push(p);
    }
  };
  const allPaths = flats.flatMap((f) => [...f.flat.keys()]);
  const scenarioPaths = allPaths.filter((p) =>
    flats.some((f) => f.flat.get(p)?.section === 'scenario'),
  );
  const rank = (p: string) => {
    const top = p.split('.')[0]!;
    const i = SCENARIO_ORDER.indexOf(top);
    return i === -1 ? SCENARIO_ORDER.length : i;
  };
  [...new Set(scenarioPaths)]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .forEach(({ p }) => add(p));
  for (const p of allPaths) if (p.startsWith('assumptions.')) add(p);
  // Lists in the order first met: benefits, financing, then any other (crisis measures).
  const labels = new Map<string, string>();
  const order: { list: string; key: string }[] = [];
  for (const f of flats) {
    for (const { list, key, label } of f.items) {
      const id = `${list}[${key}]`;
      if (!labels.has(id)) {
        labels.set(id, label);
        order.push({ list, key });
      }
    }
  }
  const listRank = (list: string) => (list === 'benefits' ? 0 : list === 'financing' ? 1 : 2);
  order
    .map((o, i) => ({ ...o, i }))
    .sort((a, b) => listRank(a.list) - listRank(b.list) || a.i - b.i)
    .forEach(({ list, key }) => {
      const prefix = `${list}[${key}]`;
      add(prefix);
      for (const f of flats) for (const p of f.flat.keys()) if (p.startsWith(`${prefix}.`)) add(p);
    });

  const rows: DiffRow[] = [];
  for (const path of paths) {
    const entries = flats.map((f) => f.flat.get(path));
    const absent = entries.map((e) => e === undefined);
    const values = entries.map((e) => (e === undefined ? ABSENT : e.value));
    const first = entries.find((e) => e !== undefined)!;
    const presence = first.list !== '' && !first.field;
    const differs =
      absent.some((a) => a !== absent[0]) || (!presence && values.some((v) => !same(v, values[0])));
    if (!differs) continue;
    rows.push({
      path,
      section: first.section,
      list: first.list,
      key: first.key,
      sectionLabel: first.list ? (labels.get(`${first.list}[${first.key}]`) ?? first.key) : '',
      field: first.field,
      values,
      absent,
    });
  }
  return rows;
}
