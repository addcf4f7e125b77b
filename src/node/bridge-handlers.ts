import { readFileSync } from 'node:fs';
import type { AppInfo, RevisionInfo, ScenarioSummary, StoredScenario } from '../contract/bridge';
import { InputError, parseJsonText, readCountry } from '#engine';
import {
  BENEFIT_TEMPLATES_FILE,
  DEFAULT_SCENARIO_FILE,
  TRAINING_COUNTRY_FILE,
} from './bundled-models';
import type { Handlers } from './bridge-dispatch';
import { countryDbHandlers } from './country-db/country-db-handlers';
import { gapHandlers } from './global-gap/gap-handlers';
import type { Library } from './library/index';

function readModel(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/**
 * What the privileged side answers, over the scenario library: the same for the desktop app and the
 * browser build. Each handler is a thin call into the library; the contract has checked the request.
 */
export function libraryHandlers(library: Library, info: Omit<AppInfo, 'databasePath'>): Handlers {
  let bundled: ReturnType<typeof loadBundled> | undefined;
  function loadBundled() {
    return {
      trainingCountry: readModel(TRAINING_COUNTRY_FILE),
      defaultScenario: readModel(DEFAULT_SCENARIO_FILE),
      templates: readModel(BENEFIT_TEMPLATES_FILE),
    };
  }
  const revision = (r: ReturnType<Library['history']>[number]): RevisionInfo => ({
    rev: r.rev,
    savedAt: r.savedAt,
    note: r.note,
    name: r.name,
    headline: r.headline,
  });
  const stored = (id: number, rev?: number): StoredScenario => {
    const opened = library.openScenario(id, rev);
    const details = library.getScenario(id);
    return {
      id,
      name: details.name,
      rev: opened.revision.rev,
      revisions: library.history(id).map(revision),
      tags: details.tags,
      notes: details.notes,
      scenario: JSON.parse(opened.revision.json) as unknown,
      country: opened.country,
      countryVersion: opened.revision.countryVersion,
      countryHash: opened.countryHash,
    };
  };
  /**
   * The scenario to store with the country data it was costed on. Data that are exactly a library
   * version (a scenario made on an imported country and never edited) link that version; only data
   * the user edited travel inline with the scenario, so it reopens with them.
   */
  const withCountry = (
    scenario: unknown,
    country: unknown,
  ): { input: unknown; countryVersion?: number } => {
    if (country === undefined || scenario === null || typeof scenario !== 'object') {
      return { input: scenario };
    }
    const read = readCountry(country);
    const version = read.ok ? library.countryVersionOf(read.value) : undefined;
    if (read.ok && version !== undefined) {
      return {
        input: { ...(scenario as Record<string, unknown>), country: read.value.code },
        countryVersion: version,
      };
    }
    return { input: { ...(scenario as Record<string, unknown>), country } };
  };
  const summary = (s: ReturnType<Library['listScenarios']>[number]): ScenarioSummary => ({
    id: s.id,
    name: s.name,
    country: s.country,
    revisions: s.revisions,
    updatedAt: s.updatedAt,
    tags: s.tags,
    deleted: s.deletedAt !== null,
  });

  return {
    'app:info': () => ({ ...info, databasePath: library.path }),
    'models:bundled': () => (bundled ??= loadBundled()),
    'scenarios:list': (filter) => library.listScenarios(filter).map(summary),
    'scenarios:page': (query) => {
      const page = library.listScenarioPage(query);
      return { ...page, rows: page.rows.map(summary) };
    },
    'scenarios:get': ({ id, rev }) => stored(id, rev),
    'scenarios:save': ({ id, scenario, country, note, headline }) => {
      const { input, countryVersion } = withCountry(scenario, country);
      const r = library.saveScenario(input, {
        ...(id === undefined ? {} : { id }),
        ...(note === undefined ? {} : { note }),
        ...(headline === undefined ? {} : { headline }),
        ...(countryVersion === undefined ? {} : { countryVersion }),
      });
      return { id: r.id, rev: r.rev };
    },
    'scenarios:history': ({ id }) => library.history(id).map(revision),
    'scenarios:restore': ({ id, rev }) => {
      const r = library.restoreRevision(id, rev);
      return { id: r.id, rev: r.rev };
    },
    'scenarios:rename': ({ id, name }) => {
      library.renameScenario(id, name);
      return null;
    },
    'scenarios:duplicate': ({ id, name }) => ({ id: library.duplicateScenario(id, name).id }),
    'scenarios:delete': ({ id }) => {
      library.deleteScenario(id);
      return null;
    },
    'scenarios:undelete': ({ id }) => {
      library.undeleteScenario(id);
      return null;
    },
    'scenarios:emptyBin': () => ({ removed: library.emptyBin() }),
    'scenarios:addTags': ({ id, tags }) => library.addTags(id, tags),
    'scenarios:removeTag': ({ id, tag }) => library.removeTag(id, tag),
    'scenarios:addNote': ({ id, text }) => library.addNote(id, text),
    'drafts:save': ({ key, scenarioId, scenario, country }) => ({
      savedAt: library.saveDraft(key, scenarioId, scenario, country),
    }),
    'drafts:list': () => library.listDrafts(),
    'drafts:discard': ({ key }) => {
      library.discardDraft(key);
      return null;
    },
    'countries:list': () =>
      library.listCountries().map((c) => ({
        code: c.code,
        name: c.name,
        versions: c.versions,
        latestVersion: c.version,
        importedAt: c.importedAt,
        bundled: c.bundled,
      })),
    'countries:get': ({ code, version }) => library.getCountry(code, version).data,
    'countries:import': ({ fileName, text }) => {
      if (!fileName.toLowerCase().endsWith('.json')) {
        throw new InputError(
          [{ path: '', message: 'country data must be a spf.country/1 JSON file here' }],
          fileName,
        );
      }
      const r = library.importCountry(parseJsonText(text, fileName), `imported from ${fileName}`);
      return { code: r.code, version: r.version, created: r.created };
    },
    ...countryDbHandlers(library),
    ...gapHandlers(),
    'sets:list': () => library.listSets().map((s) => ({ name: s.name, ids: s.scenarioIds })),
    'sets:save': ({ name, ids }) => {
      if (library.listSets().some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        library.deleteSet(name);
      }
      library.createSet(name, ids);
      return null;
    },
    'sets:delete': ({ name }) => {
      library.deleteSet(name);
      return null;
    },
  };
}
