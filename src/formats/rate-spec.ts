import { joinPath, type Issue } from './issues';
import { LIMITS } from './limits';
import { percentHint } from './zod-messages';

/** Oldest single age; 100 stands for "100 and over". */
export const MAX_AGE = 100;
export const AGES = MAX_AGE + 1;

/** A rate by age as written in a country file: one number, 101 numbers, or [fromAge, toAge, rate] bands. */
export type AgeRate = number | number[] | [number, number, number][];
/** A rate by age, optionally split by sex. */
export type RateSpec = AgeRate | { female: AgeRate; male: AgeRate };

const FORMS =
  'a rate from 0 to 1, a list of 101 rates (ages 0 to 99 and 100+), or a list of [fromAge, toAge, rate] bands';

function isRate(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
}

function shown(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 30 ? `${x.slice(0, 27)}...` : x);
  if (Array.isArray(x)) return 'a list';
  if (x !== null && typeof x === 'object') return 'an object';
  return String(x);
}

function rateMessage(x: unknown): string {
  return `must be a rate from 0 to 1, found ${shown(x)}${percentHint(1, x)}`;
}

function ageMessage(x: unknown): string {
  return `must be a whole-number age from 0 to 100, found ${shown(x)}`;
}

function checkAgeRate(value: unknown, path: string, issues: Issue[]): void {
  if (typeof value === 'number') {
    if (!isRate(value)) issues.push({ path, message: rateMessage(value) });
    return;
  }
  if (!Array.isArray(value)) {
    issues.push({ path, message: `must be ${FORMS}` });
    return;
  }
  if (value.length === 0) {
    issues.push({ path, message: `is an empty list; give ${FORMS}` });
    return;
  }
  if (value.every((v) => !Array.isArray(v))) {
    if (value.length !== AGES) {
      issues.push({
        path,
        message: `a list of rates by single age must have 101 numbers (ages 0 to 99 and 100+), found ${value.length}`,
      });
      return;
    }
    value.forEach((v, i) => {
      if (!isRate(v)) issues.push({ path: joinPath(path, i), message: rateMessage(v) });
    });
    return;
  }
  if (value.length > LIMITS.ageBands) {
    // More bands than ages must overlap; stop before checking each of a huge list.
    const limit = LIMITS.ageBands;
    issues.push({
      path,
      message: `must have at most ${limit} bands, found ${value.length}`,
      code: 'limits.tooMany',
      params: { limit, found: value.length },
    });
    return;
  }
  const covered = new Int32Array(AGES).fill(-1);
  value.forEach((band: unknown, i) => {
    const bandPath = joinPath(path, i);
    if (!Array.isArray(band) || band.length !== 3) {
      issues.push({ path: bandPath, message: 'must be a band [fromAge, toAge, rate]' });
      return;
    }
    const [from, to, rate] = band as unknown[];
    const ageOk = (a: unknown): a is number =>
      typeof a === 'number' && Number.isInteger(a) && a >= 0 && a <= MAX_AGE;
    if (!ageOk(from)) issues.push({ path: joinPath(bandPath, 0), message: ageMessage(from) });
    if (!ageOk(to)) issues.push({ path: joinPath(bandPath, 1), message: ageMessage(to) });
    if (!isRate(rate)) issues.push({ path: joinPath(bandPath, 2), message: rateMessage(rate) });
    if (!ageOk(from) || !ageOk(to)) return;
    if (to < from) {
      issues.push({ path: joinPath(bandPath, 1), message: `must be >= fromAge ${from}` });
      return;
    }
    for (let a = from; a <= to; a++) {
      const other = covered[a] ?? -1;
      if (other >= 0) {
        issues.push({ path: bandPath, message: `overlaps band [${other}] at age ${a}` });
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
      if (key !== 'female' && key !== 'male')
        issues.push({
          path: joinPath(path, key),
          message: 'unknown field: a rate split by sex has only "female" and "male"',
        });
    }
    for (const sex of ['female', 'male'] as const) {
      if (!(sex in obj)) issues.push({ path: joinPath(path, sex), message: 'is required' });
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
