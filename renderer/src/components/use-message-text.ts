import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  issueMessage,
  messageLanguageOf,
  renderMessage,
  type CodedMessage,
  type Issue,
  type MessageLanguage,
} from '#engine';

// Kept apart from use-issues (which reads the app store) so that the report window can use it too.

/** The engine-message language of the interface (English when i18next has another). */
export function useMessageLanguage(): MessageLanguage {
  const { i18n } = useTranslation();
  return messageLanguageOf(i18n.language) ?? 'en';
}

/** Renders an engine issue in the interface's language (its code's template, else its English text). */
export function useIssueText(): (issue: Issue) => string {
  const lang = useMessageLanguage();
  return useCallback((issue: Issue) => issueMessage(issue, lang), [lang]);
}

/** Renders a coded message (such as a provenance derivation) in the interface's language. */
export function useMessageText(): (message: CodedMessage | undefined, english?: string) => string {
  const lang = useMessageLanguage();
  return useCallback(
    (message: CodedMessage | undefined, english = '') =>
      (message && renderMessage(message.code, message.params, lang)) ?? english,
    [lang],
  );
}
