import { readFileSync } from 'node:fs';
import { InputError } from '../formats/issues';
import { parseJsonText } from '../formats/parse-json-text';

/**
 * Reads a JSON file for the user. Every failure is an InputError that names the file and, for syntax
 * errors, the line and column, so the command line never shows a stack trace for bad input.
 */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new InputError([{ path: '', message: reason }], path);
  }
  return parseJsonText(text, path);
}
