import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { DataTable, type Column } from '../../components/DataTable';
import { formatMillions, formatPercent } from '../../lib/format';
import { headlineYear } from '../../lib/result-series';
import type { ComparedScenario } from '../../stores/app-store';
import { useApp, useAppStore } from '../../stores/store-context';
import {
  benefitBarsChart,
  benefitsInYear,
  linesChart,
  unionYears,
  alignToYears,
  type Costed,
} from './compare-charts';
import { ParameterDiff, type Loaded } from './ParameterDiff';
import { MAX_COMPARED, ScenarioPicker } from './ScenarioPicker';
import { SeriesSwatch } from './SeriesSwatch';
import { formatIssueIn, type MessageLanguage } from '#engine';
import { useMessageLanguage } from '../../components/use-issues';
import { useErrorText } from '../../components/error-text';

type Entry = ComparedScenario;

/** The full-coverage years of the benefits a scenario file includes. */
function fullYears(scenario: unknown): number[] {
  const s = (scenario ?? {}) as {
    years?: unknown;
    benefits?: { enabled?: unknown; coverage?: { fullYear?: unknown } }[];
  };
  const first = Array.isArray(s.years) && typeof s.years[0] === 'number' ? s.years[0] : undefined;
  return (Array.isArray(s.benefits) ? s.benefits : [])
    .filter((b) => b.enabled !== false)
    .map((b) => (typeof b.coverage?.fullYear === 'number' ? b.coverage.fullYear : first))
    .filter((y): y is number => typeof y === 'number');
}

/** Why a scenario could not be costed: the engine's own words, first problems first. */
function whyNotCosted(entry: Entry, lang: MessageLanguage): string {
  if (entry.message) return entry.message;
  return entry.issues
    .slice(0, 3)
    .map((i) => formatIssueIn(i, lang))
    .join('; ');
}

/** Names as column heads: a name two scenarios share gets the scenario number. */
function uniqueLabels(entries: { id: number; name: string }[]): Map<number, string> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return new Map(
    entries.map((e) => [e.id, counts.get(e.name)! > 1 ? `${e.name} (#${e.id})` : e.name]),
  );
}

/**
 * The library's scenarios to pick from, and why they could not be listed: what was thrown, worded
 * when shown (in the language of the moment) and by its kind.
 */
function useScenarioList() {
  const compareListRequested = useApp((s) => s.compareListRequested);
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [listError, setListError] = useState<{ thrown: unknown } | null>(null);
  const loadList = useCallback(
    () =>
      compareListRequested()
        .then((l) => {
          setList(l);
          setListError(null);
        })
        .catch((e: unknown) => {
          setList([]);
          setListError({ thrown: e });
        }),
    [compareListRequested],
  );
  return { list, listError, loadList };
}

/** Two to four scenarios side by side: headline numbers, charts with tables, every difference. */
export function ComparePage() {
  const { t } = useTranslation();
  const lang = useMessageLanguage();
  const store = useAppStore();
  const compareIds = useApp((s) => s.compareIds);
  const compared = useApp((s) => s.compared);
  const compareChanged = useApp((s) => s.compareChanged);
  const pending = useApp((s) => s.comparing);
  const { list, listError, loadList } = useScenarioList();
  const errorText = useErrorText();

  useEffect(() => {
    void loadList();
    // Saved scenarios may have changed since they were last costed: cost them again.
    const s = store.getState();
    if (!s.comparing && s.compareIds.length > 0) void s.compareChanged(s.compareIds);
  }, [store, loadList]);

  const select = (ids: number[]) => void compareChanged(ids);

  const entries = useMemo(() => {
    const byId = new Map(compared.map((c) => [c.id, c]));
    return compareIds.map((id) => ({ id, entry: byId.get(id) ?? null }));
  }, [compareIds, compared]);

  const labels = useMemo(() => {
    const named = entries.map(({ id, entry }) => ({
      id,
      name: entry?.name ?? list?.find((s) => s.id === id)?.name ?? `#${id}`,
    }));
    return uniqueLabels(named);
  }, [entries, list]);

  const loaded: Loaded[] = useMemo(
    () =>
      entries
        .filter((e): e is { id: number; entry: Entry } => e.entry !== null)
        .map(({ id, entry }) => ({ id, label: labels.get(id)!, stored: entry.stored })),
    [entries, labels],
  );

  const costed: Costed[] = useMemo(
    () =>
      entries.flatMap(({ id, entry }) =>
        entry?.result
          ? [
              {
                id,
                label: labels.get(id)!,
                result: entry.result,
                fullYear: headlineYear(entry.result, fullYears(entry.stored.scenario)),
              },
            ]
          : [],
      ),
    [entries, labels],
  );

  const problems = useMemo(
    () =>
      entries.flatMap(({ id, entry }) => {
        if (entry === null) {
          return pending
            ? []
            : [{ id, text: t('compare.problem.notLoaded', { name: labels.get(id) }) }];
        }
        if (entry.result) return [];
        const reason = whyNotCosted(entry, lang) || t('compare.problem.unknown');
        return [{ id, text: t('compare.problem.notCosted', { name: labels.get(id), reason }) }];
      }),
    [entries, labels, pending, t, lang],
  );

  const enough = compareIds.length >= 2;

  return (
    <div className="page page--compare" data-testid="compare-page">
      <div className="page__bar">
        <h2>{t('compare.title')}</h2>
      </div>
      <div className="cmp-layout">
        <ScenarioPicker list={list} selected={compareIds} onChange={select} />
        <div className="cmp-main">
          {listError ? (
            <div className="notice notice--error" role="alert">
              <span>{t('compare.listError', { message: errorText(listError.thrown) })}</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void loadList()}
              >
                {t('library.retry')}
              </button>
            </div>
          ) : null}
          {!enough ? (
            <p className="empty panel" data-testid="compare-hint">
              {compareIds.length === 0
                ? t('compare.chooseTwo', { max: MAX_COMPARED })
                : t('compare.chooseOneMore')}
            </p>
          ) : (
            <>
              {pending ? (
                <p className="cmp-status" role="status">
                  {t('compare.costing')}
                </p>
              ) : null}
              {problems.length ? (
                <div
                  className="notice notice--error cmp-problems"
                  role="alert"
                  data-testid="compare-problems"
                >
                  <span>{t('compare.problem.title')}</span>
                  <ul className="notice__issues">
                    {problems.map((p) => (
                      <li key={p.id}>{p.text}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {loaded.length > 0 ? (
                <Headline entries={entries} labels={labels} costed={costed} problems={problems} />
              ) : null}
              {costed.length > 0 ? <Charts costed={costed} /> : null}
              {loaded.length >= 2 ? <ParameterDiff loaded={loaded} /> : null}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

interface HeadlineProps {
  entries: { id: number; entry: Entry | null }[];
  labels: Map<number, string>;
  costed: Costed[];
  problems: { id: number; text: string }[];
}

/** The numbers a minister asks for, one column per scenario. */
function Headline({ entries, labels, costed, problems }: HeadlineProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const pct = (v: number | undefined) => (v === undefined ? '—' : formatPercent(v, locale));
  const shown = entries.filter((e) => e.entry !== null);

  const measures: { key: string; label: string; cell: (c: Costed) => string }[] = [
    {
      key: 'years',
      label: t('compare.headline.years'),
      cell: (c) => `${c.result.years[0]}–${c.result.years[c.result.years.length - 1]}`,
    },
    { key: 'fullYear', label: t('compare.headline.fullYear'), cell: (c) => String(c.fullYear) },
    {
      key: 'costFull',
      label: t('compare.headline.costFull'),
      cell: (c) => pct(c.result.total.pctGdp[c.result.years.indexOf(c.fullYear)]),
    },
    {
      key: 'costLast',
      label: t('compare.headline.costLast'),
      cell: (c) =>
        `${pct(c.result.total.pctGdp[c.result.years.length - 1])} (${c.result.years[c.result.years.length - 1]})`,
    },
    {
      key: 'expFull',
      label: t('compare.headline.expFull'),
      cell: (c) => pct(c.result.total.pctExpenditure[c.result.years.indexOf(c.fullYear)]),
    },
    {
      key: 'gapFull',
      label: t('compare.headline.gapFull'),
      cell: (c) => pct(c.result.financing.gapPctGdp[c.result.years.indexOf(c.fullYear)]),
    },
    {
      key: 'gapLast',
      label: t('compare.headline.gapLast'),
      cell: (c) => pct(c.result.financing.gapPctGdp[c.result.years.length - 1]),
    },
    {
      key: 'millions',
      label: t('compare.headline.millions'),
      cell: (c) => {
        const v = c.result.total.cost[c.result.years.indexOf(c.fullYear)];
        return v === undefined ? '—' : `${formatMillions(v, locale)} ${c.result.currency}`;
      },
    },
  ];

  return (
    <section className="panel" aria-labelledby="cmp-headline-title">
      <h3 id="cmp-headline-title">{t('compare.headline.title')}</h3>
      <div className="table-scroll cmp-headline__scroll">
        <table className="table cmp-headline" data-testid="compare-headline">
          <thead>
            <tr>
              <th scope="col">{t('compare.headline.measure')}</th>
              {shown.map(({ id }) => {
                const ci = costed.findIndex((c) => c.id === id);
                return (
                  <th key={id} scope="col" data-testid={`compare-col-${id}`}>
                    <span className="cmp-colhead">
                      {ci >= 0 ? <SeriesSwatch index={ci} /> : null}
                      {labels.get(id)}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('compare.headline.country')}</th>
              {shown.map(({ id, entry }) => {
                const c = (entry!.stored.country ?? {}) as { name?: string; code?: string };
                return <td key={id}>{c.name ? `${c.name} (${c.code ?? ''})` : (c.code ?? '—')}</td>;
              })}
            </tr>
            {measures.map((m, mi) => (
              <tr key={m.key}>
                <th scope="row">{m.label}</th>
                {shown.map(({ id }) => {
                  const c = costed.find((x) => x.id === id);
                  if (c) return <td key={id}>{m.cell(c)}</td>;
                  if (mi > 0) return null;
                  return (
                    <td key={id} rowSpan={measures.length} className="cmp-headline__failed">
                      {problems.some((p) => p.id === id)
                        ? t('compare.problem.short')
                        : t('compare.problem.unknown')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__help">{t('compare.headline.note')}</p>
    </section>
  );
}

/** Total cost and gap over the years, and the cost by benefit in one year, each with its table. */
function Charts({ costed }: { costed: Costed[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = useMemo(() => unionYears(costed), [costed]);
  const defaultYear = Math.min(
    Math.max(...costed.map((c) => c.fullYear)),
    years[years.length - 1] ?? 0,
  );
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : defaultYear;
  const axis = t('units.pctGdp');

  const totalConfig = useMemo(
    () => linesChart(costed, (r) => r.total.pctGdp, axis),
    [costed, axis],
  );
  const gapConfig = useMemo(
    () => linesChart(costed, (r) => r.financing.gapPctGdp, axis),
    [costed, axis],
  );
  const benefitRows = useMemo(() => benefitsInYear(costed, year), [costed, year]);
  const barsConfig = useMemo(
    () => benefitBarsChart(costed, benefitRows, axis),
    [costed, benefitRows, axis],
  );

  const pct = (v: number) => formatPercent(v, locale);
  const columns: Column[] = [
    { key: 'year', label: t('table.year') },
    ...costed.map((c) => ({ key: String(c.id), label: c.label, format: pct })),
  ];
  const byYear = (pick: (c: Costed) => number[]) =>
    years.map((y) => [y, ...costed.map((c) => alignToYears(c.result, pick(c), [y])[0] ?? '—')]);
  const benefitColumns: Column[] = [
    { key: 'benefit', label: t('compare.charts.benefit') },
    ...costed.map((c) => ({ key: String(c.id), label: c.label, format: pct })),
  ];
  const benefitTable = [
    ...benefitRows.map((r) => [r.label, ...r.values.map((v) => v ?? '—')]),
    [
      t('results.total'),
      ...costed.map((c) => {
        const i = c.result.years.indexOf(year);
        return i === -1 ? '—' : c.result.total.pctGdp[i]!;
      }),
    ],
  ];

  return (
    <>
      <section className="panel" aria-labelledby="cmp-total-title">
        <h3 id="cmp-total-title">{t('compare.charts.total')}</h3>
        <ChartCanvas
          config={totalConfig}
          label={t('compare.charts.total')}
          testId="compare-total-chart"
          downloadName="compare-total"
        />
        <DataTable
          caption={t('compare.charts.total')}
          columns={columns}
          rows={byYear((c) => c.result.total.pctGdp)}
          fileName="compare-total-pct-gdp"
          testId="compare-total-table"
        />
      </section>
      <section className="panel" aria-labelledby="cmp-bars-title">
        <div className="page__bar">
          <h3 id="cmp-bars-title">{t('compare.charts.byBenefit', { year })}</h3>
          <label className="cmp-year">
            <span>{t('compare.charts.year')}</span>
            <select
              className="input"
              value={year}
              data-testid="compare-year"
              onChange={(e) => setChosen(Number(e.target.value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ChartCanvas
          config={barsConfig}
          label={t('compare.charts.byBenefit', { year })}
          testId="compare-benefit-chart"
          downloadName={`compare-by-benefit-${year}`}
        />
        <DataTable
          caption={t('compare.charts.byBenefit', { year })}
          columns={benefitColumns}
          rows={benefitTable}
          fileName={`compare-by-benefit-${year}`}
          testId="compare-benefit-table"
        />
      </section>
      <section className="panel" aria-labelledby="cmp-gap-title">
        <h3 id="cmp-gap-title">{t('compare.charts.gap')}</h3>
        <ChartCanvas
          config={gapConfig}
          label={t('compare.charts.gap')}
          testId="compare-gap-chart"
          downloadName="compare-gap"
        />
        <DataTable
          caption={t('compare.charts.gap')}
          columns={columns}
          rows={byYear((c) => c.result.financing.gapPctGdp)}
          fileName="compare-gap-pct-gdp"
          testId="compare-gap-table"
        />
      </section>
    </>
  );
}
