import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplainQuery } from '#engine';
import { useMessageLanguage } from '../../components/use-message-text';
import { useApp } from '../../stores/store-context';

interface ExplainButtonProps {
  query: ExplainQuery;
  children: ReactNode;
  testId?: string;
}

/** A number that opens "Why this number?" on a click or Enter: it reads as the number it shows. */
export function ExplainButton({ query, children, testId }: ExplainButtonProps) {
  const { t } = useTranslation();
  const explainRequested = useApp((s) => s.explainRequested);
  const lang = useMessageLanguage();
  return (
    <button
      type="button"
      className="explain-number"
      title={t('explain.open')}
      aria-haspopup="dialog"
      data-testid={testId}
      onClick={() => explainRequested(query, lang)}
    >
      {children}
    </button>
  );
}
