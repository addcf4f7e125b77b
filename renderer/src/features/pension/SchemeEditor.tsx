import { useTranslation } from 'react-i18next';
import type { Issue, PensionFile } from '#engine';
import { useMessageLanguage } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';
import { issueFinder } from '../population/located-issues';
import {
  BenefitsGroup,
  FinancesGroup,
  InsuredGroup,
  SchemeGroup,
  StartGroup,
  type ChangePension,
  type SchemePartProps,
} from './scheme-groups';

/**
 * The parameters of the scenario's `pension` block (formats.md), each with its unit and help. Every
 * edit is one undoable step; the engine checks the values and its messages appear by each field.
 */
export function SchemeEditor({ pension, issues }: { pension: PensionFile; issues: Issue[] }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.scenarioEdited);
  const years = useApp((s) => s.draft?.years) ?? ([0, 0] as [number, number]);
  const lang = useMessageLanguage();
  const change: ChangePension = (label, recipe) =>
    edit(`pension:${label}`, (d) => {
      if (d.pension) recipe(d.pension);
    });
  const part: SchemePartProps = {
    pension,
    change,
    at: issueFinder(issues, 'pension', lang),
    issues,
    years,
  };

  return (
    <section className="panel scheme" aria-labelledby="scheme-title" data-testid="scheme-editor">
      <div className="editor__head">
        <h3 id="scheme-title">{t('pension.editor.title')}</h3>
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="remove-pension"
          onClick={() => edit('pension:remove', (d) => void delete d.pension)}
        >
          {t('pension.editor.remove')}
        </button>
      </div>

      <SchemeGroup {...part} />
      <BenefitsGroup {...part} />
      <InsuredGroup {...part} />
      <StartGroup {...part} />
      <FinancesGroup {...part} />
      <p className="field__help">{t('pension.editor.method')}</p>
    </section>
  );
}
