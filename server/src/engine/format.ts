// Writing a value the way a given figure is written: same magnitude word, decimals, separator, width, prefix and
// suffix. Used for quick fixes (`153.0%` → `143.0%`, `1.2万` → `1.3万`) and for computed values in messages.
import type { Quantity } from './types';

/** Factor from the figure's `value` units to the number written in its mantissa (‰: percent units × 10). */
export function mantissaFactor(q: Pick<Quantity, 'kind' | 'format'>): number {
  const f = q.format;
  if (q.kind === 'number') return 1 / (f.magnitudeFactor || 1);
  if (q.kind === 'percent') {
    if (f.suffix.includes('‰') || f.prefix.includes('千分之')) return 10;
    if (f.suffix.includes('成')) return 0.1;
  }
  return 1;
}

/** A plain decimal string with its integer part grouped by thousands: `-1234567.891` → `-1,234,567.891`. Anything
 *  else (`1/3`, `8e+1028`) is returned as is. The one grouping routine of the CLI, the server and the fixes. */
export function groupDigits(decimal: string): string {
  const sign = decimal.startsWith('-') ? '-' : '';
  const unsigned = sign ? decimal.slice(1) : decimal;
  const point = unsigned.indexOf('.');
  const integer = point >= 0 ? unsigned.slice(0, point) : unsigned;
  const fraction = point >= 0 ? unsigned.slice(point + 1) : '';
  if (!isDigits(integer) || (point >= 0 && !isDigits(fraction))) return decimal;
  return sign + groupThousands(integer, ',') + (point >= 0 ? '.' + fraction : '');
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function groupThousands(intPart: string, separator: string): string {
  if (!separator) return intPart;
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += separator;
    out += intPart[i];
  }
  return out;
}

function toFullWidth(s: string, fullWidthPoint: boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0x30 && c <= 0x39 ? String.fromCharCode(c + 0xfee0) : ch === '.' && fullWidthPoint ? '．' : ch;
  }
  return out;
}

/** Arabic mantissa of `value` at `decimals` places with the figure's separator and width. */
function mantissaText(value: number, q: Quantity, decimals: number, fullWidthPoint = true): string {
  const m = value * mantissaFactor(q);
  const fixed = Math.abs(m).toFixed(Math.max(0, Math.min(20, decimals)));
  const [intPart, frac] = fixed.split('.');
  let s = (m < 0 ? '-' : '') + groupThousands(intPart, q.format.separator) + (frac !== undefined ? '.' + frac : '');
  if (q.format.fullWidth) s = toFullWidth(s, fullWidthPoint);
  return s;
}

/**
 * `value` written in the style and precision of figure `q` (its number span, without the measure unit), or null
 * when the figure's style cannot be reproduced (Chinese numerals, mixed magnitudes such as `2兆1,617億`).
 * The check: writing the figure's own value must give back its own text.
 */
export function formatLike(value: number, q: Quantity, originalNumberText: string): string | null {
  if (q.format.style !== 'arabic' || q.value === null || !Number.isFinite(value)) return null;
  // full-width digits may come with a full-width point (１８．３５％) or an ASCII one (２８.６％): keep the writer's
  const point = !originalNumberText.includes('.');
  // a space the writer put before the magnitude (`684.9 億`) stays where it was
  const space = q.format.magnitude ? SPACE_BEFORE_MAGNITUDE.exec(originalNumberText)?.[0] ?? '' : '';
  const write = (v: number) => q.format.prefix + mantissaText(v, q, q.format.decimals, point) + space + q.format.magnitude + q.format.suffix;
  if (write(q.value) !== originalNumberText) return null;
  // (no fix that writes a value below one of the figure's magnitude at the figure's decimals when that loses the value,
  // `0.1萬` for 1,250; `0.7万` for 7,000 is exact)
  const scaled = Math.abs(value * mantissaFactor(q));
  if (q.kind === 'number' && q.format.magnitude && scaled < 1 && Math.abs(Number(scaled.toFixed(q.format.decimals)) - scaled) > 0.05 * scaled) return null;
  // `5倍多`, `4万多` state a lower bound: 6.5 is written `6倍多`, not rounded up to `7倍多`
  if (q.approx === 'more') {
    const unit = 10 ** -q.format.decimals / mantissaFactor(q);
    return write(Math.floor(value / unit + 1e-9) * unit);
  }
  return write(value);
}

/** Spaces between a figure's digits and its magnitude word (`112.6 萬`). */
const SPACE_BEFORE_MAGNITUDE = /(?<=[0-9０-９])[ \u3000\u00a0]+(?=[^ \u3000\u00a00-9０-９])/;

/** A computed value for a message: in the unit of figure `q` (its magnitude word and suffix), with `extra` more
 *  decimals than the figure states; Arabic digits whatever the figure's style. */
export function describeLike(value: number, q: Quantity, extra = 1): string {
  let decimals = q.kind === 'number' ? q.format.decimals + extra : Math.max(q.format.decimals + extra, 2);
  // A compound figure (`1兆8,377億`, `1亿2000万`) is described in its smaller magnitude (18,077億, 13000万): in the
  // larger one it would need as many decimals as reach its last stated digit, or round to look like the stated figure.
  let magnitudeFactor = q.format.magnitudeFactor || 1;
  let magnitude = q.kind === 'number' ? q.format.magnitude : '';
  const smaller = q.kind === 'number' ? smallerMagnitude(q) : undefined;
  if (smaller) [magnitude, magnitudeFactor, decimals] = [smaller.word, smaller.factor, extra];
  if (q.kind === 'number' && q.hi !== null && q.lo !== null && q.hi > q.lo) {
    const stated = (q.hi - q.lo) * (1 + 1e-9);
    while (decimals < MAX_DESCRIBED_DECIMALS && magnitudeFactor * 10 ** -decimals > stated) decimals++;
  }
  let suffix = q.format.suffix;
  let prefix = '';
  if (q.kind === 'percent' && (q.format.prefix.includes('百分之') || suffix.includes('成'))) suffix = '%';
  // 千分之九点二 is a rate per mille: its computed counterpart is written in ‰ too
  if (q.kind === 'percent' && q.format.prefix.includes('千分之')) suffix = '‰';
  if (q.kind === 'percent' && suffix.includes('成')) suffix = '%';
  if (q.kind === 'percent' && !suffix) suffix = '%';
  // 三成五 keeps `五` as its written suffix: a computed share is still written in percent
  if (q.kind === 'percent' && suffix !== '%' && suffix !== '‰' && suffix !== '折') suffix = '%';
  if (q.kind === 'percentage-point' && !suffix) suffix = '个百分点';
  // (`5倍多` states a bound: the computed multiple is exact)
  if (q.kind === 'multiple') suffix = suffix.replace(/[多余]$/, '');
  if (q.kind === 'multiple' && q.format.prefix.includes('翻')) {
    prefix = '';
    suffix = '倍';
  }
  // Half-width digits; the figure's thousands separator only when it is written in Arabic digits.
  const separator = q.format.style === 'arabic' || q.format.style === 'mixed' ? q.format.separator : '';
  const m = value * (q.kind === 'percent' && suffix === '%' ? 1 : q.kind === 'number' ? 1 / magnitudeFactor : mantissaFactor(q));
  const fixed = Math.abs(m).toFixed(Math.min(20, decimals));
  const [intPart, fraction] = fixed.split('.');
  let frac: string | undefined = fraction;
  // a figure in Chinese numerals states no decimals to match: 15000.0 says no more than 15000
  if (frac !== undefined && q.format.style === 'chinese' && /^0+$/.test(frac)) frac = undefined;
  const text = (m < 0 ? '-' : '') + groupThousands(intPart, separator) + (frac !== undefined ? '.' + frac : '');
  return prefix + text + (magnitude || '') + suffix;
}

/** The second magnitude of a compound figure (`1兆8,377億` → 億, `1亿2000万` → 万, `1,158萬2,733` → none), as written, or
 *  undefined. */
function smallerMagnitude(q: Quantity): { word: string; factor: number } | undefined {
  const text = q.text;
  const big = text.search(/[兆亿億]/);
  // `1,158萬2,733`: 万 and then the units, described in units (11,582,733)
  if (big < 0) return WAN_THEN_UNITS.test(text) ? { word: '', factor: 1 } : undefined;
  const rest = text.slice(big + 1);
  const small = rest.search(/[亿億万萬]/);
  if (small < 0 || !/[0-9０-９一二三四五六七八九十百千两]/.test(rest.slice(0, small))) return undefined;
  const word = rest[small];
  return { word, factor: word === '万' || word === '萬' ? 1e4 : 1e8 };
}

const WAN_THEN_UNITS = /[万萬][0-9０-９]{1,4}(?:[,，][0-9０-９]{3})?(?![0-9０-９千百十])/;

const MAX_DESCRIBED_DECIMALS = 8;

/** Round `value` (in the figure's value units) to one decimal more than the figure states, and at least two,
 *  counted in the figure's written units. The `expected` convention of the diagnostics. */
export function roundExpected(value: number, q: Quantity): number {
  // a figure written 万 and then units (`2萬787`) states units
  if (q.kind === 'number' && smallerMagnitude(q)?.factor === 1) return Number(value.toFixed(Math.max(q.format.decimals + 1, 2)));
  const factor = mantissaFactor(q);
  // (and, for a count or an amount written with a magnitude, three significant digits at least: an average a tenth of the
  // figure stated, `月人均1.5萬` for 1,250, is 0.125萬, not 0.13萬; the expected value is in base units, as the dev set's are)
  const magnitude = value === 0 || q.kind !== 'number' || factor === 1 ? 0 : Math.floor(Math.log10(Math.abs(value * factor)));
  const decimals = Math.max(q.format.decimals + 1, 2, 2 - magnitude);
  const scaled = Number((value * factor).toFixed(Math.min(20, decimals)));
  return Number((scaled / factor).toPrecision(12));
}
