/**
 * Finding a country of the database as people type it: by its name in English, French or Spanish
 * whatever the interface's language, without caring for accents or case ("perou" finds Pérou), or
 * by its ISO3 code.
 */
import type { CountryDbEntry, UnbuildableCountry } from '../../../../src/contract/country-db';

export type NameLanguage = keyof CountryDbEntry['names'];

/** Lower case without accents: "Pérou" and "perou" read the same. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The name to show in the interface's language (English for any other). */
export function nameIn(entry: CountryDbEntry, lang: string): string {
  const key = lang.slice(0, 2);
  return key === 'fr' || key === 'es' ? entry.names[key] : entry.names.en;
}

/**
 * The entries matching `query`, sorted by their name in `lang`: a code equal to the query comes
 * first, then names that start with it, then names that contain it anywhere.
 */
export function searchCountries(
  entries: readonly CountryDbEntry[],
  query: string,
  lang: string,
): CountryDbEntry[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = [...entries].sort((a, b) => collator.compare(nameIn(a, lang), nameIn(b, lang)));
  const q = foldText(query);
  if (!q) return byName;
  const rank = (e: CountryDbEntry): number => {
    if (e.iso3.toLowerCase() === q) return 0;
    const names = Object.values(e.names).map(foldText);
    if (names.some((n) => n.startsWith(q))) return 1;
    if (names.some((n) => n.includes(q))) return 2;
    return 3;
  };
  const ranked = byName.map((e) => ({ e, r: rank(e) })).filter((x) => x.r < 3);
  return ranked.sort((a, b) => a.r - b.r).map((x) => x.e);
}

/**
 * A country of the public data the database could not build whose code or English name is the
 * query (so that "Germany" says why it is missing instead of finding nothing).
 */
export function unbuildableMatch(
  unbuildable: readonly UnbuildableCountry[],
  query: string,
): UnbuildableCountry | undefined {
  const q = foldText(query);
  if (q.length < 3) return undefined;
  return unbuildable.find((u) => u.iso3.toLowerCase() === q || foldText(u.name).startsWith(q));
}
