import { useTranslation } from 'react-i18next';
import { BASES, benefitKind, INDEXATIONS, PREVALENCES, type Basis, type Indexation } from '#engine';
import { CheckboxField, NumberField, SelectField, TextField } from '../../components/fields';
import { RampFields, type RampField } from '../../components/RampFields';
import { useApp } from '../../stores/store-context';
import type { BenefitGroupProps } from './benefit-group-props';
import { CoverageByYearRows, CoverageFormField } from './CoverageByYear';

type Targeting = 'universal' | 'poverty' | 'share';

export type { BenefitGroupProps, SetBenefit } from './benefit-group-props';

/** Who is paid: ages, sex, targeting, exclusion error, prevalence, pension test, eligible share. */
export function WhoGroup({ benefit: b, set, issue }: BenefitGroupProps) {
  const { t } = useTranslation();
  const targeting: Targeting =
    b.eligibility.targeting === null
      ? 'universal'
      : b.eligibility.targeting === 'poverty'
        ? 'poverty'
        : 'share';
  // A kind that counts births counts mothers: the ages are theirs and the benefit is for women.
  const isMaternity = benefitKind(b.kind).base === 'births';
  return (
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
            x.eligibility.targeting = v === 'universal' ? null : v === 'poverty' ? 'poverty' : 0.5;
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
  );
}

/** How much each beneficiary receives: the basis, the amount or share, months and indexation. */
export function HowMuchGroup({ benefit: b, set, issue }: BenefitGroupProps) {
  const { t } = useTranslation();
  const currency = useApp((s) => s.country?.currency ?? 'LCU');
  const isFixed = b.benefit.basis === 'fixed';
  // Care in kind (a kind with fixed months) is costed per person per year: from GDP per capita or a
  // fixed amount, never from a wage or the poverty line, and its months are not the user's to set.
  const kind = benefitKind(b.kind);
  const isHealth = kind.fixedMonths !== null;
  return (
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
      {kind.allowsNonWageCost ? (
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
  );
}

/** The coverage ramp, named as the undo history knew each field before the ramp was shared. */
const COVERAGE_EDIT: Record<RampField, string> = {
  startYear: 'startYear',
  start: 'startCoverage',
  fullYear: 'fullYear',
  full: 'fullCoverage',
};

/** The phase-in of coverage, from the first year's share of the eligible to the full one. */
export function PhaseInGroup({ benefit: b, set, issue }: BenefitGroupProps) {
  const { t } = useTranslation();
  const years = useApp((s) => s.draft?.years ?? [2025, 2060]);
  return (
    <fieldset className="editor__group">
      <legend>{t('benefits.phaseIn')}</legend>
      <CoverageFormField benefit={b} set={set} />
      {b.coverage.byYear ? (
        <>
          <CoverageByYearRows benefit={b} set={set} issue={issue} />
          <p className="field__help">
            {t('help.coverageByYear', { first: years[0], last: years[1] })}
          </p>
        </>
      ) : (
        <PhaseInFields benefit={b} set={set} issue={issue} years={years} />
      )}
    </fieldset>
  );
}

/** The linear phase-in's four fields. */
function PhaseInFields({
  benefit: b,
  set,
  issue,
  years,
}: BenefitGroupProps & { years: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <>
      <RampFields
        ramp={b.coverage}
        startLabel={t('benefits.startCoverage')}
        fullLabel={t('benefits.fullCoverage')}
        unit="%"
        errors={{ startYear: issue('coverage.startYear'), fullYear: issue('coverage.fullYear') }}
        testIds={{
          startYear: 'start-year',
          start: 'start-coverage',
          fullYear: 'full-year',
          full: 'full-coverage',
        }}
        onChange={(field, v) => set(COVERAGE_EDIT[field], (x) => void (x.coverage[field] = v))}
      />
      <p className="field__help">{t('help.coverage', { first: years[0], last: years[1] })}</p>
    </>
  );
}

/** A custom benefit's own formulas for the eligible and the amount per beneficiary. */
export function FormulasGroup({ benefit: b, set, issue }: BenefitGroupProps) {
  const { t } = useTranslation();
  const currency = useApp((s) => s.country?.currency ?? 'LCU');
  return (
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
  );
}
