import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from './issues';

const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is written wrongly',
  PropertyNameExpected: 'a field name in double quotes was expected',
  ValueExpected: 'a value was expected (text must be in double quotes)',
  ColonExpected: 'a ":" was expected',
  CommaExpected: 'a "," was expected',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in text',
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
  if (text.trim() === '')
    throw new InputError([{ path: '', message: 'the file is empty' }], source);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) throw new InputError([{ path: '', message: 'not valid JSON' }], source);
    const { line, column } = lineColumn(text, first.offset);
    const what = WORDS[printParseErrorCode(first.error)] ?? 'syntax error';
    throw new InputError(
      [{ path: '', message: `not valid JSON at line ${line}, column ${column}: ${what}` }],
      source,
    );
  }
}
