import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../../src/contract/bridge';
import { useErrorText } from '../../components/error-text';
import { useApp } from '../../stores/store-context';
import { ParameterDiff, type Loaded } from '../compare/ParameterDiff';

interface Props {
  id: number;
  revisions: RevisionInfo[];
}

/**
 * What changed between two revisions of one scenario: the compare page's parameter diff, with the
 * two revisions as its columns. By default the one before the current against the current.
 */
export function RevisionDiff({ id, revisions }: Props) {
  const { t } = useTranslation();
  const scenarioRead = useApp((s) => s.scenarioRead);
  const last = revisions[revisions.length - 1]?.rev ?? 1;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);
  // What was thrown, worded when shown (in the language of the moment) and by its kind.
  const [error, setError] = useState<{ thrown: unknown } | null>(null);
  const errorText = useErrorText();
  const [shown, setShown] = useState(false);
  const fromId = useId();
  const toId = useId();

  useEffect(() => {
    if (!shown) return;
    let live = true;
    Promise.all([scenarioRead(id, from), scenarioRead(id, to)])
      .then(([a, b]) => {
        if (!live) return;
        // Columns are keyed by id: the revision numbers tell the two apart.
        setLoaded([
          { id: a.rev, label: t('library.details.rev', { rev: a.rev }), stored: a },
          { id: b.rev, label: t('library.details.rev', { rev: b.rev }), stored: b },
        ]);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError({ thrown: e });
      });
    return () => {
      live = false;
    };
  }, [shown, id, from, to, t, scenarioRead]);

  const select = (
    which: 'from' | 'to',
    value: number,
    set: (rev: number) => void,
    inputId: string,
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t(`lifecycle.diff.${which}`)}
      </label>
      <select
        id={inputId}
        className="input input--small"
        value={value}
        data-testid={`revision-diff-${which}`}
        onChange={(e) => set(Number(e.target.value))}
      >
        {revisions.map((r) => (
          <option key={r.rev} value={r.rev}>
            {t('library.details.rev', { rev: r.rev })}
          </option>
        ))}
      </select>
    </div>
  );

  if (revisions.length < 2) return null;
  return (
    <div className="lib-revision-diff" data-testid="revision-diff">
      <div className="toolbar">
        {select('from', from, setFrom, fromId)}
        {select('to', to, setTo, toId)}
        <button
          type="button"
          className="button button--small"
          aria-pressed={shown}
          data-testid="revision-diff-show"
          onClick={() => setShown((s) => !s)}
        >
          {shown ? t('lifecycle.diff.hide') : t('lifecycle.diff.show')}
        </button>
      </div>
      {shown && error ? (
        <p className="notice notice--error" role="alert">
          {errorText(error.thrown)}
        </p>
      ) : null}
      {shown && loaded && !error ? <ParameterDiff loaded={loaded} /> : null}
    </div>
  );
}
