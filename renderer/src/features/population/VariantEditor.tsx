import { useTranslation } from 'react-i18next';
import type { DemographyVariantFile } from '#engine';
import { CheckboxField, NumberField } from '../../components/fields';
import { formatNumber } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import type { PopulationOutlook } from '../../workers/population-outlook';
import { issueFinder, issuesUnder } from './located-issues';
import { FertilityGroup, MigrationGroup, type VariantPartProps } from './variant-groups';
import { useIssueText, useMessageLanguage } from '../../components/use-issues';

const DEFAULT_SRB = 1.05;

/**
 * The scenario's demographic variant (`demography`, formats.md): switched on or off, and how it
 * changes fertility, mortality, migration and the sex ratio at birth after the base year. Every
 * edit is one undoable step; the engine checks the values and its messages appear by each field.
 */
export function VariantEditor({ outlook }: { outlook: PopulationOutlook | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const variant = useApp((s) => s.draft?.demography);
  const edit = useApp((s) => s.scenarioEdited);
  const issues = useApp((s) => s.run.issues);
  const baseYear = useApp((s) => s.country?.baseYear ?? 0);
  const countrySrb = useApp((s) => s.country?.demography?.sexRatioAtBirth ?? DEFAULT_SRB);
  const d: DemographyVariantFile = variant ?? {};
  const on = variant !== undefined && variant.project !== false;
  const issueText = useIssueText();
  const lang = useMessageLanguage();
  const at = issueFinder(issues, 'demography', lang);
  const listed = issuesUnder(issues, 'demography');

  const change = (label: string, recipe: (v: DemographyVariantFile) => void) =>
    edit(`demography:${label}`, (draft) => {
      const next = draft.demography ?? {};
      recipe(next);
      draft.demography = next;
    });

  const part: VariantPartProps = { variant: d, change, at, outlook, firstYear: baseYear + 1 };
  const num = (v: number, digits = 0) => formatNumber(v, locale, digits);

  return (
    <section className="panel variant" aria-labelledby="variant-title" data-testid="variant-editor">
      <h3 id="variant-title">{t('population.editor.title')}</h3>
      <CheckboxField
        label={t('population.editor.switch')}
        checked={on}
        help={t('population.editor.switchHelp')}
        testId="variant-on"
        onChange={(checked) =>
          change('project', (v) => {
            if (checked) delete v.project;
            else v.project = false;
          })
        }
      />
      {listed.length > 0 ? (
        <ul
          className="notice notice--error notice__issues"
          role="alert"
          data-testid="variant-issues"
        >
          {listed.map((i, k) => (
            <li key={k}>
              <code>{i.path}</code> {issueText(i)}
            </li>
          ))}
        </ul>
      ) : null}
      {variant !== undefined && !on ? (
        <p className="field__help">{t('population.editor.offNote')}</p>
      ) : null}

      <FertilityGroup {...part} />

      <fieldset className="editor__group">
        <legend>{t('population.editor.mortality')}</legend>
        <NumberField
          label={t('population.editor.improvement')}
          value={d.mortalityImprovement ?? 0}
          scale={100}
          digits={2}
          unit={t('population.units.pctYear')}
          help={t('population.editor.improvementHelp')}
          error={at('mortalityImprovement')}
          testId="mortality-improvement"
          onChange={(x) =>
            change('improvement', (v) => {
              if (x === 0) delete v.mortalityImprovement;
              else v.mortalityImprovement = x;
            })
          }
        />
      </fieldset>

      <MigrationGroup {...part} />

      <fieldset className="editor__group">
        <legend>{t('population.editor.srb')}</legend>
        <CheckboxField
          label={t('population.editor.srbCountry', { value: num(countrySrb, 2) })}
          checked={d.sexRatioAtBirth === undefined}
          testId="srb-country"
          onChange={(checked) =>
            change('srbCountry', (v) => {
              if (checked) delete v.sexRatioAtBirth;
              else v.sexRatioAtBirth = countrySrb;
            })
          }
        />
        {d.sexRatioAtBirth !== undefined ? (
          <NumberField
            label={t('population.editor.srbValue')}
            value={d.sexRatioAtBirth}
            digits={3}
            unit={t('population.units.boysPerGirl')}
            help={t('population.editor.srbHelp')}
            error={at('sexRatioAtBirth')}
            testId="srb"
            onChange={(x) => change('srb', (v) => void (v.sexRatioAtBirth = x))}
          />
        ) : null}
      </fieldset>
      <p className="field__help">{t('population.editor.method')}</p>
    </section>
  );
}
