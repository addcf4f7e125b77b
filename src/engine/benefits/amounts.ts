import type { CountryModel } from '../country/country-model';
import type { BenefitSpec } from '../formats/scenario-model';

/** The basis of a benefit in year k, LCU per person per year (methodology 2.4). */
export function basisPerYear(b: BenefitSpec, m: CountryModel, k: number): number {
  switch (b.benefit.basis) {
    case 'povertyLine':
      return m.povertyLine[k]!;
    case 'gdpPerCapita':
      return m.gdpPerCapita[k]!;
    case 'minimumWage':
      return m.minimumWage[k]! * 12;
    case 'averageWage':
      return m.averageWage[k]! * 12;
    case 'fixed':
      // A fixed amount is per month at base-year prices: its own basis moves with prices.
      return b.benefit.amount * 12 * m.priceIndex[k]!;
  }
}

/**
 * Benefit per beneficiary per year in year k: share x basis x months / 12, then indexed from the base
 * year: `basis` keeps the share of a moving basis; `prices`, `wages` and `none` index u[y0].
 */
export function benefitPerBeneficiary(b: BenefitSpec, m: CountryModel, k: number): number {
  const scale = (b.benefit.share * b.benefit.months) / 12;
  switch (b.benefit.indexation) {
    case 'basis':
      return scale * basisPerYear(b, m, k);
    case 'prices':
      return scale * basisPerYear(b, m, 0) * m.priceIndex[k]!;
    case 'wages':
      return scale * basisPerYear(b, m, 0) * m.wageIndex[k]!;
    case 'none':
      return scale * basisPerYear(b, m, 0);
  }
}
