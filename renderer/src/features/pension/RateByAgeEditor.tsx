import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, RateSpec } from '#engine';
import { NumberCell } from './NumberCell';
import { modelOf, specOf, withBandAdded, type Band, type RateModel } from './rate-bands';
import { useIssueText } from '../../components/use-issues';

interface RateByAgeEditorProps {
  label: string;
  help: string;
  value: RateSpec;
  onChange: (spec: RateSpec) => void;
  /** The engine's issues under this field, shown under the bands. */
  issues: Issue[];
  testId: string;
}

type Side = 'female' | 'male';

/**
 * A rate by age (and sex) as bands: from age, to age (100 stands for 100+), rate in %. One band over
 * every age is a constant. "Different for women and men" splits it into two lists of bands.
 */
export function RateByAgeEditor({
  label,
  help,
  value,
  onChange,
  issues,
  testId,
}: RateByAgeEditorProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const id = useId();
  const model = modelOf(value);
  const commit = (m: RateModel) => onChange(specOf(m));
  const setBands = (side: Side, bands: Band[]) =>
    commit(model.bySex ? { ...model, [side]: bands } : { ...model, female: bands, male: bands });

  const table = (side: Side, caption: string) => {
    const bands = model[side];
    const setCell = (i: number, j: 0 | 1 | 2, v: number) =>
      setBands(
        side,
        bands.map((b, k) => (k === i ? (b.map((x, c) => (c === j ? v : x)) as Band) : b)),
      );
    return (
      <div className="bands" key={side}>
        {caption ? <p className="bands__caption">{caption}</p> : null}
        <table className="table table--edit bands__table">
          <thead>
            <tr>
              <th scope="col">{t('pension.bands.from')}</th>
              <th scope="col">{t('pension.bands.to')}</th>
              <th scope="col">{t('pension.bands.rate')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('pension.bands.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b, i) => (
              <tr key={i}>
                <td>
                  <NumberCell
                    value={b[0]}
                    digits={0}
                    label={`${label} ${caption} ${t('pension.bands.from')} ${i + 1}`}
                    onChange={(v) => setCell(i, 0, Math.round(v))}
                    testId={`${testId}-${side}-${i}-from`}
                  />
                </td>
                <td>
                  <NumberCell
                    value={b[1]}
                    digits={0}
                    label={`${label} ${caption} ${t('pension.bands.to')} ${i + 1}`}
                    onChange={(v) => setCell(i, 1, Math.round(v))}
                    testId={`${testId}-${side}-${i}-to`}
                  />
                </td>
                <td>
                  <NumberCell
                    value={b[2]}
                    scale={100}
                    digits={2}
                    label={`${label} ${caption} ${t('pension.bands.rate')} ${i + 1}`}
                    onChange={(v) => setCell(i, 2, v)}
                    testId={`${testId}-${side}-${i}-rate`}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={bands.length === 1}
                    aria-label={`${t('pension.bands.remove')} ${i + 1}`}
                    onClick={() =>
                      setBands(
                        side,
                        bands.filter((_, k) => k !== i),
                      )
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className="button button--small"
          data-testid={`${testId}-${side}-add`}
          onClick={() => setBands(side, withBandAdded(bands))}
        >
          {t('pension.bands.add')}
        </button>
      </div>
    );
  };

  return (
    <div
      className={`field rate-editor${issues.length > 0 ? ' field--error' : ''}`}
      data-testid={testId}
    >
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <label className="rate-editor__sex">
        <input
          type="checkbox"
          checked={model.bySex}
          data-testid={`${testId}-by-sex`}
          onChange={(e) =>
            commit(
              e.target.checked
                ? { bySex: true, female: model.female, male: model.female }
                : { bySex: false, female: model.female, male: model.female },
            )
          }
        />{' '}
        {t('pension.bands.bySex')}
      </label>
      <div className="rate-editor__tables" role="group" aria-labelledby={`${id}-label`}>
        {model.bySex
          ? [table('female', t('pension.bands.women')), table('male', t('pension.bands.men'))]
          : table('female', '')}
      </div>
      <p className="field__help">{help}</p>
      {issues.map((i, k) => (
        <p className="field__error" role="alert" key={k}>
          <code>{i.path}</code> {issueText(i)}
        </p>
      ))}
    </div>
  );
}
