import { useTranslation } from 'react-i18next';
import type { CostingResult } from '#engine';
import { DataTable, type Column } from '../../components/DataTable';
import { fractionHeader, withUnit } from '../../lib/export-units';
import { formatMillions, formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { useResultExplainers } from '../explain/result-explainers';

/** The financing year by year: cost, resources and gap in money, and the gap and balance in % of GDP. */
export function FinancingTable({ result }: { result: CostingResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const currency = useApp((s) => s.country?.currency ?? '');
  const pct = (v: number) => formatPercent(v, locale);
  const money = (v: number) => formatMillions(v, locale);
  const { financingCell } = useResultExplainers(result, 'nominal');
  // Millions and percentages on screen; whole currency units and fractions in copies and CSV.
  const moneyColumn = (key: string, label: string, name: string): Column => ({
    key,
    label,
    format: money,
    exportLabel: withUnit(name, currency),
  });
  const shareColumn = (key: string, label: string): Column => ({
    key,
    label,
    format: pct,
    exportLabel: fractionHeader(label, t),
  });
  const columns: Column[] = [
    { key: 'year', label: t('table.year') },
    moneyColumn('cost', t('financing.costMillions', { currency }), t('polish.export.cost')),
    moneyColumn(
      'resources',
      t('financing.resourcesMillions', { currency }),
      t('polish.export.resources'),
    ),
    moneyColumn('gap', t('financing.gapMillions', { currency }), t('polish.export.gap')),
    shareColumn('gapPct', t('financing.gapPct')),
    shareColumn('funding', t('financing.fundingGapPct')),
    shareColumn('balance', t('financing.balanceAfterPct')),
  ];
  const rows = result.years.map((y, i) => [
    y,
    result.total.cost[i]!,
    result.financing.resources[i]!,
    result.financing.gap[i]!,
    result.financing.gapPctGdp[i]!,
    result.financing.fundingGapPctGdp[i]!,
    result.financing.balanceAfterPctGdp[i]!,
  ]);

  return (
    <DataTable
      caption={t('financing.tableTitle')}
      columns={columns}
      rows={rows}
      fileName="financing"
      testId="financing-table"
      renderCell={financingCell}
    />
  );
}
