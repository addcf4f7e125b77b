/** Sensitivity and Monte Carlo over a scenario's uncertain inputs (methodology section 10). */
export {
  CORRELATED_INPUTS,
  INPUT_CORRELATION,
  UNCERTAIN_INPUT,
  resolveInputs,
  type InputUnit,
  type UncertainInput,
} from './inputs';
export {
  MAX_DRAWS,
  checkDraws,
  cholesky,
  drawInputValues,
  drawLayout,
  runDraws,
  valueAt,
  type DrawLayout,
} from './monte-carlo';
export {
  percentileOfSorted,
  percentilesInPlace,
  summariseDraws,
  uncertainty,
  type Band,
  type UncertaintyResult,
} from './bands';
export {
  SENSITIVITY_MEASURES,
  defaultSensitivityYear,
  scenarioYearIndex,
  sensitivity,
  type SensitivityEntry,
  type SensitivityMeasure,
  type SensitivityResult,
} from './sensitivity';
export type { DemographyDeltas } from './shocks';
export {
  centralValues,
  costWithValues,
  prepareShockableRun,
  type ShockableRun,
} from './shocked-run';
export { scenarioPair, type ScenarioPair } from './scenario-pair';
