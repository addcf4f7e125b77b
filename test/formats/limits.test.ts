import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS, RANGES, issueMessage, limitsMessages, readCountry, readScenario } from '#engine';
import { fileBenefit, fileScenario, flatCountry, flatRow } from '../helpers/fixtures';
import { REPO_DIR } from '../helpers/cli';

/** The issues of a scenario that must be refused. */
function refused(input: unknown) {
  const r = readScenario(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

const custom = (i: number) =>
  fileBenefit({
    id: `c${i}`,
    kind: 'custom',
    benefit: { basis: 'fixed', amount: 100 },
    formula: { eligible: 'population * 0.01' },
  });

describe('limits on lists (issue 9, item 1)', () => {
  it('refuses 3,000 custom benefits at once, naming the list, the limit and the count', () => {
    // Before: the request was costed, holding the server for 42 s and 1.5 GB.
    const benefits = Array.from({ length: 3000 }, (_, i) => custom(i));
    const t0 = performance.now();
    const issues = refused(fileScenario(benefits));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(issues).toContainEqual({
      path: 'benefits',
      message: 'must have at most 100 items, found 3000',
      code: 'limits.tooMany',
      params: { limit: 100, found: 3000 },
    });
  });

  it('accepts exactly the limit of benefits', () => {
    const r = readScenario(
      fileScenario(Array.from({ length: LIMITS.benefits }, (_, i) => custom(i))),
    );
    expect(r.ok).toBe(true);
  });

  it('limits crisis measures, financing options and tags', () => {
    const measure = (i: number) => ({
      id: `m${i}`,
      kind: 'transfer',
      recipients: 10,
      amountPerMonth: 5,
      startYear: 2025,
      startMonth: 1,
      months: 1,
    });
    const option = { option: 'tax', startYear: 2025, fullYear: 2026, full: 0.01 };
    const issues = refused(
      fileScenario([fileBenefit()], {
        crisis: Array.from({ length: 51 }, (_, i) => measure(i)),
        financing: Array.from({ length: 41 }, () => option),
        tags: Array.from({ length: 51 }, (_, i) => `t${i}`),
      }),
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'tags: must have at most 50 items, found 51',
      'financing: must have at most 40 items, found 41',
      'crisis: must have at most 50 items, found 51',
    ]);
  });

  it('limits the years a scenario spans to 101', () => {
    // 2025..2200 is 176 years.
    expect(refused(fileScenario([fileBenefit()], { years: [2025, 2200] }))).toEqual([
      {
        path: 'years',
        message: 'may span at most 101 years, found 176 (2025-2200)',
        code: 'limits.yearsSpan',
        params: { limit: 101, found: 176, first: 2025, last: 2200 },
      },
    ]);
  });

  it('names the limit of a yearly list given where a number would also do', () => {
    // A list or a number: zod would only say "wrong form"; the limit is named instead.
    const issues = refused(
      fileScenario([fileBenefit()], { assumptions: { inflation: new Array(500).fill(0.02) } }),
    );
    expect(issues).toEqual([
      {
        path: 'assumptions.inflation',
        message: 'must have at most 401 items, found 500',
        code: 'limits.tooMany',
        params: { limit: 401, found: 500 },
      },
    ]);
  });

  it('limits the bands of a rate by age to one per age', () => {
    const bands = Array.from({ length: 102 }, () => [0, 0, 0.1]);
    const r = readCountry(flatCountry({ rates: { poverty: bands } }));
    expect(!r.ok && r.issues).toEqual([
      {
        path: 'rates.poverty',
        message: 'must have at most 101 items, found 102',
        code: 'limits.tooMany',
        params: { limit: 101, found: 102 },
      },
    ]);
  });

  it('publishes the limits in the JSON Schemas (maxItems, maximum)', () => {
    const schema = JSON.parse(
      readFileSync(`${REPO_DIR}docs/schema/spf.scenario-1.schema.json`, 'utf8'),
    ) as { properties: Record<string, { maxItems?: number }> };
    expect(schema.properties.benefits?.maxItems).toBe(100);
    expect(schema.properties.crisis?.maxItems).toBe(50);
    expect(schema.properties.financing?.maxItems).toBe(40);
    expect(schema.properties.tags?.maxItems).toBe(50);
  });
});

describe('finite ranges for numbers (issue 9, item 2)', () => {
  it('refuses a population cell of 1e308, naming the cell', () => {
    // Before: it costed with exit 0, total.cost null and NaN in the table.
    const female = [1, 2, 3, 4, 5, 6].map(() => flatRow());
    female[0]![3] = 1e308;
    const country = flatCountry();
    const r = readCountry({
      ...country,
      population: { ...(country.population as object), female },
    });
    expect(!r.ok && r.issues).toEqual([
      {
        path: 'population.female[0][3]',
        message: 'must be <= 10000000000, found 1e+308',
        code: 'limits.aboveMax',
        params: { max: RANGES.persons, found: 1e308 },
      },
    ]);
  });

  it('refuses crisis measures with 1e308 recipients and amounts above 1e15', () => {
    const issues = refused(
      fileScenario([fileBenefit()], {
        crisis: [
          {
            id: 'm',
            kind: 'transfer',
            recipients: 1e308,
            amountPerMonth: 2e15,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
        ],
      }),
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'crisis[0].recipients: must be <= 10000000000, found 1e+308',
      'crisis[0].amountPerMonth: must be <= 1000000000000000, found 2000000000000000',
    ]);
  });
});

describe('every fault of a broken file at once (defect 16)', () => {
  it('lists two schema faults and a fault between fields together', () => {
    const issues = refused(
      fileScenario([
        fileBenefit({ id: 'a', adminRate: 2 }),
        fileBenefit({ id: 'b', ages: [30, 10] }),
        fileBenefit({ id: 'c', benefit: { basis: 'povertyLine', months: 20 } }),
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'benefits[0].adminRate',
      'benefits[2].benefit.months',
      'benefits[1].ages[1]',
    ]);
  });
});

describe('limit messages in the user language', () => {
  it('renders limits.tooMany in French and Spanish', () => {
    const issue = {
      path: 'benefits',
      message: 'must have at most 100 items, found 3000',
      code: 'limits.tooMany',
      params: { limit: 100, found: 3000 },
    };
    expect(issueMessage(issue, 'fr')).toBe('doit avoir au plus 100 éléments, 3000 trouvés');
    expect(issueMessage(issue, 'es')).toBe(
      'debe tener como máximo 100 elementos; se encontraron 3000',
    );
  });

  it('has every code in English, French and Spanish with the same placeholders', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const codes = Object.keys(limitsMessages.en).sort();
    expect(Object.keys(limitsMessages.fr).sort()).toEqual(codes);
    expect(Object.keys(limitsMessages.es).sort()).toEqual(codes);
    for (const code of codes) {
      const en = placeholders(limitsMessages.en[code as keyof typeof limitsMessages.en]);
      expect(placeholders(limitsMessages.fr[code as keyof typeof limitsMessages.fr]), code).toEqual(
        en,
      );
      expect(placeholders(limitsMessages.es[code as keyof typeof limitsMessages.es]), code).toEqual(
        en,
      );
    }
  });
});
