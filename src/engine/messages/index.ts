import { formatIssue, type Issue } from '../formats/issues';
import { cliMessages } from './catalog/cli';
import { costingMessages } from './catalog/costing';
import { countryMessages } from './catalog/country';
import { demographyMessages } from './catalog/demography';
import { expressionMessages } from './catalog/expressions';
import { pensionMessages } from './catalog/pension';
import { provenanceMessages } from './catalog/provenance';
import { scenarioMessages } from './catalog/scenario';
import { termMessages } from './catalog/terms';
import { validationMessages } from './catalog/validation';
import { MESSAGE_LANGUAGES, type MessageLanguage, type MessagePart } from './types';
import { limitsMessages } from './catalog/limits';
import { spreadsheetMessages } from './catalog/spreadsheet';
import { libraryMessages } from './catalog/library';
import { countryBuildMessages } from './catalog/country-build';
import { uncertaintyMessages } from './catalog/uncertainty';
import { explainMessages } from './catalog/explain';
import { uncertaintyCliMessages } from './catalog/uncertainty-cli';
import { countryDbMessages } from './catalog/country-db';
import { globalGapMessages } from './catalog/global-gap';

export { MESSAGE_LANGUAGES, type MessageLanguage, type MessagePart } from './types';

/**
 * The engine's message catalogue: every part in ./catalog, registered here. An issue with a `code`
 * found here is rendered in the user's language; one without keeps its English `message`.
 */
const PARTS = [
  validationMessages,
  termMessages,
  scenarioMessages,
  countryMessages,
  costingMessages,
  pensionMessages,
  demographyMessages,
  provenanceMessages,
  expressionMessages,
  cliMessages,
  limitsMessages,
  spreadsheetMessages,
  libraryMessages,
  countryBuildMessages,
  uncertaintyMessages,
  explainMessages,
  uncertaintyCliMessages,
  countryDbMessages,
  globalGapMessages,
] as const satisfies readonly MessagePart[];

type KeysOf<T> = T extends unknown ? keyof T & string : never;
/** Every code the catalogue has a template for; the typed builders below accept only these. */
export type MessageCode = KeysOf<(typeof PARTS)[number]['en']>;

/** The values a template interpolates. A string `@code` stands for that code's text (a term such as "a list"). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message as data: rendered in any language by `renderMessage`. */
export interface CodedMessage {
  code: string;
  params?: MessageParams;
}

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

/**
 * A parameter in `lang`: `@code` is replaced by that code's text, filled from the same parameters (so
 * a message can quote another, such as a formula's error inside "cannot be evaluated for 2030: ...");
 * anything else is shown as it is.
 */
function localParam(
  name: string,
  value: string | number,
  lang: MessageLanguage,
  params: MessageParams,
): string | number {
  if (typeof value !== 'string' || !value.startsWith('@')) return value;
  // The quoted message is rendered in `lang` too (its own @terms included), without the parameter
  // being expanded, so a message can never quote itself forever.
  const rest = Object.fromEntries(Object.entries(params).filter(([key]) => key !== name));
  return renderMessage(value.slice(1), rest, lang) ?? value;
}

/** The placeholders a template uses, sorted: a test checks they match across languages. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/** Digits after the point in JavaScript's shortest exact form of `value` (0.25 → 2). */
function shortestDecimals(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/**
 * A number as `lang` writes it (0,2 in French). English keeps JavaScript's form, the text every
 * issue's `message` holds. Integers below 10,000 are left alone elsewhere too, so years (2030) and
 * row numbers never get a group separator; the digits shown are the value's own, nothing rounded.
 */
export function localNumber(value: number, lang: MessageLanguage): string | number {
  if (lang === 'en' || !Number.isFinite(value)) return value;
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return value;
  // 1e-7 or 1e+21: no locale writes these better than the exponent form.
  if (String(value).includes('e')) return value;
  const digits = shortestDecimals(value);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A coded message in `lang`, or undefined when the catalogue has no such code. */
export function renderMessage(
  code: string,
  params: MessageParams | undefined,
  lang: MessageLanguage,
): string | undefined {
  const template = MESSAGE_CATALOG[lang][code];
  if (template === undefined) return undefined;
  // Numbers in the language's form; a quoted message (`@code`) renders its own numbers the same way.
  const local: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    local[name] =
      typeof value === 'number'
        ? localNumber(value, lang)
        : localParam(name, value, lang, params ?? {});
  }
  return interpolate(template, local);
}

/** An issue's message in `lang`: its code's template when the catalogue has it, else its English text. */
export function issueMessage(issue: Issue, lang: MessageLanguage): string {
  const text = issue.code ? renderMessage(issue.code, issue.params, lang) : undefined;
  return text ?? issue.message;
}

/** `path: message` in `lang` (the located form the command line and the workbook print). */
export function formatIssueIn(issue: Issue, lang: MessageLanguage): string {
  const text = issueMessage(issue, lang);
  return issue.path ? `${issue.path}: ${text}` : text;
}

/** The English text of a code: what an issue's `message` holds. */
export function englishMessage(code: MessageCode, params?: MessageParams): string {
  return renderMessage(code, params, 'en') ?? code;
}

/** An issue at `path` with its code, parameters and English text. */
export function codedIssue(path: string, code: MessageCode, params?: MessageParams): Issue {
  const issue: Issue = { path, message: englishMessage(code, params), code };
  return params ? { ...issue, params } : issue;
}

/** The language a value names (`fr`, `fr_FR.UTF-8`, `es-ES`), or undefined. */
export function messageLanguageOf(value: string | undefined): MessageLanguage | undefined {
  const lang = value?.slice(0, 2).toLowerCase();
  return MESSAGE_LANGUAGES.find((l) => l === lang);
}

/**
 * The heading of an error reply in the interface's language. A library error's message is its
 * problems in English (`path: message`, one a line), while each problem keeps its code and values
 * across the bridge: such a heading is rebuilt from the problems with `text` (the interface's
 * renderer). Any other message (a transport failure, a summary of a cut list) is shown as it came.
 */
export function errorHeading(
  error: { message: string; issues?: readonly Issue[] | undefined },
  text: (issue: Issue) => string,
): string {
  const issues = error.issues ?? [];
  if (issues.length === 0 || error.message !== issues.map(formatIssue).join('\n'))
    return error.message;
  return issues.map((i) => (i.path ? `${i.path}: ${text(i)}` : text(i))).join('\n');
}
