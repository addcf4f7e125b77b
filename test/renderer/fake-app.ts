import { createHash } from 'node:crypto';
import type {
  Channel,
  Draft,
  RequestOf,
  ResponseOf,
  RevisionHeadline,
  ScenarioSummary,
} from '../../src/contract/bridge';
import type { CountryDbListing } from '../../src/contract/country-db';
import { BridgeCallError, type BridgeCall } from '../../renderer/src/api/bridge-client';
import {
  createAppStore,
  type AppStore,
  type EngineRunner,
} from '../../renderer/src/stores/app-store';
import { createRunner } from '../../renderer/src/workers/run-request';
import { pageOf } from './scenario-pages';
import templates from '../../models/benefit-templates.json';
import defaultScenario from '../../models/scenarios/default.json';
import trainingCountry from '../../models/training-country/country.json';

interface FakeScenario {
  name: string;
  tags: string[];
  deleted: boolean;
  revisions: {
    savedAt: string;
    note: string;
    scenario: unknown;
    country: unknown;
    headline?: RevisionHeadline | null;
  }[];
}

/**
 * An in-memory stand-in for the privileged side: the same channels and answers as the real handlers
 * over the SQLite library, so that store and component tests need no server.
 */
export function fakeBridge() {
  const scenarios = new Map<number, FakeScenario>();
  const drafts = new Map<string, Draft>();
  /** Countries imported into the library, by code (the training country is bundled). */
  const countries = new Map<string, unknown>();
  /** The country database: its listing and each country's file, by code (empty unless a test fills it). */
  const database = {
    listing: { countries: [], unbuildable: [], sources: [] } as CountryDbListing,
    files: new Map<string, unknown>(),
  };
  const calls: Channel[] = [];
  let clock = Date.UTC(2026, 0, 1);
  const now = () => new Date((clock += 1000)).toISOString();
  const get = (id: number) => {
    const s = scenarios.get(id);
    if (!s)
      throw new BridgeCallError({ code: 'not-found', message: `scenario ${id} does not exist` });
    return s;
  };
  const summary = (id: number, s: FakeScenario): ScenarioSummary => ({
    id,
    name: s.name,
    country: (s.revisions.at(-1)!.scenario as { country: unknown }).country as string,
    revisions: s.revisions.length,
    updatedAt: s.revisions.at(-1)!.savedAt,
    tags: s.tags,
    deleted: s.deleted,
  });
  const handlers: { [C in Channel]?: (r: RequestOf<C>) => ResponseOf<C> } = {
    'models:bundled': () => ({ trainingCountry, defaultScenario, templates }),
    'scenarios:save': ({ id, scenario, country, note, headline }) => {
      const file = scenario as { name: string };
      const rev = {
        savedAt: now(),
        note: note ?? '',
        scenario,
        country: country ?? trainingCountry,
        headline: headline ?? null,
      };
      if (id === undefined) {
        const newId = scenarios.size + 1;
        scenarios.set(newId, { name: file.name, tags: [], deleted: false, revisions: [rev] });
        return { id: newId, rev: 1 };
      }
      const s = get(id);
      s.revisions.push(rev);
      s.name = file.name;
      return { id, rev: s.revisions.length };
    },
    'scenarios:list': ({ search, deleted }) =>
      [...scenarios.entries()]
        .filter(([, s]) => s.deleted === (deleted ?? false))
        .filter(([, s]) => !search || s.name.toLowerCase().includes(search.toLowerCase()))
        .map(([id, s]) => summary(id, s)),
    'scenarios:page': (q) => pageOf(handlers['scenarios:list']!(q), q),
    'scenarios:get': ({ id, rev }) => {
      const s = get(id);
      const r = rev ?? s.revisions.length;
      const revision = s.revisions[r - 1];
      if (!revision)
        throw new BridgeCallError({ code: 'not-found', message: `revision ${r} does not exist` });
      return {
        id,
        name: s.name,
        rev: r,
        revisions: s.revisions.map((x, i) => ({
          rev: i + 1,
          savedAt: x.savedAt,
          note: x.note,
          name: (x.scenario as { name: string }).name,
          headline: x.headline ?? null,
        })),
        tags: s.tags,
        notes: [],
        scenario: revision.scenario,
        country: revision.country,
        countryVersion: revision.country === trainingCountry ? 1 : null,
        // Stands in for the library's hash of the canonical country JSON: equal data, equal hash.
        countryHash: createHash('sha256').update(JSON.stringify(revision.country)).digest('hex'),
      };
    },
    'scenarios:restore': ({ id, rev }) => {
      const s = get(id);
      const from = s.revisions[rev - 1]!;
      s.revisions.push({ ...from, savedAt: now(), note: `restored from revision ${rev}` });
      return { id, rev: s.revisions.length };
    },
    'scenarios:delete': ({ id }) => {
      get(id).deleted = true;
      return null;
    },
    'scenarios:undelete': ({ id }) => {
      get(id).deleted = false;
      return null;
    },
    'drafts:save': ({ key, scenarioId, scenario, country }) => {
      const savedAt = now();
      drafts.set(key, { key, scenarioId, scenario, country, savedAt });
      return { savedAt };
    },
    'drafts:list': () => [...drafts.values()],
    'countries:list': () =>
      [['XTA', trainingCountry] as const, ...countries.entries()].map(([code, c]) => ({
        code,
        name: (c as { name: string }).name,
        versions: 1,
        latestVersion: 1,
        importedAt: '2026-01-01T00:00:00.000Z',
        bundled: code === 'XTA',
      })),
    'countries:get': ({ code }) => {
      const c = countries.get(code);
      if (!c)
        throw new BridgeCallError({ code: 'not-found', message: `"${code}" is not a country` });
      return c;
    },
    'countryDb:list': () => database.listing,
    'countryDb:import': ({ iso3 }) => {
      const code = iso3.toUpperCase();
      const file = database.files.get(code);
      if (!file)
        throw new BridgeCallError({ code: 'not-found', message: `${code} is not in the database` });
      const created = countries.get(code) !== file;
      countries.set(code, file);
      return { code, version: 1, created };
    },
    'drafts:discard': ({ key }) => {
      drafts.delete(key);
      return null;
    },
  };
  const bridge = (async (channel: Channel, request: unknown) => {
    calls.push(channel);
    await Promise.resolve();
    const h = handlers[channel] as ((r: unknown) => unknown) | undefined;
    if (!h)
      throw new BridgeCallError({
        code: 'bad-input',
        message: `"${channel}" is not available here`,
      });
    return h(request);
  }) as BridgeCall;
  return { bridge, scenarios, drafts, countries, database, calls };
}

/** The engine worker's code run in the test itself, answering at once. */
export function inlineEngine(): EngineRunner {
  const run = createRunner();
  let id = 0;
  return {
    run(scenario, countryKey, country) {
      id += 1;
      return { id, done: Promise.resolve(run({ type: 'run', id, scenario, countryKey, country })) };
    },
  };
}

/** A started store on the training country and the default package, with its fakes. */
export async function startedStore(options: { now?: () => number } = {}) {
  const fake = fakeBridge();
  const store: AppStore = createAppStore({
    bridge: fake.bridge,
    engine: inlineEngine(),
    ...(options.now ? { now: options.now } : {}),
  });
  await store.getState().started();
  await settle();
  return { store, fake };
}

/** Lets pending promises (bridge calls, engine answers) finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
