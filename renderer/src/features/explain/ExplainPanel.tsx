import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formulaInWords, renderMessage, type ExplainNode, type MessageLanguage } from '#engine';
import { useIssueText, useMessageLanguage } from '../../components/use-message-text';
import { useApp } from '../../stores/store-context';

/** A value as the user's language writes it: years plain, large amounts whole, others to 6 digits. */
export function explainValue(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return String(value);
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 1000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 6 };
  return new Intl.NumberFormat(locale, options).format(value);
}

/**
 * The value and unit as a reader expects them: the engine's fractions (a coverage of 0.9, a cost of
 * 0.0885 of GDP) as percentages, everything else as the engine states it. The command line's JSON
 * keeps the fractions.
 */
export function shownValue(
  node: Pick<ExplainNode, 'value' | 'unit'>,
  locale: string,
  lang: MessageLanguage,
  percentOfGdp: string,
): { value: string; unit: string } {
  const percent = () =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 6 }).format(
      node.value,
    );
  if (node.unit === renderMessage('explain.unit.fraction', {}, lang)) {
    return { value: percent(), unit: '' };
  }
  if (node.unit === renderMessage('explain.unit.shareGdp', {}, lang)) {
    return { value: percent(), unit: percentOfGdp };
  }
  return { value: explainValue(node.value, locale), unit: node.unit };
}

function ValueLine({ node, locale }: { node: ExplainNode; locale: string }) {
  const { t } = useTranslation();
  const lang = useMessageLanguage();
  const shown = shownValue(node, locale, lang, t('explain.ofGdp'));
  return (
    <span className="explain__line">
      <span className="explain__label">{node.label}</span>
      {' = '}
      <strong className="explain__value">{shown.value}</strong>{' '}
      <span className="explain__unit">{shown.unit}</span>
    </span>
  );
}

/** The formula in symbols over the terms' names, and in words over their labels. */
function Formula({ node }: { node: ExplainNode }) {
  const { t } = useTranslation();
  if (!node.formula) return null;
  const words = formulaInWords(node);
  return (
    <div className="explain__formula">
      <code>{node.formula}</code>
      {words !== node.formula ? (
        <p>
          <span className="visually-hidden">{t('explain.inWords')}: </span>
          {words}
        </p>
      ) : null}
    </div>
  );
}

/** One term: a leaf with its source, or an expandable node with its formula and terms. */
function Term({ node, locale }: { node: ExplainNode; locale: string }) {
  const { t } = useTranslation();
  if (node.terms.length === 0) {
    return (
      <li className="explain__term" data-term={node.name}>
        <ValueLine node={node} locale={locale} />
        <Formula node={node} />
        <span className="explain__source">{t('explain.sourceIs', { text: node.source.text })}</span>
      </li>
    );
  }
  return (
    <li className="explain__term" data-term={node.name}>
      <details>
        <summary>
          <ValueLine node={node} locale={locale} />
        </summary>
        <Formula node={node} />
        <Terms nodes={node.terms} locale={locale} />
      </details>
    </li>
  );
}

function Terms({ nodes, locale }: { nodes: ExplainNode[]; locale: string }) {
  return (
    <ul className="explain__terms">
      {nodes.map((n, i) => (
        <Term key={`${n.name}-${i}`} node={n} locale={locale} />
      ))}
    </ul>
  );
}

/**
 * "Why this number?": a side panel with the number's formula in symbols and words, and each term's
 * value, unit and source, expandable down to the data. Escape or the close button closes it, and
 * the focus goes back to the number that opened it.
 */
export function ExplainPanel() {
  const { t, i18n } = useTranslation();
  const explained = useApp((s) => s.explained);
  const explainClosed = useApp((s) => s.explainClosed);
  const explainRequested = useApp((s) => s.explainRequested);
  const result = useApp((s) => s.run.result);
  const status = useApp((s) => s.run.status);
  const lang = useMessageLanguage();
  const issueText = useIssueText();
  const close = useRef<HTMLButtonElement | null>(null);
  const opener = useRef<Element | null>(null);
  const open = explained !== null;

  useEffect(() => {
    if (!open) return;
    opener.current = document.activeElement;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        explainClosed();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [open, explainClosed]);

  // The same number again after an edit (a new result) or in another language.
  const query = explained?.query;
  useEffect(() => {
    if (query) explainRequested(query, lang);
    // Only a new result, costing state or language asks again, for the query open at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, status, lang]);

  if (!explained) return null;
  const { tree, issues } = explained;
  const locale = i18n.language;
  return (
    <div
      className="explain-panel"
      role="dialog"
      aria-labelledby="explain-title"
      data-testid="explain-panel"
    >
      <div className="explain-panel__bar">
        <h2 id="explain-title">{t('explain.title')}</h2>
        <button ref={close} type="button" className="button button--small" onClick={explainClosed}>
          {t('explain.close')}
        </button>
      </div>
      {tree ? (
        <div className="explain">
          <p className="explain__root">
            <ValueLine node={tree} locale={locale} />
          </p>
          <Formula node={tree} />
          <p className="field__help">{t('explain.help')}</p>
          <Terms nodes={tree.terms} locale={locale} />
        </div>
      ) : issues.length === 0 ? (
        <p className="empty" role="status">
          {t('status.calculating')}
        </p>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>{t('explain.cannot')}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
