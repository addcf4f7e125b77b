import { useTranslation } from 'react-i18next';
import {
  BASES,
  INDEXATIONS,
  PREVALENCES,
  type Basis,
  type BenefitSpec,
  type Indexation,
} from '#engine';
import { CheckboxField, NumberField, SelectField, TextField } from '../../components/fields';
import { useIssueAt } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';

type Targeting = 'universal' | 'poverty' | 'share';

/** Every parameter of one benefit, grouped as a costing expert reads them, with units and help. */
export function BenefitEditor({ benefit, index }: { benefit: BenefitSpec; index: number }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.benefitEdited);
  const remove = useApp((s) => s.benefitRemoved);
  const currency = useApp((s) => s.country?.currency ?? 'LCU');
  const years = useApp((s) => s.draft?.years ?? [2025, 2060]);
  const issue = useIssueAt(`benefits[${index}]`);
  const b = benefit;
  const set = (label: string, recipe: (x: BenefitSpec) => void) => edit(b.id, label, recipe);
  const targeting: Targeting =
    b.eligibility.targeting === null
      ? 'universal'
      : b.eligibility.targeting === 'poverty'
        ? 'poverty'
        : 'share';
  const isFixed = b.benefit.basis === 'fixed';
  const isHealth = b.kind === 'health';
  const isMaternity = b.kind === 'maternity';

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

      <fieldset className="editor__group">
        <legend>{t('benefits.who')}</legend>
        <div className="field-row">
          <NumberField
            label={isMaternity ? t('benefits.mothersFromAge') : t('benefits.fromAge')}
            value={b.ages[0]}
            digits={0}
            min={0}
            max={100}
            unit={t('units.years')}
            error={issue('ages[0]')}
            onChange={(v) => set('ages0', (x) => void (x.ages[0] = Math.round(v)))}
            testId="age-from"
          />
          <NumberField
            label={isMaternity ? t('benefits.mothersToAge') : t('benefits.toAge')}
            value={b.ages[1]}
            digits={0}
            min={0}
            max={100}
            unit={t('units.years')}
            error={issue('ages[1]')}
            help={isMaternity ? t('help.maternityAges') : t('help.ages')}
            onChange={(v) => set('ages1', (x) => void (x.ages[1] = Math.round(v)))}
            testId="age-to"
          />
        </div>
        {!isMaternity ? (
          <SelectField
            label={t('benefits.sex')}
            value={b.sex}
            options={(['all', 'female', 'male'] as const).map((v) => ({
              value: v,
              label: t(`sex.${v}`),
            }))}
            onChange={(v) => set('sex', (x) => void (x.sex = v))}
          />
        ) : null}
        <SelectField<Targeting>
          label={t('benefits.targeting')}
          value={targeting}
          options={(['universal', 'poverty', 'share'] as const).map((v) => ({
            value: v,
            label: t(`targeting.${v}`),
          }))}
          help={t('help.targeting')}
          onChange={(v) =>
            set('targeting', (x) => {
              x.eligibility.targeting =
                v === 'universal' ? null : v === 'poverty' ? 'poverty' : 0.5;
            })
          }
          testId="targeting"
        />
        {typeof b.eligibility.targeting === 'number' ? (
          <NumberField
            label={t('benefits.targetShare')}
            value={b.eligibility.targeting}
            scale={100}
            min={0}
            max={100}
            unit="%"
            onChange={(v) => set('targetShare', (x) => void (x.eligibility.targeting = v))}
          />
        ) : null}
        <NumberField
          label={t('benefits.exclusionError')}
          value={b.eligibility.exclusionError}
          scale={100}
          min={0}
          max={100}
          unit="%"
          help={t('help.exclusionError')}
          onChange={(v) => set('exclusion', (x) => void (x.eligibility.exclusionError = v))}
        />
        <SelectField
          label={t('benefits.prevalence')}
          value={b.eligibility.prevalence ?? 'none'}
          options={[
            { value: 'none', label: t('prevalence.none') },
            ...PREVALENCES.map((p) => ({ value: p, label: t(`prevalence.${p}`) })),
          ]}
          help={t('help.prevalence')}
          onChange={(v) =>
            set('prevalence', (x) => {
              x.eligibility.prevalence = v === 'none' ? null : v;
            })
          }
        />
        <CheckboxField
          label={t('benefits.pensionTested')}
          checked={b.eligibility.pensionTested}
          help={t('help.pensionTested')}
          onChange={(v) => set('pensionTested', (x) => void (x.eligibility.pensionTested = v))}
        />
        <NumberField
          label={t('benefits.eligibleShare')}
          value={b.eligibility.share}
          scale={100}
          min={0}
          unit="%"
          help={t('help.eligibleShare')}
          onChange={(v) => set('eligibleShare', (x) => void (x.eligibility.share = v))}
        />
      </fieldset>

      <fieldset className="editor__group">
        <legend>{t('benefits.howMuch')}</legend>
        <SelectField<Basis>
          label={t('benefits.basis')}
          value={b.benefit.basis}
          options={BASES.filter((v) => !isHealth || v === 'gdpPerCapita' || v === 'fixed').map(
            (v) => ({ value: v, label: t(`basis.${v}`) }),
          )}
          help={t('help.basis')}
          onChange={(v) =>
            set('basis', (x) => {
              x.benefit.basis = v;
              if (v === 'fixed') {
                x.benefit.share = 1;
                x.benefit.amount = x.benefit.amount || 1000;
              } else x.benefit.amount = 0;
            })
          }
          testId="basis"
        />
        {isFixed ? (
          <NumberField
            label={t('benefits.amount')}
            value={b.benefit.amount}
            min={0}
            digits={2}
            unit={t('units.perMonthBase', { currency })}
            error={issue('benefit.amount')}
            onChange={(v) => set('amount', (x) => void (x.benefit.amount = v))}
            testId="amount"
          />
        ) : (
          <NumberField
            label={t('benefits.share')}
            value={b.benefit.share}
            scale={100}
            min={0}
            digits={2}
            unit={t('units.percentOf', { basis: t(`basis.${b.benefit.basis}`) })}
            error={issue('benefit.share')}
            help={t('help.share')}
            onChange={(v) => set('share', (x) => void (x.benefit.share = v))}
            testId="share"
          />
        )}
        {!isHealth ? (
          <NumberField
            label={t('benefits.months')}
            value={b.benefit.months}
            min={0.01}
            max={14}
            digits={2}
            unit={t('units.monthsPerYear')}
            help={t('help.months')}
            error={issue('benefit.months')}
            onChange={(v) => set('months', (x) => void (x.benefit.months = v))}
            testId="months"
          />
        ) : null}
        <SelectField<Indexation>
          label={t('benefits.indexation')}
          value={b.benefit.indexation}
          options={INDEXATIONS.map((v) => ({ value: v, label: t(`indexation.${v}`) }))}
          help={t('help.indexation')}
          onChange={(v) => set('indexation', (x) => void (x.benefit.indexation = v))}
        />
        {b.kind === 'unemployment' || b.kind === 'custom' ? (
          <NumberField
            label={t('benefits.nonWage')}
            value={b.benefit.nonWageCostRate}
            scale={100}
            min={0}
            unit={t('units.percentOfWages')}
            help={t('help.nonWage')}
            onChange={(v) => set('nonWage', (x) => void (x.benefit.nonWageCostRate = v))}
          />
        ) : null}
      </fieldset>

      <fieldset className="editor__group">
        <legend>{t('benefits.phaseIn')}</legend>
        <div className="field-row">
          <NumberField
            label={t('benefits.startYear')}
            value={b.coverage.startYear}
            digits={0}
            grouping={false}
            min={1900}
            max={2300}
            error={issue('coverage.startYear')}
            onChange={(v) => set('startYear', (x) => void (x.coverage.startYear = Math.round(v)))}
            testId="start-year"
          />
          <NumberField
            label={t('benefits.startCoverage')}
            value={b.coverage.start}
            scale={100}
            min={0}
            max={100}
            unit="%"
            onChange={(v) => set('startCoverage', (x) => void (x.coverage.start = v))}
            testId="start-coverage"
          />
        </div>
        <div className="field-row">
          <NumberField
            label={t('benefits.fullYear')}
            value={b.coverage.fullYear}
            digits={0}
            grouping={false}
            min={1900}
            max={2300}
            error={issue('coverage.fullYear')}
            onChange={(v) => set('fullYear', (x) => void (x.coverage.fullYear = Math.round(v)))}
            testId="full-year"
          />
          <NumberField
            label={t('benefits.fullCoverage')}
            value={b.coverage.full}
            scale={100}
            min={0}
            max={100}
            unit="%"
            onChange={(v) => set('fullCoverage', (x) => void (x.coverage.full = v))}
            testId="full-coverage"
          />
        </div>
        <p className="field__help">{t('help.coverage', { first: years[0], last: years[1] })}</p>
      </fieldset>

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

      {b.kind === 'custom' ? (
        <fieldset className="editor__group">
          <legend>{t('benefits.formulas')}</legend>
          <TextField
            label={t('benefits.eligibleFormula')}
            value={b.formula?.eligible ?? ''}
            help={t('help.eligibleFormula')}
            onChange={(v) =>
              set('formulaEligible', (x) => {
                const f = { ...(x.formula ?? {}) };
                if (v.trim() === '') delete f.eligible;
                else f.eligible = v;
                x.formula = Object.keys(f).length ? f : null;
              })
            }
          />
          {issue('formula.eligible') ? (
            <p className="field__error" role="alert">
              {issue('formula.eligible')}
            </p>
          ) : null}
          <TextField
            label={t('benefits.amountFormula')}
            value={b.formula?.perBeneficiary ?? ''}
            help={t('help.amountFormula', { currency })}
            onChange={(v) =>
              set('formulaAmount', (x) => {
                const f = { ...(x.formula ?? {}) };
                if (v.trim() === '') delete f.perBeneficiary;
                else f.perBeneficiary = v;
                x.formula = Object.keys(f).length ? f : null;
              })
            }
          />
          {issue('formula.perBeneficiary') ? (
            <p className="field__error" role="alert">
              {issue('formula.perBeneficiary')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </section>
  );
}
