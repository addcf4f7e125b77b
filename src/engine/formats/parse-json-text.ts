import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { formatPath, InputError } from './issues';
import { codedIssue, type MessageCode } from '../messages';

/**
 * How deep arrays and objects may nest in a file or a request. The formats nest about six levels; a
 * value nested thousands deep is never data, and the recursive code that meets it later (JSON.stringify,
 * the schema checks) would overflow its stack and report an internal error instead of bad input.
 */
export const MAX_JSON_DEPTH = 100;

interface Step {
  value: object;
  depth: number;
  key: PropertyKey;
  parent: Step | null;
}

function pathOf(step: Step): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let s: Step | null = step; s?.parent; s = s.parent) keys.push(s.key);
  return keys.reverse();
}

/**
 * The path of the first value nested deeper than `limit` levels, or null. Walks with an explicit stack
 * (so the check itself cannot overflow) whose steps point to their parent (so no path is copied).
 */
export function pathTooDeep(value: unknown, limit = MAX_JSON_DEPTH): string | null {
  if (value === null || typeof value !== 'object') return null;
  const stack: Step[] = [{ value, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.depth >= limit) return formatPath(pathOf(step));
    const here = step.value as Record<string, unknown>;
    const isArray = Array.isArray(here);
    for (const key in here) {
      const child = here[key];
      // Numbers and text cannot nest: only containers are walked.
      if (child !== null && typeof child === 'object') {
        stack.push({
          value: child,
          depth: step.depth + 1,
          key: isArray ? Number(key) : key,
          parent: step,
        });
      }
    }
  }
  return null;
}

/** Throws an InputError naming where a value nests deeper than MAX_JSON_DEPTH. */
export function assertNotTooDeep(value: unknown, source?: string): void {
  const path = pathTooDeep(value);
  if (path !== null) {
    throw new InputError([codedIssue(path, 'json.tooDeep', { limit: MAX_JSON_DEPTH })], source);
  }
}

/** The catalogue's words for each syntax error (src/messages/catalog/scenario.ts). */
const WORDS: Record<string, MessageCode> = {
  InvalidSymbol: 'json.syntax.unexpectedCharacter',
  InvalidNumberFormat: 'json.syntax.badNumber',
  PropertyNameExpected: 'json.syntax.nameExpected',
  ValueExpected: 'json.syntax.valueExpected',
  ColonExpected: 'json.syntax.colonExpected',
  CommaExpected: 'json.syntax.commaExpected',
  CloseBraceExpected: 'json.syntax.closeBraceExpected',
  CloseBracketExpected: 'json.syntax.closeBracketExpected',
  EndOfFileExpected: 'json.syntax.endExpected',
  InvalidCommentToken: 'json.syntax.noComments',
  UnexpectedEndOfComment: 'json.syntax.noComments',
  UnexpectedEndOfString: 'json.syntax.unclosedText',
  UnexpectedEndOfNumber: 'json.syntax.numberCut',
  InvalidUnicode: 'json.syntax.badUnicode',
  InvalidEscapeCharacter: 'json.syntax.badEscape',
  InvalidCharacter: 'json.syntax.badCharacter',
};

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/**
 * Parses JSON text from a user's file. A syntax error is an InputError giving the line, the column and
 * what was expected there, so a person can find and fix it in an editor.
 */
export function parseJsonText(text: string, source?: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark from Excel or Notepad
  if (text.trim() === '') throw new InputError([codedIssue('', 'json.empty')], source);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) throw new InputError([codedIssue('', 'json.invalid')], source);
    const { line, column } = lineColumn(text, first.offset);
    const what = WORDS[printParseErrorCode(first.error)] ?? 'json.syntax.other';
    throw new InputError(
      [codedIssue('', 'json.invalidAt', { line, column, what: `@${what}` })],
      source,
    );
  }
  assertNotTooDeep(value, source);
  return value;
}
