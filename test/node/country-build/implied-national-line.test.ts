/**
 * The national poverty line implied by the World Bank headcounts: the inverse normal CDF, the
 * lognormal fit on a constructed distribution whose answer is known, and real countries from
 * ../shared/data. Reference values computed independently in Python (statistics.NormalDist, whose
 * cdf uses erf).
 */
import { describe, expect, it } from 'vitest';
import {
  fitLognormal,
  impliedNationalLine,
  lineAtHeadcount,
  MAX_EXTRAPOLATION,
} from '../../../src/node/country-build/implied-national-line';
import { normalQuantile } from '../../../src/node/country-build/normal-quantile';
import type { PovertyHeadcounts } from '../../../src/node/shared-data/wb-poverty';
import { readWbPoverty } from '../../../src/node/shared-data/wb-poverty';
import { dataFile } from '../../helpers/country-data';

/** A country's World Bank file in memory: indicator → [year, percent]. */
function poverty(rows: Record<string, [number, number][]>): PovertyHeadcounts {
  const byIndicator = new Map(
    Object.entries(rows).map(([code, list]) => [
      code,
      list.map(([year, value]) => ({ year, value })),
    ]),
  );
  return { iso3: 'XXX', byIndicator, emptyYears: new Map() };
}

describe('normalQuantile (Wichura AS 241)', () => {
  it('gives the standard normal quantiles to 1e-15 in the centre and both tails', () => {
    // p → Φ⁻¹(p): the central region (|p − 0.5| <= 0.425), the near tail and the far tail
    // (sqrt(−ln p) > 5, i.e. p < 1.4e-11).
    const known: [number, number][] = [
      [0.4, -0.2533471031357998],
      [0.975, 1.9599639845400536],
      [0.01, -2.3263478740408408],
      [1e-10, -6.361340902404056],
      [1e-20, -9.262340089798405],
      [0.999999, 4.753424308817089],
    ];
    for (const [p, x] of known) expect(normalQuantile(p), String(p)).toBeCloseTo(x, 13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.3)).toBeCloseTo(-normalQuantile(0.7), 15);
  });

  it('refuses p outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('the lognormal fit', () => {
  // Constructed: ln(consumption) ~ N(mu = ln 5, sigma = 0.8). Then H(z) = Φ((ln z − ln 5) / 0.8):
  // H(3.00) = Φ(−0.638532) = 0.2615637054948262
  // H(4.20) = Φ(−0.217941) = 0.4137372548232742
  // H(8.30) = Φ( 0.633523) = 0.7368035915191087
  const points = [
    { usdPerDay: 3.0, headcount: 0.2615637054948262 },
    { usdPerDay: 4.2, headcount: 0.4137372548232742 },
    { usdPerDay: 8.3, headcount: 0.7368035915191087 },
  ];

  it('recovers mu and sigma from three headcounts, and from any two', () => {
    const fit = fitLognormal(points)!;
    expect(fit.mu).toBeCloseTo(Math.log(5), 12);
    expect(fit.sigma).toBeCloseTo(0.8, 12);
    const two = fitLognormal([points[0]!, points[2]!])!;
    expect(two.mu).toBeCloseTo(Math.log(5), 12);
    expect(two.sigma).toBeCloseTo(0.8, 12);
  });

  it('reads the line at a national headcount of 40%: 5 exp(0.8 Φ⁻¹(0.4)) = USD 4.0827 a day', () => {
    // Φ⁻¹(0.4) = −0.2533471; 0.8 x −0.2533471 = −0.2026777; exp(−0.2026777) = 0.8165414;
    // 5 x 0.8165414 = 4.0827069. (The brief's 4.0834 rounded the exponential.)
    const z = lineAtHeadcount(fitLognormal(points)!, 0.4);
    expect(z).toBeCloseTo(4.0827069229309085, 10);
    // It lies between 3.00 and 4.20, whose headcounts (26.2%, 41.4%) bracket 40%.
    expect(z).toBeGreaterThan(3);
    expect(z).toBeLessThan(4.2);
  });

  it('needs two lines with headcounts that rise with the line', () => {
    expect(fitLognormal([points[0]!])).toBeUndefined();
    expect(
      fitLognormal([
        { usdPerDay: 3, headcount: 0.5 },
        { usdPerDay: 4.2, headcount: 0.4 },
      ]),
    ).toBeUndefined();
  });
});

describe('impliedNationalLine from a country’s headcounts', () => {
  it('fits the survey year of the national headcount, leaving out 0% and 100%', () => {
    const r = impliedNationalLine(
      poverty({
        'SI.POV.DDAY': [[2020, 0]],
        'SI.POV.LMIC': [[2020, 41.37372548232742]],
        'SI.POV.UMIC': [[2020, 73.68035915191086]],
        'SI.POV.NAHC': [[2020, 40]],
      }),
    );
    // 0% at USD 3.00 says nothing of the distribution's shape: only 4.20 and 8.30 are fitted, and
    // they fix the constructed lognormal above exactly.
    expect(r.ok && r.points.map((p) => p.usdPerDay)).toEqual([4.2, 8.3]);
    expect(r.ok && r.usdPerDay).toBeCloseTo(4.0827069229309085, 10);
  });

  it('takes the nearest survey year (the later of two as near) when the national year has none', () => {
    const r = impliedNationalLine(
      poverty({
        'SI.POV.DDAY': [
          [2016, 20],
          [2020, 26.15637054948262],
        ],
        'SI.POV.LMIC': [
          [2016, 30],
          [2020, 41.37372548232742],
        ],
        'SI.POV.NAHC': [[2018, 40]],
      }),
    );
    expect(r.ok && r.surveyYear).toBe(2020);
    expect(r.ok && r.national).toEqual({ year: 2018, headcount: 0.4 });
  });

  it('gives a reason when there is no line to read', () => {
    expect(impliedNationalLine(poverty({ 'SI.POV.DDAY': [[2020, 30]] }))).toEqual({
      ok: false,
      reason: 'noNationalHeadcount',
    });
    expect(
      impliedNationalLine(
        poverty({
          'SI.POV.DDAY': [[2020, 30]],
          'SI.POV.LMIC': [[2020, 100]],
          'SI.POV.NAHC': [[2020, 25]],
        }),
      ),
    ).toEqual({ ok: false, reason: 'tooFewHeadcounts', nationalYear: 2020 });
  });

  it('Kenya: USD 2.5444 a day, below USD 3.00 as its national headcount is below that line’s', async () => {
    const r = impliedNationalLine(await readWbPoverty(dataFile('wbPoverty'), 'KEN'));
    // 2021: H = 46.4%, 67.9%, 91.3% at 3.00, 4.20, 8.30; Φ⁻¹(H) = −0.090361, 0.464904, 1.359463
    // on ln z = 1.098612, 1.435085, 2.116256. Least squares: slope 1.408467 = 1/sigma,
    // sigma = 0.709992, mu = 1.139607. National 38.6% (2021): Φ⁻¹(0.386) = −0.289760;
    // z = exp(1.139607 + 0.709992 x −0.289760) = exp(0.933880) = 2.544363.
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.surveyYear).toBe(2021);
    expect(r.fit.mu).toBeCloseTo(1.1396074611814844, 10);
    expect(r.fit.sigma).toBeCloseTo(0.7099919101752014, 10);
    expect(r.usdPerDay).toBeCloseTo(2.544363049861764, 10);
    // 38.6% is below 46.4% at USD 3.00, so the line is below 3.00 (within the factor 2 allowed).
    expect(r.usdPerDay).toBeLessThan(3);
    expect(r.usdPerDay).toBeGreaterThan(3 / MAX_EXTRAPOLATION);
  });

  it('Nepal: USD 5.3375 a day, between 4.20 and 8.30, whose headcounts bracket the national one', async () => {
    const r = impliedNationalLine(await readWbPoverty(dataFile('wbPoverty'), 'NPL'));
    // 2022: H = 2.4%, 9.1%, 52.6%; Φ⁻¹(H) = −1.977368, −1.334622, 0.065219; sigma = 0.496489,
    // mu = 2.087313. National 20.3% (2022): Φ⁻¹(0.203) = −0.830953;
    // z = exp(2.087313 + 0.496489 x −0.830953) = 5.337481.
    expect(r.ok && r.usdPerDay).toBeCloseTo(5.337480755113481, 10);
    expect(r.ok && r.usdPerDay).toBeGreaterThan(4.2);
    expect(r.ok && r.usdPerDay).toBeLessThan(8.3);
  });

  it('Germany: refused, the relative national line is far above every fitted line', async () => {
    const r = impliedNationalLine(await readWbPoverty(dataFile('wbPoverty'), 'DEU'));
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'tooFarOutside') throw new Error(`unexpected ${JSON.stringify(r)}`);
    // 14.8% below the national line against 0.2% below USD 3.00: the fit would put the line at
    // hundreds of dollars a day, beyond twice the highest fitted line.
    expect(r.national.headcount).toBe(0.148);
    expect(r.usdPerDay).toBeGreaterThan(r.range[1] * MAX_EXTRAPOLATION);
  });
});
