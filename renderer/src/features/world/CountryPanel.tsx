import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { formatNumber, formatPercent } from '../../lib/format';
import { peersChart, peersHeight } from './peers-chart';
import { useOpenAsScenario } from './use-open-as-scenario';
import { billions, peersOf, type Metric, type WorldRow } from './world-data';
import { incomeGroupName, regionName } from '../../lib/country-words';

interface CountryPanelProps {
  /** Every country of the gap (peers are looked for among all of them, whatever the filters). */
  rows: readonly WorldRow[];
  country: WorldRow;
  metric: Metric;
  fileName: string;
}

/** The selected country: its figures, "Open as a new scenario", and its peers on one chart. */
export function CountryPanel({ rows, country, metric, fileName }: CountryPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { open, busy, error } = useOpenAsScenario();
  const peers = useMemo(() => peersOf(rows, country.iso3, metric), [rows, country.iso3, metric]);
  const group = incomeGroupName(country.incomeGroup, t);
  const region = regionName(country.region, t);
  const metricLabel = t(metric === 'gap' ? 'world.map.gapLabel' : 'world.map.costLabel');
  const config = useMemo(
    () =>
      peersChart(peers, country.iso3, metric, { label: metricLabel, axis: t('world.peers.axis') }),
    [peers, country.iso3, metric, metricLabel, t],
  );
  const pct = (v: number) => formatPercent(v, locale, 1);
  return (
    <section
      className="panel world-country"
      aria-labelledby="world-country-title"
      data-testid="world-country"
    >
      <div className="world-country__head">
        <h3 id="world-country-title" className="world-country__title">
          {country.name}
        </h3>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-busy={busy}
          data-testid="world-open-scenario"
          onClick={() => void open(country.iso3)}
        >
          {busy ? t('world.opening') : t('world.open')}
        </button>
      </div>
      {error ? (
        <p className="world-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="world-country__facts">
        {t('world.country.facts', {
          group,
          region,
          cost: pct(country.costPctGdp),
          spending: pct(country.currentSpendingPctGdp),
          gap: pct(country.gapPctGdp),
          gapUsd: formatNumber(billions(country.gapUsd), locale, 2),
        })}
      </p>
      <h4 className="world-country__subtitle">
        {t('world.peers.title', { count: peers.length, group, region })}
      </h4>
      <ChartCanvas
        config={config}
        label={t('world.peers.alt', { country: country.name, metric: metricLabel })}
        testId="world-peers"
        height={peersHeight(peers.length)}
        downloadName={fileName}
      />
    </section>
  );
}
