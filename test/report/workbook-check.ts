/** Reading recalculated workbooks back and comparing their result cells with the engine. */
import ExcelJS from 'exceljs';
import type { ResultCell } from '../../src/node/report/xlsx/workbook';
import type { CostingResult, PensionResult } from '#engine';

export const REL = 1e-9;
export const ABS_NEAR_ZERO = 1e-6;

export async function readWorkbook(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  return wb;
}

/** What a cell shows: the cached result of a formula (exceljs's `value` drops a result of 0), else its value. */
export function shown(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula
    ? (cell as unknown as { result: unknown }).result
    : cell.value;
}

export function at(result: object, path: readonly (string | number)[]): unknown {
  let node: unknown = result;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export interface Comparison {
  compared: number;
  maxRelative: number;
  mismatches: string[];
}

/**
 * Compares every result cell of a recalculated workbook with the engine's number: in the costing result,
 * in the pension result for paths that start with 'pension', or in `more` (the report's sensitivity
 * and uncertainty for paths that start with 'sensitivity' or 'uncertainty').
 */
export function compareWithEngine(
  wb: ExcelJS.Workbook,
  cells: readonly ResultCell[],
  costing: CostingResult,
  pension: PensionResult | null = null,
  more: object = {},
): Comparison {
  const result = { ...costing, ...more, ...(pension ? { pension } : {}) };
  const out: Comparison = { compared: 0, maxRelative: 0, mismatches: [] };
  for (const c of cells) {
    const ws = wb.getWorksheet(c.sheet);
    const where = `${c.sheet}!${c.address} (${c.path.join('.')})`;
    if (!ws) {
      out.mismatches.push(`${where}: no such sheet`);
      continue;
    }
    const got = shown(ws.getCell(c.address));
    out.compared++;
    if (c.expected !== undefined) {
      // exceljs reads an empty text result as no result.
      if ((got ?? '') !== c.expected)
        out.mismatches.push(
          `${where}: ${JSON.stringify(got)}, engine says ${JSON.stringify(c.expected)}`,
        );
      continue;
    }
    const want = at(result, c.path);
    if (typeof want !== 'number' || typeof got !== 'number') {
      out.mismatches.push(
        `${where}: workbook ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`,
      );
      continue;
    }
    const diff = Math.abs(got - want);
    if (Math.abs(want) < ABS_NEAR_ZERO) {
      if (diff > ABS_NEAR_ZERO) out.mismatches.push(`${where}: workbook ${got}, engine ${want}`);
      continue;
    }
    const rel = diff / Math.abs(want);
    out.maxRelative = Math.max(out.maxRelative, rel);
    if (rel > REL)
      out.mismatches.push(
        `${where}: workbook ${got}, engine ${want} (relative ${rel.toExponential(2)})`,
      );
  }
  return out;
}

/** Formula cells whose recalculated value is an error (#NAME?, #VALUE!, #DIV/0! ...). */
export function formulaErrors(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const r = shown(cell);
        if (r !== null && typeof r === 'object' && 'error' in r) {
          out.push(`${ws.name}!${cell.address} = ${String(r.error)}: ${cell.formula}`);
        }
      }),
    ),
  );
  return out;
}

export function formulaCount(wb: ExcelJS.Workbook): number {
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) n++;
      }),
    ),
  );
  return n;
}

/** The cell behind a workbook-wide defined name, e.g. "b_child_benefit_share" -> [Assumptions, C17]. */
export function namedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = wb.definedNames.getRanges(name).ranges;
  const only = ranges[0];
  if (ranges.length !== 1 || !only)
    throw new Error(`defined name ${name}: found ${ranges.length} ranges`);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(only);
  if (!m) throw new Error(`defined name ${name}: cannot read ${only}`);
  const ws = wb.getWorksheet(m[1]!.replace(/''/g, "'"));
  if (!ws) throw new Error(`defined name ${name}: no sheet ${m[1]}`);
  return ws.getCell(`${m[2]}${m[3]}`);
}

/** Sets named input cells in a written (not yet recalculated) workbook and returns the new bytes. */
export async function withInputs(
  bytes: Buffer,
  inputs: Record<string, number | string>,
): Promise<Buffer> {
  const wb = await readWorkbook(bytes);
  for (const [name, value] of Object.entries(inputs)) namedCell(wb, name).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Every number of the engine's result that the workbook must show: each benefit's and the package's
 * yearly series, fiscal space (options, gaps, balances, debt), the spending gap, the crisis measures by
 * month, by year and in total, and the baseline series. Non-finite numbers (no data) are left out.
 */
export function resultPaths(result: CostingResult): string[] {
  const out: string[] = [];
  const series = (prefix: (string | number)[], values: readonly number[]) =>
    values.forEach((v, i) => {
      if (Number.isFinite(v)) out.push([...prefix, i].join('.'));
    });
  const objectSeries = (prefix: (string | number)[], o: object, skip: readonly string[] = []) => {
    for (const [k, v] of Object.entries(o)) {
      if (skip.includes(k)) continue;
      if (Array.isArray(v) && v.every((x) => typeof x === 'number')) series([...prefix, k], v);
    }
  };
  result.benefits.forEach((b, j) => objectSeries(['benefits', j], b));
  objectSeries(['total'], result.total);
  objectSeries(['financing'], result.financing);
  result.financing.options.forEach((o, j) => objectSeries(['financing', 'options', j], o));
  objectSeries(['financing', 'debt'], result.financing.debt);
  result.spendingGap.forEach((g, j) => objectSeries(['spendingGap', j], g));
  objectSeries(['baseline'], result.baseline, ['births']);
  const c = result.crisis;
  c.measures.forEach((m, j) => {
    m.months.forEach((mo, k) => {
      for (const f of Object.keys(mo))
        out.push(['crisis', 'measures', j, 'months', k, f].join('.'));
    });
    m.byYear.forEach((_, k) => {
      for (const f of ['cost', 'pctGdp', 'pctExpenditure'])
        out.push(['crisis', 'measures', j, 'byYear', k, f].join('.'));
    });
    for (const f of ['transfers', 'admin', 'cost', 'pctGdp', 'pctExpenditure'])
      out.push(['crisis', 'measures', j, f].join('.'));
  });
  c.byYear.forEach((_, k) => {
    for (const f of ['cost', 'pctGdp', 'pctExpenditure'])
      out.push(['crisis', 'byYear', k, f].join('.'));
  });
  if (c.measures.length > 0)
    for (const f of ['cost', 'pctGdp', 'pctExpenditure']) out.push(['crisis', f].join('.'));
  return out;
}

/**
 * Every number of a pension result that the Pension scheme sheet must show, as 'pension.…' paths: the
 * yearly series (persons, finances, indicators), the parameters by year (contribution rate, return,
 * indexation, minimum pension, reference wages), each general average premium and the year the reserve
 * runs out (when it does).
 */
export function pensionResultPaths(p: PensionResult): string[] {
  const out: string[] = [];
  const series = (prefix: string[], values: readonly number[]) =>
    values.forEach((_, i) => out.push(['pension', ...prefix, i].join('.')));
  for (const group of ['population', 'finances', 'indicators'] as const) {
    for (const [k, v] of Object.entries(p[group])) series([group, k], v);
  }
  for (const k of ['contributionRate', 'interestRate', 'indexation', 'minimumPension'] as const)
    series(['parameters', k], p.parameters[k]);
  series(['parameters', 'referenceWageBySex', 'female'], p.parameters.referenceWageBySex.female);
  series(['parameters', 'referenceWageBySex', 'male'], p.parameters.referenceWageBySex.male);
  p.generalAveragePremiums.forEach((_, j) => {
    for (const f of ['from', 'to', 'targetReserveRatio', 'premium', 'targetReserve'])
      out.push(['pension', 'generalAveragePremiums', j, f].join('.'));
  });
  if (p.reserveDepletionYear !== null) out.push('pension.reserveDepletionYear');
  return out;
}

/**
 * Compares the cached result of every formula cell of a written workbook with the value LibreOffice
 * computed for the same cell: numbers to 1e-12 relative (1e-9 absolute near zero), text exactly.
 */
export function compareCachedResults(
  written: ExcelJS.Workbook,
  recalculated: ExcelJS.Workbook,
): Comparison {
  const out: Comparison = { compared: 0, maxRelative: 0, mismatches: [] };
  written.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        out.compared++;
        const where = `${ws.name}!${cell.address} (${cell.formula})`;
        // exceljs reads an empty text result as no result.
        const cached = shown(cell) ?? '';
        const other = recalculated.getWorksheet(ws.name)?.getCell(cell.address);
        const want = other ? (shown(other) ?? '') : undefined;
        if (typeof cached === 'number' && typeof want === 'number') {
          const diff = Math.abs(cached - want);
          if (Math.abs(want) < ABS_NEAR_ZERO) {
            if (diff > 1e-9) out.mismatches.push(`${where}: cached ${cached}, LibreOffice ${want}`);
            return;
          }
          const rel = diff / Math.abs(want);
          out.maxRelative = Math.max(out.maxRelative, rel);
          if (rel > 1e-12) out.mismatches.push(`${where}: cached ${cached}, LibreOffice ${want}`);
        } else if (cached !== want) {
          out.mismatches.push(
            `${where}: cached ${JSON.stringify(cached)}, LibreOffice ${JSON.stringify(want)}`,
          );
        }
      }),
    ),
  );
  return out;
}
