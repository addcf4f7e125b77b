import type {
  CostingResult,
  Issue,
  MessageLanguage,
  PensionResult,
  ScenarioFile,
  SensitivityMeasure,
  SensitivityResult,
  UncertaintyResult,
} from '#engine';
import type { PopulationOutlook } from './population-outlook';

/** Messages between the UI thread and the engine worker. */
export interface RunRequest {
  type: 'run';
  id: number;
  /** A scenario in file form (spf.scenario/1) whose country is a code. */
  scenario: unknown;
  /** Identifies the country data; the data are sent only when the key is new to the worker. */
  countryKey: string;
  country?: unknown;
}

export type WorkerRequest = RunRequest;

/**
 * How many countries the worker keeps, read once each (the oldest sent is forgotten first). The
 * client remembers the same number, and resends a country the worker answers it does not know.
 */
export const MAX_WORKER_COUNTRIES = 8;

export type WorkerResponse =
  | {
      type: 'result';
      id: number;
      result: CostingResult;
      warnings: Issue[];
      ms: number;
      /** The pension scheme projected (methodology 6), when the scenario has one that runs. */
      pension?: PensionResult;
      /** Why the scenario's pension scheme could not be projected (paths `pension.…`). */
      pensionIssues?: Issue[];
      /** Base and variant population projections, when the country gives demographic rates. */
      population?: PopulationOutlook;
    }
  | { type: 'invalid'; id: number; issues: Issue[]; warnings: Issue[] }
  | { type: 'failed'; id: number; message: string };

/**
 * The request named a country the worker does not have (never sent, or forgotten): the client sends
 * it again with the request, and hands its callers only the answers above.
 */
export interface UnknownCountryReply {
  type: 'unknown-country';
  id: number;
  countryKey: string;
}

/** Everything the worker posts back. */
export type WorkerReply = WorkerResponse | UnknownCountryReply;

/**
 * Messages between the UI thread and the uncertainty workers (features/uncertainty): sensitivity,
 * the quick band of the benefits page, the low and high scenario pair, and Monte Carlo split in
 * slices of draws between several workers (each prepares the run once, then draws its slices).
 */
interface UncertaintyJob {
  id: number;
  /** A scenario in file form (spf.scenario/1) whose country is a code. */
  scenario: unknown;
  /** The country's data, read once per key by each worker. */
  countryKey: string;
  country: unknown;
  lang: MessageLanguage;
}

export type UncertaintyRequest =
  | (UncertaintyJob & { type: 'glance'; draws: number; seed: number })
  | (UncertaintyJob & { type: 'sensitivity'; year: number | null; measure: SensitivityMeasure })
  | (UncertaintyJob & { type: 'pair'; result: SensitivityResult })
  | (UncertaintyJob & { type: 'prepare' })
  /** Draws `from .. from + count - 1` of the run prepared as `id`. */
  | { type: 'draws'; id: number; seed: number; from: number; count: number }
  /** The bands of the draws so far (in draw order) of the run prepared as `id`. */
  | { type: 'summarise'; id: number; seed: number; outputs: Float64Array };

export type UncertaintyReply =
  | { type: 'glance'; id: number; sensitivity: SensitivityResult; bands: UncertaintyResult }
  | { type: 'sensitivity'; id: number; result: SensitivityResult }
  | { type: 'pair'; id: number; low: ScenarioFile; high: ScenarioFile }
  | { type: 'prepared'; id: number; years: number[] }
  | { type: 'draws'; id: number; from: number; count: number; outputs: Float64Array }
  | { type: 'summary'; id: number; result: UncertaintyResult }
  | { type: 'invalid'; id: number; issues: Issue[] }
  | { type: 'failed'; id: number; message: string };
