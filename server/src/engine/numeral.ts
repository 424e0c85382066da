// The numeral parser: one left-to-right pass over a figure written in Arabic digits, Chinese numerals or a mix
// (`2623.7万`, `两千三百万`, `13万5,571`, `1亿2000万`, `5千亿`, `三四万`, `40多万`, `三点五`).
//
// A figure is a sum of terms m × 10^e. Place units (十百千) and magnitudes (万亿兆) only shift exponents, so the
// value stays exact and each term remembers the place of its last stated digit (for the rounding interval) and of
// its last non-zero digit (for 多/余: `4万多` covers one unit of that place).

import { COMMA, DIAN, DOT, DUO, JI, WAN, YU, ZERO, ZHAO, isAsciiDigitCode } from './tables/codes';
import { atLeastPow10, isZeroMantissa, mantissaOf, type Mantissa } from './decimal';
import {
  BIG_UNIT_BY_CODE, CN_DIGITS, DIGIT_BY_CODE, FINANCIAL_BY_CODE, SMALL_UNIT_BY_CODE, TENS_BY_CODE, isAdjacentPair, startsMagnitudeUnit,
} from './tables/numerals';

export interface Term {
  m: Mantissa;
  e: number;
  /** Exponent of the last stated digit (`37.17` → -2, `3000` → 0, `三千` → 3). */
  ulp: number;
  /** Exponent of the last non-zero digit (`3000` → 3). */
  nz: number;
  /** Upper digit of an adjacent-digit approximation (三四万: m=3, hi=4). */
  hi?: Mantissa;
}

export interface ArabicAtom {
  start: number;
  end: number;
  decimals: number;
  separator: string;
}

export interface Numeral {
  start: number;
  end: number;
  terms: Term[];
  /** The first Arabic run, when there is one. */
  arabic: ArabicAtom | null;
  hasChinese: boolean;
  financial: boolean;
  /** Total power of ten that place/magnitude units applied to the first atom (`2623.7万` → 4, `5千亿` → 11). */
  magExp: number;
  /** Where the magnitude characters after the Arabic mantissa start and end (`万`, `千亿`), or -1. */
  magStart: number;
  magEnd: number;
  /** 多/余/几 inside the figure. */
  more: boolean;
  adjacent: boolean;
  /** Only Chinese digits, no place unit (`二〇二三`, `八五`): a year or a code, not a count. */
  digitSequence: string | null;
  /** The figure started with a bare place unit (`十二`, `百万`). */
  bareUnitStart: boolean;
  /** Number of characters that are numerals (for the lone-numeral rule). */
  chars: number;
}

/** Arabic digits with optional thousands separators and decimals, starting at i. */
export function parseArabic(s: string, i: number): { term: Term; atom: ArabicAtom } | null {
  let p = i;
  // .46: a decimal written without its leading zero (a style finding, but still the figure 0.46)
  const leadingPoint = s.charCodeAt(p) === DOT && isAsciiDigitCode(s.charCodeAt(p + 1)) && !isAsciiDigitCode(s.charCodeAt(p - 1));
  const runStart = p;
  while (isAsciiDigitCode(s.charCodeAt(p))) p++;
  const intEnd = p;
  if (intEnd === runStart && !leadingPoint) return null;
  let separator = '';
  let groups = 0;
  // thousands groups: `,` (or a space, as some tables and Hong Kong releases write `30 650`) + exactly three
  // digits, repeated with the same separator; the first group has 1–3 digits
  const sep = s.charCodeAt(p);
  if (!leadingPoint && intEnd - runStart <= 3 && (sep === COMMA || GROUP_SPACES.has(sep)) && isThousandsGroup(s, p, sep)) {
    separator = s[p];
    // at most as many groups as a figure may have characters (the scanner steps over longer digit runs whole): a
    // text of `1 234 234 …` must not become one figure whose exact value costs more than its length
    while (groups < MAX_GROUPS && isThousandsGroup(s, p, sep)) {
      p += 4;
      groups++;
    }
  }
  let decimals = 0;
  const pointAt = p;
  if (s.charCodeAt(p) === DOT && isAsciiDigitCode(s.charCodeAt(p + 1))) {
    p++;
    while (isAsciiDigitCode(s.charCodeAt(p))) p++;
    decimals = p - pointAt - 1;
  }
  // The mantissa is read from the digits in place: no digit string is assembled unless it is too long for a double.
  const digitCount = intEnd - runStart + 3 * groups + decimals;
  let m: Mantissa;
  let trailingZeros = 0;
  if (digitCount <= 15) {
    let x = 0;
    for (let k = runStart; k < p; k++) {
      const c = s.charCodeAt(k);
      if (!isAsciiDigitCode(c)) continue; // a separator or the point
      x = x * 10 + (c - ZERO);
      trailingZeros = c === ZERO ? trailingZeros + 1 : 0;
    }
    m = x;
  } else {
    for (let k = runStart; k < p; k++) {
      const c = s.charCodeAt(k);
      if (isAsciiDigitCode(c)) trailingZeros = c === ZERO ? trailingZeros + 1 : 0;
    }
    m = mantissaOf(s.slice(runStart, p).replace(/[^0-9]/g, ''));
  }
  const nz = isZeroMantissa(m) ? -decimals : trailingZeros - decimals;
  return { term: { m, e: -decimals, ulp: -decimals, nz }, atom: { start: i, end: p, decimals, separator } };
}

/** `,` and exactly three digits at p, not followed by a fourth. */
function isThousandsGroup(s: string, p: number, separator: number): boolean {
  return s.charCodeAt(p) === separator && isAsciiDigitCode(s.charCodeAt(p + 1)) && isAsciiDigitCode(s.charCodeAt(p + 2)) && isAsciiDigitCode(s.charCodeAt(p + 3)) &&
    !isAsciiDigitCode(s.charCodeAt(p + 4));
}
const MAX_GROUPS = 256;
/** Spaces that group digits (a plain space, no-break and thin spaces). */
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);

function shiftTerm(t: Term, k: number): Term {
  return { m: t.m, e: t.e + k, ulp: t.ulp + k, nz: t.nz + k, hi: t.hi };
}

/** The pending digit as a term. A Chinese digit right after a unit, with no zero between, takes the next lower
 *  place: 一百五 = 150 after a place unit (`orAtEnd` false), and 一万二 = 12000 after a magnitude only at the end of the
 *  figure (`orAtEnd` true; in 五兆六十二亿四万, 四 is followed by its own unit). A plain function, not a closure over
 *  the parser's state: a closure would put every local of parseNumeral in a heap-allocated context, once per figure. */
function placedPending(pending: Term, pendingArabic: boolean, zeroSinceUnit: boolean, lastToken: string, termsSoFar: number,
  lastUnitSmall: boolean, orAtEnd: boolean, lastPlace: number): Term {
  const trailsUnit = !pendingArabic && !zeroSinceUnit && lastToken === 'digit' && termsSoFar > 0 && (lastUnitSmall || orAtEnd);
  return trailsUnit && lastPlace > 0 ? shiftTerm(pending, lastPlace - 1) : pending;
}

/** A list of terms that is emptied by resetting its count: setting an array's length is a runtime call, and the
 *  parser empties its lists for every figure. */
class TermList {
  readonly a: Term[] = [];
  n = 0;
  push(t: Term): void {
    this.a[this.n++] = t;
  }
}
const TOTAL = new TermList();
const SECTION = new TermList();

/** Count consecutive Chinese digits from i. */
function chineseDigitRun(s: string, i: number): number {
  let p = i;
  while (p < s.length && DIGIT_BY_CODE[s.charCodeAt(p)] >= 0) p++;
  return p - i;
}

export function parseNumeral(s: string, i: number): Numeral | null {
  const first = s.charCodeAt(i);
  const startsArabic = isAsciiDigitCode(first) || (first === DOT && isAsciiDigitCode(s.charCodeAt(i + 1)) && !isAsciiDigitCode(s.charCodeAt(i - 1)));
  if (!startsArabic && DIGIT_BY_CODE[first] < 0 && SMALL_UNIT_BY_CODE[first] < 0 && TENS_BY_CODE[first] < 0) return null;

  // Digit sequences without place units: 二〇二三, 一九九八, 八五 (but 三四 is an approximation)
  if (!startsArabic) {
    const run = chineseDigitRun(s, i);
    const adjacentPair = run === 2 && isAdjacentPair(s[i], s[i + 1], CN_DIGITS.get(s[i])!, CN_DIGITS.get(s[i + 1])!);
    if (run >= 2 && !adjacentPair) {
      let seq = '';
      for (let k = i; k < i + run; k++) seq += String(CN_DIGITS.get(s[k]));
      return {
        start: i, end: i + run, terms: [{ m: mantissaOf(seq), e: 0, ulp: 0, nz: 0 }], arabic: null, hasChinese: true,
        financial: false, magExp: 0, magStart: -1, magEnd: -1, more: false, adjacent: false, digitSequence: seq,
        bareUnitStart: false, chars: run,
      };
    }
  }

  let p = i;
  // Scratch arrays, reused by every call (the parser does not re-enter itself); the result gets an exact-size copy.
  const total = TOTAL;
  const section = SECTION;
  total.n = 0;
  section.n = 0;
  let pending: Term | null = null;
  let pendingArabic = false;
  let lastToken: 'none' | 'digit' | 'arabic' | 'small' | 'big' | 'zero' = 'none';
  let lastPlace = -1; // exponent of the last unit token (small or big), for 一百五 = 150 and 一万二 = 12000
  let lastUnitSmall = false;
  let zeroSinceUnit = false;
  let maxBig = 0;
  let arabic: ArabicAtom | null = null;
  let hasChinese = false;
  let financial = false;
  let more = false;
  let adjacent = false;
  let bareUnitStart = false;
  let chars = 0;


  // Characters are compared by code: `s[p]` would make a new string for every Chinese character.
  while (p < s.length) {
    const code = s.charCodeAt(p);
    if (isAsciiDigitCode(code) || (p === i && startsArabic)) {
      // an Arabic run may start the figure or follow a magnitude (13万5,571; 1亿2000万)
      const a = parseArabic(s, p);
      if (!a) break;
      // an Arabic digit may also sit between place units: 5万4千6百
      const unitFollows = SMALL_UNIT_BY_CODE[s.charCodeAt(a.atom.end)] >= 0 || BIG_UNIT_BY_CODE[s.charCodeAt(a.atom.end)] >= 0;
      if (!(lastToken === 'none' || lastToken === 'big' || lastToken === 'zero' || (lastToken === 'small' && unitFollows && !a.atom.decimals))) break;
      if (lastToken === 'big') {
        // only a smaller figure may follow a magnitude: 13万5,571 but not 13万2020年
        const v = a.term.m;
        // a decimal only in a smaller magnitude of its own (2兆3,625.2億: 3,625.2億 < 1兆)
        const nextBig = BIG_UNIT_BY_CODE[s.charCodeAt(a.atom.end)];
        if (a.atom.decimals > 0 ? !(nextBig >= 0 && nextBig < lastPlace && !atLeastPow10(v, lastPlace - nextBig + a.atom.decimals)) : atLeastPow10(v, lastPlace)) break;
      }
      if (!arabic) arabic = a.atom;
      pending = a.term;
      pendingArabic = true;
      lastToken = 'arabic';
      p = a.atom.end;
      chars += a.atom.end - a.atom.start;
      continue;
    }
    const d = DIGIT_BY_CODE[code];
    if (d >= 0) {
      if (pendingArabic && pending) break;
      if (lastToken === 'digit' && pending) {
        // two digits in a row: an adjacent-digit approximation (三四万, 十五六)
        const prevChar = s[p - 1];
        const pd = DIGIT_BY_CODE[s.charCodeAt(p - 1)];
        if (!adjacent && pd >= 0 && isAdjacentPair(prevChar, s[p], pd, d)) {
          pending = { ...pending, hi: d };
          adjacent = true;
          p++;
          chars++;
          continue;
        }
        break;
      }
      if (lastToken === 'arabic') break;
      hasChinese = true;
      if (FINANCIAL_BY_CODE[code]) financial = true;
      if (d === 0) {
        zeroSinceUnit = true;
        lastToken = 'zero';
        p++;
        chars++;
        continue;
      }
      pending = { m: d, e: 0, ulp: 0, nz: 0 };
      pendingArabic = false;
      lastToken = 'digit';
      p++;
      chars++;
      continue;
    }
    const tens = TENS_BY_CODE[code];
    if (tens >= 0) {
      if (pending || lastToken === 'small') break;
      hasChinese = true;
      section.push({ m: tens / 10, e: 1, ulp: 1, nz: 1 });
      lastPlace = 1;
      lastToken = 'digit';
      pending = null;
      p++;
      chars++;
      continue;
    }
    const small = SMALL_UNIT_BY_CODE[code];
    if (small >= 0) {
      if (startsMagnitudeUnit(s, p)) break; // 千瓦, 千克, 百帕
      if (s.startsWith('百分点', p)) break; // 提高0.6百分点: points written without 个
      if (lastToken === 'small') break;
      if (lastToken === 'big' && !pending) break; // 万千 is not a figure
      if (!pending) {
        if (lastToken !== 'none' && lastToken !== 'zero') break;
        if (lastToken === 'none') bareUnitStart = true;
      }
      hasChinese = true;
      if (FINANCIAL_BY_CODE[code]) financial = true;
      const base: Term = pending ?? { m: 1, e: 0, ulp: 0, nz: 0 };
      section.push(shiftTerm(base, small));
      pending = null;
      pendingArabic = false;
      lastPlace = small;
      lastUnitSmall = true;
      zeroSinceUnit = false;
      lastToken = 'small';
      p++;
      chars++;
      continue;
    }
    const big = BIG_UNIT_BY_CODE[code];
    if (big >= 0) {
      if (code === ZHAO && startsMagnitudeUnit(s, p)) break; // 兆瓦
      if (!pending && section.n === 0) {
        // 一万亿: a larger magnitude right after a smaller one multiplies everything so far
        if (lastToken === 'big' && total.n > 0 && (big > maxBig || (code === WAN && s.charCodeAt(p - 1) === WAN))) {
          for (let k = 0; k < total.n; k++) total.a[k] = shiftTerm(total.a[k], big);
          maxBig = big;
          lastPlace = big;
          p++;
          chars++;
          continue;
        }
        break;
      }
      if (pending) {
        section.push(placedPending(pending, pendingArabic, zeroSinceUnit, lastToken, section.n + total.n, lastUnitSmall, false, lastPlace));
        pending = null;
      }
      if (big > maxBig && total.n > 0) {
        for (let k = 0; k < total.n; k++) total.a[k] = shiftTerm(total.a[k], big);
      }
      for (let k = 0; k < section.n; k++) total.push(shiftTerm(section.a[k], big));
      section.n = 0;
      maxBig = Math.max(maxBig, big);
      lastPlace = big;
      lastUnitSmall = false;
      zeroSinceUnit = false;
      lastToken = 'big';
      hasChinese = true;
      p++;
      chars++;
      continue;
    }
    if ((code === DUO || code === YU || code === JI) && !more && lastToken !== 'none' && (lastToken !== 'zero' || code === JI)) {
      const next = s[p + 1];
      if (code === YU && (next === '额' || next === '下' || next === '量' || next === '粮')) break;
      if (code === JI && lastToken === 'arabic') break;
      if (pending) {
        section.push(placedPending(pending, pendingArabic, zeroSinceUnit, lastToken, section.n + total.n, lastUnitSmall, false, lastPlace));
        pending = null;
      }
      more = true;
      lastToken = 'small'; // 多 closes the figure's digits; a magnitude may still follow (40多万)
      p++;
      continue;
    }
    if (code === DIAN && (lastToken === 'digit' || lastToken === 'small' || lastToken === 'zero') && DIGIT_BY_CODE[s.charCodeAt(p + 1)] >= 0 && s[p + 1] !== '两' && !arabic) {
      // Chinese decimals: 三点五, 四十六点五
      if (pending) {
        section.push(placedPending(pending, pendingArabic, zeroSinceUnit, lastToken, section.n + total.n, lastUnitSmall, false, lastPlace));
        pending = null;
      }
      let q = p + 1;
      let exp = -1;
      while (q < s.length && DIGIT_BY_CODE[s.charCodeAt(q)] >= 0) {
        const dd = DIGIT_BY_CODE[s.charCodeAt(q)];
        section.push({ m: dd, e: exp, ulp: exp, nz: exp });
        exp--;
        q++;
      }
      chars += q - p;
      p = q;
      lastToken = 'small';
      lastPlace = 0;
      // a magnitude may follow (三点五万)
      continue;
    }
    break;
  }
  if (p === i) return null;
  if (pending) section.push(placedPending(pending, pendingArabic, zeroSinceUnit, lastToken, section.n + total.n, lastUnitSmall, true, lastPlace));
  for (let k = 0; k < section.n; k++) total.push(section.a[k]);
  if (total.n === 0) return null;
  // Magnitude written after the Arabic mantissa (`万`, `千亿`; 多/余 may sit before it: 40多万)
  let magStart = -1;
  let magEnd = -1;
  if (arabic) {
    let q = arabic.end;
    while (q < p && (s.charCodeAt(q) === DUO || s.charCodeAt(q) === YU)) q++;
    const from = q;
    while (q < p && (SMALL_UNIT_BY_CODE[s.charCodeAt(q)] >= 0 || BIG_UNIT_BY_CODE[s.charCodeAt(q)] >= 0)) q++;
    if (q > from) {
      magStart = from;
      magEnd = q;
    }
  }
  // total[0] holds the first atom; how far units shifted it is the figure's magnitude (2623.7万 → 4)
  const magExp = total.a[0].ulp - (arabic ? -arabic.decimals : 0);
  return {
    start: i, end: p, terms: total.a.slice(0, total.n), arabic, hasChinese, financial, magExp, magStart, magEnd, more, adjacent,
    digitSequence: null, bareUnitStart, chars,
  };
}
