import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputUnit, SensitivityResult, UncertaintyResult } from '#engine';
import { hasHowSure, type HowSure } from '../../../../src/contract/report';
import { fanChart, tornadoChart, TORNADO_INPUTS } from '../../charts/configs';
import type { ReportFormat } from '../report-format';
import type { ReportModel } from '../report-model';
import { ReportChart } from '../ReportChart';
import { ReportTable } from '../ReportTable';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

/** How many inputs the text names as moving the cost most. */
const NAMED_INPUTS = 3;

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** An input's value as its unit reads: percentage points, a percentage, children, a multiple. */
export function inputValue(unit: InputUnit, value: number, f: ReportFormat, t: TFunction): string {
  switch (unit) {
    case 'shift':
      return t('report.howSure.value.shift', { value: signed(f.number(value * 100, 1), value) });
    case 'factor':
      return f.rate(value);
    case 'children':
      return signed(f.number(value, 2), value);
    case 'multiple':
      return t('report.howSure.value.multiple', { value: f.number(value, 1) });
  }
}

/** The report's selected years and the tornado's, in order. */
function tableYears(model: ReportModel, year: number): number[] {
  return [...new Set([...model.years, year])].sort((a, b) => a - b);
}

function Tornado({ s, f }: { s: SensitivityResult; f: ReportFormat }) {
  const { t } = useTranslation();
  const config = useMemo(
    () =>
      tornadoChart(
        s,
        {
          low: t('report.howSure.tornado.low'),
          high: t('report.howSure.tornado.high'),
          axis: t('report.howSure.tornado.axis', { year: s.year }),
        },
        'print',
        { shown: (v) => v * 100, maxInputs: TORNADO_INPUTS },
      ),
    [s, t],
  );
  const top = s.inputs
    .slice(0, NAMED_INPUTS)
    .map((e) => e.label)
    .join('; ');
  const title = t('report.howSure.tornado.title', { year: s.year });
  return (
    <figure className="report-figure" data-testid="report-figure-tornado">
      <h3>{title}</h3>
      <p className="report-figure__text">
        {t('report.howSure.tornado.text', {
          base: f.pct(s.base),
          shown: Math.min(TORNADO_INPUTS, s.inputs.length),
          top,
        })}
      </p>
      <ReportChart config={config} label={title} testId="report-chart-tornado" height={300} />
    </figure>
  );
}

function Fan({ model, u, f }: { model: ReportModel; u: UncertaintyResult; f: ReportFormat }) {
  const { t } = useTranslation();
  const central = model.result.total.pctGdp;
  const config = useMemo(
    () =>
      fanChart(
        u.total.pctGdp,
        central,
        u.years,
        {
          outer: t('report.howSure.fan.outer'),
          inner: t('report.howSure.fan.inner'),
          median: t('report.howSure.fan.median'),
          central: t('report.howSure.fan.central'),
          axis: t('units.pctGdp'),
        },
        'print',
      ),
    [u, central, t],
  );
  const title = t('report.howSure.fan.title');
  return (
    <figure className="report-figure" data-testid="report-figure-fan">
      <h3>{title}</h3>
      <p className="report-figure__text">
        {t('report.howSure.fan.text', { draws: f.whole(u.draws) })}
      </p>
      <ReportChart config={config} label={title} testId="report-chart-fan" />
    </figure>
  );
}

/** The cost's percentiles and the gap's chance of passing its threshold, in the selected years. */
function BandsTable({ model, howSure, f }: Props & { howSure: HowSure }) {
  const { t } = useTranslation();
  const { sensitivity: s, uncertainty: u } = howSure;
  const band = u.total.pctGdp;
  const rows = tableYears(model, s.year).map((year) => {
    const i = u.years.indexOf(year);
    return [
      String(year),
      f.pct(model.result.total.pctGdp[i]!),
      f.pct(band.p5[i]!),
      f.pct(band.p50[i]!),
      f.pct(band.p95[i]!),
      f.rate(u.gap.probabilityAbove[i]!),
    ];
  });
  return (
    <ReportTable
      compact
      caption={t('report.howSure.bands.title')}
      testId="report-how-sure-bands"
      columns={[
        { label: t('report.table.year'), text: true },
        { label: t('report.howSure.bands.central') },
        { label: t('report.howSure.bands.p5') },
        { label: t('report.howSure.bands.p50') },
        { label: t('report.howSure.bands.p95') },
        { label: t('report.howSure.bands.gap', { threshold: f.rate(u.gap.threshold) }) },
      ]}
      rows={rows}
    />
  );
}

/** The method in one paragraph, and the ranges behind the tornado and the bands. */
function Assumptions({ u, f }: { u: UncertaintyResult; f: ReportFormat }) {
  const { t } = useTranslation();
  const value = (e: UncertaintyResult['inputs'][number], v: number) => inputValue(e.unit, v, f, t);
  return (
    <>
      <h3>{t('report.howSure.method.title')}</h3>
      <p data-testid="report-how-sure-method">
        {t('report.howSure.method.text', { draws: f.whole(u.draws), seed: u.seed })}
      </p>
      {/* Not a ReportBlock: a table of 30 inputs may break across pages rather than leave one blank. */}
      <h3>{t('report.howSure.ranges.title')}</h3>
      <p>{t('report.howSure.ranges.text')}</p>
      <ReportTable
        compact
        caption={t('report.howSure.ranges.caption')}
        testId="report-how-sure-ranges"
        columns={[
          { label: t('report.howSure.ranges.input'), text: true },
          { label: t('report.howSure.ranges.low') },
          { label: t('report.howSure.ranges.central') },
          { label: t('report.howSure.ranges.high') },
        ]}
        rows={u.inputs.map((e) => [
          e.label,
          value(e, e.low),
          value(e, e.central),
          value(e, e.high),
        ])}
      />
    </>
  );
}

/** "How sure are these numbers?": the tornado, the fan of the bands, their table and assumptions. */
export function HowSureSection({ model, f }: Props) {
  const { t } = useTranslation();
  const part = model.howSure;
  return (
    <section
      className="report-section"
      data-testid="report-how-sure"
      aria-labelledby="how-sure-title"
    >
      <h2 id="how-sure-title">{t('report.howSure.title')}</h2>
      {hasHowSure(part) ? (
        <>
          <p>{t('report.howSure.intro')}</p>
          <Tornado s={part.sensitivity} f={f} />
          <Fan model={model} u={part.uncertainty} f={f} />
          <BandsTable model={model} howSure={part} f={f} />
          <Assumptions u={part.uncertainty} f={f} />
        </>
      ) : (
        <p className="report-note" role="note">
          {t('report.howSure.missing', { note: part.note })}
        </p>
      )}
    </section>
  );
}
