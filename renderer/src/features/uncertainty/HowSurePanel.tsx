import type { MessageLanguage } from '#engine';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { formatInputValue } from './input-units';

/** Quiet time after the last edit before the quick band is drawn again: typing is never held up. */
export const GLANCE_DEBOUNCE_MS = 600;
/** The inputs the benefits page names: those that move the cost most. */
const TOP_INPUTS = 3;

/** The app's language as the engine's messages know it. */
export function engineLang(language: string): MessageLanguage {
  const short = language.slice(0, 2);
  return short === 'fr' || short === 'es' ? short : 'en';
}

/** Asks for the quick band whenever the draft or its country change, once typing pauses. */
function useGlance() {
  const { i18n } = useTranslation();
  const draft = useApp((s) => s.draft);
  const country = useApp((s) => s.country);
  const request = useApp((s) => s.glanceRequested);
  const lang = engineLang(i18n.language);
  useEffect(() => {
    if (!draft || !country) return;
    const timer = setTimeout(() => void request(lang), GLANCE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, country, request, lang]);
}

/**
 * "How sure?" beside the live summary (issue 12): the total cost in % of GDP in the tornado's year
 * with its 90% band from a quick Monte Carlo, and the three inputs that move it most, each with its
 * range and what it does to the cost. It follows edits a moment after typing stops.
 */
export function HowSurePanel() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const glance = useApp((s) => s.glance);
  const open = useApp((s) => s.pageChanged);
  useGlance();
  const { sensitivity, bands } = glance;
  const i = sensitivity && bands ? bands.years.indexOf(sensitivity.year) : -1;
  const pct = (v: number) => formatPercent(v, locale);

  return (
    <section className="panel how-sure" aria-labelledby="how-sure-title" data-testid="how-sure">
      <h2 id="how-sure-title">{t('uncertainty.glance.title')}</h2>
      {sensitivity && bands && i >= 0 ? (
        <div aria-live="polite" aria-busy={glance.status === 'running'}>
          <p className="how-sure__band" data-testid="how-sure-band">
            <span className="how-sure__value">{pct(sensitivity.base)}</span>{' '}
            {t('uncertainty.glance.ofGdpIn', { year: sensitivity.year })}
            <br />
            {t('uncertainty.glance.band', {
              low: pct(bands.total.pctGdp.p5[i]!),
              high: pct(bands.total.pctGdp.p95[i]!),
              draws: formatNumber(bands.draws, locale),
            })}
          </p>
          <h3 className="how-sure__subtitle">{t('uncertainty.glance.moversTitle')}</h3>
          <ol className="how-sure__inputs" data-testid="how-sure-inputs">
            {sensitivity.inputs.slice(0, TOP_INPUTS).map((e) => (
              <li key={e.name}>
                <strong>{e.label}</strong>
                <span className="how-sure__detail">
                  {t('uncertainty.glance.mover', {
                    from: formatInputValue(e.unit, e.lowValue, locale, t),
                    to: formatInputValue(e.unit, e.highValue, locale, t),
                    low: pct(e.low),
                    high: pct(e.high),
                  })}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="empty" role="status">
          {glance.status === 'invalid' || glance.status === 'failed'
            ? t('uncertainty.glance.unavailable')
            : t('status.calculating')}
        </p>
      )}
      <button
        type="button"
        className="button button--small"
        data-testid="open-uncertainty"
        onClick={() => open('uncertainty')}
      >
        {t('uncertainty.glance.open')}
      </button>
    </section>
  );
}
