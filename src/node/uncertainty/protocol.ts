import type { CountryData, DemographyDeltas, Scenario } from '#engine';

/** What a draw worker is started with (`workerData`): the run it draws from. */
export interface DrawSetup {
  /** The module the entry file loads (the worker's body), as a file URL. */
  module: string;
  scenario: Scenario;
  country: CountryData;
  seed: number;
}

/**
 * The first message to a worker, once its parent has checked the scenario: the demographic
 * variants the parent projected, so the worker does not project them again.
 */
export interface DrawStart {
  deltas: DemographyDeltas;
}

/** A slice of draws to run: draws `from .. from + count - 1`. */
export interface DrawSlice {
  from: number;
  count: number;
}

/** A worker's answer to a slice: its series (`runDraws`' layout), or why it could not run them. */
export type DrawReply =
  | { from: number; count: number; outputs: Float64Array }
  | { from: number; count: number; error: string };
