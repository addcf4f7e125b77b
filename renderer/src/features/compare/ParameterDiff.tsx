import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredScenario } from '../../../../src/contract/bridge';
import { downloadText, toCsv } from '../../lib/export';
import { codesWithDifferentData, countryOf } from './country-versions';
import { diffLabel, formatDiffValue } from './diff-format';
import { diffScenarios, type DiffRow } from './diff-scenarios';
import { SeriesSwatch } from './SeriesSwatch';

export interface Loaded {
  id: number;
  label: string;
  stored: StoredScenario;
}

/** Rows of a benefit or option only some scenarios have: its own row, then its settings. */
interface Group {
  head: DiffRow | null;
  rows: DiffRow[];
}

function grouped(rows: DiffRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const sectional = row.list !== '';
    if (sectional && row.field === '') {
      groups.push({ head: row, rows: [] });
      continue;
    }
    const last = groups[groups.length - 1];
    if (sectional && last?.head && last.head.list === row.list && last.head.key === row.key) {
      last.rows.push(row);
    } else {
      groups.push({ head: null, rows: [row] });
    }
  }
  return groups;
}

/** Every parameter that differs between the scenarios, and the country data each was costed on. */
export function ParameterDiff({ loaded }: { loaded: Loaded[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [open, setOpen] = useState<Set<string>>(new Set());

  const rows = useMemo(
    () => diffScenarios(loaded.map((l) => ({ name: l.label, scenario: l.stored.scenario }))),
    [loaded],
  );
  const countries = useMemo(() => loaded.map((l) => countryOf(l.stored)), [loaded]);
  const differentData = useMemo(() => codesWithDifferentData(countries), [countries]);

  const countryText = (i: number): string => {
    const c = countries[i]!;
    const base = c.name ? `${c.name} (${c.code})` : c.code;
    if (!differentData.includes(c.code)) return base;
    return c.version === null
      ? `${base} · ${t('compare.diff.countryEdited')}`
      : `${base} · ${t('compare.diff.countryVersion', { version: c.version })}`;
  };

  const groups = grouped(rows);
  // A benefit or option that only some scenarios have counts once, whatever its settings.
  const count = groups.reduce((n, g) => n + (g.head ? 1 : g.rows.length), 0);
  const value = (row: DiffRow, i: number) =>
    formatDiffValue(row, row.values[i], row.absent[i]!, t, locale);

  const downloadCsv = () => {
    const header = [
      t('compare.diff.parameter'),
      t('compare.diff.path'),
      ...loaded.map((l) => l.label),
    ];
    const data = [
      [t('compare.diff.costedOn'), 'country', ...loaded.map((_, i) => countryText(i))],
      ...rows.map((r) => [diffLabel(r, t), r.path, ...loaded.map((_, i) => value(r, i))]),
    ];
    downloadText('scenario-differences.csv', toCsv(header, data), 'text/csv');
  };

  return (
    <section className="panel" aria-labelledby="cmp-diff-title" data-testid="compare-diff">
      <div className="page__bar">
        <h3 id="cmp-diff-title">{t('compare.diff.title')}</h3>
        <button type="button" className="button button--small" onClick={downloadCsv}>
          {t('table.csv')}
        </button>
      </div>
      <p className="field__help">
        {count === 0 ? t('compare.diff.none') : t('compare.diff.count', { count })}{' '}
        {t('compare.diff.help')}
      </p>
      {differentData.length ? (
        <p className="notice cmp-warn" role="note">
          {t('compare.diff.countryDiffers')}
        </p>
      ) : null}
      <div className="table-scroll cmp-diff__scroll">
        <table className="table diff cmp-diff">
          <thead>
            <tr>
              <th scope="col">{t('compare.diff.parameter')}</th>
              {loaded.map((l, i) => (
                <th key={l.id} scope="col">
                  <span className="cmp-colhead">
                    <SeriesSwatch index={i} />
                    {l.label}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="cmp-diff__country">
              <th scope="row">{t('compare.diff.costedOn')}</th>
              {loaded.map((l, i) => (
                <td key={l.id}>{countryText(i)}</td>
              ))}
            </tr>
            {groups.map((g, gi) => {
              const key = g.head?.path ?? `g${gi}`;
              const expanded = open.has(key);
              return (
                <Fragment key={key}>
                  {g.head ? (
                    <tr className="cmp-diff__head" data-testid="diff-row">
                      <th scope="row">
                        {diffLabel(g.head, t)}
                        {g.rows.length ? (
                          <button
                            type="button"
                            className="button button--small cmp-diff__toggle"
                            aria-expanded={expanded}
                            onClick={() =>
                              setOpen((s) => {
                                const next = new Set(s);
                                if (next.has(key)) next.delete(key);
                                else next.add(key);
                                return next;
                              })
                            }
                          >
                            {expanded
                              ? t('compare.diff.hideSettings')
                              : t('compare.diff.showSettings', { count: g.rows.length })}
                          </button>
                        ) : null}
                      </th>
                      {loaded.map((l, i) => (
                        <td
                          key={l.id}
                          className={g.head!.absent[i] ? 'cmp-diff__absent' : undefined}
                        >
                          {value(g.head!, i)}
                        </td>
                      ))}
                    </tr>
                  ) : null}
                  {!g.head || expanded
                    ? g.rows.map((r) => (
                        <tr key={r.path} data-testid="diff-row" data-path={r.path}>
                          <th scope="row" className={g.head ? 'cmp-diff__sub' : undefined}>
                            {diffLabel(r, t)}
                          </th>
                          {loaded.map((l, i) => (
                            <td key={l.id} className={r.absent[i] ? 'cmp-diff__absent' : undefined}>
                              {value(r, i)}
                            </td>
                          ))}
                        </tr>
                      ))
                    : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
