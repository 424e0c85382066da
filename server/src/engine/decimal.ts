// Exact decimals as (mantissa, exponent): value = m × 10^e. Enough arithmetic for numerals: shifts by powers of
// ten, sums, and rendering. Keeps `5388.9亿` exactly 538890000000 where a double would round.

export interface Dec {
  m: bigint;
  e: number;
}

export function dec(m: bigint, e: number): Dec {
  return { m, e };
}

const TEN = 10n;

/** 10^0 … 10^63 as BigInts, made once: sums of terms shift by a power of ten for nearly every figure. */
const BIG_POWERS: bigint[] = Array.from({ length: 64 }, (_, k) => TEN ** BigInt(k));

function pow10(k: number): bigint {
  return k < BIG_POWERS.length ? BIG_POWERS[k] : TEN ** BigInt(k);
}

export function shift(a: Dec, k: number): Dec {
  return { m: a.m, e: a.e + k };
}

export function add(a: Dec, b: Dec): Dec {
  // Adding zero keeps the other exponent: 0 + 8×10^20000 must not become a 20001-digit mantissa.
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  if (a.e === b.e) return { m: a.m + b.m, e: a.e };
  if (a.e < b.e) return { m: a.m + b.m * pow10(b.e - a.e), e: a.e };
  return { m: a.m * pow10(a.e - b.e) + b.m, e: b.e };
}

export function isZero(a: Dec): boolean {
  return a.m === 0n;
}

/** The value is a whole number (3.0 is; 3.5 is not), decided exactly, without printing it. */
export function isInteger(a: Dec): boolean {
  return a.e >= 0 || a.m % pow10(-a.e) === 0n;
}

const MAX_PLAIN_ZEROS = 1024;

/** Plain decimal string (with an exponent only past 1024 trailing zeros), no trailing fractional zeros (`538890000000`, `0.715`). */
export function toExact(a: Dec): string {
  let { m, e } = a;
  if (m === 0n) return '0';
  const neg = m < 0n;
  if (neg) m = -m;
  while (e < 0 && m % TEN === 0n) {
    m /= TEN;
    e++;
  }
  let s: string;
  // Beyond this many trailing zeros the value is written with an exponent (`8e+1400000` for 8万万万…): still exact,
  // and the string no longer grows with every stacked magnitude word.
  if (e > MAX_PLAIN_ZEROS) s = `${m.toString()}e+${e}`;
  else if (e >= 0) s = m.toString() + '0'.repeat(e);
  else {
    const digits = m.toString().padStart(-e + 1, '0');
    s = digits.slice(0, digits.length + e) + '.' + digits.slice(digits.length + e);
  }
  return neg ? '-' + s : s;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** 10^0 … 10^22: every one is exactly a double. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number('1e' + k));

/** The double nearest the exact value (±Infinity past the double range). Without building its decimal string when
 *  the mantissa and the power of ten are both exact doubles: one multiplication or division is then correctly
 *  rounded, which is exactly what parsing the string gives (the fast path of every correct strtod). */
export function toDouble(a: Dec): number {
  if (a.m >= -MAX_SAFE && a.m <= MAX_SAFE && a.e >= -22 && a.e <= 22) {
    const m = Number(a.m);
    return a.e >= 0 ? m * EXACT_POWERS[a.e] : m / EXACT_POWERS[-a.e];
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

/** An Arabic figure as written (`3.5`, `1,200`) times 10^power, exactly. */
export function parseDecimal(figure: string, power = 0): Dec {
  const plain = figure.split(',').join('');
  const point = plain.indexOf('.');
  const decimals = point < 0 ? 0 : plain.length - point - 1;
  return { m: BigInt(point < 0 ? plain : plain.slice(0, point) + plain.slice(point + 1)), e: power - decimals };
}

export function sumAll(terms: Dec[]): Dec {
  let total: Dec = { m: 0n, e: 0 };
  for (const t of terms) total = add(total, t);
  return total;
}
