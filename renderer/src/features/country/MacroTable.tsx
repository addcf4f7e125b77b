import { useTranslation } from 'react-i18next';
import type { CountryData } from '#engine';
import { useApp } from '../../stores/store-context';
import { presentSeries, SERIES_RULES, type MacroSeries } from './country-helpers';
import { CellInput } from './NumberInput';
import { unitText } from './units';
import { ScrollRegion, TableTools } from '../../components/DataTable';

/**
 * The country's own macro inputs, one row per year of macro.years, every cell editable. An edit is one
 * undoable step (typing in one cell within a second is one step), recalculates at once and marks the
 * series as changed by a user in the sources.
 */
export function MacroTable({ country }: { country: CountryData }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.countryEdited);
  const series = presentSeries(country);
  const years = country.macro.years;
  const currency = country.currency;
  // Column headers are short (name and unit); each cell's label for screen readers has the full unit.
  const short = (k: MacroSeries) => t(`country.macro.col.${k}`, { currency });
  const heading = (k: MacroSeries) =>
    t('country.macro.heading', {
      name: t(`country.macro.series.${k}`),
      unit: unitText(t, SERIES_RULES[k].unit, currency),
    });

  const header = [t('table.year'), ...series.map(short)];
  const rows = years.map((y, i) => [
    y,
    ...series.map((k) => (country.macro[k]?.[i] ?? Number.NaN) * SERIES_RULES[k].scale),
  ]);

  const change = (k: MacroSeries, i: number, year: number, v: number) =>
    edit(`macro.${k}[${year}]`, `macro.${k}`, (c) => {
      const s = c.macro[k];
      if (s) s[i] = v;
    });

  return (
    <div className="table-block" data-testid="macro-table">
      <TableTools
        caption={t('country.macro.inputsTable', {
          first: years[0],
          last: years[years.length - 1],
        })}
        header={header}
        rows={rows}
        fileName={`macro-inputs-${country.code}`}
        testId="macro-table"
      />
      <ScrollRegion
        className="table-scroll--tall"
        label={t('country.macro.inputsTable', { first: years[0], last: years[years.length - 1] })}
      >
        <table className="table table--edit table--macro">
          <thead>
            <tr>
              <th scope="col">{t('table.year')}</th>
              {series.map((k) => (
                <th key={k} scope="col" title={heading(k)}>
                  {short(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y, i) => (
              <tr key={y} className={y === country.baseYear ? 'row--base' : undefined}>
                <th scope="row">
                  {y}
                  {y === country.baseYear ? (
                    <span className="row-tag"> {t('country.baseYearTag')}</span>
                  ) : null}
                </th>
                {series.map((k) => (
                  <td key={k}>
                    <CellInput
                      value={country.macro[k]?.[i]}
                      rule={SERIES_RULES[k]}
                      unit={unitText(t, SERIES_RULES[k].unit, currency)}
                      label={`${heading(k)}, ${y}`}
                      testId={`macro-${k}-${y}`}
                      onCommit={(v) => change(k, i, y, v)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
