import type { CountryData, Scenario } from '#engine';

/** What a draw worker is started with (`workerData`): the run it draws from, checked once there. */
export interface DrawSetup {
  /** The module the entry file loads (the worker's body), as a file URL. */
  module: string;
  scenario: Scenario;
  country: CountryData;
  seed: number;
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
