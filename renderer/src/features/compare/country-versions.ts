import type { StoredScenario } from '../../../../src/contract/bridge';

/** The country data a compared scenario was costed on: a library version, or edited data (null). */
export interface CountryOf {
  code: string;
  name: string;
  version: number | null;
}

export function countryOf(stored: StoredScenario): CountryOf {
  const c = (stored.country ?? {}) as { code?: unknown; name?: unknown };
  return {
    code: typeof c.code === 'string' ? c.code : '?',
    name: typeof c.name === 'string' ? c.name : '',
    version: stored.countryVersion,
  };
}

/** Codes that appear with different data among the scenarios compared. */
export function codesWithDifferentData(countries: CountryOf[]): string[] {
  const byCode = new Map<string, Set<string>>();
  for (const c of countries) {
    const set = byCode.get(c.code) ?? new Set<string>();
    set.add(String(c.version));
    byCode.set(c.code, set);
  }
  return [...byCode].filter(([, versions]) => versions.size > 1).map(([code]) => code);
}
