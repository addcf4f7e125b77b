/**
 * The shipped country database is exactly what `npm run build:countries` makes from ../shared/data:
 * rebuilt here into memory, its bytes must equal models/country-db/countries.json.br. A change to the
 * country builder, the entry or the data changes the bytes; the developer then rebuilds the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountryDatabase } from '../../../scripts/country-database/build-database';
import {
  COUNTRY_DATABASE_FILE,
  decodeCountryDatabase,
  encodeCountryDatabase,
} from '../../../src/node/country-db/database-file';
import { dataDir } from '../../helpers/country-data';

describe('the shipped country database', () => {
  it('is reproduced byte for byte from ../shared/data', async () => {
    const rebuilt = encodeCountryDatabase(await buildCountryDatabase(dataDir()));
    const shipped = readFileSync(COUNTRY_DATABASE_FILE);
    if (!rebuilt.equals(shipped)) {
      const was = decodeCountryDatabase(shipped);
      const now = decodeCountryDatabase(rebuilt);
      const changed = now.countries
        .filter((c, i) => JSON.stringify(c) !== JSON.stringify(was.countries[i]))
        .map((c) => c.entry.iso3)
        .slice(0, 10);
      expect.fail(
        `${COUNTRY_DATABASE_FILE} is not what ../shared/data and the builder give today ` +
          `(${was.countries.length} countries shipped, ${now.countries.length} rebuilt; ` +
          `first changed: ${changed.join(', ') || 'none: sources or unbuildable list'}). ` +
          'Run `npm run build:countries` and commit the file.',
      );
    }
    expect(rebuilt.length).toBe(shipped.length);
  }, 300_000);
});
