import { LIFE_TABLE_AGES } from './life-table';

/**
 * The age profile of net migration where only a total is known (methodology section 7.3): the
 * Rogers-Castro model migration schedule (Rogers and Castro 1981, Model Migration Schedules, IIASA
 * RR-81-30) with a childhood component (children move with their parents), a labour-force peak and a
 * constant:
 *
 *   M(x) = a1 exp(-alpha1 x) + a2 exp(-alpha2 (x - mu2) - exp(-lambda2 (x - mu2))) + c
 */
export interface RogersCastroParams {
  a1: number;
  alpha1: number;
  a2: number;
  alpha2: number;
  mu2: number;
  lambda2: number;
  c: number;
}

/**
 * The standard schedule used when a country gives no profile of its own: Rogers and Castro's
 * average shape (children's rates falling by 10% a year of age, a labour-force peak in the early
 * twenties), without the constant term c, which for net migration would put as many migrants at 95
 * as at 60 and, over ten years, distort the thin oldest ages.
 */
export const STANDARD_MIGRATION_SCHEDULE: Readonly<RogersCastroParams> = {
  a1: 0.02,
  alpha1: 0.1,
  a2: 0.06,
  alpha2: 0.1,
  mu2: 20,
  lambda2: 0.4,
  c: 0,
};

/** Share of net migrants who are men in the standard profile. */
export const STANDARD_MIGRATION_MALE_SHARE = 0.5;

/** Shares of net migrants by single age 0..ages-1 (read at x + 0.5), adding up to 1. */
export function rogersCastroShares(
  p: Readonly<RogersCastroParams> = STANDARD_MIGRATION_SCHEDULE,
  ages = LIFE_TABLE_AGES,
): Float64Array {
  const out = new Float64Array(ages);
  let sum = 0;
  for (let x = 0; x < ages; x++) {
    const u = x + 0.5;
    const v =
      p.a1 * Math.exp(-p.alpha1 * u) +
      p.a2 * Math.exp(-p.alpha2 * (u - p.mu2) - Math.exp(-p.lambda2 * (u - p.mu2))) +
      p.c;
    out[x] = v;
    sum += v;
  }
  for (let x = 0; x < ages; x++) out[x] = out[x]! / sum;
  return out;
}

/** A profile by age and sex: the female and male shares together add up to 1. */
export interface MigrationProfile {
  female: Float64Array;
  male: Float64Array;
}

/** The standard profile: the Rogers-Castro shares split evenly between women and men. */
export function standardMigrationProfile(ages = LIFE_TABLE_AGES): MigrationProfile {
  const shares = rogersCastroShares(STANDARD_MIGRATION_SCHEDULE, ages);
  const m = STANDARD_MIGRATION_MALE_SHARE;
  return { female: shares.map((s) => s * (1 - m)), male: shares.map((s) => s * m) };
}

/** Net migrants by age and sex: the year's total spread by the profile (negative: emigration). */
export function netMigrantsByAge(
  total: number,
  profile: MigrationProfile,
): { female: Float64Array; male: Float64Array } {
  return {
    female: profile.female.map((s) => s * total),
    male: profile.male.map((s) => s * total),
  };
}
