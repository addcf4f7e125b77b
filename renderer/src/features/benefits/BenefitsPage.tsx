import { useTranslation } from 'react-i18next';
import { useApp } from '../../stores/store-context';
import { HowSurePanel } from '../uncertainty/HowSurePanel';
import { BenefitEditor } from './BenefitEditor';
import { LiveSummary } from './LiveSummary';
import { PackageList } from './PackageList';

/** The benefit package: list, editor of the selected benefit, and the live cost beside them. */
export function BenefitsPage() {
  const { t } = useTranslation();
  const benefits = useApp((s) => s.draft?.benefits ?? []);
  const selected = useApp((s) => s.selectedBenefit);
  const index = benefits.findIndex((b) => b.id === selected);
  const benefit = benefits[index];
  return (
    <div className="page page--benefits">
      <PackageList />
      {benefit ? (
        <BenefitEditor key={benefit.id} benefit={benefit} index={index} />
      ) : (
        <section className="panel editor">
          <p className="empty">{t('benefits.pick')}</p>
        </section>
      )}
      <div className="benefits__side">
        <LiveSummary />
        <HowSurePanel />
      </div>
    </div>
  );
}
