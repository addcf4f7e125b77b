import type { BridgeCall } from '../../api/bridge-client';

export interface CountryOf {
  code: string;
  name: string;
  /** Tells country data apart: equal data, equal fingerprint (key order does not count). */
  fingerprint: string;
}

/** JSON with the keys of every object sorted, so that the same data always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two 32-bit FNV-1a hashes with different seeds: enough to tell a handful of data sets apart. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

export function countryOf(data: unknown): CountryOf {
  const c = (data ?? {}) as { code?: unknown; name?: unknown };
  return {
    code: typeof c.code === 'string' ? c.code : '?',
    name: typeof c.name === 'string' ? c.name : '',
    fingerprint: hash(canonical(data)),
  };
}

/** Codes that appear with different data among the scenarios compared. */
export function codesWithDifferentData(countries: CountryOf[]): string[] {
  const byCode = new Map<string, Set<string>>();
  for (const c of countries) {
    const set = byCode.get(c.code) ?? new Set<string>();
    set.add(c.fingerprint);
    byCode.set(c.code, set);
  }
  return [...byCode].filter(([, prints]) => prints.size > 1).map(([code]) => code);
}

/** How many library versions of a country are looked through at most to name the one used. */
const MAX_VERSIONS = 12;

/**
 * The library version number of each country data set, for the codes given, found by comparing
 * the data with the library's versions (newest first). Data that match no version (edited in a
 * scenario and saved with it) are left out of the map.
 */
export async function libraryVersions(
  call: BridgeCall,
  codes: string[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (codes.length === 0) return found;
  const countries = await call('countries:list', {});
  for (const code of codes) {
    const summary = countries.find((c) => c.code === code);
    if (!summary) continue;
    const last = summary.latestVersion;
    for (let v = last; v >= Math.max(1, last - MAX_VERSIONS + 1); v--) {
      const data = await call('countries:get', { code, version: v });
      found.set(`${code}:${countryOf(data).fingerprint}`, v);
    }
  }
  return found;
}
