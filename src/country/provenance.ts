import {
  englishMessage,
  type CodedMessage,
  type MessageCode,
  type MessageParams,
} from '../messages';
import type { CountryData } from '../formats/country-schema';
import type { Assumptions } from '../formats/scenario-model';
import type { CountryModel } from './country-model';

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
  ['povertyLine', 'LCU per person per year, base-year prices'],
  ['minimumWage', 'LCU per month, base year'],
  ['averageWage', 'LCU per month, base year'],
  ['rates.disability', 'fraction by age'],
  ['rates.orphanhood', 'fraction by age'],
  ['rates.poverty', 'fraction by age'],
  ['rates.pensionCoverage', 'fraction by age'],
  ['rates.laborForceParticipation', 'fraction by age'],
  ['rates.unemployment', 'fraction by age'],
  ['rates.healthCoverage', 'fraction by age'],
  ['spendingPctGdp', 'fraction of GDP'],
];

function present(country: CountryData, field: string): boolean {
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
    if (!present(country, field)) continue;
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
    const key = field.replace('macro.', '') as keyof Assumptions;
    const derive = (code: MessageCode, params?: MessageParams) => {
      entry.derivation = englishMessage(code, params);
      entry.derivationMessage = params ? { code, params } : { code };
    };
    if (field.startsWith('macro.') && assumptions[key] !== undefined) {
      derive('provenance.replacedByScenario', { baseYear: y0 });
    } else if (field === 'macro.gdp' && rebuilt) {
      derive('provenance.gdpRebuilt', { baseYear: y0 });
    } else if (field === 'macro.gdp' && model.lastYear > lastMacro) {
      derive('provenance.gdpExtended', { lastYear: lastMacro });
    } else if (field.startsWith('macro.') && model.lastYear > lastMacro) {
      derive('provenance.lastValueHeld', { lastYear: lastMacro });
    } else if (field === 'povertyLine' && !country.macro.povertyLine) {
      derive('provenance.povertyLineIndexed');
    } else if ((field === 'minimumWage' || field === 'averageWage') && !country.macro[field]) {
      derive('provenance.wageIndexed');
    }
    out.push(entry);
  }
  return out;
}
