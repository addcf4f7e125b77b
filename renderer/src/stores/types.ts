import type { StoreApi } from 'zustand/vanilla';
import type {
  ComparisonSet,
  CountrySummary,
  Draft,
  ScenarioSort,
  ScenarioSummary,
  SortDirection,
  StoredScenario,
  WorkbookFile,
  WorkshopDetails,
  WorkshopSummary,
} from '../../../src/contract/bridge';
import type { RequestOf } from '../../../src/contract/bridge';
import type { ReportData, ReportLanguage } from '../../../src/contract/report';
import type { CountryDbListing } from '../../../src/contract/country-db';
import type {
  BenefitFile,
  BenefitSpec,
  CostingResult,
  CountryData,
  ExplainNode,
  ExplainQuery,
  FinancingSpec,
  Issue,
  MessageLanguage,
  PensionResult,
} from '#engine';
import type { BridgeCall } from '../api/bridge-client';
import type { Unit } from '../lib/format';
import type { Page } from '../pages';
import type { PopulationOutlook } from '../workers/population-outlook';
import type { WorkerResponse } from '../workers/protocol';
import type { Notice } from './notices';
import type { ScenarioDraft } from './draft';
import type {
  UncertaintyActions,
  UncertaintyRunner,
  UncertaintyState,
} from './slices/uncertainty-types';
import type { WorldActions } from './slices/world-types';

/*
 * The app store's shape, one concern per slice (stores/slices/*): each slice's state and actions are
 * declared here, together, so that slices can read one another through `get()` without importing
 * one another.
 */

export interface Template {
  id: string;
  description: string;
  benefit: BenefitFile;
}

export interface RunState {
  status: 'idle' | 'running' | 'done' | 'invalid' | 'failed';
  result: CostingResult | null;
  issues: Issue[];
  warnings: Issue[];
  ms: number;
  message: string;
  /** The scenario's pension scheme projected; null when it has none or it cannot run. */
  pension?: PensionResult | null;
  /** Why the pension scheme cannot run (paths `pension.…`), while the costing can. */
  pensionIssues?: Issue[];
  /** Population projected with the country's rates and with the scenario's variant. */
  population?: PopulationOutlook | null;
}

/** Scenario lifecycle: the bundled models, new, open, import and recovery of autosaved work. */
export interface SessionState {
  ready: boolean;
  templates: Template[];
  trainingCountry: CountryData | null;
  defaultScenarioFile: unknown;
  /** Autosaved work from an earlier session that was never saved. */
  recoverable: Draft[];
}

export interface SessionActions {
  started: () => Promise<void>;
  /**
   * A new scenario from the default package, on the training country or on `code` from the library,
   * with a description of its own. Resolves once it is open (or the country could not be loaded).
   * `country`, when given, is used as it is (e.g. the version just imported from the database).
   */
  newScenarioRequested: (code?: string, country?: CountryData) => Promise<void>;
  scenarioOpened: (stored: StoredScenario) => void;
  openRequested: (id: number, rev?: number) => Promise<void>;
  scenarioImported: (text: string, fileName: string) => Promise<void>;
  windowCloseRequested: () => Promise<void>;
  draftRecovered: (key: string) => void;
  draftDiscarded: (key: string) => Promise<void>;
}

/** The scenario being edited, its country, and undo. */
export interface DraftState {
  draft: ScenarioDraft | null;
  country: CountryData | null;
  /** Changes whenever the country data change, so the worker knows when to read them again. */
  countryKey: string;
  /** The library scenario and revision the draft came from; null for a new scenario. */
  source: { id: number; rev: number } | null;
  /** The draft as last saved or opened, to tell whether there are unsaved changes. */
  savedJson: string;
  /** The country data as last saved or opened; edits make new objects, so identity tells change. */
  savedCountry: CountryData | null;
  draftKey: string;
  past: { draft: ScenarioDraft; country: CountryData }[];
  future: { draft: ScenarioDraft; country: CountryData }[];
  lastEdit: { label: string; at: number } | null;
}

export interface DraftActions {
  scenarioEdited: (label: string, recipe: (d: ScenarioDraft) => void) => void;
  benefitEdited: (id: string, label: string, recipe: (b: BenefitSpec) => void) => void;
  benefitAdded: (templateId: string) => void;
  benefitRemoved: (id: string) => void;
  financingEdited: (index: number, label: string, recipe: (f: FinancingSpec) => void) => void;
  financingAdded: (option: FinancingSpec['option']) => void;
  financingRemoved: (index: number) => void;
  countryEdited: (label: string, field: string, recipe: (c: CountryData) => void) => void;
  countryReplaced: (country: CountryData) => void;
  undoRequested: () => void;
  redoRequested: () => void;
  isDirty: () => boolean;
}

/** The engine's answer for the draft. */
export interface RunSliceState {
  run: RunState;
}

/** Saving to the library, autosave, and the desktop's file dialogs. */
export interface SaveState {
  saving: boolean;
  lastSavedAt: string | null;
}

export interface SaveActions {
  /** Saves the draft: a new revision of the scenario it came from, or a new scenario. */
  saveRequested: (note?: string) => Promise<boolean>;
  /** Saves the draft as a new scenario, leaving the one it came from as it was. */
  saveAsRequested: () => Promise<boolean>;
  autosaveRequested: () => Promise<void>;
  /** Desktop only: the native open dialog; null when the user cancels. */
  fileDialogRequested: (
    purpose: 'scenario' | 'country',
  ) => Promise<{ name: string; text: string } | null>;
  /** Desktop only: the native save dialog for a file the app made. */
  saveFileRequested: (defaultName: string, text: string) => Promise<void>;
}

/** Where the user is and how results are shown. */
export interface ViewState {
  page: Page;
  selectedBenefit: string | null;
  unit: Unit;
  year: number | null;
}

export interface ViewActions {
  pageChanged: (page: Page) => void;
  benefitSelected: (id: string | null) => void;
  unitChanged: (unit: Unit) => void;
  yearChanged: (year: number) => void;
}

/** The scenario library: the list as filtered, and every change to a stored scenario. */
export interface LibraryState {
  library: ScenarioSummary[];
  librarySearch: string;
  libraryTag: string;
  showBin: boolean;
  libraryStatus: 'idle' | 'loading' | 'error';
  /** How many scenarios match in all: `library` holds the pages read so far. */
  libraryTotal: number;
  /** The cursor of the next page; null when `library` holds every match. */
  libraryNext: string | null;
  librarySort: ScenarioSort;
  libraryDirection: SortDirection;
}

/** A scenario as the library lists it: enough to name it in a message. */
export interface Named {
  id: number;
  name: string;
}

export interface LibraryActions {
  libraryRequested: () => Promise<void>;
  librarySearched: (search: string, tag: string) => Promise<void>;
  binToggled: () => Promise<void>;
  /** Reads the next page of the list (as the user scrolls near its end); nothing when all is read. */
  libraryMoreRequested: () => Promise<void>;
  /** Reads every page left (for those who would rather not scroll to the end); stops at a failure. */
  libraryAllRequested: () => Promise<void>;
  /** Sorts the list by a column: the column already sorted by turns the other way. */
  librarySorted: (sort: ScenarioSort) => Promise<void>;
  /** One stored scenario, at its current revision or at `rev`; rejects when it cannot be read. */
  scenarioRead: (id: number, rev?: number) => Promise<StoredScenario>;
  /** The countries imported into the library; rejects when the library cannot answer. */
  countriesRequested: () => Promise<CountrySummary[]>;
  /* Each change below says how it went in a notice and resolves to whether it was made. */
  scenarioDuplicated: (s: Named) => Promise<boolean>;
  /** To the recycle bin, without a notice: the library page offers Undo instead. */
  scenarioDeleted: (s: Named) => Promise<boolean>;
  scenarioUndeleted: (s: Named) => Promise<boolean>;
  /** Resolves to how many scenarios were removed for good (0 when it failed). */
  binEmptied: () => Promise<number>;
  /** Renames in the library, and carries the name to the scenario if it is open in the editor. */
  scenarioRenamed: (s: Named, name: string) => Promise<boolean>;
  /** Makes revision `rev` the current one again (saved as revision `next`). */
  revisionRestored: (id: number, rev: number, next: number) => Promise<boolean>;
  tagsAdded: (id: number, tags: string[]) => Promise<boolean>;
  tagRemoved: (id: number, tag: string) => Promise<boolean>;
  noteAdded: (id: number, text: string) => Promise<boolean>;
}

export interface ComparedScenario {
  id: number;
  name: string;
  stored: StoredScenario;
  result: CostingResult | null;
  issues: Issue[];
  message: string;
}

/** Two to four saved scenarios costed side by side, and the named sets of them. */
export interface CompareState {
  compareIds: number[];
  /** Each scenario compared: its result, or why it could not be costed. */
  compared: ComparedScenario[];
  comparing: boolean;
  /** The saved comparison sets; empty until asked for, or when they cannot be read. */
  sets: ComparisonSet[];
}

export interface CompareActions {
  compareChanged: (ids: number[]) => Promise<void>;
  /** Every saved scenario outside the recycle bin, whatever the library page filters by. */
  compareListRequested: () => Promise<ScenarioSummary[]>;
  setsRequested: () => Promise<void>;
  setSaved: (name: string, ids: number[]) => Promise<boolean>;
  setDeleted: (name: string) => Promise<boolean>;
}

/** A workshop's packages costed: the baseline at its pinned revision and each group's current one. */
export interface CostedWorkshop {
  /** Null when the baseline could not be read (a notice says why). */
  baseline: ComparedScenario | null;
  /** In the order of the groups; null where a group's scenario could not be read. */
  groups: (ComparedScenario | null)[];
}

/** Workshop mode: the facilitator's workshops in the library, and their packages costed. */
export interface WorkshopActions {
  /** Reject with the bridge's error, for the page to show where it asked. */
  workshopsListed: () => Promise<WorkshopSummary[]>;
  workshopRead: (id: number) => Promise<WorkshopDetails>;
  workshopCreated: (input: RequestOf<'workshops:create'>) => Promise<WorkshopDetails>;
  groupFileImported: (
    id: number,
    group: number,
    fileName: string,
    text: string,
  ) => Promise<{ id: number; rev: number }>;
  /** Says how it went in a notice; resolves to whether it was deleted. */
  workshopDeleted: (id: number) => Promise<boolean>;
  workshopCosted: (workshop: WorkshopDetails) => Promise<CostedWorkshop>;
}

/** A country file brought into the library (the page reads and checks it before). */
export interface CountryActions {
  /** Keeps a copy of a country file in the library; rejects when the library refuses it. */
  countryStored: (fileName: string, text: string) => Promise<void>;
  /** Desktop only: the native open dialog for a country file; null when the user cancels. */
  countryFileChosen: () => Promise<{ name: string; text: string } | null>;
  /** The country database shipped with the app: its entries, sources and what it lacks. */
  countryDbListed: () => Promise<CountryDbListing>;
  /**
   * Imports a database country into the library (stored once: a second import changes nothing)
   * and reads it back from there, checked; rejects when either step fails.
   */
  countryDbImported: (iso3: string) => Promise<CountryData>;
}

/** The exports the privileged side makes: each rejects with the bridge's error when it fails. */
export interface ExportActions {
  /** The Excel workbook (live formulas) of a scenario file on a country, in `lang`. */
  workbookMade: (
    scenario: unknown,
    country: CountryData,
    lang: ReportLanguage,
  ) => Promise<WorkbookFile>;
  /** One table as an Excel file (header and rows; numbers stay numbers). */
  tableWorkbookMade: (table: RequestOf<'export:tableXlsx'>) => Promise<WorkbookFile>;
  /** Desktop only: saves bytes the app made with the native dialog; the path, or null if cancelled. */
  binarySaved: (defaultName: string, base64: string) => Promise<string | null>;
  /** Desktop only: prints the report page to PDF and saves it; the path, or null if cancelled. */
  pdfPrinted: (data: ReportData) => Promise<string | null>;
}

/** "Why this number?": the tree behind the number last clicked, or why it cannot be explained. */
export interface ExplainState {
  explained: { query: ExplainQuery; tree: ExplainNode | null; issues: Issue[] } | null;
}

export interface ExplainActions {
  /** Opens the panel on a number of the draft's costing, in the user's language. */
  explainRequested: (query: ExplainQuery, lang: MessageLanguage) => void;
  explainClosed: () => void;
}

export interface NoticeState {
  notice: Notice | null;
}

export interface NoticeActions {
  noticeShown: (notice: Notice | null) => void;
}

export interface AppState
  extends
    SessionState,
    DraftState,
    RunSliceState,
    SaveState,
    ViewState,
    LibraryState,
    CompareState,
    NoticeState,
    ExplainState,
    UncertaintyState {}

export interface AppActions
  extends
    SessionActions,
    DraftActions,
    SaveActions,
    ViewActions,
    LibraryActions,
    CompareActions,
    CountryActions,
    ExportActions,
    NoticeActions,
    ExplainActions,
    UncertaintyActions,
    WorkshopActions,
    WorldActions {}

export type AppStore = StoreApi<AppState & AppActions>;

export interface EngineRunner {
  run(
    scenario: unknown,
    countryKey: string,
    country: unknown,
  ): { id: number; done: Promise<WorkerResponse> };
}

export interface AppDeps {
  bridge: BridgeCall;
  engine: EngineRunner;
  /** Sensitivity and Monte Carlo workers; without them the uncertainty actions do nothing. */
  uncertainty?: UncertaintyRunner;
  now?: () => number;
}

/** What every slice is made with: the store's set and get, the app's services, the clock. */
export interface SliceContext {
  set: AppStore['setState'];
  get: () => AppState & AppActions;
  deps: AppDeps;
  now: () => number;
  /** The newest costing sent to the engine, and when it settles (a save waits for it). */
  runs: { latest: number; settled: Promise<void> };
}
