import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../components/DataTable';
import {
  PopulationPyramid,
  pyramidAxisLimit,
  type PyramidLabels,
} from '../../components/PopulationPyramid';
import { formatNumber, formatPercent } from '../../lib/format';
import type { PopulationOutlook, PyramidYear } from '../../workers/population-outlook';
import { GROUP_LABELS } from './outlook-charts';

/** The largest group of any year of either projection, so the axis stays put as the year moves. */
function outlookLimit(o: PopulationOutlook): number {
  const years = [...o.base.pyramid, ...(o.variant?.pyramid ?? [])];
  return pyramidAxisLimit(years.flatMap((y) => [...y.female, ...y.male]));
}

/** The table beside the pyramid: women and men of the base, and of the variant with the difference. */
function pyramidTable(
  base: PyramidYear,
  variant: PyramidYear | null,
  t: (key: string) => string,
  locale: string,
): { columns: Column[]; rows: (string | number)[][] } {
  const num = (v: number) => formatNumber(v, locale);
  const columns: Column[] = [
    { key: 'age', label: t('population.pyramid.ageGroup') },
    { key: 'wb', label: t('population.pyramid.womenBase'), format: num },
    { key: 'mb', label: t('population.pyramid.menBase'), format: num },
  ];
  if (variant) {
    columns.push(
      { key: 'wv', label: t('population.pyramid.womenVariant'), format: num },
      { key: 'mv', label: t('population.pyramid.menVariant'), format: num },
      {
        key: 'diff',
        label: t('population.table.differencePct'),
        format: (v) => formatPercent(v, locale, 1),
      },
    );
  }
  const rows = GROUP_LABELS.map((label, g) => {
    const b = base.female[g]! + base.male[g]!;
    const row: (string | number)[] = [label, base.female[g]!, base.male[g]!];
    if (variant) {
      const v = variant.female[g]! + variant.male[g]!;
      row.push(variant.female[g]!, variant.male[g]!, b > 0 ? v / b - 1 : 0);
    }
    return row;
  });
  return { columns, rows };
}

/** The population by age group and sex of a chosen year: the base and the variant over it. */
export function OutlookPyramid({ outlook }: { outlook: PopulationOutlook }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = outlook.years;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const [chosen, setChosen] = useState(last);
  const year = Math.min(Math.max(chosen, first), last);
  const k = year - first;
  const base = outlook.base.pyramid[k]!;
  const variant = outlook.variant?.pyramid[k] ?? null;
  const limit = useMemo(() => outlookLimit(outlook), [outlook]);
  const labels: PyramidLabels = useMemo(
    () => ({
      men: t('population.pyramid.menBase'),
      women: t('population.pyramid.womenBase'),
      menComparison: t('population.pyramid.menVariant'),
      womenComparison: t('population.pyramid.womenVariant'),
      persons: t('population.units.persons'),
      age: t('population.pyramid.ageGroup'),
    }),
    [t],
  );
  const table = pyramidTable(base, variant, t, locale);
  const title = t('population.pyramid.title', { year });

  return (
    <section className="panel" aria-labelledby="pyramid-compare-title">
      <h3 id="pyramid-compare-title">{title}</h3>
      <PopulationPyramid
        ages={GROUP_LABELS}
        base={base}
        comparison={variant}
        limit={limit}
        labels={labels}
        year={{
          id: 'outlook-year',
          label: t('population.pyramid.year'),
          first,
          last,
          value: year,
          help: variant ? t('population.pyramid.help') : t('population.pyramid.helpBase'),
          testId: 'outlook-year',
          onChange: setChosen,
        }}
        chart={{
          label: t('population.pyramid.chartLabel', { year }),
          testId: 'outlook-pyramid',
          height: 480,
          downloadName: `pyramid-${year}`,
        }}
        table={{
          caption: title,
          ...table,
          fileName: `population-by-age-${year}`,
          testId: 'outlook-pyramid-table',
        }}
      />
    </section>
  );
}
