import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisMeasure } from '#engine';
import { NumberField, SelectField } from '../../components/fields';
import { YearField } from '../../components/RampFields';
import { useApp } from '../../stores/store-context';

export type TopUp = Extract<CrisisMeasure, { kind: 'topUp' }>;
export type Transfer = Exclude<CrisisMeasure, { kind: 'topUp' }>;

/** What each part of a measure's editor works on. */
export interface MeasurePartProps<M extends CrisisMeasure> {
  measure: M;
  index: number;
  /** One undoable edit of this measure; typing into one field is one step. */
  change: (field: string, recipe: (m: M) => void) => void;
  /** The engine's message for a field of this measure, if any. */
  issueAt: (field: string) => string | undefined;
}

/** Month names in the user's language, January first. */
function monthOptions(locale: string): { value: string; label: string }[] {
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: name.format(Date.UTC(2001, i, 1)),
  }));
}

/** A top-up of a benefit of the package: which benefit, and a share of it or an amount. */
export function TopUpFields({ measure, index, change, issueAt }: MeasurePartProps<TopUp>) {
  const { t } = useTranslation();
  const currency = useApp((s) => s.country?.currency ?? '');
  const benefits = useApp((s) => s.draft?.benefits);
  const modeName = useId();
  const benefitLabel = (id: string) => benefits?.find((b) => b.id === id)?.label ?? id;
  return (
    <>
      <SelectField
        label={t('crisis.benefit')}
        value={measure.benefit}
        options={[
          ...(benefits ?? []).map((b) => ({
            value: b.id,
            label: b.enabled ? b.label : t('crisis.switchedOff', { benefit: b.label }),
          })),
          // A benefit removed from the package stays selectable until the user picks another.
          ...(benefits?.some((b) => b.id === measure.benefit)
            ? []
            : [{ value: measure.benefit, label: measure.benefit }]),
        ]}
        help={t('crisis.benefitHelp')}
        error={issueAt('benefit')}
        testId={`crisis-${index}-benefit`}
        onChange={(v) =>
          change('benefit', (m) => {
            // The label follows the benefit unless the user wrote their own.
            if (m.label === t('crisis.topUpOf', { benefit: benefitLabel(m.benefit) })) {
              m.label = t('crisis.topUpOf', { benefit: benefitLabel(v) });
            }
            m.benefit = v;
          })
        }
      />
      <div className="crisis-mode" role="radiogroup" aria-label={t('crisis.topUpMode')}>
        <span className="field__label">{t('crisis.topUpMode')}</span>
        <label>
          <input
            type="radio"
            name={modeName}
            checked={measure.share !== null}
            data-testid={`crisis-${index}-mode-share`}
            onChange={() =>
              change('mode', (m) => {
                m.share = 1;
                m.amountPerMonth = null;
              })
            }
          />{' '}
          {t('crisis.modeShare')}
        </label>
        <label>
          <input
            type="radio"
            name={modeName}
            checked={measure.share === null}
            data-testid={`crisis-${index}-mode-amount`}
            onChange={() =>
              change('mode', (m) => {
                m.share = null;
                m.amountPerMonth = m.amountPerMonth ?? 0;
              })
            }
          />{' '}
          {t('crisis.modeAmount')}
        </label>
      </div>
      {measure.share !== null ? (
        <NumberField
          label={t('crisis.share')}
          value={measure.share}
          scale={100}
          digits={1}
          min={0}
          max={1000}
          unit={t('crisis.units.ofMonthly')}
          help={t('crisis.shareHelp')}
          error={issueAt('share')}
          testId={`crisis-${index}-share`}
          onChange={(v) => change('share', (m) => void (m.share = v))}
        />
      ) : (
        <NumberField
          label={t('crisis.amount')}
          value={measure.amountPerMonth ?? 0}
          digits={2}
          min={0}
          unit={t('crisis.units.perRecipientMonth', { currency })}
          help={t('crisis.amountTopUpHelp')}
          error={issueAt('amountPerMonth')}
          testId={`crisis-${index}-amount`}
          onChange={(v) => change('amount', (m) => void (m.amountPerMonth = v))}
        />
      )}
    </>
  );
}

/** A transfer or an extension: how many recipients (and of what) and the amount each receives. */
export function TransferFields({ measure, index, change, issueAt }: MeasurePartProps<Transfer>) {
  const { t } = useTranslation();
  const currency = useApp((s) => s.country?.currency ?? '');
  return (
    <>
      <div className="field-row">
        <NumberField
          label={t('crisis.recipients')}
          value={measure.recipients}
          digits={0}
          min={0}
          // A transfer's unit is chosen beside it; an extension always pays persons.
          unit={measure.kind === 'extension' ? t('crisis.units.persons') : undefined}
          help={t(`crisis.recipientsHelp.${measure.kind}`)}
          error={issueAt('recipients')}
          testId={`crisis-${index}-recipients`}
          onChange={(v) => change('recipients', (m) => void (m.recipients = v))}
        />
        {measure.kind === 'transfer' ? (
          <SelectField
            label={t('crisis.unit')}
            value={measure.unit}
            options={[
              { value: 'households', label: t('crisis.units.households') },
              { value: 'persons', label: t('crisis.units.persons') },
            ]}
            testId={`crisis-${index}-unit`}
            onChange={(v) => change('unit', (m) => void (m.unit = v))}
          />
        ) : null}
      </div>
      <NumberField
        label={t('crisis.amount')}
        value={measure.amountPerMonth}
        digits={2}
        min={0}
        unit={t('crisis.units.perRecipientMonth', { currency })}
        help={t('crisis.amountHelp')}
        error={issueAt('amountPerMonth')}
        testId={`crisis-${index}-amount`}
        onChange={(v) => change('amount', (m) => void (m.amountPerMonth = v))}
      />
    </>
  );
}

/** When the measure starts, for how long it pays, and what administering it costs. */
export function TimingFields({ measure, index, change, issueAt }: MeasurePartProps<CrisisMeasure>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <>
      <div className="field-row crisis-timing">
        <YearField
          label={t('crisis.startYear')}
          value={measure.startYear}
          error={issueAt('startYear')}
          testId={`crisis-${index}-start-year`}
          onChange={(v) => change('startYear', (m) => void (m.startYear = v))}
        />
        <SelectField
          label={t('crisis.startMonth')}
          value={String(measure.startMonth)}
          options={monthOptions(locale)}
          error={issueAt('startMonth')}
          testId={`crisis-${index}-start-month`}
          onChange={(v) => change('startMonth', (m) => void (m.startMonth = Number(v)))}
        />
      </div>
      <div className="field-row">
        <NumberField
          label={t('crisis.months')}
          value={measure.months}
          digits={0}
          min={1}
          max={36}
          unit={t('crisis.units.months')}
          help={t('crisis.monthsHelp')}
          error={issueAt('months')}
          testId={`crisis-${index}-months`}
          onChange={(v) => change('months', (m) => void (m.months = Math.round(v)))}
        />
        <NumberField
          label={t('crisis.adminRate')}
          value={measure.adminRate}
          scale={100}
          digits={1}
          min={0}
          max={100}
          unit={t('crisis.units.ofTransfers')}
          help={t('crisis.adminHelp')}
          error={issueAt('adminRate')}
          testId={`crisis-${index}-admin`}
          onChange={(v) => change('adminRate', (m) => void (m.adminRate = v))}
        />
      </div>
    </>
  );
}
