// Closed intervals of real numbers: the arithmetic the consistency checks compute with.
// A stated figure stands for every value that rounds to it; a relation is consistent when SOME values inside the
// operands' intervals satisfy it, i.e. when the interval of the computed side overlaps the stated interval.

export interface Interval {
  lo: number;
  hi: number;
}

export function interval(lo: number, hi: number): Interval {
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function scale(a: Interval, k: number): Interval {
  return interval(a.lo * k, a.hi * k);
}

export function offset(a: Interval, k: number): Interval {
  return { lo: a.lo + k, hi: a.hi + k };
}

/** a ÷ b for a positive divisor; null when b may be zero or negative (no meaningful ratio). */
export function div(a: Interval, b: Interval): Interval | null {
  if (!(b.lo > 0)) return null;
  // Four corner quotients, without an array: the checks divide for every share and rate they test.
  const c1 = a.lo / b.lo;
  const c2 = a.lo / b.hi;
  const c3 = a.hi / b.lo;
  const c4 = a.hi / b.hi;
  if (c1 !== c1 || c2 !== c2 || c3 !== c3 || c4 !== c4) return null; // NaN
  return { lo: Math.min(c1, c2, c3, c4), hi: Math.max(c1, c2, c3, c4) };
}

export function sum(items: Interval[]): Interval {
  return items.reduce(add, { lo: 0, hi: 0 });
}

/** True when the intervals share a point. A relative epsilon absorbs binary floating-point noise
 *  (0.1 + 0.2 ≠ 0.3), so a relation that holds exactly at an interval edge is never flagged. */
export function overlaps(a: Interval, b: Interval): boolean {
  // An unknown bound (∞ − ∞, ∞ ÷ ∞) can never prove a contradiction.
  if (a.lo !== a.lo || a.hi !== a.hi || b.lo !== b.lo || b.hi !== b.hi) return true; // NaN
  const eps = 1e-9 * Math.max(1, finiteMagnitude(a.lo), finiteMagnitude(a.hi), finiteMagnitude(b.lo), finiteMagnitude(b.hi));
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/** |x| for a finite x, 0 for ±∞ (an infinite bound must not make the tolerance infinite). */
function finiteMagnitude(x: number): number {
  return x === Infinity || x === -Infinity ? 0 : Math.abs(x);
}

export function contains(a: Interval, x: number): boolean {
  return overlaps(a, { lo: x, hi: x });
}

/** a is entirely above b: every value of a exceeds every value of b. */
export function entirelyAbove(a: Interval, b: Interval): boolean {
  return !overlaps(a, b) && a.lo > b.hi;
}
