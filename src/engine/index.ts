/**
 * The engine's front door: everything the app, the command line, the Node side and the tests use
 * from the engine, and nothing else. Import it as `#engine` (package.json "imports"); a lint rule
 * forbids reaching past it into src/engine/*. The engine is pure TypeScript (no DOM, no Node): it
 * runs in a Web Worker, in the CLI and in worker threads. See docs/architecture.md.
 */

// Errors a user can act on: one small hierarchy (bad input, not found, busy, internal) and one way
// to word any of them in the user's language.
export {
  BadInputError,
  BusyError,
  ERROR_KINDS,
  InternalError,
  NotFoundError,
  SpfError,
  type ErrorKind,
} from './errors';
export { errorMessage } from './error-message';

// Reading and checking files: the scenario and country formats, their schemas, limits and problems found.
export {
  COUNTRY_FORMAT,
  countrySchema,
  rateSpecSchema,
  type CountryData,
  type CountryPovertyLine,
  type CountrySource,
  type SpendingFunction,
} from './formats/country-schema';
export {
  type CountryDemography,
  type DemographyVariant,
  type DemographyVariantFile,
} from './formats/demography-schema';
export { formatIssue, formatPath, InputError, type Issue, type ReadResult } from './formats/issues';
export { LIMITS, RANGES } from './formats/limits';
export { MAX_JSON_DEPTH, parseJsonText, pathTooDeep } from './formats/parse-json-text';
export {
  EARNINGS_BASES,
  MINIMUM_PENSION_BASES,
  type EarningsBasis,
  type MinimumPensionBasis,
  type PENSION_INDEXATIONS,
  type PensionFile,
} from './formats/pension-schema';
export { AGES, resolveRate, type AgeRate, type RateSpec } from './formats/rate-spec';
export { readCountry } from './formats/read-country';
export { financingLabel, normalizeBenefit, readScenario } from './formats/read-scenario';
export type * from './formats/scenario-model';
export {
  BASES,
  INDEXATIONS,
  SCENARIO_FORMAT,
  scenarioSchema,
  type Basis,
  type BenefitFile,
  type Indexation,
  type ScenarioFile,
} from './formats/scenario-schema';
export { unknownCountryIssue } from './formats/unknown-country';

// The country model: population by single age and sex, macro paths, poverty lines, provenance.
export { buildCountryModel, CELLS, FEMALE, MALE, type CountryModel } from './country/country-model';
export {
  chosenPovertyLine,
  countryPovertyLines,
  lineHasAmount,
  type PovertyLine,
} from './country/poverty-lines';
export { countryHasField, type ProvenanceEntry } from './country/provenance';
export {
  INCOME_GROUPS,
  incomeGroupOf,
  incomeThresholds,
  WORLD_BANK_THRESHOLDS,
  type IncomeGroup,
  type IncomeThresholds,
} from './country/income-group';

// The vocabulary: benefit kinds, country rates and prevalences, spending functions and fiscal-space
// options, each a descriptor table that the engine, the validation, the workbook and the app read.
export {
  BALANCE_ROLES,
  BENEFIT_KIND,
  BENEFIT_KINDS,
  benefitKind,
  FINANCING_OPTION,
  FINANCING_OPTIONS,
  isDomestic,
  missingRateEffect,
  optionsWhere,
  PREVALENCE,
  POVERTY_LINE_IDS,
  PREVALENCES,
  RATE_LABEL_TERMS,
  RATE_NAMES,
  SPENDING_FUNCTIONS,
  type BalanceRole,
  type BenefitKind,
  type BenefitKindDescriptor,
  type FinancingOption,
  type FinancingOptionDescriptor,
  type PovertyLineId,
  type Prevalence,
  type PrevalenceDescriptor,
  type RateName,
  type SpendingFunctionName,
} from './vocabulary';

// Ramps: coverage phase-in and financing options follow the same linear ramp.
export { rampValue } from './time/ramp';

// Costing a scenario: validation, the run, its results and their checks.
export { checkScenarioAgainstCountry } from './costing/check-scenario';
export { firstNonFiniteResult } from './costing/finite-results';
export { plausibilityWarnings } from './costing/plausibility';
export type * from './costing/result-types';
export { runScenario } from './costing/run-scenario';
export { checkScenarioOnCountry, validateScenario } from './costing/validate-scenario';

// "Why this number?": the tree of terms behind any result, each with its value, unit and source.
export {
  EXPLAIN_OPS,
  formulaInWords,
  recompute,
  type ExplainNode,
  type ExplainOp,
  type ExplainSource,
} from './explain/explain-node';
export {
  EXPLAIN_MEASURES,
  explainNumber,
  explainResult,
  type ExplainMeasure,
  type ExplainOptions,
  type ExplainQuery,
} from './explain/explain-number';

// Population projection: life tables, fertility, migration, the cohort-component step.
export {
  geometricLastGroup,
  removeNegatives,
  splitAgeGroups,
  SPRAGUE_PANELS,
  spragueSplit,
} from './demography/age-split';
export {
  intrinsicGrowthRate,
  medianAge,
  projectStep,
  stablePopulation,
  type ProjectionStep,
} from './demography/cohort-component';
export {
  countryForScenario,
  countryRates,
  DEFAULT_SEX_RATIO_AT_BIRTH,
  NO_VARIANT,
  projectCountry,
  withProjectedPopulation,
} from './demography/country-projection';
export {
  asfrFromTfr,
  fertilityPatternFromShares,
  gammaFertilityPattern,
  meanAgeOfPattern,
  totalFertility,
} from './demography/fertility-model';
export { openAgeFromLast, singleAgeMx, withOpenAgeRate } from './demography/graduate-mx';
export { geometricBetween, interpolateVectorAt } from './demography/interpolate-years';
export {
  birthSurvival,
  coaleDemenyA0,
  lifeTable,
  survivalRatios,
  survivorsAt,
  type LifeTable,
  type Sex,
} from './demography/life-table';
export { rogersCastroShares, standardMigrationProfile } from './demography/migration-profile';
export {
  fitToLifeExpectancy,
  lifeTableForSex,
  scaleRates,
  silerCumulativeHazard,
  silerRates,
  type SilerParams,
} from './demography/mortality-model';
export { orphanhoodByAge } from './demography/orphanhood-estimate';
export {
  halfYearToJanuary,
  projectPopulation,
  type YearRates,
} from './demography/project-population';
export { projectSingleAge, type SingleAgeProjection } from './demography/single-age-projection';

// Contributory pension schemes.
export { type PensionResult } from './pension/pension-result';
export { generalAveragePremium, reserveDepletionYear } from './pension/premium';
export { runPension } from './pension/run-pension';
export { projectScheme, type SchemeInputs } from './pension/scheme-projection';

// Custom benefit formulas (a sandboxed mathjs).
export { FORMULA_FUNCTIONS, FORMULA_NAMES, FORMULA_VARIABLES } from './expressions/formula-scope';
export { compileFormula, ExpressionError } from './expressions/sandbox';

// Messages: every problem as a code and parameters, rendered in English, French or Spanish.
export {
  codedIssue,
  errorHeading,
  formatIssueIn,
  interpolate,
  issueMessage,
  MESSAGE_CATALOG,
  MESSAGE_LANGUAGES,
  messageLanguageOf,
  placeholders,
  renderMessage,
  type CodedMessage,
  type MessageCode,
  type MessageLanguage,
  type MessageParams,
} from './messages';
export { limitsMessages } from './messages/catalog/limits';

// How sure the numbers are: sensitivity (tornado) and Monte Carlo bands over the uncertain inputs.
export * from './uncertainty';
export {
  MAX_UNCERTAINTY_OVERRIDES,
  uncertaintySchema,
  type UncertaintyFile,
  type UncertaintySettings,
} from './formats/uncertainty-schema';
export {
  costPackage,
  prepareRun,
  type PackageCosts,
  type PreparedRun,
} from './costing/run-scenario';

// The global financing gap: one package over every country, by the ILO's method (methodology 12).
export type { CountryGap, FunctionGap, GapGroup, GlobalGap } from './global-gap/types';
export { gapGroup, gapGroups, LOW_AND_MIDDLE } from './global-gap/aggregate';
export { countryGap, packageForYear, type GapCountryInput } from './global-gap/country-gap';
export { globalGap, type GapProgress, type GapSkip } from './global-gap/global-gap';
