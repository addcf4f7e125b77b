import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv, toTsv } from '../../renderer/src/lib/table-text';
import { spf } from '../helpers/cli';
import { flatCountry } from '../helpers/fixtures';
import { recalcProfile, sofficePath } from '../helpers/libreoffice';

/** The name a hostile country file carries: as a live formula it would be a link to click. */
const HOSTILE = '=HYPERLINK("http://example.invalid","Tamboria")';

const dir = mkdtempSync(join(tmpdir(), 'spf-csv-formulas-'));
const profile = recalcProfile();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/**
 * Opens CSV files in LibreOffice as a user would (comma-separated, UTF-8) and saves them as XLSX, so
 * the test reads each cell as the spreadsheet understood it: text, number or formula.
 */
function openInLibreOffice(csv: string): Promise<ExcelJS.Worksheet> {
  const r = spawnSync(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      // 44: comma, 34: double quote, 76: UTF-8, 1: from the first line.
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      dir,
      csv,
    ],
    { encoding: 'utf8', timeout: 110_000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice failed (exit ${r.status}): ${r.stderr}`);
  const wb = new ExcelJS.Workbook();
  return wb.xlsx.readFile(csv.replace(/\.csv$/, '.xlsx')).then(() => wb.worksheets[0]!);
}

/** The row whose column B (item) is `item`, in the long country CSV. */
function rowOf(ws: ExcelJS.Worksheet, sheet: string, item: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === sheet && row.getCell(2).value === item) return row;
  }
  throw new Error(`no row ${sheet} ${item}`);
}

describe('CSV files never carry live formulas', () => {
  it('spf country template --out x.csv writes a hostile name and currency as text', async () => {
    const country = flatCountry({
      name: HOSTILE,
      currency: '@FL',
      macro: {
        years: [2025],
        gdp: [1e9],
        // A real negative number: it must stay a number, not become text.
        realGrowth: [-0.1],
        inflation: [0.05],
        revenuePctGdp: [0.2],
        expenditurePctGdp: [0.25],
        fxPerUsd: [100],
      },
    });
    const json = join(dir, 'hostile.json');
    const csv = join(dir, 'hostile.csv');
    writeFileSync(json, JSON.stringify(country));
    expect((await spf('country', 'template', '--from', json, '--out', csv)).code).toBe(0);

    // In the file: the apostrophe that spreadsheets read as "text", inside the CSV quotes.
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(
      `Country,name,,,,"'=HYPERLINK(""http://example.invalid"",""Tamboria"")"`,
    );
    expect(text).toContain(`Country,currency,,,,"'@FL"`);
    expect(text).toContain('Macro,realGrowth,2025,,,-0.1,');

    // In LibreOffice: the name cell is text showing the formula's words, not a formula or its result.
    const ws = await openInLibreOffice(csv);
    const name = rowOf(ws, 'Country', 'name').getCell(6);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    // LibreOffice keeps the apostrophe in view: the reader sees why the cell is text.
    expect(name.text).toBe(`'${HOSTILE}`);
    expect(rowOf(ws, 'Country', 'currency').getCell(6).type).toBe(ExcelJS.ValueType.String);
    const growth = rowOf(ws, 'Macro', 'realGrowth').getCell(6);
    expect(growth.value).toBe(-0.1);

    // Read back by the app, the name is the one written (the apostrophe is taken off again).
    const back = join(dir, 'back.json');
    expect((await spf('country', 'from-sheet', csv, '--out', back)).code).toBe(0);
    const read = JSON.parse(readFileSync(back, 'utf8')) as { name: string; currency: string };
    expect(read.name).toBe(HOSTILE);
    expect(read.currency).toBe('@FL');
  });

  it('the app’s CSV export writes formula-like labels as text and numbers as numbers', async () => {
    const csv = join(dir, 'export.csv');
    writeFileSync(
      csv,
      toCsv(
        ['benefit', 'cost'],
        [
          [HOSTILE, -10],
          ['+SUM(1,2)', 3],
          ['-minus', 0],
          ['@cmd', 1.5],
        ],
      ),
    );
    const ws = await openInLibreOffice(csv);
    // Row 1 is the header; rows 2-5 the data. Every label is text; -10, 3, 0 and 1.5 stay numbers.
    const labels = [2, 3, 4, 5].map((r) => ws.getRow(r).getCell(1));
    for (const cell of labels) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(labels[0]!.text).toBe(`'${HOSTILE}`);
    expect(labels[1]!.text).toBe("'+SUM(1,2)");
    expect([2, 3, 4, 5].map((r) => ws.getRow(r).getCell(2).value)).toEqual([-10, 3, 0, 1.5]);
  });

  it('the clipboard (tab-separated) copy marks formula-like text, keeps numbers', () => {
    expect(
      toTsv(
        ['benefit', 'cost'],
        [
          [HOSTILE, -10],
          ['\t=1+1', 2],
          ['Child\nbenefit', 3],
        ],
      ),
    ).toBe(
      [
        'benefit\tcost',
        `'${HOSTILE}\t-10`,
        // The tab would split the cell: it becomes a space after the apostrophe.
        "' =1+1\t2",
        'Child benefit\t3',
      ].join('\n'),
    );
  });
});
