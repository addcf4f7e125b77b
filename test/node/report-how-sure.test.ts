/**
 * The report's "How sure are these numbers?" part: what reportHowSure gives, the note instead of a
 * failure, the contract's check of the part, and the PDF host filling it in from the scenario file.
 */
import { describe, expect, it } from 'vitest';
import { readCountry, readScenario, runScenario, type Scenario } from '#engine';
import {
  hasHowSure,
  parseReportData,
  reportHowSure,
  type ReportData,
} from '../../src/contract/report';
import { reportData } from '../../src/node/report/pdf';
import defaultScenario from '../../models/scenarios/default.json';
import trainingCountry from '../../models/training-country/country.json';

function models() {
  const country = readCountry(trainingCountry);
  const scenario = readScenario(defaultScenario);
  if (!country.ok || !scenario.ok) throw new Error('bundled models do not read');
  return { scenario: scenario.value, country: country.value };
}

/** The default scenario with one uncertain input the engine does not know. */
function unknownInput(scenario: Scenario): Scenario {
  return {
    ...scenario,
    uncertainty: { spread: 1, gapThreshold: 0, inputs: { nonsense: { enabled: true } } },
  };
}

describe('reportHowSure', () => {
  it('gives the tornado of the first full year on total cost as % of GDP, and 1,000 draws with seed 1', () => {
    const { scenario, country } = models();
    const part = reportHowSure(scenario, country);
    if (!hasHowSure(part)) throw new Error(part.note);
    expect(part.sensitivity.year).toBe(2030);
    expect(part.sensitivity.measure).toBe('total.pctGdp');
    // The base is the costing's own 8.8542% of GDP in 2030 (2030 - 2025 = index 5).
    const result = runScenario(scenario, country);
    expect(part.sensitivity.base).toBe(result.total.pctGdp[5]);
    expect(part.sensitivity.base).toBeCloseTo(0.0885422, 7);
    expect([part.uncertainty.draws, part.uncertainty.seed]).toEqual([1000, 1]);
    expect(part.uncertainty.years).toEqual(result.years);
  });

  it('takes the caller’s draws and seed', () => {
    const { scenario, country } = models();
    const part = reportHowSure(scenario, country, { draws: 20, seed: 7 });
    if (!hasHowSure(part)) throw new Error(part.note);
    expect([part.uncertainty.draws, part.uncertainty.seed]).toEqual([20, 7]);
  });

  it('gives a note in the report’s language, never an error, when the uncertainty cannot be worked out', () => {
    const { scenario, country } = models();
    const part = reportHowSure(unknownInput(scenario), country, { lang: 'fr' });
    expect(hasHowSure(part)).toBe(false);
    expect('note' in part && part.note).toContain('uncertainty.inputs.nonsense');
    const noDraws = reportHowSure(scenario, country, { draws: 0 });
    expect('note' in noDraws && noDraws.note).toContain('draws');
  });
});

describe('the howSure part of the report contract', () => {
  const { scenario, country } = models();
  const base: ReportData = {
    scenarioFile: defaultScenario,
    country,
    result: runScenario(scenario, country),
    language: 'en',
    generatedAt: '2026-03-14',
  };

  it('is optional, and takes the numbers or a note', () => {
    expect(parseReportData(base).ok).toBe(true);
    expect(parseReportData({ ...base, howSure: { note: 'no uncertainty' } }).ok).toBe(true);
    const part = reportHowSure(scenario, country, { draws: 10 });
    expect(parseReportData({ ...base, howSure: part }).ok).toBe(true);
  });

  it('names the part when it is neither', () => {
    for (const howSure of [5, { note: 5 }, { sensitivity: {} }]) {
      expect(parseReportData({ ...base, howSure })).toEqual({
        ok: false,
        message: 'howSure: must be a sensitivity and uncertainty result, or a note',
      });
    }
  });
});

describe('the PDF host’s report data', () => {
  const { scenario, country } = models();
  const result = runScenario(scenario, country);

  it('work the part out from the scenario file with the caller’s draws and seed', () => {
    const data = reportData({
      scenarioFile: defaultScenario,
      country,
      result,
      language: 'es',
      howSureOptions: { draws: 30, seed: 3 },
    });
    if (!data.howSure || !hasHowSure(data.howSure)) throw new Error('no howSure part');
    expect([data.howSure.uncertainty.draws, data.howSure.uncertainty.seed]).toEqual([30, 3]);
    // Labels in the report's language.
    expect(data.howSure.sensitivity.inputs.map((e) => e.name)).toContain('povertyLine');
    expect(data.howSure.uncertainty.inputs.find((e) => e.name === 'growth')!.label).toBe(
      'Crecimiento del PIB real',
    );
  });

  it('keep a part the caller gives, and carry a note for a scenario file that does not read', () => {
    const given = { note: 'given' };
    expect(
      reportData({ scenarioFile: defaultScenario, country, result, language: 'en', howSure: given })
        .howSure,
    ).toBe(given);
    const broken = reportData({
      scenarioFile: { format: 'nope' },
      country,
      result,
      language: 'en',
    });
    const note = broken.howSure && 'note' in broken.howSure ? broken.howSure.note : '';
    expect(note).toMatch(/^scenario: /);
  });
});
