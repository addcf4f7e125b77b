/**
 * The whole workbook in the user's language (issue 9, defect 7): the Pension scheme sheet, the scheme's
 * block on the Assumptions sheet, the units, the header notes and the engine's warnings were English in
 * a French or Spanish workbook. The workbooks are read back with exceljs, without recalculating: the
 * texts of formulas ("never", "yes") are their cached results.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCostingWorkbook } from '../../src/node/report/xlsx/workbook';
import { costInline, fullScenarioFile, pensionScenarioFile, type Costed } from './scenarios';
import { readWorkbook, shown } from './workbook-check';

const TIMEOUT = 120_000;
const DATE = new Date('2026-01-15T00:00:00Z');
type Lang = 'en' | 'fr' | 'es';

async function workbookOf(c: Costed, lang: Lang): Promise<ExcelJS.Workbook> {
  const bytes = await writeCostingWorkbook(c.scenario, c.country, c.result, {
    date: DATE,
    pension: c.pension,
    lang,
  });
  return readWorkbook(bytes);
}

/** A cell's note as plain text (exceljs reads a note back as rich text). */
function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts ?? [];
  return texts.map((t) => t.text).join('');
}

/** Every text a reader sees on a sheet by address: cell texts (cached for formulas) and notes. */
function textsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const value = shown(cell);
      if (typeof value === 'string') out.set(cell.address, value);
      const note = noteText(cell);
      if (note !== null) out.set(`${cell.address} note`, note);
    }),
  );
  return out;
}

function allText(ws: ExcelJS.Worksheet): string {
  return [...textsOf(ws).values()].join('\n');
}

/** The cell whose formula counts the years below zero: the year the reserve runs out. */
function depletionCell(ws: ExcelJS.Worksheet): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.getColumn(1).eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula && cell.formula.startsWith('IF(COUNT('))
      found = cell;
  });
  if (!found) throw new Error(`no depletion cell on ${ws.name}`);
  return found;
}

/** English labels of the scheme that the defect left in French and Spanish workbooks. */
const ENGLISH_PENSION = [
  'Contribution rate',
  'Return on the reserve',
  'Insured persons',
  'Pensioners, women',
  'Reserve at the end of the year',
  'Engine value from the projection by single age and sex',
  'General average premium',
  'Year the reserve runs out',
  'Discount factor',
  'contributory pension scheme',
];
const ENGLISH_ASSUMPTIONS = [
  'Contributory pension scheme',
  'Contribution rate, every year',
  'Administration: share of contributions',
  'Reserve at the start of',
  'Pension age, women',
  'Accrual rate',
  'Coverage calibration factor',
  'fraction of insurable earnings',
  'years, inclusive',
  'fraction of GDP',
  'fraction of benefit expenditure',
  'Used by the projection by single age and sex',
];

/** provenance.lastValueHeld in French, for data that end in 2027. */
const FRENCH_HELD = 'dernière valeur (2027) maintenue pour les années suivantes';

let enPension: ExcelJS.Workbook;
let frPension: ExcelJS.Workbook;
let esPension: ExcelJS.Workbook;
let frFull: ExcelJS.Workbook;
let full: Costed;

beforeAll(async () => {
  const pension = costInline(pensionScenarioFile());
  full = costInline(fullScenarioFile());
  [enPension, frPension, esPension, frFull] = await Promise.all([
    workbookOf(pension, 'en'),
    workbookOf(pension, 'fr'),
    workbookOf(pension, 'es'),
    workbookOf(full, 'fr'),
  ]);
}, TIMEOUT);

describe('the pension scheme in the workbook’s language', () => {
  it('the English workbook still has its English labels (the lists below test something)', () => {
    const pension = allText(enPension.getWorksheet('Pension scheme')!);
    const assumptions = allText(enPension.getWorksheet('Assumptions')!);
    for (const label of ENGLISH_PENSION) expect(pension, label).toContain(label);
    for (const label of ENGLISH_ASSUMPTIONS) expect(assumptions, label).toContain(label);
  });

  it('a French workbook has no English label left on the Pension scheme and Assumptions sheets', () => {
    const pension = allText(frPension.getWorksheet('Régime de retraite')!);
    const assumptions = allText(frPension.getWorksheet('Hypothèses')!);
    for (const label of ENGLISH_PENSION) expect(pension, label).not.toContain(label);
    for (const label of ENGLISH_ASSUMPTIONS) expect(assumptions, label).not.toContain(label);
    for (const label of [
      'Taux de cotisation (fraction des revenus assurables)',
      'Rendement de la réserve',
      'Assurés',
      'Retraités, femmes',
      'Réserve en fin d’année (TBS)',
      'Valeur du moteur issue de la projection par âge simple et sexe',
      'Primes moyennes générales',
      'Année d’épuisement de la réserve',
    ])
      expect(pension, label).toContain(label);
    for (const label of [
      'Régime de retraite contributif',
      'Taux de cotisation, chaque année',
      'Administration : part des cotisations',
      'Âge de la retraite, femmes',
      'Taux d’acquisition',
      'fraction des revenus assurables',
      'années, incluses',
      'fraction du PIB',
    ])
      expect(assumptions, label).toContain(label);
  });

  it('a Spanish workbook has no English label left on the Pension scheme and Assumptions sheets', () => {
    const pension = allText(esPension.getWorksheet('Régimen de pensiones')!);
    const assumptions = allText(esPension.getWorksheet('Supuestos')!);
    for (const label of ENGLISH_PENSION) expect(pension, label).not.toContain(label);
    for (const label of ENGLISH_ASSUMPTIONS) expect(assumptions, label).not.toContain(label);
    for (const label of [
      'Tasa de cotización (fracción de los ingresos asegurables)',
      'Asegurados',
      'Pensionados, mujeres',
      'Año en que se agota la reserva',
    ])
      expect(pension, label).toContain(label);
    for (const label of [
      'Régimen de pensiones contributivo',
      'Edad de jubilación, mujeres',
      'años, inclusive',
      'fracción del PIB',
    ])
      expect(assumptions, label).toContain(label);
  });

  it('every text of the English Pension scheme sheet reads differently in French and Spanish', () => {
    // Same addresses, same layout: only the words change. The one French heading that is also English
    // is "Administration (TBS)" (TBS: the training country's currency); the year cells and numbers are not texts.
    const english = textsOf(enPension.getWorksheet('Pension scheme')!);
    const same = (other: Map<string, string>) =>
      [...english].filter(([address, text]) => other.get(address) === text).map(([, t]) => t);
    // 38 headings, 20 header notes, 3 title and notes, 2 + 11 + 1 premium texts, 2 depletion texts...
    expect(english.size).toBeGreaterThanOrEqual(80);
    expect(same(textsOf(frPension.getWorksheet('Régime de retraite')!))).toEqual([
      'Administration (TBS)',
    ]);
    expect(same(textsOf(esPension.getWorksheet('Régimen de pensiones')!))).toEqual([]);
  });

  it('the year the reserve runs out reads "jamais" / "nunca" when the reserve lasts (8% contributions)', () => {
    // The recalculation test shows the reserve lasting to 2074 at 8% and running out at 4%.
    expect(shown(depletionCell(enPension.getWorksheet('Pension scheme')!))).toBe('never');
    expect(shown(depletionCell(frPension.getWorksheet('Régime de retraite')!))).toBe('jamais');
    expect(shown(depletionCell(esPension.getWorksheet('Régimen de pensiones')!))).toBe('nunca');
  });
});

describe('the rest of the workbook in the workbook’s language', () => {
  it('header notes outside the benefit sheets are French (Inputs, Rates, Fiscal space)', () => {
    const inputs = allText(frFull.getWorksheet('Données')!);
    expect(inputs).not.toContain('From the Population sheet, for the ages and sex');
    expect(inputs).toContain(
      'D’après la feuille Population, pour les âges et le sexe de la feuille Hypothèses.',
    );
    expect(inputs).toContain('Somme de la feuille Population.');
    expect(allText(frFull.getWorksheet('Taux')!)).toContain('du fichier pays, ramené aux âges');
    // The Population sheet's sex column: ages 0-100 of women from row 2, of men from row 103.
    const population = frFull.getWorksheet('Population')!;
    expect([population.getCell('A2').value, population.getCell('A103').value]).toEqual([
      'femmes',
      'hommes',
    ]);
    // The constants' units: the poverty line in FU$ per person per year at base-year prices.
    expect(shown(frFull.getWorksheet('Données')!.getCell('C4'))).toBe(
      'FU$ par personne et par an, prix de l’année de base',
    );
    expect(allText(frFull.getWorksheet('Écart de dépenses')!)).toContain(
      'MAX(0, coût - dépense actuelle).',
    );
    const fiscal = allText(frFull.getWorksheet('Espace budgétaire')!);
    expect(fiscal).not.toContain('Balance after the reform');
    expect(fiscal).toContain('Solde après la réforme (FU$)');
  });

  it('the Sources sheet gives the units and the engine’s derivations in French', () => {
    const sources = allText(frFull.getWorksheet('Sources')!);
    expect(sources).not.toContain('held for later years');
    expect(sources).not.toContain('live births per year');
    // macro.realGrowth: the country's data end in 2027 and the last value is held
    // (provenance.lastValueHeld with lastYear 2027).
    expect(sources).toContain(FRENCH_HELD);
    expect(sources).toContain('naissances vivantes par an');
  });

  it('the Fiscal space sheet says "oui" in the year public debt passes the ceiling', () => {
    // The engine warns that debt passes the 62% ceiling in 2027 (see the warnings below); the row of
    // 2027 is 2 + (2027 - first year) on the yearly tables.
    const ws = frFull.getWorksheet('Espace budgétaire')!;
    let column = 0;
    ws.getRow(1).eachCell((cell, c) => {
      if (cell.value === 'Au-dessus du plafond de dette') column = c;
    });
    expect(column).toBeGreaterThan(0);
    const row = 2 + (2027 - full.result.years[0]!);
    expect(shown(ws.getCell(row, column))).toBe('oui');
  });

  it('the engine’s warnings on the README sheet are French in a French workbook', () => {
    const readme = allText(frFull.getWorksheet('LISEZMOI')!);
    // costing.debtPassesCeiling with ceiling 62 and year 2027, in the French catalogue.
    expect(readme).toContain(
      'fiscal.debtCeilingPctGdp: la dette publique dépasse le plafond de 62 % du PIB en 2027',
    );
    expect(readme).toContain('Avertissements du moteur');
    for (const english of full.result.warnings) expect(readme).not.toContain(english);
    expect(full.result.warnings.length).toBeGreaterThanOrEqual(3);
  });
});
