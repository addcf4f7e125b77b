import { useTranslation } from 'react-i18next';
import {
  countryHasField,
  renderMessage,
  type CountryData,
  type MessageLanguage,
  type ProvenanceEntry,
} from '#engine';
import { useApp } from '../../stores/store-context';
import { sourceOf, sourcesFor } from './country-helpers';
import { fieldName, unitText, type UnitKey } from './units';
import { useMessageLanguage } from '../../components/use-message-text';
import { ScrollRegion, TableTools } from '../../components/DataTable';

/** The inputs the costing can use, in the engine's order, with the unit the page shows them in. */
const FIELDS: [string, UnitKey][] = [
  ['population', 'persons'],
  ['births', 'birthsYear'],
  ['macro.gdp', 'lcuYear'],
  ['macro.realGrowth', 'percentPerYear'],
  ['macro.inflation', 'percentPerYear'],
  ['macro.revenuePctGdp', 'pctGdp'],
  ['macro.expenditurePctGdp', 'pctGdp'],
  ['macro.fxPerUsd', 'lcuPerUsd'],
  ['macro.debtPctGdp', 'pctGdp'],
  ['macro.povertyLine', 'lcuPersonYear'],
  ['macro.minimumWage', 'lcuMonth'],
  ['macro.averageWage', 'lcuMonth'],
  ['povertyLine', 'lcuPersonYear'],
  ['minimumWage', 'lcuMonth'],
  ['averageWage', 'lcuMonth'],
  ['rates.poverty', 'pctAge'],
  ['rates.pensionCoverage', 'pctAge'],
  ['rates.healthCoverage', 'pctAge'],
  ['rates.disability', 'pctAge'],
  ['rates.orphanhood', 'pctAge'],
  ['rates.unemployment', 'pctAge'],
  ['rates.laborForceParticipation', 'pctAge'],
  ['spendingPctGdp', 'pctGdp'],
];

/** The unit of a field: from the list, or for a poverty line's parts and the long-run assumptions. */
function unitKeyOf(field: string): UnitKey | undefined {
  const listed = FIELDS.find(([f]) => f === field)?.[1];
  if (listed) return listed;
  if (field.startsWith('povertyLines.')) {
    if (field.endsWith('.amount')) return 'lcuPersonYear';
    if (field.endsWith('.headcount')) return 'pctAge';
  }
  if (field.startsWith('longRun.')) return field.endsWith('PctGdp') ? 'pctGdp' : 'percentPerYear';
  return undefined;
}

interface SourceRow {
  field: string;
  unit: string;
  source: string;
  edition: string;
  note: string;
  assumption: boolean;
  userChanged: boolean;
  derivation: string;
}

/** How the engine extended an input, in `lang` (its English text when it has no code). */
function derivationText(p: ProvenanceEntry | undefined, lang: MessageLanguage): string {
  const m = p?.derivationMessage;
  return (m && renderMessage(m.code, m.params, lang)) ?? p?.derivation ?? '';
}

/**
 * Every input with its unit and source. The source, edition, note and flags are read from the
 * country now in use (so an edit shows at once); how the engine extended a series comes from the
 * costing's provenance when the costing is for this country.
 */
export function sourceRows(
  country: CountryData,
  provenance: ProvenanceEntry[] | null,
  unitOf: (field: string, unit: UnitKey | undefined, engineUnit: string | undefined) => string,
  notStated: string,
  lang: MessageLanguage = 'en',
  nameOf: (field: string) => string = (field) => field,
): SourceRow[] {
  const fields = FIELDS.filter(([f]) => countryHasField(country, f)).map(([f]) => f);
  for (const s of country.sources ?? []) {
    if (!fields.includes(s.field) && !FIELDS.some(([f]) => f.startsWith(`${s.field}.`))) {
      fields.push(s.field);
    }
  }
  return fields.map((field) => {
    const s = sourceOf(country, field);
    const p = provenance?.find((e) => e.field === field);
    // A group with no source of its own (spendingPctGdp) names the sources of the fields inside it.
    const inside = s ? [] : sourcesFor(country, field);
    const insideText = inside.map((x) => `${nameOf(x.field)}: ${x.source}`).join('; ');
    return {
      field,
      unit: unitOf(field, unitKeyOf(field), p?.unit),
      source: s?.source ?? (insideText || notStated),
      edition: s?.edition ?? '',
      note: s?.note ?? '',
      assumption: s?.assumption ?? false,
      userChanged: s?.userChanged ?? false,
      derivation: derivationText(p, lang),
    };
  });
}

/** Provenance: where each input comes from, whether it is an assumption or was changed by a user. */
export function SourcesSection({ country }: { country: CountryData }) {
  const { t } = useTranslation();
  const result = useApp((s) => s.run.result);
  const provenance = result && result.country === country.code ? result.provenance : null;
  const unitOf = (_field: string, unit: UnitKey | undefined, engineUnit: string | undefined) =>
    unit ? unitText(t, unit, country.currency) : (engineUnit ?? '');
  const lang = useMessageLanguage();
  const rows = sourceRows(country, provenance, unitOf, t('country.sources.notStated'), lang, (f) =>
    fieldName(t, f),
  );
  const yes = t('country.sources.yes');
  const no = t('country.sources.no');
  const header = [
    t('country.sources.input'),
    t('country.sources.field'),
    t('country.sources.unit'),
    t('country.sources.source'),
    t('country.sources.edition'),
    t('country.sources.note'),
    t('country.sources.isAssumption'),
    t('country.sources.isChanged'),
    t('country.sources.derivation'),
  ];
  const exportRows = rows.map((r) => [
    fieldName(t, r.field),
    r.field,
    r.unit,
    r.source,
    r.edition,
    r.note,
    r.assumption ? yes : no,
    r.userChanged ? yes : no,
    r.derivation,
  ]);
  const changed = rows.filter((r) => r.userChanged).length;

  return (
    <section className="panel" aria-labelledby="sources-title">
      <h3 id="sources-title">{t('country.sources.title')}</h3>
      <p className="field__help">{t('country.sources.intro')}</p>
      {changed > 0 ? (
        <p className="notice notice--info" data-testid="sources-changed">
          {t('country.sources.changedCount', { count: changed })}
        </p>
      ) : null}
      <div className="table-block">
        <TableTools
          caption={t('country.sources.tableTitle')}
          header={header}
          rows={exportRows}
          fileName={`sources-${country.code}`}
          testId="sources-table"
        />
        <ScrollRegion className="table-scroll--tall" label={t('country.sources.tableTitle')}>
          <table className="table table--sources" data-testid="sources-table">
            <thead>
              <tr>
                <th scope="col">{t('country.sources.input')}</th>
                <th scope="col">{t('country.sources.unit')}</th>
                <th scope="col">{t('country.sources.source')}</th>
                <th scope="col">{t('country.sources.note')}</th>
                <th scope="col">{t('country.sources.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.field} data-testid={`source-row-${r.field}`}>
                  <th scope="row">
                    {fieldName(t, r.field)}
                    <code className="field-path">{r.field}</code>
                  </th>
                  <td>{r.unit}</td>
                  <td>
                    {r.source}
                    {r.edition ? <span className="muted"> · {r.edition}</span> : null}
                  </td>
                  <td>
                    {r.note}
                    {r.derivation ? (
                      <span className="derivation">
                        {r.note ? ' ' : ''}
                        {t('country.sources.derivedAs', { how: r.derivation })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {r.assumption ? (
                      <span className="flag flag--assumption">
                        {t('country.sources.assumption')}
                      </span>
                    ) : (
                      <span className="flag flag--data">{t('country.sources.data')}</span>
                    )}
                    {r.userChanged ? (
                      <span className="flag flag--changed" data-testid={`changed-${r.field}`}>
                        {t('country.sources.changed')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
