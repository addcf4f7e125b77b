import type { z } from 'zod';
import { codedIssue, type MessageCode, type MessageParams } from '../messages';
import { formatPath, type Issue } from './issues';

/** The catalogue's term for each kind of value zod expects (src/messages/catalog/terms.ts). */
const TYPE_TERMS: Record<string, string> = {
  number: '@term.number',
  int: '@term.int',
  string: '@term.text',
  boolean: '@term.boolean',
  array: '@term.list',
  tuple: '@term.list',
  object: '@term.object',
  null: '@term.null',
};

/** What was found, as a message parameter: the value itself, or a term for its kind. */
function describe(value: unknown): string {
  if (value === undefined) return '@term.nothing';
  if (value === null) return '@term.null';
  if (Array.isArray(value)) return '@term.list';
  if (typeof value === 'string') return value.length > 30 ? '@term.text' : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '@term.object';
}

function bound(n: number | bigint): string {
  return typeof n === 'bigint' ? n.toString() : String(n);
}

/** Rates and shares are fractions: a value such as 20 for a field of at most 1 was probably 20%. */
export function percentHint(maximum: number | bigint, input: unknown): string {
  const fraction = percentFraction(maximum, input);
  return fraction === undefined
    ? ''
    : `; rates and shares are fractions: write ${String(input)}% as ${fraction}`;
}

/**
 * The fraction a value such as 20 for a field of at most 1 (a share) or 2 (revenue or expenditure,
 * a ratio to GDP) probably meant (0.2), if it looks like a percentage.
 */
export function percentFraction(maximum: number | bigint, input: unknown): number | undefined {
  const fractionField = maximum === 1 || maximum === 2;
  if (!fractionField || typeof input !== 'number' || !(input > maximum && input <= 100)) {
    return undefined;
  }
  return Number((input / 100).toPrecision(12));
}

/** Marker that carries the known keys of an object out of the error map (see unknownKeyIssues). */
export const KNOWN_KEYS_MARKER = 'known-keys:';
/** Marker that carries a message code and its parameters out of the error map (see convertIssues). */
export const CODED_MARKER = 'coded:';

/** A zod issue message carrying a catalogue code, turned into a coded Issue by convertIssues. */
export function codedZodMessage(code: MessageCode, params?: MessageParams): string {
  return CODED_MARKER + JSON.stringify({ code, params });
}

function sizeMessage(
  iss: { exact?: boolean; input?: unknown },
  limit: string,
  over: boolean,
): string {
  const found = Array.isArray(iss.input) ? iss.input.length : '?';
  if (iss.exact) return codedZodMessage('validation.exactItems', { count: limit, found });
  if (over) return codedZodMessage('validation.atMostItems', { max: limit, found });
  return limit === '1'
    ? codedZodMessage('validation.atLeastOneItem', { found })
    : codedZodMessage('validation.atLeastItems', { min: limit, found });
}

/** Plain-language messages for zod's issue codes: what is wrong, in words an official understands. */
export const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return codedZodMessage('validation.required');
      const expected = TYPE_TERMS[iss.expected] ?? iss.expected;
      return codedZodMessage('validation.wrongType', { expected, found: describe(iss.input) });
    }
    case 'too_small': {
      if (iss.origin === 'array' || iss.origin === 'set')
        return sizeMessage(iss, bound(iss.minimum), false);
      if (iss.origin === 'string') return codedZodMessage('validation.notEmpty');
      const code = iss.inclusive === false ? 'validation.mustBeAbove' : 'validation.mustBeAtLeast';
      return codedZodMessage(code, { min: bound(iss.minimum), found: describe(iss.input) });
    }
    case 'too_big': {
      if (iss.origin === 'array' || iss.origin === 'set')
        return sizeMessage(iss, bound(iss.maximum), true);
      if (iss.origin === 'string')
        return codedZodMessage('validation.tooLong', { max: bound(iss.maximum) });
      const max = bound(iss.maximum);
      const found = describe(iss.input);
      const fraction = percentFraction(iss.maximum, iss.input);
      if (fraction !== undefined)
        return codedZodMessage('validation.mustBeAtMostPercent', { max, found, fraction });
      const code = iss.inclusive === false ? 'validation.mustBeBelow' : 'validation.mustBeAtMost';
      return codedZodMessage(code, { max, found });
    }
    case 'invalid_value': {
      const options = iss.values.map((v) => JSON.stringify(v));
      const found = describe(iss.input);
      if (options.length === 1)
        return codedZodMessage('validation.mustEqual', { expected: options[0]!, found });
      const texts = iss.values.filter((v): v is string => typeof v === 'string');
      const meant = typeof iss.input === 'string' ? closeKey(iss.input, texts) : undefined;
      const listed = options.join(', ');
      return meant
        ? codedZodMessage('validation.oneOfMeant', { options: listed, found, meant })
        : codedZodMessage('validation.oneOf', { options: listed, found });
    }
    case 'invalid_format':
    case 'invalid_union':
      return codedZodMessage('validation.wrongForm', { found: describe(iss.input) });
    case 'unrecognized_keys': {
      const inst = iss.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined;
      const known = Object.keys(inst?._zod?.def?.shape ?? {});
      return KNOWN_KEYS_MARKER + JSON.stringify(known);
    }
    default:
      return undefined;
  }
};

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The known key an unknown key was probably meant to be, if any. */
export function closeKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  if (key.length < 4) return undefined;
  return known.find((k) => editDistance(lower, k.toLowerCase()) <= 2);
}

export interface ConvertedIssues {
  errors: Issue[];
  warnings: Issue[];
  /** Unknown keys that can be dropped and the input parsed again. */
  droppable: { path: PropertyKey[]; key: string }[];
}

/**
 * Turns zod issues into located messages. An unknown field that looks like a misspelt known one is an
 * error (ignoring it would silently change the costing); any other unknown field is a warning.
 */
export function convertIssues(
  issues: readonly z.core.$ZodIssue[],
  pathPrefix: PropertyKey[] = [],
): ConvertedIssues {
  const out: ConvertedIssues = { errors: [], warnings: [], droppable: [] };
  for (const iss of issues) {
    const fullPath = [...pathPrefix, ...iss.path];
    if (iss.code === 'unrecognized_keys' && iss.message.startsWith(KNOWN_KEYS_MARKER)) {
      const known = JSON.parse(iss.message.slice(KNOWN_KEYS_MARKER.length)) as string[];
      for (const key of iss.keys) {
        const keyPath = formatPath([...fullPath, key]);
        const meant = closeKey(key, known);
        if (meant) out.errors.push(codedIssue(keyPath, 'validation.unknownFieldMeant', { meant }));
        else {
          out.warnings.push(codedIssue(keyPath, 'validation.unknownFieldIgnored'));
          out.droppable.push({ path: iss.path, key });
        }
      }
      continue;
    }
    out.errors.push(issueFromZod(formatPath(fullPath), iss.message));
  }
  return out;
}

/** An issue from a zod message: coded when the error map (or a check) coded it, else as written. */
function issueFromZod(path: string, message: string): Issue {
  if (!message.startsWith(CODED_MARKER)) return { path, message };
  const { code, params } = JSON.parse(message.slice(CODED_MARKER.length)) as {
    code: MessageCode;
    params?: MessageParams;
  };
  return codedIssue(path, code, params);
}

/** An engine issue passed through a zod check: keeps its code and parameters when it has them. */
export function zodMessageOf(issue: Issue): string {
  return issue.code
    ? CODED_MARKER + JSON.stringify({ code: issue.code, params: issue.params })
    : issue.message;
}
