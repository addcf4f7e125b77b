/** The public engine API: pure TypeScript, shared by the app's worker, the command line and the tests. */
export { readCountry } from './formats/read-country';
export { readScenario, normalizeBenefit, financingLabel } from './formats/read-scenario';
export { runScenario } from './costing/run-scenario';
export { checkScenarioAgainstCountry } from './costing/check-scenario';
export { buildCountryModel } from './country/country-model';
export { InputError, formatIssue, type Issue, type ReadResult } from './formats/issues';
export { COUNTRY_FORMAT, countrySchema, type CountryData } from './formats/country-schema';
export { SCENARIO_FORMAT, scenarioSchema } from './formats/scenario-schema';
export type * from './formats/scenario-model';
export type * from './costing/result-types';
export { KIND_DEFAULTS } from './benefits/kinds';
export { FORMULA_VARIABLES, FORMULA_FUNCTIONS } from './expressions/formula-scope';
