import { InputError, codedIssue } from '#engine';
import { weoValue, weoYears, type WeoCountry } from '../shared-data/imf-outlook';

/** How each macro series of spf.country/1 comes from a WEO indicator. */
export const MACRO_SERIES = [
  { key: 'gdp', code: 'NGDP', scale: 1e9, unit: 'billions of LCU -> LCU', required: true },
  { key: 'realGrowth', code: 'NGDP_RPCH', scale: 0.01, unit: '% -> fraction', required: true },
  { key: 'inflation', code: 'PCPIPCH', scale: 0.01, unit: '% -> fraction', required: true },
  {
    key: 'revenuePctGdp',
    code: 'GGR_NGDP',
    scale: 0.01,
    unit: '% of GDP -> fraction',
    required: true,
  },
  {
    key: 'expenditurePctGdp',
    code: 'GGX_NGDP',
    scale: 0.01,
    unit: '% of GDP -> fraction',
    required: true,
  },
  {
    key: 'fxPerUsd',
    code: 'XR_LCU_PER_USD_IMPLIED',
    scale: 1,
    unit: 'LCU per USD, derived in ../shared/data as NGDP / NGDPD',
    required: true,
  },
  {
    key: 'debtPctGdp',
    code: 'GGXWDG_NGDP',
    scale: 0.01,
    unit: '% of GDP -> fraction',
    required: false,
  },
] as const;

export type MacroKey = (typeof MACRO_SERIES)[number]['key'];

export interface MacroBuild {
  years: number[];
  series: Partial<Record<MacroKey, number[]>>;
  /** Series with years the WEO leaves empty, filled as described. */
  filled: { key: MacroKey; code: string; note: string }[];
  /** The last year of actual (not projected) data, by WEO code. */
  lastActual: Map<string, number>;
}

/** Shares and rates keep 12 significant digits: 5.019 / 100 is 0.05019, not 0.050190000000000004. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The macro paths for `years` from the WEO: GDP x 1e9, percentages / 100. A year the WEO leaves
 * empty takes the nearest earlier value (later if there is none), and GDP grows by the growth
 * rule of methodology 1.1; such series are listed in `filled`. A required series with no value at
 * all is an error naming the file and the indicator.
 */
export function macroFromWeo(
  weo: WeoCountry,
  years: readonly number[],
  file: string,
  estimatesStartAfter: Map<string, number>,
): MacroBuild {
  const series: Partial<Record<MacroKey, number[]>> = {};
  const filled: MacroBuild['filled'] = [];
  const lastActual = new Map<string, number>();
  for (const spec of MACRO_SERIES) {
    const available = weoYears(weo, spec.code);
    if (available.length === 0) {
      if (!spec.required) continue;
      throw new InputError(
        [
          codedIssue(`rows for ${weo.iso3}, indicator ${spec.code}`, 'build.noValues', {
            key: spec.key,
          }),
        ],
        file,
      );
    }
    const actual =
      estimatesStartAfter.get(spec.code) ??
      available.filter((y) => weoValue(weo, spec.code, y)?.projection === false).pop();
    if (actual !== undefined) lastActual.set(spec.code, actual);
    const values: number[] = [];
    const gaps: number[] = [];
    for (const [i, year] of years.entries()) {
      const v = weoValue(weo, spec.code, year);
      if (v) {
        values.push(
          spec.key === 'gdp' ? Math.round(v.value * spec.scale) : tidy(v.value * spec.scale),
        );
        continue;
      }
      gaps.push(year);
      if (spec.key === 'gdp' && i > 0) {
        const g = series.realGrowth?.[i] ?? 0;
        const pi = series.inflation?.[i] ?? 0;
        values.push(Math.round(values[i - 1]! * (1 + g) * (1 + pi)));
        continue;
      }
      const earlier = available.filter((y) => y < year).pop();
      const source = earlier ?? available.find((y) => y > year)!;
      values.push(tidy(weoValue(weo, spec.code, source)!.value * spec.scale));
    }
    if (gaps.length > 0) {
      filled.push({
        key: spec.key,
        code: spec.code,
        note:
          spec.key === 'gdp'
            ? `the WEO has no ${spec.code} for ${gaps.join(', ')}: GDP[t] = GDP[t-1] (1 + g) (1 + pi)`
            : `the WEO has no ${spec.code} for ${gaps.join(', ')}: the nearest earlier value is held (or the next one)`,
      });
    }
    series[spec.key] = values;
  }
  // GDP is built first but its gaps need growth and inflation: rebuild them now that both exist.
  const gdp = series.gdp;
  if (gdp && filled.some((f) => f.key === 'gdp')) {
    for (const [i, year] of years.entries()) {
      if (i > 0 && !weoValue(weo, 'NGDP', year)) {
        gdp[i] = Math.round(
          gdp[i - 1]! * (1 + series.realGrowth![i]!) * (1 + series.inflation![i]!),
        );
      }
    }
  }
  return { years: [...years], series, filled, lastActual };
}
