import i18next from 'i18next';
import {
  FINANCING_OPTION,
  formatIssueIn,
  readScenario,
  type BenefitSpec,
  type CostingResult,
  type MessageLanguage,
  type Scenario,
} from '#engine';
import { headlineYear } from '../lib/result-series';
import { reportHowSure, type ReportData, type ReportHowSure } from '../../../src/contract/report';
import { selectYears, yearIndices } from './select-years';

/** Everything the report's sections read, worked out once from what the host sent. */
export interface ReportModel {
  data: ReportData;
  result: CostingResult;
  scenario: Scenario;
  /** Enabled benefits, in the order of the results. */
  benefits: BenefitSpec[];
  firstYear: number;
  lastYear: number;
  /** The first year every benefit is fully phased in: headline numbers and the waterfall. */
  fullYear: number;
  /** Years shown in printed tables, and their positions in the result arrays. */
  years: number[];
  index: number[];
  /** The debt path is shown when an option adds to the debt (borrowing) and the country gives debt data. */
  showDebt: boolean;
  /** "How sure are these numbers?": the host's, or worked out here when the host sent none. */
  howSure: ReportHowSure;
}

/** Reads the scenario file as the engine does (defaults filled in); a broken file fails the report. */
export function readReportScenario(file: unknown, lang: MessageLanguage = 'en'): Scenario {
  const r = readScenario(file);
  if (!r.ok) {
    const first = r.issues
      .slice(0, 3)
      .map((i) => formatIssueIn(i, lang))
      .join('; ');
    throw new Error(i18next.t('report.errors.scenario', { lng: lang, problems: first }));
  }
  return r.value;
}

export function reportModel(data: ReportData): ReportModel {
  const result = data.result;
  const scenario = readReportScenario(data.scenarioFile, data.language);
  const ids = new Set(result.benefits.map((b) => b.id));
  const benefits = scenario.benefits.filter((b) => b.enabled && ids.has(b.id));
  const firstYear = result.years[0]!;
  const lastYear = result.years[result.years.length - 1]!;
  const fullYear = headlineYear(
    result,
    benefits.map((b) => b.coverage.fullYear),
  );
  const years = selectYears(result.years, 5, [fullYear]);
  const debt = result.financing.debt;
  const showDebt =
    result.financing.options.some((o) => FINANCING_OPTION[o.option].addsToDebt) &&
    debt.pctGdp.some((v) => Number.isFinite(v));
  return {
    data,
    result,
    scenario,
    benefits,
    firstYear,
    lastYear,
    fullYear,
    years,
    index: yearIndices(result.years, years),
    showDebt,
    howSure: data.howSure ?? reportHowSure(scenario, data.country, { lang: data.language }),
  };
}

/** A value of a result series in a given year. */
export function at(series: readonly number[], years: readonly number[], year: number): number {
  const i = years.indexOf(year);
  return i < 0 ? Number.NaN : series[i]!;
}

/** A table's rows for the report's selected years: the year, then the cells of its index. */
export function rowsOfYears({ years, index }: ReportModel) {
  return (cells: (i: number) => string[]) => index.map((i, k) => [String(years[k]), ...cells(i)]);
}
