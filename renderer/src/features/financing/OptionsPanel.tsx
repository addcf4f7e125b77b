import { useTranslation } from 'react-i18next';
import { FINANCING_OPTIONS, type FinancingOption, type FinancingSpec } from '#engine';
import { RampFields } from '../../components/RampFields';
import { useIssueAt } from '../../components/use-issues';
import { useApp } from '../../stores/store-context';

/** The financing options chosen, each with its yield's ramp, and the choice of another. */
export function OptionsPanel() {
  const { t } = useTranslation();
  const financing = useApp((s) => s.draft?.financing ?? []);
  const add = useApp((s) => s.financingAdded);
  const unused = FINANCING_OPTIONS.filter((o) => !financing.some((f) => f.option === o));
  return (
    <section className="panel" aria-labelledby="options-title">
      <h3 id="options-title">{t('financing.options')}</h3>
      {financing.length === 0 ? <p className="empty">{t('financing.none')}</p> : null}
      {financing.map((f, i) => (
        <OptionEditor key={`${f.option}-${i}`} option={f} index={i} />
      ))}
      {unused.length > 0 ? (
        <>
          <label className="field__label" htmlFor="add-option">
            {t('financing.add')}
          </label>
          <select
            id="add-option"
            className="input"
            value=""
            data-testid="add-option"
            onChange={(e) => {
              if (e.target.value) add(e.target.value as FinancingOption);
            }}
          >
            <option value="">{t('benefits.choose')}</option>
            {unused.map((o) => (
              <option key={o} value={o}>
                {t(`option.${o}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </section>
  );
}

/** One option: what it means, its yield phased in (% of GDP), and its removal. */
function OptionEditor({ option: f, index: i }: { option: FinancingSpec; index: number }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.financingEdited);
  const remove = useApp((s) => s.financingRemoved);
  const issueAt = useIssueAt(`financing[${i}]`);
  return (
    <fieldset className="editor__group" data-testid={`option-${f.option}`}>
      <legend>{t(`option.${f.option}`)}</legend>
      <p className="field__help">{t(`optionHelp.${f.option}`)}</p>
      <RampFields
        ramp={f}
        startLabel={t('financing.startShare')}
        fullLabel={t('financing.fullShare')}
        unit={t('units.pctGdp')}
        errors={{ startYear: issueAt('startYear'), fullYear: issueAt('fullYear') }}
        testIds={{ full: `option-${f.option}-full` }}
        onChange={(field, v) => edit(i, field, (x) => void (x[field] = v))}
      />
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => remove(i)}
      >
        {t('financing.remove')}
      </button>
    </fieldset>
  );
}
