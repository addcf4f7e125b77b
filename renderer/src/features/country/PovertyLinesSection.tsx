import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  POVERTY_LINE_IDS,
  chosenPovertyLine,
  countryPovertyLines,
  lineHasAmount,
  type CountryData,
  type PovertyLine,
  type PovertyLineId,
} from '#engine';
import { useApp } from '../../stores/store-context';
import { SERIES_RULES } from './country-helpers';
import { ParamField } from './NumberInput';
import { SourceTag } from './SourceTag';
import { unitText } from './units';

const HEADCOUNT_RULE = { scale: 100, digits: 2, min: 0, minExclusive: false, max: 100 };

/** Locale keys cannot hold a dot: "international-3.00" is "international-3_00" there. */
export function lineKey(id: PovertyLineId): string {
  return id.replace('.', '_');
}

export function lineName(t: TFunction, id: PovertyLineId): string {
  return t(`countryData.line.${lineKey(id)}`);
}

/** Where a line's amount and headcount sit in the file (the earlier layout or `povertyLines`). */
function fieldsOf(line: PovertyLine): { amount: string; headcount: string } {
  return line.path === 'povertyLine'
    ? { amount: 'povertyLine', headcount: 'rates.poverty' }
    : { amount: `povertyLines.${line.id}.amount`, headcount: `povertyLines.${line.id}.headcount` };
}

/** Sets a line's amount or headcount in the country file, in whichever layout the file uses. */
function setLine(c: CountryData, line: PovertyLine, part: 'amount' | 'headcount', v: number): void {
  if (line.path === 'povertyLine') {
    if (part === 'amount') c.povertyLine = v;
    else c.rates = { ...c.rates, poverty: v };
    return;
  }
  const own = c.povertyLines?.find((l) => l.id === line.id);
  if (own) own[part] = v;
}

/**
 * The country's poverty lines, each with its amount and its headcount, and which one the scenario
 * uses: targeted benefits take the amount and the headcount of that same line (methodology 2.1).
 */
export function PovertyLinesSection({ country }: { country: CountryData }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.countryEdited);
  const scenarioEdited = useApp((s) => s.scenarioEdited);
  const choice = useApp((s) => s.draft?.assumptions.povertyLine);
  const lines = countryPovertyLines(country);
  const used = chosenPovertyLine(country, choice);
  const currency = country.currency;
  const amountUnit = unitText(t, SERIES_RULES.povertyLine.unit, currency);
  const missing = country.povertyLines
    ? POVERTY_LINE_IDS.filter((id) => !lines.some((l) => l.id === id))
    : [];

  const choose = (id: PovertyLineId) =>
    scenarioEdited('assumptions.povertyLine', (d) => {
      d.assumptions = { ...d.assumptions, povertyLine: id };
    });

  return (
    <section className="panel" aria-labelledby="poverty-lines-title" data-testid="poverty-lines">
      <h3 id="poverty-lines-title">{t('countryData.lines.title')}</h3>
      <p className="field__help">{t('countryData.lines.intro', { year: country.baseYear })}</p>
      {used ? (
        <p className="notice notice--info" data-testid="poverty-line-used">
          {t('countryData.lines.used', { line: lineName(t, used.id) })}
          {!lineHasAmount(country, used) ? ` ${t('countryData.lines.usedNoAmount')}` : ''}
          {used.headcount === undefined ? ` ${t('countryData.lines.usedNoHeadcount')}` : ''}
        </p>
      ) : (
        <p className="notice notice--warning" data-testid="poverty-line-used">
          {choice
            ? t('countryData.lines.choiceMissing', { line: lineName(t, choice) })
            : t('countryData.lines.none')}
        </p>
      )}
      <div className="params" data-testid="poverty-lines-list">
        {lines.map((line) => {
          const name = lineName(t, line.id);
          const fields = fieldsOf(line);
          const key = lineKey(line.id);
          const ownSeries = line.id === 'national' && country.macro.povertyLine;
          return (
            <div className="param" key={line.id} data-testid={`line-${key}`}>
              <h4>{name}</h4>
              <p className="field__help">
                {t(
                  `countryData.lineHelp.${key === 'national' && lineHasAmount(country, line) ? 'nationalGiven' : key}`,
                )}
                {ownSeries ? ` ${t('country.params.ownSeries')}` : ''}
              </p>
              <ParamField
                label={t('countryData.lines.amountLabel')}
                value={line.amount}
                rule={SERIES_RULES.povertyLine}
                unit={amountUnit}
                placeholder={t('country.params.notGiven')}
                testId={`line-${key}-amount`}
                onCommit={(v) =>
                  edit(fields.amount, fields.amount, (c) => setLine(c, line, 'amount', v))
                }
              />
              {line.headcount === undefined || typeof line.headcount === 'number' ? (
                <ParamField
                  label={t('countryData.lines.headcount')}
                  value={line.headcount}
                  rule={HEADCOUNT_RULE}
                  unit="%"
                  placeholder={t('country.params.notGiven')}
                  testId={`line-${key}-headcount`}
                  onCommit={(v) =>
                    edit(fields.headcount, fields.headcount, (c) =>
                      setLine(c, line, 'headcount', v),
                    )
                  }
                />
              ) : (
                <p className="field__help">
                  {t('countryData.lines.headcount')}: {t('countryData.lines.byAge')}
                </p>
              )}
              <label className="radio-line">
                <input
                  type="radio"
                  name="poverty-line-used"
                  checked={used?.id === line.id}
                  data-testid={`line-${key}-use`}
                  onChange={() => choose(line.id)}
                />{' '}
                {t('countryData.lines.useLabel', { line: name })}
              </label>
              {/* A file of the earlier layout: the headcount's source is under Rates. */}
              <SourceTag
                country={country}
                field={line.path === 'povertyLine' ? 'povertyLine' : `povertyLines.${line.id}`}
              />
            </div>
          );
        })}
      </div>
      {missing.length > 0 ? (
        <div className="params params--compact">
          {missing.map((id) => (
            <button
              key={id}
              type="button"
              className="button button--small"
              data-testid={`line-${lineKey(id)}-add`}
              onClick={() =>
                edit(`povertyLines.${id}:add`, `povertyLines.${id}`, (c) => {
                  c.povertyLines = [...(c.povertyLines ?? []), { id }];
                })
              }
            >
              {t('countryData.lines.add', { line: lineName(t, id) })}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
