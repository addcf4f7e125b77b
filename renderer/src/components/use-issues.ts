import { useCallback } from 'react';
import { useApp } from '../stores/store-context';
import { useIssueText } from './use-message-text';

export { useIssueText, useMessageLanguage, useMessageText } from './use-message-text';

/**
 * The engine's message for a field, found by its path (e.g. `benefits[2].coverage.fullYear`), so
 * each error appears next to the parameter it is about, in the interface's language.
 */
export function useIssueAt(prefix: string): (field: string) => string | undefined {
  const issues = useApp((s) => s.run.issues);
  const text = useIssueText();
  return useCallback(
    (field: string) => {
      const path = prefix ? `${prefix}.${field}` : field;
      const issue = issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
      return issue ? text(issue) : undefined;
    },
    [issues, prefix, text],
  );
}
