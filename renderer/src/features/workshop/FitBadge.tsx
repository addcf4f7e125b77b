import type { BudgetFit } from '#engine';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format';
import type { Change } from './workshop-figures';

/**
 * The budget game's verdict for one package: an icon, words and a colour, so that it reads for
 * colour-blind eyes and in black and white ("✓ Fits: 0.4% of GDP to spare", "✗ Misses by 1.2% of GDP").
 */
export function FitBadge({ fit, testId }: { fit: BudgetFit | null; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!fit) return <span className="ws-fit ws-fit--none">{t('workshop.fit.unknown')}</span>;
  const margin = formatPercent(Math.abs(fit.marginPctGdp), i18n.language, 1);
  return (
    <span
      className={`ws-fit ${fit.fits ? 'ws-fit--fits' : 'ws-fit--misses'}`}
      data-testid={testId}
      data-fits={fit.fits}
    >
      <span className="ws-fit__icon" aria-hidden="true">
        {fit.fits ? '✓' : '✗'}
      </span>
      {fit.fits ? t('workshop.fit.fits', { margin }) : t('workshop.fit.misses', { margin })}
    </span>
  );
}

/** What a group changed from the baseline, one short line each; "No change" when nothing. */
export function ChangeList({ changes, testId }: { changes: Change[]; testId?: string }) {
  const { t } = useTranslation();
  if (changes.length === 0) {
    return (
      <p className="ws-changes ws-changes--none" data-testid={testId}>
        {t('workshop.change.none')}
      </p>
    );
  }
  return (
    <ul className="ws-changes" data-testid={testId}>
      {changes.map((c) => (
        <li key={`${c.kind}|${c.label}`}>{t(`workshop.change.${c.kind}`, { label: c.label })}</li>
      ))}
    </ul>
  );
}
