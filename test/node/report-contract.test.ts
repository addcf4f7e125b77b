import { describe, expect, it } from 'vitest';
import { readCountry, readScenario, runScenario } from '#engine';
import { REPORT_LANGUAGES, parseReportData, type ReportData } from '../../src/contract/report';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import defaultScenario from '../../models/scenarios/default.json';
import trainingCountry from '../../models/training-country/country.json';

function reportData(): ReportData {
  const country = readCountry(trainingCountry);
  const scenario = readScenario(defaultScenario);
  if (!country.ok || !scenario.ok) throw new Error('bundled models do not read');
  return {
    scenarioFile: defaultScenario,
    country: country.value,
    result: runScenario(scenario.value, country.value),
    language: 'fr',
    generatedAt: '2026-03-14',
  };
}

describe('the report contract', () => {
  it('has the engine’s languages', () => {
    expect(REPORT_LANGUAGES).toEqual(['en', 'fr', 'es']);
  });

  it('names the field of the first problem, inside a part as that part’s problem', () => {
    const data = reportData();
    expect(parseReportData(data)).toEqual({ ok: true, data });
    const country = { ...data, country: { ...data.country, currency: 42 } };
    expect(parseReportData(country)).toEqual({
      ok: false,
      message: 'country: must be a country (spf.country/1)',
    });
    expect(parseReportData({ ...data, scenarioFile: 'default.json' })).toEqual({
      ok: false,
      message: 'scenarioFile: must be a scenario file (spf.scenario/1)',
    });
    expect(parseReportData([])).toEqual({ ok: false, message: 'the report data is not an object' });
  });

  it('is what the bridge checks a report:pdf request with, before the handler runs', async () => {
    const printed: ReportData[] = [];
    const dispatch = createDispatcher({
      'report:pdf': ({ data }) => {
        printed.push(data);
        return { path: '/tmp/report.pdf' };
      },
    });
    const data = reportData();
    const bad = await dispatch('report:pdf', { data: { ...data, language: 'de' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('bad-input');
    expect(!bad.ok && bad.error.issues?.map((i) => i.path)).toEqual(['data.language']);
    const late = await dispatch('report:pdf', { data: { ...data, generatedAt: 'soon' } });
    expect(!late.ok && late.error.issues?.map((i) => i.path)).toEqual(['data.generatedAt']);
    expect(printed).toEqual([]);
    expect(await dispatch('report:pdf', { data })).toEqual({
      ok: true,
      value: { path: '/tmp/report.pdf' },
    });
    expect(printed).toHaveLength(1);
  });
});
