/**
 * Countries that failed to build for a fixable reason and build now, each with its documented
 * fallback and warning (docs/country-data.md, "Fallbacks"), and countries that still fail because
 * the public data truly lack them, each with its coded reason.
 */
import { describe, expect, it } from 'vitest';
import { buildCountryModel, formatIssueIn, readCountry, runScenario } from '#engine';
import { defaultScenario } from '../../../src/node/bundled-models';
import { buildError, built, dataDir } from '../../helpers/country-data';

describe('the empty WHO cell: the latest year with a value stands for it', () => {
  // who_ghed_health_expenditure.csv lists gghed_gdp for 2023 with an empty value for 13 European
  // countries (2022 for Ukraine); the value of the year before is used.
  it.each([
    // iso3, gghed_gdp of the year used (% of GDP), that year, the empty year
    ['AUT', 8.64333, 2022, 2023],
    ['DEU', 10.1254, 2022, 2023],
    ['GBR', 9.17956, 2022, 2023],
    ['UKR', 4.27552, 2021, 2022],
  ] as const)('%s: health spending %s (percent of GDP) of %s', async (iso3, pct, year, empty) => {
    const r = await built(iso3);
    expect(r.country.spendingPctGdp!.health).toBeCloseTo(pct / 100, 12);
    const source = r.country.sources!.find((s) => s.field === 'spendingPctGdp.health')!;
    expect(source.assumption).toBe(true);
    expect(source.edition).toBe(`gghed_gdp, ${year}`);
    expect(source.note).toContain(
      `the WHO file has an empty gghed_gdp for ${empty}, so the latest year with a value stands for it: ${pct} in ${year} / 100`,
    );
    expect(r.assumptions.map((a) => a.field)).toContain('spendingPctGdp.health');
    const warning = r.codedNotes.find((n) => n.code === 'build.note.healthEarlierYear')!;
    expect(warning).toMatchObject({
      path: 'spendingPctGdp.health',
      params: { code: 'gghed_gdp', empty: String(empty), year },
    });
    expect(r.notes).toContain(
      `spendingPctGdp.health: the WHO file leaves gghed_gdp empty for ${empty}: the value of ${year}, the latest year with one, is used (an assumption)`,
    );
    expect(formatIssueIn(warning, 'fr')).toBe(
      `spendingPctGdp.health: le fichier de l’OMS laisse gghed_gdp vide pour ${empty} : la valeur de ${year}, la dernière année renseignée, est utilisée (une hypothèse)`,
    );
  });

  it('a country whose latest WHO value is published has no fallback (Kenya: 2.02183% in 2022)', async () => {
    const r = await built('KEN');
    const source = r.country.sources!.find((s) => s.field === 'spendingPctGdp.health')!;
    expect(source.assumption).toBeUndefined();
    expect(r.codedNotes.map((n) => n.code)).not.toContain('build.note.healthEarlierYear');
  });
});

describe('Kiribati: government expenditure above 100% of GDP is kept, with a note', () => {
  it('keeps GGX_NGDP 107.116% in 2025 and says why', async () => {
    const r = await built('KIR');
    // IMF GGX_NGDP for KIR: 107.116 (2025), 95.025, 104.458, 103.39, 103.297 (2029); / 100.
    expect(r.country.macro.expenditurePctGdp).toEqual([1.07116, 0.95025, 1.04458, 1.0339, 1.03297]);
    const read = readCountry(JSON.parse(JSON.stringify(r.country)));
    expect(read.ok).toBe(true);
    const note = r.codedNotes.find((n) => n.code === 'build.note.aboveGdp')!;
    expect(note).toMatchObject({
      path: 'macro.expenditurePctGdp',
      params: { code: 'GGX_NGDP', years: '2025, 2027, 2028, 2029', max: '107.116%' },
    });
    expect(formatIssueIn(note, 'es')).toBe(
      'macro.expenditurePctGdp: GGX_NGDP supera el 100 % del PIB en 2025, 2027, 2028, 2029 (hasta 107.116%): se mantiene tal como lo publica el FMI (los ingresos del exterior y las donaciones pueden financiar más que el PIB)',
    );
    const source = r.country.sources!.find((s) => s.field === 'macro.expenditurePctGdp')!;
    expect(source.note).toMatch(/^GGX_NGDP is above 100% of GDP in 2025, 2027, 2028, 2029/);
    // Data, not a default: kept as published, so not marked as an assumption.
    expect(source.assumption).toBeUndefined();
  });

  it('still refuses a ratio to GDP above 2 (a percentage written as a number)', async () => {
    const { country } = await built('KIR');
    const copy = JSON.parse(JSON.stringify(country)) as { macro: { expenditurePctGdp: number[] } };
    copy.macro.expenditurePctGdp[0] = 25;
    const read = readCountry(copy);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues[0]!.path).toBe('macro.expenditurePctGdp[0]');
  });
});

describe('countries the public data truly lack still fail, with a coded reason', () => {
  it('no IMF WEO rows (Anguilla): the IMF file, coded, codes without empty names', async () => {
    const e = await buildError({ iso3: 'AIA', dataDir: dataDir() });
    expect(e.source).toMatch(/imf_weo_oct2024_selected\.csv$/);
    expect(e.issues).toEqual([
      {
        path: 'column iso3',
        message: 'has no rows for "AIA": did you mean ABW, AFG, AGO, ALB, AND?',
        code: 'data.noRows.close',
        params: { iso3: 'AIA', close: 'ABW, AFG, AGO, ALB, AND' },
      },
    ]);
    expect(formatIssueIn(e.issues[0]!, 'fr')).toBe(
      'column iso3: n’a pas de lignes pour « AIA » : vouliez-vous dire ABW, AFG, AGO, ALB, AND ?',
    );
  });

  it('no WPP 2019 population by age (Andorra): the WPP 2019 file, coded', async () => {
    const e = await buildError({ iso3: 'AND', dataDir: dataDir() });
    expect(e.source).toMatch(/wpp2019_population_by_5yr_age_sex\.csv$/);
    expect(e.issues[0]).toMatchObject({ path: 'column iso3', code: 'data.noRows.close' });
    expect(e.issues[0]!.message).toMatch(/^has no rows for "AND": did you mean HND \(Honduras\)/);
  });
});

describe('the countries built by a fallback run through the engine', () => {
  it.each(['DEU', 'KIR'])('%s: the default package gives finite costs every year', async (iso3) => {
    const { country } = await built(iso3);
    const result = runScenario({ ...defaultScenario(), country: iso3 }, country);
    for (const c of result.total.cost) expect(Number.isFinite(c)).toBe(true);
    for (const p of result.total.pctGdp) expect(Number.isFinite(p)).toBe(true);
  });

  it('a scenario chooses the implied national line or keeps USD 3.00 (Kenya)', async () => {
    const { country } = await built('KEN');
    // Default: the first line, USD 3.00 (59,387.38 KES a year in 2025).
    const byDefault = buildCountryModel(country, 2030);
    expect(byDefault.povertyLineId).toBe('international-3.00');
    expect(byDefault.povertyLine[0]).toBeCloseTo(59387.38, 6);
    // assumptions.povertyLine "national": the implied line, 50,367.69 KES a year in 2025.
    const national = buildCountryModel(country, 2030, { povertyLine: 'national' });
    expect(national.povertyLineId).toBe('national');
    expect(national.povertyLine[0]).toBeCloseTo(50367.69, 6);
  });
});
