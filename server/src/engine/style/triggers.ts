// One pass over a chunk's clean text that tells each style rule whether the chunk can contain its trigger at all.
// Most chunks cannot (a report paragraph rarely has `4千`, `15~30%`, `降低3倍` or a 顿号 pair), and skipping them is
// where the style rules' time went: each rule used to walk every character of every chunk on its own.
//
// Every flag is a NECESSARY condition of a finding, derived from the rule's own code (see the comment on each flag):
// a chunk without the flag gets no finding from the full scan either, so skipping it cannot change any output.
// When a rule changes what triggers it, its flag here must change with it (the equivalence is tested in
// test/style/triggers.test.ts).
import { CHINESE_DIGIT_VALUE, SMALL_UNIT_VALUE } from './chars';

/** arabic-with-chinese-unit: an Arabic digit, then digits or `.,万亿零`, then 十/百/千 (or 拾/佰/仟): `4千`, `1万2千`. */
export const T_ARABIC_SMALL_UNIT = 1 << 0;
/** range-repeat-unit: a range mark with an Arabic digit on both sides: `15~30`. */
export const T_RANGE = 1 << 1;
/** approx-no-dunhao: a 顿号 between two non-zero Chinese digits: `三、四`. */
export const T_DUNHAO_CHINESE = 1 << 2;
/** approx-chinese-numerals: a 顿号 between two Arabic digits (`5、6`) … */
export const T_DUNHAO_ARABIC = 1 << 3;
/** … or 几 right after an Arabic digit or 十/百/千: `20几`, `2十几`. */
export const T_JI = 1 << 4;
/** mixed-numeral-forms: 月 right after an Arabic digit or a Chinese month/day character: `8月`, `八月` … */
export const T_MONTH = 1 << 5;
/** … and, since it reports a date written in both forms, a Chinese part (`八月`, `二〇〇八年`, `八日`) … */
export const T_DATE_CHINESE = 1 << 6;
/** … and an Arabic one (`8月`, `2008年`, `8日`, `8号`): a digit right before 年, 月, 日 or 号. */
export const T_DATE_ARABIC = 1 << 7;
/** leading-zero: `.` then a digit, not after a digit: `.46` (`3.46` is not a candidate). */
export const T_LEADING_POINT = 1 << 8;
/** redundant-approximation needs two of these three markers (see mayHaveRedundantApproximation below):
 *  多/余 right after a figure (which ends in a digit or a Chinese numeral) … */
export const T_MORE_AFTER_FIGURE = 1 << 9;
/** … the last character of a prefix marker (约, 过, 于, 近 …) right before a numeral, or before 了/为/有/达/是 and a
 *  numeral … */
export const T_PREFIX_BEFORE_FIGURE = 1 << 10;
/** … and a suffix marker: 左右, 上下, 以上, 以下, 以内. */
export const T_SUFFIX_MARKER = 1 << 11;
/** reduce-by-multiple: 倍 after an Arabic digit, a small Chinese numeral or 多/余 … */
export const T_MULTIPLE = 1 << 12;
/** … and a first character of a decrease verb (降, 减, 下, 缩, 压) somewhere in the chunk. */
export const T_DECREASE_VERB = 1 << 13;

// Character classes (bits in CLASS below).
const K_DIGIT = 1 << 0; // 0-9
const K_RUN = 1 << 1; // . , 万 亿 零: continue an Arabic figure in arabic-with-chinese-unit's run
const K_SMALL_UNIT = 1 << 2; // 十拾百佰千仟
const K_RANGE = 1 << 3; // ~ ～ — – -
const K_CN_DIGIT = 1 << 4; // non-zero Chinese digits 一…九 and 两
const K_MONTH_DAY = 1 << 5; // 一…九 十 廿 卅
const K_MORE = 1 << 6; // 多 余
const K_NUMERAL = 1 << 7; // every Chinese numeral character (chars.ts isChineseNumeralCode)
const K_PREFIX_LAST = 1 << 8; // last characters of redundant-approximation's prefix markers
const K_LINK = 1 << 9; // 了为有达是 between a prefix marker and its figure
const K_MULTIPLE_CN = 1 << 10; // 一二两三四五六七八九十 (reduce-by-multiple's Chinese multiples)
const K_VERB_FIRST = 1 << 11; // 降 减 下 缩 压
const K_OTHER = 1 << 12; // single characters scan() compares by code as the last of a pattern (几, 倍, 右, 上, 下, 内)
const K_DATE_CN = 1 << 13; // last characters of a Chinese year (〇○零一…九), month or day (一…九 十 廿 卅)
const K_DATE_END = 1 << 14; // 年 月 日 号
const K_BEFORE = 1 << 15; // characters that matter only as the one before the last (、 in `三、四`, 左 in 左右 …)

const CLASS = new Uint16Array(0x10000);
function mark(chars: string, k: number): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] |= k;
}
mark('0123456789', K_DIGIT);
// Must match arabic-with-chinese-unit's RUN_CODES and POWER, approximation.ts's digitValue, mixed-numeral-forms'
// CHINESE_MONTH_DAY_CHARS, redundant-approximation's PREFIX_MARKERS and LINKS, and reduce-by-multiple's tables.
mark('.,万亿零', K_RUN);
mark(Object.keys(SMALL_UNIT_VALUE).join(''), K_SMALL_UNIT);
mark('~～—–-', K_RANGE);
mark(Object.keys(CHINESE_DIGIT_VALUE).filter((c) => CHINESE_DIGIT_VALUE[c] > 0).join(''), K_CN_DIGIT);
mark('一二三四五六七八九十廿卅', K_MONTH_DAY);
mark('多余', K_MORE);
mark([...Object.keys(CHINESE_DIGIT_VALUE), ...Object.keys(SMALL_UNIT_VALUE), '万', '亿'].join(''), K_NUMERAL);
mark('约概过于逾近到足', K_PREFIX_LAST);
mark('了为有达是', K_LINK);
mark('一二两三四五六七八九十', K_MULTIPLE_CN);
mark('降减下缩压', K_VERB_FIRST);
mark('〇○零一二三四五六七八九十廿卅', K_DATE_CN);
mark('年月日号', K_DATE_END);

// Single characters scan() compares by code.
const DUNHAO = 0x3001; // 、
const JI = 0x51e0; // 几
const MONTH = 0x6708; // 月
const POINT = 0x2e; // .
const BEI = 0x500d; // 倍
const ZUO = 0x5de6; // 左
const YOU = 0x53f3; // 右
const SHANG = 0x4e0a; // 上
const XIA = 0x4e0b; // 下
const YI = 0x4ee5; // 以
const NEI = 0x5185; // 内
for (const c of [JI, BEI, YOU, SHANG, XIA, NEI]) CLASS[c] |= K_OTHER;
for (const c of [DUNHAO, POINT, ZUO, SHANG, YI]) CLASS[c] |= K_BEFORE;

/** For each character, the classes of the character before it that can make it complete a trigger (one bit per
 *  check in scan() below; a superset is harmless, a missing class would hide a finding). The pass looks back only
 *  from characters whose previous character matches, so the bulk of the text costs two table lookups. */
const PREV = new Uint32Array(0x10000);
/** In PREV: the character starts a decrease verb, which needs no previous character. */
const P_VERB = 1 << 16;
for (let c = 0; c < 0x10000; c++) {
  const k = CLASS[c];
  if (k === 0) continue;
  let need = 0;
  if (k & K_DIGIT) need |= K_RANGE | K_BEFORE | K_PREFIX_LAST | K_LINK;
  if (k & K_SMALL_UNIT) need |= K_DIGIT | K_RUN;
  if (k & K_CN_DIGIT) need |= K_BEFORE;
  if (c === JI) need |= K_DIGIT | K_SMALL_UNIT;
  if (k & K_DATE_END) need |= K_DIGIT | K_MONTH_DAY | K_DATE_CN;
  if (k & K_MORE) need |= K_DIGIT | K_NUMERAL;
  if (k & K_NUMERAL) need |= K_PREFIX_LAST | K_LINK;
  if (c === YOU || c === SHANG || c === XIA || c === NEI) need |= K_BEFORE;
  if (c === BEI) need |= K_DIGIT | K_MULTIPLE_CN | K_MORE;
  if (k & K_VERB_FIRST) need |= P_VERB;
  PREV[c] = need;
}

function scan(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const need = PREV[c];
    if (need === 0) continue;
    if (need & P_VERB) flags |= T_DECREASE_VERB;
    if (i === 0) continue;
    const c1 = text.charCodeAt(i - 1);
    const k1 = CLASS[c1];
    if ((k1 & need) === 0) continue;
    const k = CLASS[c];
    const k2 = i > 1 ? CLASS[text.charCodeAt(i - 2)] : 0;
    if (k & K_DIGIT) {
      if (k1 & K_RANGE && k2 & K_DIGIT) flags |= T_RANGE;
      if (c1 === DUNHAO && k2 & K_DIGIT) flags |= T_DUNHAO_ARABIC;
      if (c1 === POINT && !(k2 & K_DIGIT)) flags |= T_LEADING_POINT;
    }
    // arabic-with-chinese-unit's run: a digit, then digits or `.,万亿零`, up to this 十/百/千.
    if (k & K_SMALL_UNIT && k1 & (K_DIGIT | K_RUN)) {
      // Runs before distinct small units do not overlap, so the walks add up to one pass at most.
      for (let j = i - 1; j >= 0; j--) {
        const kj = CLASS[text.charCodeAt(j)];
        if (kj & K_DIGIT) {
          flags |= T_ARABIC_SMALL_UNIT;
          break;
        }
        if (!(kj & K_RUN)) break;
      }
    }
    if (k & K_CN_DIGIT && c1 === DUNHAO && k2 & K_CN_DIGIT) flags |= T_DUNHAO_CHINESE;
    if (c === JI && k1 & (K_DIGIT | K_SMALL_UNIT)) flags |= T_JI;
    if (c === MONTH && k1 & (K_DIGIT | K_MONTH_DAY)) flags |= T_MONTH;
    if (k & K_DATE_END) flags |= k1 & K_DIGIT ? T_DATE_ARABIC : k1 & K_DATE_CN ? T_DATE_CHINESE : 0;
    // A figure ends in a digit or a Chinese numeral character, so its own 多/余 follows one of those.
    if (k & K_MORE && k1 & (K_DIGIT | K_NUMERAL)) flags |= T_MORE_AFTER_FIGURE;
    if (k & (K_DIGIT | K_NUMERAL) && (k1 & K_PREFIX_LAST || (k1 & K_LINK && k2 & K_PREFIX_LAST))) flags |= T_PREFIX_BEFORE_FIGURE;
    if ((c === YOU && c1 === ZUO) || (c === XIA && c1 === SHANG) || (c1 === YI && (c === SHANG || c === XIA || c === NEI))) {
      flags |= T_SUFFIX_MARKER;
    }
    // The multiple ends in a digit or a Chinese multiple character, then may take 多/余, then 倍.
    if (c === BEI && k1 & (K_DIGIT | K_MULTIPLE_CN | K_MORE)) flags |= T_MULTIPLE;
  }
  return flags;
}

/** redundant-approximation reports a pair of markers around one figure, and a lone suffix is never paired (the
 *  rule needs a prefix or 多/余 first): {prefix, 多/余}, {prefix, suffix} or {多/余, suffix}, so two of the three. */
export function mayHaveRedundantApproximation(flags: number): boolean {
  const more = (flags & T_MORE_AFTER_FIGURE) !== 0;
  const prefix = (flags & T_PREFIX_BEFORE_FIGURE) !== 0;
  const suffix = (flags & T_SUFFIX_MARKER) !== 0;
  return (more && (prefix || suffix)) || (prefix && suffix);
}

/** mixed-numeral-forms: a month, and parts of a date in both forms. */
export const MIXED_DATE = T_MONTH | T_DATE_CHINESE | T_DATE_ARABIC;

// The eight rules run one after another on the same chunk: remember the last text so the pass runs once per chunk.
let lastText: string | null = null;
let lastFlags = 0;

let bypass = false;

/** For tests: while on, every flag is set, so each rule runs its full scan on every chunk (the reference the
 *  flags are checked against). */
export function setTriggerBypass(on: boolean): void {
  bypass = on;
}

/** Trigger flags (T_*) of a chunk's clean text. */
export function triggers(text: string): number {
  if (bypass) return ~0;
  if (text !== lastText) {
    lastFlags = scan(text);
    lastText = text;
  }
  return lastFlags;
}
