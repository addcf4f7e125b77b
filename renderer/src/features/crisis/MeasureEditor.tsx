import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisMeasure } from '#engine';
import { NumberField, SelectField, TextField } from '../../components/fields';
import { useIssueAt, useIssueText } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';

type TopUp = Extract<CrisisMeasure, { kind: 'topUp' }>;
type Transfer = Exclude<CrisisMeasure, { kind: 'topUp' }>;

/** Month names in the user's language, January first. */
function monthOptions(locale: string): { value: string; label: string }[] {
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: name.format(Date.UTC(2001, i, 1)),
  }));
}

interface MeasureEditorProps {
  measure: CrisisMeasure;
  index: number;
}

/** One crisis measure: who is paid, how much, from when and for how long, and its administration. */
export function MeasureEditor({ measure, index }: MeasureEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const currency = useApp((s) => s.country?.currency ?? '');
  const benefits = useApp((s) => s.draft?.benefits);
  const issues = useApp((s) => s.run.issues);
  const edit = useApp((s) => s.scenarioEdited);
  const issueAt = useIssueAt(`crisis[${index}]`);
  const modeName = useId();
  const at = `crisis[${index}]`;
  // Problems of the measure as a whole (a top-up with both a share and an amount).
  const own = issues.filter((i) => i.path === at);
  const issueText = useIssueText();

  /** One undoable edit of this measure; typing into one field is one step. */
  const change = (field: string, recipe: (m: CrisisMeasure) => void) =>
    edit(`crisis${index}:${field}`, (d) => {
      const m = d.crisis[index];
      if (m) recipe(m);
    });
  const changeTopUp = (field: string, recipe: (m: TopUp) => void) =>
    change(field, (m) => {
      if (m.kind === 'topUp') recipe(m);
    });
  const changeTransfer = (field: string, recipe: (m: Transfer) => void) =>
    change(field, (m) => {
      if (m.kind !== 'topUp') recipe(m);
    });
  const benefitLabel = (id: string) => benefits?.find((b) => b.id === id)?.label ?? id;

  return (
    <fieldset
      className="editor__group crisis-measure"
      data-testid={`crisis-measure-${index}`}
      aria-labelledby={`${modeName}-legend`}
    >
      <legend id={`${modeName}-legend`}>{measure.label}</legend>
      <p className="field__help crisis-measure__kind">
        {measure.label !== t(`crisis.kind.${measure.kind}`) ? (
          <span className="badge">{t(`crisis.kind.${measure.kind}`)}</span>
        ) : null}{' '}
        {t(`crisis.kindHelp.${measure.kind}`)}
      </p>
      {own.map((i, k) => (
        <p key={k} className="field__error" role="alert">
          {issueText(i)}
        </p>
      ))}
      <TextField
        label={t('crisis.label')}
        value={measure.label}
        testId={`crisis-${index}-label`}
        onChange={(v) => change('label', (m) => void (m.label = v))}
      />
      {measure.kind === 'topUp' ? (
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
              changeTopUp('benefit', (m) => {
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
                  changeTopUp('mode', (m) => {
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
                  changeTopUp('mode', (m) => {
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
              onChange={(v) => changeTopUp('share', (m) => void (m.share = v))}
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
              onChange={(v) => changeTopUp('amount', (m) => void (m.amountPerMonth = v))}
            />
          )}
        </>
      ) : (
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
              onChange={(v) => changeTransfer('recipients', (m) => void (m.recipients = v))}
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
                onChange={(v) => changeTransfer('unit', (m) => void (m.unit = v))}
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
            onChange={(v) => changeTransfer('amount', (m) => void (m.amountPerMonth = v))}
          />
        </>
      )}
      <div className="field-row crisis-timing">
        <NumberField
          label={t('crisis.startYear')}
          value={measure.startYear}
          digits={0}
          grouping={false}
          min={1900}
          max={2300}
          error={issueAt('startYear')}
          testId={`crisis-${index}-start-year`}
          onChange={(v) => change('startYear', (m) => void (m.startYear = Math.round(v)))}
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
      <button
        type="button"
        className="button button--small button--danger"
        data-testid={`crisis-${index}-remove`}
        onClick={() =>
          edit(`crisis-remove:${measure.id}`, (d) => {
            d.crisis.splice(index, 1);
          })
        }
      >
        {t('crisis.remove')}
      </button>
    </fieldset>
  );
}
