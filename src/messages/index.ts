import type { Issue } from '../formats/issues';
import { MESSAGE_LANGUAGES, type MessageLanguage, type MessagePart } from './types';
import { limitsMessages } from './catalog/limits';

export { MESSAGE_LANGUAGES, type MessageLanguage, type MessagePart } from './types';

/**
 * The engine's message catalogue: every part in ./catalog, registered here. An issue with a `code`
 * found here is rendered in the user's language; one without keeps its English `message`.
 */
const PARTS: readonly MessagePart[] = [limitsMessages];

function mergeParts(
  parts: readonly MessagePart[],
): Record<MessageLanguage, Record<string, string>> {
  const out = { en: {}, fr: {}, es: {} } as Record<MessageLanguage, Record<string, string>>;
  for (const part of parts)
    for (const lang of MESSAGE_LANGUAGES) Object.assign(out[lang], part[lang]);
  return out;
}

export const MESSAGE_CATALOG = mergeParts(PARTS);

/** Fills `{{name}}` placeholders; a missing parameter is left visible rather than silently blank. */
export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** An issue's message in `lang`: its code's template when the catalogue has it, else its English text. */
export function issueMessage(issue: Issue, lang: MessageLanguage): string {
  const template = issue.code ? MESSAGE_CATALOG[lang][issue.code] : undefined;
  return template === undefined ? issue.message : interpolate(template, issue.params);
}
