import { formatIssueIn, renderMessage } from '#engine';
import { type BookContext } from './context';
import { printSetup, setValue, wrappedHeight, writeHeader, type Column } from './layout';
import { howSureText } from './sensitivity-text';

/** Sources: the provenance record of every input the costing can use (result.provenance). */
export function writeSourcesSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.sources)!;
  const d = ctx.text.data;
  const widths = [28, 30, 40, 18, 60, 12, 12, 60];
  const columns: Column[] = d.sources.map((header, i) => ({ header, width: widths[i] ?? 20 }));
  writeHeader(ws, 1, columns, { xSplit: 1 });
  ctx.result.provenance.forEach((p, i) => {
    const row = i + 2;
    // The engine writes units and derivations in English; the derivation's code renders it here.
    const derivation = p.derivationMessage
      ? renderMessage(p.derivationMessage.code, p.derivationMessage.params, ctx.lang)
      : undefined;
    const values = [
      p.field,
      ctx.text.notes.provenanceUnits[p.unit] ?? p.unit,
      p.source,
      p.edition ?? '',
      p.note ?? '',
      p.assumption ? d.yes : d.no,
      p.userChanged ? d.yes : d.no,
      derivation ?? p.derivation ?? '',
    ];
    values.forEach((v, c) => {
      const cell = setValue(ws, row, c + 1, v, 'plain');
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    ws.getRow(row).height = Math.max(
      ...values.map((v, c) => wrappedHeight(v.length, columns[c]!.width!)),
    );
  });
}

const README_WIDTH = 100;

export interface ReadmeInfo {
  engineVersion: string;
  date: Date;
}

/** The README sheet: what each sheet holds, units, what is a formula and what a value, how to use it. */
export function writeReadmeSheet(ctx: BookContext, info: ReadmeInfo): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.readme)!;
  ws.getColumn(1).width = README_WIDTH;
  const s = ctx.scenario;
  const c = ctx.country;
  const cur = ctx.currency;
  const t = ctx.text.readme;
  const benefitSheets = ctx.benefits.map((b) => `"${b.sheet}" (${b.spec.label})`).join(', ');
  const off = s.benefits.filter((b) => !b.enabled).map((b) => b.id);
  const formulaBenefits = ctx.benefits.filter((b) => b.eligibleByFormula || b.amountByFormula);
  const withPension = ctx.pension !== null;
  type Kind = 'title' | 'heading' | 'text';
  const lines: [string, Kind][] = [];
  const add = (kind: Kind, ...texts: string[]) => texts.forEach((x) => lines.push([x, kind]));
  add('title', t.title);
  add(
    'text',
    ...t.header({
      scenario: s.name,
      country: c.name,
      code: c.code,
      currency: cur,
      y0: ctx.y0,
      firstYear: ctx.firstYear,
      lastYear: ctx.lastYear,
      version: info.engineVersion,
      date: info.date.toISOString().slice(0, 10),
    }),
    '',
  );
  add('heading', t.recomputesHeading);
  add('text', t.recomputes(withPension), t.cached, t.libreOffice, t.structural, '');
  add('heading', t.sheetsHeading);
  add('text', t.charts, t.inputs, t.assumptions, t.package(ctx.y0), t.fiscal);
  if (s.crisis.length > 0) add('text', t.crisis);
  if (ctx.pension) add('text', t.pension(ctx.pension.scheme));
  add(
    'text',
    t.benefits(benefitSheets || t.none),
    howSureText(ctx.lang).readme,
    t.spendingGap,
    t.population(s.demography?.project === true),
    t.factors,
    t.sources,
    '',
  );
  add('heading', t.valuesHeading);
  add('text', t.valuesData, t.valuesAssumptions, t.formulas, t.eligible);
  if (formulaBenefits.length > 0)
    add('text', t.customFormula(formulaBenefits.map((b) => b.spec.id).join(', ')));
  if (withPension) add('text', t.pensionValues);
  add('text', '');
  add('heading', t.unitsHeading);
  add('text', t.units(cur, ctx.y0), t.methodology(withPension));
  if (off.length > 0) add('text', t.switchedOff(off.join(', ')));
  // The coded issues, not the English `warnings`, so that the warnings follow the workbook's language.
  const warnings = [...ctx.result.warningIssues, ...(ctx.pension?.warningIssues ?? [])].map(
    (issue) => formatIssueIn(issue, ctx.lang),
  );
  if (warnings.length > 0) {
    add('text', '');
    add('heading', t.warningsHeading);
    add('text', ...warnings);
  }
  lines.forEach(([text, kind], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (kind === 'title') cell.font = { bold: true, size: 14 };
    else if (kind === 'heading') cell.font = { bold: true, size: 12 };
    else ws.getRow(i + 1).height = wrappedHeight(text.length, README_WIDTH);
  });
  printSetup(ws, 0, 1);
  const legend = lines.length + 2;
  const [data, assumption, engine, formula] = t.legend;
  setValue(ws, legend, 1, data, 'data');
  setValue(ws, legend + 1, 1, assumption, 'assumption');
  setValue(ws, legend + 2, 1, engine, 'engine');
  setValue(ws, legend + 3, 1, formula, 'plain');
}
