// How the server writes normalized values for people: digits grouped by thousands (`26,237,000`), the
// 万/亿 reading Chinese readers count in (`2623.7万`), bounds as `40,000 – 50,000`.
// String arithmetic on decimal strings, so big exact values never pass through a double.
import { groupDigits } from '../engine/format';
import type { Quantity } from '../engine/types';

/** What value.toLocaleString('en-US', …) would build on every call (tens of microseconds each): built once, on first use. */
let plainFormat: Intl.NumberFormat | undefined;

/** A plain decimal string (no exponent) for a finite double, without float noise (0.1 + 0.2 → `0.3`). */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  plainFormat ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  return plainFormat.format(value);
}

function trimTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  return digits.slice(0, end);
}

/** Move the decimal point `places` to the left in a plain decimal string and trim zeros: (`26237000`, 4) → `2623.7`. */
export function shiftLeft(decimal: string, places: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!m) return decimal;
  const [, sign, int, frac = ''] = m;
  const padded = int.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  const tail = trimTrailingZeros(padded.slice(padded.length - places) + frac);
  return sign + head + (tail ? '.' + tail : '');
}

/** Magnitude words of the Chinese reading, largest first. */
const READING_MAGNITUDES: ReadonlyArray<{ word: string; digits: number }> = [
  { word: '万亿', digits: 12 },
  { word: '亿', digits: 8 },
  { word: '万', digits: 4 },
];

/** `26237000` → `2623.7万`; below 10,000 there is no separate reading (null). */
export function chineseReading(decimal: string): string | null {
  const unsigned = decimal.replace(/^-/, '');
  const intDigits = unsigned.split('.')[0].replace(/^0+/, '').length;
  for (const { word, digits } of READING_MAGNITUDES) {
    if (intDigits > digits) return shiftLeft(decimal, digits) + word;
  }
  return null;
}

/** The decimal string behind a quantity's value: its exact string when that is a plain decimal. */
function valueDecimal(q: Quantity): string | null {
  if (/^-?\d+(\.\d+)?$/.test(q.exact)) return q.exact;
  return q.value === null ? null : plainDecimal(q.value);
}

export function formatNumber(value: number): string {
  return groupDigits(plainDecimal(value));
}

/** Suffix that tells the kind apart in a value (`71%`, `0.21 pp`, `×4`). */
function kindSuffix(kind: Quantity['kind'], locale: 'en' | 'zh-cn'): string {
  switch (kind) {
    case 'percent': return '%';
    case 'percentage-point': return locale === 'zh-cn' ? '个百分点' : ' pp';
    default: return '';
  }
}

export function formatInKind(value: number, kind: Quantity['kind'], locale: 'en' | 'zh-cn'): string {
  const n = formatNumber(value);
  return kind === 'multiple' ? `×${n}` : n + kindSuffix(kind, locale);
}

/** The normalized value as hovers, hints and the quantities table show it. */
export function formatValue(q: Quantity, locale: 'en' | 'zh-cn'): string {
  if (q.kind === 'fraction') {
    return q.value === null ? q.exact : `${q.exact} ≈ ${formatNumber(Number(q.value.toPrecision(6)))}`;
  }
  const decimal = valueDecimal(q);
  if (decimal === null) return q.exact;
  const grouped = groupDigits(decimal);
  return q.kind === 'multiple' ? `×${grouped}` : grouped + kindSuffix(q.kind, locale);
}

/** The 万/亿 reading of a number-kind quantity (`2623.7万`), or null when it adds nothing. */
export function formatReading(q: Quantity): string | null {
  if (q.kind !== 'number') return null;
  const decimal = valueDecimal(q);
  return decimal === null ? null : chineseReading(decimal);
}

/** `40,000 – 50,000`, `≥ 5,000,000`, `≤ 100`; null for exact figures. */
export function formatBounds(q: Quantity, locale: 'en' | 'zh-cn'): string | null {
  if (q.min === null && q.max === null) return null;
  if (q.min !== null && q.max !== null) return `${formatInKind(q.min, q.kind, locale)} – ${formatInKind(q.max, q.kind, locale)}`;
  if (q.min !== null) return `≥ ${formatInKind(q.min, q.kind, locale)}`;
  return `≤ ${formatInKind(q.max as number, q.kind, locale)}`;
}

export function formatInterval(q: Quantity, locale: 'en' | 'zh-cn'): string {
  if (q.lo === null || q.hi === null) return '';
  const lo = Number(q.lo.toPrecision(12));
  const hi = Number(q.hi.toPrecision(12));
  return `${formatInKind(lo, q.kind, locale)} – ${formatInKind(hi, q.kind, locale)}`;
}
