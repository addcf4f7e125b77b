import { useCallback } from 'react';
import { useApp } from '../stores/store-context';

/**
 * The engine's message for a field, found by its path (e.g. `benefits[2].coverage.fullYear`), so
 * each error appears next to the parameter it is about.
 */
export function useIssueAt(prefix: string): (field: string) => string | undefined {
  const issues = useApp((s) => s.run.issues);
  return useCallback(
    (field: string) => {
      const path = prefix ? `${prefix}.${field}` : field;
      return issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
    },
    [issues, prefix],
  );
}
