import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopDetails } from '../../../../src/contract/bridge';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { formatPercent } from '../../lib/format';
import { FiguresTable } from './FiguresTable';
import { ChangeList, FitBadge } from './FitBadge';
import { useChartLabels } from './use-chart-labels';
import { workshopChart } from './workshop-chart';
import type { GroupFigures } from './workshop-figures';

interface Props {
  workshop: WorkshopDetails;
  figures: GroupFigures[];
  baselineName: string;
  baselineCostPctGdp: number | null;
  onClose: () => void;
}

/** Type on the slides' chart, readable from the back of a room on a 1920×1080 projector. */
const SLIDE_CHART_FONT = 26;

/** Keys that move through the slides (as a presentation clicker sends them), and their step. */
const STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

function GroupSlide({ f, year }: { f: GroupFigures; year: number }) {
  const { t, i18n } = useTranslation();
  const pct = (v: number | null) => (v === null ? '–' : formatPercent(v, i18n.language));
  return (
    <>
      <h2 className="slide__title">{f.name}</h2>
      <dl className="slide__numbers">
        <div>
          <dt>{t('workshop.slides.cost', { year })}</dt>
          <dd data-testid={`slide-cost-${f.position}`}>{pct(f.costPctGdp)}</dd>
        </div>
        <div>
          <dt>{t('workshop.slides.envelope')}</dt>
          <dd>{pct(f.envelopePctGdp)}</dd>
        </div>
        <div>
          <dt>{t('workshop.slides.gap', { year })}</dt>
          <dd>{pct(f.gapPctGdp)}</dd>
        </div>
      </dl>
      <p className="slide__fit">
        <FitBadge fit={f.fit} />
      </p>
      <h3 className="slide__subtitle">{t('workshop.slides.changes')}</h3>
      <ChangeList changes={f.changes} />
    </>
  );
}

/** The slides in order: title, one per group, the side-by-side chart, the table. */
function useSlides(p: Props): { key: string; body: ReactNode }[] {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const { workshop, figures } = p;
  const chart = useMemo(
    () => workshopChart(p.baselineCostPctGdp, figures, labels, SLIDE_CHART_FONT),
    [p.baselineCostPctGdp, figures, labels],
  );
  const year = workshop.envelopeYear;
  return [
    {
      key: 'title',
      body: (
        <>
          <h2 className="slide__title slide__title--main">{workshop.name}</h2>
          <p className="slide__lead">
            {t('workshop.slides.lead', {
              country: workshop.country,
              groups: workshop.groups,
              year,
            })}
          </p>
          <p className="slide__lead">{t('workshop.slides.baseline', { name: p.baselineName })}</p>
        </>
      ),
    },
    ...figures.map((f) => ({
      key: `group-${f.position}`,
      body: <GroupSlide f={f} year={year} />,
    })),
    {
      key: 'chart',
      body: (
        <>
          <h2 className="slide__title">{t('workshop.chart.title', { year })}</h2>
          <ChartCanvas
            config={chart}
            label={t('workshop.chart.label', { year })}
            height={760}
            testId="slide-chart-canvas"
          />
        </>
      ),
    },
    {
      key: 'table',
      body: (
        <>
          <h2 className="slide__title">{t('workshop.slides.tableTitle', { year })}</h2>
          <FiguresTable
            year={year}
            baselineName={p.baselineName}
            baselineCostPctGdp={p.baselineCostPctGdp}
            figures={figures}
          />
        </>
      ),
    },
  ];
}

/**
 * The presentation mode: full screen, large type, one chart or table per slide. Arrow keys, Page Up
 * and Page Down and the space bar move; Escape leaves (and so does the browser's own full-screen
 * exit). It is a modal dialog, so screen readers hear each slide's title and the counter.
 */
export function Presentation(props: Props) {
  const { t } = useTranslation();
  const { onClose } = props;
  const slides = useSlides(props);
  const [index, setIndex] = useState(0);
  const box = useRef<HTMLDivElement | null>(null);
  const last = slides.length - 1;
  const move = useCallback(
    (step: number) => setIndex((i) => Math.min(Math.max(i + step, 0), last)),
    [last],
  );

  useEffect(() => {
    box.current?.focus();
    // Full screen where the browser allows it; the overlay fills the window either way.
    void box.current?.requestFullscreen?.().catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        setIndex(e.key === 'Home' ? 0 : last);
      } else if (STEPS[e.key] !== undefined) {
        e.preventDefault();
        move(STEPS[e.key]!);
      }
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) onClose();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    };
  }, [move, last, onClose]);

  const slide = slides[index]!;
  return (
    <div
      ref={box}
      className="slides"
      role="dialog"
      aria-modal="true"
      aria-label={t('workshop.slides.label', { name: props.workshop.name })}
      tabIndex={-1}
      data-testid="presentation"
    >
      <div className={`slide slide--${slide.key.split('-')[0]}`} data-testid={`slide-${slide.key}`}>
        {slide.body}
      </div>
      <div className="slides__bar">
        <button type="button" className="button" onClick={() => move(-1)} disabled={index === 0}>
          {t('workshop.slides.previous')}
        </button>
        <span className="slides__counter" aria-live="polite" data-testid="slide-counter">
          {t('workshop.slides.counter', { n: index + 1, total: slides.length })}
        </span>
        <button type="button" className="button" onClick={() => move(1)} disabled={index === last}>
          {t('workshop.slides.next')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('workshop.slides.leave')}
        </button>
      </div>
    </div>
  );
}
