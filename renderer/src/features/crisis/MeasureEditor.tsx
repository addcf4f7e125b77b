import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisMeasure } from '#engine';
import { TextField } from '../../components/fields';
import { useIssueAt, useIssueText } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';
import {
  TimingFields,
  TopUpFields,
  TransferFields,
  type TopUp,
  type Transfer,
} from './measure-fields';

interface MeasureEditorProps {
  measure: CrisisMeasure;
  index: number;
}

/** One crisis measure: who is paid, how much, from when and for how long, and its administration. */
export function MeasureEditor({ measure, index }: MeasureEditorProps) {
  const { t } = useTranslation();
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
        <TopUpFields measure={measure} index={index} change={changeTopUp} issueAt={issueAt} />
      ) : (
        <TransferFields measure={measure} index={index} change={changeTransfer} issueAt={issueAt} />
      )}
      <TimingFields measure={measure} index={index} change={change} issueAt={issueAt} />
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
