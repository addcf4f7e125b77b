import type { TFunction } from 'i18next';
import type { PopulationOutlook } from '../../workers/population-outlook';
import type { Column } from '../../components/DataTable';
import { formatNumber, formatPercent } from '../../lib/format';
import type { OutlookLabels } from './outlook-charts';

/** A table under a chart of the outlook. */
export interface OutlookTable {
  columns: Column[];
  rows: (string | number)[][];
}

/** The formats and labels the tables share. */
interface TableContext {
  t: TFunction;
  num: (v: number) => string;
  pct: (v: number) => string;
  dec: (digits: number) => (v: number) => string;
}

/** Columns "base" and, with a variant, "variant" for one measure. */
function pair(
  o: PopulationOutlook,
  key: string,
  label: (which: string) => string,
  t: (k: string) => string,
  format: (v: number) => string,
): Column[] {
  const cols: Column[] = [{ key: `${key}-b`, label: label(t('population.base')), format }];
  if (o.variant) cols.push({ key: `${key}-v`, label: label(t('population.variant')), format });
  return cols;
}

function values(o: PopulationOutlook, pick: (s: PopulationOutlook['base']) => number[], k: number) {
  const out = [pick(o.base)[k]!];
  if (o.variant) out.push(pick(o.variant)[k]!);
  return out;
}

/** The outlook's tables (total, age structure, rates), base and variant side by side. */
export function outlookTables(
  outlook: PopulationOutlook,
  labels: OutlookLabels,
  t: TableContext['t'],
  locale: string,
): { total: OutlookTable; structure: OutlookTable; rates: OutlookTable } {
  const c: TableContext = {
    t,
    num: (v) => formatNumber(v, locale),
    pct: (v) => formatPercent(v, locale, 1),
    dec: (digits) => (v) => formatNumber(v, locale, digits),
  };
  return {
    total: totalTable(outlook, c),
    structure: structureTable(outlook, labels, c),
    rates: ratesTable(outlook, c),
  };
}

/** Population, its difference with the variant, the file's own figure, and births. */
function totalTable(outlook: PopulationOutlook, { t, num, pct }: TableContext): OutlookTable {
  return {
    columns: [
      { key: 'year', label: t('table.year') },
      ...pair(outlook, 'pop', (w) => t('population.table.population', { which: w }), t, num),
      ...(outlook.variant
        ? [{ key: 'diff', label: t('population.table.differencePct'), format: pct }]
        : []),
      { key: 'file', label: t('population.table.filePopulation'), format: num },
      ...pair(outlook, 'births', (w) => t('population.table.births', { which: w }), t, num),
    ],
    rows: outlook.years.map((y, k) => [
      y,
      ...values(outlook, (s) => s.total, k),
      ...(outlook.variant ? [outlook.variant.total[k]! / outlook.base.total[k]! - 1] : []),
      Number.isFinite(outlook.own.total[k]) ? outlook.own.total[k]! : '–',
      ...values(outlook, (s) => s.births, k),
    ]),
  };
}

/** Shares of the three age groups, old-age dependency and median age. */
function structureTable(
  outlook: PopulationOutlook,
  labels: OutlookLabels,
  { t, pct, dec }: TableContext,
): OutlookTable {
  return {
    columns: [
      { key: 'year', label: t('table.year') },
      ...pair(
        outlook,
        'c',
        (w) => t('population.table.share', { group: labels.groups[0], which: w }),
        t,
        pct,
      ),
      ...pair(
        outlook,
        'w',
        (w) => t('population.table.share', { group: labels.groups[1], which: w }),
        t,
        pct,
      ),
      ...pair(
        outlook,
        'o',
        (w) => t('population.table.share', { group: labels.groups[2], which: w }),
        t,
        pct,
      ),
      ...pair(outlook, 'd', (w) => t('population.table.dependency', { which: w }), t, dec(1)),
      ...pair(outlook, 'm', (w) => t('population.table.median', { which: w }), t, dec(1)),
    ],
    rows: outlook.years.map((y, k) => [
      y,
      ...values(outlook, (s) => s.share0to14, k),
      ...values(outlook, (s) => s.share15to64, k),
      ...values(outlook, (s) => s.share65plus, k),
      ...values(outlook, (s) => s.oldAgeDependency.map((v) => v * 100), k),
      ...values(outlook, (s) => s.medianAge, k),
    ]),
  };
}

/** Fertility, life expectancy at birth and net migration. */
function ratesTable(outlook: PopulationOutlook, { t, num, dec }: TableContext): OutlookTable {
  return {
    columns: [
      { key: 'year', label: t('table.year') },
      ...pair(outlook, 'tfr', (w) => t('population.table.tfr', { which: w }), t, dec(2)),
      ...pair(outlook, 'ef', (w) => t('population.table.e0Women', { which: w }), t, dec(1)),
      ...pair(outlook, 'em', (w) => t('population.table.e0Men', { which: w }), t, dec(1)),
      ...pair(outlook, 'mig', (w) => t('population.table.migration', { which: w }), t, num),
    ],
    rows: outlook.years.map((y, k) => [
      y,
      ...values(outlook, (s) => s.tfr, k),
      ...values(outlook, (s) => s.e0Female, k),
      ...values(outlook, (s) => s.e0Male, k),
      ...values(outlook, (s) => s.netMigration, k),
    ]),
  };
}
