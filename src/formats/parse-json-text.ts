import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from './issues';
import { codedIssue, type MessageCode } from '../messages';

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
  try {
    return JSON.parse(text) as unknown;
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
}
