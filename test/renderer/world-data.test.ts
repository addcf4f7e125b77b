import { describe, expect, it } from 'vitest';
import type { CountryGap, GapGroup, GlobalGap } from '#engine';
import type { CountryDbEntry } from '../../src/contract/country-db';
import {
  colourCeiling,
  filterRows,
  nextSort,
  orderedGroups,
  peersOf,
  regionsOf,
  sortRows,
  worldRows,
  type WorldRow,
} from '../../renderer/src/features/world/world-data';
import { countryGapOf } from './world-fixtures';

/** A country of the gap with only what these tests read set apart from zero. */
function gapOf(iso3: string, name: string, more: Partial<CountryGap>): CountryGap {
  return countryGapOf(iso3, { name, ...more });
}

function entryOf(iso3: string, m49: number, names: CountryDbEntry['names']): CountryDbEntry {
  return {
    iso3,
    m49,
    names,
    region: 'Europe',
    subregion: 'Western Europe',
    baseYear: 2025,
    currency: 'EUR',
    population: 1,
    gdpLcu: 1,
    gdpUsd: 1,
    gdpPerCapitaUsd: 1,
    incomeGroup: 'high',
    povertyHeadcount: null,
    warnings: [],
  };
}

const row = (iso3: string, more: Partial<WorldRow>): WorldRow => ({
  iso3,
  m49: null,
  name: iso3,
  incomeGroup: 'low',
  region: 'Africa',
  costPctGdp: 0,
  currentSpendingPctGdp: 0,
  gapPctGdp: 0,
  gapUsd: 0,
  ...more,
});

const collator = new Intl.Collator('en');

describe('the World page joins the gap with the country database', () => {
  const gap: GlobalGap = {
    year: 2025,
    package: 'ILO package',
    countries: [
      gapOf('DEU', 'Germany', { incomeGroup: 'high', region: 'Europe', gapPctGdp: 0.001 }),
      gapOf('XKX', 'Kosovo', { gapPctGdp: 0.02 }),
    ],
    groups: [],
    skipped: [],
  };
  const entries = [entryOf('DEU', 276, { en: 'Germany', fr: 'Allemagne', es: 'Alemania' })];

  it('names a country in the user language and keys it by its M49 code for the map', () => {
    const [germany] = worldRows(gap, entries, 'fr');
    expect(germany).toMatchObject({ iso3: 'DEU', m49: 276, name: 'Allemagne', gapPctGdp: 0.001 });
    expect(worldRows(gap, entries, 'es')[0]!.name).toBe('Alemania');
  });

  it('keeps the gap English name, and no map key, for a country the database does not list', () => {
    expect(worldRows(gap, entries, 'fr')[1]).toMatchObject({ name: 'Kosovo', m49: null });
  });
});

describe('filters, sorting and peers', () => {
  const rows = [
    row('KEN', { name: 'Kenya', incomeGroup: 'lowerMiddle', gapPctGdp: 0.03 }),
    row('ETH', { name: 'Ethiopia', incomeGroup: 'low', gapPctGdp: 0.05 }),
    row('TZA', { name: 'Tanzania', incomeGroup: 'lowerMiddle', gapPctGdp: 0.04 }),
    row('NPL', { name: 'Nepal', incomeGroup: 'lowerMiddle', region: 'Asia', gapPctGdp: 0.03 }),
    row('DEU', { name: 'Germany', incomeGroup: 'high', region: 'Europe', gapPctGdp: 0 }),
  ];

  it('filters by income group and by region, together', () => {
    const lowerMiddle = filterRows(rows, { incomeGroup: 'lowerMiddle', region: 'all' });
    expect(lowerMiddle.map((r) => r.iso3)).toEqual(['KEN', 'TZA', 'NPL']);
    const inAfrica = filterRows(rows, { incomeGroup: 'lowerMiddle', region: 'Africa' });
    expect(inAfrica.map((r) => r.iso3)).toEqual(['KEN', 'TZA']);
  });

  it('sorts by gap largest first, equal gaps by name (Kenya before Nepal at 3%)', () => {
    const sorted = sortRows(rows, { key: 'gapPctGdp', descending: true }, collator);
    expect(sorted.map((r) => r.iso3)).toEqual(['ETH', 'TZA', 'KEN', 'NPL', 'DEU']);
  });

  it('sorts income groups poorest first, not alphabetically', () => {
    // low < lowerMiddle < high; the three lower-middle by name: Kenya, Nepal, Tanzania.
    const sorted = sortRows(rows, { key: 'incomeGroup', descending: false }, collator);
    expect(sorted.map((r) => r.iso3)).toEqual(['ETH', 'KEN', 'NPL', 'TZA', 'DEU']);
  });

  it('turns a sorted column round, and starts a new column of numbers largest first', () => {
    expect(nextSort({ key: 'gapPctGdp', descending: true }, 'gapPctGdp')).toEqual({
      key: 'gapPctGdp',
      descending: false,
    });
    expect(nextSort({ key: 'name', descending: false }, 'gapUsd')).toEqual({
      key: 'gapUsd',
      descending: true,
    });
    expect(nextSort({ key: 'gapUsd', descending: true }, 'region')).toEqual({
      key: 'region',
      descending: false,
    });
  });

  it('finds the peers: same income group and region, the country itself included', () => {
    // Kenya is lower-middle income in Africa: Tanzania (4%) and Kenya (3%); Nepal is in Asia.
    expect(peersOf(rows, 'KEN', 'gap').map((r) => r.iso3)).toEqual(['TZA', 'KEN']);
    expect(peersOf(rows, 'XXX', 'gap')).toEqual([]);
  });

  it('lists the regions present, once each', () => {
    expect(regionsOf(rows)).toEqual(['Africa', 'Asia', 'Europe']);
  });
});

describe("the map's colour ceiling", () => {
  it('is the 90th percentile rounded up to 1, 2 or 5 times a power of ten', () => {
    // 1%..10%: the 9th of 10 values is 9%, which rounds up to 10%.
    const tenths = Array.from({ length: 10 }, (_, i) => (i + 1) / 100);
    expect(colourCeiling(tenths)).toBeCloseTo(0.1, 12);
    // 0.3%, 1.2%, 1.8%: the 90th percentile is the 3rd value, 1.8%, which rounds up to 2%.
    expect(colourCeiling([0.003, 0.012, 0.018])).toBeCloseTo(0.02, 12);
  });

  it('ignores countries without a gap, keeps a round value as it is, and has a floor', () => {
    // Only 5% is above zero: it is already round.
    expect(colourCeiling([0, 0, 0.05])).toBeCloseTo(0.05, 12);
    // Nothing to colour: a 1% scale, so that the legend still reads.
    expect(colourCeiling([0, 0])).toBe(0.01);
  });
});

describe('the aggregates table', () => {
  const group = (name: string, kind: GapGroup['kind']): GapGroup => ({
    name,
    kind,
    countries: 1,
    gdpUsd: 1,
    costUsd: 0,
    gapUsd: 0,
    costPctGdp: 0,
    gapPctGdp: 0,
    byFunction: {},
  });

  it('reads the world, the income groups poorest first, low-and-middle, then the regions', () => {
    const groups = [
      group('Europe', 'region'),
      group('high', 'incomeGroup'),
      group('lowAndMiddle', 'incomeGroup'),
      group('Africa', 'region'),
      group('low', 'incomeGroup'),
      group('all', 'all'),
      group('upperMiddle', 'incomeGroup'),
      group('lowerMiddle', 'incomeGroup'),
    ];
    expect(orderedGroups(groups).map((g) => g.name)).toEqual([
      'all',
      'low',
      'lowerMiddle',
      'upperMiddle',
      'high',
      'lowAndMiddle',
      'Africa',
      'Europe',
    ]);
  });
});
