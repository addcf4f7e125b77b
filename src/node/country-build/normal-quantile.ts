/**
 * The standard normal quantile Φ⁻¹(p): Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3),
 * 1988, 477-484), accurate to about 1 part in 10^16. No installed package gives an inverse normal
 * CDF (mathjs has `erf` but not its inverse), so it is written here, once, from the published
 * coefficients.
 */

/** p - 0.5 within this: the central rational approximation in (p - 0.5)². */
const CENTRAL_HALF_WIDTH = 0.425;
/** r = sqrt(-ln(tail)) up to this: the intermediate approximation; beyond, the far tail. */
const FAR_TAIL_FROM = 5;

// Coefficients of AS 241 (as the nearest doubles), lowest degree first; each denominator's
// constant term is 1.
const CENTRAL_NUM = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const CENTRAL_DEN = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const NEAR_TAIL_NUM = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const NEAR_TAIL_DEN = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
const FAR_TAIL_NUM = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const FAR_TAIL_DEN = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** c[0] + c[1] x + … + c[n] x^n, by Horner's rule. */
function polynomial(c: readonly number[], x: number): number {
  let y = 0;
  for (let i = c.length - 1; i >= 0; i--) y = y * x + c[i]!;
  return y;
}

/** The x with Φ(x) = p, for 0 < p < 1 (a RangeError otherwise: a caller's mistake). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= CENTRAL_HALF_WIDTH) {
    const r = CENTRAL_HALF_WIDTH * CENTRAL_HALF_WIDTH - q * q;
    return (q * polynomial(CENTRAL_NUM, r)) / polynomial(CENTRAL_DEN, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= FAR_TAIL_FROM) {
    r -= 1.6;
    x = polynomial(NEAR_TAIL_NUM, r) / polynomial(NEAR_TAIL_DEN, r);
  } else {
    r -= FAR_TAIL_FROM;
    x = polynomial(FAR_TAIL_NUM, r) / polynomial(FAR_TAIL_DEN, r);
  }
  return q < 0 ? -x : x;
}
