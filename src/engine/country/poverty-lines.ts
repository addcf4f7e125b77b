import type { CountryData } from '../formats/country-schema';
import type { CodedMessage } from '../messages';
import type { RateSpec } from '../formats/rate-spec';
import type { PovertyLineId } from '../vocabulary';

/** USD a day per person at 2021 PPP of each international line. */
export const INTERNATIONAL_LINES_USD_PER_DAY: Record<Exclude<PovertyLineId, 'national'>, number> = {
  'international-3.00': 3.0,
  'international-4.20': 4.2,
  'international-8.30': 8.3,
};

/** What each line is, in the words the provenance and messages use (the app translates its own). */
export const POVERTY_LINE_LABELS: Record<PovertyLineId, string> = {
  'international-3.00': 'international poverty line, USD 3.00 a day (2021 PPP)',
  'international-4.20': 'lower-middle-income poverty line, USD 4.20 a day (2021 PPP)',
  'international-8.30': 'upper-middle-income poverty line, USD 8.30 a day (2021 PPP)',
  national: 'national poverty line',
};

/** One line as the engine reads it: its amount and its headcount, either of which may be missing. */
export interface PovertyLine {
  id: PovertyLineId;
  /** LCU per person per year at base-year prices. */
  amount?: number;
  /** Share of persons below this line, by age. */
  headcount?: RateSpec;
  /** Where the line sits in the file, for messages: "povertyLines[1]" or "povertyLine". */
  path: string;
}

/**
 * The lines of a country file. A file with `povertyLines` gives them; a file of the earlier layout
 * (one `povertyLine` amount and `rates.poverty`) is read as a single national line made of those two
 * fields, which is what the earlier schema called them.
 */
export function countryPovertyLines(country: CountryData): PovertyLine[] {
  if (country.povertyLines) {
    return country.povertyLines.map((l, i) => ({
      id: l.id,
      ...(l.amount !== undefined ? { amount: l.amount } : {}),
      ...(l.headcount !== undefined ? { headcount: l.headcount } : {}),
      path: `povertyLines[${i}]`,
    }));
  }
  const amount = country.povertyLine;
  const headcount = country.rates?.poverty;
  const ownSeries = country.macro.povertyLine !== undefined;
  if (amount === undefined && headcount === undefined && !ownSeries) return [];
  return [
    {
      id: 'national',
      ...(amount !== undefined ? { amount } : {}),
      ...(headcount !== undefined ? { headcount } : {}),
      path: 'povertyLine',
    },
  ];
}

/**
 * The line a scenario uses: the one it names, or by default the first line the country lists (the
 * builder lists the USD 3.00 line first, as it is the only one with both an amount and a headcount in
 * the public data). Undefined when the country has no line, or not the one named.
 */
export function chosenPovertyLine(
  country: CountryData,
  choice: PovertyLineId | undefined,
): PovertyLine | undefined {
  const lines = countryPovertyLines(country);
  if (choice === undefined) return lines[0];
  return lines.find((l) => l.id === choice);
}

/** Whether the chosen line has an amount: its own `amount`, or for the national line an own series. */
export function lineHasAmount(country: CountryData, line: PovertyLine): boolean {
  return line.amount !== undefined || (line.id === 'national' && !!country.macro.povertyLine);
}

/**
 * Why a benefit cannot use the scenario's poverty line for its amount or its headcount, or null when
 * it can. The message names the line and where to give what is missing.
 */
export function povertyLineProblem(
  country: CountryData,
  choice: PovertyLineId | undefined,
  need: 'amount' | 'headcount',
): CodedMessage | null {
  const lines = countryPovertyLines(country);
  const line = chosenPovertyLine(country, choice);
  const legacy = !country.povertyLines && (choice === undefined || choice === 'national');
  if (legacy && (!line || !(need === 'amount' ? lineHasAmount(country, line) : line.headcount))) {
    // The earlier layout's own fields, named as before.
    return { code: need === 'amount' ? 'costing.noPovertyLine' : 'povertyLine.legacyNoHeadcount' };
  }
  if (!line) {
    if (choice === undefined) return { code: 'povertyLine.noneGiven' };
    const have = lines.map((l) => `"${l.id}"`).join(', ') || '@term.none';
    return { code: 'povertyLine.notGiven', params: { choice, have } };
  }
  const label = `@povertyLine.${line.id}`;
  if (need === 'amount' && !lineHasAmount(country, line)) {
    const where = line.path === 'povertyLine' ? 'povertyLine' : `${line.path}.amount`;
    return { code: 'povertyLine.noAmount', params: { label, id: line.id, where } };
  }
  if (need === 'headcount' && line.headcount === undefined) {
    const where = line.path === 'povertyLine' ? 'rates.poverty' : `${line.path}.headcount`;
    return { code: 'povertyLine.noHeadcount', params: { label, id: line.id, where } };
  }
  return null;
}
