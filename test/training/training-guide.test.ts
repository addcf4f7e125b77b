/**
 * docs/training.md states the results of its three exercises in "Expected results" tables, each
 * under a `<!-- expected-results exercise-N -->` marker. This test reads those tables from the guide,
 * runs the exercise files of models/training through the engine, and requires every number to be
 * the engine's, rounded as `spf cost` prints it: the guide cannot drift from the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  budgetFit,
  packageCostPctGdp,
  readScenario,
  runScenario,
  type CostingResult,
  type ScenarioFile,
} from '#engine';
import { trainingCountry } from '../../src/node/bundled-models';

const GUIDE = readFileSync(new URL('../../docs/training.md', import.meta.url), 'utf8');

function exerciseFile(n: number): ScenarioFile {
  const url = new URL(`../../models/training/exercise-${n}.spf.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as ScenarioFile;
}

/** The rows of the table after the exercise's marker, as cells by column header. */
function expectedRows(exercise: number): Record<string, string>[] {
  const marker = `<!-- expected-results exercise-${exercise} -->`;
  const at = GUIDE.indexOf(marker);
  if (at < 0) throw new Error(`docs/training.md has no "${marker}"`);
  // The table is the first run of lines starting with "|" after the marker.
  const lines = GUIDE.slice(at + marker.length)
    .split('\n')
    .map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  const table = lines.slice(start, end < 0 ? undefined : end);
  const cells = (l: string) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  const header = cells(table[0]!);
  return table.slice(2).map((l) => Object.fromEntries(cells(l).map((c, j) => [header[j]!, c])));
}

function cost(file: ScenarioFile): CostingResult {
  const r = readScenario(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return runScenario(r.value, trainingCountry());
}

/** As `spf cost` prints them: millions of the currency, whole, with thousands separators. */
const millions = (lcu: number) => Math.round(lcu / 1e6).toLocaleString('en-US');
const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
const points = (fraction: number) => (fraction * 100).toFixed(2);

/** Checks a table of Variant, Year, Cost (millions of TBS) and % of GDP against the runs. */
function checkCostTable(exercise: number, variants: Record<string, ScenarioFile>): number {
  const rows = expectedRows(exercise);
  for (const row of rows) {
    const file = variants[row.Variant!];
    expect(file, `exercise ${exercise}: unknown variant "${row.Variant}"`).toBeDefined();
    const result = cost(file!);
    const i = result.years.indexOf(Number(row.Year));
    const what = `exercise ${exercise}, ${row.Variant} ${row.Year}`;
    expect(millions(result.total.cost[i]!), what).toBe(row['Cost (millions of TBS)']);
    expect(percent(result.total.pctGdp[i]!), what).toBe(row['% of GDP']);
  }
  return rows.length;
}

/** The exercise file with one benefit changed as the guide's step says. */
function withBenefit(
  file: ScenarioFile,
  id: string,
  change: (b: ScenarioFile['benefits'][number]) => void,
): ScenarioFile {
  const copy = structuredClone(file);
  const b = copy.benefits.find((x) => x.id === id);
  if (!b) throw new Error(`no benefit ${id}`);
  change(b);
  return copy;
}

describe('docs/training.md: the expected results of the Tamboria workshop', () => {
  it('exercise 1: the child benefit, year by year', () => {
    expect(checkCostTable(1, { 'as given': exerciseFile(1) })).toBe(4);
  });

  it('exercise 2: the social pension by year, and the linear phase-in it is compared with', () => {
    const file = exerciseFile(2);
    expect(file.benefits[0]!.coverage).toEqual({
      byYear: { '2026': 0.3, '2028': 0.7, '2030': 0.9 },
    });
    // Step 2 of the guide: the phase-in from 30% in 2026 to 90% in 2030.
    const linear = withBenefit(file, 'socialPension', (b) => {
      b.coverage = { startYear: 2026, start: 0.3, fullYear: 2030, full: 0.9 };
    });
    expect(checkCostTable(2, { 'as given': file, 'linear phase-in': linear })).toBe(8);
  });

  it('exercise 3: the budget game, as given and with the levels that fit', () => {
    const file = exerciseFile(3);
    // Step 2 of the guide: the child benefit at 15% of the poverty line, the pension at 60%.
    const fitted = withBenefit(
      withBenefit(file, 'child', (b) => void (b.benefit.share = 0.15)),
      'oldAge',
      (b) => void (b.benefit.share = 0.6),
    );
    const variants: Record<string, ScenarioFile> = {
      'as given': file,
      'levels 15% and 60%': fitted,
    };
    const rows = expectedRows(3);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const what = `exercise 3, ${row.Variant}`;
      const envelope = Number(row['Envelope (% of GDP)']!.replace('%', '')) / 100;
      const fit = budgetFit(
        packageCostPctGdp(cost(variants[row.Variant!]!), Number(row.Year)),
        envelope,
      );
      expect(percent(fit.costPctGdp), what).toBe(row['Cost (% of GDP)']);
      expect(fit.fits ? 'yes' : 'no', what).toBe(row['Fits?']);
      expect(points(fit.marginPctGdp), what).toBe(row['Margin (points of GDP)']);
    }
  });

  it('states in its text the same 2030 figures as its exercise 3 table', () => {
    // Step 1 and 2 of exercise 3 quote the table: 4.60% misses by 1.60 points; 2.93% is 0.07 within.
    const [given, fitted] = expectedRows(3);
    // Lines are wrapped anywhere, so the text is compared with its spaces and line ends as one space.
    const text = GUIDE.replace(/\s+/g, ' ');
    const missBy = given!['Margin (points of GDP)']!.replace('-', '');
    expect(text).toContain(
      `it takes ${given!['Cost (% of GDP)']} of GDP, so it misses the envelope by ${missBy} points`,
    );
    expect(text).toContain(
      `bring it to ${fitted!['Cost (% of GDP)']} of GDP, ${fitted!['Margin (points of GDP)']} points within the envelope`,
    );
  });
});
