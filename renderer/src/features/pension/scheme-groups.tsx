import { useTranslation } from 'react-i18next';
import {
  EARNINGS_BASES,
  MINIMUM_PENSION_BASES,
  type EarningsBasis,
  type Issue,
  type MinimumPensionBasis,
  type PENSION_INDEXATIONS,
  type PensionFile,
} from '#engine';
import { CheckboxField, NumberField, SelectField, TextField } from '../../components/fields';
import { useIssueText } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';
import { ListField } from '../population/ListField';
import { issuesUnder } from '../population/located-issues';
import { pathValue } from '../population/variant-edit';
import { OptionalNumberField } from './NumberCell';
import { RateByAgeEditor } from './RateByAgeEditor';

type IndexationMode = (typeof PENSION_INDEXATIONS)[number] | 'rate';
type MinimumMode = MinimumPensionBasis | 'none';

/** One undoable edit of the scenario's pension block. */
export type ChangePension = (label: string, recipe: (x: PensionFile) => void) => void;

/** What each group of the scheme editor works on. */
export interface SchemePartProps {
  pension: PensionFile;
  change: ChangePension;
  /** The engine's message for a field of the pension block (`pensionAge.male`), if any. */
  at: (field: string) => string | undefined;
  issues: Issue[];
  /** The scenario's first and last years. */
  years: readonly [number, number];
}

/** "% of <basis>" in the user's language. */
function usePctOf(): (basis: string) => string {
  const { t } = useTranslation();
  return (basis) => t('pension.units.pctOf', { basis: t(`pension.basis.${basis}`) });
}

/** The scheme itself: its name, contribution rate, pension ages, entry age, accrual and reference wage. */
export function SchemeGroup({ pension: p, change, at, issues, years: [first] }: SchemePartProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const ages =
    typeof p.pensionAge === 'number' ? { female: p.pensionAge, male: p.pensionAge } : p.pensionAge;
  return (
    <fieldset className="editor__group">
      <legend>{t('pension.editor.scheme')}</legend>
      <TextField
        label={t('pension.editor.label')}
        value={p.label ?? ''}
        testId="pension-label"
        onChange={(v) =>
          change('label', (x) => {
            if (v.trim() === '') delete x.label;
            else x.label = v;
          })
        }
      />
      <ListField
        label={t('pension.editor.contributionRate')}
        value={p.contributionRate}
        scale={100}
        digits={2}
        unit={t('pension.units.pctEarnings')}
        help={t('pension.editor.contributionRateHelp', { year: first })}
        error={at('contributionRate')}
        testId="pension-contribution"
        onChange={(xs) =>
          change('contributionRate', (x) => void (x.contributionRate = pathValue(xs)))
        }
      />
      <div className="field-row">
        <NumberField
          label={t('pension.editor.pensionAgeWomen')}
          value={ages.female}
          digits={0}
          grouping={false}
          unit={t('pension.units.years')}
          error={
            at('pensionAge.female') ??
            issues.filter((i) => i.path === 'pension.pensionAge').map(issueText)[0]
          }
          testId="pension-age-female"
          onChange={(v) =>
            change('pensionAge', (x) => void (x.pensionAge = { female: v, male: ages.male }))
          }
        />
        <NumberField
          label={t('pension.editor.pensionAgeMen')}
          value={ages.male}
          digits={0}
          grouping={false}
          unit={t('pension.units.years')}
          error={at('pensionAge.male')}
          testId="pension-age-male"
          onChange={(v) =>
            change('pensionAge', (x) => void (x.pensionAge = { female: ages.female, male: v }))
          }
        />
      </div>
      <p className="field__help">{t('pension.editor.pensionAgeHelp')}</p>
      <NumberField
        label={t('pension.editor.entryAge')}
        value={p.entryAge ?? 20}
        digits={0}
        grouping={false}
        unit={t('pension.units.years')}
        help={t('pension.editor.entryAgeHelp')}
        error={at('entryAge')}
        testId="pension-entry-age"
        onChange={(v) => change('entryAge', (x) => void (x.entryAge = v))}
      />
      <NumberField
        label={t('pension.editor.accrualRate')}
        value={p.accrualRate}
        scale={100}
        digits={3}
        unit={t('pension.units.pctPerYear')}
        help={t('pension.editor.accrualRateHelp')}
        error={at('accrualRate')}
        testId="pension-accrual"
        onChange={(v) => change('accrualRate', (x) => void (x.accrualRate = v))}
      />
      <SelectField<'career' | 'final'>
        label={t('pension.editor.referenceWage')}
        value={p.referenceWage ?? 'career'}
        help={t('pension.editor.referenceWageHelp')}
        options={[
          { value: 'career', label: t('pension.editor.career') },
          { value: 'final', label: t('pension.editor.final') },
        ]}
        onChange={(v) => change('referenceWage', (x) => void (x.referenceWage = v))}
      />
    </fieldset>
  );
}

/** What pensioners receive beyond the formula: a minimum pension and the indexation. */
export function BenefitsGroup({ pension: p, change, at }: SchemePartProps) {
  const { t } = useTranslation();
  const currency = useApp((s) => s.country?.currency ?? '');
  const povertyLine = useApp((s) => s.country?.povertyLine);
  const indexation: IndexationMode =
    typeof p.indexation === 'number' ? 'rate' : (p.indexation ?? 'prices');
  const minimum: MinimumMode = p.minimumPension?.basis ?? 'none';
  const pctOf = usePctOf();
  return (
    <fieldset className="editor__group">
      <legend>{t('pension.editor.benefits')}</legend>
      <SelectField<MinimumMode>
        label={t('pension.editor.minimumPension')}
        value={minimum}
        help={t('pension.editor.minimumPensionHelp')}
        error={at('minimumPension.basis')}
        testId="pension-minimum-basis"
        options={(['none', ...MINIMUM_PENSION_BASES] as const).map((b) => ({
          value: b,
          label: t(`pension.minimum.${b}`),
        }))}
        onChange={(b) =>
          change('minimumPension', (x) => {
            if (b === 'none') delete x.minimumPension;
            else if (b === 'fixed') {
              const amount = Math.round(((povertyLine ?? 0) * 0.8) / 12);
              x.minimumPension = { basis: 'fixed', amount: x.minimumPension?.amount ?? amount };
            } else x.minimumPension = { basis: b, share: x.minimumPension?.share ?? 1 };
          })
        }
      />
      {minimum === 'fixed' ? (
        <NumberField
          label={t('pension.editor.minimumAmount')}
          value={p.minimumPension?.amount ?? 0}
          digits={0}
          unit={t('pension.units.perMonthBase', { currency })}
          error={at('minimumPension.amount')}
          testId="pension-minimum-amount"
          onChange={(v) =>
            change('minimumAmount', (x) => void (x.minimumPension = { basis: 'fixed', amount: v }))
          }
        />
      ) : minimum !== 'none' ? (
        <NumberField
          label={t('pension.editor.minimumShare')}
          value={p.minimumPension?.share ?? 1}
          scale={100}
          digits={1}
          unit={pctOf(minimum)}
          error={at('minimumPension.share')}
          testId="pension-minimum-share"
          onChange={(v) =>
            change('minimumShare', (x) => void (x.minimumPension = { basis: minimum, share: v }))
          }
        />
      ) : null}
      <SelectField<IndexationMode>
        label={t('pension.editor.indexation')}
        value={indexation}
        help={t('pension.editor.indexationHelp')}
        testId="pension-indexation"
        options={(['prices', 'wages', 'none', 'rate'] as const).map((m) => ({
          value: m,
          label: t(`pension.indexation.${m}`),
        }))}
        onChange={(m) => change('indexation', (x) => void (x.indexation = m === 'rate' ? 0.02 : m))}
      />
      {typeof p.indexation === 'number' ? (
        <NumberField
          label={t('pension.editor.indexationRate')}
          value={p.indexation}
          scale={100}
          digits={2}
          unit={t('pension.units.pctYear')}
          error={at('indexation')}
          testId="pension-indexation-rate"
          onChange={(v) => change('indexationRate', (x) => void (x.indexation = v))}
        />
      ) : null}
    </fieldset>
  );
}

/** Who is insured: their earnings, the coverage by age (and its target), and contribution density. */
export function InsuredGroup({
  pension: p,
  change,
  at,
  issues,
  years: [first, last],
}: SchemePartProps) {
  const { t } = useTranslation();
  const under = (field: string) => issuesUnder(issues, `pension.${field}`);
  const earningsBasis: EarningsBasis = p.earnings?.basis ?? 'averageWage';
  const pctOf = usePctOf();
  return (
    <fieldset className="editor__group">
      <legend>{t('pension.editor.insured')}</legend>
      <div className="field-row">
        <SelectField<EarningsBasis>
          label={t('pension.editor.earningsBasis')}
          value={earningsBasis}
          error={at('earnings.basis')}
          options={EARNINGS_BASES.map((b) => ({ value: b, label: t(`pension.basis.${b}`) }))}
          onChange={(b) =>
            change('earningsBasis', (x) => void (x.earnings = { ...x.earnings, basis: b }))
          }
        />
        <NumberField
          label={t('pension.editor.earningsShare')}
          value={p.earnings?.share ?? 1}
          scale={100}
          digits={1}
          unit={pctOf(earningsBasis)}
          error={at('earnings.share')}
          testId="pension-earnings-share"
          onChange={(v) =>
            change('earningsShare', (x) => void (x.earnings = { ...x.earnings, share: v }))
          }
        />
      </div>
      <p className="field__help">{t('pension.editor.earningsHelp')}</p>
      <RateByAgeEditor
        label={t('pension.editor.coverage')}
        help={t('pension.editor.coverageHelp')}
        value={p.coverage}
        issues={under('coverage')}
        testId="pension-coverage"
        onChange={(spec) => change('coverage', (x) => void (x.coverage = spec))}
      />
      <CheckboxField
        label={t('pension.editor.coverageTarget')}
        checked={p.coverageTarget !== undefined}
        help={t('pension.editor.coverageTargetHelp')}
        testId="pension-coverage-target"
        onChange={(on) =>
          change('coverageTarget', (x) => {
            if (!on) delete x.coverageTarget;
            else
              x.coverageTarget = {
                year: Math.min(first + 15, last),
                coverage: structuredClone(x.coverage),
              };
          })
        }
      />
      {p.coverageTarget ? (
        <>
          <NumberField
            label={t('pension.editor.targetYear')}
            value={p.coverageTarget.year}
            digits={0}
            grouping={false}
            error={at('coverageTarget.year')}
            testId="pension-target-year"
            onChange={(v) =>
              change('targetYear', (x) => {
                if (x.coverageTarget) x.coverageTarget.year = v;
              })
            }
          />
          <RateByAgeEditor
            label={t('pension.editor.targetCoverage')}
            help={t('pension.editor.targetCoverageHelp')}
            value={p.coverageTarget.coverage}
            issues={under('coverageTarget.coverage')}
            testId="pension-target-coverage"
            onChange={(spec) =>
              change('targetCoverage', (x) => {
                if (x.coverageTarget) x.coverageTarget.coverage = spec;
              })
            }
          />
        </>
      ) : null}
      <RateByAgeEditor
        label={t('pension.editor.density')}
        help={t('pension.editor.densityHelp')}
        value={p.density ?? 1}
        issues={under('density')}
        testId="pension-density"
        onChange={(spec) => change('density', (x) => void (x.density = spec))}
      />
      {at('participation') ? <p className="field__error">{at('participation')}</p> : null}
    </fieldset>
  );
}

/** Where the projection starts: insured, pensioners, their average pension and the reserve. */
export function StartGroup({ pension: p, change, at, years: [first] }: SchemePartProps) {
  const { t } = useTranslation();
  const currency = useApp((s) => s.country?.currency ?? '');
  return (
    <fieldset className="editor__group">
      <legend>{t('pension.editor.start')}</legend>
      <OptionalNumberField
        label={t('pension.editor.initialInsured')}
        value={p.initial?.insured}
        placeholder={t('pension.editor.fromCoverage')}
        unit={t('pension.units.persons')}
        help={t('pension.editor.initialInsuredHelp', { year: first })}
        error={at('initial.insured')}
        testId="pension-initial-insured"
        onChange={(v) => change('initialInsured', (x) => setInitial(x, 'insured', v))}
      />
      <OptionalNumberField
        label={t('pension.editor.initialPensioners')}
        value={p.initial?.pensioners}
        placeholder={t('pension.editor.fromCountry')}
        unit={t('pension.units.persons')}
        help={t('pension.editor.initialPensionersHelp')}
        error={at('initial.pensioners')}
        testId="pension-initial-pensioners"
        onChange={(v) => change('initialPensioners', (x) => setInitial(x, 'pensioners', v))}
      />
      <OptionalNumberField
        label={t('pension.editor.averagePension')}
        value={p.initial?.averagePension}
        placeholder={t('pension.editor.fromNewPension')}
        unit={t('pension.units.perMonth', { currency, year: first })}
        error={at('initial.averagePension')}
        testId="pension-initial-average"
        onChange={(v) => change('averagePension', (x) => setInitial(x, 'averagePension', v))}
      />
      <NumberField
        label={t('pension.editor.reserve')}
        value={p.initial?.reserve ?? 0}
        scale={1e-6}
        digits={1}
        unit={t('pension.units.millions', { currency })}
        help={t('pension.editor.reserveHelp', { year: first })}
        error={at('initial.reserve')}
        testId="pension-reserve"
        onChange={(v) =>
          change('reserve', (x) => setInitial(x, 'reserve', v === 0 ? undefined : v))
        }
      />
    </fieldset>
  );
}

/** The scheme's finances: the reserve's interest, administration, the premium and the last year. */
export function FinancesGroup({
  pension: p,
  change,
  at,
  issues,
  years: [first, last],
}: SchemePartProps) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.scenarioEdited);
  const issueText = useIssueText();
  return (
    <fieldset className="editor__group">
      <legend>{t('pension.editor.finances')}</legend>
      <ListField
        label={t('pension.editor.interestRate')}
        value={p.interestRate ?? 0}
        scale={100}
        digits={2}
        unit={t('pension.units.pctYear')}
        help={t('pension.editor.interestRateHelp', { year: first })}
        error={at('interestRate')}
        testId="pension-interest"
        onChange={(xs) => change('interestRate', (x) => void (x.interestRate = pathValue(xs)))}
      />
      <NumberField
        label={t('pension.editor.adminContributions')}
        value={p.administration?.shareOfContributions ?? 0}
        scale={100}
        digits={2}
        unit={t('pension.units.pctContributions')}
        error={at('administration.shareOfContributions')}
        testId="pension-admin-contributions"
        onChange={(v) =>
          change(
            'adminContributions',
            (x) => void (x.administration = { ...x.administration, shareOfContributions: v }),
          )
        }
      />
      <NumberField
        label={t('pension.editor.adminBenefits')}
        value={p.administration?.shareOfBenefits ?? 0}
        scale={100}
        digits={2}
        unit={t('pension.units.pctBenefits')}
        error={at('administration.shareOfBenefits')}
        testId="pension-admin-benefits"
        onChange={(v) =>
          change(
            'adminBenefits',
            (x) => void (x.administration = { ...x.administration, shareOfBenefits: v }),
          )
        }
      />
      <ListField
        label={t('pension.editor.premiumYears')}
        value={p.premium?.toYears ?? [last]}
        digits={0}
        unit={t('pension.units.yearsList')}
        help={t('pension.editor.premiumYearsHelp', { first, last })}
        error={at('premium.toYears')}
        testId="pension-premium-years"
        onChange={(xs) =>
          change('premiumYears', (x) => void (x.premium = { ...x.premium, toYears: xs }))
        }
      />
      <NumberField
        label={t('pension.editor.targetReserve')}
        value={p.premium?.targetReserveRatio ?? 0}
        digits={2}
        unit={t('pension.units.yearsOfExpenditure')}
        help={t('pension.editor.targetReserveHelp')}
        error={at('premium.targetReserveRatio')}
        testId="pension-target-reserve"
        onChange={(v) =>
          change('targetReserve', (x) => void (x.premium = { ...x.premium, targetReserveRatio: v }))
        }
      />
      <NumberField
        label={t('pension.editor.lastYear')}
        value={last}
        digits={0}
        grouping={false}
        unit={t('pension.units.year')}
        help={t('pension.editor.lastYearHelp')}
        error={issuesUnder(issues, 'years').map(issueText)[0]}
        testId="pension-last-year"
        onChange={(v) => edit('years:last', (d) => void (d.years = [d.years[0], v]))}
      />
    </fieldset>
  );
}

/** Sets or clears one value of `initial`, dropping the block when it is left empty. */
function setInitial(
  x: PensionFile,
  key: 'insured' | 'pensioners' | 'averagePension' | 'reserve',
  v: number | undefined,
): void {
  const initial = { ...x.initial };
  if (v === undefined) delete initial[key];
  else initial[key] = v;
  if (Object.keys(initial).length > 0) x.initial = initial;
  else delete x.initial;
}
