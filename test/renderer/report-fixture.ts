import { readCountry, readScenario, runScenario } from '#engine';
import type { ReportData, ReportLanguage } from '../../src/contract/report';
import defaultScenario from '../../models/scenarios/default.json';
import trainingCountry from '../../models/training-country/country.json';

/** The report of a scenario file on the training country, as a host would send it. */
export function reportDataFor(
  scenarioFile: unknown = defaultScenario,
  language: ReportLanguage = 'en',
): ReportData {
  const country = readCountry(trainingCountry);
  const scenario = readScenario(scenarioFile);
  if (!country.ok || !scenario.ok) throw new Error('bundled models do not read');
  return {
    scenarioFile,
    country: country.value,
    result: runScenario(scenario.value, country.value),
    language,
    generatedAt: '2026-03-14',
  };
}

/** The default scenario with borrowing, aid, a crisis measure and a fixed-amount pension. */
export function stressScenario(): Record<string, unknown> {
  const s = structuredClone(defaultScenario) as Record<string, unknown> & {
    financing: Record<string, unknown>[];
    benefits: Record<string, unknown>[];
  };
  s.name = 'Borrowing "quoted" \\ test';
  s.financing.push(
    { option: 'borrowing', startYear: 2026, start: 0.01, fullYear: 2030, full: 0.03 },
    { option: 'aid', startYear: 2026, start: 0.005, fullYear: 2027, full: 0.005 },
  );
  s.fiscal = {
    interestRate: 0.05,
    debtCeilingPctGdp: 0.6,
    currentSpendingPctGdp: { health: 0.02 },
  };
  s.crisis = [
    {
      id: 'cash',
      kind: 'transfer',
      recipients: 500000,
      unit: 'households',
      amountPerMonth: 2000,
      startYear: 2026,
      startMonth: 11,
      months: 3,
      adminRate: 0.03,
    },
  ];
  s.assumptions = { realGrowth: 0.04, inflation: [0.05, 0.045, 0.04] };
  const pension = s.benefits.find((b) => b.id === 'oldAge');
  if (pension) pension.benefit = { basis: 'fixed', amount: 5000, months: 12, indexation: 'prices' };
  return s;
}
