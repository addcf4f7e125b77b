import { useTranslation } from 'react-i18next';
import { benefitKind, type BenefitSpec } from '#engine';
import { NumberField, TextField } from '../../components/fields';
import { useIssueAt } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';
import {
  FormulasGroup,
  HowMuchGroup,
  PhaseInGroup,
  WhoGroup,
  type BenefitGroupProps,
  type SetBenefit,
} from './benefit-groups';

/** Every parameter of one benefit, grouped as a costing expert reads them, with units and help. */
export function BenefitEditor({ benefit, index }: { benefit: BenefitSpec; index: number }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.benefitEdited);
  const remove = useApp((s) => s.benefitRemoved);
  const issue = useIssueAt(`benefits[${index}]`);
  const b = benefit;
  const set: SetBenefit = (label, recipe) => edit(b.id, label, recipe);
  const group: BenefitGroupProps = { benefit: b, set, issue };

  return (
    <section className="panel editor" aria-labelledby="editor-title" data-testid="benefit-editor">
      <header className="editor__head">
        <h2 id="editor-title">{b.label}</h2>
        <span className="badge">{t(`kind.${b.kind}`)}</span>
        <button
          type="button"
          className="button button--danger button--small"
          onClick={() => remove(b.id)}
        >
          {t('benefits.remove')}
        </button>
      </header>

      <TextField
        label={t('benefits.name')}
        value={b.label}
        onChange={(v) => set('label', (x) => void (x.label = v))}
        testId="benefit-name"
      />

      <WhoGroup {...group} />
      <HowMuchGroup {...group} />
      <PhaseInGroup {...group} />

      <fieldset className="editor__group">
        <legend>{t('benefits.administration')}</legend>
        <NumberField
          label={t('benefits.adminRate')}
          value={b.adminRate}
          scale={100}
          min={0}
          max={100}
          unit={t('units.percentOfBenefits')}
          help={t('help.admin')}
          onChange={(v) => set('admin', (x) => void (x.adminRate = v))}
          testId="admin-rate"
        />
      </fieldset>

      {benefitKind(b.kind).allowsFormula ? <FormulasGroup {...group} /> : null}
    </section>
  );
}
