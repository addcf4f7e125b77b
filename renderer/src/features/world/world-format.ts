import type { TFunction } from 'i18next';
import { incomeGroupName, regionName } from '../../lib/country-words';
import { formatNumber, formatPercent } from '../../lib/format';
import { billions, type SortKey, type WorldRow } from './world-data';

/** The name of an aggregate of the gap (the world, an income group, low-and-middle or a region). */
export function groupName(name: string, kind: 'all' | 'incomeGroup' | 'region', t: TFunction) {
  if (kind === 'region') return regionName(name, t);
  return t(`world.incomeGroup.${name}`, { defaultValue: name });
}

export interface WorldColumn {
  key: SortKey;
  label: string;
  /** The cell as shown; exports carry the number at full precision (shares as fractions). */
  text: (row: WorldRow) => string;
  value: (row: WorldRow) => string | number;
}

/** The country table's columns, in the user's language; shares as % of GDP, gaps in USD bn. */
export function worldColumns(t: TFunction, locale: string): WorldColumn[] {
  const pct = (v: number) => formatPercent(v, locale, 1);
  return [
    { key: 'name', label: t('world.column.country'), text: (r) => r.name, value: (r) => r.name },
    {
      key: 'incomeGroup',
      label: t('world.column.incomeGroup'),
      text: (r) => incomeGroupName(r.incomeGroup, t),
      value: (r) => incomeGroupName(r.incomeGroup, t),
    },
    {
      key: 'region',
      label: t('world.column.region'),
      text: (r) => regionName(r.region, t),
      value: (r) => regionName(r.region, t),
    },
    {
      key: 'costPctGdp',
      label: t('world.column.costPctGdp'),
      text: (r) => pct(r.costPctGdp),
      value: (r) => r.costPctGdp,
    },
    {
      key: 'currentSpendingPctGdp',
      label: t('world.column.spendingPctGdp'),
      text: (r) => pct(r.currentSpendingPctGdp),
      value: (r) => r.currentSpendingPctGdp,
    },
    {
      key: 'gapPctGdp',
      label: t('world.column.gapPctGdp'),
      text: (r) => pct(r.gapPctGdp),
      value: (r) => r.gapPctGdp,
    },
    {
      key: 'gapUsd',
      label: t('world.column.gapUsdBn'),
      text: (r) => formatNumber(billions(r.gapUsd), locale, 2),
      value: (r) => billions(r.gapUsd),
    },
  ];
}

/**
 * Export headers: a share column says it holds fractions (0.013 is 1.3% of GDP), as exported
 * numbers keep full precision rather than the screen's percentages.
 */
export function exportHeader(columns: readonly WorldColumn[], t: TFunction): string[] {
  return columns.map((c) =>
    c.key.endsWith('PctGdp') ? t('world.column.fraction', { column: c.label }) : c.label,
  );
}
