import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopDetails } from '../../src/contract/bridge';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import type { Library } from '../../src/node/library/index';
import { defaultScenarioFile, openTestLibrary } from '../helpers/library';

describe('the workshop channels', () => {
  let library: Library;
  beforeAll(() => {
    library = openTestLibrary();
  });
  afterAll(() => library.close());
  const dispatch = () =>
    createDispatcher(libraryHandlers(library, { version: '0.1.0', host: 'web' }));

  it('start a workshop, refuse saving over its baseline, and import a group file', async () => {
    const d = dispatch();
    await d('scenarios:save', { scenario: defaultScenarioFile({ name: 'Baseline' }) });
    const created = await d('workshops:create', {
      name: 'Day one',
      country: 'XTA',
      baselineId: 1,
      envelopeYear: 2030,
      groups: [
        { name: 'Group 1', envelopePctGdp: 0.05 },
        { name: 'Group 2', envelopePctGdp: 0.06 },
      ],
    });
    expect(created.ok).toBe(true);
    const w = (created as { value: WorkshopDetails }).value;
    expect(w.groupList.map((g) => g.scenarioId)).toEqual([2, 3]);
    expect(await d('workshops:list', {})).toMatchObject({
      ok: true,
      value: [{ id: w.id, name: 'Day one', groups: 2 }],
    });

    // Saving over the locked baseline is refused with the message's code; a group's copy saves.
    const refused = await d('scenarios:save', { id: 1, scenario: defaultScenarioFile() });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'bad-input', issues: [{ code: 'library.workshop.baselineLocked' }] },
    });
    expect(await d('scenarios:rename', { id: 1, name: 'x' })).toMatchObject({ ok: false });
    expect(await d('scenarios:restore', { id: 1, rev: 1 })).toMatchObject({ ok: false });
    expect(await d('scenarios:save', { id: 2, scenario: defaultScenarioFile() })).toMatchObject({
      ok: true,
      value: { id: 2, rev: 2 },
    });

    const text = JSON.stringify(defaultScenarioFile({ name: 'from laptop 2' }));
    expect(
      await d('workshops:importGroup', { id: w.id, group: 2, fileName: 'g2.json', text }),
    ).toEqual({ ok: true, value: { id: 3, rev: 2 } });
    const notJson = await d('workshops:importGroup', {
      id: w.id,
      group: 2,
      fileName: 'g2.json',
      text: '{"format": ',
    });
    expect(!notJson.ok && notJson.error.message).toContain('g2.json: not valid JSON');

    expect(await d('workshops:delete', { id: w.id })).toEqual({ ok: true, value: null });
    expect(await d('workshops:get', { id: w.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // Unlocked once the workshop is gone.
    expect(await d('scenarios:rename', { id: 1, name: 'Baseline again' })).toEqual({
      ok: true,
      value: null,
    });
  });
});
