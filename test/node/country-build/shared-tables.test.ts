/**
 * The shared files read once for a batch: every scan answered from memory is the scan of the file
 * (same rows, lines, header, codes seen), and a file that cannot be read whole is left to the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countriesWithPopulation } from '../../../src/node/country-build/build-batch';
import { SharedTables } from '../../../src/node/country-build/shared-tables';
import {
  scanCsv,
  scanCsvFile,
  withCsvTableSource,
  type ScanOptions,
} from '../../../src/node/shared-data/csv-scan';
import { SHARED_FILES } from '../../../src/node/shared-data/shared-files';
import { dataDir, fileLines } from '../../helpers/country-data';

function fileOf(name: string, lines: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'spf-shared-tables-'));
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('SharedTables', () => {
  const indicators = fileOf(
    SHARED_FILES.wpp2024Indicators,
    fileLines('wpp2024Indicators', ['KEN', 'NPL']),
  );
  const required = ['year', 'pop_total_thousands'];
  const scans: [string, ScanOptions][] = [
    ['one country', { required, filter: { column: 'iso3', values: ['NPL'] } }],
    [
      'two countries, in file order',
      { required, filter: { column: 'iso3', values: ['NPL', 'KEN'] } },
    ],
    ['a code not in the file', { required, filter: { column: 'iso3', values: ['XXX'] } }],
    [
      'the codes seen, with names',
      {
        required,
        filter: { column: 'iso3', values: ['XXX'] },
        collectKeys: { nameColumn: 'name' },
      },
    ],
    ['no filter', { required }],
  ];

  it.each(scans)('answers %s as the file scan does', async (_, options) => {
    const tables = new SharedTables();
    const fromMemory = await tables.scan(indicators, options);
    expect(fromMemory).toEqual(await scanCsvFile(indicators, options));
  });

  it('leaves to the file a scan it cannot answer: a short row anywhere, a missing column', async () => {
    const lines = fileLines('wpp2024Indicators', ['KEN', 'NPL']);
    // Nepal's last row loses its last value: a whole read fails, Kenya's own rows are fine.
    lines[lines.length - 1] = lines.at(-1)!.replace(/,[^,]*$/, '');
    const cut = fileOf(SHARED_FILES.wpp2024Indicators, lines);
    const kenya: ScanOptions = { required, filter: { column: 'iso3', values: ['KEN'] } };
    const tables = new SharedTables();
    expect(await tables.scan(cut, kenya)).toBeUndefined();
    const inBatch = await withCsvTableSource(tables, () => scanCsv(cut, kenya));
    expect(inBatch).toEqual(await scanCsvFile(cut, kenya));
    expect(inBatch.rows).toHaveLength(151); // Kenya's years 1950-2100
    expect(await tables.scan(indicators, { required: ['no_such_column'] })).toBeUndefined();
  });

  it('reads each file once for every scan of the batch', async () => {
    const tables = new SharedTables();
    const kenya: ScanOptions = { required, filter: { column: 'iso3', values: ['KEN'] } };
    const [a, b] = await Promise.all([
      tables.scan(indicators, kenya),
      tables.scan(indicators, kenya),
    ]);
    // The same row objects: both came from the one read.
    expect(a!.rows[0]).toBe(b!.rows[0]);
  });
});

describe('countriesWithPopulation', () => {
  it('gives the codes with a WPP 2024 population, alphabetical', async () => {
    const all = await countriesWithPopulation({ dataDir: dataDir() });
    // ../shared/data README section 1: 236 countries and areas.
    expect(all).toHaveLength(236);
    expect(all.slice(0, 3)).toEqual(['ABW', 'AFG', 'AGO']);
    expect(all).toContain('KEN');
    expect(all).toContain('XKX');
  });

  it('leaves out a code whose rows have no population', async () => {
    // Nepal's population columns emptied: only Kenya is left.
    const lines = fileLines('wpp2024Indicators', ['NPL', 'KEN']).map((l, i) => {
      if (i === 0 || !l.startsWith('NPL,')) return l;
      const v = l.split(',');
      v[5] = v[6] = v[7] = '';
      return v.join(',');
    });
    const file = fileOf(SHARED_FILES.wpp2024Indicators, lines);
    const codes = await countriesWithPopulation({
      dataDir: '/nowhere',
      files: { wpp2024Indicators: file },
    });
    expect(codes).toEqual(['KEN']);
  });
});
