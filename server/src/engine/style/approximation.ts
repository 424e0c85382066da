// Shared recognition of "adjacent numerals" approximations written with a 顿号: `三、四个`, `5、6万`.
// The danger is enumeration: `三、四季度` (Q3 and Q4), `一、二产业`, `3、4月份` name two items and are correct.
// So a pair is taken as an approximation only when
//   - both are single digits and the second is the next one (三四, 五六; not 一二) or a stock pair (三五, 一两, 两三),
//   - it is not preceded by 第 and not part of a longer list (`一、二、三`),
//   - it is followed by a measure word or magnitude from the table below (月, 季度, 产业 … are not in it).
import { CHINESE_DIGIT_VALUE, isArabicDigit } from './chars';

export const APPROX_MEASURE_WORDS: readonly string[] = [
  '个', '十', '百', '千', '万', '亿', '天', '年', '岁', '人', '次', '名', '位', '种', '家', '倍', '成', '米', '里', '斤',
  '吨', '元', '块', '小时', '分钟', '秒', '周', '轮', '台', '辆', '件', '本', '页', '层', '户', '座', '棵', '只', '头',
  '张', '份', '回', '遍', '趟', '场', '句', '杯', '碗', '口', '步', '条', '所', '间', '套', '亩', '公里',
  '公斤', '公顷', '平方米', '立方米', '千米', '千克', '厘米', '毫米', '克', '度',
];

/** Words after the pair that make it an enumeration even though they start with a measure word:
 *  `二、三次产业` (secondary and tertiary industry), `三、四年级`, `一、二次分配`. */
const ENUMERATION_WORDS: readonly string[] = ['次产业', '次分配', '次会议', '次全会', '年级', '年度'];

/** Stock pairs of non-consecutive numerals that are still approximations (三五天, 一两个). */
const STOCK_PAIRS: ReadonlySet<string> = new Set(['三五', '一两', '两三']);

export interface DunhaoPair {
  /** Clean offsets of the first numeral, the 顿号 and the second numeral. */
  first: number;
  mark: number;
  second: number;
  /** Values of the two numerals. */
  a: number;
  b: number;
  form: 'chinese' | 'arabic';
}

function digitValue(ch: string | undefined, form: 'chinese' | 'arabic'): number | null {
  if (ch === undefined) return null;
  if (form === 'arabic') return isArabicDigit(ch) ? ch.charCodeAt(0) - 48 : null;
  // 〇/零 never start an approximation.
  return ch in CHINESE_DIGIT_VALUE && CHINESE_DIGIT_VALUE[ch] > 0 ? CHINESE_DIGIT_VALUE[ch] : null;
}

function isListItemBefore(text: string, i: number, form: 'chinese' | 'arabic'): boolean {
  // `一、二、三个`: a list; `二十三、四岁` keeps going (the 十 before 三 is fine).
  return text[i - 1] === '、' && digitValue(text[i - 2], form) !== null;
}

/** The 顿号 pair whose 顿号 is at `mark`, if it reads as an approximation. */
export function dunhaoApproximationAt(text: string, mark: number, form: 'chinese' | 'arabic'): DunhaoPair | null {
  if (text[mark] !== '、') return null;
  const first = mark - 1;
  const second = mark + 1;
  const a = digitValue(text[first], form);
  const b = digitValue(text[second], form);
  if (a === null || b === null) return null;
  const pair = text[first] + text[second];
  // 一、二 is nearly always an enumeration in reports (一、二产业, 一、二线城市); only the stock 一两 counts.
  if (!((b === a + 1 && a >= 2) || (form === 'chinese' && STOCK_PAIRS.has(pair)))) return null;
  // Longer figures on either side (`13、14`, `3、45`) are lists of numbers.
  if (digitValue(text[first - 1], form) !== null || digitValue(text[second + 1], form) !== null) return null;
  if (form === 'arabic' && (text[first - 1] === '.' || text[first - 1] === ',')) return null;
  if (text[first - 1] === '第' || isListItemBefore(text, first, form)) return null;
  if (text[second + 1] === '、') return null;
  if (ENUMERATION_WORDS.some((w) => text.startsWith(w, second + 1))) return null;
  if (!APPROX_MEASURE_WORDS.some((w) => text.startsWith(w, second + 1))) return null;
  return { first, mark, second, a, b, form };
}
