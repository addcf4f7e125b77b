import { useTranslation } from 'react-i18next';
import type { CountryDbEntry } from '../../../../src/contract/country-db';
import { useMessageText } from '../../components/use-issues';
import { incomeGroupName, regionName } from '../../lib/country-words';
import { formatNumber, formatPercent } from '../../lib/format';
import { nameIn } from './country-search';

/** A database country's key figures and build warnings, shown before the user chooses it. */
export function CountryFacts({ entry }: { entry: CountryDbEntry }) {
  const { t, i18n } = useTranslation();
  const messageText = useMessageText();
  const lang = i18n.language;
  const facts: [string, string][] = [
    [t('countryDb.facts.population'), formatNumber(entry.population / 1e6, lang, 1)],
    [t('countryDb.facts.gdpUsd'), formatNumber(entry.gdpUsd / 1e9, lang, 1)],
    [t('countryDb.facts.gdpPerCapita'), formatNumber(entry.gdpPerCapitaUsd, lang, 0)],
    [t('countryDb.facts.incomeGroup'), incomeGroupName(entry.incomeGroup, t)],
    [
      t('countryDb.facts.poverty'),
      entry.povertyHeadcount === null
        ? t('countryDb.facts.none')
        : formatPercent(entry.povertyHeadcount, lang, 1),
    ],
    [t('countryDb.facts.baseYear'), String(entry.baseYear)],
    [t('countryDb.facts.currency'), entry.currency],
    // The UN region in the user's language (the data's sub-regions are in English only).
    [
      t('countryDb.facts.region'),
      entry.region ? regionName(entry.region, t) : t('countryDb.facts.none'),
    ],
  ];
  return (
    <section className="country-facts" aria-live="polite" data-testid="country-db-facts">
      <h3 className="country-facts__title">
        {nameIn(entry, lang)} <span className="country-facts__code">{entry.iso3}</span>
      </h3>
      <dl className="country-facts__list">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.warnings.length > 0 ? (
        <details className="country-facts__warnings">
          <summary>{t('countryDb.facts.warnings', { count: entry.warnings.length })}</summary>
          <ul>
            {entry.warnings.map((w, i) => (
              <li key={i}>{messageText({ code: w.code, params: w.params }, w.code)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
