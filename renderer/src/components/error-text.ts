import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { errorMessage, SpfError, type ErrorKind } from '#engine';
import { useMessageLanguage } from './use-message-text';

/** The kind of anything thrown: an error of the engine's hierarchy says it; anything else is a bug. */
export function errorKind(e: unknown): ErrorKind {
  return e instanceof SpfError ? e.kind : 'internal';
}

/**
 * The words said before a failure's problems, chosen by its kind: something no longer in the library,
 * a busy library, a bug. Bad input has none: its located problems say all there is to say.
 */
export function failureLead(kind: ErrorKind | undefined, t: TFunction): string | null {
  switch (kind) {
    case 'not-found':
      return t('notice.failure.notFound');
    case 'busy':
      return t('notice.failure.busy');
    case 'internal':
      return t('notice.failure.internal');
    default:
      return null;
  }
}

/** A failure's lead, then its problems (or its message) in the interface's language. */
export function failureText(lead: string | null, detail: string): string {
  return lead ? `${lead} ${detail}` : detail;
}

/** What to tell the user about anything thrown, in the interface's language, led by its kind. */
export function useErrorText(): (e: unknown) => string {
  const { t } = useTranslation();
  const lang = useMessageLanguage();
  return useCallback(
    (e: unknown) => failureText(failureLead(errorKind(e), t), errorMessage(e, lang)),
    [t, lang],
  );
}
