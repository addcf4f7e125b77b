import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryError, type Library } from '../../../src/node/library/index';
import { runScenario } from '#engine';
import {
  defaultScenarioFile,
  openTestLibrary,
  scenarioOn,
  tempLibraryPath,
  testCountry,
  thrownLibraryError,
} from '../../helpers/library';

let library: Library;
beforeEach(() => {
  library = openTestLibrary();
});
afterEach(() => library.close());

const thrown = thrownLibraryError;

describe('saving and revisions', () => {
  it('saves a new scenario, then each save of it as the next revision', () => {
    const first = library.saveScenario(defaultScenarioFile(), { note: 'first try' });
    expect(first).toMatchObject({
      id: 1,
      rev: 1,
      country: 'XTA',
      countryVersion: 1,
      created: true,
    });
    const second = library.saveScenario(defaultScenarioFile({ years: [2025, 2040] }), {
      id: first.id,
      note: 'to 2040',
    });
    expect(second).toMatchObject({ id: 1, rev: 2, created: false });
    expect(library.history(1).map((r) => [r.rev, r.note])).toEqual([
      [1, 'first try'],
      [2, 'to 2040'],
    ]);
    expect(JSON.parse(library.getRevision(1).json)).toEqual(
      defaultScenarioFile({ years: [2025, 2040] }),
    );
    expect(JSON.parse(library.getRevision(1, 1).json)).toEqual(defaultScenarioFile());
    expect(library.listScenarios()).toEqual([
      expect.objectContaining({
        id: 1,
        name: defaultScenarioFile().name,
        country: 'XTA',
        revisions: 2,
      }),
    ]);
  });

  it('stores the JSON exactly as saved, unknown fields included, and reports their warnings', () => {
    const file = defaultScenarioFile({ colour: 'blue' });
    const r = library.saveScenario(file);
    expect(r.warnings.map((w) => w.path)).toEqual(['colour']);
    expect(JSON.parse(library.getRevision(r.id).json)).toEqual(file);
  });

  it('restores a revision as a new revision with the note "restored from revision N"', () => {
    const { id } = library.saveScenario(defaultScenarioFile());
    library.saveScenario(defaultScenarioFile({ years: [2025, 2030] }), { id });
    const r = library.restoreRevision(id, 1);
    expect(r.rev).toBe(3);
    expect(library.history(id).at(-1)?.note).toBe('restored from revision 1');
    expect(library.getRevision(id).json).toBe(library.getRevision(id, 1).json);
    expect(thrown(() => library.restoreRevision(id, 7)).message).toBe(
      'revision 7 of scenario 1 does not exist (it has 1-3)',
    );
  });

  it('names the missing scenario and revision', () => {
    const { id } = library.saveScenario(defaultScenarioFile());
    const missing = thrown(() => library.getRevision(12));
    expect(missing.code).toBe('scenario-not-found');
    expect(missing.message).toBe('scenario 12 does not exist');
    expect(thrown(() => library.getRevision(id, 2)).message).toBe(
      'revision 2 of scenario 1 does not exist (it has only revision 1)',
    );
    expect(thrown(() => library.saveScenario(defaultScenarioFile(), { id: 12 })).code).toBe(
      'scenario-not-found',
    );
  });

  it('reopens a revision ready to cost', () => {
    const { id } = library.saveScenario(defaultScenarioFile());
    const opened = library.openScenario(id);
    expect(opened.country.code).toBe('XTA');
    const result = runScenario(opened.scenario, opened.country);
    expect(result.benefits).toHaveLength(7);
  });

  it('keeps a country carried inline in the scenario, with no version', () => {
    const inline = scenarioOn('unused', { country: testCountry('INL') });
    const r = library.saveScenario(inline);
    expect(r).toMatchObject({ country: 'INL', countryVersion: null });
    const opened = library.openScenario(r.id);
    expect(opened.country.code).toBe('INL');
    expect(library.listCountries().map((c) => c.code)).toEqual(['XTA']);
  });
});

describe('rename and duplicate', () => {
  it('renames as a new revision whose JSON carries the new name', () => {
    const { id } = library.saveScenario(defaultScenarioFile());
    const r = library.renameScenario(id, '  Child benefit only  ');
    expect(r).toMatchObject({ rev: 2, name: 'Child benefit only' });
    expect((JSON.parse(library.getRevision(id).json) as { name: string }).name).toBe(
      'Child benefit only',
    );
    expect(library.history(id)[1]?.note).toBe(
      `renamed from "${defaultScenarioFile().name as string}"`,
    );
    expect(library.renameScenario(id, 'Child benefit only').rev).toBe(2); // same name: no new revision
    expect(thrown(() => library.renameScenario(id, ' ')).issues).toMatchObject([
      { path: 'name', message: 'must not be empty' },
    ]);
  });

  it('duplicates the current revision into a new scenario with its tags', () => {
    const { id } = library.saveScenario(defaultScenarioFile());
    library.addTags(id, ['workshop']);
    const copy = library.duplicateScenario(id);
    expect(copy).toMatchObject({ id: 2, rev: 1, created: true, countryVersion: 1 });
    expect(copy.name).toBe(`${defaultScenarioFile().name as string} (copy)`);
    expect(library.getScenario(copy.id).tags).toEqual(['workshop']);
    expect(library.history(copy.id)[0]?.note).toBe('duplicated from scenario 1 revision 1');
    expect(library.duplicateScenario(id, 'Variant B').name).toBe('Variant B');
  });
});

describe('saving under a new name, copies, and what each revision shows', () => {
  it('records a save under another name as a rename of the same scenario, with the old name', () => {
    const { id } = library.saveScenario(defaultScenarioFile({ name: 'central' }));
    // Renamed in the header and saved: the same scenario, revision 2, the history says from what.
    const r = library.saveScenario(defaultScenarioFile({ name: 'central, 2030' }), {
      id,
      note: 'child 50%',
    });
    expect(r).toMatchObject({ id, rev: 2, created: false, name: 'central, 2030' });
    expect(library.history(id).map((h) => [h.rev, h.name, h.note])).toEqual([
      [1, 'central', ''],
      [2, 'central, 2030', 'renamed from "central"; child 50%'],
    ]);
    // Saved again under the same name: no rename noted.
    library.saveScenario(defaultScenarioFile({ name: 'central, 2030' }), { id });
    expect(library.history(id)[2]?.note).toBe('');
  });

  it('names copies "(copy)", "(copy 2)", "(copy 3)": never two the same', () => {
    const { id } = library.saveScenario(defaultScenarioFile({ name: 'central' }));
    expect(library.duplicateScenario(id).name).toBe('central (copy)');
    expect(library.duplicateScenario(id).name).toBe('central (copy 2)');
    // A copy of a copy counts on from the original name.
    expect(library.duplicateScenario(2).name).toBe('central (copy 3)');
    expect(library.listScenarios().map((s) => s.name)).toEqual([
      'central (copy 3)',
      'central (copy 2)',
      'central (copy)',
      'central',
    ]);
  });

  it('keeps the headline cost the app saved with a revision, and none for a save without it', () => {
    const headline = { year: 2030, pctGdp: 0.0885, cost: 1_016_442e6, currency: 'TBS' };
    const { id } = library.saveScenario(defaultScenarioFile(), { headline });
    library.saveScenario(defaultScenarioFile(), { id });
    expect(library.history(id).map((h) => h.headline)).toEqual([headline, null]);
  });

  it('gives the same country hash for the same data, linked or inline, and finds the version', () => {
    library.importCountry(testCountry('KEN'));
    const linked = library.saveScenario(scenarioOn('KEN'));
    const data = library.getCountry('KEN').data;
    const doubled = { ...data, povertyLine: (data.povertyLine ?? 1) * 2 };
    const inline = library.saveScenario(scenarioOn('unused', { country: data }));
    const edited = library.saveScenario(scenarioOn('unused', { country: doubled }));
    const hash = (id: number) => library.openScenario(id).countryHash;
    expect(hash(linked.id)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(inline.id)).toBe(hash(linked.id));
    expect(hash(edited.id)).not.toBe(hash(linked.id));
    expect(library.countryVersionOf(data)).toBe(1);
    expect(library.countryVersionOf(doubled)).toBe(undefined);
  });
});

describe('recycle bin', () => {
  it('deletes to the bin, restores from it, and empties it for good', () => {
    const a = library.saveScenario(defaultScenarioFile({ name: 'A' }));
    const b = library.saveScenario(defaultScenarioFile({ name: 'B' }));
    library.createSet('both', [a.id, b.id]);
    expect(library.deleteScenario(a.id)).toBe(true);
    expect(library.deleteScenario(a.id)).toBe(false);
    expect(library.listScenarios().map((s) => s.name)).toEqual(['B']);
    expect(library.listScenarios({ deleted: true }).map((s) => s.name)).toEqual(['A']);
    expect(library.getScenario(a.id).deletedAt).not.toBeNull();
    // In the bin it can be read but not changed.
    expect(library.getRevision(a.id).rev).toBe(1);
    const inBin = thrown(() => library.saveScenario(defaultScenarioFile(), { id: a.id }));
    expect(inBin.code).toBe('in-bin');
    expect(inBin.message).toBe('scenario 1 ("A") is in the recycle bin');
    expect(library.undeleteScenario(a.id)).toBe(true);
    expect(library.undeleteScenario(a.id)).toBe(false);
    expect(library.listScenarios()).toHaveLength(2);

    library.deleteScenario(a.id);
    expect(library.emptyBin()).toBe(1);
    expect(library.emptyBin()).toBe(0);
    expect(thrown(() => library.getScenario(a.id)).code).toBe('scenario-not-found');
    expect(library.getSet('both').members.map((m) => m.id)).toEqual([b.id]);
  });
});

describe('tags, notes and search', () => {
  it("adds and removes tags (case-insensitively unique), starting from the file's own tags", () => {
    const { id } = library.saveScenario(defaultScenarioFile({ tags: ['From file'] }));
    expect(library.addTags(id, ['workshop', 'WORKSHOP', ' 2025 '])).toEqual([
      '2025',
      'From file',
      'workshop',
    ]);
    expect(library.removeTag(id, 'Workshop')).toEqual(['2025', 'From file']);
    expect(thrown(() => library.removeTag(id, 'nope')).message).toBe(
      'scenario 1 has no tag "nope" (its tags: 2025, From file)',
    );
    expect(thrown(() => library.addTags(id, [''])).issues[0]?.path).toBe('tag');
  });

  it('keeps dated notes in order', () => {
    const { id } = library.saveScenario(defaultScenarioFile());
    library.addNote(id, 'Minister asked for a 0-17 variant');
    library.addNote(id, 'Costed for the March workshop');
    expect(library.getScenario(id).notes.map((n) => n.text)).toEqual([
      'Minister asked for a 0-17 variant',
      'Costed for the March workshop',
    ]);
    expect(thrown(() => library.addNote(id, '  ')).issues[0]?.path).toBe('note');
  });

  it('finds scenarios by name, tag or country, most recently changed first', () => {
    library.importCountry(testCountry('KEN'));
    const child = library.saveScenario(defaultScenarioFile({ name: 'Child benefit 0-14' }));
    const pension = library.saveScenario(defaultScenarioFile({ name: 'Social pension 65+' }));
    const kenya = library.saveScenario(scenarioOn('KEN', { name: 'Kenya 100% child' }));
    library.addTags(pension.id, ['Pensions']);
    const names = (filter: Parameters<Library['listScenarios']>[0]) =>
      library.listScenarios(filter).map((s) => s.id);
    expect(names({})).toEqual([pension.id, kenya.id, child.id]);
    expect(names({ search: 'CHILD' })).toEqual([kenya.id, child.id]);
    expect(names({ search: 'pensions' })).toEqual([pension.id]); // a tag
    expect(names({ search: 'ken' })).toEqual([kenya.id]); // a country code
    expect(names({ search: '100%' })).toEqual([kenya.id]); // % is a character, not a wildcard
    expect(names({ search: '_' })).toEqual([]);
    expect(names({ tag: 'pensions' })).toEqual([pension.id]);
    expect(names({ country: 'ken' })).toEqual([kenya.id]);
    expect(names({ country: 'XTA', search: 'social' })).toEqual([pension.id]);
  });

  it('gives updatedAt as ISO 8601 and moves a scenario up when it changes', () => {
    const a = library.saveScenario(defaultScenarioFile({ name: 'A' }));
    library.saveScenario(defaultScenarioFile({ name: 'B' }));
    library.addNote(a.id, 'looked at again');
    const [first] = library.listScenarios();
    expect(first?.name).toBe('A');
    expect(first?.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('sets', () => {
  it('keeps named, ordered sets for comparison', () => {
    const ids = [1, 2, 3].map(
      (n) => library.saveScenario(defaultScenarioFile({ name: `V${n}` })).id,
    );
    library.createSet('Options for the minister', [ids[2]!, ids[0]!, ids[1]!]);
    library.createSet('Two', [ids[0]!, ids[1]!]);
    expect(library.getSet('options for the MINISTER').members.map((m) => m.name)).toEqual([
      'V3',
      'V1',
      'V2',
    ]);
    expect(library.listSets().map((s) => [s.name, s.scenarioIds])).toEqual([
      ['Options for the minister', [3, 1, 2]],
      ['Two', [1, 2]],
    ]);
    expect(library.getScenario(ids[0]!).sets).toEqual(['Options for the minister', 'Two']);
    expect(thrown(() => library.createSet('two', [1])).code).toBe('set-exists');
    expect(thrown(() => library.createSet('x', [1, 1])).message).toContain('given twice');
    expect(thrown(() => library.createSet('x', [1, 9])).message).toBe('scenario 9 does not exist');
    expect(library.listSets()).toHaveLength(2); // the refused set left nothing behind
    library.deleteSet('Two');
    expect(thrown(() => library.getSet('Two')).code).toBe('set-not-found');
    expect(library.listScenarios()).toHaveLength(3);
  });
});

describe('countries', () => {
  it('always has the training country, without importing it, and refuses to replace it', () => {
    expect(library.listCountries()).toEqual([
      expect.objectContaining({ code: 'XTA', version: 1, versions: 1, bundled: true }),
    ]);
    expect(library.getCountry('xta').data.code).toBe('XTA');
    const refused = thrown(() => library.importCountry(testCountry('XTA')));
    expect(refused.code).toBe('reserved-country');
    expect(refused.issues[0]?.path).toBe('code');
  });

  it('makes a new version for changed data and does nothing for the same data', () => {
    const v1 = library.importCountry(testCountry('KEN'), 'WPP 2024');
    expect(v1).toMatchObject({ code: 'KEN', version: 1, created: true });
    // Same data, other spacing and key order: not stored again.
    const shuffled = Object.fromEntries(Object.entries(testCountry('KEN')).reverse());
    expect(library.importCountry(shuffled)).toMatchObject({ version: 1, created: false });
    const v2 = library.importCountry(testCountry('ken', { povertyLine: 15000 }), 'WPP 2024 rev');
    expect(v2).toMatchObject({ code: 'KEN', version: 2, created: true });
    expect(library.countryVersions('KEN').map((v) => [v.version, v.sourceNote])).toEqual([
      [1, 'WPP 2024'],
      [2, 'WPP 2024 rev'],
    ]);
    expect(library.getCountry('KEN').data.povertyLine).toBe(15000);
    expect(library.getCountry('KEN', 1).data.povertyLine).toBe(12000);
    expect(thrown(() => library.getCountry('KEN', 3)).message).toBe(
      'country KEN has no version 3 (it has 1-2)',
    );
    expect(thrown(() => library.getCountry('ZZZ')).code).toBe('country-not-found');
    expect(library.findCountry('ZZZ')).toBeUndefined();
  });

  it('reopens a scenario with the country version it was saved with, after a newer one is imported', () => {
    library.importCountry(testCountry('KEN'));
    const saved = library.saveScenario(scenarioOn('KEN'));
    const before = library.openScenario(saved.id);
    const costBefore = runScenario(before.scenario, before.country).total.cost;
    // 2025: 30,000 children x 0.25 x 12,000 = 90,000,000 (fixtures.ts)
    expect(costBefore[0]).toBe(90_000_000);

    library.importCountry(testCountry('KEN', { povertyLine: 24000 }));
    const after = library.openScenario(saved.id);
    expect(after.revision.countryVersion).toBe(1);
    expect(runScenario(after.scenario, after.country).total.cost).toEqual(costBefore);

    // A new revision keeps the version too, unless asked for the latest or a given one.
    const kept = library.saveScenario(scenarioOn('KEN', { years: [2025, 2029] }), { id: saved.id });
    expect(kept.countryVersion).toBe(1);
    const latest = library.saveScenario(scenarioOn('KEN'), {
      id: saved.id,
      countryVersion: 'latest',
    });
    expect(latest.countryVersion).toBe(2);
    const now = library.openScenario(saved.id);
    expect(runScenario(now.scenario, now.country).total.cost[0]).toBe(180_000_000);
    const pinned = library.saveScenario(scenarioOn('KEN'), { id: saved.id, countryVersion: 1 });
    expect(pinned.countryVersion).toBe(1);
    // Restoring revision 1 brings back its country version as well.
    library.saveScenario(scenarioOn('KEN'), { id: saved.id, countryVersion: 2 });
    library.restoreRevision(saved.id, 1);
    expect(library.getRevision(saved.id).countryVersion).toBe(1);
    // A new scenario takes the latest.
    expect(library.saveScenario(scenarioOn('KEN')).countryVersion).toBe(2);
  });

  it('stores identical country data once even when reached twice', () => {
    library.importCountry(testCountry('KEN'));
    library.importCountry(testCountry('KEN'));
    library.saveScenario(scenarioOn('KEN'));
    library.saveScenario(scenarioOn('KEN'));
    expect(library.countryVersions('KEN')).toHaveLength(1);
  });

  it('registers new bundled training data as a new XTA version, keeping old scenarios on theirs', () => {
    const path = tempLibraryPath();
    const xta = defaultScenarioFile();
    const first = openTestLibrary(path);
    const saved = first.saveScenario(xta);
    first.close();
    // The next app release ships changed training data.
    const reopened = openTestLibrary(path, {
      bundled: [
        {
          code: 'XTA',
          text: JSON.stringify({ ...library.getCountry('XTA').data, povertyLine: 1 }),
          sourceNote: 'next release',
        },
      ],
    });
    expect(reopened.countryVersions('XTA').map((v) => v.version)).toEqual([1, 2]);
    expect(reopened.openScenario(saved.id).revision.countryVersion).toBe(1);
    expect(reopened.saveScenario(xta).countryVersion).toBe(2);
    reopened.close();
  });
});

describe('batch', () => {
  it('runs several saves as one transaction: all or nothing', () => {
    expect(() =>
      library.batch(() => {
        library.saveScenario(defaultScenarioFile({ name: 'kept?' }));
        library.saveScenario(defaultScenarioFile({ name: '' }));
      }),
    ).toThrow(LibraryError);
    expect(library.listScenarios()).toEqual([]);
    library.batch(() => {
      for (let n = 0; n < 3; n++) library.saveScenario(defaultScenarioFile({ name: `S${n}` }));
    });
    expect(library.listScenarios()).toHaveLength(3);
  });
});

describe('autosave drafts', () => {
  it('keeps one slot per key, replaced by each autosave, listed newest first, forgotten on discard', () => {
    const saved = library.saveScenario(defaultScenarioFile());
    library.saveDraft('a', null, { name: 'half-edited', years: 'not yet valid' }, { code: 'XTA' });
    library.saveDraft('b', saved.id, { name: 'b1' }, {});
    library.saveDraft('b', saved.id, { name: 'b2' }, {});
    const drafts = library.listDrafts();
    // 'b' was written last, so it is first; its second autosave replaced the first.
    expect(drafts.map((d) => [d.key, d.scenarioId, (d.scenario as { name: string }).name])).toEqual(
      [
        ['b', saved.id, 'b2'],
        ['a', null, 'half-edited'],
      ],
    );
    // Invalid work is kept as it was: that is when losing it would hurt most.
    expect(drafts[1]!.scenario).toEqual({ name: 'half-edited', years: 'not yet valid' });
    library.discardDraft('b');
    library.discardDraft('no-such-key');
    expect(library.listDrafts().map((d) => d.key)).toEqual(['a']);
  });

  it('keeps a draft whose scenario was emptied from the bin, detached from it', () => {
    const saved = library.saveScenario(defaultScenarioFile());
    library.saveDraft('k', saved.id, { name: 'x' }, {});
    library.deleteScenario(saved.id);
    library.emptyBin();
    expect(library.listDrafts()).toEqual([expect.objectContaining({ key: 'k', scenarioId: null })]);
  });
});
