import type { StoredScenario } from '../../../../src/contract/bridge';

/** The country data a compared scenario was costed on: a library version, or edited data (null). */
export interface CountryOf {
  code: string;
  name: string;
  version: number | null;
  /** sha256 of the data's canonical JSON: what tells whether two scenarios used the same data. */
  hash: string;
}

export function countryOf(stored: StoredScenario): CountryOf {
  const c = (stored.country ?? {}) as { code?: unknown; name?: unknown };
  return {
    code: typeof c.code === 'string' ? c.code : '?',
    name: typeof c.name === 'string' ? c.name : '',
    version: stored.countryVersion,
    hash: stored.countryHash,
  };
}

/**
 * Codes that appear with different data among the scenarios compared. The data themselves are
 * compared (by hash), not how each scenario came by them: the same data linked as a library version
 * in one scenario and carried inline in another are the same data.
 */
export function codesWithDifferentData(countries: CountryOf[]): string[] {
  const byCode = new Map<string, Set<string>>();
  for (const c of countries) {
    const set = byCode.get(c.code) ?? new Set<string>();
    set.add(c.hash);
    byCode.set(c.code, set);
  }
  return [...byCode].filter(([, hashes]) => hashes.size > 1).map(([code]) => code);
}
