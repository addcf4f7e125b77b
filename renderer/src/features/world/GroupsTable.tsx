import { useTranslation } from 'react-i18next';
import type { GapGroup } from '#engine';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber, formatPercent } from '../../lib/format';
import { billions, orderedGroups } from './world-data';
import { groupName } from './world-format';

/**
 * The aggregates: the world, each income group, low-and-middle together, each UN region. Each is
 * GDP-weighted (the sum of gaps in USD over the sum of GDP in USD), computed by the engine.
 */
export function GroupsTable({
  groups,
  fileName,
}: {
  groups: readonly GapGroup[];
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const pct = (v: number) => formatPercent(v, i18n.language, 1);
  const fraction = (label: string) => t('world.column.fraction', { column: label });
  const columns: Column[] = [
    { key: 'group', label: t('world.column.group') },
    { key: 'countries', label: t('world.column.countries') },
    {
      key: 'cost',
      label: t('world.column.costPctGdp'),
      format: pct,
      exportLabel: fraction(t('world.column.costPctGdp')),
    },
    {
      key: 'gap',
      label: t('world.column.gapPctGdp'),
      format: pct,
      exportLabel: fraction(t('world.column.gapPctGdp')),
    },
    {
      key: 'gapUsd',
      label: t('world.column.gapUsdBn'),
      format: (v) => formatNumber(v, i18n.language, 2),
    },
  ];
  const rows = orderedGroups(groups).map((g) => [
    groupName(g.name, g.kind, t),
    g.countries,
    g.costPctGdp,
    g.gapPctGdp,
    billions(g.gapUsd),
  ]);
  return (
    <DataTable
      caption={t('world.groups.caption')}
      columns={columns}
      rows={rows}
      fileName={fileName}
      testId="world-groups"
    />
  );
}
