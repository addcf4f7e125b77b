import type { CostingResult } from '../../../src/costing/result-types';
import type { Issue } from '../../../src/formats/issues';

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

export type WorkerResponse =
  | { type: 'result'; id: number; result: CostingResult; warnings: Issue[]; ms: number }
  | { type: 'invalid'; id: number; issues: Issue[]; warnings: Issue[] }
  | { type: 'failed'; id: number; message: string };
