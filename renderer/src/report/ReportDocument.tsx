import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from './report-model';
import { reportFormat } from './report-format';
import { AssumptionsSection } from './sections/AssumptionsSection';
import { ChartsSection } from './sections/ChartsSection';
import { Cover } from './sections/Cover';
import { HowSureSection } from './sections/HowSureSection';
import { MethodologySection } from './sections/MethodologySection';
import { PackageSummary } from './sections/PackageSummary';
import { SourcesSection } from './sections/SourcesSection';
import { TablesSection } from './sections/TablesSection';

interface Props {
  model: ReportModel;
  /** Called once everything, charts included, has been drawn. */
  onRendered?: () => void;
}

/** The printable report, in the order a ministry reads it. */
export function ReportDocument({ model, onRendered }: Props) {
  const { t, i18n } = useTranslation();
  const f = useMemo(() => reportFormat(i18n.language), [i18n.language]);
  // Children's effects (each chart paints in its own) run before this one.
  useEffect(() => {
    onRendered?.();
  }, [onRendered]);
  return (
    <main className="report" data-testid="report">
      <div className="report-toolbar" role="toolbar" aria-label={t('report.toolbar.label')}>
        <button type="button" className="report-toolbar__print" onClick={() => window.print()}>
          {t('report.toolbar.print')}
        </button>
        <span>{t('report.toolbar.hint')}</span>
      </div>
      <Cover model={model} f={f} />
      <PackageSummary model={model} f={f} />
      <ChartsSection model={model} f={f} />
      <TablesSection model={model} f={f} />
      <HowSureSection model={model} f={f} />
      <AssumptionsSection model={model} f={f} />
      <MethodologySection />
      <SourcesSection model={model} f={f} />
    </main>
  );
}
