import { MAX_DRAWS, type Band, type CostingResult, type UncertaintyResult } from '#engine';
import type { ChartConfiguration } from 'chart.js';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { fanChart } from '../../charts/configs';
import { DataTable, type Column } from '../../components/DataTable';
import { NumberField, SelectField } from '../../components/fields';
import { formatNumber, formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { engineLang } from './HowSurePanel';

/** Which series the fan shows: the total, the financing gap, or one benefit (by id). */
type FanSeries = 'total' | 'gap' | `benefit:${string}`;

interface FanData {
  label: string;
  band: Band;
  /** The scenario's own result (every input central), when the costing has it. */
  central: number[] | null;
}

function fanData(
  series: FanSeries,
  r: UncertaintyResult,
  costed: CostingResult | null,
  t: TFunction,
): FanData {
  const aligned = (values: number[] | undefined) =>
    values && costed ? r.years.map((y) => values[costed.years.indexOf(y)] ?? Number.NaN) : null;
  if (series === 'gap') {
    return {
      label: t('results.gapPctGdp'),
      band: r.gap.pctGdp,
      central: aligned(costed?.financing.gapPctGdp),
    };
  }
  if (series.startsWith('benefit:')) {
    const id = series.slice('benefit:'.length);
    const b = r.benefits.find((x) => x.id === id) ?? r.benefits[0]!;
    const own = costed?.benefits.find((x) => x.id === b.id);
    return { label: b.label, band: b.pctGdp, central: aligned(own?.pctGdp) };
  }
  return {
    label: t('results.totalPctGdp'),
    band: r.total.pctGdp,
    central: aligned(costed?.total.pctGdp),
  };
}

function fanConfig(
  data: FanData,
  years: number[],
  t: TFunction,
): ChartConfiguration<'line', number[]> {
  const words = {
    outer: t('uncertainty.fan.outer'),
    inner: t('uncertainty.fan.inner'),
    median: t('uncertainty.fan.median'),
    central: t('uncertainty.fan.central'),
    axis: t('units.pctGdp'),
    p5: t('uncertainty.fan.p5'),
    p25: t('uncertainty.fan.p25'),
  };
  return fanChart(data.band, data.central, years, words, 'screen');
}

function PercentileTable({ data, r, gap }: { data: FanData; r: UncertaintyResult; gap: boolean }) {
  const { t, i18n } = useTranslation();
  const pct = (v: number) => formatPercent(v, i18n.language);
  const columns: Column[] = [
    { key: 'year', label: t('uncertainty.table.year') },
    ...(['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const).map((k) => ({
      key: k,
      label: t(`uncertainty.fan.${k}`),
      format: pct,
    })),
  ];
  if (gap) {
    columns.push({
      key: 'above',
      label: t('uncertainty.table.probabilityAbove', { threshold: pct(r.gap.threshold) }),
      format: (v: number) => formatPercent(v, i18n.language, 1),
    });
  }
  const b = data.band;
  return (
    <DataTable
      caption={t('uncertainty.fan.tableCaption', {
        series: data.label,
        draws: formatNumber(r.draws, i18n.language),
      })}
      fileName="monte-carlo-percentiles"
      testId="percentile-table"
      columns={columns}
      rows={r.years.map((y, i) => [
        String(y),
        b.p5[i]!,
        b.p25[i]!,
        b.p50[i]!,
        b.p75[i]!,
        b.p95[i]!,
        b.mean[i]!,
        ...(gap ? [r.gap.probabilityAbove[i]!] : []),
      ])}
    />
  );
}

/** Draws, seed, Run and Cancel, and the progress bar while the draws arrive. */
function RunControls() {
  const { t, i18n } = useTranslation();
  const mc = useApp((s) => s.monteCarlo);
  const start = useApp((s) => s.monteCarloRequested);
  const cancel = useApp((s) => s.monteCarloCancelled);
  const threshold = useApp((s) => s.draft?.uncertainty?.gapThreshold ?? 0);
  const setThreshold = useApp((s) => s.gapThresholdEdited);
  const [draws, setDraws] = useState(mc.draws);
  const [seed, setSeed] = useState(mc.seed);
  const running = mc.status === 'running';
  return (
    <div className="uncertainty__controls">
      <NumberField
        label={t('uncertainty.mc.draws')}
        value={draws}
        onChange={(v) => setDraws(Math.round(v))}
        digits={0}
        min={1}
        max={MAX_DRAWS}
        help={t('uncertainty.mc.drawsHelp', { max: formatNumber(MAX_DRAWS, i18n.language) })}
        testId="mc-draws"
      />
      <NumberField
        label={t('uncertainty.mc.seed')}
        value={seed}
        onChange={(v) => setSeed(Math.round(v))}
        digits={0}
        grouping={false}
        min={0}
        max={2 ** 31 - 1}
        help={t('uncertainty.mc.seedHelp')}
        testId="mc-seed"
      />
      <NumberField
        label={t('uncertainty.mc.threshold')}
        value={threshold}
        onChange={setThreshold}
        scale={100}
        min={0}
        max={100}
        unit="%"
        help={t('uncertainty.mc.thresholdHelp')}
        testId="gap-threshold"
      />
      <div className="uncertainty__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={running}
          data-testid="mc-run"
          onClick={() => void start(engineLang(i18n.language), draws, seed)}
        >
          {t('uncertainty.mc.run')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!running}
          data-testid="mc-cancel"
          onClick={cancel}
        >
          {t('uncertainty.mc.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The Monte Carlo run, when it was for the scenario open now (another one opened since has none). */
function useCurrentRun() {
  const mc = useApp((s) => s.monteCarlo);
  const draftKey = useApp((s) => s.draftKey);
  return mc.status === 'idle' || mc.draftKey === draftKey ? mc : null;
}

function RunStatus() {
  const { t, i18n } = useTranslation();
  const mc = useCurrentRun();
  const count = (n: number) => formatNumber(n, i18n.language);
  if (!mc || mc.status === 'idle') {
    return <p className="field__help">{t('uncertainty.mc.idle')}</p>;
  }
  return (
    <div className="uncertainty__progress">
      <progress
        max={mc.draws}
        value={mc.received}
        aria-label={t('uncertainty.mc.progressLabel')}
        data-testid="mc-progress"
      />
      <span role="status" data-testid="mc-status">
        {t(`uncertainty.mc.status.${mc.status}`, {
          received: count(mc.received),
          draws: count(mc.draws),
        })}
      </span>
      {mc.status === 'invalid' || mc.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {mc.message || mc.issues.map((i) => i.message).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Monte Carlo (issue 12, section 2): every uncertain input drawn together, the draws split between
 * workers; the fan chart (5th-95th and 25th-75th percentiles shaded, median, the scenario's own
 * result) repaints as the draws arrive, with its table and the chance the gap exceeds the threshold.
 */
export function MonteCarloSection() {
  const { t, i18n } = useTranslation();
  const mc = useCurrentRun();
  const costed = useApp((s) => s.run.result);
  const [series, setSeries] = useState<FanSeries>('total');
  const r = mc?.result ?? null;
  const data = useMemo(() => (r ? fanData(series, r, costed, t) : null), [series, r, costed, t]);
  const config = useMemo(() => (r && data ? fanConfig(data, r.years, t) : null), [r, data, t]);
  const seriesOptions: { value: FanSeries; label: string }[] = [
    { value: 'total', label: t('results.totalPctGdp') },
    { value: 'gap', label: t('results.gapPctGdp') },
    ...(r?.benefits ?? []).map((b) => ({ value: `benefit:${b.id}` as FanSeries, label: b.label })),
  ];
  return (
    <section className="panel" aria-labelledby="mc-title">
      <h2 id="mc-title">{t('uncertainty.mc.title')}</h2>
      <p className="field__help">{t('uncertainty.mc.help')}</p>
      <RunControls />
      <RunStatus />
      {r && data && config ? (
        <>
          <SelectField<FanSeries>
            label={t('uncertainty.fan.series')}
            value={series}
            options={seriesOptions}
            onChange={setSeries}
            testId="fan-series"
          />
          <div className="uncertainty__pair">
            <ChartCanvas
              config={config}
              label={t('uncertainty.fan.chartLabel', {
                series: data.label,
                draws: formatNumber(r.draws, i18n.language),
              })}
              testId="fan-chart"
              height={340}
              downloadName="monte-carlo-fan"
            />
            <PercentileTable data={data} r={r} gap={series === 'gap'} />
          </div>
        </>
      ) : null}
    </section>
  );
}
