/**
 * Values between observed years. Population counts are interpolated geometrically (a constant
 * growth rate between two points), which keeps them positive and follows exponential growth; a
 * count that is 0 at either end is interpolated linearly.
 */

/** The value a fraction `w` (0..1) of the way from `a` to `b`, geometrically. */
export function geometricBetween(a: number, b: number, w: number): number {
  if (w === 0) return a;
  if (w === 1) return b;
  if (a > 0 && b > 0) return a * Math.pow(b / a, w);
  return a + (b - a) * w;
}

/**
 * The vector for `year` from vectors observed at increasing `years` (any spacing), element by
 * element with `geometricBetween`. `year` must lie within the observed years.
 */
export function interpolateVectorAt(
  years: readonly number[],
  vectors: readonly (readonly number[])[],
  year: number,
): number[] {
  const n = years.length;
  if (n === 0 || year < years[0]! || year > years[n - 1]!) {
    throw new RangeError(`interpolateVectorAt: ${year} is outside ${years[0]}-${years[n - 1]}`);
  }
  let k = 0;
  while (k < n - 1 && years[k + 1]! <= year) k++;
  const v0 = vectors[k]!;
  if (years[k] === year) return [...v0];
  const v1 = vectors[k + 1]!;
  const w = (year - years[k]!) / (years[k + 1]! - years[k]!);
  return v0.map((a, i) => geometricBetween(a, v1[i]!, w));
}
