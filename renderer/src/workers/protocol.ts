import type { CostingResult, Issue, PensionResult } from '#engine';
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
