import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { TRAINING_COUNTRY_FILE } from '../../src/node/bundled-models';
import { reportFileName, reportHandlers } from '../../src/node/report-handlers';
import type { BridgeResult, WorkbookFile } from '../../src/contract/bridge';
import { DESKTOP_ONLY } from '../../src/contract/channels';
import { defaultScenarioFile } from '../helpers/library';

const country = JSON.parse(readFileSync(TRAINING_COUNTRY_FILE, 'utf8')) as unknown;
const dispatch = createDispatcher(reportHandlers({ engineVersion: 'test' }));

async function sheetNames(base64: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

describe('report:workbook', () => {
  it('returns the costing workbook as an xlsx with the expected sheets, named after the scenario', async () => {
    const scenario = defaultScenarioFile({
      name: 'Plan A: floor 2030',
      crisis: [
        {
          id: 'cash',
          kind: 'transfer',
          recipients: 500_000,
          amountPerMonth: 2000,
          startYear: 2026,
          startMonth: 4,
          months: 3,
        },
      ],
    });
    const r = (await dispatch('report:workbook', {
      scenario,
      country,
    })) as BridgeResult<WorkbookFile>;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fileName).toBe('plan-a-floor-2030.xlsx');
    // An xlsx is a zip file: "PK".
    expect(Buffer.from(r.value.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const names = await sheetNames(r.value.base64);
    expect(names.slice(0, 7)).toEqual([
      'README',
      'Charts',
      'Inputs',
      'Assumptions',
      'Package',
      'Fiscal space',
      'Crisis',
    ]);
    expect(names).toEqual(expect.arrayContaining(['Spending gap', 'Population', 'Sources']));
  }, 60_000);

  it('adds the Pension scheme sheet when the scenario has a pension block', async () => {
    const scheme = { contributionRate: 0.08, pensionAge: 60, accrualRate: 0.015, coverage: 0.3 };
    const scenario = defaultScenarioFile({ years: [2025, 2035], pension: scheme });
    const r = (await dispatch('report:workbook', {
      scenario,
      country,
    })) as BridgeResult<WorkbookFile>;
    if (!r.ok) throw new Error(r.error.message);
    expect(await sheetNames(r.value.base64)).toContain('Pension scheme');
    // A scheme that cannot run: a located bad-input error.
    const bad = await dispatch('report:workbook', {
      scenario: defaultScenarioFile({
        years: [2025, 2035],
        pension: { ...scheme, coverageTarget: { year: 2020, coverage: 0.5 } },
      }),
      country,
    });
    expect(bad.ok ? '' : bad.error.message).toMatch(/^scenario: pension\.coverageTarget\.year: /);
  }, 60_000);

  it('answers a bad scenario with a located bad-input error, before any workbook is made', async () => {
    const scenario = defaultScenarioFile();
    (scenario.benefits as Record<string, unknown>[])[0]!.kind = 'pony';
    const r = await dispatch('report:workbook', { scenario, country });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad-input');
    expect(r.error.issues?.[0]?.path).toBe('benefits[0].kind');
    expect(r.error.message).toMatch(/^scenario: benefits\[0\]\.kind: /);
  });

  it('locates a problem of the scenario on this country, and a country that is not one', async () => {
    const late = defaultScenarioFile({ years: [2025, 2300] });
    const r = await dispatch('report:workbook', { scenario: late, country });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'bad-input' });
    expect(r.ok ? '' : r.error.message).toMatch(/^scenario: years/);
    const bad = await dispatch('report:workbook', {
      scenario: defaultScenarioFile(),
      country: { format: 'spf.country/1' },
    });
    expect(bad.ok ? null : bad.error.code).toBe('bad-input');
    expect(bad.ok ? '' : bad.error.message).toMatch(/^country: /);
  });

  it('refuses a request of the wrong shape before the handler runs', async () => {
    const r = await dispatch('report:workbook', { scenario: {}, country, extra: 1 });
    expect(r.ok ? null : r.error.message).toBe('invalid request for "report:workbook"');
    const lang = await dispatch('report:workbook', { scenario: {}, country, lang: 'de' });
    expect(lang.ok ? null : lang.error.message).toBe('invalid request for "report:workbook"');
  });

  it('writes the workbook in the language of the request', async () => {
    const r = (await dispatch('report:workbook', {
      scenario: defaultScenarioFile(),
      country,
      lang: 'es',
    })) as BridgeResult<WorkbookFile>;
    if (!r.ok) throw new Error(r.error.message);
    expect((await sheetNames(r.value.base64)).slice(0, 5)).toEqual([
      'LÉAME',
      'Gráficos',
      'Datos',
      'Supuestos',
      'Paquete',
    ]);
  }, 60_000);
});

describe('report channels in the contract', () => {
  it('keeps the PDF and the binary save dialog for the desktop app', async () => {
    expect(DESKTOP_ONLY).toEqual(expect.arrayContaining(['report:pdf', 'dialog:saveBinary']));
    expect(DESKTOP_ONLY).not.toContain('report:workbook');
    // The browser build answers neither: the page downloads the workbook and prints the report itself.
    expect(await dispatch('report:pdf', { data: {} })).toMatchObject({
      ok: false,
      error: { message: '"report:pdf" is not available here' },
    });
  });

  it('names files without accents or punctuation, never empty', () => {
    expect(reportFileName('Protección social: año 1', 'pdf')).toBe('proteccion-social-ano-1.pdf');
    expect(reportFileName('***', 'xlsx')).toBe('scenario.xlsx');
  });
});

describe('export:tableXlsx', () => {
  async function sheetOf(file: WorkbookFile): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    return wb.worksheets[0]!;
  }

  it('writes a table as one sheet: bold header, numbers as numbers, formula-like text as text', async () => {
    const r = (await dispatch('export:tableXlsx', {
      fileName: 'world/gap: 2025',
      sheet: 'Gap by country, % of GDP [2025]: every country of the database',
      header: ['Country', 'Gap, % of GDP'],
      rows: [
        ['Kenya', 0.0581],
        ['=HYPERLINK("x")', 1e-15],
      ],
    })) as BridgeResult<WorkbookFile>;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    // "/" and ":" are refused in file names on some systems; Excel refuses "[", "]" and ":" in a
    // sheet name and more than 31 characters.
    expect(r.value.fileName).toBe('world-gap- 2025.xlsx');
    const ws = await sheetOf(r.value);
    expect(ws.name).toBe('Gap by country, % of GDP  2025 ');
    expect(ws.getCell('A1').value).toBe('Country');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe(0.0581);
    expect(ws.getCell('B3').value).toBe(1e-15);
    // Text, not a formula: the cell holds the string as typed.
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('A3').formula).toBeUndefined();
  });

  it('refuses a table over its documented limits, naming the field', async () => {
    const r = await dispatch('export:tableXlsx', {
      fileName: 't',
      sheet: 't',
      header: ['a'],
      rows: Array.from({ length: 20_001 }, () => [1]),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error.issues)).toContain('rows');
  });
});
