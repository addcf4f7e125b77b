/**
 * What a log shows of a failure nobody expected: its stack when it is an Error (where the bug is),
 * else its text. Anything may be thrown in JavaScript, so nothing here assumes an Error.
 */
export function errorDetail(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
