import { useTranslation } from 'react-i18next';
import { MonteCarloSection } from './MonteCarloSection';
import { RangesSection } from './RangesSection';
import { TornadoSection } from './TornadoSection';

/**
 * How sure are these numbers (issue 12): the tornado of one-at-a-time swings, the Monte Carlo bands
 * of every input drawn together, and the ranges behind both, which the user can change.
 */
export function UncertaintyPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--uncertainty">
      <p className="muted">{t('uncertainty.intro')}</p>
      <TornadoSection />
      <MonteCarloSection />
      <RangesSection />
    </div>
  );
}
