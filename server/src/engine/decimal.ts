// Exact decimals as (mantissa, exponent): value = m × 10^e. Enough arithmetic for numerals: shifts by powers of
// ten, sums, and rendering. Keeps `5388.9亿` exactly 538890000000 where a double would round.
//
// The mantissa is a plain number while it is a safe integer (|m| ≤ 2^53 − 1: every figure of up to 15 digits,
// which is every figure a report states) and a BigInt beyond. Safe-integer arithmetic is exact, so both give the
// same results; the number form costs no heap allocation per figure, where a BigInt costs one per digit term.

/** A safe integer, or a BigInt for a mantissa beyond one. */
export type Mantissa = number | bigint;

export interface Dec {
  m: Mantissa;
  e: number;
}

export function dec(m: Mantissa, e: number): Dec {
  return { m, e };
}

const TEN = 10n;

/** 10^0 … 10^63 as BigInts, made once: sums of terms shift by a power of ten for nearly every figure. */
const BIG_POWERS: bigint[] = Array.from({ length: 64 }, (_, k) => TEN ** BigInt(k));

function pow10(k: number): bigint {
  return k < BIG_POWERS.length ? BIG_POWERS[k] : TEN ** BigInt(k);
}

/** 10^0 … 10^22: every one is exactly a double. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number('1e' + k));

export function isZeroMantissa(m: Mantissa): boolean {
  return m === 0 || m === 0n;
}

/** A safe integer stays a number; anything larger becomes a BigInt. */
function normalized(m: bigint): Mantissa {
  return m >= -MAX_SAFE && m <= MAX_SAFE ? Number(m) : m;
}

function addMantissas(x: Mantissa, y: Mantissa): Mantissa {
  if (typeof x === 'number' && typeof y === 'number') {
    const sum = x + y;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return normalized(BigInt(x) + BigInt(y));
}

/** m × 10^k for k ≥ 0, exactly. */
function timesPow10(m: Mantissa, k: number): Mantissa {
  if (typeof m === 'number' && k < EXACT_POWERS.length) {
    const product = m * EXACT_POWERS[k];
    if (Number.isSafeInteger(product)) return product; // both factors exact and the product below 2^53: exact
  }
  return normalized(BigInt(m) * pow10(k));
}

export function shift(a: Dec, k: number): Dec {
  return { m: a.m, e: a.e + k };
}

export function add(a: Dec, b: Dec): Dec {
  // Adding zero keeps the other exponent: 0 + 8×10^20000 must not become a 20001-digit mantissa.
  if (isZeroMantissa(a.m)) return b;
  if (isZeroMantissa(b.m)) return a;
  if (a.e === b.e) return { m: addMantissas(a.m, b.m), e: a.e };
  if (a.e < b.e) return { m: addMantissas(a.m, timesPow10(b.m, b.e - a.e)), e: a.e };
  return { m: addMantissas(timesPow10(a.m, a.e - b.e), b.m), e: b.e };
}

/** The value is a whole number (3.0 is; 3.5 is not), decided exactly, without printing it. */
export function isInteger(a: Dec): boolean {
  if (a.e >= 0) return true;
  if (typeof a.m === 'number') {
    // A safe integer has at most 16 digits: it is a multiple of 10^k beyond that only when it is zero.
    return -a.e < EXACT_POWERS.length ? a.m % EXACT_POWERS[-a.e] === 0 : a.m === 0;
  }
  return a.m % pow10(-a.e) === 0n;
}

/** m ≥ 10^k, exactly (k ≥ 0). */
export function atLeastPow10(m: Mantissa, k: number): boolean {
  if (typeof m === 'number' && k < EXACT_POWERS.length) return m >= EXACT_POWERS[k];
  return BigInt(m) >= pow10(k);
}

const MAX_PLAIN_ZEROS = 1024;

/** Plain decimal string (with an exponent only past 1024 trailing zeros), no trailing fractional zeros (`538890000000`, `0.715`). */
export function toExact(a: Dec): string {
  let m = a.m;
  let e = a.e;
  if (isZeroMantissa(m)) return '0';
  const neg = m < 0;
  if (neg) m = -m;
  let digits: string;
  if (typeof m === 'number') {
    // Exact: m is a safe integer, and dividing a multiple of ten by ten is exact.
    while (e < 0 && m % 10 === 0) {
      m /= 10;
      e++;
    }
    digits = String(m); // a safe integer prints as plain digits (numbers print an exponent only from 10^21 up)
  } else {
    while (e < 0 && m % TEN === 0n) {
      m /= TEN;
      e++;
    }
    digits = m.toString();
  }
  let s: string;
  // Beyond this many trailing zeros the value is written with an exponent (`8e+1400000` for 8万万万…): still exact,
  // and the string no longer grows with every stacked magnitude word.
  if (e > MAX_PLAIN_ZEROS) s = `${digits}e+${e}`;
  else if (e >= 0) s = digits + '0'.repeat(e);
  else {
    const padded = digits.padStart(-e + 1, '0');
    s = padded.slice(0, padded.length + e) + '.' + padded.slice(padded.length + e);
  }
  return neg ? '-' + s : s;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The double nearest the exact value (±Infinity past the double range). Without building its decimal string when
 *  the mantissa and the power of ten are both exact doubles: one multiplication or division is then correctly
 *  rounded, which is exactly what parsing the string gives (the fast path of every correct strtod). */
export function toDouble(a: Dec): number {
  if (a.e >= -22 && a.e <= 22) {
    const m = typeof a.m === 'number' ? a.m : a.m >= -MAX_SAFE && a.m <= MAX_SAFE ? Number(a.m) : null;
    if (m !== null) return a.e >= 0 ? m * EXACT_POWERS[a.e] : m / EXACT_POWERS[-a.e];
  }
  return Number(toExact(a));
}

/** The double nearest the exact value, or null when it is not finite (a 400-digit figure). */
export function toNumber(a: Dec): number | null {
  const n = toDouble(a);
  return Number.isFinite(n) ? n : null;
}

const POWERS_OF_TEN = new Map<number, number>();
for (let k = -30; k <= 30; k++) POWERS_OF_TEN.set(k, Number('1e' + k));

/** 10^k as a double (k may be negative): the double nearest the exact power. */
export function tenTo(k: number): number {
  return POWERS_OF_TEN.get(k) ?? Number('1e' + k);
}

/** A string of decimal digits as a mantissa: a number up to 15 digits, a BigInt beyond. */
export function mantissaOf(digits: string): Mantissa {
  return digits.length <= 15 ? Number(digits) : normalized(BigInt(digits));
}

/** An Arabic figure as written (`3.5`, `1,200`) times 10^power, exactly. */
export function parseDecimal(figure: string, power = 0): Dec {
  const plain = figure.split(',').join('');
  const point = plain.indexOf('.');
  const decimals = point < 0 ? 0 : plain.length - point - 1;
  return { m: mantissaOf(point < 0 ? plain : plain.slice(0, point) + plain.slice(point + 1)), e: power - decimals };
}

export function sumAll(terms: Dec[]): Dec {
  let total: Dec = { m: 0, e: 0 };
  for (const t of terms) total = add(total, t);
  return total;
}
