import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/locales/en.json';
import es from '../../renderer/src/i18n/locales/es.json';
import fr from '../../renderer/src/i18n/locales/fr.json';

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(obj: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (o: unknown, p: string) => {
    if (typeof o === 'string')
      out.set(
        p,
        [...o.matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .sort()
          .join(','),
      );
    else if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) walk(v, p ? `${p}.${k}` : k);
  };
  walk(obj, '');
  return out;
}

/** Plural forms English does not have: French and Spanish need `_many` (see below). */
const withoutMany = (all: string[]) => all.filter((k) => !k.endsWith('_many'));

/** Every literal key the renderer passes to `t('...')`. */
function keysUsedInRenderer(dir = join(__dirname, '../../renderer/src')): Set<string> {
  const used = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const k of keysUsedInRenderer(path)) used.add(k);
    else if (/\.tsx?$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]!);
    }
  }
  return used;
}

describe('translations', () => {
  it('French and Spanish have exactly the English keys (plus their own plural forms)', () => {
    const english = keys(en).sort();
    expect(withoutMany(keys(fr)).sort()).toEqual(english);
    expect(withoutMany(keys(es)).sort()).toEqual(english);
  });

  it('French and Spanish give the "many" plural form wherever they give "one"', () => {
    // i18next picks the form with Intl.PluralRules: French and Spanish have a "many" category (used
    // for 1 000 000 and such), and without a `_many` key such a count shows the bare key.
    for (const lang of ['fr', 'es'])
      expect(new Intl.PluralRules(lang).resolvedOptions().pluralCategories).toContain('many');
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    for (const [name, locale] of [
      ['fr', fr],
      ['es', es],
    ] as const) {
      const all = new Set(keys(locale));
      const missing = [...all]
        .filter((k) => k.endsWith('_one'))
        .map((k) => `${k.slice(0, -4)}_many`)
        .filter((k) => !all.has(k));
      expect(missing, name).toEqual([]);
    }
  });

  it('has every key the renderer uses, in all three languages', () => {
    const used = keysUsedInRenderer();
    // The scan finds the keys (a regression guard that it still reads the sources).
    expect(used.has('library.showAll')).toBe(true);
    for (const [name, locale] of [
      ['en', en],
      ['fr', fr],
      ['es', es],
    ] as const) {
      const all = new Set(keys(locale));
      // A key used with a count exists as its plural forms (`library.showAll_other`).
      const missing = [...used].filter((k) => !all.has(k) && !all.has(`${k}_other`));
      expect(missing, name).toEqual([]);
    }
  });

  it('fixes the French slips: agreement with "personnes" and "du seuil de pauvreté"', () => {
    // "Toutes les personnes" + "âgées de 65 ans et plus" (was "âgés"); "30 % du seuil de pauvreté".
    expect(`${fr.report.who.group.none} ${fr.report.who.agesAndOver}`).toBe(
      'Toutes les personnes âgées de {{from}} ans et plus',
    );
    expect(fr.report.howMuch.share.replace('{{basis}}', fr.basis.povertyLine)).toBe(
      '{{share}} du seuil de pauvreté',
    );
    // Spanish says "financiación" and "monto" throughout, not also "financiamiento" and "importe".
    expect(JSON.stringify(es)).not.toMatch(
      /financiamiento|los importes|un importe|PIB por habitante/i,
    );
  });

  it('keep every {{placeholder}} of the English text', () => {
    const english = placeholders(en);
    for (const [name, other] of [
      ['fr', placeholders(fr)],
      ['es', placeholders(es)],
    ] as const) {
      for (const [key, vars] of english) expect(other.get(key), `${name}: ${key}`).toBe(vars);
    }
  });

  it('translate what an official reads, not just copy the English', () => {
    expect(fr.nav.results).toBe('Résultats');
    expect(es.nav.results).toBe('Resultados');
    // Words that are the same in French ("Administration") are fine; anything else longer was missed.
    const cognates = new Set(['benefits.administration']);
    const same = keys(en).filter((k) => {
      if (cognates.has(k)) return false;
      const get = (o: unknown) =>
        k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o);
      return get(en) === get(fr) && String(get(en)).length > 12;
    });
    expect(same).toEqual([]);
  });
});
