import { parseJsonText } from '#engine';
import { FILE_LIMITS, readTextLimited } from './read-limited';

/**
 * Reads a JSON file for the user. Every failure is an InputError that names the file and, for syntax
 * errors, the line and column, so the command line never shows a stack trace for bad input. Files past
 * FILE_LIMITS.json are refused before they fill memory.
 */
export function readJsonFile(path: string): unknown {
  const text = readTextLimited(path, FILE_LIMITS.json);
  return parseJsonText(text, path);
}
