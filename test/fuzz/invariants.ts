// What must hold for ANY text, checked on every result the fuzzers produce. Each check returns a
// readable description of the first violation (or null), so a failing property says what broke, where.
import type { AnalysisResult, Quantity } from '../../server/src/engine';

// anchored, no nested quantifiers: linear. An exponent only past 1024 trailing zeros (8万万万… stacked).
const EXACT_DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?(?:e\+[0-9]+)?$/;
const EXACT_FRACTION = /^-?[0-9]+\/[0-9]+$/;

function finiteOrNull(x: unknown): boolean {
  return x === null || (typeof x === 'number' && Number.isFinite(x));
}

function exactValue(exact: string): number {
  if (EXACT_FRACTION.test(exact)) {
    const [n, d] = exact.split('/');
    return Number(n) / Number(d);
  }
  return Number(exact);
}

function describe(q: Quantity): string {
  return JSON.stringify({ text: q.text, start: q.start, end: q.end, value: q.value, exact: q.exact, lo: q.lo, hi: q.hi });
}

export function quantityViolation(text: string, q: Quantity): string | null {
  const n = text.length;
  if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.start < q.end && q.end <= n)) {
    return `span outside the text (length ${n}): ${describe(q)}`;
  }
  if (!(q.start <= q.numberStart && q.numberStart < q.numberEnd && q.numberEnd <= q.end)) {
    return `number span [${q.numberStart},${q.numberEnd}) not inside [${q.start},${q.end}): ${describe(q)}`;
  }
  if (q.text !== text.slice(q.start, q.end)) return `text is not the original slice ${JSON.stringify(text.slice(q.start, q.end))}: ${describe(q)}`;
  for (const field of ['value', 'min', 'max', 'lo', 'hi'] as const) {
    if (!finiteOrNull(q[field])) return `${field} is neither finite nor null: ${describe(q)}`;
  }
  if (typeof q.exact !== 'string' || !(EXACT_DECIMAL.test(q.exact) || EXACT_FRACTION.test(q.exact))) {
    return `exact is not a decimal or a fraction: ${describe(q)}`;
  }
  if (q.value !== null) {
    const fromExact = exactValue(q.exact);
    // The double must be the exact decimal rounded (subnormal underflow to 0 allowed).
    if (Number.isFinite(fromExact) && Math.abs(fromExact - q.value) > 1e-9 * Math.max(1, Math.abs(fromExact))) {
      return `value ${q.value} disagrees with exact ${q.exact}: ${describe(q)}`;
    }
  }
  if (q.lo !== null && q.hi !== null && q.lo > q.hi) return `lo > hi: ${describe(q)}`;
  return null;
}

export function resultViolation(text: string, result: AnalysisResult): string | null {
  const n = text.length;
  let previousEnd = 0;
  for (const q of result.quantities) {
    const bad = quantityViolation(text, q);
    if (bad) return bad;
    if (q.start < previousEnd) return `quantities out of order or overlapping at ${q.start} (previous ended at ${previousEnd}): ${describe(q)}`;
    previousEnd = q.end;
  }
  for (const d of result.diagnostics) {
    const inside = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= n;
    if (!inside(d.start, d.end)) return `diagnostic ${d.code} range [${d.start},${d.end}) outside the text (length ${n})`;
    if (d.fix && !inside(d.fix.start, d.fix.end)) return `diagnostic ${d.code} fix range [${d.fix.start},${d.fix.end}) outside the text`;
    for (const r of d.related) if (!inside(r.start, r.end)) return `diagnostic ${d.code} related range [${r.start},${r.end}) outside the text`;
    if (typeof d.message !== 'string' || d.message.length === 0) return `diagnostic ${d.code} has no message`;
    if (!finiteOrNull(d.expected)) return `diagnostic ${d.code} expected is neither finite nor null: ${d.expected}`;
  }
  return null;
}

/** Quantities and diagnostics moved by `delta` UTF-16 units (to compare a text with the same text after a prefix). */
export function shifted(result: AnalysisResult, delta: number): AnalysisResult {
  return {
    quantities: result.quantities.map((q) => ({
      ...q,
      start: q.start + delta,
      end: q.end + delta,
      numberStart: q.numberStart + delta,
      numberEnd: q.numberEnd + delta,
    })),
    diagnostics: result.diagnostics.map((d) => ({
      ...d,
      start: d.start + delta,
      end: d.end + delta,
      fix: d.fix ? { ...d.fix, start: d.fix.start + delta, end: d.fix.end + delta } : undefined,
      related: d.related.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta })),
    })),
  };
}
