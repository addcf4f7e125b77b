import { SpfError, formatIssue } from './errors';
import { formatIssueIn, type MessageLanguage } from './messages';

/**
 * What to tell the user about anything thrown: an SpfError's problems in `lang` (each coded problem
 * rendered from the catalogue, `source: path: message` one a line), any other Error's message as it
 * is (an operating system's or a library's words), anything else as text. Kept apart from ./errors so
 * that the hierarchy does not depend on the catalogue.
 *
 * An SpfError whose message is not its problems (a summary given by a host, such as "invalid request
 * for …") keeps that message: it says more than the problems alone.
 */
export function errorMessage(e: unknown, lang: MessageLanguage = 'en'): string {
  if (e instanceof SpfError) {
    const prefix = e.source ? `${e.source}: ` : '';
    const english = e.issues.map((i) => prefix + formatIssue(i)).join('\n');
    if (e.issues.length === 0 || e.message !== english) return e.message;
    return e.issues.map((i) => prefix + formatIssueIn(i, lang)).join('\n');
  }
  if (e instanceof Error) return e.message;
  return String(e);
}
