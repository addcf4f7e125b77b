import type {
  Issue,
  MessageLanguage,
  SensitivityMeasure,
  SensitivityResult,
  UncertaintyResult,
} from '#engine';
import type { UncertaintyReply } from '../../workers/protocol';

/**
 * The uncertainty slice's shape and the service it runs on (features/uncertainty): kept apart from
 * stores/types.ts and the slice so both read it without importing each other.
 */

/** What an uncertainty worker was asked about: the draft in file form and its country. */
export interface UncertaintyJobBase {
  scenario: unknown;
  countryKey: string;
  country: unknown;
  lang: MessageLanguage;
}

/** A worker's answer: its value, the scenario's problems, a failure, or (Monte Carlo) cancelled. */
export type UncertaintyAnswer<T> =
  | { type: 'done'; value: T }
  | { type: 'invalid'; issues: Issue[] }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };

export interface MonteCarloJob extends UncertaintyJobBase {
  id: number;
  draws: number;
  seed: number;
  /** Draws received so far (any order). */
  onProgress: (received: number) => void;
  /** The bands of the draws received so far without a gap: repainted as they arrive. */
  onBands: (result: UncertaintyResult) => void;
}

export interface MonteCarloRun {
  done: Promise<UncertaintyAnswer<UncertaintyResult>>;
  cancel: () => void;
}

type Reply<T extends UncertaintyReply['type']> = Extract<UncertaintyReply, { type: T }>;

export interface UncertaintyRunner {
  glance(
    job: UncertaintyJobBase & { draws: number; seed: number },
  ): Promise<UncertaintyAnswer<Reply<'glance'>>>;
  sensitivity(
    job: UncertaintyJobBase & { year: number | null; measure: SensitivityMeasure },
  ): Promise<UncertaintyAnswer<Reply<'sensitivity'>>>;
  pair(
    job: UncertaintyJobBase & { result: SensitivityResult },
  ): Promise<UncertaintyAnswer<Reply<'pair'>>>;
  monteCarlo(job: Omit<MonteCarloJob, 'id'>): MonteCarloRun;
}

export type UncertaintyStatus = 'idle' | 'running' | 'done' | 'invalid' | 'failed';

/** The band and the largest swings shown beside the live summary of the benefits page. */
export interface GlanceState {
  status: UncertaintyStatus;
  sensitivity: SensitivityResult | null;
  bands: UncertaintyResult | null;
  message: string;
}

export interface TornadoState {
  status: UncertaintyStatus;
  /** null: the scenario's first year of full coverage. */
  year: number | null;
  measure: SensitivityMeasure;
  result: SensitivityResult | null;
  message: string;
}

export interface MonteCarloState {
  status: UncertaintyStatus | 'cancelled';
  /** The draft the run was for (its `draftKey`): another scenario opened since shows no bands. */
  draftKey: string;
  draws: number;
  seed: number;
  received: number;
  result: UncertaintyResult | null;
  message: string;
  issues: Issue[];
}

export interface UncertaintyState {
  glance: GlanceState;
  tornado: TornadoState;
  monteCarlo: MonteCarloState;
  pairSaving: boolean;
}

export interface UncertaintyActions {
  /** The quick band and tornado of the benefits page, for the draft as it is now. */
  glanceRequested: (lang: MessageLanguage) => Promise<void>;
  tornadoRequested: (
    lang: MessageLanguage,
    year: number | null,
    measure: SensitivityMeasure,
  ) => Promise<void>;
  monteCarloRequested: (lang: MessageLanguage, draws: number, seed: number) => Promise<void>;
  monteCarloCancelled: () => void;
  /** Sets (or, with undefined, clears) one end of an input's range in the scenario's `uncertainty`. */
  uncertaintyRangeEdited: (name: string, end: 'low' | 'high', value: number | undefined) => void;
  uncertaintyInputToggled: (name: string, enabled: boolean) => void;
  uncertaintySpreadEdited: (spread: number) => void;
  gapThresholdEdited: (threshold: number) => void;
  /** Saves the tornado's low and high ends as two new scenarios in the library. */
  scenarioPairSaved: (lang: MessageLanguage) => Promise<boolean>;
}
