import {
  englishMessage,
  type CodedMessage,
  type MessageCode,
  type MessageParams,
} from '../messages';
import type { CountryData } from '../formats/country-schema';
import type { Assumptions } from '../formats/scenario-model';
import type { CountryModel } from './country-model';
import { chosenPovertyLine, countryPovertyLines, type PovertyLine } from './poverty-lines';

/** Where one input comes from and how the engine extended or replaced it. */
export interface ProvenanceEntry {
  field: string;
  unit: string;
  source: string;
  edition?: string;
  note?: string;
  assumption: boolean;
  userChanged: boolean;
  /** How values past the data, or replaced by the scenario, were made (in English). */
  derivation?: string;
  /** The same, as a coded message to render in the user's language (src/messages). */
  derivationMessage?: CodedMessage;
}

const FIELDS: [string, string][] = [
  ['population', 'persons by single age and sex'],
  ['births', 'live births per year'],
  ['macro.gdp', 'LCU per year, nominal'],
  ['macro.realGrowth', 'fraction per year'],
  ['macro.inflation', 'fraction per year'],
  ['macro.revenuePctGdp', 'fraction of GDP'],
  ['macro.expenditurePctGdp', 'fraction of GDP'],
  ['macro.fxPerUsd', 'LCU per USD'],
  ['macro.povertyLine', 'LCU per person per year'],
  ['minimumWage', 'LCU per month, base year'],
  ['averageWage', 'LCU per month, base year'],
  ['rates.disability', 'fraction by age'],
  ['rates.orphanhood', 'fraction by age'],
  ['rates.pensionCoverage', 'fraction by age'],
  ['rates.laborForceParticipation', 'fraction by age'],
  ['rates.unemployment', 'fraction by age'],
  ['rates.healthCoverage', 'fraction by age'],
  ['spendingPctGdp', 'fraction of GDP'],
];

/** Whether the country file gives a field, named by its dotted path ("rates.poverty"). */
export function countryHasField(country: CountryData, field: string): boolean {
  let node: unknown = country;
  for (const part of field.split('.')) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}

/** The source listed for a field, or for the nearest enclosing field ("macro" covers "macro.gdp"). */
function sourceFor(country: CountryData, field: string) {
  const sources = country.sources ?? [];
  let best: (typeof sources)[number] | undefined;
  for (const s of sources) {
    if (field === s.field || field.startsWith(`${s.field}.`)) {
      if (!best || s.field.length > best.field.length) best = s;
    }
  }
  return best;
}

/** An input's entry with what the country file says of its source; the derivation is added after. */
function sourcedEntry(country: CountryData, field: string, unit: string): ProvenanceEntry {
  const s = sourceFor(country, field);
  const entry: ProvenanceEntry = {
    field,
    unit,
    source: s?.source ?? 'not stated in the country file',
    assumption: s?.assumption ?? false,
    userChanged: s?.userChanged ?? false,
  };
  if (s?.edition !== undefined) entry.edition = s.edition;
  if (s?.note !== undefined) entry.note = s.note;
  return entry;
}

/**
 * A provenance record for every input the costing can use: its source as the file states it, whether
 * it is a default or was changed by a user, and how the engine extended it past the data.
 */
export function provenance(
  country: CountryData,
  model: CountryModel,
  assumptions: Assumptions,
): ProvenanceEntry[] {
  const out: ProvenanceEntry[] = [];
  const lastMacro = country.macro.years[country.macro.years.length - 1]!;
  const y0 = country.baseYear;
  const rebuilt = assumptions.realGrowth !== undefined || assumptions.inflation !== undefined;
  for (const [field, unit] of FIELDS) {
    if (!countryHasField(country, field)) continue;
    const entry = sourcedEntry(country, field, unit);
    const key = field.replace('macro.', '') as keyof Assumptions;
    const derive = (code: MessageCode, params?: MessageParams) => {
      entry.derivation = englishMessage(code, params);
      entry.derivationMessage = params ? { code, params } : { code };
    };
    // assumptions.povertyLine names a line, it does not replace the national line's own series.
    if (field.startsWith('macro.') && key !== 'povertyLine' && assumptions[key] !== undefined) {
      derive('provenance.replacedByScenario', { baseYear: y0 });
    } else if (field === 'macro.gdp' && rebuilt) {
      derive('provenance.gdpRebuilt', { baseYear: y0 });
    } else if (field === 'macro.gdp' && model.lastYear > lastMacro) {
      const longRunGdp =
        country.longRun?.realGrowth !== undefined || country.longRun?.inflation !== undefined;
      derive(longRunGdp ? 'provenance.gdpExtendedLongRun' : 'provenance.gdpExtended', {
        lastYear: lastMacro,
      });
    } else if (field === 'macro.fxPerUsd' && model.lastYear > lastMacro) {
      if (model.usdInflation === null) derive('provenance.fxHeld', { lastYear: lastMacro });
      else {
        derive('provenance.fxRelativeInflation', {
          lastYear: lastMacro,
          usdInflation: percent(model.usdInflation),
        });
      }
    } else if (field === 'macro.povertyLine') {
      derive('provenance.nationalLineSeries', { lastYear: lastMacro });
    } else if (
      field.startsWith('macro.') &&
      longRunOf(country, key) !== undefined &&
      model.lastYear > lastMacro
    ) {
      derive('provenance.longRunAssumption', {
        lastYear: lastMacro,
        value: percent(longRunOf(country, key)!),
        key,
      });
    } else if (field.startsWith('macro.') && model.lastYear > lastMacro) {
      derive('provenance.lastValueHeld', { lastYear: lastMacro });
    } else if ((field === 'minimumWage' || field === 'averageWage') && !country.macro[field]) {
      derive('provenance.wageIndexed');
    }
    out.push(entry);
  }
  out.push(...povertyEntries(country, assumptions));
  return out;
}

function percent(x: number): string {
  return `${Number((100 * x).toPrecision(10))}%`;
}

function longRunOf(country: CountryData, key: string): number | undefined {
  const longRun = country.longRun as Record<string, number | undefined> | undefined;
  return longRun?.[key];
}

/** Where a line's amount and headcount sit in the file, and so which source entry describes them. */
function lineFields(line: PovertyLine): { amount: string; headcount: string } {
  return line.path === 'povertyLine'
    ? { amount: 'povertyLine', headcount: 'rates.poverty' }
    : { amount: `povertyLines.${line.id}.amount`, headcount: `povertyLines.${line.id}.headcount` };
}

/**
 * One entry for the amount and one for the headcount of every poverty line the country gives; the
 * line the scenario uses says so, and that its amount and headcount are used together.
 */
function povertyEntries(country: CountryData, assumptions: Assumptions): ProvenanceEntry[] {
  const used = chosenPovertyLine(country, assumptions.povertyLine);
  const how =
    assumptions.povertyLine !== undefined
      ? '@provenance.lineChosenByScenario'
      : '@provenance.lineFirstByDefault';
  const out: ProvenanceEntry[] = [];
  for (const line of countryPovertyLines(country)) {
    const fields = lineFields(line);
    const inUse = used?.id === line.id;
    const parts: [string, string, boolean][] = [
      [fields.amount, 'LCU per person per year, base-year prices', line.amount !== undefined],
      [fields.headcount, 'fraction by age', line.headcount !== undefined],
    ];
    for (const [field, unit, given] of parts) {
      if (!given) continue;
      const isAmount = field === fields.amount;
      const code: MessageCode = inUse
        ? isAmount
          ? 'provenance.povertyAmountInUse'
          : 'provenance.povertyHeadcountInUse'
        : isAmount
          ? 'provenance.povertyAmountUnused'
          : 'provenance.povertyHeadcountUnused';
      const params = { label: `@povertyLine.${line.id}`, id: line.id, how };
      const entry = sourcedEntry(country, field, unit);
      entry.derivation = englishMessage(code, params);
      entry.derivationMessage = { code, params };
      out.push(entry);
    }
  }
  return out;
}
