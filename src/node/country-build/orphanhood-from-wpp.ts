import { orphanhoodByAge } from '#engine';
import {
  periodOf,
  type FertilityDistributionByPeriod,
  type MortalityByPeriod,
} from '../shared-data/un-period-rates-2024';
import { FATHER_AGE_GAP, round, type Band } from './gap-defaults';

export interface OrphanhoodBuild {
  /** One band per age 0..17. */
  bands: Band[];
  /** The period whose death rates and mothers' ages were used. */
  period: string;
  /** Mean age of mothers at the births (years). */
  motherMeanAge: number;
}

/**
 * Orphanhood by age 0-17 from the country's own WPP 2024 death rates by sex and ages of mothers
 * (the distribution of fertility by age group, at the group mid-points), fathers 5 years older.
 * The period used is the one holding `year` - 8, the middle of the lives of children 0-17 in
 * `year`: orphanhood at the base year reflects the mortality of the years they have lived.
 */
export function orphanhoodFromWpp(
  mortality: MortalityByPeriod,
  fertility: FertilityDistributionByPeriod,
  year: number,
): OrphanhoodBuild {
  const p = periodOf(mortality.periods, year - 8);
  const period = mortality.periods[p]!;
  const f = periodOf(fertility.periods, period.midYear);
  const motherAges = fertility.ageGroups.map((group, i) => {
    const [from, to] = group.split('-').map(Number) as [number, number];
    return { age: (from + to + 1) / 2, weight: fertility.percent[f]![i]! };
  });
  const totalWeight = motherAges.reduce((s, m) => s + m.weight, 0);
  const rates = orphanhoodByAge({
    ageStarts: mortality.ageStarts,
    mxFemale: mortality.female[p]!,
    mxMale: mortality.male[p]!,
    motherAges,
    fatherAgeGap: FATHER_AGE_GAP,
  });
  return {
    bands: rates.map((r, age) => [age, age, round(r, 4)]),
    period: period.label,
    motherMeanAge: motherAges.reduce((s, m) => s + m.age * m.weight, 0) / totalWeight,
  };
}
