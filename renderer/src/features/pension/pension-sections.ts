import type { TFunction } from 'i18next';
import type { PensionResult } from '#engine';
import type { Column } from '../../components/DataTable';
import { formatMillions, formatNumber, formatPercent } from '../../lib/format';

export type PensionSectionId = 'finances' | 'reserve' | 'payg' | 'people' | 'replacement';

/** One chart's section of the pension page: its title, its note, and the table under the chart. */
export interface PensionSection {
  id: PensionSectionId;
  title: string;
  note?: string;
  columns: Column[];
  rows: (string | number)[][];
}

/** The formats and labels every table of the page shares. */
interface TableContext {
  t: TFunction;
  money: (v: number) => string;
  pct: (v: number) => string;
  num: (v: number) => string;
  dec: (v: number) => string;
  year: Column;
  /** A column of millions of the currency, named by a series' locale key. */
  mLcu: (key: string) => string;
}

/** The five sections of the projection, in the page's order, with their tables in the user's language. */
export function pensionSections(
  result: PensionResult,
  t: TFunction,
  locale: string,
): PensionSection[] {
  const currency = result.currency;
  const c: TableContext = {
    t,
    money: (v) => formatMillions(v, locale),
    pct: (v) => formatPercent(v, locale, 2),
    num: (v) => formatNumber(v, locale),
    dec: (v) => formatNumber(v, locale, 2),
    year: { key: 'year', label: t('table.year') },
    mLcu: (key) => t('pension.table.millions', { what: t(key), currency }),
  };
  return [
    financesSection(result, c),
    reserveSection(result, c),
    paygSection(result, c),
    peopleSection(result, c),
    replacementSection(result, c),
  ];
}

function financesSection(result: PensionResult, c: TableContext): PensionSection {
  const { t, year, money, pct, mLcu } = c;
  const f = result.finances;
  const ind = result.indicators;
  return {
    id: 'finances',
    title: t('pension.charts.finances'),
    note: t('pension.charts.financesNote'),
    columns: [
      year,
      { key: 'rate', label: t('pension.series.contributionRate'), format: pct },
      { key: 'c', label: mLcu('pension.series.contributions'), format: money },
      { key: 'b', label: mLcu('pension.series.benefits'), format: money },
      { key: 'a', label: mLcu('pension.series.administration'), format: money },
      { key: 'x', label: mLcu('pension.series.expenditure'), format: money },
      { key: 'bal', label: mLcu('pension.series.balance'), format: money },
      { key: 'cg', label: t('pension.table.contributionsPctGdp'), format: pct },
      { key: 'xg', label: t('pension.table.expenditurePctGdp'), format: pct },
    ],
    rows: result.years.map((y, k) => [
      y,
      result.parameters.contributionRate[k]!,
      f.contributions[k]!,
      f.benefits[k]!,
      f.administration[k]!,
      f.expenditure[k]!,
      f.balance[k]!,
      ind.contributionsPctGdp[k]!,
      ind.expenditurePctGdp[k]!,
    ]),
  };
}

function reserveSection(result: PensionResult, c: TableContext): PensionSection {
  const { t, year, money, pct, dec, mLcu } = c;
  const f = result.finances;
  const ind = result.indicators;
  return {
    id: 'reserve',
    title: t('pension.charts.reserve'),
    note: t('pension.charts.reserveNote'),
    columns: [
      year,
      { key: 'i', label: mLcu('pension.series.interest'), format: money },
      { key: 'r', label: mLcu('pension.series.reserve'), format: money },
      { key: 'rg', label: t('pension.table.reservePctGdp'), format: pct },
      { key: 'rr', label: t('pension.table.reserveRatio'), format: dec },
    ],
    rows: result.years.map((y, k) => [
      y,
      f.interest[k]!,
      f.reserve[k]!,
      ind.reservePctGdp[k]!,
      ind.reserveRatio[k]!,
    ]),
  };
}

function paygSection(result: PensionResult, c: TableContext): PensionSection {
  const { t, year, pct } = c;
  const ind = result.indicators;
  return {
    id: 'payg',
    title: t('pension.charts.payg'),
    note: t('pension.charts.paygNote'),
    columns: [
      year,
      { key: 'p', label: t('pension.series.payg'), format: pct },
      { key: 'c', label: t('pension.series.contributionRate'), format: pct },
      ...result.generalAveragePremiums.map((g, i) => ({
        key: `g${i}`,
        label: t('pension.series.gap', { from: g.from, to: g.to }),
        format: pct,
      })),
    ],
    rows: result.years.map((y, k) => [
      y,
      ind.paygCostRate[k]!,
      result.parameters.contributionRate[k]!,
      ...result.generalAveragePremiums.map((g) => (y <= g.to ? g.premium : '–')),
    ]),
  };
}

function peopleSection(result: PensionResult, c: TableContext): PensionSection {
  const { t, year, num, dec } = c;
  const ind = result.indicators;
  const pop = result.population;
  return {
    id: 'people',
    title: t('pension.charts.people'),
    columns: [
      year,
      { key: 'i', label: t('pension.table.insured'), format: num },
      { key: 'c', label: t('pension.table.contributors'), format: num },
      { key: 'p', label: t('pension.table.pensioners'), format: num },
      { key: 'n', label: t('pension.table.newPensioners'), format: num },
      { key: 'd', label: t('pension.table.dependency'), format: dec },
    ],
    rows: result.years.map((y, k) => [
      y,
      pop.insured[k]!,
      pop.contributors[k]!,
      pop.pensioners[k]!,
      pop.newPensioners[k]!,
      ind.dependencyRatio[k]!,
    ]),
  };
}

function replacementSection(result: PensionResult, c: TableContext): PensionSection {
  const { t, year, pct, num } = c;
  const ind = result.indicators;
  const currency = result.currency;
  return {
    id: 'replacement',
    title: t('pension.charts.replacement'),
    note: t('pension.charts.replacementNote'),
    columns: [
      year,
      { key: 'r', label: t('pension.series.replacementRate'), format: pct },
      { key: 'b', label: t('pension.series.benefitRatio'), format: pct },
      { key: 'e', label: t('pension.table.averageEarnings', { currency }), format: num },
      { key: 'n', label: t('pension.table.averageNewPension', { currency }), format: num },
      { key: 'p', label: t('pension.table.averagePension', { currency }), format: num },
    ],
    rows: result.years.map((y, k) => [
      y,
      ind.replacementRate[k]!,
      ind.benefitRatio[k]!,
      ind.averageInsurableEarnings[k]!,
      ind.averageNewPension[k]!,
      ind.averagePension[k]!,
    ]),
  };
}
