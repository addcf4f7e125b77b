/**
 * What a viewer that does not recalculate sees (Excel's Protected View, e-mail previews, Python readers):
 * the exported workbook read back with exceljs, no LibreOffice. Every formula carries a cached result
 * (the defect: none did), the sheets are named by the benefits and in the user's language, and the
 * charts point at the workbook's own cells with those cells' values cached. workbook-recalc.test.ts
 * checks every cached result against LibreOffice's recalculation.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCostingWorkbook } from '../../src/node/report/xlsx/workbook';
import { sharedPath } from '../helpers/shared-spec';
import { costInline, fullScenarioFile, type Costed } from './scenarios';
import { namedCell, readWorkbook, shown } from './workbook-check';

const TIMEOUT = 60_000;
const DATE = new Date('2026-01-15T00:00:00Z');

function bytesOf(c: Costed, lang?: 'en' | 'fr' | 'es'): Promise<Buffer> {
  return writeCostingWorkbook(c.scenario, c.country, c.result, {
    date: DATE,
    pension: c.pension,
    ...(lang ? { lang } : {}),
  });
}

/** |got - want| <= 1e-9 |want|: the hand-worked figures are exact, the doubles nearly so. */
function expectClose(got: unknown, want: number, where: string): void {
  expect(typeof got, where).toBe('number');
  expect(
    Math.abs((got as number) - want),
    `${where}: ${String(got)} vs ${want}`,
  ).toBeLessThanOrEqual(1e-9 * Math.abs(want));
}

function formulaCells(wb: ExcelJS.Workbook): { sheet: string; cell: ExcelJS.Cell }[] {
  const out: { sheet: string; cell: ExcelJS.Cell }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) out.push({ sheet: ws.name, cell });
      }),
    ),
  );
  return out;
}

let worked: Costed;
let full: Costed;
let workedBytes: Buffer;
let fullBytes: Buffer;
let frenchBytes: Buffer;

beforeAll(async () => {
  worked = costInline(
    JSON.parse(readFileSync(sharedPath('spec/examples/worked-example.scenario.json'), 'utf8')),
  );
  full = costInline(fullScenarioFile());
  workedBytes = await bytesOf(worked);
  fullBytes = await bytesOf(full);
  frenchBytes = await bytesOf(full, 'fr');
}, TIMEOUT);

describe('every formula cell of the exported workbook has its value cached', () => {
  it('the worked example (methodology 8), read without recalculating, shows the hand-worked 2026 figures', async () => {
    const wb = await readWorkbook(workedBytes);
    const at = (sheet: string, address: string) => shown(wb.getWorksheet(sheet)!.getCell(address));
    // Row 3 is 2026. Child benefit: factor-weighted persons 15 ages x 100,000 x 1.01 x 2 sexes =
    // 3,030,000 (a writer-evaluated cell), constant factors 1, eligible 3,030,000, coverage 50% ->
    // 100% over 2025-2027 = 75%, beneficiaries 2,272,500, benefit 0.25 x 60,000 x 1.04 = 15,600,
    // expenditure 2,272,500 x 15,600 = 35,451,000,000, cost with 5% administration 37,223,550,000.
    expectClose(at('Child benefit', 'D3'), 3_030_000, 'child weighted');
    expectClose(at('Child benefit', 'E3'), 1, 'child constant factors');
    expectClose(at('Child benefit', 'F3'), 3_030_000, 'child eligible');
    expectClose(at('Child benefit', 'G3'), 0.75, 'child coverage');
    expectClose(at('Child benefit', 'H3'), 2_272_500, 'child beneficiaries');
    expectClose(at('Child benefit', 'K3'), 15_600, 'child benefit');
    expectClose(at('Child benefit', 'L3'), 35_451_000_000, 'child expenditure');
    expectClose(at('Child benefit', 'O3'), 37_223_550_000, 'child cost');
    // GDP 2026 = 2.0e12 x 1.05 x 1.04 = 2.184e12 (Fiscal space B3, a formula of the Inputs sheet);
    // child cost / GDP = 37,223,550,000 / 2.184e12 = 1.7044%.
    expectClose(at('Fiscal space', 'B3'), 2.184e12, 'GDP 2026');
    expectClose(at('Child benefit', 'P3'), 37_223_550_000 / 2.184e12, 'child % of GDP');
    // Old age: eligible 36 ages x 20,000 x 1.01 x 2 x 0.75 not pensioned = 1,090,800; benefit
    // 3,000 x 12 x 1.04 = 37,440; cost 42,064,738,560.
    expectClose(at('Old-age pension', 'F3'), 1_090_800, 'old-age eligible');
    expectClose(at('Old-age pension', 'K3'), 37_440, 'old-age benefit');
    expectClose(at('Old-age pension', 'O3'), 42_064_738_560, 'old-age cost');
    // Package 2026 = 37,223,550,000 + 42,064,738,560 = 79,288,288,560 (the two benefits in B-C, then
    // expenditure, non-wage costs, administration and the cost in G).
    expectClose(at('Package', 'G3'), 79_288_288_560, 'package cost');
    expectClose(at('Fiscal space', 'C3'), 79_288_288_560, 'fiscal cost');
    // Tax 0.2% of GDP in 2026 = 4,368,000,000; gap 79,288,288,560 - 4,368,000,000 = 74,920,288,560.
    expectClose(at('Fiscal space', 'D3'), 0.002, 'tax % of GDP');
    expectClose(at('Fiscal space', 'E3'), 4_368_000_000, 'tax resources');
    expectClose(at('Fiscal space', 'K3'), 74_920_288_560, 'financing gap');
  });

  it('no formula cell without a cached number or text, in the exceljs reading and in the XML', async () => {
    for (const bytes of [workedBytes, fullBytes, frenchBytes]) {
      const wb = await readWorkbook(bytes);
      const cells = formulaCells(wb);
      expect(cells.length).toBeGreaterThan(600);
      const bad = cells.filter(({ cell }) => {
        const v = shown(cell);
        // exceljs reads an empty text result ("" of an IF) as no result: checked in the XML below.
        return v !== undefined && typeof v !== 'number' && typeof v !== 'string';
      });
      expect(bad.map(({ sheet, cell }) => `${sheet}!${cell.address}`)).toEqual([]);
      // The defect itself: a <c> with an <f> and no <v> is a blank in every viewer that does not recalculate.
      const zip = await JSZip.loadAsync(bytes);
      let formulas = 0;
      for (const f of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) {
        const xml = await f.async('string');
        for (const m of xml.matchAll(/<c\b[^>]*>(.*?)<\/c>/g)) {
          if (!m[1]!.includes('<f>')) continue;
          formulas++;
          expect(m[1], `${f.name}: ${m[0].slice(0, 200)}`).toMatch(/<v>[^<]*<\/v>|<v\/>/);
        }
      }
      expect(formulas).toBe(cells.length);
    }
  });
});

describe('the workbook in the user’s language', () => {
  it('a French workbook has French sheet names and headings, and the same cached results', async () => {
    const fr = await readWorkbook(frenchBytes);
    const en = await readWorkbook(fullBytes);
    const names = fr.worksheets.map((w) => w.name);
    expect(names.slice(0, 7)).toEqual([
      'LISEZMOI',
      'Graphiques',
      'Données',
      'Hypothèses',
      'Ensemble',
      'Espace budgétaire',
      'Crise',
    ]);
    expect(names.slice(-5)).toEqual([
      'Écart de dépenses',
      'Population',
      'Taux',
      'Facteurs d’éligibilité',
      'Sources',
    ]);
    // Benefit sheets keep the benefits' own labels.
    expect(names).toContain('Child benefit');
    const readme = fr
      .getWorksheet('LISEZMOI')!
      .getColumn(1)
      .values.filter((v) => typeof v === 'string');
    expect(readme[0]).toBe('SPF Costing Studio : classeur de chiffrage');
    expect(readme).toContain('Ce classeur se recalcule');
    expect(readme).toContain('Une formule (noir)');
    const inputs = fr.getWorksheet('Données')!;
    expect([inputs.getCell('A1').value, inputs.getCell('A8').value]).toEqual(['Pays', 'Année']);
    expect(inputs.getCell('D8').value).toBe('PIB (FU$ par an, nominal)');
    expect(fr.getWorksheet('Population')!.getCell('A1').value).toBe('Sexe');
    expect(fr.getWorksheet('Taux')!.getCell('B1').value).toMatch(
      /^Prévalence du handicap sévère, femmes/,
    );
    expect(fr.getWorksheet('Sources')!.getCell('A1').value).toBe('Champ du fichier pays');
    expect(fr.getWorksheet('Crise')!.getCell('A1').value).toBe('Mesure');
    const hyp = fr.getWorksheet('Hypothèses')!;
    expect(hyp.getCell('A1').value).toBe('Paramètre');
    // The named inputs keep their names; their labels are French.
    const share = namedCell(fr, 'b_child_benefit_share');
    expect(share.worksheet.name).toBe('Hypothèses');
    expect(hyp.getCell(Number(share.row), 1).value).toBe('Part de la base');
    const pkg = fr.getWorksheet('Ensemble')!;
    expect(pkg.getCell('A1').value).toBe('Année');
    expect(fr.getWorksheet('Child benefit')!.getCell('O1').value).toBe('Coût total (FU$)');
    expect(fr.getWorksheet('Espace budgétaire')!.getCell('B1').value).toBe('PIB (FU$)');
    // Formulas name the French sheets and give the English workbook's values, cell by cell.
    expect(fr.getWorksheet('Espace budgétaire')!.getCell('C2').formula).toContain("'Ensemble'!");
    const frCells = formulaCells(fr);
    const enCells = formulaCells(en);
    expect(frCells.map((c) => c.cell.address)).toEqual(enCells.map((c) => c.cell.address));
    // Only the words a formula writes change: "yes" (debt above the ceiling) reads "oui".
    const inFrench = (value: unknown) => (value === 'yes' ? 'oui' : value);
    frCells.forEach((c, i) =>
      expect(shown(c.cell), c.cell.address).toEqual(inFrench(shown(enCells[i]!.cell))),
    );
  });

  it('a Spanish workbook names its sheets in Spanish', async () => {
    const es = await readWorkbook(await bytesOf(full, 'es'));
    expect(es.worksheets.map((w) => w.name).slice(0, 7)).toEqual([
      'LÉAME',
      'Gráficos',
      'Datos',
      'Supuestos',
      'Paquete',
      'Espacio fiscal',
      'Crisis',
    ]);
    expect(es.getWorksheet('Paquete')!.getCell('A1').value).toBe('Año');
  });
});

/** The cells of a reference such as 'Package'!$B$2:$B$6 (one column or one cell). */
function cellsOf(wb: ExcelJS.Workbook, ref: string): ExcelJS.Cell[] {
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`cannot read ${ref}`);
  const ws = wb.getWorksheet(m[1]!.replace(/''/g, "'"));
  if (!ws) throw new Error(`${ref}: no such sheet`);
  expect(m[4] ?? m[2], `${ref}: one column`).toBe(m[2]);
  const out: ExcelJS.Cell[] = [];
  for (let r = Number(m[3]); r <= Number(m[5] ?? m[3]); r++) out.push(ws.getCell(`${m[2]}${r}`));
  return out;
}

describe('the charts', () => {
  it('three chart parts drawn on the Charts sheet, every series on existing cells with their values cached', async () => {
    const zip = await JSZip.loadAsync(fullBytes);
    const wb = await readWorkbook(fullBytes);
    const chartFiles = zip.file(/^xl\/charts\/chart\d+\.xml$/);
    expect(chartFiles.map((f) => f.name)).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
    ]);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const f of chartFiles) expect(types).toContain(`PartName="/${f.name}"`);
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    // The Charts sheet (the second) carries the drawing, which holds the three charts.
    const sheetRels = await zip.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string');
    expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toMatch(/<drawing r:id="/);
    const drawingRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    expect(drawingRels.match(/Target="\.\.\/charts\/chart\d\.xml"/g)).toHaveLength(3);

    const xml = await Promise.all(chartFiles.map((f) => f.async('string')));
    // Stacked columns of the ten benefits' costs, the package's % of GDP as a line, the gap in columns.
    expect(xml[0]).toContain('<c:grouping val="stacked"/>');
    expect(xml[0]!.match(/<c:ser>/g)).toHaveLength(10);
    expect(xml[1]).toContain('<c:lineChart>');
    expect(xml[2]).toContain('<c:grouping val="clustered"/>');
    expect(xml[0]).toContain('Cost by benefit (FU$)');
    let checked = 0;
    for (const chart of xml) {
      for (const m of chart.matchAll(
        /<c:(num|str)Ref><c:f>([^<]*)<\/c:f><c:\w+Cache>(.*?)<\/c:\w+Cache>/g,
      )) {
        const ref = m[2]!.replace(/&apos;/g, "'");
        const cells = cellsOf(wb, ref);
        const cached = [...m[3]!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)];
        expect(cached.length, ref).toBe(cells.length);
        for (const [, idx, v] of cached) {
          const cell = shown(cells[Number(idx)]!);
          if (m[1] === 'num') expectClose(Number(v), cell as number, `${ref}[${idx}]`);
          else expect(v!.replace(/&amp;/g, '&'), ref).toBe(cell);
          checked++;
        }
      }
    }
    // 12 series (10 benefits, % of GDP, gap), each with its name, 5 years and 5 values.
    expect(checked).toBe(12 * (1 + 5 + 5));
  });

  it('French chart titles in a French workbook', async () => {
    const zip = await JSZip.loadAsync(frenchBytes);
    const titles = await Promise.all(
      zip
        .file(/^xl\/charts\/chart\d+\.xml$/)
        .map(async (f) => /<a:t>([^<]*)<\/a:t>/.exec(await f.async('string'))?.[1]),
    );
    expect(titles).toEqual([
      'Coût par prestation (FU$)',
      'Coût total de l’ensemble (% du PIB)',
      'Déficit de financement (FU$)',
    ]);
  });
});
