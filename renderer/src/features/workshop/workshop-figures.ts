import {
  budgetFit,
  packageCostPctGdp,
  type BudgetFit,
  type CostingResult,
  type Issue,
} from '#engine';
import type { WorkshopDetails, WorkshopGroup } from '../../../../src/contract/bridge';
import type { ComparedScenario, CostedWorkshop } from '../../stores/types';
import { diffScenarios, type DiffRow } from '../compare/diff-scenarios';

/** What a group changed from the baseline, one line per benefit (or financing option) and kind. */
export type ChangeKind =
  | 'added'
  | 'removed'
  | 'switchedOn'
  | 'switchedOff'
  | 'level'
  | 'coverage'
  | 'otherBenefit'
  | 'financing'
  | 'assumptions';

export interface Change {
  kind: ChangeKind;
  /** The benefit's or financing option's label; '' for the scenario's assumptions. */
  label: string;
}

/** One group's package in the envelope year, as the facilitator view and the slides show it. */
export interface GroupFigures {
  position: number;
  name: string;
  scenarioId: number | null;
  envelopePctGdp: number;
  /** Null when the package could not be costed (`problem` says why). */
  costPctGdp: number | null;
  gapPctGdp: number | null;
  fit: BudgetFit | null;
  changes: Change[];
  /**
   * Why there are no figures: the costing's own problems, 'year' when the package does not reach the
   * envelope year, 'unread' when its scenario could not be read; null when costed.
   */
  problem: { message: string; issues: Issue[] } | 'year' | 'unread' | null;
}

/** The kind of one difference row, or null when it is not worth a line of its own. */
function changeKind(row: DiffRow): ChangeKind | null {
  const [inBaseline, inGroup] = [!row.absent[0], !row.absent[1]];
  if (row.section === 'benefit') {
    if (row.field === '') return inGroup && !inBaseline ? 'added' : 'removed';
    // A benefit only one side has is told once, by its presence row.
    if (!inBaseline || !inGroup) return null;
    if (row.field === 'enabled') return row.values[1] === false ? 'switchedOff' : 'switchedOn';
    if (row.field.startsWith('benefit.')) return 'level';
    if (row.field.startsWith('coverage.')) return 'coverage';
    return 'otherBenefit';
  }
  if (row.section === 'financing') return 'financing';
  return 'assumptions';
}

/**
 * What a group changed from the baseline, shortly: the compare page's parameter diff (benefits
 * matched by id, defaults filled in), each benefit's rows summed up as added, removed, switched on or
 * off, its level or its coverage changed, in the diff's order and each line once.
 */
export function summarizeChanges(baseline: unknown, group: unknown): Change[] {
  const rows = diffScenarios([
    { name: 'baseline', scenario: baseline },
    { name: 'group', scenario: group },
  ]);
  const seen = new Set<string>();
  const out: Change[] = [];
  for (const row of rows) {
    const kind = changeKind(row);
    if (kind === null) continue;
    const label = kind === 'assumptions' ? '' : row.sectionLabel;
    const key = `${kind}|${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, label });
  }
  return out;
}

/** The financing gap in `year`, a fraction of GDP (the year is one of the result's: checked before). */
function gapIn(result: CostingResult, year: number): number {
  return result.financing.gapPctGdp[result.years.indexOf(year)] ?? 0;
}

function figuresOf(
  group: WorkshopGroup,
  year: number,
  costed: ComparedScenario | null,
  baseline: ComparedScenario | null,
): GroupFigures {
  const base = {
    position: group.position,
    name: group.name,
    scenarioId: group.scenarioId,
    envelopePctGdp: group.envelopePctGdp,
    changes:
      costed && baseline ? summarizeChanges(baseline.stored.scenario, costed.stored.scenario) : [],
  };
  const result = costed?.result;
  if (!result || !result.years.includes(year)) {
    return {
      ...base,
      costPctGdp: null,
      gapPctGdp: null,
      fit: null,
      problem: !costed
        ? 'unread'
        : result
          ? 'year'
          : { message: costed.message, issues: costed.issues },
    };
  }
  const cost = packageCostPctGdp(result, year);
  return {
    ...base,
    costPctGdp: cost,
    gapPctGdp: gapIn(result, year),
    fit: budgetFit(cost, group.envelopePctGdp),
    problem: null,
  };
}

/** Every group's figures in the workshop's envelope year, in the groups' order. */
export function workshopFigures(workshop: WorkshopDetails, costed: CostedWorkshop): GroupFigures[] {
  return workshop.groupList.map((g, i) =>
    figuresOf(g, workshop.envelopeYear, costed.groups[i] ?? null, costed.baseline),
  );
}

/** The baseline's cost in the envelope year (the chart's and table's reference); null if not costed. */
export function baselineCost(workshop: WorkshopDetails, costed: CostedWorkshop): number | null {
  const result = costed.baseline?.result;
  if (!result || !result.years.includes(workshop.envelopeYear)) return null;
  return packageCostPctGdp(result, workshop.envelopeYear);
}

/**
 * The envelope year to offer for a baseline: the first year every benefit it includes is fully
 * phased in (the year the compare page heads with), else the base year + 5, within its years.
 */
export function defaultEnvelopeYear(scenario: unknown): number {
  const s = (scenario ?? {}) as {
    years?: unknown;
    benefits?: { enabled?: unknown; coverage?: { fullYear?: unknown } }[];
  };
  const years = Array.isArray(s.years) ? (s.years as unknown[]) : [];
  const first = typeof years[0] === 'number' ? years[0] : new Date().getFullYear();
  const last = typeof years[1] === 'number' ? years[1] : first + 5;
  const full = (Array.isArray(s.benefits) ? s.benefits : [])
    .filter((b) => b.enabled !== false)
    .map((b) => b.coverage?.fullYear)
    .filter((y): y is number => typeof y === 'number');
  const target = full.length ? Math.max(...full) : first + 5;
  return Math.min(Math.max(target, first), last);
}
