import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spf, spfProcess } from '../helpers/cli';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { sharedPath } from '../helpers/shared-spec';
import { namedCell, readWorkbook } from './workbook-check';

const tmp = mkdtempSync(join(tmpdir(), 'spf-report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('spf report --xlsx', () => {
  it('writes the workbook of the bundled default scenario with the expected sheets', async () => {
    const out = join(tmp, 'default.xlsx');
    const r = await spf('report', '--xlsx', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`Wrote ${out}`);
    const wb = await readWorkbook(out);
    // Benefit sheets are named by the benefits' labels.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'README',
      'Charts',
      'Inputs',
      'Assumptions',
      'Package',
      'Fiscal space',
      'Universal child benefit',
      'Orphan benefit',
      'Maternity cash benefit',
      'Disability benefit',
      'Universal old-age pension',
      'Employment guarantee',
      'Essential health care',
      'Sensitivity',
      'Percentiles',
      'Spending gap',
      'Population',
      'Rates',
      'Eligibility factors',
      'Sources',
    ]);
    expect(namedCell(wb, 'b_child_benefit_share').value).toBe(0.25);
    const pkg = wb.getWorksheet('Package')!;
    expect(pkg.getCell('M1').value).toBe('Cost (% of GDP)');
    expect(pkg.getCell('M2').formula).toBe("L2/'Inputs'!D9");
  });

  it('writes the workbook in French with --lang fr', async () => {
    const out = join(tmp, 'default-fr.xlsx');
    const r = await spf('report', '--xlsx', out, '--lang', 'fr');
    expect(r.code, r.err).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 6)).toEqual([
      'LISEZMOI',
      'Graphiques',
      'Données',
      'Hypothèses',
      'Ensemble',
      'Espace budgétaire',
    ]);
    expect(wb.getWorksheet('Ensemble')!.getCell('M1').value).toBe('Coût (% du PIB)');
  });

  it('writes the worked example from a file, with the bundled binary', () => {
    const out = join(tmp, 'worked.xlsx');
    const r = spfProcess(
      'report',
      sharedPath('spec/examples/worked-example.scenario.json'),
      '--xlsx',
      out,
    );
    expect(r.code, r.err).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('exits 2 naming the field for a bad scenario, and writes nothing', async () => {
    const bad = writeJson(
      'bad.json',
      fileScenario([fileBenefit({ benefit: { basis: 'poverty', share: 0.25 } })]),
    );
    const out = join(tmp, 'bad.xlsx');
    const r = await spf('report', bad, '--xlsx', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${bad}: benefits[0].benefit.basis: must be one of`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when the scenario cannot run on its country, naming the field', async () => {
    const file = writeJson('years.json', fileScenario([fileBenefit()], { years: [2025, 2035] }));
    const r = await spf('report', file, '--xlsx', join(tmp, 'years.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}: years: the population of XFL covers 2025-2030`);
  });

  it('adds the Pension scheme sheet for a scenario with a pension block, and prints its warnings', async () => {
    const file = writeJson(
      'pension.json',
      fileScenario([fileBenefit()], {
        country: flatCountry({ rates: { laborForceParticipation: 0.6 } }),
        pension: { contributionRate: 0.1, pensionAge: 65, accrualRate: 0.01, coverage: 0.3 },
      }),
    );
    const out = join(tmp, 'pension.xlsx');
    const r = await spf('report', file, '--xlsx', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('warning: pension.initial.pensioners: neither the scheme nor');
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Pension scheme');
    expect(namedCell(wb, 'pension_contribution_rate').value).toBe(0.1);
  });

  it('exits 2 naming the field when the pension scheme cannot run on the country', async () => {
    const file = writeJson(
      'pension-bad.json',
      fileScenario([fileBenefit()], {
        country: flatCountry({ rates: { poverty: 0.4 } }),
        pension: { contributionRate: 0.1, pensionAge: 65, accrualRate: 0.01, coverage: 0.3 },
      }),
    );
    const out = join(tmp, 'pension-bad.xlsx');
    const r = await spf('report', file, '--xlsx', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${file}: pension.participation: the country gives no`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with nothing to write, or a folder that does not exist', async () => {
    const none = await spf('report');
    expect(none.code).toBe(2);
    expect(none.err).toContain('nothing to write: give --xlsx FILE');
    const missing = await spf('report', '--xlsx', join(tmp, 'no-such-folder', 'x.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('error: --xlsx: cannot write');
  });

  it('prints help with examples', async () => {
    const r = await spf('report', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('npx spf report --xlsx costing.xlsx');
    expect(r.out).toContain('--pdf <FILE>');
  });
});

describe('spf report --pdf', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('writes the PDF report with renderReportPdf (Chromium), in the language asked', async () => {
    const pdf = join(tmp, 'report.pdf');
    const r = await spf('report', '--pdf', pdf, '--lang', 'es');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`Wrote ${pdf} (PDF report)`);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  it('exits 2 with the install hint when Chromium is missing, after writing the workbook', async () => {
    process.env.CHROMIUM_PATH = join(tmp, 'no-chromium');
    const xlsx = join(tmp, 'with-pdf.xlsx');
    const r = await spf('report', '--xlsx', xlsx, '--pdf', join(tmp, 'x.pdf'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('PDF reports need Chromium');
    expect(existsSync(xlsx)).toBe(true);
  });
});
