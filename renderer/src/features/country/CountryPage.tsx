import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueList } from '../../components/IssueList';
import { useApp } from '../../stores/store-context';
import { ImportCountry } from './ImportCountry';
import { MacroSection } from './MacroSection';
import { ParametersSection } from './ParametersSection';
import { PovertyLinesSection } from './PovertyLinesSection';
import { CountryPyramid } from './CountryPyramid';
import { RatesSection } from './RatesSection';
import { SourcesSection } from './SourcesSection';

const TABS = ['population', 'economy', 'parameters', 'sources'] as const;
type Tab = (typeof TABS)[number];

/**
 * The country the scenario is costed on: who it is, its population, its economy, its parameters and
 * rates (editable, undoable, recalculated live) and where every number comes from. A file can replace
 * the data.
 */
export function CountryPage() {
  const { t } = useTranslation();
  const country = useApp((s) => s.country);
  const [tab, setTab] = useState<Tab>('population');
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  if (!country) {
    return (
      <div className="page page--country">
        <section className="panel country-empty" aria-labelledby="country-title">
          <h2 id="country-title">{t('country.title')}</h2>
          <p className="empty">{t('country.none')}</p>
          <ImportCountry />
        </section>
      </div>
    );
  }

  // Arrow keys move between the tabs, as in any tab list.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!move && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? TABS.length - 1
          : (i + move + TABS.length) % TABS.length;
    setTab(TABS[next]!);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="page page--country">
      <section className="panel country-head" aria-labelledby="country-name">
        <div className="country-head__main">
          <h2 id="country-name" data-testid="country-name">
            {country.name}
            {country.fictional ? (
              <span className="badge badge--fictional" data-testid="fictional-badge">
                {t('country.fictional')}
              </span>
            ) : null}
          </h2>
          <dl className="country-head__facts">
            <div>
              <dt>{t('country.code')}</dt>
              <dd>{country.code}</dd>
            </div>
            <div>
              <dt>{t('country.currency')}</dt>
              <dd>{country.currency}</dd>
            </div>
            <div>
              <dt>{t('country.baseYear')}</dt>
              <dd>{country.baseYear}</dd>
            </div>
            <div>
              <dt>{t('country.populationYears')}</dt>
              <dd>
                {country.population.years[0]}–
                {country.population.years[country.population.years.length - 1]}
              </dd>
            </div>
          </dl>
          {country.description ? <p className="country-head__desc">{country.description}</p> : null}
          <p className="field__help">{t('country.editNote')}</p>
        </div>
        <ImportCountry />
      </section>

      <IssueList />

      <div className="tabs" role="tablist" aria-label={t('country.tabsLabel')}>
        {TABS.map((k, i) => (
          <button
            key={k}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`country-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={tab === k ? `country-panel-${k}` : undefined}
            tabIndex={tab === k ? 0 : -1}
            className={`tabs__tab${tab === k ? ' tabs__tab--on' : ''}`}
            data-testid={`country-tab-${k}`}
            onClick={() => setTab(k)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(`country.tab.${k}`)}
          </button>
        ))}
      </div>

      <div
        className="tabs__panel"
        role="tabpanel"
        id={`country-panel-${tab}`}
        aria-labelledby={`country-tab-${tab}`}
      >
        {tab === 'population' ? (
          <section className="panel" aria-labelledby="population-title">
            <h3 id="population-title">{t('country.pop.title')}</h3>
            <CountryPyramid key={country.code} country={country} />
          </section>
        ) : tab === 'economy' ? (
          <MacroSection country={country} />
        ) : tab === 'parameters' ? (
          <>
            <ParametersSection country={country} />
            <PovertyLinesSection country={country} />
            <RatesSection country={country} />
          </>
        ) : (
          <SourcesSection country={country} />
        )}
      </div>
    </div>
  );
}
