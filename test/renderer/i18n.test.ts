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

describe('translations', () => {
  it('French and Spanish have exactly the English keys', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(es).sort()).toEqual(english);
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
