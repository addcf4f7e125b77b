import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Library, type WorkshopInput } from '../../../src/node/library/index';
import { defaultScenarioFile, openTestLibrary, thrownLibraryError } from '../../helpers/library';

let library: Library;
let baselineId: number;
beforeEach(() => {
  library = openTestLibrary();
  baselineId = library.saveScenario(defaultScenarioFile({ name: 'Baseline' })).id;
});
afterEach(() => library.close());

const thrown = thrownLibraryError;

function input(overrides: Partial<WorkshopInput> = {}): WorkshopInput {
  return {
    name: 'Tamboria day',
    country: 'xta',
    baselineId,
    envelopeYear: 2030,
    groups: [
      { name: 'Group 1', envelopePctGdp: 0.05 },
      { name: 'Group 2', envelopePctGdp: 0.05 },
      { name: 'Group 3', envelopePctGdp: 0.04 },
    ],
    ...overrides,
  };
}

describe('starting a workshop', () => {
  it('pins the baseline and makes one tagged copy per group, named "<workshop> – <group>"', () => {
    const w = library.createWorkshop(input());
    expect(w).toMatchObject({
      name: 'Tamboria day',
      country: 'XTA',
      groups: 3,
      envelopeYear: 2030,
      baseline: { id: baselineId, rev: 1, name: 'Baseline' },
    });
    expect(w.groupList.map((g) => [g.position, g.name, g.envelopePctGdp, g.scenarioName])).toEqual([
      [1, 'Group 1', 0.05, 'Tamboria day – Group 1'],
      [2, 'Group 2', 0.05, 'Tamboria day – Group 2'],
      [3, 'Group 3', 0.04, 'Tamboria day – Group 3'],
    ]);
    // Each copy is the baseline's package under its own name, tagged with the workshop.
    const copy = library.getScenario(w.groupList[0]!.scenarioId!);
    expect(copy.tags).toContain('workshop: Tamboria day');
    const json = JSON.parse(library.getRevision(copy.id).json) as { benefits: unknown[] };
    const base = JSON.parse(library.getRevision(baselineId).json) as { benefits: unknown[] };
    expect(json.benefits).toEqual(base.benefits);
    expect(library.listWorkshops()).toEqual([
      expect.objectContaining({ id: w.id, name: 'Tamboria day', country: 'XTA', groups: 3 }),
    ]);
  });

  it('refuses bad names, counts, envelopes and years, with the place of each problem', () => {
    const e = thrown(() =>
      library.createWorkshop(
        input({
          name: ' ',
          groups: [
            { name: 'A', envelopePctGdp: 0 },
            { name: 'a', envelopePctGdp: 0.6 },
          ],
        }),
      ),
    );
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      ['name', 'library.workshop.nameLength'],
      ['groups[0].envelopePctGdp', 'library.workshop.envelope'],
      ['groups[1].name', 'library.workshop.groupTwice'],
      ['groups[1].envelopePctGdp', 'library.workshop.envelope'],
    ]);
    const thirteen = Array.from({ length: 13 }, (_, i) => ({
      name: `G${i}`,
      envelopePctGdp: 0.05,
    }));
    expect(
      thrown(() => library.createWorkshop(input({ groups: thirteen }))).issues[0],
    ).toMatchObject({
      path: 'groups',
      params: { max: 12, found: 13 },
    });
    // The default package runs 2025-2060.
    expect(
      thrown(() => library.createWorkshop(input({ envelopeYear: 2061 }))).issues[0],
    ).toMatchObject({
      path: 'envelopeYear',
      params: { first: 2025, last: 2060, found: 2061 },
    });
    expect(thrown(() => library.createWorkshop(input({ country: 'KEN' }))).issues[0]?.code).toBe(
      'library.workshop.countryMismatch',
    );
    // Nothing was made by the refused requests.
    expect(library.listWorkshops()).toEqual([]);
    expect(library.listScenarios()).toHaveLength(1);
  });

  it('refuses a second workshop of the same name', () => {
    library.createWorkshop(input());
    expect(thrown(() => library.createWorkshop(input({ name: 'TAMBORIA DAY' }))).code).toBe(
      'workshop-exists',
    );
  });
});

describe('the locked baseline', () => {
  it('is refused while a workshop holds it, and free again once the workshop is deleted', () => {
    const w = library.createWorkshop(input());
    const e = thrown(() => library.refuseLockedBaseline(baselineId));
    expect(e.code).toBe('locked');
    expect(e.issues[0]).toMatchObject({
      code: 'library.workshop.baselineLocked',
      params: { id: baselineId, name: 'Baseline', workshop: 'Tamboria day' },
    });
    // A group's copy is not locked.
    expect(() => library.refuseLockedBaseline(w.groupList[0]!.scenarioId!)).not.toThrow();
    library.deleteWorkshop(w.id);
    expect(() => library.refuseLockedBaseline(baselineId)).not.toThrow();
    // Deleting the workshop kept every scenario: the baseline and three copies.
    expect(library.listScenarios()).toHaveLength(4);
  });

  it('keeps the revision it pinned when the baseline is saved again outside the app', () => {
    const w = library.createWorkshop(input());
    // The command line is not bound by the lock; the workshop still compares with revision 1.
    library.saveScenario(defaultScenarioFile({ name: 'Baseline', years: [2025, 2040] }), {
      id: baselineId,
    });
    expect(library.getScenario(baselineId).revisions).toBe(2);
    expect(library.getWorkshop(w.id).baseline).toEqual({
      id: baselineId,
      rev: 1,
      name: 'Baseline',
    });
  });
});

describe('a group file handed back', () => {
  it('is saved as a new revision of the group scenario, under the group scenario name', () => {
    const w = library.createWorkshop(input());
    const group = w.groupList[1]!;
    const file = defaultScenarioFile({ name: 'our package', years: [2025, 2040] });
    const r = library.importGroupFile(w.id, 2, file, 'group2.spf.json');
    expect(r).toMatchObject({ id: group.scenarioId, rev: 2, created: false });
    expect(library.history(group.scenarioId!).map((h) => [h.rev, h.name, h.note])).toEqual([
      [1, 'Tamboria day – Group 2', `duplicated from scenario ${baselineId} revision 1`],
      [2, 'Tamboria day – Group 2', 'group file group2.spf.json imported'],
    ]);
    expect(library.openScenario(group.scenarioId!).scenario.years).toEqual([2025, 2040]);
  });

  it('refuses a file on another country, a bad file with located problems, and a missing group', () => {
    const w = library.createWorkshop(input());
    expect(
      thrown(() => library.importGroupFile(w.id, 1, defaultScenarioFile({ country: 'KEN' }), 'x'))
        .issues[0]?.code,
    ).toBe('library.workshop.otherCountry');
    const bad = thrown(() =>
      library.importGroupFile(w.id, 1, defaultScenarioFile({ years: 'soon' }), 'x'),
    );
    expect(bad.issues[0]?.path).toBe('years');
    expect(thrown(() => library.importGroupFile(w.id, 9, defaultScenarioFile(), 'x')).code).toBe(
      'workshop-not-found',
    );
    expect(thrown(() => library.getWorkshop(99)).code).toBe('workshop-not-found');
    // Nothing was saved by the refused files.
    expect(library.history(w.groupList[0]!.scenarioId!)).toHaveLength(1);
  });
});
