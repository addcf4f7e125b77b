import { CELLS, FEMALE, MALE, type CountryModel } from '../country/country-model';
import { RATE_NAMES, type RateName } from '../vocabulary';
import { MAX_AGE } from '../formats/rate-spec';
import { expressionError, type FormulaNames } from './sandbox';

/** Every name a custom formula may use, with its unit: the documentation and the allow-list in one. */
export const FORMULA_VARIABLES = {
  year: 'the calendar year being costed',
  baseYear: "the country's base year",
  yearsSinceBase: 'year - baseYear',
  population: 'total population, persons',
  births: 'live births in the year, persons',
  povertyLine: "the scenario's poverty line (its amount), LCU per person per year",
  gdp: 'nominal GDP, LCU per year',
  gdpPerCapita: 'nominal GDP per person, LCU per year',
  minimumWage: 'minimum wage, LCU per month',
  averageWage: 'average wage, LCU per month',
  priceIndex: 'consumer price index, 1 in the base year',
  wageIndex: 'wage index (GDP per capita relative to the base year), 1 in the base year',
  inflation: 'consumer price inflation in the year, fraction',
  realGrowth: 'real GDP growth in the year, fraction',
  fxPerUsd: 'exchange rate, LCU per USD',
  revenue: 'government revenue, LCU per year',
  expenditure: 'government expenditure, LCU per year',
} as const;

export const FORMULA_FUNCTIONS = {
  pop: 'pop(fromAge, toAge[, sex]): persons aged fromAge..toAge; sex "all" (default), "female" or "male"',
  popRate:
    'popRate(rate, fromAge, toAge[, sex]): persons aged fromAge..toAge times a country rate, e.g. popRate("disability", 15, 64)',
  rateAvg:
    'rateAvg(rate, fromAge, toAge[, sex]): the population-weighted average of a country rate',
} as const;

export const FORMULA_NAMES: FormulaNames = {
  variables: Object.keys(FORMULA_VARIABLES),
  functions: Object.keys(FORMULA_FUNCTIONS),
};

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Extra or missing arguments are an error rather than silently ignored or undefined. */
function argCount(fn: string, args: readonly unknown[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    throw expressionError('expr.argumentCount', { fn, min, max, found: args.length });
  }
}

function ageArg(fn: string, value: unknown, which: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_AGE) {
    throw expressionError('expr.ageArgument', { fn, which, found: shown(value) });
  }
  return value;
}

function sexArg(fn: string, value: unknown): [number, number] {
  if (value === undefined || value === 'all') return [0, 2];
  if (value === 'female') return [0, 1];
  if (value === 'male') return [1, 2];
  throw expressionError('expr.sexArgument', { fn, found: String(JSON.stringify(value)) });
}

function rateArg(fn: string, value: unknown): RateName {
  if (typeof value === 'string' && (RATE_NAMES as readonly string[]).includes(value)) {
    return value as RateName;
  }
  throw expressionError('expr.rateArgument', {
    fn,
    rates: RATE_NAMES.map((r) => `"${r}"`).join(', '),
    found: String(JSON.stringify(value)),
  });
}

/** The values a formula sees for one year of one country model; `setYear` moves it on. */
export class FormulaScope {
  readonly scope = new Map<string, unknown>();
  private k = 0;

  constructor(private readonly model: CountryModel) {
    const sum = (
      fn: string,
      from: unknown,
      to: unknown,
      sex: unknown,
      rate: Float64Array | null,
    ) => {
      const a0 = ageArg(fn, from, 'fromAge');
      const a1 = ageArg(fn, to, 'toAge');
      if (a1 < a0) throw expressionError('expr.agesReversed', { fn, toAge: a1, fromAge: a0 });
      const [s0, s1] = sexArg(fn, sex);
      const base = this.k * CELLS;
      let persons = 0;
      let weighted = 0;
      for (let s = s0; s < s1; s++) {
        const off = s === 0 ? FEMALE : MALE;
        for (let a = a0; a <= a1; a++) {
          const p = this.model.population[base + off + a]!;
          persons += p;
          if (rate) weighted += p * rate[off + a]!;
        }
      }
      return { persons, weighted };
    };
    this.scope.set('pop', (...args: unknown[]) => {
      argCount('pop', args, 2, 3);
      const [from, to, sex] = args;
      return sum('pop', from, to, sex, null).persons;
    });
    this.scope.set('popRate', (...args: unknown[]) => {
      argCount('popRate', args, 3, 4);
      const [rate, from, to, sex] = args;
      const r = this.model.rates[rateArg('popRate', rate)];
      return sum('popRate', from, to, sex, r).weighted;
    });
    this.scope.set('rateAvg', (...args: unknown[]) => {
      argCount('rateAvg', args, 3, 4);
      const [rate, from, to, sex] = args;
      const r = this.model.rates[rateArg('rateAvg', rate)];
      const { persons, weighted } = sum('rateAvg', from, to, sex, r);
      return persons > 0 ? weighted / persons : 0;
    });
    this.scope.set('baseYear', model.baseYear);
  }

  setYear(k: number): void {
    const m = this.model;
    this.k = k;
    const s = this.scope;
    s.set('year', m.baseYear + k);
    s.set('yearsSinceBase', k);
    s.set('population', m.populationTotal[k]);
    s.set('births', m.births[k]);
    s.set('povertyLine', m.povertyLine[k]);
    s.set('gdp', m.gdp[k]);
    s.set('gdpPerCapita', m.gdpPerCapita[k]);
    s.set('minimumWage', m.minimumWage[k]);
    s.set('averageWage', m.averageWage[k]);
    s.set('priceIndex', m.priceIndex[k]);
    s.set('wageIndex', m.wageIndex[k]);
    s.set('inflation', m.inflation[k]);
    s.set('realGrowth', m.realGrowth[k]);
    s.set('fxPerUsd', m.fxPerUsd[k]);
    s.set('revenue', m.revenuePctGdp[k]! * m.gdp[k]!);
    s.set('expenditure', m.expenditurePctGdp[k]! * m.gdp[k]!);
  }
}
