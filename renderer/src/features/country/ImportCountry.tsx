import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputError, parseJsonText, readCountry, type Issue } from '#engine';
import { useApp } from '../../stores/store-context';
import { pathInWords } from './country-helpers';
import { useIssueText } from '../../components/use-issues';
import { useErrorText } from '../../components/error-text';
import type { CountryDbEntry } from '../../../../src/contract/country-db';
import { CountryPicker } from '../country-db/CountryPicker';
import { nameIn } from '../country-db/country-search';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; size: number }
  | { kind: 'problems'; name: string; issues: Issue[] }
  | {
      kind: 'done';
      name: string;
      country: string;
      warnings: Issue[];
      stored: 'pending' | 'stored' | 'failed';
      storeError?: string;
    };

/** Lets the browser paint "Reading…" before a big file is parsed on this thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function IssueItems({ issues }: { issues: Issue[] }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const word = (key: string) => {
    const k = `country.pathWord.${key}`;
    const w = t(k);
    return w === k ? undefined : w;
  };
  return (
    <ul className="import__issues" data-testid="import-issues">
      {issues.map((issue, i) => {
        const words = pathInWords(issue.path, word);
        return (
          <li key={i}>
            {words.length > 0 ? (
              <>
                <strong>{words.join(' › ')}</strong>
                {words.join('.') !== issue.path ? (
                  <>
                    {' '}
                    <code className="field-path">{issue.path}</code>
                  </>
                ) : null}
                {': '}
              </>
            ) : (
              <strong>{t('country.import.wholeFile')}: </strong>
            )}
            {issueText(issue)}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Import country data": picks a spf.country/1 file (the desktop app's dialog, or the browser's file
 * input), checks it, and only when it is whole makes the scenario run on it (undo brings the old data
 * back) and keeps a copy in the library. A file with problems changes nothing: every problem is listed
 * with where it is.
 */
export function ImportCountry() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const replace = useApp((s) => s.countryReplaced);
  const keepCopy = useApp((s) => s.countryStored);
  const choose = useApp((s) => s.countryFileChosen);
  const input = useRef<HTMLInputElement | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const fromDb = useFromDatabase(setState);

  const importText = async (name: string, text: string) => {
    setState({ kind: 'reading', name, size: text.length });
    await nextFrame();
    let parsed: unknown;
    try {
      parsed = parseJsonText(text, name);
    } catch (e) {
      const issues =
        e instanceof InputError ? [...e.issues] : [{ path: '', message: errorText(e) }];
      setState({ kind: 'problems', name, issues });
      return;
    }
    const read = readCountry(parsed);
    if (!read.ok) {
      setState({ kind: 'problems', name, issues: read.issues });
      return;
    }
    replace(read.value);
    const done = { kind: 'done' as const, name, country: read.value.name, warnings: read.warnings };
    setState({ ...done, stored: 'pending' });
    try {
      await keepCopy(name, text);
      setState({ ...done, stored: 'stored' });
    } catch (e) {
      setState({ ...done, stored: 'failed', storeError: errorText(e) });
    }
  };

  const pick = async () => {
    if (typeof window !== 'undefined' && window.spf) {
      try {
        const file = await choose();
        if (file) await importText(file.name, file.text);
      } catch (e) {
        setState({
          kind: 'problems',
          name: '',
          issues: [{ path: '', message: errorText(e) }],
        });
      }
      return;
    }
    input.current?.click();
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'reading', name: file.name, size: file.size });
    const text = await file.text();
    if (input.current) input.current.value = ''; // the same file can be picked again after a fix
    await importText(file.name, text);
  };

  // Two blocks: the button (beside the country's name) and the outcome (across the whole header).
  return (
    <>
      <div className="import">
        <button
          type="button"
          className="button button--primary"
          data-testid="import-country"
          disabled={state.kind === 'reading'}
          onClick={() => void pick()}
        >
          {t('country.import.button')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('country.import.fileLabel')}
          data-testid="import-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <button
          type="button"
          className="button"
          aria-expanded={fromDb.open}
          data-testid="import-country-db"
          onClick={fromDb.toggle}
        >
          {t('countryDb.importButton')}
        </button>
        <p className="field__help import__help">{t('country.import.help')}</p>
      </div>
      {fromDb.open ? (
        <section className="import__db" aria-label={t('countryDb.importTitle')}>
          <CountryPicker
            autoFocus
            onChoose={fromDb.choose}
            chooseLabel={(name) => t('countryDb.useCountry', { name })}
            error={fromDb.error}
          />
        </section>
      ) : null}
      <ImportOutcome state={state} onDismiss={() => setState({ kind: 'idle' })} />
    </>
  );
}

/**
 * Importing from the country database: the country goes into the library (once), then the scenario
 * runs on it as with a file (Undo brings the old data back).
 */
function useFromDatabase(setState: (s: ImportState) => void) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const importFromDb = useApp((s) => s.countryDbImported);
  const replace = useApp((s) => s.countryReplaced);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const choose = async (entry: CountryDbEntry) => {
    setError(undefined);
    try {
      const country = await importFromDb(entry.iso3);
      replace(country);
      setOpen(false);
      const name = t('countryDb.fromDbName', { name: nameIn(entry, i18n.language) });
      setState({ kind: 'done', name, country: country.name, warnings: [], stored: 'stored' });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return { open, error, choose, toggle: () => setOpen((o) => !o) };
}

/** What became of the last import: reading, its problems, or done (and whether it was stored). */
function ImportOutcome({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const sizeText = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / 1e6);
  return (
    <div className="import__outcome">
      {state.kind === 'reading' ? (
        <p className="import__status" role="status" data-testid="import-reading">
          <span className="spinner" aria-hidden="true" />{' '}
          {t('country.import.reading', { name: state.name, size: sizeText(state.size) })}
        </p>
      ) : null}
      {state.kind === 'problems' ? (
        <div
          className="notice notice--error import__result"
          role="alert"
          data-testid="import-problems"
        >
          <span>
            <strong>
              {t('country.import.problemsTitle', {
                name: state.name,
                count: state.issues.length,
              })}
            </strong>{' '}
            {t('country.import.problemsNext')}
          </span>
          <IssueItems issues={state.issues} />
          <button type="button" className="button button--small" onClick={onDismiss}>
            {t('country.import.dismiss')}
          </button>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <div className="notice notice--info import__result" role="status" data-testid="import-done">
          <span>
            {t('country.import.done', { name: state.name, country: state.country })}{' '}
            {state.stored === 'stored' ? t('country.import.stored') : null}
          </span>
          {state.stored === 'failed' ? (
            <p className="import__warning" data-testid="import-store-failed">
              {t('country.import.storeFailed', { message: state.storeError ?? '' })}
            </p>
          ) : null}
          {state.warnings.length > 0 ? (
            <>
              <p className="import__warning">{t('country.import.warnings')}</p>
              <IssueItems issues={state.warnings} />
            </>
          ) : null}
          <button type="button" className="button button--small" onClick={onDismiss}>
            {t('country.import.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
