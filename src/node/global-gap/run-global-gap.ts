/**
 * `spf gap --all` and the bridge's `gap:all` on the Node side: the package (the bundled ILO package
 * or one given), every country of the shipped database, and the engine's global gap over them
 * (methodology section 12).
 */
import { readFileSync } from 'node:fs';
import {
  globalGap,
  InputError,
  readScenario,
  type GapCountryInput,
  type GapProgress,
  type GlobalGap,
  type PovertyLineId,
  type Scenario,
} from '#engine';
import { MODELS_DIR } from '../bundled-models';
import { readJsonFile } from '../read-json-file';
import {
  loadCountryDatabase,
  countryFromDatabase,
  type CountryDatabase,
} from '../country-db/database-file';

/** The ILO's package: five income guarantees and essential health care (models/scenarios). */
export const ILO_GAP_PACKAGE_FILE = `${MODELS_DIR}scenarios/ilo-global-gap.json`;

/**
 * The year costed when none is given: 2025 is the base year of 166 of the 172 countries of the
 * shipped database (the IMF's October 2024 WEO has estimates or projections for it everywhere), so
 * almost every country is costed on its own first year, without a projection.
 */
export const DEFAULT_GAP_YEAR = 2025;

/** A scenario object (a spf.scenario/1 file's content) as a package; `source` names it in errors. */
export function gapPackage(value: unknown, source?: string): Scenario {
  const r = readScenario(value);
  if (!r.ok) throw new InputError(r.issues, source);
  return r.value;
}

/** The bundled ILO package; a broken bundled file is a bug. */
export function iloGapPackage(): Scenario {
  return gapPackage(JSON.parse(readFileSync(ILO_GAP_PACKAGE_FILE, 'utf8')), ILO_GAP_PACKAGE_FILE);
}

/** A package file given by the user (`--package FILE`): its problems name the file. */
export function gapPackageFile(file: string): Scenario {
  return gapPackage(readJsonFile(file), file);
}

/**
 * Each database's countries read and checked once: checking 172 country files takes about 1 s, the
 * costing of all of them about 60 ms, so a second package or year is answered at once (16 MB kept).
 */
const checkedCountries = new WeakMap<CountryDatabase, GapCountryInput[]>();

function allCountries(db: CountryDatabase): GapCountryInput[] {
  let inputs = checkedCountries.get(db);
  if (!inputs) {
    inputs = db.countries.map((c) => ({
      iso3: c.entry.iso3,
      name: c.entry.names.en,
      region: c.entry.region,
      country: countryFromDatabase(c.entry.iso3, db),
    }));
    checkedCountries.set(db, inputs);
  }
  return inputs;
}

/** The database's countries, in its order (by ISO3), optionally only `iso3` codes. */
export function gapCountries(db: CountryDatabase, iso3?: readonly string[]): GapCountryInput[] {
  const wanted = iso3 ? new Set(iso3.map((c) => c.trim().toUpperCase())) : undefined;
  return allCountries(db).filter((c) => !wanted || wanted.has(c.iso3));
}

export interface GlobalGapOptions {
  /** Default DEFAULT_GAP_YEAR. */
  year?: number;
  /** The package; default the bundled ILO package. Its `country` is ignored. */
  scenario?: Scenario;
  /** Only these countries of the database (ISO3); default all. */
  iso3?: readonly string[];
  /** The poverty line the package's poverty-line amounts and targeting use in every country. */
  povertyLine?: PovertyLineId;
  onProgress?: GapProgress;
  /** Default: the shipped database. */
  database?: CountryDatabase;
}

/** The package's global gap over the database's countries. */
export function runGlobalGap(options: GlobalGapOptions = {}): GlobalGap {
  const base = options.scenario ?? iloGapPackage();
  const scenario: Scenario = options.povertyLine
    ? { ...base, assumptions: { ...base.assumptions, povertyLine: options.povertyLine } }
    : base;
  const db = options.database ?? loadCountryDatabase();
  const year = options.year ?? DEFAULT_GAP_YEAR;
  return globalGap(scenario, gapCountries(db, options.iso3), year, options.onProgress);
}
