import type { z } from 'zod';
import { formatPath, type Issue } from './issues';

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  null: 'null',
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 30 ? 'text' : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'an object';
}

function bound(n: number | bigint): string {
  return typeof n === 'bigint' ? n.toString() : String(n);
}

/** Rates and shares are fractions: a value such as 20 for a field of at most 1 was probably 20%. */
export function percentHint(maximum: number | bigint, input: unknown): string {
  if (maximum !== 1 || typeof input !== 'number' || !(input > 1 && input <= 100)) return '';
  return `; rates and shares are fractions: write ${input}% as ${Number((input / 100).toPrecision(12))}`;
}

/** Marker that carries the known keys of an object out of the error map (see unknownKeyIssues). */
export const KNOWN_KEYS_MARKER = 'known-keys:';

/** Marker of a message that carries a code and parameters (see limits.ts `coded`). */
export const CODED_MARKER = 'coded:';

/** An issue from a coded message, or null when the message is plain text. */
function codedIssue(path: string, message: string): Issue | null {
  if (!message.startsWith(CODED_MARKER)) return null;
  const c = JSON.parse(message.slice(CODED_MARKER.length)) as Required<Omit<Issue, 'path'>>;
  return { path, message: c.message, code: c.code, params: c.params };
}

/** Plain-language messages for zod's issue codes: what is wrong, in words an official understands. */
export const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'is required';
      const want = TYPE_WORDS[iss.expected] ?? iss.expected;
      return `must be ${want}, found ${describe(iss.input)}`;
    }
    case 'too_small': {
      if (iss.origin === 'array' || iss.origin === 'set') {
        const n = Array.isArray(iss.input) ? iss.input.length : '?';
        return iss.exact
          ? `must have exactly ${bound(iss.minimum)} items, found ${n}`
          : `must have at least ${bound(iss.minimum)} item${iss.minimum === 1 ? '' : 's'}, found ${n}`;
      }
      if (iss.origin === 'string') return 'must not be empty';
      return `must be ${iss.inclusive === false ? '>' : '>='} ${bound(iss.minimum)}, found ${describe(iss.input)}`;
    }
    case 'too_big': {
      if (iss.origin === 'array' || iss.origin === 'set') {
        const n = Array.isArray(iss.input) ? iss.input.length : '?';
        return iss.exact
          ? `must have exactly ${bound(iss.maximum)} items, found ${n}`
          : `must have at most ${bound(iss.maximum)} items, found ${n}`;
      }
      if (iss.origin === 'string') return `must be at most ${bound(iss.maximum)} characters long`;
      return `must be ${iss.inclusive === false ? '<' : '<='} ${bound(iss.maximum)}, found ${describe(iss.input)}${percentHint(iss.maximum, iss.input)}`;
    }
    case 'invalid_value': {
      const options = iss.values.map((v) => JSON.stringify(v));
      const found = describe(iss.input);
      if (options.length === 1) return `must be ${options[0]}, found ${found}`;
      const texts = iss.values.filter((v): v is string => typeof v === 'string');
      const meant = typeof iss.input === 'string' ? closeKey(iss.input, texts) : undefined;
      return `must be one of ${options.join(', ')}, found ${found}${meant ? `; did you mean "${meant}"?` : ''}`;
    }
    case 'invalid_format':
      return `has the wrong form, found ${describe(iss.input)}`;
    case 'unrecognized_keys': {
      const inst = iss.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined;
      const known = Object.keys(inst?._zod?.def?.shape ?? {});
      return KNOWN_KEYS_MARKER + JSON.stringify(known);
    }
    case 'invalid_union':
      return `has the wrong form, found ${describe(iss.input)}`;
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
        if (meant)
          out.errors.push({ path: keyPath, message: `unknown field; did you mean "${meant}"?` });
        else {
          out.warnings.push({ path: keyPath, message: 'unknown field, ignored' });
          out.droppable.push({ path: iss.path, key });
        }
      }
      continue;
    }
    const path = formatPath(fullPath);
    out.errors.push(codedIssue(path, iss.message) ?? { path, message: iss.message });
  }
  return out;
}
