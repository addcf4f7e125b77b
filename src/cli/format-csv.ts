import Papa from 'papaparse';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import type { CostingResult } from '#engine';

const BENEFIT_MEASURES = [
  'eligible',
  'coverage',
  'beneficiaries',
  'benefitPerBeneficiary',
  'expenditure',
  'nonWageCost',
  'admin',
  'cost',
  'pctGdp',
] as const;
const TOTAL_MEASURES = [
  'cost',
  'pctGdp',
  'pctExpenditure',
  'pctRevenue',
  'costReal',
  'costUsd',
  'perCapita',
] as const;
const FINANCING_MEASURES = ['resources', 'gap', 'gapPctGdp', 'fundingGap', 'balanceAfter'] as const;

/**
 * One row per year and one column per measure (`child.cost`, `total.pctGdp`, ...), ready for Excel.
 * Money is LCU nominal per year; `pct*` and `coverage` are fractions.
 */
export function formatCsv(r: CostingResult): string {
  const header = ['year'];
  const columns: number[][] = [];
  for (const b of r.benefits) {
    for (const m of BENEFIT_MEASURES) {
      header.push(`${b.id}.${m}`);
      columns.push(b[m]);
    }
  }
  for (const m of TOTAL_MEASURES) {
    header.push(`total.${m}`);
    columns.push(r.total[m]);
  }
  for (const m of FINANCING_MEASURES) {
    header.push(`financing.${m}`);
    columns.push(r.financing[m]);
  }
  for (const m of ['gdp', 'population', 'priceIndex', 'povertyLine'] as const) {
    header.push(`baseline.${m}`);
    columns.push(r.baseline[m]);
  }
  const rows = r.years.map((year, i) => [year, ...columns.map((c) => c[i]!)]);
  return `${Papa.unparse({ fields: header, data: rows }, { newline: '\n', ...SAFE_UNPARSE })}\n`;
}
