import { joinPath, type Issue } from './issues';
import { codedIssue, type MessageCode, type MessageParams } from '../messages';
import { LIMITS } from './limits';
import { percentFraction } from './zod-messages';

/** Oldest single age; 100 stands for "100 and over". */
export const MAX_AGE = 100;
export const AGES = MAX_AGE + 1;

/** A rate by age as written in a country file: one number, 101 numbers, or [fromAge, toAge, rate] bands. */
export type AgeRate = number | number[] | [number, number, number][];
/** A rate by age, optionally split by sex. */
export type RateSpec = AgeRate | { female: AgeRate; male: AgeRate };

function isRate(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
}

function shown(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 30 ? `${x.slice(0, 27)}...` : x);
  if (Array.isArray(x)) return '@term.list';
  if (x !== null && typeof x === 'object') return '@term.object';
  return String(x);
}

function rateIssue(path: string, x: unknown): Issue {
  const fraction = percentFraction(1, x);
  return fraction === undefined
    ? codedIssue(path, 'rate.mustBeRate', { found: shown(x) })
    : codedIssue(path, 'rate.mustBeRatePercent', { found: shown(x), fraction });
}

function ageIssue(path: string, x: unknown): Issue {
  return codedIssue(path, 'rate.mustBeAge', { found: shown(x) });
}

/** The issue list's push, with the code's English text filled in. */
function add(issues: Issue[], path: string, code: MessageCode, params?: MessageParams): void {
  issues.push(codedIssue(path, code, params));
}

function checkAgeRate(value: unknown, path: string, issues: Issue[]): void {
  if (typeof value === 'number') {
    if (!isRate(value)) issues.push(rateIssue(path, value));
    return;
  }
  if (!Array.isArray(value)) {
    add(issues, path, 'rate.forms');
    return;
  }
  if (value.length === 0) {
    add(issues, path, 'rate.emptyList');
    return;
  }
  if (value.every((v) => !Array.isArray(v))) {
    if (value.length !== AGES) {
      add(issues, path, 'rate.singleAges', { found: value.length });
      return;
    }
    value.forEach((v, i) => {
      if (!isRate(v)) issues.push(rateIssue(joinPath(path, i), v));
    });
    return;
  }
  if (value.length > LIMITS.ageBands) {
    // More bands than ages must overlap; stop before checking each of a huge list.
    const limit = LIMITS.ageBands;
    issues.push(codedIssue(path, 'limits.tooMany', { limit, found: value.length }));
    return;
  }
  const covered = new Int32Array(AGES).fill(-1);
  value.forEach((band: unknown, i) => {
    const bandPath = joinPath(path, i);
    if (!Array.isArray(band) || band.length !== 3) {
      add(issues, bandPath, 'rate.band');
      return;
    }
    const [from, to, rate] = band as unknown[];
    const ageOk = (a: unknown): a is number =>
      typeof a === 'number' && Number.isInteger(a) && a >= 0 && a <= MAX_AGE;
    if (!ageOk(from)) issues.push(ageIssue(joinPath(bandPath, 0), from));
    if (!ageOk(to)) issues.push(ageIssue(joinPath(bandPath, 1), to));
    if (!isRate(rate)) issues.push(rateIssue(joinPath(bandPath, 2), rate));
    if (!ageOk(from) || !ageOk(to)) return;
    if (to < from) {
      add(issues, joinPath(bandPath, 1), 'scenario.atLeastFromAge', { fromAge: from });
      return;
    }
    for (let a = from; a <= to; a++) {
      const other = covered[a] ?? -1;
      if (other >= 0) {
        add(issues, bandPath, 'rate.overlaps', { other, age: a });
        return;
      }
      covered[a] = i;
    }
  });
}

/** Checks a rate by age (or by age and sex), reporting each problem with its path. */
export function checkRateSpec(value: unknown, path: string, issues: Issue[]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (key !== 'female' && key !== 'male') add(issues, joinPath(path, key), 'rate.sexFields');
    }
    for (const sex of ['female', 'male'] as const) {
      if (!(sex in obj)) add(issues, joinPath(path, sex), 'validation.required');
      else checkAgeRate(obj[sex], joinPath(path, sex), issues);
    }
    return;
  }
  checkAgeRate(value, path, issues);
}

function fillAgeRate(spec: AgeRate, out: Float64Array, offset: number): void {
  if (typeof spec === 'number') {
    out.fill(spec, offset, offset + AGES);
    return;
  }
  if (spec.length === 0) return;
  if (typeof spec[0] === 'number') {
    for (let a = 0; a < AGES; a++) out[offset + a] = (spec as number[])[a] ?? 0;
    return;
  }
  // Ages outside every band have rate 0.
  for (const [from, to, rate] of spec as [number, number, number][]) {
    for (let a = from; a <= to; a++) out[offset + a] = rate;
  }
}

/**
 * Resolves a rate to 202 numbers: female ages 0..100 then male ages 0..100.
 * A missing rate resolves to `fallback` at every age.
 */
export function resolveRate(spec: RateSpec | undefined, fallback = 0): Float64Array {
  const out = new Float64Array(2 * AGES);
  if (spec === undefined) {
    out.fill(fallback);
    return out;
  }
  if (typeof spec === 'object' && !Array.isArray(spec)) {
    fillAgeRate(spec.female, out, 0);
    fillAgeRate(spec.male, out, AGES);
  } else {
    fillAgeRate(spec, out, 0);
    fillAgeRate(spec, out, AGES);
  }
  return out;
}
