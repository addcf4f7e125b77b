import { describe, expect, it } from 'vitest';
import {
  readCountry,
  readScenario,
  runScenario,
  uncertainty,
  type CountryData,
  type Scenario,
  type UncertaintyResult,
} from '#engine';
import {
  drawWorkerCount,
  SLICE_DRAWS,
} from '../../renderer/src/features/uncertainty/uncertainty-client';
import defaultScenario from '../../models/scenarios/default.json';
import trainingCountry from '../../models/training-country/country.json';
import { inlineUncertainty } from './uncertainty-fakes';

const job = {
  scenario: defaultScenario,
  countryKey: 'XTA',
  country: trainingCountry,
  lang: 'en' as const,
};

function engineInputs(): { s: Scenario; c: CountryData } {
  const c = readCountry(trainingCountry);
  const s = readScenario(defaultScenario);
  if (!c.ok || !s.ok) throw new Error('the bundled models do not read');
  return { s: s.value, c: c.value };
}

describe('the uncertainty client', () => {
  it('draws on one worker per core, at most four, two when the browser does not say', () => {
    expect(drawWorkerCount(8)).toBe(4);
    expect(drawWorkerCount(3)).toBe(3);
    expect(drawWorkerCount(1)).toBe(1);
    expect(drawWorkerCount(undefined)).toBe(2);
  });

  it('splits the draws between workers in slices and gives the bands of one thread, exactly', async () => {
    const { client, workers } = inlineUncertainty(3);
    const progress: number[] = [];
    const painted: number[] = [];
    // 600 draws in slices of 250: 250 + 250 + 100, one slice to each of the three workers.
    const run = client.monteCarlo({
      ...job,
      lang: 'en',
      draws: 600,
      seed: 7,
      onProgress: (n) => progress.push(n),
      onBands: (r) => painted.push(r.draws),
    });
    const done = await run.done;
    expect(SLICE_DRAWS).toBe(250);
    expect(workers).toHaveLength(3);
    expect(workers.map((w) => w.received.filter((t) => t === 'draws').length)).toEqual([1, 1, 1]);
    expect(progress.at(-1)).toBe(600);
    // Repainted as the slices arrived, never with fewer draws than before, and last with all 600.
    expect(painted).toEqual([...painted].sort((a, b) => a - b));
    expect(painted.at(-1)).toBe(600);
    expect(done.type).toBe('done');
    const { s, c } = engineInputs();
    const single = uncertainty(s, c, { draws: 600, seed: 7 });
    expect((done as { value: UncertaintyResult }).value).toEqual(single);
    // The run is over: its workers are ended.
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('stops on Cancel: the run ends as cancelled and every worker is terminated', async () => {
    const { client, workers } = inlineUncertainty(2);
    let cancel = () => undefined as void;
    const run = client.monteCarlo({
      ...job,
      lang: 'en',
      draws: 20_000,
      seed: 1,
      onProgress: () => cancel(),
      onBands: () => undefined,
    });
    cancel = run.cancel;
    expect(await run.done).toEqual({ type: 'cancelled' });
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('answers the quick band: the tornado base is the costing of the tornado year', async () => {
    const { client } = inlineUncertainty();
    const a = await client.glance({ ...job, lang: 'en', draws: 50, seed: 1 });
    if (a.type !== 'done') throw new Error(a.type);
    const { s, c } = engineInputs();
    const costed = runScenario(s, c);
    // The first year of full coverage of the default package is 2030: 8.85% of GDP.
    expect(a.value.sensitivity.year).toBe(2030);
    expect(a.value.sensitivity.base).toBe(costed.total.pctGdp[costed.years.indexOf(2030)]);
    expect(a.value.sensitivity.base).toBeCloseTo(0.0885, 4);
    expect(a.value.bands.draws).toBe(50);
  });

  it('reports a scenario that cannot run as its problems, not as a failure', async () => {
    const { client } = inlineUncertainty();
    const bad = { ...defaultScenario, years: [2025, 2400] };
    const a = await client.sensitivity({
      ...job,
      scenario: bad,
      year: null,
      measure: 'total.pctGdp',
    });
    expect(a.type).toBe('invalid');
  });
});
