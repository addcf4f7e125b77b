import { SENSITIVITY_MEASURES, type SensitivityMeasure, type SensitivityResult } from '#engine';
import type { ChartConfiguration } from 'chart.js';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { tornadoChart } from '../../charts/configs';
import { DataTable } from '../../components/DataTable';
import { SelectField } from '../../components/fields';
import { useApp } from '../../stores/store-context';
import { engineLang } from './HowSurePanel';
import { formatInputValue, formatMeasure } from './input-units';

const TORNADO_DEBOUNCE_MS = 400;

/** The measure as the chart's axis shows it: percent of GDP, or millions of the currency. */
const shown = (measure: SensitivityMeasure, v: number) =>
  measure === 'total.cost' ? v / 1e6 : v * 100;

/** The tornado of the page: every input, its value at each end in the tooltip, the ends labelled. */
function tornadoConfig(
  r: SensitivityResult,
  t: TFunction,
  locale: string,
  currency: string,
): ChartConfiguration<'bar', [number, number][]> {
  const format = (v: number) => formatMeasure(r.measure, v, locale);
  const axis =
    r.measure === 'total.cost' ? t('uncertainty.axis.millions', { currency }) : t('units.pctGdp');
  const words = {
    low: t('uncertainty.tornado.atLow'),
    high: t('uncertainty.tornado.atHigh'),
    axis,
  };
  return tornadoChart(r, words, 'screen', {
    shown: (v) => shown(r.measure, v),
    endLabel: format,
    tooltip: (i, low) => {
      const e = r.inputs[i]!;
      const value = formatInputValue(e.unit, low ? e.lowValue : e.highValue, locale, t);
      return `${value}: ${format(low ? e.low : e.high)}`;
    },
  });
}

function useTornado(year: number | null, measure: SensitivityMeasure) {
  const { i18n } = useTranslation();
  const draft = useApp((s) => s.draft);
  const country = useApp((s) => s.country);
  const request = useApp((s) => s.tornadoRequested);
  const lang = engineLang(i18n.language);
  useEffect(() => {
    if (!draft || !country) return;
    const timer = setTimeout(() => void request(lang, year, measure), TORNADO_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, country, request, lang, year, measure]);
}

function TornadoTable({ r }: { r: SensitivityResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const measure = t(`uncertainty.measure.${r.measure}`);
  const format = (v: number) => formatMeasure(r.measure, v, locale);
  return (
    <DataTable
      caption={t('uncertainty.tornado.tableCaption', { measure, year: r.year })}
      fileName={`sensitivity-${r.year}`}
      testId="tornado-table"
      columns={[
        { key: 'input', label: t('uncertainty.table.input') },
        { key: 'lowValue', label: t('uncertainty.table.lowValue') },
        { key: 'highValue', label: t('uncertainty.table.highValue') },
        { key: 'low', label: t('uncertainty.table.atLow', { measure }), format },
        { key: 'high', label: t('uncertainty.table.atHigh', { measure }), format },
        { key: 'swing', label: t('uncertainty.table.swing'), format },
      ]}
      rows={r.inputs.map((e) => [
        e.label,
        formatInputValue(e.unit, e.lowValue, locale, t),
        formatInputValue(e.unit, e.highValue, locale, t),
        e.low,
        e.high,
        Math.abs(e.high - e.low),
      ])}
    />
  );
}

/**
 * The tornado (issue 12, section 1): each uncertain input at its low and high value, the others
 * central, for a year and a measure the user picks; largest swing first, with its table beside it
 * and the button that saves the two ends as a low and a high scenario.
 */
export function TornadoSection() {
  const { t, i18n } = useTranslation();
  const tornado = useApp((s) => s.tornado);
  const years = useApp((s) => s.draft?.years);
  const currency = useApp((s) => s.country?.currency ?? '');
  const saving = useApp((s) => s.pairSaving);
  const savePair = useApp((s) => s.scenarioPairSaved);
  const { year, measure, result } = tornado;
  useTornado(year, measure);
  const request = useApp((s) => s.tornadoRequested);
  const lang = engineLang(i18n.language);
  const config = useMemo(
    () => (result ? tornadoConfig(result, t, i18n.language, currency) : null),
    [result, t, i18n.language, currency],
  );
  const yearOptions = years
    ? Array.from({ length: years[1] - years[0] + 1 }, (_, k) => String(years[0] + k))
    : [];
  const measureText = t(`uncertainty.measure.${measure}`);

  return (
    <section className="panel" aria-labelledby="tornado-title">
      <h2 id="tornado-title">{t('uncertainty.tornado.title')}</h2>
      <p className="field__help">{t('uncertainty.tornado.help')}</p>
      <div className="uncertainty__controls">
        <SelectField
          label={t('uncertainty.tornado.year')}
          value={String(result?.year ?? year ?? '')}
          options={yearOptions.map((y) => ({ value: y, label: y }))}
          onChange={(y) => void request(lang, Number(y), measure)}
          testId="tornado-year"
        />
        <SelectField<SensitivityMeasure>
          label={t('uncertainty.tornado.measure')}
          value={measure}
          options={SENSITIVITY_MEASURES.map((m) => ({
            value: m,
            label: t(`uncertainty.measure.${m}`),
          }))}
          onChange={(m) => void request(lang, year, m)}
          testId="tornado-measure"
        />
        <button
          type="button"
          className="button"
          disabled={saving || !result}
          data-testid="save-pair"
          onClick={() => void savePair(lang)}
        >
          {saving ? t('uncertainty.pair.saving') : t('uncertainty.pair.save')}
        </button>
      </div>
      <p className="field__help">{t('uncertainty.pair.help')}</p>
      {tornado.status === 'invalid' || tornado.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {tornado.message}
        </p>
      ) : null}
      {result && config ? (
        <div className="uncertainty__pair" aria-busy={tornado.status === 'running'}>
          <ChartCanvas
            config={config}
            label={t('uncertainty.tornado.chartLabel', { measure: measureText, year: result.year })}
            testId="tornado-chart"
            height={80 + 34 * result.inputs.length}
            downloadName={`tornado-${result.year}`}
          />
          <TornadoTable r={result} />
        </div>
      ) : (
        <p className="empty" role="status">
          {t('status.calculating')}
        </p>
      )}
    </section>
  );
}
