import { describe, expect, it } from 'vitest';
import { buildCountries, type CountryOutcome } from '../../../src/node/country-build/build-batch';
import { buildCountry } from '../../../src/node/country-build/build-country';
import { kenyaDataDir } from '../../helpers/country-data';

describe('buildCountries', () => {
  it.each([
    ['each finding its own rows', false],
    ['with the files read whole once', true],
  ])(
    'builds each country as buildCountry does alone, %s, and reports one it cannot build',
    async (_, readWhole) => {
      const dataDir = kenyaDataDir();
      const started: string[][] = [];
      const outcomes: [CountryOutcome, number][] = [];
      await buildCountries(
        ['XXX', 'KEN'],
        { dataDir },
        {
          start: (codes) => void started.push([...codes]),
          done: (outcome, index) => void outcomes.push([outcome, index]),
        },
        readWhole,
      );
      expect(started).toEqual([['XXX', 'KEN']]);
      expect(outcomes.map(([o, i]) => [o.iso3, o.ok, i])).toEqual([
        ['XXX', false, 0],
        ['KEN', true, 1],
      ]);
      const [failed] = outcomes[0]!;
      expect(!failed.ok && failed.error.issues[0]!.message).toMatch(/^has no rows for "XXX"/);
      const [kenya] = outcomes[1]!;
      expect(kenya.ok && kenya.result).toEqual(await buildCountry({ iso3: 'KEN', dataDir }));
    },
  );

  it('stops at an error that is not about the data (a bug) and passes it on', async () => {
    const dataDir = kenyaDataDir();
    const bug = new Error('a bug in the listener');
    let calls = 0;
    await expect(
      buildCountries(
        ['KEN', 'KEN'],
        { dataDir },
        {
          start: () => {},
          done: () => {
            calls++;
            throw bug;
          },
        },
      ),
    ).rejects.toBe(bug);
    expect(calls).toBe(1);
  });
});
