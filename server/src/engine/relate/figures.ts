// What every relation finder asks of a figure: its kind and unit, the figures near it, the name its label gives,
// and whether it is an average, a threshold or a restated total. Plain functions over the passage (relate/passage.ts).
import { PERIOD_WORDS, PLACE_WORDS, TARGET_OF_CUE, WHOLE_OF_CUES, WHOLE_SYNONYMS } from './cues';
import { type Figure, type Passage, between, countClauseEnds, hasSentenceEnd, isClauseEndAt } from './passage';

/** Index of the first figure starting at or after a clean offset (figures are in reading order). */
export function firstFigureFrom(p: Passage, offset: number): number {
  let lo = 0;
  let hi = p.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.figures[mid].cleanStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const isNumber = (f: Figure) => f.kind === 'number' && f.value !== null;

export const isShare = (f: Figure) => (f.kind === 'percent' || f.kind === 'fraction') && f.value !== null;

export const sameUnit = (a: Figure, b: Figure) => a.unit === b.unit;

/** Related figures are near each other: no search goes further than this many figures (keeps long texts linear). */
export const MAX_REACH = 40;

/** Nearest figure before `from` (exclusive) that satisfies `ok`, not crossing into an earlier sentence than `minSentence`. */
export function lookBack(p: Passage, from: number, minSentence: number, ok: (f: Figure) => boolean): Figure | undefined {
  for (let i = from - 1; i >= 0 && i >= from - MAX_REACH; i--) {
    const f = p.figures[i];
    if (f.sentence < minSentence) return undefined;
    if (ok(f)) return f;
  }
  return undefined;
}

/** Nearest figure after `from` (exclusive) that satisfies `ok`, not crossing into a later sentence than `maxSentence`. */
export function lookAhead(p: Passage, from: number, maxSentence: number, ok: (f: Figure) => boolean): Figure | undefined {
  for (let i = from + 1; i < p.figures.length && i <= from + MAX_REACH; i++) {
    const f = p.figures[i];
    if (f.sentence > maxSentence) return undefined;
    if (ok(f)) return f;
  }
  return undefined;
}

/** The label a figure is named by: its own, or for a count written right after another in another unit with nothing
 *  between (`脱贫人口2.46万户8.97万人`, `监测对象1,263户4,087人`), the other's. */
export function pairedLabel(p: Passage, f: Figure): string {
  if (f.label !== '' || f.gapBefore !== '' || f.index === 0) return f.label;
  const before = p.figures[f.index - 1];
  return before.sentence === f.sentence && isNumber(before) && before.unit !== f.unit ? before.label : f.label;
}

/** Does a label end with a name, a trailing 为 / 达 / 是 / 共 / 有 aside (`其中研发人员为` names 研发人员)? Without
 *  making a string: it is asked of every figure before a share that has its own subject. */
export function labelNames(label: string, name: string): boolean {
  // (nor a currency inside the name, `新发放人民币贷款` for `新发放贷款`)
  if (label.indexOf('人民币') >= 0 && name.indexOf('人民币') < 0) label = label.replace('人民币', '');
  // (a name negated, `非内地旅客`, is the rest of what the name names)
  if (label.endsWith(name)) return !otherNameAt(label, label.length - name.length);
  if (label.length <= name.length) return false;
  // (or a two-character verb: `达到`, `完成`, a budget's `编列`)
  if (label.endsWith('编列')) return label.endsWith(name, label.length - 2) && !otherNameAt(label, label.length - 2 - name.length);
  if (!NAME_TAIL_CODES.has(label.charCodeAt(label.length - 1))) return false;
  if (label.endsWith(name, label.length - 1)) return !otherNameAt(label, label.length - 1 - name.length);
  return (label.endsWith('达到') || label.endsWith('完成')) && label.endsWith(name, label.length - 2) && !otherNameAt(label, label.length - 2 - name.length);
}

/** Does `label` name `name` other than negated (`非国有博物馆` does not name 国有博物馆)? */
export function includesUnnegated(label: string, name: string): boolean {
  for (let k = label.indexOf(name); k >= 0; k = label.indexOf(name, k + 1)) if (k === 0 || label[k - 1] !== '非') return true;
  return false;
}


/** Does a negation (`非`, `不`, `未`, `无`) stand right before `at`? */
function negatedAt(label: string, at: number): boolean {
  return at > 0 && NEGATION_CODES.has(label.charCodeAt(at - 1));
}

/** Does the name at `at` stand for something else: negated, or 出口 inside 进出口 (`进出口总值` does not name 出口总值)? */
function otherNameAt(label: string, at: number): boolean {
  return negatedAt(label, at) || (label[at - 1] === '进' && label.startsWith('出口', at));
}
const NEGATION_CODES = new Set(Array.from('非不未无', (c) => c.charCodeAt(0)));

// (and a bound or approximation written before the figure: `失业人数约`, `游客逾`)
const NAME_TAIL_CODES = new Set(Array.from('为达是共有到成约近逾', (c) => c.charCodeAt(0)));

/** What a label names: without a leading 其中 and a trailing 为 / 达到 / 是 … (`其中研发人员为` → `研发人员`). */
export function nameIn(label: string): string {
  // (and the adverb before the copula, `则为`, or the whole word of a sum, `合共`)
  return label.replace(/^(?:其中|当中)/, '').replace(/(?:(?:则|亦|也)?(?:为|达到|达|是|有)|合共|合计|共计|总计|总共|共)$/, '');
}

/** Text without its parenthesized asides (`比重(恩格尔系数)为` → `比重为`); one level, as written in prose. */
export function withoutAsides(s: string): string {
  const open = s.indexOf('(');
  if (open < 0) return s;
  const close = s.indexOf(')', open);
  return close < 0 ? s : s.slice(0, open) + withoutAsides(s.slice(close + 1));
}

/** A figure that is the target of a completion or share (`任务26万人的143.0%`): the stated percentage follows `的`. */
export function isWholeOfShare(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  // or of a multiple (`是107年底270万瓩的4.3倍`): the base of a comparison, another period's figure
  // (past an aside naming the unit again: `年度计划2.2万套（间）的107.3%`)
  return !!next && (isShare(next) || next.kind === 'multiple') &&
    (WHOLE_OF_CUES.includes(between(p, f, next).replace(UNIT_ASIDE, '')) || (isShare(next) && TARGET_OF_CUE.test(between(p, f, next))));
}
const UNIT_ASIDE = /^\([\u3400-\u9fff]{1,2}\)/;

/** A per-head or average figure (人均消费支出24318元), a daily or monthly average (日均123.2万人次) or an index
 *  (工业生产指数为97.35): parts of it are not subsets, it adds up with nothing, and it counts no one. */
export function isIntensive(f: Figure): boolean {
  // (an average head count, `职工平均人数6.85万人`, still counts people)
  // (nor is a total of each month or week, `每月工资总额`, `每周合计工作时数`: a period's total)
  return INTENSIVE.test(f.label) && !AVERAGE_HEADCOUNT.test(f.label) && !PERIOD_TOTAL.test(f.label);
}
/** A total of one period, named with 每 and a total word: `每月工资总额`, `每周合计工作时数`. */
const PERIOD_TOTAL = /每(?:月|周)(?:合计|共计)?[\u3400-\u9fff]{0,6}?(?:总额|总数|合计|共计|总计)(?:为|达|是|约)?$|每(?:月|周)(?:合计|共计|总计)[\u3400-\u9fff]{0,6}(?:为|达|是|约)?$/;
/** 人均, 户均, 平均, 日均, 校均, 笔均 …, 亩产, 每, 指数, 中位数 (one character class: this runs for most figures, many
 *  times). A median (`收入中位数`) is no total either: a group's may exceed the whole's. */
const INTENSIVE = /[人户平亩日月年校场店床台家项次生村笔院社馆园站架船车单案卡]均|亩产|每|指数|中位数/;
/** Average head counts, which still count people: `职工平均人数6.85万人`, the year's average number of those paid
 *  (`年平均保障对象1.96万人`, `平均每月领取人数约162.4万人`, `月均保障困难群众4.12万人`), an insurer's agents (`月均有效人力`), the weighted average number of shares in issue
 *  (`普通股加权平均数21.6亿股`, `平均受僱人數`), cases paid on average over the year (`年內平均受助個案14.8萬宗`), the year's average labour
 *  force or employed (`全年就業人數平均為`, `全年平均勞動人口為`), or population (`年平均常住人口`). */
const AVERAGE_HEADCOUNT = /平均(?:用工|从业|在岗|职工|就业|失业|受雇|雇用)?人数(?:为|达|是|约)?$|平均(?:从业|在岗|就业)人员(?:为|达|是|约)?$|(?:月均|平均)(?:有效)?(?:人力|代理人)(?:人数|规模)?(?:为|达|是|约)?$|平均每月[\u3400-\u9fff]{0,4}人数(?:为|达|是|约)?$|月均(?:保障|救助|供养|领取)[\u3400-\u9fff]{0,6}$|平均(?:雇用|聘用|用工|在岗|在职)?(?:员工|职工|雇员)(?:人数)?(?:为|达|是)?$|平均用工(?:为|达|是)?$|(?:年)?平均(?:保障|救助|供养|参保)对象(?:为|达|是)?$|加权平均(?:[\u3400-\u9fff]{0,6}股)?数(?:为|达|是)?$|平均(?:受助|受惠|领取|请领)?(?:个案|个案数|宗数)(?:为|达|是|约)?$|(?:就业|失业|从业)人数平均(?:为|达|是|约)?$|(?:全年|年)平均(?:劳动人口|劳动力|就业人口|失业人口|就业人数|常住人口|户籍人口|人口)(?:为|达|是|约)?$/;

/** An average over time (`平均每日载客量`, `日均`), not over heads: its parts add up to it like a total's. */
export function isTimeAverage(f: Figure): boolean {
  // (a person's monthly pay is per head: `农民工月均收入`, `职工月均工资`)
  return /平均每日|平均每天|平均每月|日均|月均/.test(f.label) && !/人均|户均|亩均|每人|每户/.test(f.label) && !MONTHLY_PAY.test(f.label);
}
const MONTHLY_PAY = /[工员者民人]月均(?:收入|工资|薪酬)/;

/** A figure stated as a total (`，合计52.6亿美元`, `，两项合共…`): the whole restated after its parts, not one more part. */
export function isStatedTotal(f: Figure): boolean {
  return STATED_TOTAL.test(f.label);
}

const STATED_TOTAL = /合计|合共|共计|总计|总共/;

/** Char codes of the first characters of words: a text can contain one of the words only if it has one of these. */
/** The words' first characters as a table indexed by char code (a typed array: these are asked of every label and
 *  gap, and a table lookup costs a fraction of a Set's). */
export function firstCodes(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[w.charCodeAt(0)] = 1;
  return table;
}

export function containsAnyOf(s: string, codes: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (codes[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** What a label is about, without the place and period words any figure of the text may carry (`全市全社会研发经费投入`
 *  → `研发经费投入`): two labels that share only `全市` are about different things. */
export function subjectOf(label: string): string {
  return nameIn(label.replace(PLACE_AND_PERIOD_HEAD, ''));
}

const PLACE_AND_PERIOD_HEAD = new RegExp(`^(?:${[...PERIOD_WORDS, ...PLACE_WORDS, '全社会'].join('|')})+`);

// `X，占P` / `X，占总数的P` / `X，占地区生产总值的比重为P`: the part is the figure before 占; the whole is the
// part's 其中-total, or the figure the named whole was stated with earlier.
/** Text after the last clause end. */
export function lastClause(s: string): string {
  for (let k = s.length - 1; k >= 0; k--) if (isClauseEndAt(s, k)) return s.slice(k + 1);
  return s;
}

/** A figure stated with a bound (`超过50万元`, `65岁及以上`): a threshold, not an amount of its own. */
export function isThreshold(f: Figure): boolean {
  return f.q.min !== null || f.q.max !== null;
}

/** Text without the nouns any measure may end with (`中场收入` and `贵宾厅收入` share nothing else). */
export function withoutGenericNouns(s: string): string {
  return s.replace(GENERIC_NOUNS, '|');
}

const GENERIC_NOUNS = /收入|人数|金额|总额|数量|规模|总产量|总量|产量|人口|支出/g;

/** The place a label names first (`全国`, `全省`), or undefined. */
export function placeOf(label: string): string | undefined {
  return PLACE.exec(label)?.[0];
}
const PLACE = new RegExp(PLACE_WORDS.join('|'));

/** The period a label names (`去年`, `2020年末`), reduced to a key two labels can be compared by, or undefined. */
export function periodOf(label: string): string | undefined {
  const m = PERIOD.exec(label);
  if (!m) return undefined;
  return m[0].replace(/^(?:今年|本年|当年)$/, 'this').replace(/^(?:去年|上年)$/, 'last');
}
const PERIOD = /(?:19|20)[0-9]{2}年|今年|本年|当年|去年|上年/;

/** The rest of a figure's clause after it, up to a few characters (`向全村327户村民分红`, `人喝上安全放心的自来水`). */
export function clauseAfter(p: Passage, f: Figure): string {
  const end = Math.min(p.text.length, f.cleanEnd + MAX_CLAUSE_AFTER);
  let k = f.cleanEnd;
  while (k < end && !hasClauseEnd(p.text[k])) k++;
  return p.text.slice(f.cleanEnd, k);
}
const MAX_CLAUSE_AFTER = 16;

export function hasClauseEnd(s: string): boolean {
  return countClauseEnds(s) > 0 || hasSentenceEnd(s);
}

/** A name without the period and place words it opens with (`一季度全省入境游客` → `入境游客`, `全年营业收入` → `营业收入`),
 *  and a verb of receiving after the place (`全市接待入境游客`). */
export function withoutContext(name: string): string {
  return name.replace(LEADING_CONTEXT, '').replace(LEADING_RECEIVED, '');
}
const LEADING_CONTEXT = new RegExp(`^(?:${[...PERIOD_WORDS, ...PLACE_WORDS, '[一二三四1-4]季度', '全季度'].join('|')})+`);
const LEADING_RECEIVED = /^(?:共接待|接待|累计)/;

/** Do two names name one whole by two of its names (WHOLE_SYNONYMS: `营收` and `营业收入`, `GDP` and `国内生产毛额`)? */
export function namesOneWhole(a: string, b: string): boolean {
  return WHOLE_SYNONYMS.some((names) => names.some((x) => a.includes(x)) && names.some((y) => b.includes(y)));
}

/** `按重点人群总数W计算，签约率为P`: a figure stated as what a rate is computed over, no amount counted among the clause's
 *  neighbours (never a 其中 part). */
export function isComputationBasis(p: Passage, f: Figure): boolean {
  return BASIS_LEAD.test(lastClause(f.label)) && BASIS_TAIL.test(clauseAfter(p, f));
}
const BASIS_LEAD = /^\(?(?:按|按照|以)/;
const BASIS_TAIL = /^(?:计算|计|测算|为基数|为分母)/;
