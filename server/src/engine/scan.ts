// The scanner: one left-to-right pass over the clean text that finds quantities and skips what only looks like one
// (dates, ordinals, codes, rate bases, idioms and names). Words are matched through first-character maps; the only
// regular expression-free loops here advance monotonically, so the pass is linear in the text.

import { add, dec, isInteger, isZeroMantissa, shift, toDouble, toExact, toNumber, tenTo, type Dec } from './decimal';
import { CLEAN_STRIDE, type ScanResult, type ScannedQuantity } from './internal';
import { isHan, type NormalizedText } from './normalize';
import { parseArabic, parseNumeral, type Numeral, type Term } from './numeral';
import { DATE_WORDS, LABEL_WORDS, LUNAR_MONTH_LEADS, YEAR_SUFFIXES, YEAR_TERM_WORDS } from './tables/dates';

const LUNAR_MONTH_LEAD_SET = new Set(LUNAR_MONTH_LEADS);
import { CHIP_CONTEXT, CHIP_WORDS, CODE_LABELS, GRADE_NAME_WORDS, NOT_QUANTITIES, PROCESS_NODE_UNITS, ROAD_ENDS, ROOM_WORDS, SCORE_NEXT, STANDARD_PREFIXES } from './tables/lexicon';
import { POST_MARKERS, PRE_MARKERS, WORDS_ENDING_IN_FU, type BoundMarker } from './tables/markers';
import { BAI, BEI, CHENG, DUO, FEN, GE, PERCENT, PER_MILLE, SLASH, WAN, YI, YOU, YU, ZERO, ZHE, ZHI } from './tables/codes';
import { CN_DIGITS, FIXED_QUANTITIES, RANGE_JOINERS, RANGE_JOINER_BY_CODE } from './tables/numerals';
import { CURRENCY_PREFIXES, LATIN_UNITS, PLACE_UNITS, UNITS } from './tables/units';
import { WordMap, wordEntries } from './tables/wordmap';
import type { AnalyzeOptions, QuantityFormat, QuantityKind } from './types';

const DEFAULT_NOT_QUANTITIES = new WordMap(wordEntries(NOT_QUANTITIES, true));
const DEFAULT_UNITS = new WordMap(wordEntries(UNITS, true));
const LATIN_UNIT_MAP = new WordMap(wordEntries(LATIN_UNITS, true));
const DATE_MAP = new WordMap(DATE_WORDS.map(([word, max]) => ({ word, value: max })));
const YEAR_SUFFIX_MAP = new WordMap(wordEntries(YEAR_SUFFIXES, true));
const LABEL_MAP = new WordMap(wordEntries(LABEL_WORDS, true));
const GRADE_NAME_MAP = new WordMap(wordEntries(GRADE_NAME_WORDS, true));
const YEAR_TERM_MAP = new WordMap(wordEntries(YEAR_TERM_WORDS, true));
const PRE_MARKER_MAP = new WordMap<BoundMarker | 'none'>([
  ...PRE_MARKERS.map(([word, value]) => ({ word, value })),
  // 最近5年, 附近: 近 here is not "nearly"
  { word: '最近', value: 'none' as const }, { word: '附近', value: 'none' as const }, { word: '临近', value: 'none' as const },
  // 出超 / 入超 (a trade surplus or deficit): 超 here is not "over"
  { word: '出超', value: 'none' as const }, { word: '入超', value: 'none' as const },
  // 卖超 / 买超 (net selling or buying of shares, `外資累計賣超新臺幣3,265億元`): the same
  { word: '卖超', value: 'none' as const }, { word: '买超', value: 'none' as const },
  // 签约 (signing), 节约 (saving), 制约, 预约, 合约, 集约, 履约: 约 here is not "about" (`新签约亿元以上项目`, `节约3.2亿元`)
  ...['签约', '节约', '制约', '预约', '合约', '集约', '履约'].map((word) => ({ word, value: 'none' as const })),
  // (but 收入超 / 支出超 are income or spending over a figure: `营业收入超10亿元`)
  { word: '收入超', value: 'over' as const }, { word: '支出超', value: 'over' as const },
]);
/** The longest bound word before a figure (`不得低于`). */
const PRE_MARKER_MAX = Math.max(...PRE_MARKERS.map(([word]) => word.length));
const POST_MARKER_MAP = new WordMap(POST_MARKERS.map(([word, value]) => ({ word, value })));
/** Currencies named in words between a bound and its figure (`不超过人民币2亿元`, `突破新台币200亿元`). */
const CURRENCY_WORD_BEFORE_MAP = new WordMap(['人民币', '新台币', '港币', '澳门币'].map((word) => ({ word, value: true })));
const FIXED_MAP = new WordMap(FIXED_QUANTITIES.map(([word, kind, value, exact]) => ({ word, value: { kind, value, exact } })));
const CURRENCY_MAP = new WordMap(CURRENCY_PREFIXES.map(([word, value]) => ({ word, value })));

/** Emergency and service hotlines: a figure equal to one of these and not followed by a unit is a phone number. */
const HOTLINES = new Set(['110', '119', '120', '122', '12345', '12315', '12306', '12333', '12348', '12358', '12365', '12369',
  '12366', '12320', '12310', '12388', '12318', '12380', '12351', '12356', '12338', '12339', '12350', '12317', '12321', '12328', '12329', '12393', '96110']);

/** After 成 these make a word, not a tenth (成本, 成为, 成都). */
const CHENG_WORD_NEXT = new Set(['本', '为', '果', '功', '立', '员', '绩', '交', '长', '熟', '就', '都', '效', '品', '型', '年', '分', '人', '套', '片',
  '规', '倍', '份', '批', '群', '家', '色', '语', '因', '全', '形', '器', '活', '像', '败', '事', '风', '真', '性', '天']);
/** Does 成 at p start a word (成本, 成家) rather than close a tenth? `三成家庭` is three tenths of the households.
 *  `start`: where the numeral begins. After a word that counts a share (`约六成为全职职位`, `其中三成为女性`), 成为 is
 *  a tenth and 为 (are): a bare numeral that became something would need a classifier (`六人成为`). */
function chengWord(s: string, p: number, start: number): boolean {
  if (s.charCodeAt(p + 1) === WEI && SHARE_LEAD_CODES.has(s.charCodeAt(start - 1))) return false;
  // (nor `近兩成就業人士`, `三成人口`: the word after 成 is 就业 or 人口, counted)
  return CHENG_WORD_NEXT.has(s[p + 1]) && !CHENG_NOT_WORD.has(s.slice(p + 1, p + 3));
}
/** Words after 成 that begin with a character of CHENG_WORD_NEXT and still leave 成 a tenth (`三成家庭`, `两成就业人员`). */
const CHENG_NOT_WORD = new Set(['家庭', '就业', '人口']);
/** Last characters of words before a share of tenths: 约, 近, 逾, 超 (超过 ends in 过), 有, 占, 中 (其中), 达. */
const SHARE_LEAD_CODES = new Set(Array.from('约近逾过有占中达', (c) => c.charCodeAt(0)));
const WEI = '为'.charCodeAt(0);

/** After 折 these make a word, not a discount (折合, 折算). */
const ZHE_WORD_NEXT = new Set(['合', '算', '旧', '扣', '射', '返', '腾', '叠', '线', '成', '价', '损', '现', '抵', '中']);
/** Before a bare 百/千/万/亿 these make it a round figure: 近万人, 逾千名, 上万人次, 过亿. */
const BARE_MAGNITUDE_MARKERS = new Set(['近', '逾', '超', '上', '过', '破', '约']);
/** Spans counted with 个 that a bound may follow (`15个工作日以内`). */
const COUNTED_SPAN_MAP = new WordMap(['工作日', '自然日', '小时', '星期', '季度', '月'].map((word) => ({ word, value: true })));

/** After 数, a magnitude makes a vague amount (`数十万`, `数百`); before it, these make 数 the end of a noun (`总数`, `人数`). */
const VAGUE_AFTER_SHU = new Set(Array.from('十百千万亿'));
const NOUN_BEFORE_SHU = new Set(Array.from('总人户件次个笔家项名位单场届倍股岁'));

/** Words before a figure in a time unit that make it a period, not an amount (最近5年, 过去五年, 未来三年, Hong Kong's 對上三個月). */
const PERIOD_LEADS = new Set(['最近', '过去', '未来', '今后', '对上']);
/** Words before N年 that name a span among others (`是上一个五年的1.6倍`): a period, not an amount. */
const NEIGHBOUR_SPAN_LEADS = new Set(['上一个', '下一个', '上个', '下个']);
/** Time units that make 近N… a period looking back (近三年, 近7天). */
const RECENT_PERIOD_UNITS = new Set(['年', '个月', '天', '日', '周', '季']);
const HOTLINE_CONTEXT = new Set(['热线', '服务', '急救', '报警', '平台', '电话', '专线', '政务', '便民', '投诉', '举报', '求助']);
/** Characters before a Chinese numeral and 日 that make it a number of days (`黄金周七日`, `假期七日`, `连续七日`,
 *  `历时七日`, `长达七日`), not a day of the month. */
const DAYS_AFTER = new Set(['周', '期', '续', '时', '达', '共']);
/** Words before a figure and 日 that make it the first days of a period (`黃金周首5日`). */
const FIRST_DAYS = new Set(['首', '头']);
/** Verbs before a figure and 日 that make it a number of days (`较2022年增加5日`, `不良日數為24日`). */
const DAY_COUNT_VERBS = new Set(['增加', '减少', '延长', '缩短', '多出', '少了', '数为', '数达']);
/** `接近全期总雨量的三成`, `超过全省的一半`: a bound of two characters or more before the whole a share is of, which bounds
 *  the share. The whole is a short noun phrase of Han characters, no verb of its own (`近年来占全市的30%` has no bound). */
function boundOverWhole(s: string, spanStart: number, kind: QuantityKind): BoundMarker | undefined {
  if ((kind !== 'percent' && kind !== 'fraction') || s[spanStart - 1] !== '的') return undefined;
  for (let j = spanStart - 2; j >= 0 && spanStart - 1 - j <= MAX_BOUNDED_WHOLE && isHan(s.charCodeAt(j)); j--) {
    if (WHOLE_VERBS.includes(s[j])) return undefined;
    const m = PRE_MARKER_MAP.matchEndingAt(s, j, PRE_MARKER_MAX);
    if (!m || m.word.length < 2 || m.value === 'none' || j >= spanStart - 2) continue;
    // (opening its clause, or after an adverb: not inside a name, `就業不足率由上一期的1.1%`)
    const before = j - m.word.length - 1;
    if (before >= 0 && !BOUND_OPENS_AFTER.includes(s[before])) return undefined;
    // (a threshold stated as what it is, `已接近超高齡社會門檻的20%`, is exact: the bound is of another figure)
    const whole = s.slice(j, spanStart - 1);
    return THRESHOLD_WORDS.some((w) => whole.includes(w)) ? undefined : m.value;
  }
  return undefined;
}
const MAX_BOUNDED_WHOLE = 12;
/** Verbs and comparisons that end the whole's phrase before a share (`占`, `为`, `由`): a bound before them is not the share's. */
const WHOLE_VERBS = '占佔为為是达達及由從从比較较';
/** What may stand right before such a bound: a clause's end, or an adverb (`已接近`, `均超过`). */
const BOUND_OPENS_AFTER = '，,；;：:、已均则則仍也都约約';
const THRESHOLD_WORDS = ['门槛', '門檻', '标准', '標準', '目标', '目標', '警戒', '红线', '紅線', '上限', '下限'];

/** Bound words before 一 and a unit that make it an amount (`不到一个月`, `超过一年`). Four of PRE_MARKERS on purpose,
 *  not all of them: `近一年来`, `最近一年` and `约一周后` name a period or a point in time, not an amount. */
const ONE_BOUND_MARKERS = new Set(['不到', '不足', '超过', '将近']);

/** Did a quantity end shortly before `at`, one list item back (a 、 or ， between)? */
function followsCount(ctx: ScanContext, at: number): boolean {
  const clean = ctx.clean;
  if (clean.length === 0) return false;
  const lastEnd = clean[clean.length - CLEAN_STRIDE + 1];
  if (at - lastEnd > MAX_ITEM_GAP) return false;
  for (let k = lastEnd; k < at; k++) if (ctx.s[k] === '、' || ctx.s[k] === ',' || ctx.s[k] === '，') return true;
  return false;
}
const MAX_ITEM_GAP = 12;

/** Does the list item from `from` state a count of `unit` (`乡镇电商服务站十八个`) within MAX_ITEM_GAP characters? */
function countOfUnitNext(s: string, from: number, unit: string): boolean {
  for (let k = from; k < from + MAX_ITEM_GAP && k < s.length && isHan(s.charCodeAt(k)); k++) {
    if (!COUNT_NUMERALS.has(s[k])) continue;
    let j = k;
    while (j < s.length && (COUNT_NUMERALS.has(s[j]) || s[j] === '一' || s[j] === '零')) j++;
    return s.startsWith(unit, j);
  }
  return false;
}
/** Numerals that open a count other than a lone 一 (`十八个`, `二百三十六个`). */
const COUNT_NUMERALS = new Set(Array.from('二两三四五六七八九十百千'));

/** Is s[start, end) (`一户`) one of three or more list items in a row ending alike (`发现一户、帮扶一户、清零一户`)? Up to
 *  four Han characters stand before it in each item. Two are a list of counts (`文化馆一处、图书馆一处`). */
function repeatedInList(s: string, start: number, end: number): boolean {
  const word = s.slice(start, end);
  let items = 1;
  // items after: `、` + a few Han characters + the word
  for (let at = end; s[at] === '、' && items < 3;) {
    let k = at + 2;
    while (k <= at + 5 && isHan(s.charCodeAt(k - 1)) && !s.startsWith(word, k)) k++;
    if (!s.startsWith(word, k)) break;
    items++;
    at = k + word.length;
  }
  // items before: the word + `、` + a few Han characters, ending where this item starts
  for (let from = start; items < 3;) {
    let k = from - 1;
    while (k >= from - 4 && isHan(s.charCodeAt(k)) && s[k - 1] !== '、') k--;
    if (s[k - 1] !== '、' || !s.startsWith(word, k - 1 - word.length)) break;
    items++;
    from = k - 1 - word.length;
  }
  return items >= 3;
}

/** What may follow a lone 一 and its classifier for the pair to be a count: the end of a clause or of a list item. */
const LIST_OR_CLAUSE_END = new Set(['、', ',', '，', '。', ';', '；', '!', '！', '?', '？']);

/** Words for a day that a date in brackets may follow (`今(15)日`, `昨（14）日`). */
const DAY_DEIXIS = new Set(['今', '昨', '明', '前', '本']);
/** Characters after which `2.0` is a value, not a version: copulas, verbs of change and the nouns of measures
 *  (`比为2.0`, `增长2.0`, `系数2.0`). */
const VERSION_NOT_AFTER = new Set(Array.from('为是达至到约近超比和与及增降长加少减升计共值率数额量均有占逾过的在于高低'));
/** Verbs of dialling: any short number they take is a phone number (`可拨打1966长照专线`), hotline list or not. */
const DIAL_VERBS = new Set(['拨打', '致电', '拨通', '呼叫']);
/** Their last characters, and a bare 拨. */
const DIAL_LAST_CODES = new Set(Array.from('打电通叫拨', (c) => c.charCodeAt(0)));
const OPEN_QUOTES = new Set(['“', '「', '"', '『', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '」', '"', '』', '’', "'"]);
const SIGNS = new Set(['-', '−', '－']);

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLatin(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}
// The same asked of a position, by char code (NaN outside the text: false): the scanner asks them at nearly every
// character, and `s[i]` makes a fresh one-character string for each CJK character.
function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}
function isLatinAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}
function isNumeralStart(c: string): boolean {
  return isAsciiDigit(c) || CN_DIGITS.has(c) || c === '十' || c === '拾' || c === '百' || c === '佰' || c === '千' || c === '仟' || c === '廿' || c === '卅';
}

/** A figure's value as terms, with the parts a quantity needs. */
interface Figure {
  start: number;
  end: number;
  value: Dec;
  /** Upper value of an adjacent-digit or 多/余 figure. */
  upper: Dec | null;
  /** Exponent of the last stated digit. */
  ulp: number;
  numeral: Numeral;
}

function sumTerms(terms: Term[], useHi: boolean): Dec {
  let v = dec(0, 0);
  for (const t of terms) v = add(v, dec(useHi && t.hi !== undefined ? t.hi : t.m, t.e));
  return v;
}

function figureFrom(n: Numeral): Figure {
  const value = sumTerms(n.terms, false);
  let ulp = Infinity;
  let nz = Infinity;
  for (const t of n.terms) {
    ulp = Math.min(ulp, t.ulp);
    if (!isZeroMantissa(t.m)) nz = Math.min(nz, t.nz);
  }
  if (!Number.isFinite(nz)) nz = ulp;
  let upper: Dec | null = null;
  if (n.adjacent) upper = sumTerms(n.terms, true);
  else if (n.more) upper = add(value, dec(1, nz));
  return { start: n.start, end: n.end, value, upper, ulp, numeral: n };
}

function shiftFigure(f: Figure, k: number): Figure {
  return { ...f, value: shift(f.value, k), upper: f.upper ? shift(f.upper, k) : null, ulp: f.ulp + k };
}

/** What a figure turned out to be once the words after it are read. */
interface Reading {
  kind: QuantityKind;
  value: Dec;
  /** exact value as a string when it is not a decimal (fractions). */
  exactOverride?: string;
  numericOverride?: number;
  lo: number;
  hi: number;
  min: number | null;
  max: number | null;
  approx: ScannedQuantity['approx'];
  end: number;
  prefix: string;
  suffix: string;
  /** Percent is scaled from the written figure (‰ → ÷10, 成 → ×10). */
  scale: number;
}

export interface ScanContext {
  s: string;
  notQuantities: WordMap<boolean>;
  units: WordMap<boolean>;
  /** End of the last digit run measured: a figure inside it ends the run at the same place (1,2,3,… is read
   *  figure by figure, and measuring the rest of the run again for each would be quadratic). */
  digitRunEnd: number;
  /** Clean spans of the quantities read so far (see ScanResult). */
  clean: number[];
}

/** Half a unit of the last stated digit: a figure stands for [value − h, value + h]. */
function halfUlp(ulp: number): number {
  return tenTo(ulp) / 2;
}

/** A figure read as `kind`: exact figures get ± half a unit of their last stated digit, 多/余 and adjacent-digit
 *  figures their [lower, upper] bounds (scaled like the value: 三四成 → [30, 40]). */
function readingOf(fig: Figure, kind: QuantityKind, value: Dec, ulp: number, end: number, suffix: string, scale: number): Reading {
  const n = fig.numeral;
  if (fig.upper) {
    const lo = toDouble(value);
    const hi = toDouble(shift(fig.upper, scale));
    return { kind, value, lo, hi, min: lo, max: hi, approx: n.adjacent ? 'adjacent' : 'more', end, prefix: '', suffix, scale };
  }
  const x = toDouble(value);
  const h = halfUlp(ulp);
  const lo = x - h;
  const hi = x + h;
  return { kind, value, lo, hi, min: null, max: null, approx: null, end, prefix: '', suffix, scale };
}

/** Parse a figure with its kind-giving suffix (%, ‰, 个百分点, 倍, 成, 折, 分之) at i. Returns null when nothing is there. */
function readFigure(ctx: ScanContext, i: number): { fig: Figure; reading: Reading } | { skipTo: number } | null {
  const s = ctx.s;
  const first = s.charCodeAt(i);
  const n = first === WAN && s.startsWith('万分之', i) ? TEN_THOUSAND_PREFIX(i) : first === WAN || first === YI ? bareMagnitude(s, i) : parseNumeral(s, i);
  if (!n) return null;
  const fig = figureFrom(n);
  let p = n.end;

  // X分之Y: fractions, and 百分之/千分之/万分之 percents
  // Characters after the figure are compared by code: `s[p]` makes a new string for each Chinese character.
  const followCode = s.charCodeAt(p);
  if (followCode === FEN && s.charCodeAt(p + 1) === ZHI && !n.more && !n.adjacent) {
    const num = parseNumeral(s, p + 2);
    if (!num || num.digitSequence) return { skipTo: p + 2 };
    const numFig = figureFrom(num);
    const den = toExact(fig.value);
    const prefix = s.slice(i, p + 2);
    // 百分之七十一 is a percent; 一百分之二 is the fraction 0.02 (the peer's convention, and what it says)
    const powerOfTen = /^10+$/.test(den) && den.length >= 3;
    const percentScale = powerOfTen && n.bareUnitStart ? 3 - den.length : null;
    if (percentScale !== null) {
      const reading = readingOf(numFig, 'percent', shift(numFig.value, percentScale), numFig.ulp + percentScale, num.end, '', percentScale);
      return { fig: numFig, reading: { ...reading, prefix } };
    }
    const numerator = toDouble(numFig.value);
    const denominator = Number(den);
    if (!(denominator > 0)) return { skipTo: num.end };
    const value = numerator / denominator;
    return {
      fig: numFig,
      reading: {
        kind: 'fraction', value: dec(0, 0), exactOverride: fractionExact(toExact(numFig.value), den), numericOverride: value,
        lo: value, hi: value, min: null, max: null, approx: null, end: num.end, prefix, suffix: '', scale: 0,
      },
    };
  }

  if (n.digitSequence) {
    // 八五折 = 85%; otherwise a digit sequence is a year (二〇二三年) or a code, never a count
    if (s[p] === '折' && !ZHE_WORD_NEXT.has(s[p + 1]) && n.digitSequence.length === 2) {
      const v = dec(Number(n.digitSequence), 0);
      return { fig, reading: { kind: 'percent', value: v, lo: Number(n.digitSequence) - 0.5, hi: Number(n.digitSequence) + 0.5, min: null, max: null, approx: null, end: p + 1, prefix: '', suffix: '折', scale: 0 } };
    }
    return { skipTo: p };
  }

  // 三百五又三分之一, 3又一千分之23: a whole number and a fraction
  if (followCode === YOU && !n.more && !n.adjacent) {
    const frac = readFigure(ctx, p + 1);
    if (frac && !('skipTo' in frac) && frac.reading.kind === 'fraction' && frac.reading.numericOverride !== undefined) {
      const whole = toDouble(fig.value);
      const v = whole + frac.reading.numericOverride;
      return { fig, reading: { ...frac.reading, exactOverride: `${toExact(fig.value)}+${frac.reading.exactOverride}`, numericOverride: v, lo: v, hi: v, end: frac.reading.end, prefix: '' } };
    }
  }
  // 3/5: a fraction of two integers (dates like 2020/11 are read before this)
  if (followCode === SLASH && n.arabic && !n.hasChinese && !n.arabic.decimals && !n.arabic.separator && isDigitAt(s, p + 1)) {
    const b = parseArabic(s, p + 1);
    const after = b ? s[b.atom.end] : undefined;
    const yearLike = n.arabic.end - n.arabic.start === 4;
    if (b && !b.atom.decimals && b.term.m > 0 && !yearLike && after !== '/' && after !== '月' && after !== '日' && after !== '年' && after !== '学' && !isAsciiDigit(after)) {
      const v = Number(fig.value.m) / Number(b.term.m);
      return { fig, reading: { kind: 'fraction', value: dec(0, 0), exactOverride: `${fig.value.m}/${b.term.m}`, numericOverride: v, lo: v, hi: v, min: null, max: null, approx: null, end: b.atom.end, prefix: '', suffix: '', scale: 0 } };
    }
  }

  if (followCode === PERCENT) return { fig, reading: readingOf(fig, 'percent', fig.value, fig.ulp, p + 1, '%', 0) };
  if (followCode === PER_MILLE) return { fig, reading: readingOf(fig, 'percent', shift(fig.value, -1), fig.ulp - 1, p + 1, '‰', -1) };
  if (followCode === GE && s.startsWith('个百分点', p)) return { fig, reading: readingOf(fig, 'percentage-point', fig.value, fig.ulp, p + 4, '个百分点', 0) };
  if (followCode === BAI && s.startsWith('百分点', p)) return { fig, reading: readingOf(fig, 'percentage-point', fig.value, fig.ulp, p + 3, '百分点', 0) };
  if (followCode === BEI) {
    // 4倍多 / 3倍余: more than four times, up to the next unit of its last digit (as 4万多)
    const after = s.charCodeAt(p + 1);
    if ((after === DUO || after === YU) && !n.more && !n.adjacent) {
      const low = toDouble(fig.value);
      const high = low + 10 ** fig.ulp;
      return { fig, reading: { kind: 'multiple', value: fig.value, lo: low, hi: high, min: low, max: high, approx: 'more', end: p + 2, prefix: '', suffix: '倍' + s[p + 1], scale: 0 } };
    }
    return { fig, reading: readingOf(fig, 'multiple', fig.value, fig.ulp, p + 1, '倍', 0) };
  }
  const asNumber = toDouble(fig.value);
  const small = asNumber > 0 && asNumber <= 10 && !n.more && !n.adjacent;
  // 八九成 = 80–90%: adjacent digits in tenths
  if (followCode === CHENG && n.adjacent && !n.more && fig.upper && asNumber > 0 && toDouble(fig.upper) <= 10 && !chengWord(s, p, fig.start)) {
    return { fig, reading: readingOf(fig, 'percent', shift(fig.value, 1), fig.ulp + 1, p + 1, '成', 1) };
  }
  if (followCode === CHENG && small && !chengWord(s, p, fig.start) && !(s[p + 1] === '不' && s[p + 2] === '变')) {
    // 三成 = 30%, 一成五 = 15%, 三成七 = 37%
    let value = shift(fig.value, 1);
    let ulp = fig.ulp + 1;
    let end = p + 1;
    const d = CN_DIGITS.get(s[p + 1]);
    if (d !== undefined && d > 0 && !CN_DIGITS.has(s[p + 2]) && s[p + 2] !== '十' && !fig.numeral.arabic?.decimals) {
      value = add(value, dec(d, 0));
      ulp = 0;
      end = p + 2;
    } else if (s[p + 1] === '半') {
      value = add(value, dec(5, 0));
      ulp = 0;
      end = p + 2;
    }
    // 三成多 / 三成余: more than three tenths, up to the next tenth
    if ((s[end] === '多' || s[end] === '余') && end === p + 1) {
      const low = toDouble(value);
      return { fig, reading: { kind: 'percent', value, lo: low, hi: low + 10, min: low, max: low + 10, approx: 'more', end: end + 1, prefix: '', suffix: '成', scale: 1 } };
    }
    const r = readingOf(fig, 'percent', value, ulp, end, '成', 1);
    return { fig, reading: r };
  }
  if (followCode === ZHE && small && !ZHE_WORD_NEXT.has(s[p + 1])) {
    return { fig, reading: readingOf(fig, 'percent', shift(fig.value, 1), fig.ulp + 1, p + 1, '折', 1) };
  }
  return { fig, reading: readingOf(fig, 'number', fig.value, fig.ulp, p, '', 0) };
}

/** `九分之2623.7` → `26237/90`: an exact fraction is of integers, so decimal points move out of both terms. */
function fractionExact(numerator: string, denominator: string): string {
  const places = Math.max(decimalsOf(numerator), decimalsOf(denominator));
  return `${scaledToInteger(numerator, places)}/${scaledToInteger(denominator, places)}`;
}

function decimalsOf(x: string): number {
  const point = x.indexOf('.');
  return point < 0 ? 0 : x.length - point - 1;
}

/** A decimal string times 10^places (places ≥ its decimals), as an integer string. */
function scaledToInteger(x: string, places: number): string {
  return (x.replace('.', '') + '0'.repeat(places - decimalsOf(x))).replace(/^(-?)0+(?=[0-9])/, '$1');
}

/** 万分之三: 万 cannot start a figure, so the denominator is made here. */
function TEN_THOUSAND_PREFIX(i: number): Numeral {
  return { start: i, end: i + 1, terms: [{ m: 1, e: 4, ulp: 4, nz: 4 }], arabic: null, hasChinese: true, financial: false, magExp: 4,
    magStart: -1, magEnd: -1, more: false, adjacent: false, digitSequence: null, bareUnitStart: true, chars: 1 };
}

/** 近万, 过亿: a bare magnitude after a marker is one of it (10^4, 10^8); 万余 also reads 多/余. */
// (万亿 stacked is one of 10^12: `突破万亿元`)
function bareMagnitude(s: string, i: number): Numeral {
  const stacked = s[i] === '万' && s[i + 1] === '亿' ? 1 : 0;
  const k = stacked ? 12 : s[i] === '万' ? 4 : 8;
  const more = s[i + 1 + stacked] === '余' || s[i + 1 + stacked] === '多';
  return { start: i, end: i + stacked + (more ? 2 : 1), terms: [{ m: 1, e: k, ulp: k, nz: k }], arabic: null, hasChinese: true, financial: false,
    magExp: k, magStart: -1, magEnd: -1, more, adjacent: false, digitSequence: null, bareUnitStart: true, chars: 2 };
}

/** 翻一番 / 翻了两番 / 翻番 at i (i points at 翻). */
function readDoubling(s: string, i: number): Reading | null {
  let p = i + 1;
  if (s[p] === '了') p++;
  if (s[p] === '番') {
    return { kind: 'multiple', value: dec(2, 0), lo: 1.5, hi: 2.5, min: null, max: null, approx: null, end: p + 1, prefix: '翻', suffix: '番', scale: 0 };
  }
  const n = parseNumeral(s, p);
  if (!n || s[n.end] !== '番' || n.more || n.adjacent) return null;
  const times = toDouble(sumTerms(n.terms, false));
  if (!(times >= 1 && times <= 30)) return null;
  const v = 2 ** times;
  return { kind: 'multiple', value: dec(v, 0), lo: v - 0.5, hi: v + 0.5, min: null, max: null, approx: null, end: n.end + 1, prefix: '翻', suffix: '番', scale: 0 };
}

/** Labels after which digits are a code, not an amount (`邮编650021`, `电话：0871-63218800`). */
const CODE_LABEL_MAP = new WordMap(wordEntries(CODE_LABELS, true));
const CODE_LABEL_MAX = Math.max(...CODE_LABELS.map((w) => w.length));
const CODE_LABEL_LAST_CODES = new Set(CODE_LABELS.map((w) => w.charCodeAt(w.length - 1)));
/** What may stand between a code label and its digits: `：` (folded to `:`), a space, 为, 是, and the letter of an
 *  exchange notice's series (`编号：临2024-037`). */
const CODE_LABEL_LINKS = new Set(Array.from(': 为是临', (c) => c.charCodeAt(0)));

/** End of digits at i that are a code: after a code label (and `:`, `为`, `是` or a space), or a phone number with
 *  an area code (`0871-63218800`, `(0871) 6321 8801`); -1 otherwise. */
function codeEnd(s: string, i: number): number {
  let k = i;
  while (k > 0 && i - k < 3 && CODE_LABEL_LINKS.has(s.charCodeAt(k - 1))) k--;
  // By char code first: most figures follow no code label, and the label table is read only when one may end here.
  const labelled = CODE_LABEL_LAST_CODES.has(s.charCodeAt(k - 1)) && CODE_LABEL_MAP.matchEndingAt(s, k, CODE_LABEL_MAX) !== undefined;
  const areaCode = s.charCodeAt(i) === 0x30 && isAreaCodeAt(s, i);
  if (!labelled && !areaCode) return -1;
  // the code's digits, with the separators phone numbers are written with
  let p = i;
  // (a closing bracket only after an area code opened by one, `(0871) 6321 8801`: `(税号2709)1,268.4万吨` ends at it)
  const bracketed = s[i - 1] === '(';
  while (isDigitAt(s, p) || ((s[p] === '-' || s[p] === ' ' || (s[p] === ')' && bracketed)) && isAsciiDigit(s[p + 1 + (s[p] === ')' && s[p + 1] === ' ' ? 1 : 0)]))) {
    p += s[p] === ')' && s[p + 1] === ' ' ? 2 : 1;
  }
  // `拨打电话1200次`, `热线电话12.6万次`: digits a count or a magnitude follows are an amount, label or not
  if (!areaCode && (s[p] === '.' || COUNT_AFTER_CODE_LABEL.has(s[p]))) return -1;
  return p;
}
/** What follows an amount and never a code: magnitudes and count units (phones counted too: `每百户拥有移动电话265部`). */
const COUNT_AFTER_CODE_LABEL = new Set(Array.from('万亿千百次人个条通件起户名位家元余多%公米吨亩部台'));

/** End of a stock code at i (digits run to `runEnd`): four to six digits alone in brackets right after a name, or with
 *  an exchange's suffix (`.SH`, `.HK`); -1 if none. */
function stockCodeEnd(s: string, i: number, runEnd: number): number {
  if (s[i - 1] !== '(' || !isHan(s.charCodeAt(i - 2))) return -1;
  // (the run of digits may take in the suffix's dot: `600519.SH`)
  const digitsEnd = s[runEnd - 1] === '.' ? runEnd - 1 : runEnd;
  if (digitsEnd - i < 4 || digitsEnd - i > 6) return -1;
  for (let k = i; k < digitsEnd; k++) if (!isDigitAt(s, k)) return -1;
  if (s[digitsEnd] === ')') return digitsEnd + 1;
  const suffix = s.slice(digitsEnd, digitsEnd + 3);
  return STOCK_EXCHANGE_SUFFIXES.has(suffix) && s[digitsEnd + 3] === ')' ? digitsEnd + 4 : -1;
}
const STOCK_EXCHANGE_SUFFIXES = new Set(['.SH', '.SZ', '.HK', '.BJ', '.TW']);

/** End of the digit groups that continue a phone number at p (` 5012`, `-8800`). */
function phoneEnd(s: string, p: number): number {
  while ((s[p] === ' ' || s[p] === '-') && isDigitAt(s, p + 1)) {
    p++;
    while (isDigitAt(s, p)) p++;
  }
  return p;
}

/** `0871-6321…` / `0871) 6321…` / `010 6321…`: a 3–4 digit area code starting with 0, then 7–8 digits. */
function isAreaCodeAt(s: string, i: number): boolean {
  let p = i;
  while (isDigitAt(s, p)) p++;
  const area = p - i;
  if (area < 3 || area > 4) return false;
  if (s[p] === ')') p++;
  if (s[p] !== '-' && s[p] !== ' ') return false;
  p++;
  let q = p;
  while (isDigitAt(s, q) || (s[q] === ' ' && isDigitAt(s, q + 1))) q++;
  let digits = 0;
  for (let k = p; k < q; k++) if (s[k] !== ' ') digits++;
  return digits >= 7 && digits <= 8;
}

/** The characters joining the two sides of a score (`3比1`, `2:1`). */
const SCORE_JOINERS = ':∶比';

/** End of a sports score at i (`以3比1战胜`, `2:1击败`, `比分为1∶1`), or -1: two small whole numbers joined by 比 or a
 *  colon, after 以 / 比分 or before a word of winning or losing. */
function scoreEnd(s: string, i: number): number {
  let p = i;
  while (isDigitAt(s, p)) p++;
  if (p - i > 2 || p >= s.length || !SCORE_JOINERS.includes(s[p]) || !isDigitAt(s, p + 1)) return -1;
  let q = p + 1;
  while (isDigitAt(s, q)) q++;
  if (q - p - 1 > 2 || s[q] === '.' || s[q] === '%') return -1;
  const before = s.slice(Math.max(0, i - 3), i);
  if (before.endsWith('以') || before.endsWith('比分') || before.endsWith('比分为') || SCORE_NEXT_MAP.matchAt(s, q)) return q;
  return -1;
}

/** End of small whole numbers joined by plus signs at i (`1+1+1`, `3+2`, `5+X`), or -1. */
function formulaEnd(s: string, i: number): number {
  let q = i;
  let terms = 0;
  for (;;) {
    const start = q;
    while (isDigitAt(s, q)) q++;
    // (a letter may stand for a number after the first term: `1+N`, `5+X`)
    if (q === start && terms > 0 && /[A-Z]/.test(s[q] ?? '') && !isLatinAt(s, q + 1)) q++;
    else if (q - start === 0 || q - start > 2) return -1;
    terms++;
    if ((s[q] === '+' || s[q] === '＋') && (isDigitAt(s, q + 1) || /[A-Z]/.test(s[q + 1] ?? ''))) q++;
    else break;
  }
  return terms >= 2 && s[q] !== '.' && s[q] !== '%' && !isDigitAt(s, i - 1) && s[i - 1] !== '+' ? q : -1;
}

/** Is the text ending at `end` (exclusive) a Latin word with a lower-case letter (`iPhone`, `Windows`, `Wi-Fi`)? A
 *  number after it and a space is a model or version; all capitals (`GDP 12万亿元`, `PMI 50.2`) are indicators. */
function isModelName(s: string, end: number): boolean {
  let k = end;
  let lower = false;
  while (k > 0 && (isLatinAt(s, k - 1) || s[k - 1] === '-')) {
    const c = s.charCodeAt(k - 1);
    if (c >= 0x61 && c <= 0x7a) lower = true;
    k--;
  }
  return lower && end - k >= 2;
}

/** A split year at i (`2023/24`, `2023-24`, `2023/2024`): where it ends, or -1. */
function splitYearEnd(s: string, i: number): number {
  let p = i;
  while (isDigitAt(s, p)) p++;
  if (p - i !== 4 || (s[p] !== '/' && s[p] !== '-') || !isDigitAt(s, p + 1) || !isDigitAt(s, p + 2)) return -1;
  // the second year in two digits (2023/24) or four (2023/2024)
  return !isDigitAt(s, p + 3) ? p + 3 : isDigitAt(s, p + 4) && !isDigitAt(s, p + 5) ? p + 5 : -1;
}
/** What joins the two split years of a period (`2024/25至2028/29年度`). */
const SPLIT_YEAR_JOINERS = new Set(['至', '到', '—', '–', '~', '－']);

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD and HH:MM(:SS) at i: the end of the date or time, or -1. */
function dateOrTimeEnd(s: string, i: number): number {
  let p = i;
  while (isDigitAt(s, p)) p++;
  const len = p - i;
  // 2023/24年度, 2023-24学年: a split year
  // (and a period of two, `2024/25至2028/29年度`: the first split year, a joiner, the second)
  let after = splitYearEnd(s, i);
  if (after > 0 && SPLIT_YEAR_JOINERS.has(s[after])) {
    const second = splitYearEnd(s, after + 1);
    if (second > 0 && (s[second] === '年' || YEAR_TERM_MAP.matchAt(s, second))) after = second;
  }
  if (after > 0 && s[after] === '年') return after + 1;
  const term = after > 0 ? YEAR_TERM_MAP.matchAt(s, after) : undefined;
  if (term) return after + term.word.length;
  // 3·15, 6·18: a month and day joined by a middle dot (消费者权益日, 购物节)
  if (len >= 1 && len <= 2 && s.charCodeAt(p) === 0xb7 && isDigitAt(s, p + 1)) {
    let q = p + 1;
    while (isDigitAt(s, q)) q++;
    const month = Number(s.slice(i, p));
    const day = Number(s.slice(p + 1, q));
    if (q - p - 1 <= 2 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return q;
  }
  if (len === 4 && (s[p] === '-' || s[p] === '/' || s[p] === '.') && isDigitAt(s, p + 1)) {
    const sep = s[p];
    let q = p + 1;
    while (isDigitAt(s, q)) q++;
    if (q - p - 1 <= 2 && s[q] === sep && isDigitAt(s, q + 1)) {
      let r = q + 1;
      while (isDigitAt(s, r)) r++;
      if (r - q - 1 <= 2) return r;
    }
    if (q - p - 1 <= 2 && sep !== '.' && Number(s.slice(p + 1, q)) <= 12 && sep === '/') return q;
  }
  if (len >= 1 && len <= 2 && s[p] === ':' && isDigitAt(s, p + 1) && isDigitAt(s, p + 2)) {
    let q = p + 3;
    if (s[q] === ':' && isDigitAt(s, q + 1) && isDigitAt(s, q + 2)) q += 3;
    return q;
  }
  return -1;
}

/** Around a two-digit figure and 年 that make it a year of the Republic of China. */
// (the clean text is simplified: 較 is read as 较; 民国 is a rule of its own, for any numerals)
const ROC_YEAR_BEFORE = new Set(Array.from('较比与自从于'));
const ROC_YEAR_AFTER = new Set(Array.from('度底末初全同'));
/** What a two-digit ROC year may be followed by that no span of years is: an event dated by it (`84年開辦時`, `87年起`;
 *  not 成 or 实, which a span may be followed by: `80年成绩斐然`, `用了80年实现`). */
const ROC_YEAR_EVENT = new Set(Array.from('开起'));

/** Is the figure at [start, end) followed by a date word that makes it a date or period? Returns the end of the date. */
function dateEnd(ctx: ScanContext, fig: Figure, reading: Reading): number {
  const s = ctx.s;
  const p = reading.end;
  if (reading.kind !== 'number' || fig.numeral.more || fig.numeral.adjacent) return -1;
  const n = fig.numeral;
  // Only whole numbers name dates, and the test is exact: no decimal string is printed for it.
  // (written whole too: `平均住院日为8.0日` is a length of stay, no day of a month)
  if (!isInteger(fig.value) || (n.arabic !== null && n.arabic.decimals > 0)) return -1;
  const v = toDouble(fig.value);
  if (s[p] === '年') {
    const suffix = YEAR_SUFFIX_MAP.matchAt(s, p);
    if (n.digitSequence) return p + 1;
    // a year of the Republic of China named so, in any numerals: `民國一百一十三年`, `民国113年`
    if (s.startsWith('民国', fig.start - 2)) return p + 1;
    if (n.arabic && !n.hasChinese && !n.arabic.separator) {
      const digits = n.arabic.end - n.arabic.start;
      if (digits === 4 && v >= 1000 && v <= 2999) return suffix ? p + suffix.word.length : p + 1;
      // (100年 is a century unless a year's word follows: `100年度`, `100年底`)
      if (digits === 3 && v >= 80 && v <= 130 && (v !== 100 || (ROC_YEAR_AFTER.has(s[p + 1]) && s[p + 1] !== '全'))) return p + 1; // ROC years: 112年
      // two-digit ROC years (民國80–99年) where a year is compared or opens a place's figure: `較98年的`, `99年全市`
      // (not `有80年的历史`, `99年产权`: durations)
      // (or an aside of its own that dates the words before it: `較通車首年（96年）的`)
      if (digits === 2 && v >= 80 && (ROC_YEAR_BEFORE.has(s[fig.start - 1]) || ROC_YEAR_AFTER.has(s[p + 1]) || ROC_YEAR_EVENT.has(s[p + 1]) ||
        (s[fig.start - 1] === '(' && s[p + 1] === ')'))) return p + 1;
      if (suffix && digits <= 2) return p + suffix.word.length; // 90年代
    }
    // 五年前, 十年来, 九十年代: the same words after a small number in Chinese numerals
    if (suffix && !n.arabic && v >= 1 && v <= 99) return p + suffix.word.length;
    return -1;
  }
  if (n.arabic && !n.hasChinese && !n.arabic.separator) {
    const digits = n.arabic.end - n.arabic.start;
    const isYear = (digits === 4 && v >= 1900 && v <= 2100) || (digits === 3 && v >= 80 && v <= 130 && v !== 100);
    const term = isYear ? YEAR_TERM_MAP.matchAt(s, p) : null;
    if (term) return p + term.word.length;
  }
  if (n.arabic && !n.hasChinese && n.arabic.end - n.arabic.start === 4 && v >= 1900 && v <= 2100 && LABEL_MAP.matchAt(s, p)) return p + 1;
  // 7、8月 / 1和2月份: a month listed before another
  if (n.arabic && !n.hasChinese && v >= 1 && v <= 12 && (s[p] === '、' || s[p] === '和' || s[p] === '及' || s[p] === '与') && isDigitAt(s, p + 1)) {
    let q = p + 1;
    while (isDigitAt(s, q)) q++;
    if (q - p - 1 <= 2 && s[q] === '月') return p;
  }
  // 10时30分, 8点15分: minutes of a time
  const before = s[fig.start - 1];
  if ((s[p] === '分' || s[p] === '秒') && (before === '时' || before === '点' || before === '分') && v < 60) return p + 1;
  // a day of a lunar month, in Chinese numerals without 日: `元宵节（正月十五）`, `腊月二十三`, `农历八月十五` (not a count
  // after a month, `八月十五家企业`)
  if (!n.arabic && before === '月' && LUNAR_MONTH_LEAD_SET.has(s[fig.start - 2]) && v >= 1 && v <= 30 && !DATE_MAP.matchAt(s, p) && !unitAt(ctx, p)) return p;
  // 3个月 is a duration: 个 stops the date reading because it is not a date word
  const d = DATE_MAP.matchAt(s, p);
  // 黄金周七日, 连续七日, 为期七日: a number of days after a period's name or a word of length
  if (d && (d.word === '日' || d.word === '天') && !n.arabic && DAYS_AFTER.has(before)) return -1;
  // 首5日, 头3天: the first days of a period counted in digits are a number of days (`首三日` in words names the holiday's
  // first days, a period, as `農曆新年首三日`)
  if (d && (d.word === '日' || d.word === '天') && n.arabic && FIRST_DAYS.has(before)) return -1;
  // 增加5日: days added or taken away are a number of days, never a day of the month
  if (d && d.word === '日' && DAY_COUNT_VERBS.has(s.slice(fig.start - 2, fig.start))) return -1;
  if (d && v >= 0 && v <= d.value) {
    // 点 followed by a digit is a decimal point, and 三点五 was already read as one
    if (d.word === '点' && isDigitAt(s, p + 1)) {
      // 7点30分, 19点05分: a clock time; otherwise 点 before a digit is a decimal point
      let q = p + 1;
      while (isDigitAt(s, q)) q++;
      return q - p - 1 <= 2 && s[q] === '分' && v <= 24 ? q + 1 : -1;
    }
    if (d.word === '点' && CN_DIGITS.has(s[p + 1])) return -1;
    return p + d.word.length;
  }
  return -1;
}

function unitAt(ctx: ScanContext, p: number): string | null {
  const s = ctx.s;
  if (isLatinAt(s, p)) {
    const m = LATIN_UNIT_MAP.matchAt(s, p);
    if (m && !isLatinAt(s, p + m.word.length)) return m.word;
    return null;
  }
  const u = ctx.units.matchAt(s, p);
  if (u && UNIT_NOT_BEFORE[u.word]?.has(s[p + u.word.length])) return null;
  return u ? u.word : null;
}

/** One-character units that start common words: not a unit before these (`9.82万通来电`, but `1.2万通过审核`; `12升汽油`,
 *  but `由120.5升至393.7`, `升幅`). */
const UNIT_NOT_BEFORE: Record<string, ReadonlySet<string>> = {
  通: new Set(Array.from('过知车行信讯报道航关畅用告讯')),
  升: new Set(Array.from('至到为幅了高级温值')),
};

/** A built-in word table with the user's words added, built once per options array (a document is scanned chunk
 *  by chunk with the same options). */
const EXTENDED = new WeakMap<readonly string[], WordMap<boolean>>();
function extended(builtIn: readonly string[], extra: readonly string[]): WordMap<boolean> {
  let map = EXTENDED.get(extra);
  if (!map) {
    map = new WordMap(wordEntries(builtIn, true));
    for (const e of wordEntries(extra, true)) map.add(e);
    EXTENDED.set(extra, map);
  }
  return map;
}

/** Characters at which the scan loop below does anything but step over: the first characters of the words it
 *  skips or reads, numerals, Latin letters, signs and the bare magnitudes. Built once per not-quantity lexicon. */
const START_TABLES = new WeakMap<WordMap<boolean>, Uint8Array>();
const START_CHARS = ['翻', '负', '.', '万', '亿', '十', '拾', '百', '佰', '千', '仟', '廿', '卅', ...CN_DIGITS.keys(), ...SIGNS];

function startTable(notQuantities: WordMap<boolean>): Uint8Array {
  let table = START_TABLES.get(notQuantities);
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = table[c + 0x20] = 1;
  for (const ch of START_CHARS) table[ch.charCodeAt(0)] = 1;
  for (const map of [notQuantities, FIXED_MAP, CURRENCY_MAP]) for (const code of map.firstCodes()) table[code] = 1;
  START_TABLES.set(notQuantities, table);
  return table;
}

export function scanQuantities(norm: NormalizedText, options: AnalyzeOptions): ScanResult {
  const s = norm.text;
  const notQuantities = options.notQuantities?.length ? extended(NOT_QUANTITIES, options.notQuantities) : DEFAULT_NOT_QUANTITIES;
  const units = options.units?.length ? extended(UNITS, options.units) : DEFAULT_UNITS;
  const ctx: ScanContext = { s, notQuantities, units, digitRunEnd: 0, clean: [] };
  const canStart = startTable(notQuantities);
  const out: ScannedQuantity[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    // Most characters start nothing: one table lookup, and no one-character string is made for them.
    if (!canStart[s.charCodeAt(i)]) {
      i++;
      continue;
    }
    const c = s[i];
    // Words with numerals that are not quantities (十三五, 千万不要, 万州)
    const word = notQuantities.matchAt(s, i);
    if (word) {
      i += word.word.length;
      continue;
    }
    // Latin codes and their digits (PM2.5, G60, ZB2023-0457, 5A级 is handled after the figure); a currency written
    // with letters (HK$3,500, US$12亿) is a prefix, read below
    if (isLatin(c) && !currencyBeforeFigure(s, i)) {
      i = skipStandardNumber(s, i, skipCode(s, i));
      continue;
    }
    // a weekday (`本周六`, `星期三`, `礼拜天`), not `每周三次` (three times a week)
    if (isWeekday(s, i)) {
      i++;
      continue;
    }
    let start = i;
    let currencyUnit: string | null = null;
    let negative = false;
    const fixed = FIXED_MAP.matchAt(s, i);
    if (!isNumeralStart(c) && c !== '翻' && !fixed) {
      const cur = CURRENCY_MAP.matchAt(s, i);
      if (cur && isDigitAt(s, i + cur.word.length)) {
        currencyUnit = cur.value;
        i += cur.word.length;
      } else if (SIGNS.has(c) && (isDigitAt(s, i + 1) || (s[i + 1] === '.' && isDigitAt(s, i + 2))) && (i === 0 || !(isDigitAt(s, i - 1) || isLatinAt(s, i - 1) || RANGE_JOINERS.has(s[i - 1])))) {
        negative = true;
        i += 1;
      } else if (c === '负' && i + 1 < n && isNumeralStart(s[i + 1]) && !WORDS_ENDING_IN_FU.has(s[i - 1])) {
        negative = true;
        i += 1;
      } else if ((c === '.' && isDigitAt(s, i + 1) && !isDigitAt(s, i - 1) && !isLatinAt(s, i - 1)) || (c === '万' && s.startsWith('万分之', i)) ||
        ((c === '万' || c === '亿') && ((BARE_MAGNITUDE_MARKERS.has(s[i - 1]) && PRE_MARKER_MAP.matchEndingAt(s, i, 3)?.value !== 'none') || s[i + 1] === '余') && !CN_DIGITS.has(s[i + 1]))) {
        // .46, 万分之三, 近万 and 万余 start here
      } else {
        i++;
        continue;
      }
    }
    const q = readQuantity(ctx, norm, start, i, currencyUnit, negative);
    if (q.quantity) out.push(q.quantity);
    i = Math.max(q.next, start + 1);
    start = i;
  }
  propagateListUnits(norm, out, ctx.clean);
  return { quantities: out, clean: ctx.clean };
}

function isWeekday(s: string, i: number): boolean {
  // (asked at every character that can start a figure: the rare character before it is compared first, by code)
  const before = s.charCodeAt(i - 1);
  if (before !== ZHOU && before !== QI && before !== LIBAI) return false;
  if (!WEEKDAY_NUMERALS.has(s[i]) || CN_DIGITS.has(s[i + 1]) || s[i + 1] === '十') return false;
  if (s[i - 1] === '周') return s[i - 2] !== '每' && !CN_DIGITS.has(s[i - 2]);
  return (s[i - 1] === '期' && s[i - 2] === '星') || (s[i - 1] === '拜' && s[i - 2] === '礼');
}
const WEEKDAY_NUMERALS = new Set(['一', '二', '三', '四', '五', '六', '日', '天']);
const ZHOU = '周'.charCodeAt(0);
const QI = '期'.charCodeAt(0);
const LIBAI = '拜'.charCodeAt(0);

function currencyBeforeFigure(s: string, i: number): boolean {
  const cur = CURRENCY_MAP.matchAt(s, i);
  return cur !== undefined && isDigitAt(s, i + cur.word.length) && !isLatinAt(s, i - 1);
}

/** A run of digits (with separators and points) longer than this is a data dump or an attack, not a figure: it is
 *  stepped over whole. Exact arithmetic on it (BigInt parsing and printing) would grow faster than its length, and
 *  no statistic has a thousand digits; 400-digit figures are still read, value out of range, exact string kept. */
const MAX_FIGURE_CHARS = 1024;

function digitRunEnd(s: string, i: number): number {
  let p = i;
  for (let c = s.charCodeAt(p); (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e; c = s.charCodeAt(++p));
  return p;
}

/** Skip an alphanumeric code (PM2.5, ZB2023-0457, G60): letters, digits and inner . - _ / */
function skipCode(s: string, i: number): number {
  let p = i;
  while (p < s.length) {
    const c = s[p];
    if (isLatin(c) || isAsciiDigit(c)) p++;
    else if ((c === '.' || c === '-' || c === '_' || c === '/') && (isLatinAt(s, p + 1) || isDigitAt(s, p + 1))) p++;
    // (a road's chainage, `K2145+300`: the metres after the kilometre)
    else if (c === '+' && isDigitAt(s, p - 1) && isDigitAt(s, p + 1)) p++;
    else break;
  }
  return p;
}

const STANDARD_PREFIX_SET: ReadonlySet<string> = new Set(STANDARD_PREFIXES);

/** `GB/T 15835-2011`, `ISO 9001`: after a standard's letters (skipped up to `codeEnd`), a space and its number are part
 *  of the code. Returns where the code ends. */
function skipStandardNumber(s: string, start: number, codeEnd: number): number {
  if (s[codeEnd] !== ' ' || !isDigitAt(s, codeEnd + 1) || !STANDARD_PREFIX_SET.has(s.slice(start, codeEnd))) return codeEnd;
  let p = codeEnd + 1;
  // the year after a dash (`GB/T 4754—2017`, `GB/T 15835-2011`)
  while (isDigitAt(s, p) || ((s[p] === '-' || s[p] === '—' || s[p] === '–' || s[p] === '.' || s[p] === ':') && isDigitAt(s, p + 1))) p++;
  return p;
}

interface ReadResult {
  quantity: ScannedQuantity | null;
  next: number;
}

function readQuantity(ctx: ScanContext, norm: NormalizedText, spanStart: number, i: number, currencyUnit: string | null, negative: boolean): ReadResult {
  const s = ctx.s;
  const prev = s[spanStart - 1];
  // dates and times written with separators
  if (isDigitAt(s, i)) {
    if (i >= ctx.digitRunEnd) ctx.digitRunEnd = digitRunEnd(s, i);
    if (ctx.digitRunEnd - i > MAX_FIGURE_CHARS) return { quantity: null, next: ctx.digitRunEnd };
    const dt = dateOrTimeEnd(s, i);
    if (dt > 0) return { quantity: null, next: dt };
    // codes: 邮编650021, 电话:0871-63218800, (0871) 6321 8801
    const code = codeEnd(s, i);
    if (code > 0) return { quantity: null, next: code };
    // a service hotline of the 123xx range named as one within its clause (`12316热线`, `12345旅游服务热线`)
    // (and any of four or five digits named so, `1999市民當家熱線`, `1823電話中心`; never a date's year)
    const run = ctx.digitRunEnd - i;
    // (not a count of something a hotline is named after, `5000家企业开通热线`: a unit after the digits that names no place)
    if (i === spanStart && (run === 4 || run === 5) && isHan(s.charCodeAt(i + run)) && !DATE_AFTER_YEAR.has(s[i + run]) && hotlineNamedAfter(s, i + run) &&
      !countUnitAt(ctx, i + run)) {
      return { quantity: null, next: i + run };
    }
    // a listed company's stock code in brackets after its name: `科创板上市公司（688512）`, `該公司（6781）`, `（600519.SH）`
    const stock = i === spanStart ? stockCodeEnd(s, i, ctx.digitRunEnd) : -1;
    if (stock > 0) return { quantity: null, next: stock };
    // four digits or more opening on a zero, no unit after them, are a code, never an amount: Taiwan's fund codes
    // (`以0050、00878等規模居前`); amounts are not written with leading zeros
    if (i === spanStart && run >= 4 && s.charCodeAt(i) === ZERO && isDigitAt(s, i + 1) && s[ctx.digitRunEnd] !== '.' && unitAt(ctx, ctx.digitRunEnd) === null) {
      // (with the groups that continue it: `0800-777-888`)
      return { quantity: null, next: phoneEnd(s, ctx.digitRunEnd) };
    }
    // a number dialled, grouped or not (`致电2860 5012`, `拨打6321-8800`), before it is read as a range
    // (by char code first: this is asked at every figure of three digits or more, and most follow no verb of dialling)
    if (i === spanStart && ctx.digitRunEnd - i >= 3 && DIAL_LAST_CODES.has(s.charCodeAt(i - 1)) && (DIAL_VERBS.has(s.slice(i - 2, i)) || s[i - 1] === '拨') &&
      !COUNT_AFTER_CODE_LABEL.has(s[ctx.digitRunEnd])) {
      return { quantity: null, next: phoneEnd(s, ctx.digitRunEnd) };
    }
    // 3比1, 以2:1战胜: a score; iPhone 15, Windows 11, Python 3.12: a model or version
    const other = scoreEnd(s, i);
    if (other > 0) return { quantity: null, next: other };
    // `1+1+1`组合签约, `3+2`学制: small numbers joined by plus signs, no unit after, name a formula, not figures
    const formula = formulaEnd(s, i);
    if (formula > 0 && unitAt(ctx, formula) === null) return { quantity: null, next: formula };
    if (s[i - 1] === ' ' && isModelName(s, i - 1)) return { quantity: null, next: digitRunEnd(s, i) };
  }
  let fig: Figure;
  let reading: Reading;
  if (s[i] === '翻') {
    const r = readDoubling(s, i);
    if (!r) return { quantity: null, next: i + 1 };
    reading = r;
    const n: Numeral = { start: i, end: r.end, terms: [], arabic: null, hasChinese: true, financial: false, magExp: 0, magStart: -1, magEnd: -1, more: false, adjacent: false, digitSequence: null, bareUnitStart: false, chars: 2 };
    fig = { start: i, end: r.end, value: r.value, upper: null, ulp: 0, numeral: n };
  } else if (FIXED_MAP.matchAt(s, i)) {
    // 一半, 对折, 半成: whole words with a fixed value, exact (no rounding interval)
    const f = FIXED_MAP.matchAt(s, i)!;
    const end = i + f.word.length;
    const v = f.value.value;
    reading = { kind: f.value.kind, value: dec(0, 0), exactOverride: f.value.exact, numericOverride: v, lo: v, hi: v, min: null, max: null, approx: null, end, prefix: '', suffix: '', scale: 0 };
    const n: Numeral = { start: i, end, terms: [], arabic: null, hasChinese: true, financial: false, magExp: 0, magStart: -1, magEnd: -1, more: false, adjacent: false, digitSequence: null, bareUnitStart: false, chars: 2 };
    fig = { start: i, end, value: dec(1, 0), upper: null, ulp: 0, numeral: n };
  } else {
    const r = readFigure(ctx, i);
    if (!r) return { quantity: null, next: i + 1 };
    if ('skipTo' in r) return { quantity: null, next: r.skipTo };
    fig = r.fig;
    reading = r.reading;
  }

  // dates and periods: 2016年, 10月底, 11日, 二季度
  const de = dateEnd(ctx, fig, reading);
  if (de > 0) return { quantity: null, next: de };
  // a year opening a title or a document number: 《2024中国县域经济百强》, 国发〔2023〕5号
  if ((prev === '《' || prev === '〔' || prev === '[') && reading.kind === 'number' && isYearFigure(fig)) return { quantity: null, next: reading.end };
  // the serial number of a document after its year: 财预〔2024〕86号
  if ((prev === '〕' || prev === ']') && s[reading.end] === '号' && reading.kind === 'number') return { quantity: null, next: reading.end + 1 };

  // ranges: 3至5万, 15%～30%, 4500至8000, 8000至1万, 1至9月 (a date)
  let rangeEnd: Reading | null = null;
  let rangeFig: Figure | null = null;
  if (RANGE_JOINER_BY_CODE[s.charCodeAt(reading.end)] === 1 && reading.kind !== 'fraction' && !fig.numeral.more && !fig.numeral.adjacent) {
    const j = reading.end + 1;
    const joiner = s[reading.end];
    const asciiJoiner = joiner === '-' || joiner === '~';
    if ((isDigitAt(s, j) || (!asciiJoiner && isNumeralStart(s[j]))) && (!asciiJoiner || fig.numeral.arabic)) {
      let r2 = readFigure(ctx, j);
      // 百分之二到三: the right side of a 百分之 range written as a bare Chinese numeral is in percent too
      if (r2 && !('skipTo' in r2) && reading.kind === 'percent' && reading.prefix === '百分之' && r2.reading.kind === 'number' &&
        !r2.fig.numeral.arabic && r2.fig.upper === null && !unitAt(ctx, r2.reading.end)) {
        r2 = { fig: r2.fig, reading: { ...r2.reading, kind: 'percent', prefix: '百分之' } };
      }
      // 2024至25財政年度: a period whose second year is written in two digits
      if (r2 && !('skipTo' in r2) && isYearFigure(fig) && isTwoDigitYear(r2.fig) && YEAR_PERIOD_NEXT.has(s[r2.reading.end])) return { quantity: null, next: r2.reading.end + 1 };
      if (r2 && !('skipTo' in r2) && (r2.reading.kind === reading.kind || reading.kind === 'number') && !descending(reading, r2.reading)) {
        const de2 = dateEnd(ctx, r2.fig, r2.reading);
        if (de2 > 0) return { quantity: null, next: de2 };
        // 2023-2024学年, 2015至2020年度: two years joined are a period
        if (isYearFigure(fig) && isYearFigure(r2.fig) && YEAR_PERIOD_NEXT.has(s[r2.reading.end])) return { quantity: null, next: r2.reading.end + 1 };
        rangeEnd = r2.reading;
        rangeFig = r2.fig;
      }
    }
  }

  let end = rangeEnd ? rangeEnd.end : reading.end;
  const numberEnd = end;
  const n = fig.numeral;

  // addresses and rooms: 深南大道8008号, 405会议室
  // (and a fuel's grade: `92号汽油`, `0号柴油`)
  if (reading.kind === 'number' && ((s[end] === '号' && (ROAD_END_SET.has(prev) || FUEL_AFTER_GRADE.has(s.slice(end + 1, end + 3)))) || ROOM_WORD_MAP.matchAt(s, end))) {
    return { quantity: null, next: end + 1 };
  }
  // a chip process named by its node (`3奈米製程`, `5奈米占32%`)
  if (reading.kind === 'number' && n.arabic && !n.arabic.decimals && PROCESS_NODE_UNITS.some((u) => s.startsWith(u, end)) && nearChipWords(s, end)) {
    return { quantity: null, next: end + 2 };
  }
  // the base of a rate after a slash: 8.6/10万, 12.5/1000
  if (prev === '/' && reading.kind === 'number' && isPowerOfTen(fig)) return { quantity: null, next: end };
  // a day of the month in brackets after 今/昨/明 (`主計總處今(15)日公布`): a date
  if ((prev === '(' || prev === '（') && DAY_DEIXIS.has(s[spanStart - 2]) && (s[end] === ')' || s[end] === '）') && s[end + 1] === '日') {
    return { quantity: null, next: end + 2 };
  }
  // ordinals (第三, 第6批), rate bases (每10股, 每千人口), vague amounts (几十万, 数万)
  // (数 is vague only before a magnitude and not as the end of a noun: `总数一百二十二枚`, `人数三百人`, `总数十二枚` are counts)
  if (prev === '第' || prev === '每' || ((prev === '几' || (prev === '数' && VAGUE_AFTER_SHU.has(s[spanStart]) && !NOUN_BEFORE_SHU.has(s[spanStart - 2]))) && !n.arabic)) {
    return { quantity: null, next: end };
  }
  // periods counted back from now: 前10个月, 前三季度 (like 1至10月, a period rather than an amount), and the reporting
  // period of an interim report: 截至六月三十日止六個月
  // a ranking cut-off: 进入全省前10名, 前三位
  // (and the first few of a ranked list: `獲派首三個志願`; `首三个月` is a period, read below)
  if ((prev === '前' && (s[reading.end] === '名' || s[reading.end] === '位' || s[reading.end] === '强')) ||
    (prev === '首' && s[reading.end] === '个' && !s.startsWith('个月', reading.end))) return { quantity: null, next: reading.end + 1 };
  // (提前两个月 is an amount of time: ahead of schedule by two months)
  if ((prev === '前' || prev === '头' || prev === '首' || prev === '止') && s[spanStart - 2] !== '提' && (s.startsWith('个月', reading.end) || s.startsWith('季度', reading.end))) {
    return { quantity: null, next: reading.end + 2 };
  }
  // a threshold in a condition on an index named by letters: `AQI>100的站日数`
  if ((prev === '>' || prev === '<' || prev === '≥' || prev === '≤') && isLatinAt(s, spanStart - 2)) return { quantity: null, next: end };
  // the base of an index written as an equation: 居民消费价格指数（上年同月=100）
  if ((prev === '=' || prev === '＝') && reading.kind === 'number' && toExact(fig.value) === '100') return { quantity: null, next: end };
  // the base of an index: 性别比为103.2（以女性为100）
  if (prev === '为' && reading.kind === 'number' && toExact(fig.value) === '100' && occursBefore(s, '以', spanStart, 6)) {
    return { quantity: null, next: end };
  }

  // a Latin letter right after the figure: a unit (5kg) or a code (5G, 5A级)
  let unit: string | null = null;
  if (isLatinAt(s, end)) {
    const lu = reading.kind === 'number' ? unitAt(ctx, end) : null;
    if (!lu) return { quantity: null, next: skipCode(s, end) };
  }
  // (a Latin unit may stand one space after the figure, as computing power is written: `1.2 EFLOPS`)
  let unitGap = 0;
  if (reading.kind === 'number' || (rangeEnd && rangeEnd.kind === 'number')) {
    unit = unitAt(ctx, end);
    if (unit === null && s[end] === ' ' && isLatinAt(s, end + 1) && !isLatinAt(s, end - 1)) {
      unit = unitAt(ctx, end + 1);
      if (unit !== null) {
        unitGap = 1;
        end += 1;
      }
    }
    // `較去年同月的85.71年增11.2%`: 年 opening a change year on year (年增, 年减 and its figure) is no unit of the figure
    if (unit === '年' && (s[end + 1] === '增' || s[end + 1] === '减') && (isDigitAt(s, end + 2) || s[end + 2] === '幅')) unit = null;
    // `高二年级`, `三年级学生`: a grade, an ordinal
    if (unit === '年' && s[end + 1] === '级') return { quantity: null, next: end + 2 };
    // `济麦44`, `郑单958`: a crop variety, named by a place, the crop and a number, with no unit after
    // (or after the word for variety: `主推品种济麦22播种面积`)
    if (unit === null && n.arabic && VARIETY_HEADS.has(prev) && isHan(s.charCodeAt(spanStart - 2)) && (VARIETY_LIST_NEXT.has(s[end]) || s.slice(spanStart - 6, spanStart - 2).includes('品种'))) {
      return { quantity: null, next: end };
    }
    // `15分钟社区生活圈`: a circle named by the minutes it takes to cross, a planning term, not a time stated
    if (unit === '分钟' && circleNamedAfter(s, end + 2)) return { quantity: null, next: end + 2 };
    // `10万吨级泊位`, `百万千瓦级机组`, `千万级城市`: a size class, named by the amount it is built for, not an amount stated
    if (s[end + (unit?.length ?? 0)] === '级' && unit !== '级' && (unit !== null || SIZE_CLASS_MAGNITUDES.has(s[end - 1]))) return { quantity: null, next: end + (unit?.length ?? 0) + 1 };
    if (unit) {
      end += unit.length;
      // a compound unit is one unit: 31微克/立方米, 12,270元/平方米, 60公里/小时
      if (s.charCodeAt(end) === 0x2f && !isLatinAt(s, end + 1)) {
        const per = unitAt(ctx, end + 1);
        if (per) {
          unit += '/' + per;
          end += per.length + 1;
        }
      }
    }
  }

  // a lone 一 is an article (一条途径), and a lone 零/〇 is a word (零风险); bare 百/千 need a magnitude (百姓)
  // 近三年, 近5年来, 近7天: 近 means recent here; the figure names a period looking back, not an amount
  if (unit && RECENT_PERIOD_UNITS.has(unit) && (prev === '近' || PERIOD_LEADS.has(s.slice(spanStart - 2, spanStart)))) return { quantity: null, next: end };
  // 上一个五年 / 下个五年: a plan's span named by its place among others, a period
  if (unit === '年' && (NEIGHBOUR_SPAN_LEADS.has(s.slice(spanStart - 3, spanStart)) || NEIGHBOUR_SPAN_LEADS.has(s.slice(spanStart - 2, spanStart)))) return { quantity: null, next: end };
  // 后两年 / 前三年: the latter or first years of a period (but 提前两年: ahead of time by an amount)
  if ((prev === '后' || prev === '前') && s[spanStart - 2] !== '提' && (unit === '年' || unit === '个月') && !n.arabic) return { quantity: null, next: end };
  // 建党100周年: an anniversary is a date; 十四届全国人大二次会议: the second session, an ordinal
  if (unit === '周年' || (unit === '次' && s.startsWith('会议', end) && occursBefore(s, '届', spanStart, 12))) {
    return { quantity: null, next: end };
  }
  if (!n.arabic && reading.kind === 'number' && n.chars === 1 && !rangeEnd) {
    const ch = s[fig.start];
    // (and 一 with a unit after a bound word, `不到一个月`)
    const bareWithMarker = ((ch === '百' || ch === '千') && (n.more || BARE_MAGNITUDE_MARKERS.has(prev))) ||
      (ch === '一' && unit !== null && ONE_BOUND_MARKERS.has(s.slice(spanStart - 2, spanStart)));
    // (but a count that ends its clause as the last item of a list of counts is one: `初级中学三所、完全中学一所。`; a
    // slogan, `返乡一个、帮扶一个`, has no count before it)
    // (nor is one said again in the next item or the one before, `发现一户、帮扶一户、清零一户`: a slogan whatever precedes it)
    // (or the first item of such a list, a count of its unit in the next: `服务中心一个、乡镇服务站十八个`)
    const countEndsClause = ch === '一' && unit !== null && LIST_OR_CLAUSE_END.has(s[end]) && isHan(s.charCodeAt(spanStart - 1)) &&
      (followsCount(ctx, spanStart) || (s[end] === '、' && countOfUnitNext(s, end + 1, unit))) && !repeatedInList(s, spanStart, end);
    if (!bareWithMarker && !countEndsClause && (ch === '一' || ch === '零' || ch === '〇' || ch === '百' || ch === '千' || ch === '佰' || ch === '仟' || !unit)) return { quantity: null, next: numberEnd };
  }

  // `三四级手术`, `二三产业`: adjacent numerals naming grades or classes
  if (!n.arabic && n.adjacent && !n.more && !unit && reading.kind === 'number' && GRADE_NAME_MAP.matchAt(s, numberEnd)) return { quantity: null, next: numberEnd };

  // codes: “120”, hotlines, long digit strings (phone numbers, IDs)
  if (n.arabic && !n.hasChinese && reading.kind === 'number' && !rangeEnd && !unit && !n.arabic.decimals && !n.arabic.separator) {
    const digits = s.slice(n.arabic.start, n.arabic.end);
    if (OPEN_QUOTES.has(prev) && CLOSE_QUOTES.has(s[numberEnd])) return { quantity: null, next: numberEnd };
    // a number closing a short quoted name: a crop variety or a product (`“华油杂62”`, `“郑麦379”`)
    if (isHan(s.charCodeAt(spanStart - 1)) && CLOSE_QUOTES.has(s[numberEnd]) && quoteMark(s, spanStart - 1, -1, QUOTE_OPEN, QUOTE_CLOSE) >= 0) return { quantity: null, next: numberEnd };
    // a number opening a short quoted name (`“832平台”`, `“12345热线”`)
    if (OPEN_QUOTES.has(prev) && isHan(s.charCodeAt(numberEnd)) && quoteMark(s, numberEnd, 1, QUOTE_CLOSE, QUOTE_OPEN) >= 0) return { quantity: null, next: numberEnd };
    const after = s.slice(numberEnd, numberEnd + 2);
    if (HOTLINES.has(digits) && (prev === '打' || prev === '拨' || HOTLINE_CONTEXT.has(after))) {
      return { quantity: null, next: numberEnd };
    }
    if (digits.length >= 7) return { quantity: null, next: numberEnd };
  }

  // A version in a programme's name (长照2.0服务, 工业4.0时代, 升级至3.0版本): N.0 between two Han characters, after a
  // noun or before 版
  if (n.arabic && !n.hasChinese && reading.kind === 'number' && !rangeEnd && !unit && n.arabic.decimals === 1 && n.arabic.end - n.arabic.start === 3 &&
    s[n.arabic.end - 1] === '0' && numberEnd === n.arabic.end && isHan(s.charCodeAt(spanStart - 1)) && isHan(s.charCodeAt(numberEnd)) &&
    (!VERSION_NOT_AFTER.has(prev) || s[numberEnd] === '版')) {
    return { quantity: null, next: numberEnd };
  }

  // A numeral inside a short quoted name (“百日千万”行动, “六个一”活动, “两个一百年”): a programme or slogan, not an amount
  // (digits too when they open it: “15分钟养老服务圈”)
  // (not a doubling, which states its multiple wherever it stands: `“翻两番”目标提前实现`)
  // (and digits anywhere in a quoted slogan of two figures or more: `「8年20萬戶」社會住宅政策`)
  if (s[spanStart] !== '翻' && ((!n.arabic || OPEN_QUOTES.has(prev)) ? inShortQuote(s, spanStart, end) : inShortQuote(s, spanStart, end, true))) return { quantity: null, next: end };
  // a streak named by its length (`“二十连涨”`, `十连增`): the name of a run of rises, not an amount
  if (!unit && s[end] === '连' && STREAK_ENDS.has(s[end + 1])) return { quantity: null, next: end + 2 };
  // the second of two ordinals sharing 第 (`第84、85章`)
  if (prev === '、' && n.arabic && ordinalBefore(s, spanStart - 1)) return { quantity: null, next: end };
  // a short quoted name that is a numeral in words with at most one character more (`“十一”`, `“三区”`): a holiday or a
  // programme's name, not an amount
  if (!n.arabic && s[spanStart] !== '翻' && numberEnd - spanStart <= 2 && OPEN_QUOTES.has(prev) && (CLOSE_QUOTES.has(s[end]) || (isHan(s.charCodeAt(end)) && CLOSE_QUOTES.has(s[end + 1])))) return { quantity: null, next: end };
  // a quoted name opening on an amount and going on with a noun (“24小时城市书房”, “15分钟生活圈”): a name, not an amount
  if (OPEN_QUOTES.has(prev) && quotedNounAfter(s, end)) return { quantity: null, next: end };
  // an event named by its year, opening a clause (`2024上海马拉松报名人数`): no year of a date, no amount either
  if (n.arabic && !unit && end - spanStart === 4 && TARGET_YEAR.test(s.slice(spanStart, end)) && isHan(s.charCodeAt(end)) &&
    (spanStart === 0 || CLAUSE_OPENERS.has(prev))) return { quantity: null, next: end };
  // a voltage class naming a grid's facilities (`500千伏、220千伏变电站`, `110千伏线路`): a class, not an amount
  if (unit === '千伏' && voltageClassAt(s, end)) return { quantity: null, next: end };
  // an event named by its date (`0403地震`, `921地震`), a Taiwan highway by its number (`台9線`): names, not amounts
  if (n.arabic && numberEnd - spanStart >= 3 && numberEnd - spanStart <= 4 && DATED_EVENTS.some((w) => s.startsWith(w, numberEnd))) return { quantity: null, next: end };
  if (n.arabic && s[spanStart - 1] === '台' && s[numberEnd] === '线' && !isAsciiDigit(s[spanStart - 2])) return { quantity: null, next: numberEnd + 1 };
  // a policy named by its number of articles (“科技十条”, “金融二十条”): a quoted name closing on the count of 条
  if (s[end - 1] === '条' && CLOSE_QUOTES.has(s[end]) && quotedNameOpensBefore(s, spanStart)) {
    return { quantity: null, next: end };
  }
  // a programme named by its target year (“健康中国2030”, “中国制造2025”): a quoted name closing on the year
  if (n.arabic && end - spanStart === 4 && CLOSE_QUOTES.has(s[end]) && isHan(s.charCodeAt(spanStart - 1)) && TARGET_YEAR.test(s.slice(spanStart, end)) &&
    quoteMark(s, spanStart - 1, -1, QUOTE_OPEN, QUOTE_CLOSE) >= 0 && unitAt(ctx, end + 1) === null) return { quantity: null, next: end };
  // (or a document's title closing on its year: `《香港資源循環藍圖2035》`, `《香港能源最終用途數據2024》`)
  if (n.arabic && end - spanStart === 4 && s[end] === '》' && isHan(s.charCodeAt(spanStart - 1)) && TARGET_YEAR.test(s.slice(spanStart, end)) &&
    titleOpensBefore(s, spanStart)) return { quantity: null, next: end };

  // Range assembly: carry a magnitude or % written only on the right to the left (3至5万; but 8000至1万)
  let lowFig = fig;
  let lowReading = reading;
  if (rangeEnd && rangeFig) {
    if (reading.kind === 'number' && rangeEnd.kind !== 'number') {
      lowReading = { ...reading, kind: rangeEnd.kind, value: shift(reading.value, rangeEnd.scale), suffix: rangeEnd.suffix, scale: rangeEnd.scale };
    }
    const leftMag = fig.numeral.magExp;
    const rightMag = rangeFig.numeral.magExp;
    if (leftMag === 0 && rightMag > 0 && fig.numeral.arabic && rangeFig.numeral.arabic) {
      const leftRaw = toDouble(fig.value);
      const rightRaw = toDouble(shift(rangeFig.value, -rightMag));
      if (leftRaw < rightRaw) {
        lowFig = shiftFigure(fig, rightMag);
        lowReading = { ...lowReading, value: shift(lowReading.value, rightMag) };
      }
    } else if (leftMag === 0 && rightMag > 0 && !fig.numeral.arabic && !rangeFig.numeral.arabic && toDouble(fig.value) < toDouble(shift(rangeFig.value, -rightMag))) {
      lowFig = shiftFigure(fig, rightMag);
      lowReading = { ...lowReading, value: shift(lowReading.value, rightMag) };
    }
  }

  // value, exact, bounds
  let value: number | null;
  let exact: string;
  let minV = lowReading.min;
  let maxV = lowReading.max;
  let lo: number | null = lowReading.lo;
  let hi: number | null = lowReading.hi;
  let approx = lowReading.approx;
  if (lowReading.exactOverride !== undefined) {
    exact = lowReading.exactOverride;
    value = lowReading.numericOverride ?? null;
  } else {
    exact = toExact(lowReading.value);
    value = toNumber(lowReading.value);
  }
  if (rangeEnd) {
    const low = value;
    const high = rangeEnd.exactOverride !== undefined ? rangeEnd.numericOverride ?? null : toNumber(rangeEnd.value);
    minV = low;
    maxV = high;
    if (lowFig !== fig || lowReading !== reading) {
      const ulpShift = lowFig.ulp + lowReading.scale;
      lo = toDouble(lowReading.value) - halfUlp(ulpShift);
    }
    hi = rangeEnd.hi;
    approx = 'range';
  }
  if (negative && value !== null && lo !== null && hi !== null) {
    value = -value;
    exact = '-' + exact.replace('+', '-');
    [lo, hi] = [-hi, -lo];
  }
  // A figure beyond the range of a double keeps its exact digits; nothing non-finite leaves the engine.
  if (value === null || finite(lo) === null || finite(hi) === null) {
    lo = null;
    hi = null;
  }
  minV = finite(minV);
  maxV = finite(maxV);

  // Bound markers outside the figure: 超过/近/约 before, 以上/以下/左右 after the unit
  // (past a currency named before the figure: `不超过人民币2亿元`)
  const currencyBefore = CURRENCY_WORD_BEFORE_MAP.matchEndingAt(s, spanStart, 3);
  const pre = PRE_MARKER_MAP.matchEndingAt(s, spanStart, PRE_MARKER_MAX) ?? (currencyBefore ? PRE_MARKER_MAP.matchEndingAt(s, spanStart - currencyBefore.word.length, PRE_MARKER_MAX) : null);
  // (after a classifier and the span it counts: `15个工作日以内`, `3个月以上`)
  const counted = unit === '个' ? COUNTED_SPAN_MAP.matchAt(s, end) : null;
  const post = POST_MARKER_MAP.matchAt(s, counted ? end + counted.word.length : end);
  // 上万, 过亿, 破千: "reaching" a round magnitude means at least it
  const roundReach = n.bareUnitStart && (prev === '上' || prev === '过' || prev === '破') ? ('over' as const) : undefined;
  const marker = post?.value ?? (pre && pre.value !== 'none' ? pre.value : roundReach ?? boundOverWhole(s, spanStart, lowReading.kind));
  if (marker && approx === null) {
    approx = marker;
    if (marker === 'over') {
      minV = value;
      maxV = null;
    } else if (marker === 'under') {
      maxV = value;
      minV = null;
    }
  }

  if (currencyUnit && !unit && reading.kind === 'number') unit = currencyUnit;
  const kind: QuantityKind = lowReading.kind;
  if (kind !== 'number') unit = null;

  const format = formatOf(norm, lowFig, lowReading, i);
  const map = norm.map;
  const qStart = map[spanStart];
  const qEnd = map[end];
  // the unit as written, up to its last character: an annotation after it (`縣(xiàn)`) is dropped from the clean text
  // and is no part of the unit
  // (and so is one inside it, `噸標(biāo)準煤`: the unit is its own characters only)
  const unitText = unit && end > numberEnd + unitGap ? writtenUnit(norm.original, map, numberEnd + unitGap, end) : unit;
  const quantity: ScannedQuantity = {
    start: qStart,
    end: qEnd,
    numberStart: map[i] !== undefined && currencyUnit ? map[i] : qStart,
    numberEnd: map[numberEnd - 1] + 1,
    text: norm.original.slice(qStart, qEnd),
    value,
    exact,
    unit: unitText,
    kind,
    min: minV,
    max: maxV,
    lo,
    hi,
    approx,
    format,
  };
  // Every quantity made here is kept by the caller: its clean span goes beside it, in the same order.
  ctx.clean.push(spanStart, end, currencyUnit ? i : spanStart, numberEnd);
  return { quantity, next: end };
}

/** Longest quoted name read as a slogan, in characters on each side of the figure. */
const MAX_QUOTED_NAME = 8;
const QUOTE_STOPS = [',', '，', '。', ';', '；', ':', '：', '!', '！', '?', '？', '\n', '、'];
/** Char code → what it is to a quote search (bit flags: a straight quote both opens and closes), read for every
 *  character within reach of nearly every figure, so a table rather than Sets of one-character strings. */
const QUOTE_OPEN = 1;
const QUOTE_CLOSE = 2;
const QUOTE_STOP = 4;
const QUOTE_KIND = new Uint8Array(0x10000);
for (const c of OPEN_QUOTES) QUOTE_KIND[c.charCodeAt(0)] |= QUOTE_OPEN;
for (const c of CLOSE_QUOTES) QUOTE_KIND[c.charCodeAt(0)] |= QUOTE_CLOSE;
for (const c of QUOTE_STOPS) QUOTE_KIND[c.charCodeAt(0)] |= QUOTE_STOP;
const NUMERAL_CHARS = new Set([...CN_DIGITS.keys(), '十', '百', '千', '万', '亿']);

/** Is [start, end) inside a short quoted name (“六个一”, “百日千万”行动, “千万工程”)? A quote of at most
 *  MAX_QUOTED_NAME characters each side, without punctuation, that holds two numerals or is the name of a programme
 *  (SLOGAN_HEADS inside or right after it); a quoted remark (“今年增长三成”) is neither. */
function inShortQuote(s: string, start: number, end: number, slogansOnly = false): boolean {
  // (a quote mark within reach before the figure is asked first: most figures have none)
  const open = quoteMark(s, start - 1, -1, QUOTE_OPEN, QUOTE_CLOSE);
  const close = open < 0 ? -1 : quoteMark(s, end, 1, QUOTE_CLOSE, QUOTE_OPEN);
  if (close < 0) return false;
  let groups = 0;
  for (let k = open + 1; k < close; k++) if ((NUMERAL_CHARS.has(s[k]) || isDigitAt(s, k)) && !(NUMERAL_CHARS.has(s[k - 1]) || isDigitAt(s, k - 1))) groups++;
  if (groups >= 2) return true;
  if (slogansOnly) return false;
  const quoted = s.slice(open + 1, close);
  return SLOGAN_HEADS.some((h) => quoted.endsWith(h) || s.startsWith(h, close + 1));
}
/** How far back a document's title may open (`《香港能源最終用途數據2024》`). */
const MAX_TITLE = 24;
/** Does a book-title mark 《 open within a title's reach before `at`, with no 》 after it? */
function titleOpensBefore(s: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= MAX_TITLE; k--) {
    if (s[k] === '《') return true;
    if (s[k] === '》' || s[k] === '。') return false;
  }
  return false;
}
/** A year a programme is named by (`健康中国2030`). */
const TARGET_YEAR = /^(?:19[89][0-9]|20[0-9]{2})$/;

/** Offset of the nearest `wanted` quote mark from `from` in direction `step`, within MAX_QUOTED_NAME characters and
 *  before any punctuation or a quote mark of the other kind; -1 when there is none. */
function quoteMark(s: string, from: number, step: 1 | -1, wanted: number, other: number): number {
  for (let k = from, n = 0; k >= 0 && k < s.length && n < MAX_QUOTED_NAME; k += step, n++) {
    const kind = QUOTE_KIND[s.charCodeAt(k)];
    if (kind === 0) continue;
    if ((kind & wanted) !== 0) return k;
    if ((kind & (other | QUOTE_STOP)) !== 0) return -1;
  }
  return -1;
}

/** Does `ch` occur within `distance` characters before `at`? Bounded: `lastIndexOf` would search back to the text's
 *  start for every figure that asks. */
function occursBefore(s: string, ch: string, at: number, distance: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - distance; k--) if (s[k] === ch) return true;
  return false;
}
// and the runs a quoted name celebrates (“二十连丰”, “十连增”)
const SLOGAN_HEADS = ['工程', '行动', '活动', '计划', '战略', '目标', '模式', '机制', '工作法', '品牌', '服务', '连丰', '连增', '连冠', '连胜', '指标', '红线', '政策',
  '要求', '举措', '措施', '体系', '格局', '理念', '原则', '清单', '圈', '组合', '签约', '实事', '好事', '文章'];

function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

/** After two joined years, these make the pair a period (2023-2024学年, 2015—2020年度). */
const YEAR_PERIOD_NEXT = new Set(['年', '学', '财', '赛', '届', '季', '期']);

const ROAD_END_SET: ReadonlySet<string> = new Set(ROAD_ENDS);
/** Fuels sold by grade after 号 (`92号汽油`, `0号柴油`). */
const FUEL_AFTER_GRADE: ReadonlySet<string> = new Set(['汽油', '柴油', '车用', '乙醇']);

/** Is a chip word (制程, 晶圆 …) within reach of `at`? Asked only after a figure and 纳米, so the slice is rare. */
function nearChipWords(s: string, at: number): boolean {
  const around = s.slice(Math.max(0, at - CHIP_CONTEXT), at + CHIP_CONTEXT);
  return CHIP_WORDS.some((w) => around.includes(w));
}
const ROOM_WORD_MAP = new WordMap(wordEntries(ROOM_WORDS, true));
const SCORE_NEXT_MAP = new WordMap(wordEntries(SCORE_NEXT, true));

/** 10, 100, 1000, 1万, 10万 …: the size of a rate's base. */
function isPowerOfTen(f: Figure): boolean {
  const v = toDouble(f.value);
  return v >= 10 && Number.isInteger(Math.log10(v));
}

function isYearFigure(f: Figure): boolean {
  const a = f.numeral.arabic;
  if (!a || f.numeral.hasChinese || a.decimals || a.separator || a.end - a.start !== 4) return false;
  const v = toDouble(f.value);
  return v >= 1900 && v <= 2100;
}

/** `25` in `2024至25財政年度`: two plain digits. */
function isTwoDigitYear(f: Figure): boolean {
  const a = f.numeral.arabic;
  return !!a && !f.numeral.hasChinese && !a.decimals && !a.separator && a.end - a.start === 2;
}

/** 10至2 is no range: a range states its lower bound first (a magnitude carried from the right only raises the left). */
function descending(a: Reading, b: Reading): boolean {
  return toDouble(a.value) > toDouble(b.value);
}

function formatOf(norm: NormalizedText, fig: Figure, reading: Reading, numStart: number): QuantityFormat {
  const n = fig.numeral;
  const o = norm.original;
  const map = norm.map;
  const style = n.financial ? 'financial' : n.arabic && !n.hasChinese ? 'arabic' : n.arabic && n.magStart >= 0 && n.terms.length === 1 ? 'arabic' : n.arabic ? 'mixed' : 'chinese';
  const magnitude = n.magStart >= 0 ? o.slice(map[n.magStart], map[n.magEnd]) : '';
  let fullWidth = false;
  if (n.arabic) {
    const code = o.charCodeAt(map[n.arabic.start]);
    fullWidth = code >= 0xff10 && code <= 0xff19;
  }
  let separator = '';
  if (n.arabic?.separator) {
    // the original separator may be full-width (，, U+3000)
    for (let k = n.arabic.start; k < n.arabic.end; k++) {
      if (norm.text[k] === n.arabic.separator) {
        separator = o[map[k]];
        break;
      }
    }
  }
  const suffixStart = reading.end - reading.suffix.length;
  const suffix = reading.suffix ? o.slice(map[suffixStart], map[reading.end]) : '';
  const prefix = reading.prefix ? o.slice(map[numStart], map[numStart + reading.prefix.length]) : '';
  const decimals = n.arabic?.decimals ?? Math.max(0, -fig.ulp);
  const magnitudeFactor = n.magStart >= 0 ? tenTo(n.magExp) : 1;
  for (const f of FORMATS) {
    if (f.decimals === decimals && f.suffix === suffix && f.magnitude === magnitude && f.style === style && f.separator === separator &&
      f.prefix === prefix && f.fullWidth === fullWidth && f.magnitudeFactor === magnitudeFactor) return f;
  }
  const format: QuantityFormat = { style, decimals, magnitude, magnitudeFactor, separator, suffix, prefix, fullWidth };
  if (FORMATS.length < MAX_SHARED_FORMATS) FORMATS.push(Object.freeze(format));
  return format;
}

/** Formats are few (a report writes its figures in a few dozen ways) and a quantity's format is read-only: one
 *  frozen record per distinct format serves every quantity written that way, instead of one object per figure.
 *  Found by comparing fields, which allocates nothing (a string key per figure cost more than the record). */
const FORMATS: QuantityFormat[] = [];
const MAX_SHARED_FORMATS = 128;

/** Words joining the items of a list (`A、B及C`). */
const LIST_JOINERS = new Set(['、', '及', '和', '与', '以及']);
/** Between a figure and the next one whose unit it shares: a list joiner, `或`, a comma, `和近`, or `至` of a range. */
const UNIT_SHARING_GAPS = new Set([...LIST_JOINERS, '或', ',', '和近', '至']);
/** `、不过夜`, `及國際旅客` between two items of a list: a joiner and the next item's short name. */
const NAMED_ITEM_GAP = /^(?:、|及|和|与|以及)[\u3400-\u9fff]{1,6}$/;
/** Magnitude words an amount may end on (`1,018万`), which no unit follows. */
const MAGNITUDE_ENDS = new Set(['万', '亿', '萬', '億']);
/** The crop's character a variety's name puts before its number (`济麦44`, `郑单958`, `南粳46`, `鲁棉研28`). */
const VARIETY_HEADS = new Set(['麦', '单', '粳', '籼', '棉']);
/** What follows a variety's name in a list of them (`济麦44等`, `郑单958、登海605`). */
const VARIETY_LIST_NEXT = new Set(['等', '、', '和', '及', '与']);
/** The last character of a bare size class before 级 (`千万级城市`, `百亿级产业`). */
const SIZE_CLASS_MAGNITUDES = new Set(['百', '千', '万', '亿']);
/** `，合计达` between a list's last item and its total. */
const TOTAL_AFTER_LIST = /^,(?:合计|共计|总计|合共)(?:达到|达|为)?$/;

/** A unit written once after a list applies to every item: 2,680萬、512萬及238萬人次. */
function propagateListUnits(norm: NormalizedText, qs: ScannedQuantity[], clean: readonly number[]): void {
  const s = norm.text;
  for (let k = qs.length - 2; k >= 0; k--) {
    const a = qs[k];
    const b = qs[k + 1];
    // `分别提高0.4和1.3个百分点`: points written once after a pair apply to both
    if (a.kind === 'number' && a.unit === null && b.kind === 'percentage-point' && a.approx === null) {
      const gap = s.slice(clean[CLEAN_STRIDE * k + 1], clean[CLEAN_STRIDE * (k + 1) + 2]);
      if (gap === '和' || gap === '、' || gap === '及' || gap === '与') a.kind = 'percentage-point';
      continue;
    }
    if (a.unit !== null || a.kind !== 'number' || b.kind !== 'number' || b.unit === null) continue;
    const gap = s.slice(clean[CLEAN_STRIDE * k + 1], clean[CLEAN_STRIDE * (k + 1) + 2]);
    if (UNIT_SHARING_GAPS.has(gap)) {
      a.unit = b.unit;
    } else if (NAMED_ITEM_GAP.test(gap) && MAGNITUDE_ENDS.has(s[clean[CLEAN_STRIDE * k + 1] - 1])) {
      // (items named after 、 when the amount ends on its magnitude: `其中過夜1,018萬、不過夜1,093萬人次`)
      a.unit = b.unit;
    } else if (k > 0 && TOTAL_AFTER_LIST.test(gap) && LIST_JOINERS.has(s.slice(clean[CLEAN_STRIDE * (k - 1) + 1], clean[CLEAN_STRIDE * k + 2]))) {
      // (and so does one written after the list's total: `分別為42.6萬、18.3萬及35.8萬，合計達106.7萬人次`)
      a.unit = b.unit;
    }
  }
}

/** The characters of clean text [from, to) as the original writes them, without what normalization dropped between
 *  them (an annotation inside a unit, `噸標(biāo)準煤`). */
function writtenUnit(original: string, map: Int32Array, from: number, to: number): string {
  const whole = original.slice(map[from], map[to - 1] + 1);
  if (whole.length <= to - from + 1) return whole;
  let out = '';
  for (let k = from; k < to; k++) {
    const at = map[k];
    if (k > from && at === map[k - 1]) continue;
    out += original[at];
    // (a character outside the BMP is two code units of the original)
    const code = original.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) out += original[at + 1];
  }
  return out;
}

/** Does the name after a number at `from` call it a hotline (`热线`, `专线`, `电话中心` within eight Han characters, before
 *  any break)? */
function hotlineNamedAfter(s: string, from: number): boolean {
  const name = s.slice(from, hanRunEnd(s, from, 10));
  return name.includes('热线') || name.includes('专线') || name.includes('电话中心');
}

/** End of the run of Han characters from `from`, at most `max` long. */
function hanRunEnd(s: string, from: number, max: number): number {
  let k = from;
  while (k < s.length && k - from < max && isHan(s.charCodeAt(k))) k++;
  return k;
}
/** What follows a year of a date (`1999年`, `12月`). */
const DATE_AFTER_YEAR = new Set(['年', '月', '日', '号']);

/** Does a quoted name open right before `at`, with one to six Han characters between (`“科技十条”`)? */
function quotedNameOpensBefore(s: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 6 && isHan(s.charCodeAt(k))) k--;
  return k < at - 1 && k >= 0 && OPEN_QUOTES.has(s[k]);
}

/** Is a circle (圈) named within six Han characters from `from` (`社区生活圈`, `就医圈`)? */
function circleNamedAfter(s: string, from: number): boolean {
  return s.slice(from, hanRunEnd(s, from, 7)).includes('圈');
}

/** Does a quoted name go on from `from` with two to eight Han characters and close (`城市书房”`)? */
function quotedNounAfter(s: string, from: number): boolean {
  const k = hanRunEnd(s, from, 9);
  return k - from >= 2 && CLOSE_QUOTES.has(s[k]);
}
/** What may stand right before a clause's first word. */
const CLAUSE_OPENERS = new Set([',', '，', '。', ';', '；', ':', '：', '\n', '(', '（', '、']);

/** Does a voltage end at `end` that, past the other voltages listed with it, names a grid's facility (`、220千伏变电站`)? */
function voltageClassAt(s: string, end: number): boolean {
  let k = end;
  while ((s[k] === '、' || s[k] === '和' || s[k] === '及') && isAsciiDigit(s[k + 1])) {
    k++;
    while (isAsciiDigit(s[k])) k++;
    if (!s.startsWith('千伏', k)) return false;
    k += 2;
  }
  return VOLTAGE_FACILITIES.some((w) => s.startsWith(w, k));
}
const VOLTAGE_FACILITIES = ['变电站', '线路', '输电', '输变电', '电网', '主变', '等级', '及以上', '以上', '交流', '直流', '特高压', '工程'];

/** Disasters and events named by their date (`0403地震`, `921大地震`). */
const DATED_EVENTS = ['地震', '大地震', '震灾', '风灾', '水灾', '事件'];

/** What a streak's run is of (`连涨`, `连增`, `连降`). */
const STREAK_ENDS = new Set(Array.from('涨增升降跌胜冠'));

/** Is the list item ending before `at` an ordinal opened by 第 (`第84`)? */
function ordinalBefore(s: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isDigitAt(s, k)) k--;
  return k < at - 1 && s[k] === '第';
}

/** Does a unit that counts something (not a place word, `市民`) start at `at`? */
function countUnitAt(ctx: ScanContext, at: number): boolean {
  const u = unitAt(ctx, at);
  return u !== null && !PLACE_WORD_UNITS.has(u);
}
const PLACE_WORD_UNITS = new Set(PLACE_UNITS);
