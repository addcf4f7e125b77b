import type { CrisisMeasure } from '#engine';
import type { ScenarioDraft } from '../../stores/draft';

export type CrisisKind = CrisisMeasure['kind'];
export const CRISIS_KINDS: readonly CrisisKind[] = ['transfer', 'extension', 'topUp'];

/** An id not used by any measure yet: "transfer", "transfer-2", ... (ids name measures in results). */
export function freeCrisisId(d: ScenarioDraft, wanted: string): string {
  const used = new Set(d.crisis.map((c) => c.id));
  if (!used.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!used.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}

/** A round starting amount: two significant digits. */
function round2(v: number): number {
  if (!(v > 0)) return 0;
  const p = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

export interface NewMeasureDefaults {
  label: string;
  /** LCU a month, the base of a new transfer (the country's monthly poverty line, rounded). */
  amountPerMonth: number;
}

/**
 * A new measure, ready to edit: three months from January of the year after the scenario's first,
 * 3% administration, and for a top-up the first benefit of the package at its full monthly amount.
 */
export function newMeasure(
  kind: CrisisKind,
  d: ScenarioDraft,
  defaults: NewMeasureDefaults,
): CrisisMeasure | null {
  const startYear = Math.min(d.years[0] + 1, d.years[1]);
  const timing = { startYear, startMonth: 1, months: 3, adminRate: 0.03 };
  const id = freeCrisisId(d, kind);
  if (kind === 'topUp') {
    const benefit = d.benefits.find((b) => b.enabled) ?? d.benefits[0];
    if (!benefit) return null;
    return {
      id,
      kind,
      label: defaults.label,
      benefit: benefit.id,
      share: 1,
      amountPerMonth: null,
      ...timing,
    };
  }
  return {
    id,
    kind,
    label: defaults.label,
    recipients: 100_000,
    unit: kind === 'transfer' ? 'households' : 'persons',
    amountPerMonth: round2(defaults.amountPerMonth),
    ...timing,
  };
}
