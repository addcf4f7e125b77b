import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlobalGap } from '#engine';
import { useErrorText } from '../../components/error-text';
import { CountryPanel } from './CountryPanel';
import { GroupsTable } from './GroupsTable';
import { useWorldData } from './use-world-data';
import { WorldControls } from './WorldControls';
import {
  filterRows,
  nextSort,
  NO_FILTER,
  regionsOf,
  sortRows,
  worldRows,
  type Metric,
  type WorldFilter,
  type WorldLanguage,
  type WorldSort,
} from './world-data';
import { WorldMap } from './WorldMap';
import { WorldTable } from './WorldTable';
import './world.css';

/** The years offered: the engine's default year (its first answer) and the ten after it. */
const YEARS_AHEAD = 10;
const yearsFrom = (first: number): number[] =>
  Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => first + i);

const languageOf = (language: string): WorldLanguage => {
  const short = language.slice(0, 2);
  return short === 'fr' || short === 'es' ? short : 'en';
};

/**
 * The World page (issue 13): the financing gap of every country of the database for one package and
 * year, as a map and a sortable table, the aggregates by income group and region, and a country's
 * peers; a country opens as a new scenario. The gap is computed on the privileged side (gap:all).
 */
export function WorldPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const data = useWorldData(year, attempt);
  const [metric, setMetric] = useState<Metric>('gap');
  const [filter, setFilter] = useState<WorldFilter>(NO_FILTER);
  const [sort, setSort] = useState<WorldSort>({ key: 'gapPctGdp', descending: true });
  const [selected, setSelected] = useState<string | null>(null);
  const [firstYear, setFirstYear] = useState<number | null>(null);
  const current = data.loaded;
  const gap: GlobalGap | null = current?.gap ?? null;
  // The years offered stay those around the engine's default year, whichever the user picks.
  const yearChanged = (next: number) => {
    setFirstYear((first) => first ?? gap?.year ?? next);
    setYear(next);
  };

  const lang = languageOf(i18n.language);
  const all = useMemo(
    () => (current ? worldRows(current.gap, current.entries, lang) : []),
    [current, lang],
  );
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const visible = useMemo(
    () => sortRows(filterRows(all, filter), sort, collator),
    [all, filter, sort, collator],
  );
  const chosen = all.find((r) => r.iso3 === selected) ?? null;
  const base = gap ? `world-gap-${gap.year}` : 'world-gap';
  const unknownSpending = gap?.countries.filter((c) => c.spendingUnknown.length > 0).length ?? 0;

  return (
    <div className="page page--world" data-testid="world-page">
      <div className="page__bar">
        <h2>{t('world.title')}</h2>
      </div>
      <p className="field__help">{t('world.intro')}</p>
      {gap ? (
        <p className="world-package" data-testid="world-package">
          {t('world.package', { name: gap.package, year: gap.year })}
        </p>
      ) : null}
      {gap ? (
        <WorldControls
          years={yearsFrom(firstYear ?? gap.year)}
          year={year ?? gap.year}
          onYear={yearChanged}
          metric={metric}
          onMetric={setMetric}
          regions={regionsOf(all)}
          filter={filter}
          onFilter={setFilter}
          busy={data.loading}
        />
      ) : null}
      {data.loading ? (
        <p className="world-loading" role="status" data-testid="world-loading">
          <span className="spinner" aria-hidden="true" />
          {t('world.loading')}
        </p>
      ) : null}
      {data.error ? (
        <div className="notice notice--error" role="alert" data-testid="world-error">
          <span>{t('world.failed', { message: errorText(data.error) })}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => setAttempt((a) => a + 1)}
          >
            {t('library.retry')}
          </button>
        </div>
      ) : null}
      {gap ? (
        <>
          <div className="world-grid">
            <WorldMap
              rows={visible}
              metric={metric}
              onSelect={setSelected}
              fileName={`${base}-map`}
            />
            <WorldTable
              rows={visible}
              sort={sort}
              onSort={(key) => setSort((s) => nextSort(s, key))}
              selected={selected}
              onSelect={setSelected}
              caption={t('world.table.caption', {
                shown: visible.length,
                total: all.length,
                year: gap.year,
              })}
              fileName={`${base}-countries`}
            />
          </div>
          {chosen ? (
            <CountryPanel
              rows={all}
              country={chosen}
              metric={metric}
              fileName={`${base}-peers-${chosen.iso3}`}
            />
          ) : (
            <p className="field__help">{t('world.selectHint')}</p>
          )}
          <section className="panel" aria-labelledby="world-groups-title">
            <h3 id="world-groups-title">{t('world.groups.title', { year: gap.year })}</h3>
            <GroupsTable groups={gap.groups} fileName={`${base}-groups`} />
          </section>
          {gap.skipped.length > 0 ? (
            <p className="field__help" data-testid="world-skipped">
              {t('world.skipped', {
                count: gap.skipped.length,
                list: gap.skipped.map((s) => s.iso3).join(', '),
              })}
            </p>
          ) : null}
          {unknownSpending > 0 ? (
            <p className="field__help" data-testid="world-spending-unknown">
              {t('world.spendingUnknown', { count: unknownSpending })}
            </p>
          ) : null}
          <p className="field__help world-source">{t('world.source')}</p>
        </>
      ) : null}
    </div>
  );
}
