import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CountryData, RateSpec } from '#engine';
import { useApp } from '../../stores/store-context';
import {
  agesLabel,
  missingRateEffect,
  RATE_NAMES,
  rateParts,
  rateRows,
  setRateValue,
  type RateName,
  type RateRow,
} from './country-helpers';
import { CellInput } from './NumberInput';
import { SourceTag } from './SourceTag';
import { ScrollRegion, TableTools } from '../../components/DataTable';

type Sex = 'all' | 'female' | 'male';
const RATE_RULE = { scale: 100, digits: 2, min: 0, minExclusive: false, max: 100 };

/**
 * A rate is shown as it is written in the file, so that its band structure is kept: one number is one
 * row "0-100+", bands are one row each, and a rate given for each of the 101 ages is a row per age in
 * a scrolling table. Every value is editable (in %); the ages of the bands are not (change them in
 * the file and import it), since moving a band boundary can create overlaps or gaps.
 */
function columnsOf(spec: RateSpec): { sex: Sex; rows: RateRow[] }[][] {
  const parts = rateParts(spec).map((p) => ({ sex: p.sex, rows: rateRows(p.rate) }));
  if (parts.length === 2) {
    const [f, m] = parts as [(typeof parts)[0], (typeof parts)[0]];
    const same =
      f.rows.length === m.rows.length &&
      f.rows.every((r, i) => r.from === m.rows[i]!.from && r.to === m.rows[i]!.to);
    // Women and men with the same bands: one table with a column each; otherwise a table each.
    return same ? [[f, m]] : [[f], [m]];
  }
  return [parts];
}

function sexHeader(t: TFunction, sex: Sex): string {
  return t(`country.rates.sexCol.${sex}`);
}

function RateTable({
  name,
  columns,
}: {
  name: RateName;
  columns: { sex: Sex; rows: RateRow[] }[];
}) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.countryEdited);
  const rows = columns[0]!.rows;
  const title = t(`country.rates.name.${name}`);
  const unit = '%';
  return (
    <ScrollRegion label={title} className={rows.length > 12 ? 'table-scroll--ages' : undefined}>
      <table className="table table--edit table--rate">
        <thead>
          <tr>
            <th scope="col">{t('country.rates.ages')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.sex}>
                {sexHeader(t, c.sex)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.from}-${r.to}`}>
              <th scope="row">{agesLabel(r.from, r.to)}</th>
              {columns.map((c) => {
                const row = c.rows[i]!;
                return (
                  <td key={c.sex}>
                    <CellInput
                      value={row.value}
                      rule={RATE_RULE}
                      unit={unit}
                      label={`${title}, ${sexHeader(t, c.sex)}, ${t('country.rates.ages')} ${agesLabel(r.from, r.to)}`}
                      testId={`rate-${name}-${c.sex}-${r.from}`}
                      onCommit={(v) =>
                        edit(
                          `rates.${name}:${c.sex}:${row.path.join(',')}`,
                          `rates.${name}`,
                          (x) => {
                            if (x.rates) setRateValue(x.rates, name, c.sex, row.path, v);
                          },
                        )
                      }
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function RateCard({ country, name }: { country: CountryData; name: RateName }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.countryEdited);
  const spec = country.rates?.[name];
  const title = t(`country.rates.name.${name}`);
  const tables = spec === undefined ? [] : columnsOf(spec);
  const exportRows =
    spec === undefined
      ? []
      : rateParts(spec).flatMap((p) =>
          rateRows(p.rate).map((r) => [sexHeader(t, p.sex), r.from, r.to, r.value * 100]),
        );

  return (
    <section
      className="rate-card"
      aria-labelledby={`rate-${name}-title`}
      data-testid={`rate-${name}`}
    >
      <h4 id={`rate-${name}-title`}>{title}</h4>
      <p className="field__help">{t(`country.rates.help.${name}`)}</p>
      {spec === undefined ? (
        <div className="rate-card__missing">
          <p data-testid={`rate-${name}-missing`}>
            {t(`countryData.missingRate.${missingRateEffect(name)}`)}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              edit(`rates.${name}:add`, `rates.${name}`, (c) => {
                c.rates = { ...c.rates, [name]: 0 };
              })
            }
          >
            {t('country.rates.add')}
          </button>
        </div>
      ) : (
        <>
          <TableTools
            caption=""
            header={[
              t('country.rates.sex'),
              t('country.rates.fromAge'),
              t('country.rates.toAge'),
              t('country.rates.valuePct'),
            ]}
            rows={exportRows}
            fileName={`rate-${name}-${country.code}`}
          />
          <div className="rate-card__tables">
            {tables.map((columns, i) => (
              <RateTable key={i} name={name} columns={columns} />
            ))}
          </div>
        </>
      )}
      <SourceTag country={country} field={`rates.${name}`} />
    </section>
  );
}

/** Every rate by age (and sex when split), its values in %, each editable. */
export function RatesSection({ country }: { country: CountryData }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="rates-title">
      <h3 id="rates-title">{t('country.rates.title')}</h3>
      <p className="field__help">{t('country.rates.intro')}</p>
      <div className="rate-grid">
        {RATE_NAMES.filter((name) => name !== 'poverty' || !country.povertyLines).map((name) => (
          // A file with poverty lines gives each headcount with its line (Poverty lines, above).
          <RateCard key={name} country={country} name={name} />
        ))}
      </div>
    </section>
  );
}
