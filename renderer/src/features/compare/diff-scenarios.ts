import { readScenario } from '../../../../src/formats/read-scenario';

/** Shown, and returned, for a value a scenario does not have (e.g. a benefit only in another one). */
export const ABSENT = '—';

export type DiffSection = 'scenario' | 'assumptions' | 'benefit' | 'financing';

export interface DiffRow {
  /** Where the value is, e.g. `years`, `assumptions.inflation`, `benefits[child].benefit.share`. */
  path: string;
  section: DiffSection;
  /** The benefit id or financing option the row belongs to ('' for the other sections). */
  key: string;
  /** The benefit's label (from the first scenario that has it), or the financing option. */
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

type Flat = Map<string, { section: DiffSection; key: string; field: string; value: unknown }>;

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
  section: DiffSection,
  key: string,
  field: string,
): void {
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      flattenInto(out, v, `${prefix}.${k}`, section, key, field ? `${field}.${k}` : k);
    }
    return;
  }
  out.set(prefix, { section, key, field, value });
}

/** Keys of list items: a benefit by its id, a financing option by its option; repeats get "#2". */
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
  /** Benefit and financing keys in file order, with their labels. */
  benefits: { key: string; label: string }[];
  financing: { key: string; label: string }[];
}

function flatten(file: Record<string, unknown>): Flattened {
  const flat: Flat = new Map();
  const benefits: Flattened['benefits'] = [];
  const financing: Flattened['financing'] = [];
  for (const [k, v] of Object.entries(file)) {
    if (SKIPPED.has(k) || v === undefined) continue;
    if (k === 'benefits' && Array.isArray(v)) {
      for (const { key, item } of keyed(v, (b, i) =>
        typeof b.id === 'string' ? b.id : `#${i + 1}`,
      )) {
        const label = typeof item.label === 'string' ? item.label : key;
        benefits.push({ key, label });
        const { id: _id, ...rest } = item;
        flat.set(`benefits[${key}]`, { section: 'benefit', key, field: '', value: label });
        flattenInto(flat, rest, `benefits[${key}]`, 'benefit', key, '');
      }
    } else if (k === 'financing' && Array.isArray(v)) {
      for (const { key, item } of keyed(v, (f, i) =>
        typeof f.option === 'string' ? f.option : `#${i + 1}`,
      )) {
        const label = typeof item.option === 'string' ? item.option : key;
        financing.push({ key, label });
        const { option: _option, ...rest } = item;
        flat.set(`financing[${key}]`, { section: 'financing', key, field: '', value: label });
        flattenInto(flat, rest, `financing[${key}]`, 'financing', key, '');
      }
    } else if (k === 'assumptions') {
      flattenInto(flat, v, 'assumptions', 'assumptions', '', '');
    } else {
      flattenInto(flat, v, k, 'scenario', '', k);
    }
  }
  return { flat, benefits, financing };
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
  const labels = new Map<string, string>();
  for (const section of ['benefits', 'financing'] as const) {
    const keys: string[] = [];
    for (const f of flats) {
      for (const { key, label } of f[section]) {
        const id = `${section}[${key}]`;
        if (!labels.has(id)) {
          labels.set(id, label);
          keys.push(key);
        }
      }
    }
    for (const key of keys) {
      const prefix = `${section}[${key}]`;
      add(prefix);
      for (const f of flats) for (const p of f.flat.keys()) if (p.startsWith(`${prefix}.`)) add(p);
    }
  }

  const rows: DiffRow[] = [];
  for (const path of paths) {
    const entries = flats.map((f) => f.flat.get(path));
    const absent = entries.map((e) => e === undefined);
    const values = entries.map((e) => (e === undefined ? ABSENT : e.value));
    const first = entries.find((e) => e !== undefined)!;
    const presence = (first.section === 'benefit' || first.section === 'financing') && !first.field;
    const differs =
      absent.some((a) => a !== absent[0]) || (!presence && values.some((v) => !same(v, values[0])));
    if (!differs) continue;
    const sectionId =
      first.section === 'benefit' ? `benefits[${first.key}]` : `financing[${first.key}]`;
    rows.push({
      path,
      section: first.section,
      key: first.key,
      sectionLabel:
        first.section === 'benefit' || first.section === 'financing'
          ? (labels.get(sectionId) ?? first.key)
          : '',
      field: first.field,
      values,
      absent,
    });
  }
  return rows;
}
