// Character classes and small numeral helpers shared by the style rules.
// Everything here is a table lookup or a bounded loop: style rules scan the clean text once, left to right.
import { isAsciiDigitCode } from '../tables/codes';
import { isHan } from '../normalize';

/** Arabic digit in the clean text (normalize() already folds full-width digits to ASCII). */
export function isArabicDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** ASCII letters: a figure glued to a letter is a code or an identifier (`G7`, `v.5`), not prose. */
export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isHanChar(ch: string | undefined): boolean {
  return ch !== undefined && isHan(ch.charCodeAt(0));
}

/** Chinese digit characters and their values (0–9). `两` counts as 2; 〇 and ○ (a common stand-in) as 0. */
export const CHINESE_DIGIT_VALUE: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Small Chinese units (the ones GB/T 15835-2011 5.3 forbids after Arabic digits), financial forms included. */
export const SMALL_UNIT_VALUE: Readonly<Record<string, number>> = {
  '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
};

/** Every Chinese numeral character (digits, 十百千 and financial forms, 万, 亿), as a table indexed by code unit
 *  (a typed-array load is cheaper than a Set lookup). Hot loops test char codes: `text[i]` on CJK text allocates
 *  a string per character. */
const CHINESE_NUMERAL_CODES = new Uint8Array(0x10000);
for (const c of [...Object.keys(CHINESE_DIGIT_VALUE), ...Object.keys(SMALL_UNIT_VALUE), '万', '亿']) CHINESE_NUMERAL_CODES[c.charCodeAt(0)] = 1;

/** `code` may be NaN (charCodeAt past either end): the load gives undefined, so false. */
export function isChineseNumeralCode(code: number): boolean {
  return CHINESE_NUMERAL_CODES[code] === 1;
}

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CHINESE_NUMERAL_CODES[ch.charCodeAt(0)] === 1;
}

/** An ASCII digit (the engine's one test, under the name the style rules use). */
export const isArabicDigitCode = isAsciiDigitCode;

function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

const COMMA = 0x2c;
const POINT = 0x2e;

/** End (exclusive) of a plain Arabic figure starting at i: digits, thousands separators between digits, one decimal point. */
export function arabicFigureEnd(text: string, i: number): number {
  let j = i;
  let seenPoint = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isArabicDigitCode(c)) { j++; continue; }
    if (c === COMMA && !seenPoint && isArabicDigitCode(text.charCodeAt(j - 1)) && isArabicDigitCode(text.charCodeAt(j + 1))) { j++; continue; }
    if (c === POINT && !seenPoint && isArabicDigitCode(text.charCodeAt(j - 1)) && isArabicDigitCode(text.charCodeAt(j + 1))) { seenPoint = true; j++; continue; }
    break;
  }
  return j;
}

/** Start of the Arabic figure that ends at `end` (exclusive), walking left over digits, separators and a point. */
export function arabicFigureStart(text: string, end: number): number {
  let j = end;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isArabicDigitCode(c)) { j--; continue; }
    if ((c === COMMA || c === POINT) && isArabicDigitCode(text.charCodeAt(j - 2)) && isArabicDigitCode(text.charCodeAt(j))) { j--; continue; }
    break;
  }
  return j;
}

/** True when position i starts a fresh figure: the previous character does not continue a number or an identifier. */
export function startsFigure(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1); // NaN at i = 0: no previous character
  return !(isArabicDigitCode(prev) || isAsciiLetterCode(prev) || prev === POINT || prev === 0x5f /* _ */ || prev === 0x2f /* / */ ||
    prev === 0x5c /* \\ */);
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** An integer written in Chinese numerals the way prose writes it: 20 → 二十, 15 → 十五, 115 → 一百一十五, 3050 → 三千零五十.
 *  Handles 0 < n < 1e8 (万 groups); returns null outside that. */
export function toChineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n <= 0 || n >= 1e8) return null;
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return belowTenThousand(low, true);
  let out = belowTenThousand(high, true) + '万';
  if (low === 0) return out;
  if (low < 1000) out += '零';
  return out + belowTenThousand(low, false);
}

/** 1–9999 in Chinese; `leading` allows the bare 十 for 10–19 (十五, but 一百一十五 / 一万零一十五 inside larger numbers). */
function belowTenThousand(n: number, leading: boolean): string {
  const units = ['千', '百', '十', ''];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  let started = false;
  for (let k = 0; k < 4; k++) {
    const d = digits[k];
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    const bareTen = k === 2 && d === 1 && !started && leading;
    out += (bareTen ? '' : CHINESE_DIGITS[d]) + units[k];
    started = true;
  }
  return out;
}

/** Value of a short Chinese numeral (一, 两, 十二, 三十一, 1.5 is not handled): used for months, days and small multiples. */
export function smallChineseValue(s: string): number | null {
  if (s.length === 0 || s.length > 4) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CHINESE_DIGIT_VALUE) {
      if (digit >= 0) return null; // 二三: adjacent digits, an approximation
      digit = CHINESE_DIGIT_VALUE[ch];
    } else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      return null;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Turn ASCII digits in `s` into full-width ones when the text being replaced used full-width digits. */
export function inWidthOf(s: string, originalSlice: string): string {
  let fullWidth = false;
  for (const ch of originalSlice) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) { fullWidth = true; break; }
    if (c >= 0x30 && c <= 0x39) break;
  }
  if (!fullWidth) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += (c >= 0x30 && c <= 0x39) || c === 0x2e ? String.fromCharCode(c + 0xfee0) : ch;
  }
  return out;
}
