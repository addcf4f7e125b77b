/**
 * `spf explain`: the tree behind one number, as text and as the JSON of formats.md, on the worked
 * example of methodology section 8 (../shared/spec) and on the bundled default package.
 */
import { describe, expect, it } from 'vitest';
import { spf } from '../helpers/cli';
import { sharedPath } from '../helpers/shared-spec';

const WORKED = sharedPath('spec/examples/worked-example.scenario.json');

interface Node {
  name: string;
  label: string;
  value: number;
  unit: string;
  formula: string;
  source: { kind: string; path?: string; text: string };
  terms: Node[];
  op: string;
}

const byName = (n: Node, name: string) => n.terms.find((t) => t.name === name)!;

describe('spf explain --format json', () => {
  it('explains the child benefit of the worked example in 2026', async () => {
    const r = await spf(
      'explain',
      WORKED,
      '--year',
      '2026',
      '--benefit',
      'child',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const tree = JSON.parse(r.out) as Node;
    expect(Object.keys(tree)).toEqual([
      'name',
      'label',
      'value',
      'unit',
      'formula',
      'source',
      'terms',
      'op',
    ]);
    // 2026: 3,030,000 children × coverage 0.75 (halfway from 0.5 in 2025 to 1 in 2027) = 2,272,500;
    // 0.25 × poverty line 60,000 × price index 1.04 = 15,600 a year; × (1 + 0.05):
    // 2,272,500 × 15,600 × 1.05 = 37,223,550,000 (methodology 8).
    expect(tree.value).toBeCloseTo(37_223_550_000, 0);
    expect(tree.terms.map((t) => t.name)).toEqual([
      'beneficiaries',
      'benefitPerBeneficiary',
      'adminRate',
    ]);
    const beneficiaries = byName(tree, 'beneficiaries');
    expect(beneficiaries.value).toBeCloseTo(2_272_500, 6);
    expect(byName(beneficiaries, 'eligible').value).toBe(3_030_000);
    expect(byName(beneficiaries, 'coverage').value).toBe(0.75);
    expect(byName(tree, 'benefitPerBeneficiary').value).toBeCloseTo(15_600, 9);
    expect(byName(tree, 'adminRate')).toMatchObject({
      value: 0.05,
      source: { kind: 'scenario', path: 'benefits[0].adminRate' },
    });
  });

  it('explains the financing gap: max(0, cost − resources)', async () => {
    const r = await spf(
      'explain',
      WORKED,
      '--year',
      '2026',
      '--measure',
      'gap',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const tree = JSON.parse(r.out) as Node;
    // 79,288,288,560 − 0.002 × GDP 2,184,000,000,000 = 74,920,288,560 (methodology 8).
    expect(tree.value).toBeCloseTo(74_920_288_560, 0);
    expect(byName(tree, 'cost').value).toBeCloseTo(79_288_288_560, 0);
    expect(byName(tree, 'resources').value).toBeCloseTo(4_368_000_000, 0);
  });
});

describe('spf explain (text)', () => {
  it('prints an indented tree: label = value unit [formula] (source)', async () => {
    const r = await spf('explain', '--year', '2030', '--benefit', 'child');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Cost of Universal child benefit, 2030 = 262,842,334,921 TBS a year   [beneficiaries × benefitPerBeneficiary × (1 + adminRate)]   (computed from its terms)',
    );
    expect(lines[1]).toMatch(
      /^ {2}Beneficiaries, 2030 = 8,928,658 persons {3}\[eligible × coverage\]/,
    );
    expect(lines).toContain(
      '      Start year = 2026 year   (set in the scenario (benefits[0].coverage.startYear))',
    );
    expect(lines.find((l) => l.trim().startsWith('Administration cost rate'))).toBe(
      '  Administration cost rate = 0.05 fraction   (set in the scenario (benefits[0].adminRate))',
    );
  });

  it('speaks the language of --lang', async () => {
    const r = await spf('explain', '--year', '2030', '--measure', 'pctGdp', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(
      /^Costo como parte del PIB, 2030 = 0,\d+ fracción del PIB/,
    );
  });
});

describe('spf explain refuses, naming the option', () => {
  it.each([
    [['--year', '2070'], 'error: --year: the year 2070 is outside the scenario years 2025-2060'],
    [['--year', 'soon'], 'error: --year: must be a year such as 2030; found "soon"'],
    [
      ['--year', '2030', '--benefit', 'x'],
      'error: --benefit: the scenario has no enabled benefit "x" (its enabled benefits: child, orphan, maternity, disability, oldAge, employment, health)',
    ],
    [
      ['--year', '2030', '--measure', 'eligible'],
      'error: --benefit: the measure "eligible" belongs to one benefit: name it (one of child, orphan, maternity, disability, oldAge, employment, health)',
    ],
  ])('%j', async (args, message) => {
    const r = await spf('explain', ...args);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(message);
  });

  it('requires --year', async () => {
    const r = await spf('explain');
    expect(r.code).toBe(2);
    expect(r.err).toContain("required option '--year <YEAR>' not specified");
  });
});
