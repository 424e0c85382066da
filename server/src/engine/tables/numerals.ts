// Numeral tables. Keys are characters of the CLEAN (simplified, half-width) text.

/** Chinese digits, everyday and financial (大写) forms. */
export const CN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
  ['壹', 1], ['贰', 2], ['叁', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['柒', 7], ['捌', 8], ['玖', 9], ['幺', 1], ['俩', 2],
]);

/** Characters only used in financial numerals: a figure that contains one is written in the financial style. */
export const FINANCIAL_CHARS = new Set(['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

/** Place units inside a section, as powers of ten. */
export const CN_SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['拾', 1], ['百', 2], ['佰', 2], ['千', 3], ['仟', 3],
]);

/** Section (magnitude) units, as powers of ten. 兆 is 10^12 in Taiwanese usage (2兆1,617億). */
export const CN_BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 4], ['亿', 8], ['兆', 12],
]);

/** Tens written as one character. */
export const CN_TENS: ReadonlyMap<string, number> = new Map([['廿', 20], ['卅', 30], ['卌', 40]]);

/** Measure units that begin with a place or magnitude character: there the character is part of the unit, not of
 *  the figure (五十千瓦, 3兆瓦, 1013百帕). Others are not units: 三百吨 is 300 吨, 八百米 800 米, 三千吨 3000 吨. */
export const UNITS_STARTING_WITH_MAGNITUDE: readonly string[] = [
  '千瓦', '千克', '千米', '千卡', '千焦', '千帕', '千赫', '千字', '千伏', '千安', '千兆', '千比',
  '百帕', '兆瓦', '兆帕', '兆赫', '兆焦', '兆字', '兆伏', '兆安', '兆吨', '兆比',
];

/** A table from char code to the character's value in `map`, -1 where it has none: the numeral parser reads one array
 *  element per character instead of making a one-character string and hashing it for each of four maps. */
function byCode(map: ReadonlyMap<string, number>): Int8Array {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [ch, v] of map) table[ch.charCodeAt(0)] = v;
  return table;
}

function flagsByCode(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** CN_DIGITS, CN_SMALL_UNITS, CN_BIG_UNITS and CN_TENS by char code (-1: not one). */
export const DIGIT_BY_CODE = byCode(CN_DIGITS);
export const SMALL_UNIT_BY_CODE = byCode(CN_SMALL_UNITS);
export const BIG_UNIT_BY_CODE = byCode(CN_BIG_UNITS);
export const TENS_BY_CODE = byCode(CN_TENS);
/** FINANCIAL_CHARS by char code (1: in the set). */
export const FINANCIAL_BY_CODE = flagsByCode(FINANCIAL_CHARS);
/** UNITS_STARTING_WITH_MAGNITUDE as pairs of char codes (first << 16 | second), so the parser makes no string. */
const MAGNITUDE_UNIT_PAIRS: ReadonlySet<number> = new Set(UNITS_STARTING_WITH_MAGNITUDE.map((u) => (u.charCodeAt(0) << 16) | u.charCodeAt(1)));

/** Does a measure unit start at `p` with its magnitude character (千瓦 …)? */
export function startsMagnitudeUnit(s: string, p: number): boolean {
  return MAGNITUDE_UNIT_PAIRS.has((s.charCodeAt(p) << 16) | s.charCodeAt(p + 1));
}

/** Pairs of adjacent digits that express an approximation (三四万, 两三百, 一两个). */
export function isAdjacentPair(a: string, b: string, da: number, db: number): boolean {
  if (a === '一' && b === '两') return true;
  if (a === '两' && b === '三') return true;
  return da >= 1 && db === da + 1 && a !== '两' && b !== '两' && db <= 9;
}

/** Range joiners between two figures (3至5万, 15%～30%, 4500-8000). */
export const RANGE_JOINERS = new Set(['至', '到', '~', '～', '-', '—', '–', '〜', '－']);
export const RANGE_JOINER_BY_CODE = flagsByCode(RANGE_JOINERS);

/** Whole words that are quantities by themselves: kind, value (percent units for percent), exact string. */
export const FIXED_QUANTITIES: ReadonlyArray<readonly [string, 'percent' | 'fraction' | 'multiple', number, string]> = [
  ['一半', 'fraction', 0.5, '1/2'],
  ['对折', 'percent', 50, '50'],
  ['半折', 'percent', 50, '50'],
  ['半成', 'percent', 5, '5'],
];
