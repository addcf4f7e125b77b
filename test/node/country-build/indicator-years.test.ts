/**
 * The one reader of the indicator-by-year files (World Bank poverty headcounts, WHO health
 * expenditure): the same rows read by both, the bound of 100 only where the values are percentages
 * of the population.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '#engine';
import { readWbPoverty } from '../../../src/node/shared-data/wb-poverty';
import { readWhoGhed } from '../../../src/node/shared-data/who-ghed';

function csv(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'spf-indicator-years-')), name);
  writeFileSync(file, text);
  return file;
}

describe('indicator-by-year files', () => {
  it('groups a country’s rows by indicator in the order of the file, other countries left out', async () => {
    const file = csv(
      'ghed.csv',
      'iso3,year,indicator_code,value\n' +
        'KEN,2021,gghed_gdp,2.1\n' +
        'UGA,2021,gghed_gdp,1.0\n' +
        'KEN,2020,gghed_gdp,1.9\n' +
        'KEN,2020,che_pc_usd,101.5\n',
    );
    const ghed = await readWhoGhed(file, 'KEN');
    expect(ghed.iso3).toBe('KEN');
    expect([...ghed.byIndicator.keys()]).toEqual(['gghed_gdp', 'che_pc_usd']);
    expect(ghed.byIndicator.get('gghed_gdp')).toEqual([
      { year: 2021, value: 2.1 },
      { year: 2020, value: 1.9 },
    ]);
    // Health spending in USD per person may pass 100: only percentages of a population may not.
    expect(ghed.byIndicator.get('che_pc_usd')).toEqual([{ year: 2020, value: 101.5 }]);
  });

  it('refuses a poverty headcount over 100% at its row and column', async () => {
    const file = csv(
      'wb.csv',
      'iso3,year,indicator_code,value_pct_of_population\n' +
        'KEN,2020,SI.POV.DDAY,36.1\n' +
        'KEN,2021,SI.POV.DDAY,101\n',
    );
    const e = await readWbPoverty(file, 'KEN').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    // The header is line 1, so the second data row is row 3.
    expect((e as InputError).issues).toEqual([
      {
        path: 'row 3, column value_pct_of_population',
        message: 'must be a percentage <= 100, found 101',
      },
    ]);
  });

  it('reads an empty value as a year not published, not as an error', async () => {
    // As the WHO file lists Germany's gghed_gdp for 2023 with no value.
    const file = csv(
      'ghed.csv',
      'iso3,year,indicator_code,value\n' +
        'DEU,2022,gghed_gdp,10.1254\n' +
        'DEU,2023,gghed_gdp,\n' +
        'DEU,2023,che_gdp,12.0\n',
    );
    const ghed = await readWhoGhed(file, 'DEU');
    expect(ghed.byIndicator.get('gghed_gdp')).toEqual([{ year: 2022, value: 10.1254 }]);
    expect(ghed.emptyYears).toEqual(new Map([['gghed_gdp', [2023]]]));
  });

  it('gives no observations for a country without rows', async () => {
    const file = csv(
      'wb.csv',
      'iso3,year,indicator_code,value_pct_of_population\nUGA,2020,SI.POV.DDAY,40\n',
    );
    const poverty = await readWbPoverty(file, 'KEN');
    expect(poverty.byIndicator.size).toBe(0);
  });
});
