import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../lib/format';
import type { PopulationOutlook, ProjectedSeries } from '../../workers/population-outlook';

interface Fact {
  key: string;
  label: string;
  pick: (s: ProjectedSeries) => number;
  format: (v: number) => string;
  unit: string;
}

/**
 * The last year's figures: the variant's (or, without one, the base's) in large type, the base's
 * under them, so the effect of the variant reads at a glance.
 */
export function OutlookFacts({ outlook }: { outlook: PopulationOutlook }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const k = outlook.years.length - 1;
  const year = outlook.years[k]!;
  const shown = outlook.variant ?? outlook.base;
  const facts: Fact[] = [
    {
      key: 'total',
      label: t('population.facts.total', { year }),
      pick: (s) => s.total[k]! / 1e6,
      format: (v) => formatNumber(v, locale, 2),
      unit: t('population.units.millions'),
    },
    {
      key: 'children',
      label: t('population.facts.children', { year }),
      pick: (s) => s.share0to14[k]!,
      format: (v) => formatPercent(v, locale, 1),
      unit: t('population.units.ofTotal'),
    },
    {
      key: 'older',
      label: t('population.facts.older', { year }),
      pick: (s) => s.share65plus[k]!,
      format: (v) => formatPercent(v, locale, 1),
      unit: t('population.units.ofTotal'),
    },
    {
      key: 'dependency',
      label: t('population.facts.dependency', { year }),
      pick: (s) => s.oldAgeDependency[k]! * 100,
      format: (v) => formatNumber(v, locale, 1),
      unit: t('population.units.perHundred'),
    },
    {
      key: 'births',
      label: t('population.facts.births', { year }),
      pick: (s) => s.births[k]! / 1e3,
      format: (v) => formatNumber(v, locale, 0),
      unit: t('population.units.thousands'),
    },
  ];
  return (
    <section className="panel" aria-labelledby="outlook-facts-title">
      <h3 id="outlook-facts-title">
        {outlook.variant ? t('population.facts.titleVariant') : t('population.facts.titleBase')}
      </h3>
      <dl className="keyfacts" data-testid="outlook-facts">
        {facts.map((f) => (
          <div className="keyfacts__item" key={f.key} data-testid={`outlook-fact-${f.key}`}>
            <dt>{f.label}</dt>
            <dd>{f.format(f.pick(shown))}</dd>
            <dd className="keyfacts__unit">{f.unit}</dd>
            {outlook.variant ? (
              <dd className="keyfacts__unit keyfacts__base">
                {t('population.facts.baseWas', { value: f.format(f.pick(outlook.base)) })}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
