// The relation finder: reads cue words in the clean text between and around figures and states which figures must
// agree arithmetically (share, subset, sum, growth, points, multiple, average). Pure pattern reading, no checking:
// the rules in rules/ decide whether a found relation holds. When the wording does not make a relation certain,
// no relation is produced (a missed warning costs less than a false one).
import type { RuleContext } from './rules/types';
import { LE, SPACE } from './tables/codes';
import {
  between, buildPassage, countClauseEnds, hasSentenceEnd, isClauseEnd, sharesBigram, trimGap, type Figure, type Passage,
} from './relate/passage';
import {
  AVERAGE_TOTAL_NAMES, CHANGE_NOUNS, CHANGE_VERBS, COUNTED_NOUNS, CROSS_CUTTING_ATTRIBUTES, DEFINED_RATES, EXCLUSIVE_DIMENSIONS, PARTNER_LEADS, KNOWN_PARTITIONS, NAMED_RATIOS, NOT_CHANGE_ENDINGS, MEMBER_NOUN_ALIASES, PER_CAPITA_CUES, WHOLE_SYNONYMS, PER_CLASSIFIER_UNITS, POPULATION_WORDS, PRICE_AVERAGES,
  RATE_WHOLE_WORDS, SUBSET_CUES, TOTAL_CUES, WHOLE_OF_CUES, massFactor,
} from './relate/cues';

export type { Figure, Passage } from './relate/passage';

export type Direction = 'up' | 'down';

export type Relation =
  /** part ÷ whole × scale = stated; scale 100 for percentages, 1 for fractions, 1 or 100 for a bare ratio. */
  | { op: 'ratio'; part: Figure; whole: Figure; stated: Figure; scale?: number }
  | { op: 'subset'; part: Figure; total: Figure }
  /** Σ parts = total ('eq': a list said to make up the whole), or ≤ total ('subset-list': parts after 其中, which
   *  must add up only when they plainly mean to cover the whole; 'open': parts the text says leave a rest, 其余…). */
  | { op: 'sum'; parts: Figure[]; total: Figure; mode: 'eq' | 'subset-list' | 'open' }
  | { op: 'growth-rate'; before: Figure; after: Figure; stated: Figure; direction: Direction; verb: string }
  | { op: 'growth-amount'; before: Figure; after: Figure; stated: Figure; direction: Direction; verb: string }
  | { op: 'points'; from: Figure; to: Figure; stated: Figure; direction: Direction; verb: string }
  | { op: 'multiple'; a: Figure; b: Figure; stated: Figure; form: 'ratio' | 'increase' }
  /** total ÷ count × factor = stated; no count for a monthly figure of an annual total (factor 1/12). */
  | { op: 'average'; total: Figure; count?: Figure; stated: Figure; factor: number }
  /** `A，比上年增加X，增长P`: the before figure is A ∓ X. */
  | { op: 'growth-rate-derived'; after: Figure; amount: Figure; amountDirection: Direction; stated: Figure; direction: Direction; verb: string };

export interface Relations {
  passage: Passage;
  relations: Relation[];
}

/** Relations of one analysis, computed once and shared by all rules. */
export function relationsOf(ctx: RuleContext): Relations {
  const memo = (ctx.memo ??= {});
  let r = memo.relations as Relations | undefined;
  if (!r) {
    // Every relation joins two figures or more: a paragraph with fewer needs no passage at all (its characters
    // would still be walked for sentence ends), and no rule reads the passage of a paragraph without relations.
    if (ctx.quantities.length < 2) return (memo.relations = NO_RELATIONS);
    const passage = buildPassage(ctx.norm, ctx.quantities, ctx.clean);
    memo.relations = r = { passage, relations: findRelations(passage) };
  }
  return r;
}

/** The relations of a paragraph with fewer than two figures, shared: none, and a passage nobody reads (evaluations
 *  and messages read the passage only through a relation). */
const NO_RELATIONS: Relations = Object.freeze({
  passage: Object.freeze({ norm: Object.freeze({ original: '', text: '', map: new Int32Array(1) }), text: '', figures: [], sentenceOf: () => 0 }),
  relations: [],
}) as Relations;

export function findRelations(p: Passage): Relation[] {
  const out: Relation[] = [];
  const subsetTotals = new Map<Figure, Figure>();
  findSubsets(p, out, subsetTotals);
  findNamedScopes(p, out, subsetTotals);
  findListTotals(p, out);
  findKnownPartitions(p, out);
  findNamedBreakdowns(p, out);
  findCategoryBreakdowns(p, out);
  findWholeOf(p, out);
  findPeriodMultiples(p, out);
  findShares(p, out, subsetTotals);
  findRates(p, out, subsetTotals);
  findCompletions(p, out);
  findDefinedRates(p, out);
  findNamedRatios(p, out);
  findChanges(p, out);
  findRespectiveBases(p, out);
  findDoublings(p, out);
  findAverages(p, out, subsetTotals);
  return out;
}

/** Index of the first figure starting at or after a clean offset (figures are in reading order). */
function firstFigureFrom(p: Passage, offset: number): number {
  let lo = 0;
  let hi = p.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.figures[mid].cleanStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isNumber = (f: Figure) => f.kind === 'number' && f.value !== null;
const isShare = (f: Figure) => (f.kind === 'percent' || f.kind === 'fraction') && f.value !== null;
const sameUnit = (a: Figure, b: Figure) => a.unit === b.unit;

/** Related figures are near each other: no search goes further than this many figures (keeps long texts linear). */
const MAX_REACH = 40;

/** Nearest figure before `from` (exclusive) that satisfies `ok`, not crossing into an earlier sentence than `minSentence`. */
function lookBack(p: Passage, from: number, minSentence: number, ok: (f: Figure) => boolean): Figure | undefined {
  for (let i = from - 1; i >= 0 && i >= from - MAX_REACH; i--) {
    const f = p.figures[i];
    if (f.sentence < minSentence) return undefined;
    if (ok(f)) return f;
  }
  return undefined;
}

/** Nearest figure after `from` (exclusive) that satisfies `ok`, not crossing into a later sentence than `maxSentence`. */
function lookAhead(p: Passage, from: number, maxSentence: number, ok: (f: Figure) => boolean): Figure | undefined {
  for (let i = from + 1; i < p.figures.length && i <= from + MAX_REACH; i++) {
    const f = p.figures[i];
    if (f.sentence > maxSentence) return undefined;
    if (ok(f)) return f;
  }
  return undefined;
}

/** Does a label end with a name, a trailing 为 / 达 / 是 / 共 / 有 aside (`其中研发人员为` names 研发人员)? Without
 *  making a string: it is asked of every figure before a share that has its own subject. */
function labelNames(label: string, name: string): boolean {
  if (label.endsWith(name)) return true;
  if (label.length <= name.length || !NAME_TAIL_CODES.has(label.charCodeAt(label.length - 1))) return false;
  return label.endsWith(name, label.length - 1) || (label.endsWith('达到') && label.endsWith(name, label.length - 2));
}
const NAME_TAIL_CODES = new Set(Array.from('为达是共有到', (c) => c.charCodeAt(0)));

/** What a label names: without a leading 其中 and a trailing 为 / 达到 / 是 … (`其中研发人员为` → `研发人员`). */
function nameIn(label: string): string {
  return label.replace(/^(?:其中|当中)/, '').replace(/(?:为|达到|达|是|共|有)$/, '');
}

/** Text without its parenthesized asides (`比重(恩格尔系数)为` → `比重为`); one level, as written in prose. */
function withoutAsides(s: string): string {
  const open = s.indexOf('(');
  if (open < 0) return s;
  const close = s.indexOf(')', open);
  return close < 0 ? s : s.slice(0, open) + withoutAsides(s.slice(close + 1));
}

/** A figure that is the target of a completion or share (`任务26万人的143.0%`): the stated percentage follows `的`. */
function isWholeOfShare(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  return !!next && isShare(next) && WHOLE_OF_CUES.includes(between(p, f, next));
}

/** A per-head or average figure (人均消费支出24318元), a daily or monthly average (日均123.2万人次) or an index
 *  (工业生产指数为97.35): parts of it are not subsets, it adds up with nothing, and it counts no one. */
function isIntensive(f: Figure): boolean {
  return /人均|户均|平均|亩均|亩产|每|日均|月均|指数/.test(f.label);
}

/** An average over time (`平均每日载客量`, `日均`), not over heads: its parts add up to it like a total's. */
function isTimeAverage(f: Figure): boolean {
  return /平均每日|平均每天|平均每月|日均|月均/.test(f.label) && !/人均|户均|亩均|每人|每户/.test(f.label);
}

/** A figure stated as the base of a comparison (`比上年的1980.2亿元`, `上年为…`): another period, not a part. */
function isComparisonBase(f: Figure): boolean {
  return COMPARED_WITH.test(f.label) || /(?:上年|去年|上年同期|去年同期|上年末)(?:的|为|是)?$/.test(f.label);
}

/** A figure stated as a total (`，合计52.6亿美元`, `，两项合共…`): the whole restated after its parts, not one more part. */
function isStatedTotal(f: Figure): boolean {
  return STATED_TOTAL.test(f.label);
}
const STATED_TOTAL = /合计|合共|共计|总计|总共/;

/** A figure stated as a change (`比上年末增加8.2万人`): an increment, never the total of a 其中. */
function isStatedChange(f: Figure): boolean {
  const c = changeBefore(f);
  return !!c && !c.toLevel;
}

// ---------------------------------------------------------------------------------------------------------------
// 其中 / 当中 / 包括: a total, then one or more parts of it (each unit on its own).
/** Parts of a 其中 are read at most this far after the cue. */
const MAX_REGION = 400;
/** What ends the parts of a 其中: a sentence end or a semicolon (char codes: `text[i]` would make a string each). */
const REGION_ENDS = new Set(Array.from('。！？!?\n;；', (c) => c.charCodeAt(0)));

function findSubsets(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  const text = p.text;
  for (const cue of SUBSET_CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const firstIndex = firstFigureFrom(p, at);
      const before = p.figures[firstIndex - 1];
      if (before && before.cleanEnd > at) continue; // the cue is inside a figure
      if (firstIndex >= p.figures.length) continue;
      const sentence = p.sentenceOf(at);
      // The parts run to the end of the sentence or to a semicolon.
      let end = at + cue.length;
      while (end < text.length && end < at + MAX_REGION && !REGION_ENDS.has(text.charCodeAt(end))) end++;
      const region = text.slice(at, end);
      // `其中…分别为A、B`: 分别 before the parts declares them a list of siblings, none nested in another; after them
      // (`分别增长…`, `分别占…`) it only distributes a change or a share over them. A list after 其中 need not be the
      // whole (`其中，小学、初中在校生分别为…` leaves out 高中), so it is checked like any other 其中 list.
      const fenbie = region.indexOf('分别');
      const declaredList = fenbie >= 0 && at + fenbie < p.figures[firstIndex].cleanStart;
      const parts: Figure[] = [];
      for (let k = firstIndex; k < p.figures.length && k < firstIndex + MAX_REACH && p.figures[k].cleanEnd <= end; k++) {
        const f = p.figures[k];
        if (isNumber(f) && !isIntensive(f) && !isComparisonBase(f) && !isStatedChange(f) && !isStatedTotal(f) && !BALANCE.test(f.label)) parts.push(f);
      }
      // Only punctuation before the cue in its sentence: the total may sit in the sentence before (`…。其中，…`).
      const sentenceStartsWithCue = !before || before.sentence !== sentence;
      const minSentence = sentenceStartsWithCue ? sentence - 1 : sentence;
      // `…，其余为专科生`: the parts are said not to cover the whole
      const rest = REST_WORDS.exec(region);
      const units = [...new Set(parts.map((f) => f.unit))];
      for (const unit of units) {
        const group = parts.filter((f) => f.unit === unit);
        const total = subsetTotal(p, firstIndex, minSentence, unit, group, subsetTotals);
        if (!total || (isIntensive(total) && !isTimeAverage(total))) continue;
        for (const part of group) {
          out.push({ op: 'subset', part, total });
          subsetTotals.set(part, total);
        }
        const open = rest !== null && group.every((f) => f.cleanStart < at + rest.index);
        // `当中内地旅客…，非内地旅客…`: a name and its negation are the whole
        const mode = open ? 'open' : complementary(group) ? 'eq' : 'subset-list';
        if (group.length >= 2 && (declaredList || !mayBeNested(p, group))) out.push({ op: 'sum', parts: group, total, mode });
      }
    }
  }
}

// `其中外国游客31.2万人次…；外国游客中，来自日韩的游客36.5万人次`: a figure named before `中，` is the total of the
// figures in its clause run (to the next semicolon or sentence end), as after 其中. Only the subset is read: such a
// scope picks out some members (`来自日韩的`), it does not list them all.
function findNamedScopes(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  const text = p.text;
  for (let at = text.indexOf('中,'); at >= 0; at = text.indexOf('中,', at + 2)) {
    // the name runs back to a clause end or to the figure before it (whose unit is Han too)
    const figureBefore = p.figures[firstFigureFrom(p, at) - 1];
    const limit = figureBefore ? figureBefore.cleanEnd : 0;
    let a = at;
    while (a > limit && at - a < MAX_SCOPE_NAME && isHanCode(text.charCodeAt(a - 1))) a--;
    // `筹集的2,640套保障性租赁住房中，…`: the figure right before the name is the total itself
    const direct = figureBefore && figureBefore.cleanEnd === a && isNumber(figureBefore) ? figureBefore : undefined;
    if (a > 0 && !isClauseEnd(text[a - 1]) && !direct) continue;
    const name = text.slice(a, at).replace(/^在/, '');
    if (name.length < 2 || name.endsWith('其') || name.endsWith('当')) continue;
    const firstIndex = firstFigureFrom(p, at);
    // within a region's reach (a text of many `中，` and few figures must not scan to its end each time)
    if (firstIndex >= p.figures.length || p.figures[firstIndex].cleanStart - at > MAX_REGION) continue;
    const sentence = p.sentenceOf(at);
    const total = direct ?? lookBack(p, firstIndex, sentence - 1, (f) => isNumber(f) && !isIntensive(f) && !isStatedChange(f) && labelNames(nameIn(f.label), name));
    if (!total) continue;
    for (let k = firstIndex; k < p.figures.length && k < firstIndex + MAX_REACH; k++) {
      const f = p.figures[k];
      if (f.sentence !== sentence || hasRegionEnd(k === firstIndex ? text.slice(at, f.cleanStart) : f.gapBefore)) break;
      if (!isNumber(f) || !sameUnit(f, total) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f) || subsetTotals.has(f)) continue;
      out.push({ op: 'subset', part: f, total });
      subsetTotals.set(f, total);
    }
  }
}
/** Longest name before `中，` that opens a scope (`外国游客中，`, `保障性租赁住房中，`). */
const MAX_SCOPE_NAME = 10;

function isHanCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function hasRegionEnd(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (REGION_ENDS.has(s.charCodeAt(i))) return true;
  return false;
}

/** Two parts named X and 非X (`内地旅客`, `非内地旅客`): together they are the whole. */
function complementary(group: readonly Figure[]): boolean {
  if (group.length !== 2) return false;
  const [a, b] = group.map((f) => nameIn(f.label).replace(/^(?:其中|当中)/, ''));
  return (b === '非' + a || a === '非' + b) && a.length >= 2 && b.length >= 2;
}

/** A balance (`贸易顺差539.9亿元`) is a difference of parts, never one of them. */
const BALANCE = /顺差|逆差|差额|净额/;

/** Words after the parts of a 其中 that name what they leave out (`其余为专科生`, `其他为…`). */
const REST_WORDS = /其余|其他|其它|余下|剩余/;

/** The total of a 其中: a figure in the parts' unit before the cue, the nearest one that shares a word with a part's
 *  label when there is one (`在校学生86.52万人，专任教师6.18万人。其中…在校生12.3万人`), else the nearest. */
function subsetTotal(p: Passage, firstIndex: number, minSentence: number, unit: string, group: readonly Figure[], subsetTotals: Map<Figure, Figure>): Figure | undefined {
  const candidate = (f: Figure) => isNumber(f) && f.unit === unit && !isWholeOfShare(p, f) && !isStatedChange(f) && !isComparisonBase(f);
  const nearest = lookBack(p, firstIndex, minSentence, candidate);
  if (!nearest) return undefined;
  // a part of an earlier list named exactly as a part is that part again (`其中企业21.6万户；…新登记市场主体12.68万户，
  // 其中企业16.2万户`), not its total
  const named = lookBack(p, firstIndex, minSentence, (f) => candidate(f) &&
    group.some((g) => sharesBigram(nameIn(g.label), f.label) && !(subsetTotals.has(f) && nameIn(g.label) === nameIn(f.label))));
  // `全市快递业务量完成1.46亿件…；全年累计完成14.2亿件。其中，同城快递业务量…`: the nearest names no subject of its
  // own, so it is about what the one before names, and the parts' words in that earlier label choose nothing
  return named && named !== nearest && namesSubject(nearest.label) ? named : nearest;
}

/** Does a label name what its figure counts, beyond a period, a place and a verb (`全年累计完成` names nothing)? */
function namesSubject(label: string): boolean {
  const rest = label.replace(SUBJECTLESS_WORDS, '');
  let han = 0;
  for (let i = 0; i < rest.length && han < 2; i++) if (rest.charCodeAt(i) >= 0x3400 && rest.charCodeAt(i) <= 0x9fff) han++;
  return han >= 2;
}
const SUBJECTLESS_WORDS = /全年|全市|全省|全县|全区|全国|年末|年底|今年|本年|当年|上半年|下半年|前三季度|累计|共计|合计|完成|实现|达到|达|为|是|共|有/g;

/** A part named by what its members have (`具有…的`, `…超亿元的`): a relative clause ending in 的. */
const ATTRIBUTE_PART = /的$/;

/** Words that open a clause about the group just named, not about a new one: `，已实现就业3.71万人`. */
const NESTED_PART_LEADS = /^(?:已经|已|均已|均|都|全部|实现|其中)/;

/** `其中有劳动能力的3.84万人，已实现就业3.71万人`: a part of the part before it, not a second part of the total. A
 *  later part that is no larger than the one before, in a clause of its own opened by 已 / 均 / 全部 …, may be
 *  either; the sum of the parts is then not checked (each part is still within the total). */
function mayBeNested(p: Passage, group: readonly Figure[]): boolean {
  // Parts named by an attribute (`具有本科及以上学历的`, `营业收入超亿元的`) may overlap the others (`女教师`): they
  // need not add up either.
  if (group.some((f) => ATTRIBUTE_PART.test(nameIn(f.label)))) return true;
  for (let k = 1; k < group.length; k++) {
    const f = group[k];
    const before = group[k - 1];
    if (f.iv.lo <= before.iv.hi && countClauseEnds(between(p, before, f)) >= 1 && NESTED_PART_LEADS.test(trimGap(f.label))) return true;
    // `其中民营企业4.8万家，民营企业中中小微企业4.6万家` / `在民营企业中，…`: a part of an earlier part, named by it
    if (namesEarlierPart(f.gapBefore, group, k)) return true;
  }
  return crossCutting(group);
}

/** Does the text before a part name an earlier part and 中 (`，民营企业中中小微企业`, `，在民营企业中，…`)? */
function namesEarlierPart(gap: string, group: readonly Figure[], k: number): boolean {
  if (gap.indexOf('中') < 0) return false;
  for (let m = 0; m < k; m++) {
    const name = nameIn(group[m].label);
    if (name.length >= 2 && gap.includes(name + '中')) return true;
  }
  return false;
}

/** Parts named by attributes of different kinds (`女教师`, `少数民族教师`): overlapping breakdowns, not a partition. */
function crossCutting(group: readonly Figure[]): boolean {
  let dimension: string | undefined;
  let unmarked = 0;
  for (const f of group) {
    const name = nameIn(f.label);
    const kind = PARTNER_LEADS.some((lead) => name.startsWith(lead)) ? 'partner' : CROSS_CUTTING_ATTRIBUTES.find((a) => name.includes(a.word))?.dimension;
    if (!kind) {
      unmarked++;
      continue;
    }
    if (dimension !== undefined && kind !== dimension) return true;
    dimension = kind;
  }
  // `其中女会员…、农民工会员…` / `其中出口…，对…国家进出口…`: a dimension every part must name, named by some only
  return dimension !== undefined && unmarked > 0 && EXCLUSIVE_DIMENSIONS.includes(dimension);
}

/** A cue that ends with one of these (`三项合计`) also states a total. */
const TOTAL_WORDS = ['合计', '共计', '总计', '总共', '合共'];
const TOTAL_FIRST_CODES = firstCodes([...TOTAL_CUES, ...TOTAL_WORDS]);
const PER_CAPITA_FIRST_CODES = firstCodes(PER_CAPITA_CUES.map((c) => c.cue));

/** Char codes of the first characters of words: a text can contain one of the words only if it has one of these. */
/** The words' first characters as a table indexed by char code (a typed array: these are asked of every label and
 *  gap, and a table lookup costs a fraction of a Set's). */
function firstCodes(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[w.charCodeAt(0)] = 1;
  return table;
}

function containsAnyOf(s: string, codes: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (codes[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** `合计`, `三项合计`, or a total word and what was done in all (`共计完成营造林`). Plain loops: a closure here would
 *  give every turn of findListTotals' loop a heap context. */
function isTotalCue(cue: string): boolean {
  if (TOTAL_CUES.includes(cue)) return true;
  for (const w of TOTAL_WORDS) {
    if (cue.length <= 6 && cue.endsWith(w)) return true;
    if (cue.startsWith(w) && listJoin('、' + cue.slice(w.length)) === 'join') return true;
  }
  return false;
}

/** The `count` figures ending at `lastIndex`, each in the total's unit and each after the one before it by one
 *  clause end and a short plain label (`，失业人员再就业8,730人`); undefined unless exactly so. */
function countedItems(p: Passage, t: Figure, lastIndex: number, count: number): Figure[] | undefined {
  if (lastIndex - count + 1 < 0) return undefined;
  const items = p.figures.slice(lastIndex - count + 1, lastIndex + 1);
  for (let i = 0; i < items.length; i++) {
    const f = items[i];
    if (!isNumber(f) || !sameUnit(f, t) || f.sentence !== t.sentence || isStatedChange(f) || isIntensive(f)) return undefined;
    if (i === 0) continue;
    const gap = between(p, items[i - 1], f);
    if (countClauseEnds(gap) !== 1 || !isClauseEnd(gap[0]) || !isPlainLabel(trimGap(gap), MAX_COUNTED_ITEM_LABEL)) return undefined;
  }
  return items;
}

// `A、B和C，合计T`: a list of same-unit figures followed by its stated total.
function findListTotals(p: Passage, out: Relation[]): void {
  for (const t of p.figures) {
    if (!isNumber(t) || t.index === 0) continue;
    // The last part is the figure before T, or the one before a small count word (`…96.4亿元，三项合计`).
    let k = t.index - 1;
    const counter = p.figures[k];
    let counted = 0; // the count word's value (三项合计: 3), 0 without one
    if (k >= 1 && !sameUnit(counter, t) && counter.kind === 'number' && (counter.value ?? 99) <= 20 && countClauseEnds(counter.gapBefore) === 1) {
      counted = counter.value ?? 0;
      k--;
    }
    const last = p.figures[k];
    const gap = last.cleanEnd <= t.cleanStart ? p.text.slice(last.cleanEnd, t.cleanStart) : '';
    // A gap without the first character of any total cue is rejected before it is trimmed or matched (most are).
    if (!containsAnyOf(gap, TOTAL_FIRST_CODES)) continue;
    if (!isTotalCue(trimGap(gap).replace(/(?:为|达到|达)$/, '')) || hasSentenceEnd(gap)) continue;
    const parts: Figure[] = [];
    let join: ReturnType<typeof listJoin> = 'join';
    while (k >= 0 && parts.length < MAX_REACH) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t)) break;
      parts.unshift(f);
      join = listJoin(f.gapBefore);
      if (join !== 'join') break;
      k--;
    }
    if (parts.length >= 2 && join !== 'unsure') out.push({ op: 'sum', parts, total: t, mode: 'eq' });
    // `A，B，C，三项合计T`: items in clauses of their own, as many as the count word says
    else if (counted >= 2 && join === 'start') {
      const items = countedItems(p, t, last.index, counted);
      if (items) out.push({ op: 'sum', parts: items, total: t, mode: 'eq' });
    }
  }
  // `三项支出合计512.7亿元，分别为A、B和C`: a stated total, then its parts one by one.
  for (const t of p.figures) {
    if (!isNumber(t) || !/合计|共计|总计|总共|共/.test(t.label)) continue;
    const first = p.figures[t.index + 1];
    if (!first || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence) continue;
    // `分别为A、B和C`, or with each item named (`分别为第一产业0.32万个、第二产业1.64万个和第三产业2.39万个`)
    const lead = trimGap(first.gapBefore);
    const cue = RESPECTIVE_LEADS.find((w) => lead.startsWith(w));
    if (!cue || (lead !== cue && !isPlainLabel(lead.slice(cue.length), MAX_ITEM_LABEL))) continue;
    const parts = [first];
    let join: ReturnType<typeof listJoin> = 'join';
    for (let k = first.index + 1; k < p.figures.length && parts.length < MAX_REACH; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t)) break;
      join = listJoin(f.gapBefore);
      if (join !== 'join') break;
      parts.push(f);
    }
    if (parts.length >= 2 && join !== 'unsure') out.push({ op: 'sum', parts, total: t, mode: 'eq' });
  }
}

// `地区生产总值T，第一产业增加值A，第二产业增加值B，第三产业增加值C` / `…，第一产业、第二产业、第三产业增加值分别为
// A、B和C`: a whole and then every one of the parts statistics divide it into (KNOWN_PARTITIONS), with no 其中 or
// 合计 to say so. Read only when the text names every part; a 其中 list over the same total is left to findSubsets.
function findKnownPartitions(p: Passage, out: Relation[]): void {
  for (const t of p.figures) {
    if (!isNumber(t) || !containsAnyOf(t.label, PARTITION_WHOLE_FIRST_CODES) || !PARTITION_WHOLES.some((w) => t.label.includes(w))) continue;
    if (isIntensive(t) || isStatedChange(t) || isComparisonBase(t)) continue;
    for (const partition of KNOWN_PARTITIONS) {
      if (!partition.whole.some((w) => t.label.includes(w)) || partNamed(partition, t.label) >= 0) continue;
      const parts = respectiveParts(p, t, partition) ?? namedParts(p, t, partition);
      if (!parts) continue;
      if (!out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts, total: t, mode: 'eq' });
      break;
    }
  }
}

// `中小学在校生T，小学、初中、高中在校生分别为A、B和C`: the parts of T named one by one before 分别为, as many names as
// figures, the last name sharing a word with T's. Read like parts after 其中: they must not exceed T, and add up to it
// when they cover nearly all of it.
function findNamedBreakdowns(p: Passage, out: Relation[]): void {
  for (const t of p.figures) {
    const first = p.figures[t.index + 1];
    if (!first || !isNumber(t) || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence || countClauseEnds(first.gapBefore) !== 1) continue;
    if (!containsAnyOf(first.gapBefore, RESPECTIVE_FIRST_CODES)) continue;
    const lead = trimGap(first.gapBefore);
    const tail = RESPECTIVE_TAILS.find((w) => lead.endsWith(w));
    if (!tail || isIntensive(t) || isStatedChange(t)) continue;
    const names = lead.slice(0, lead.length - tail.length).split(NAME_JOINERS);
    if (names.length < 2 || !names.every((n) => n !== '' && isPlainLabel(n, MAX_ITEM_LABEL)) || !sharesBigram(names[names.length - 1], t.label)) continue;
    const parts = [first];
    for (let k = first.index + 1; k < p.figures.length && parts.length <= names.length; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t) || listJoin(f.gapBefore) !== 'join') break;
      parts.push(f);
    }
    if (parts.length === names.length && !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts, total: t, mode: 'subset-list' });
  }
}
const NAME_JOINERS = /、|和|及|与/;

// `入境旅客共302.6万人次，按客源地分，中国内地旅客228.4万人次、…、其他地区旅客4.3万人次`: a breakdown by one
// attribute (按…分), or a list that ends with the rest (其他…), right after its total: the parts make it up.
function findCategoryBreakdowns(p: Passage, out: Relation[]): void {
  for (const t of p.figures) {
    const first = p.figures[t.index + 1];
    if (!first || !isNumber(t) || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence || isIntensive(t)) continue;
    const byAttribute = first.gapBefore.includes('按') && BY_ATTRIBUTE.test(first.gapBefore);
    if (!byAttribute && countClauseEnds(first.gapBefore) !== 1) continue;
    const parts = [first];
    let last = '';
    for (let k = first.index + 1; k < p.figures.length && parts.length < MAX_REACH; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t) || listJoin(f.gapBefore) !== 'join') break;
      parts.push(f);
      last = f.gapBefore;
    }
    const endsWithRest = REST_ITEM.test(last);
    if (parts.length >= 2 && (byAttribute || endsWithRest) && !out.some((r) => r.op === 'sum' && r.total === t)) {
      out.push({ op: 'sum', parts, total: t, mode: 'eq' });
    }
  }
}
/** `，按客源地分，` / `按行业划分：`: a breakdown by one attribute opens the list. */
const BY_ATTRIBUTE = /按[\u3400-\u9fff]{1,6}(?:划分|区分|分)[,，:：]/;
/** The last item of a list named as the rest (`、其他地区旅客`). */
const REST_ITEM = /^(?:、|和|及|以及)(?:其他|其它|其余)/;
const RESPECTIVE_FIRST_CODES = firstCodes(['分别']);

const PARTITION_WHOLES = [...new Set(KNOWN_PARTITIONS.flatMap((k) => k.whole))];
const PARTITION_WHOLE_FIRST_CODES = firstCodes(PARTITION_WHOLES);
const RESPECTIVE_TAILS = ['分别为', '分别是', '分别达到', '分别达'];

/** Which part of the partition a label names (-1: none): its name ends with one of the part's names, and that name
 *  does not start inside a word of the whole (`进出口总额` names no 出口总额; `城镇常住人口` names 城镇常住人口). */
function partNamed(partition: (typeof KNOWN_PARTITIONS)[number], label: string): number {
  // most labels hold no part's name at all: answered before nameIn() makes a string
  if (!partition.parts.some((names) => names.some((n) => label.includes(n)))) return -1;
  const name = nameIn(label);
  for (let k = 0; k < partition.parts.length; k++) {
    for (const part of partition.parts[k]) {
      if (!name.endsWith(part)) continue;
      const at = name.length - part.length;
      if (!partition.whole.some((w) => { const i = name.lastIndexOf(w, at); return i >= 0 && i < at && i + w.length > at; })) return k;
    }
  }
  return -1;
}

/** `T，第一产业、第二产业、第三产业增加值分别为A、B和C`: every part named before 分别为, then as many listed figures. */
function respectiveParts(p: Passage, t: Figure, partition: (typeof KNOWN_PARTITIONS)[number]): Figure[] | undefined {
  const first = p.figures[t.index + 1];
  if (!first || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence || countClauseEnds(first.gapBefore) > 1) return undefined;
  const lead = trimGap(first.gapBefore);
  const tail = RESPECTIVE_TAILS.find((w) => lead.endsWith(w));
  if (!tail) return undefined;
  const names = lead.slice(0, lead.length - tail.length);
  if (!partition.parts.every((alternatives) => alternatives.some((n) => names.includes(n)))) return undefined;
  const parts = [first];
  for (let k = first.index + 1; k < p.figures.length && parts.length < partition.parts.length; k++) {
    const f = p.figures[k];
    if (!isNumber(f) || !sameUnit(f, t) || listJoin(f.gapBefore) !== 'join') return undefined;
    parts.push(f);
  }
  const next = p.figures[first.index + parts.length];
  // a longer list than the partition has parts is some other list
  if (parts.length !== partition.parts.length || (next && isNumber(next) && sameUnit(next, t) && listJoin(next.gapBefore) === 'join')) return undefined;
  return parts;
}

/** `T，第一产业增加值A，…；第二产业增加值B，…；第三产业增加值C`: each part in a clause of its own, in T's sentence or
 *  the next one. Rates and shares between them are passed over, and so are same-unit figures that name no part
 *  (`其中工业增加值…`, a part of a part); a part named twice, or the whole named again, ends the search. */
function namedParts(p: Passage, t: Figure, partition: (typeof KNOWN_PARTITIONS)[number]): Figure[] | undefined {
  const found: (Figure | undefined)[] = new Array(partition.parts.length);
  let missing = partition.parts.length;
  for (let k = t.index + 1; k < p.figures.length && k <= t.index + MAX_REACH; k++) {
    const f = p.figures[k];
    if (f.sentence > t.sentence + 1) return undefined;
    if (!isNumber(f) || !sameUnit(f, t) || isStatedChange(f) || isComparisonBase(f) || isIntensive(f)) continue;
    const j = partNamed(partition, f.label);
    if (j < 0) {
      if (partition.whole.some((w) => f.label.includes(w))) return undefined;
      continue;
    }
    if (found[j]) return undefined;
    found[j] = f;
    if (--missing === 0) return found as Figure[];
  }
  return undefined;
}

const LIST_JOINERS = ['、', '和', '及', '与', '以及', '、和'];
/** Words after a stated total that list its parts one by one. */
const RESPECTIVE_LEADS = ['其中分别为', '分别为', '分别是', '分别达到', '分别达'];
/** Words that make a list item's label a statement of its own (a change, a comparison, a share, a subtotal, an
 *  estimate): such an item is not simply the next part of the list. */
const NOT_A_PLAIN_LABEL = /比|较|增长|增加|减少|下降|上升|提高|降低|回落|占|其中|共|合计|总|均|每|约|近|超|逾|达|余|多/;
/** Longest label an item of a list may carry (`、改造提升1.85万亩`, `、高效节水灌溉0.68万亩`). */
const MAX_ITEM_LABEL = 8;

/** How a gap stands between two figures of a list: 'join' for a joiner alone (`、`) or a joiner and the next
 *  item's own short label (`新建3.2万亩、改造提升1.85万亩`, as statistical bulletins list the parts of a total);
 *  'start' when the gap is no joiner (the later figure starts the list); 'unsure' for a joiner with a label that
 *  says more than a name (`、比上年增加…`): then the list is not read at all, since cutting it short there would
 *  make a sum of some of its parts. */
function listJoin(gap: string): 'join' | 'start' | 'unsure' {
  if (LIST_JOINERS.includes(gap)) return 'join';
  const joiner = gap.startsWith('以及') ? 2 : gap.length > 0 && '、和及与'.includes(gap[0]) ? 1 : 0;
  if (joiner === 0) return 'start';
  return isPlainLabel(gap.slice(joiner), MAX_ITEM_LABEL) ? 'join' : 'unsure';
}

/** A list item's own name: Han characters only, at most `max`, and nothing that states more than a name. */
function isPlainLabel(label: string, max: number): boolean {
  if (label.length > max || NOT_A_PLAIN_LABEL.test(label)) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

/** Longest name of an item counted by a count word (`，就业困难人员实现就业2,140人，三项合计`): its own clause. */
const MAX_COUNTED_ITEM_LABEL = 12;

// `X，完成任务Y的P` / `X，是Y的N倍` / `X占Y的P`: the figure before `的P` is the whole, the nearest same-unit figure
// before it (with a cue between) the part.
function findWholeOf(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.index < 2 || s.value === null) continue;
    const whole = p.figures[s.index - 1];
    // `相当于2019年产量（1.1万套）的4.5倍`: the whole may close an aside
    const cue = between(p, whole, s);
    if (!isNumber(whole) || !WHOLE_OF_CUES.includes(cue.startsWith(')') ? cue.slice(1) : cue)) continue;
    let part = p.figures[s.index - 2];
    // `佔65歲以上人口427萬人的51.2%`: an age that names the whole's population is no part
    if (part.unit === '岁' && part.index > 0 && part.sentence === whole.sentence) part = p.figures[part.index - 1];
    let link = between(p, part, whole);
    // passing over stated changes (`新增就业8.6万人，同比增加0.6万人，完成全年目标任务10万人的86.0%`; `出口值为1,782亿美元，
    // 较前年增加146亿美元，年增8.9%，占出口总值4,742亿美元的37.6%`), each in a clause of its own
    let passed = 0;
    while (passed < 2 && isStatedChange(part) && part.index > 0 && countClauseEnds(link) === passed + 1 && countClauseEnds(part.gapBefore) === 1) {
      part = p.figures[part.index - 1];
      link = between(p, part, whole);
      passed++;
    }
    // `旅游收入26.8亿元，游客人均消费858元；旅游收入相当于上年同期25.1亿元的…`: a per-head figure is no part of a
    // total; the part is the figure the clause's subject names
    const subject = isNumber(part) && isIntensive(part) ? subjectBefore(whole.clauseHead) : undefined;
    if (subject && !isIntensive(whole) && !sharesBigram(subject, part.label)) {
      const named = lookBack(p, part.index, whole.sentence, (f) => isNumber(f) && sameUnit(f, whole) && labelNames(f.label, subject));
      if (!named) continue;
      part = named;
      link = between(p, part, whole);
    }
    if (!isNumber(part) || !sameUnit(part, whole) || part.sentence !== whole.sentence) continue;
    if (countClauseEnds(link) > Math.max(2, passed + 1) ||
      (countClauseEnds(link) === 2 && passed === 0 && !isStatedChange(p.figures[part.index + 1]) && !isIntensive(p.figures[part.index + 1]))) continue;
    if (isShare(s)) {
      if (!/完成|为|占|相当于|是|达到|达/.test(link)) continue;
      out.push({ op: 'ratio', part, whole, stated: s });
    } else if (s.kind === 'multiple') {
      if (!/是|为|相当于/.test(link)) continue;
      out.push({ op: 'multiple', a: part, b: whole, stated: s, form: 'ratio' });
    }
  }
}

/** What a label is about, without the place and period words any figure of the text may carry (`全市全社会研发经费投入`
 *  → `研发经费投入`): two labels that share only `全市` are about different things. */
function subjectOf(label: string): string {
  return nameIn(label.replace(PLACE_AND_PERIOD_HEAD, ''));
}
const PLACE_AND_PERIOD_HEAD = /^(?:全年|年末|年底|今年|本年|当年|全市|全省|全县|全区|全国|全社会|本市|本省)+/;

/** The subject a clause opens with, before the verb that relates it to a whole (`旅游收入相当于上年同期` → `旅游收入`). */
function subjectBefore(head: string): string | undefined {
  const m = SUBJECT_BEFORE_VERB.exec(head);
  return m ? m[1] : undefined;
}
const SUBJECT_BEFORE_VERB = /^(?:其中)?([\u3400-\u9fff]{2,8}?)(?:相当于|占|完成|是|为)/;

/** `是2019年的` / `相当于上年的` / `为五年前的`: a multiple of the figure of another period, named by the period. */
const OF_PERIOD = /^(?:是|为|相当于|达到|增至|增加到|增长到|扩大到|提高到)((?:[0-9]{2,4}|[一二三四五六七八九十两]{1,3})年(?:前|末|底|同期)?|上年(?:同期|末)?|去年(?:同期)?|前年|原来)的$/;
const BASE_NAMING_TAIL = /(?:的|为|是|达到|达)$/;

// `A，是2019年的N倍` / `A，相当于2015年的N倍，2015年为B` / `由B增加到A，是五年前的N倍`: a multiple of the figure
// of the named period, when the text states it (named with the same period, or as the start of a 由…到 change).
function findPeriodMultiples(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'multiple' || s.index === 0 || s.value === null || isStatedDoubling(s)) continue;
    const named = OF_PERIOD.exec(trimGap(s.gapBefore));
    if (!named || countClauseEnds(s.gapBefore) !== 1) continue;
    const a = p.figures[s.index - 1];
    if (!isNumber(a) || a.sentence !== s.sentence) continue;
    const period = named[1];
    const namesPeriod = (label: string) => label.replace(BASE_NAMING_TAIL, '').endsWith(period);
    let b = lookBack(p, a.index, s.sentence, (f) => isNumber(f) && sameUnit(f, a) && namesPeriod(f.label));
    const next = p.figures[s.index + 1];
    // stated right after, named by the period at its end or at its start with A's subject
    // (`相当于2015年的2.6倍；2015年全市研发经费投入为58.3亿元`)
    if (!b && next && next.sentence === s.sentence && isNumber(next) && sameUnit(next, a) && countClauseEnds(next.gapBefore) === 1) {
      const head = trimGap(next.gapBefore);
      if (namesPeriod(head) || (head.startsWith(period) && BASE_NAMING_TAIL.test(head) && sharesBigram(subjectOf(head.slice(period.length)), subjectOf(a.label)))) b = next;
    }
    if (!b && reachesLevel(a.gapBefore)) {
      const from = p.figures[a.index - 1];
      if (from && from.sentence === s.sentence && /由|从/.test(from.clauseHead) && isNumber(from) && sameUnit(from, a)) b = from;
    }
    if (b && b !== a) out.push({ op: 'multiple', a, b, stated: s, form: 'ratio' });
  }
}

// `X，占P` / `X，占总数的P` / `X，占地区生产总值的比重为P`: the part is the figure before 占; the whole is the
// part's 其中-total, or the figure the named whole was stated with earlier.
/** Text after the last clause end. */
function lastClause(s: string): string {
  for (let k = s.length - 1; k >= 0; k--) if (countClauseEnds(s[k]) > 0) return s.slice(k + 1);
  return s;
}

/** `占全部支出的` / `占全市的`: a whole named as all of something, which the part's 其中-total is when its label says
 *  so (`全年一般公共预算支出…，其中…`, `全市…`). */
function namesTotalOfAll(noun: string, total: Figure | undefined): boolean {
  if (!total || !noun.startsWith('全')) return false;
  const what = noun.replace(/^(?:全部|全)/, '');
  return total.label.includes(noun) || (what.length >= 2 && nameIn(total.label).endsWith(what));
}

/** `…1,286.4亿元（规模以上工业增加值），其中…，占规模以上工业的比重为`: a whole named by the head of the 其中-total's name
 *  (without its measure: 增加值, 产值, 总额 …). */
function namesSubsetTotal(noun: string, total: Figure | undefined): boolean {
  if (!total || noun.length < 3) return false;
  const name = nameIn(total.label);
  return name.includes(noun) && MEASURE_TAIL.test(name.slice(name.indexOf(noun) + noun.length));
}
const MEASURE_TAIL = /^(?:增加值|产值|总产值|总额|营业收入|收入|总量|产量)?$/;

/** Is the figure followed by a share of its own (`203.8万人，占23.2%`)? */
function hasOwnShare(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  return !!next && isShare(next) && next.gapBefore.includes('占');
}

/** A figure stated with a bound (`超过50万元`, `65岁及以上`): a threshold, not an amount of its own. */
function isThreshold(f: Figure): boolean {
  return f.q.min !== null || f.q.max !== null;
}

/** Text without the nouns any measure may end with (`中场收入` and `贵宾厅收入` share nothing else). */
function withoutGenericNouns(s: string): string {
  return s.replace(GENERIC_NOUNS, '|');
}
const GENERIC_NOUNS = /收入|人数|金额|总额|数量|规模|总量|人口|支出/g;

/** What leads a part stated right after its share (`，涉及金额为97亿港元`, `，达到1,386万人次`, `，计510人`). */
const PART_AFTER_SHARE = /^(?:涉及|共涉及)?(?:金额|人数|数量|规模|总量)?(?:为|达到|达|计|共计|共|约为|约)$/;

/** Words that name the whole of what was just counted (`占整体的`, `占全部的`). */
const WHOLE_WORDS = ['全部', '整体', '全体'];

/** `研发人员总数` → `研发人员`: a whole named as the total of something. */
const TOTAL_NOUN_TAIL = /(?:总数|总人数|总额|总量|总)$/;

const SHARE_TAILS = ['的比重为', '的比例为', '的比率为', '的比重', '的比例', '的比率', '比重为', '比例为', '比重', '比例', '的', '比为', '比', '为', '达到', '达', '约', '近', '是',
  // bounds written before a stated share (`占比超过三成`, `占比不足30%`): the share keeps its bound
  '超过', '逾', '不足', '不到', '接近', '将近', '已达'];

function findShares(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  for (const s of p.figures) {
    if (!isShare(s) || s.index === 0) continue;
    const gap = s.gapBefore;
    // Both forms below have 占 or 比 in the gap: most percentages (`增长5.6%`) are passed over without a regex.
    if (gap.indexOf('占') < 0 && gap.indexOf('比') < 0) continue;
    findShare(p, out, subsetTotals, s, gap);
  }
}

/** One share with 占 or 比 before it. Its own function: the closures below would otherwise give every loop turn of
 *  findShares a heap context, for every percentage of the document. */
function findShare(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, s: Figure, gap: string): void {
  // 占 … P, or a bare 比重为 P / 占比 P right after the part (`其中税收收入692.4亿元，比重为80.0%`).
  const bare = /(?:比重|所占比重|占比)(?:为|达到|达|是)?$/.exec(trimGap(gap));
  const at = gap.lastIndexOf('占') >= 0 ? gap.lastIndexOf('占') : bare && trimGap(gap) === bare[0] ? gap.length - bare[0].length - 1 : -1;
  if (at < 0 || hasSentenceEnd(gap)) return;
  // The part is the figure before 占, passing over a stated change (`出口980亿元，增长10.5%，占62.8%`).
  let part = p.figures[s.index - 1];
  let link = gap.slice(0, at);
  if (isStatedChange(part) && part.index > 0 && countClauseEnds(link) === 1) {
    link = between(p, p.figures[part.index - 1], part) + link;
    part = p.figures[part.index - 1];
  }
  // `有528个村集体经济收入超过50万元，约占三分之一`: a threshold that describes the counted members is no part
  const member = part.index > 0 ? p.figures[part.index - 1] : undefined;
  if (member && isThreshold(part) && isNumber(member) && member.unit !== part.unit && countClauseEnds(part.gapBefore) === 0 && member.sentence === part.sentence) {
    link = between(p, member, part) + link;
    part = member;
  }
  if (!isNumber(part) || part.sentence !== s.sentence || countClauseEnds(link) > 2 || hasSentenceEnd(link)) return;
  if (gap.slice(0, at).includes('分别')) {
    findRespectiveShares(p, out, subsetTotals, s);
    return;
  }
  // A clause with its own subject (`专任教师860人，具有高级职称的占45%`) is a share of something else, unless the
  // subject names a figure before it: the one named exactly so (`其中研发人员3,052人，生产人员6,120人，研发人员占…`),
  // or the last one when it alone shares a word with the subject (`税收收入692.4亿元，税收占比80.0%`).
  const subject = trimGap(lastClause(link)).replace(/^其?所$/, '').replace(/^(?:大约|约|将近|近|接近)$/, '').replace(/^(?:而|但|另|另外)/, '');
  // `总额1,023亿港元，其中网上销售占百分之八点五，涉及金额为97亿港元`: the share is written before its part, which
  // follows in the next clause; the whole is the total before 其中
  if (subject.startsWith('其中') && subject.length > 2) {
    const after = p.figures[s.index + 1];
    if (after && after.sentence === s.sentence && isNumber(after) && sameUnit(after, part) && countClauseEnds(after.gapBefore) === 1 &&
      PART_AFTER_SHARE.test(trimGap(after.gapBefore))) {
      out.push({ op: 'ratio', part: after, whole: part, stated: s });
      return;
    }
  }
  if (subject !== '' && subject !== '其中') {
    const named = lookBack(p, s.index, s.sentence, (f) => isNumber(f) && labelNames(f.label, subject));
    if (named) part = named;
    // `其中贵宾厅收入为62.7亿元，而中场收入占…`: a subject sharing only a generic noun (收入) with the part is another part
    else if (!sharesBigram(withoutGenericNouns(subject), withoutGenericNouns(part.label)) ||
      lookBack(p, s.index, s.sentence, (f) => f !== part && isNumber(f) && sameUnit(f, part) && subsetTotals.get(part) !== f &&
        sharesBigram(subject, f.label)) !== undefined) return;
  }
  // An aside names the share, not the whole: `占消费支出的比重（恩格尔系数）为` (the clean text has `(`).
  let noun = withoutAsides(gap.slice(at + 1));
  // Strip the share words off the named whole until none is left (`占比达` → ``, `占总数的比重为` → `总数`).
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const tail of SHARE_TAILS) {
      if (noun.endsWith(tail)) {
        noun = noun.slice(0, noun.length - tail.length);
        stripped = true;
        break;
      }
    }
  }
  let whole: Figure | undefined;
  // `占研发人员总数的`: the whole is the figure named 研发人员 when there is one (a 其中-part itself, in a
  // nested list), and the part's 其中-total only when the noun names nothing else.
  const namedInTotal = noun.replace(TOTAL_NOUN_TAIL, '');
  // The nearest so named, unless it is a 其中-part and a figure further back, not one, is named so too (`其中民生支出…；
  // 教育支出…，占支出总额的` is of 一般公共预算支出, the total).
  const namesTotal = (f: Figure) => isNumber(f) && sameUnit(f, part) && labelNames(f.label, namedInTotal);
  // named in full (`学生总数为`), or by exactly the bare name (`其中，出口3418.5亿元` for 出口总额), before a figure whose
  // name only ends with it (`机电产品出口`, `…进出口`)
  const namedExactly = (f: Figure) => isNumber(f) && sameUnit(f, part) && (labelNames(f.label, noun) || subjectOf(f.label) === namedInTotal);
  const named = namedInTotal !== noun && namedInTotal.length >= 2;
  const exact = named ? lookBack(p, part.index, 0, namedExactly) : undefined;
  const nearestNamed = named && !exact ? lookBack(p, part.index, 0, namesTotal) : undefined;
  const namedFigure = exact ?? (nearestNamed && subsetTotals.has(nearestNamed) ?
    lookBack(p, part.index, 0, (f) => namesTotal(f) && !subsetTotals.has(f)) ?? nearestNamed : nearestNamed);
  if (namedFigure) whole = namedFigure;
  else if (noun === '' || noun.includes('总') || WHOLE_WORDS.includes(noun) || namesTotalOfAll(noun, subsetTotals.get(part)) ||
    namesSubsetTotal(noun, subsetTotals.get(part))) {
    whole = subsetTotals.get(part);
    // `60岁及以上人口203.8万人，占23.2%，其中65岁及以上人口151.6万人，占17.3%`: a bare 占 under a total that has a
    // share of its own may be of either whole (统计公报 mean the larger one); with two, nothing is checked.
    if (noun === '' && whole && hasOwnShare(p, whole)) return;
  }
  if (!whole && noun.length >= 2) {
    // The named whole, stated earlier as `<noun>(为|达|达到|是)?<figure>`, or later in the same sentence
    // (`研发投入6.84亿元，占营业收入的比例为5.2%；全年实现营业收入152.3亿元`) unless of another period.
    const synonyms = WHOLE_SYNONYMS.find((names) => names.includes(noun));
    const namesWhole = (f: Figure) => isNumber(f) && sameUnit(f, part) && (labelNames(f.label, noun) || (synonyms?.some((w) => f.label.includes(w)) ?? false));
    whole = lookBack(p, part.index, 0, namesWhole) ??
      lookAhead(p, s.index, s.sentence, (f) => namesWhole(f) && !isComparisonBase(f) && !PRIOR_PERIOD.test(f.clauseHead));
  }
  if (whole && whole !== part) out.push({ op: 'ratio', part, whole, stated: s });
}

// `A X，B Y，分别占P和Q`: shares listed in the order of the parts before them, all of the parts' 其中-total.
function findRespectiveShares(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, first: Figure): void {
  const shares = [first];
  for (let k = first.index + 1; k < p.figures.length && shares.length < MAX_REACH; k++) {
    const f = p.figures[k];
    if (!isShare(f) || !['、', '和', '及', '与'].includes(f.gapBefore)) break;
    shares.push(f);
  }
  const parts = p.figures.slice(Math.max(0, first.index - shares.length), first.index);
  if (parts.length !== shares.length || !parts.every((f) => isNumber(f) && sameUnit(f, parts[0]) && f.sentence === first.sentence)) return;
  const total = subsetTotals.get(parts[0]);
  if (!total || !parts.every((f) => subsetTotals.get(f) === total)) return;
  parts.forEach((part, i) => out.push({ op: 'ratio', part, whole: total, stated: shares[i] }));
}

// `计划新增8万人…实际完成8.42万人，完成计划的105.3%`: the target was stated on its own, the completion names it.
function findCompletions(p: Passage, out: Relation[]): void {
  let stated: Set<Figure | undefined> | undefined; // built on the first candidate: most paragraphs have none
  for (const s of p.figures) {
    if (!isShare(s) || s.index === 0) continue;
    if (!/^(?:完成|为|达到|占)(?:了)?(?:年度|全年|年初)?(?:目标任务|目标|计划|任务|预算)的$/.test(s.label)) continue;
    stated ??= new Set(out.map((r) => ('stated' in r ? r.stated : undefined)));
    if (stated.has(s)) continue;
    // the part before the completion, passing over a stated change (`新增就业8.6万人，同比增加0.6万人，完成…的86.0%`)
    let part = p.figures[s.index - 1];
    let clauses = countClauseEnds(s.gapBefore);
    if (isStatedChange(part) && part.index > 0 && clauses === 1) {
      clauses += countClauseEnds(part.gapBefore);
      part = p.figures[part.index - 1];
    }
    if (!isNumber(part) || part.sentence !== s.sentence || clauses > 2 || clauses < 1 || TARGET.test(part.label)) continue;
    // The target stated before, or named right after (`完成年度目标的117.5%，年度目标为8万人`).
    const isTarget = (f: Figure) => isNumber(f) && sameUnit(f, part) && TARGET.test(f.label);
    const next = p.figures[s.index + 1];
    const whole = lookBack(p, part.index, s.sentence - 1, isTarget) ??
      (next && next.sentence === s.sentence && countClauseEnds(next.gapBefore) === 1 && isTarget(next) ? next : undefined);
    if (whole) out.push({ op: 'ratio', part, whole, stated: s });
  }
}

/** Words naming a target; 一般公共预算收入 / 预算支出 name fiscal accounts, not a budget target. */
const TARGET = /任务|目标|计划|(?<!公共)预算(?!收入|支出)/;

/** Words before a rate's stem that only place or date it (`全年出生率`, `全市城镇登记失业率`): not a modifier. */
const RATE_CONTEXT_WORDS = /^(?:全年|年末|年底|全市|全省|全县|全区|全国|今年|本年|当年|城镇|城乡|其中)$/;

/** `不良贷款率`: when the two characters before the stem modify it, the rate is of that narrower thing, and a figure
 *  named only with the stem (各项贷款) is not its part; nothing then is checked. The two characters may instead name
 *  the whole (`总资产…，总负债…；资产负债率`): then some figure is named with them. */
function stemModifierNamed(p: Passage, s: Figure, stem: string): boolean {
  const head = s.label;
  const r = head.lastIndexOf('率');
  const modifier = head.slice(Math.max(0, r - 4), r - 2);
  if (modifier.length < 2 || !/^[\u3400-\u9fff]{2}$/.test(modifier) || RATE_CONTEXT_WORDS.test(modifier)) return true;
  // within the reach the rate's candidates are taken from
  return lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && (f.label.includes(modifier) || f.clauseHead.includes(modifier + stem))) !== undefined;
}

// `城镇人口652.4万人，常住人口城镇化率为71.2%`: rates with a fixed definition, their parts named in the text.
function findDefinedRates(p: Passage, out: Relation[]): void {
  let stated: Set<Figure | undefined> | undefined;
  for (const s of p.figures) {
    if (s.kind !== 'percent' || s.value === null) continue;
    // A plain loop, no closure over `s`: this runs for every percentage, and a closure would give each loop turn a
    // heap context.
    let def: (typeof DEFINED_RATES)[number] | undefined;
    for (const d of DEFINED_RATES) if (labelNames(s.label, d.name)) def = d;
    // `户籍人口城镇化率` is of another population than the one of `城镇化率`: only its own definition applies
    if (!def || (s.label.includes('户籍') && !def.name.includes('户籍'))) continue;
    stated ??= new Set(out.map((r) => ('stated' in r ? r.stated : undefined)));
    if (!stated.has(s)) relateDefinedRate(p, out, s, def);
  }
}

function relateDefinedRate(p: Passage, out: Relation[], s: Figure, def: (typeof DEFINED_RATES)[number]): void {
  // by the figure's own label: a clause head also holds the words of earlier figures in the clause (`其中城镇人口…、乡村人口`)
  const names = (f: Figure, words: readonly string[]) => isNumber(f) && words.some((w) => f.label.includes(w));
  const part = lookBack(p, s.index, s.sentence - 1, (f) => names(f, def.part));
  const whole = part && lookBack(p, s.index, s.sentence - 1, (f) => f !== part && sameUnit(f, part) && names(f, def.whole) && !names(f, def.part));
  if (part && whole) out.push({ op: 'ratio', part, whole, stated: s });
}

// `…率为P`: the part is the figure named with the rate's stem (参保人数 for 参保率), the whole the one named 应…, or
// the only other same-unit figure that no other rate claims (常住人口 for 出生率 and 死亡率).
function findRates(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  let stems: Map<Figure, string> | undefined; // made on the first rate: most paragraphs have none
  for (const s of p.figures) {
    if (!isShare(s) || s.kind !== 'percent') continue;
    const head = s.label;
    const r = head.lastIndexOf('率');
    if (r < 2 || head.length - r > 4) continue;
    const after = head.slice(r + 1);
    if (!['', '为', '是', '达', '达到', ':'].includes(after)) continue;
    const stem = head.slice(r - 2, r);
    if (!/^[\u3400-\u9fff]{2}$/.test(stem)) continue;
    (stems ??= new Map()).set(s, stem);
  }
  if (stems) for (const [s, stem] of stems) if (!stemModifierNamed(p, s, stem)) stems.delete(s);
  if (!stems) return;
  const allStems = [...new Set(stems.values())];
  for (const [s, stem] of stems) {
    // 增长率 / 下降率 are changes, not shares.
    if (CHANGE_VERBS.some((v) => v.word.length === 2 && stem === v.word) || stem === '增速') continue;
    const candidates: Figure[] = [];
    for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= s.sentence - 1; k--) {
      // a per-share or per-head figure (`基本每股收益1.26元`) is neither part nor whole of a rate
      if (isNumber(p.figures[k]) && !isIntensive(p.figures[k])) candidates.unshift(p.figures[k]);
    }
    // 完成率, and 达成率 as company reports write it
    if (stem === '完成' || stem === '达成') {
      const part = [...candidates].reverse().find((f) => (f.label.includes('完成') || f.label.includes('达成')) && !TARGET.test(f.label));
      // The target before the rate, or named right after it (`完成率为118.0%，年度计划为5.00万亩`).
      const isTarget = (f: Figure) => f !== part && isNumber(f) && sameUnit(f, part!) && TARGET.test(f.label);
      const next = p.figures[s.index + 1];
      const whole = part && (candidates.find(isTarget) ??
        (next && next.sentence === s.sentence && countClauseEnds(next.gapBefore) === 1 && isTarget(next) ? next : undefined));
      if (part && whole) out.push({ op: 'ratio', part, whole, stated: s });
      continue;
    }
    const named = (f: Figure) => f.label.includes(stem) || f.clauseHead.includes(stem);
    let part = [...candidates].reverse().find((f) => named(f) && !namesDue(f.clauseHead, stem));
    if (!part) continue;
    // `总负债812.4亿元，其中流动负债624.8亿元；资产负债率为…`: a 其中-part of a figure named the same way is the
    // narrower one; the rate is of its total.
    const partTotal = subsetTotals.get(part);
    if (partTotal && candidates.includes(partTotal) && named(partTotal)) part = partTotal;
    const others = candidates.filter((f) => f !== part && sameUnit(f, part));
    let whole = others.find((f) => namesDue(f.clauseHead, stem));
    // `毕业生4,856人，其中已落实4,312人，落实率为…`: the part's 其中-total
    const total = subsetTotals.get(part);
    if (!whole && total && others.includes(total)) whole = total;
    if (!whole) {
      // Without 应…, only a figure named as a whole (人口, 营收, 总数 …) that no other rate claims.
      const free = others.filter((f) => !allStems.some((o) => o !== stem && (f.label.includes(o) || f.clauseHead.includes(o))) &&
        !named(f) && RATE_WHOLE_WORDS.some((w) => f.clauseHead.includes(w)) && f.iv.hi >= part.iv.lo);
      // `常住人口1268.4万人…。其中，城镇常住人口968.7万人…。全年出生人口…，出生率为`: a 其中-part is a subgroup, and a rate
      // named without it is of the whole population
      const wholes = [...new Set(free.map((f) => subsetTotals.get(f) ?? f))];
      if (wholes.length === 1) whole = wholes[0];
    }
    // `参保率为86.2%，应参保人数445.3万人` / `，辖区常住老年人口61.7万人`: the whole named right after the rate
    if (!whole) whole = wholeAfterRate(p, s, part, stem, allStems);
    // `脱贫人口5.62万人，其中有劳动能力的3.84万人，已实现就业3.71万人，就业率为…`: a 其中-part of the whole that
    // could hold the part is another possible base; with two, nothing is checked.
    if (whole && others.some((f) => f !== whole && subsetTotals.get(f) === whole && f.iv.hi >= part!.iv.lo)) continue;
    if (whole) out.push({ op: 'ratio', part, whole, stated: s });
  }
}

/** Does a clause name the figure a rate is due over: 应 and the rate's stem (`应参保人数`), or split by what is joined
 *  (`应参加城乡居民医保人数` for 参保率)? */
function namesDue(head: string, stem: string): boolean {
  if (head.includes('应' + stem)) return true;
  const at = head.indexOf('应' + stem[0]);
  return at >= 0 && head.indexOf(stem[1], at + 2) >= 0 && head.indexOf(stem[1], at + 2) - at <= MAX_DUE_SPLIT;
}
/** How far apart the two characters of a split stem may be (`应参加城乡居民医保`). */
const MAX_DUE_SPLIT = 12;

/** The first figure in the part's unit after a rate, in the rate's sentence and a clause of its own, when it is named
 *  as the whole (应参保人数, …人口) and not by this or another rate's stem; undefined otherwise. */
function wholeAfterRate(p: Passage, s: Figure, part: Figure, stem: string, allStems: readonly string[]): Figure | undefined {
  for (let k = s.index + 1; k < p.figures.length && k <= s.index + 3; k++) {
    const f = p.figures[k];
    if (f.sentence !== s.sentence) return undefined;
    if (!isNumber(f) || !sameUnit(f, part)) continue;
    if (countClauseEnds(between(p, s, f)) !== 1 || isIntensive(f) || isStatedChange(f) || f.iv.hi < part.iv.lo) return undefined;
    const head = f.clauseHead;
    if (head.includes('应' + stem)) return f;
    if (allStems.some((o) => head.includes(o)) || !RATE_WHOLE_WORDS.some((w) => head.includes(w))) return undefined;
    return f;
  }
  return undefined;
}

/** A figure written as the base of a comparison: `较上季的`, `比2020年末的` right before it. */
const BASE_AFTER_COMPARISON = /(?:比|较)[^,，;；]{0,8}的$/;

/** What may stand between a comparison base and its change verb (`较去年同期的B年增P`). */
const ADVERBS = ['', '年', '月', '季', '同比', '按年', '按月', '环比', '净'];

/** 比 / 较 as "compared with", not inside 比重 / 比例 / 占比 / 比率. */
const COMPARED_WITH = /(?:^|[^占对])(?:比|较)(?![重例率快大高好])/;

/** `增加到2023年的` / `提高到`: the next figure is the new level of a 由…到 change. */
function reachesLevel(gap: string): boolean {
  return countClauseEnds(gap) === 0 && (gap.includes('到') || gap.includes('至'));
}

// `男性X，女性Y，性别比为N` / `城镇…X元，农村…Y元，城乡收入比为N`: a bare ratio of two named figures.
function findNamedRatios(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'number' || s.unit !== '' || s.value === null) continue;
    const named = NAMED_RATIOS.find((r) => /^(?:为|是|:)?$/.test(s.label.slice(s.label.lastIndexOf(r.name) + r.name.length)) && s.label.includes(r.name));
    if (!named) continue;
    const part = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && f.label.includes(named.numerator) && !f.label.includes(named.denominator));
    const whole = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && f.label.includes(named.denominator) && !f.label.includes(named.numerator));
    if (!part || !whole || !sameUnit(part, whole) || part.unit === '') continue;
    // A sex ratio is written per hundred (104.8), an income ratio as is (2.27): the stated size tells which.
    const plain = (part.value as number) / (whole.value as number);
    const scale = (s.value as number) > 10 * plain ? 100 : 1;
    out.push({ op: 'ratio', part, whole, stated: s, scale });
  }
}

interface Change {
  verb: string;
  direction: Direction;
  /** `增长到` / `提高至`: the figure after the verb is the new level, not the change. */
  toLevel: boolean;
}

/** Change nouns with the words that may follow them (`增幅为`), in the order they are tried. */
const CHANGE_NOUN_ENDINGS = CHANGE_NOUNS.flatMap((n) => ['为', '达', '是', ''].map((tail) => ({ verb: n.word + tail, direction: n.direction })));

/** Last characters (as char codes) of every change word and of 到/至, which a verb may carry: a quick no for most gaps. */
const CHANGE_LAST_CODES = new Set([...CHANGE_NOUN_ENDINGS.map((e) => e.verb), ...CHANGE_VERBS.map((v) => v.word), '到', '至'].map((w) => w.charCodeAt(w.length - 1)));

/** The change verb right before a figure (`，同比增长了` → 增长), or undefined. */
function changeBefore(f: Figure): Change | undefined {
  let c = f.changeBefore;
  if (c === undefined) f.changeBefore = c = changeAtEnd(f.gapBefore) ?? null;
  return (c as Change | null) ?? undefined;
}

/** The change verb a gap ends with (`，同比增长了` → 增长), or undefined. */
function changeAtEnd(gap: string): Change | undefined {
  // Figures side by side (`1、2`), or a gap whose last character (trailing spaces and 了 aside, as trimGap drops
  // them) ends no change word: the common cases, answered before any string is made.
  let b = gap.length;
  while (b > 0 && (gap.charCodeAt(b - 1) === SPACE || gap.charCodeAt(b - 1) === LE)) b--;
  if (b === 0 || !CHANGE_LAST_CODES.has(gap.charCodeAt(b - 1))) return undefined;
  let g = trimGap(gap);
  if (g === '') return undefined;

  // 年均增长 / 平均每年增长 are compound rates, not the change between the two figures.
  if (/年均|平均|每年/.test(g)) return undefined;
  for (const e of CHANGE_NOUN_ENDINGS) if (g.endsWith(e.verb)) return { verb: e.verb, direction: e.direction, toLevel: false };
  for (const w of NOT_CHANGE_ENDINGS) if (g.endsWith(w)) return undefined;
  let toLevel = false;
  if (g.endsWith('到') || g.endsWith('至')) {
    g = g.slice(0, -1);
    toLevel = true;
  }
  for (const v of CHANGE_VERBS) if (g.endsWith(v.word)) return { verb: v.word, direction: v.direction, toLevel };
  return undefined;
}

function pushChange(out: Relation[], before: Figure, after: Figure, stated: Figure, change: Change): boolean {
  const { direction, verb } = change;
  if (isNumber(before) && isNumber(after) && sameUnit(before, after)) {
    if (stated.kind === 'percent') out.push({ op: 'growth-rate', before, after, stated, direction, verb });
    else if (isNumber(stated) && sameUnit(stated, after)) out.push({ op: 'growth-amount', before, after, stated, direction, verb });
    else if (stated.kind === 'multiple') {
      const ratioForm = change.toLevel || isStatedDoubling(stated);
      out.push({ op: 'multiple', a: after, b: before, stated, form: ratioForm ? 'ratio' : 'increase' });
    } else return false;
    return true;
  }
  if (before.kind === 'percent' && after.kind === 'percent' && (stated.kind === 'percent' || stated.kind === 'percentage-point')) {
    out.push({ op: 'points', from: before, to: after, stated, direction, verb });
    return true;
  }
  return false;
}

// Increases and decreases: `A，比上年的B增长P` / `A，比上年增长P，上年为B` / `由B增加到A，增长P` / a second
// stated change chained after the first (`比上年的B增加X，增长P`).
function findChanges(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.index === 0 || s.value === null) continue;
    const doubling = isStatedDoubling(s) && isDoublingLead(trimGap(s.gapBefore)) && !statesAFloor(p, s);
    const change = doubling ? { verb: '', direction: 'up' as Direction, toLevel: false } : changeBefore(s);
    // `扩大到3.8倍`: a multiple reached is a ratio to the base; any other figure after 到 is a level, not a change
    if (!change || (change.toLevel && s.kind !== 'multiple') || hasSentenceEnd(s.gapBefore)) continue;
    findChange(p, out, s, change);
  }
}

/** One figure after a change word (its own function: see findShare). */
function findChange(p: Passage, out: Relation[], s: Figure, change: Change): void {
  const prev = p.figures[s.index - 1];
  const gap = trimGap(s.gapBefore);
  let pair: { before: Figure; after: Figure } | undefined;
  // `比上年的58人下降，降幅为25.1%`: the verb right after the base, its amount in a clause of its own
  const verbThenAmount = countClauseEnds(s.gapBefore) === 1 && changeAtEnd(s.gapBefore.slice(0, firstClauseEnd(s.gapBefore)))?.direction === change.direction;
  if (ADVERBS.some((a) => gap === a + change.verb || gap === ')' + a + change.verb) || verbThenAmount) {
    // The figure right before the verb: a comparison base (比/较 in its clause), or the new level of 由B到A.
    if (prev.sentence === s.sentence && COMPARED_WITH.test(prev.clauseHead) && (countClauseEnds(s.gapBefore) === 0 || verbThenAmount)) {
      // not itself a base (`5.86元，较上季的5.32元成长10.2%，较去年同期的3.91元成长…`) or an amount of change
      // (`比上年末的B增加8.2万人，比2020年末的C增加…`); a rate stated as a change may be one (`同比上涨2.1%，涨幅比…回落…`)
      const after = lookBack(p, prev.index, s.sentence, (f) => f.kind === prev.kind && sameUnit(f, prev) && !BASE_AFTER_COMPARISON.test(f.label) &&
        !(f.kind === 'number' && isStatedChange(f)));
      // 比/较 must stand between the two (`A，比上年的B`), not before both (`分别比上年的C和D`).
      const link = after ? between(p, after, prev) : '';
      if (after && COMPARED_WITH.test(link) && !link.includes('分别')) pair = { before: prev, after };
    }
  }
  if (!pair && prev.sentence === s.sentence && /与|同|和/.test(prev.clauseHead) && /^(?:相比|相较|比较)[,，]?/.test(s.gapBefore) &&
    trimGap(s.gapBefore.replace(/^(?:相比|相较|比较)/, '')) === change.verb) {
    // `A，与上年的B相比，增长P`
    const after = lookBack(p, prev.index, s.sentence, (f) => f.kind === prev.kind && sameUnit(f, prev));
    if (after) pair = { before: prev, after };
  }
  // `由B提高到A，实现翻一番还多，增长了N倍`: a doubling said in between restates the change; the pair is before it
  // and so does a compound rate before a cumulative one (`由B增加到A，年均增长5.0%，累计增长12.4%`)
  const passOver = (isStatedDoubling(prev) || (COMPOUND_RATE.test(prev.label) && gap.startsWith('累计'))) && prev.index > 0;
  const level = passOver && countClauseEnds(s.gapBefore) === 1 && countClauseEnds(prev.gapBefore) === 1 &&
    p.figures[prev.index - 1].sentence === s.sentence ? p.figures[prev.index - 1] : prev;
  if (!pair && countClauseEnds(s.gapBefore) >= 1 && level.sentence === s.sentence) {
    // `由B提高到A，实现翻一番；…又比上年增长P`: a change that names its own base (比上年) is not the one from B to A
    if (reachesLevel(level.gapBefore) && !COMPARED_WITH.test(s.label)) {
      // 由B增长到A，增长P
      const b = p.figures[level.index - 1];
      if (b && b.sentence === s.sentence && /由|从/.test(b.clauseHead) && countClauseEnds(level.gapBefore) === 0 &&
        b.kind === level.kind && sameUnit(b, level)) pair = { before: b, after: level };
    } else if (prev.changePair && (ADVERBS.some((a) => gap === a + change.verb) || gap === '累计' + change.verb)) {
      pair = prev.changePair as { before: Figure; after: Figure };
    }
  }
  let baseNamedAfter = false;
  if (!pair && !COMPARED_WITH.test(prev.clauseHead.slice(-4))) {
    // `A，比上年增长P，上年为B` / `A，按年上升P，去年同期為B` / `A，增长P（上年同期为B）`: the base named after the
    // change, and the figure of its kind before it (a count, or a rate: `失业率为3.2%，比上年下降0.8个百分点，上年为3.6%`)
    const next = p.figures[s.index + 1];
    const sameSentence = next && next.sentence === s.sentence;
    const named = sameSentence && (isNumber(next) || next.kind === 'percent') ? NAMED_BASE_AFTER.exec(next.gapBefore) ?? growthBaseAfter(s, next) ?? comparatorRestated(s, next, change) : null;
    if (named) {
      // points between growth rates (`增长5.3%，增速比上年同期回落1.2个百分点；上年同期增速为6.8%`): the later
      // figure is itself a rate of growth, which other changes never pair with
      const ofGrowth = s.kind === 'percentage-point' && next.kind === 'percent' && (named[2] === '' || GROWTH_RATE_NOUNS.test(named[2]));
      const after = lookBack(p, s.index, s.sentence, (f) => f.kind === next.kind && f.value !== null && (!isStatedChange(f) || (ofGrowth && isRisingRate(f))));
      // a noun after the period (`；上季合併營收為`) must name what the later figure names, and the period must be the
      // change's own: `月增3.2%，年增15.6%，上月為…` names the base of the monthly change only
      if (after && sameUnit(next, after) && (named[2] === '' || sharesBigram(named[2], after.clauseHead) || (ofGrowth && isRisingRate(after))) &&
        periodOfBase(named[1]) === periodOfChange(s.label)) {
        pair = { before: next, after };
        baseNamedAfter = true;
      }
    }
  }
  // `2015年为3.1亿元，2023年为12亿元，实现翻三番`: a doubling after the figures of two named periods too
  if (!pair && countClauseEnds(s.gapBefore) >= 1 && (ADVERBS.some((a) => gap === a + change.verb) || (change.verb === '' && isDoublingLead(gap)))) {
    pair = priorPeriodPair(p, s);
  }
  if (pair && pushChange(out, pair.before, pair.after, s, change)) {
    s.changePair = pair;
    // `A，比上年增加X，增长P，上年为B`: the base named after both changes is the amount's as well
    if (baseNamedAfter && isNumber(prev) && prev !== pair.after && !prev.changePair && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1) {
      const amount = changeBefore(prev);
      if (amount && !amount.toLevel && sameUnit(prev, pair.after) && pushChange(out, pair.before, pair.after, prev, amount)) prev.changePair = pair;
    }
    return;
  }
  // `A，比上年增加X，增长P`: no before figure, but the amount gives it.
  const amountChange = changeBefore(prev);
  if (!pair && s.kind === 'percent' && isNumber(prev) && amountChange && !amountChange.toLevel && gap === change.verb &&
    countClauseEnds(s.gapBefore) === 1 && /比上年|比去年|较上年|较去年|同比|比上年末|较上年末|比年初|较年初|比上月|较上月/.test(prev.label)) {
    const after = p.figures[prev.index - 1];
    if (after && isNumber(after) && sameUnit(after, prev) && after.sentence === s.sentence && countClauseEnds(between(p, after, prev)) === 1) {
      out.push({ op: 'growth-rate-derived', after, amount: prev, amountDirection: amountChange.direction, stated: s, direction: change.direction, verb: change.verb });
    }
  }
}

/** Offset of the first clause end in a gap (its length when there is none). */
function firstClauseEnd(gap: string): number {
  for (let i = 0; i < gap.length; i++) if (isClauseEnd(gap[i])) return i;
  return gap.length;
}

// `城镇居民人均可支配收入58320元，比上年增长4.6%；农村居民…26480元，增长6.9%。上年城镇、农村居民人均可支配收入分别为
// 55870元和24770元。`: the prior year's figures listed after the changes, each the base of the change stated with the
// figure its name picks out (the last name carries the noun the others share).
function findRespectiveBases(p: Passage, out: Relation[]): void {
  for (const first of p.figures) {
    if (!isNumber(first) || first.index === 0 || !first.gapBefore.includes('分别')) continue;
    const lead = RESPECTIVE_BASES.exec(trimGap(first.gapBefore));
    if (!lead) continue;
    const names = lead[2].split(NAME_JOINERS);
    if (names.length < 2 || names.some((n) => n.length === 0 || n.length > MAX_ITEM_LABEL * 2)) continue;
    const bases = [first];
    for (let k = first.index + 1; k < p.figures.length && bases.length < names.length; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, first) || listJoin(f.gapBefore) !== 'join') break;
      bases.push(f);
    }
    if (bases.length !== names.length) continue;
    const noun = names[names.length - 1];
    names.forEach((name, i) => {
      const last = i === names.length - 1;
      const after = lookBack(p, first.index, first.sentence - 1, (f) => isNumber(f) && sameUnit(f, first) && !bases.includes(f) && !isStatedChange(f) &&
        !isComparisonBase(f) && f.label.includes(name) && (last || sharesBigram(noun, f.label)));
      const stated = after && p.figures[after.index + 1];
      if (!stated || stated.kind !== 'percent' || stated.changePair || stated.sentence !== after.sentence || periodOfChange(stated.label) !== 'year') return;
      const change = changeBefore(stated);
      if (change && !change.toLevel && countClauseEnds(stated.gapBefore) === 1 && pushChange(out, bases[i], after, stated, change)) {
        stated.changePair = { before: bases[i], after };
      }
    });
  }
}
/** `上年城镇、农村居民人均可支配收入分别为`: the prior period, the names, 分别为. */
const RESPECTIVE_BASES = /^(上年|去年|上年同期|去年同期)([\u3400-\u9fff、和及与]{2,40}?)(?:分别为|分别是)$/;

/** A compound rate (`年均增长5.0%`): not the change between two figures, but a cumulative one may follow it. */
const COMPOUND_RATE = /年均|平均每年/;

/** What may lead a doubling that states the change itself (`，翻了两番`, `，实现翻两番`). */
/** Longest lead a doubling may have in its own clause (`，五年间实现翻两番`, `，数量翻了一番`). */
const MAX_DOUBLING_LEAD = 6;
/** Words after a stated figure that make it a floor, not the value (`翻一番还多`, `翻两番以上`). */
const MORE_THAN_STATED = ['还多', '多', '以上', '有余'];

const PRIOR_PERIOD = /去年|上年|上一年|上季|上月/;
const YEAR_IN_LABEL = /((?:19|20)[0-9]{2})年/;

/** The prior period's figure named right after the change: `，上年为`, `，去年同期為`, `（上年同期为`, `，而前年则为`,
 *  `，上年末为`. */
const NAMED_BASE_AFTER = /^[,，(;；]?而?((?:上年|去年|前年|上季度|上季|上月)(?:同期|同月|同季|末|底)?|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?)([\u3400-\u9fff]{0,6}?)则?(?:为|是)$/;

/** `比一季度末下降0.6个百分点，一季度末为5.2%` / `比全国高0.3个百分点，全国为…`: what the change compares with, named
 *  again right after it with its figure (match groups as NAMED_BASE_AFTER's: the comparator, no noun). */
function comparatorRestated(s: Figure, next: Figure, change: Change): RegExpExecArray | null {
  const head = s.label.endsWith(change.verb) ? s.label.slice(0, s.label.length - change.verb.length) : '';
  const compared = COMPARATOR_AT_END.exec(head);
  if (!compared) return null;
  const restated = RESTATED_AS.exec(trimGap(next.gapBefore));
  if (!restated || restated[1] !== compared[1] || countClauseEnds(next.gapBefore) !== 1) return null;
  restated[2] = '';
  return restated;
}
const COMPARATOR_AT_END = /(?:比|较)([\u3400-\u9fff0-9]{2,8}?)(?:的)?$/;
const RESTATED_AS = /^([\u3400-\u9fff0-9]{2,8}?)(?:为|是)$/;

/** Nouns of a rate of growth, named with the prior period after a change in points (`；上年同期增速为6.8%`). */
const GROWTH_RATE_NOUNS = /^(?:增速|增幅|涨幅|增长率|增长速度)$/;
/** The prior period's growth stated after a change in points, as a change (`（上年同期增长6.8%）`). */
const GROWTH_BASE_AFTER = /^[,，(;；]?而?((?:上年|去年|前年)(?:同期)?)(增长|上涨)$/;

/** `…回落1.2个百分点（上年同期增长6.8%）`: read like a named base whose noun is the growth (match groups as
 *  NAMED_BASE_AFTER's). */
function growthBaseAfter(s: Figure, next: Figure): RegExpExecArray | null {
  if (s.kind !== 'percentage-point' || next.kind !== 'percent') return null;
  const m = GROWTH_BASE_AFTER.exec(next.gapBefore);
  if (m) m[2] = '增速';
  return m;
}

/** A rate of growth stated as such: a rising change (`增长5.3%`) or a level named as growth (`增速为5.3%`). */
function isRisingRate(f: Figure): boolean {
  if (f.kind !== 'percent') return false;
  const c = changeBefore(f);
  if (c) return !c.toLevel && c.direction === 'up';
  return /(?:增速|增幅|涨幅|增长率)(?:为|是|达到|达)?$/.test(f.label);
}

/** Whether a base period (`上月`, `去年同期`) or a change (`月增`, `按年`, `同比`) compares with the month or quarter
 *  before ('short') or with the year before ('year'). */
type ComparisonPeriod = 'short' | 'year';
function periodOfBase(period: string): ComparisonPeriod {
  // `上月`, `上季`, or a month named by its number (`按月下跌8.6%；1月为…`)
  return /^上(?:月|季)|^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?$/.test(period) ? 'short' : 'year';
}
function periodOfChange(label: string): ComparisonPeriod {
  // the change word nearest the figure decides: `月增3.2%，年增15.6%` has both, each in its own clause
  const clause = lastClause(label);
  return /月增|月减|按月|环比|季增|季减|按季|上月|上季/.test(clause) ? 'short' : 'year';
}

/** `去年X为B，今年为A，增长P` / `A，上年为B，降幅为P`: the two figures before the change, one named as the prior
 *  period and the other not, about the same thing (the later one names nothing else, or shares a word). */
function priorPeriodPair(p: Passage, s: Figure): { before: Figure; after: Figure } | undefined {
  const x2 = p.figures[s.index - 1];
  const x1 = p.figures[s.index - 2];
  if (!x1 || !x2 || x1.sentence !== s.sentence || x2.sentence !== s.sentence) return undefined;
  if (x1.kind !== x2.kind || !sameUnit(x1, x2) || (x1.kind !== 'number' && x1.kind !== 'percent')) return undefined;
  if (countClauseEnds(between(p, x1, x2)) !== 1 || COMPARED_WITH.test(x2.label)) return undefined;
  // what is left once the period and a verb of reaching a level (增至, 降到 …) are taken away must name the same thing
  const bare = (label: string) => label.replace(/今年|本年|当年|去年|上年同期|去年同期|上年|上一年|(?:19|20)[0-9]{2}年|(?:增|增加|增长|提高|上升|升|降|下降|减少|减|回落|跌)(?:至|到)|为|达到|达|是|[,，]/g, '');
  if (bare(x2.label).length > 1 && !sharesBigram(x1.label, x2.label)) return undefined;
  // `2023年…X，2022年为Y`: the earlier year is the base
  const y1 = YEAR_IN_LABEL.exec(x1.label)?.[1];
  const y2 = YEAR_IN_LABEL.exec(x2.label)?.[1];
  if (y1 && y2 && y1 !== y2) return y1 < y2 ? { before: x1, after: x2 } : { before: x2, after: x1 };
  const p1 = PRIOR_PERIOD.test(x1.label);
  const p2 = PRIOR_PERIOD.test(x2.label);
  if (p1 && !p2) return { before: x1, after: x2 };
  if (p2 && !p1) return { before: x2, after: x1 };
  return undefined;
}

/** What may lead a doubling that states the change itself: nothing, `实现`, a subject or a period (`，五年间实现`,
 *  `，数量`), but no comparison of its own (`比2018年`) and no figure. */
function isDoublingLead(lead: string): boolean {
  if (lead.length > MAX_DOUBLING_LEAD || COMPARED_WITH.test(lead)) return false;
  for (let i = 0; i < lead.length; i++) {
    const c = lead.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

/** `翻一番还多` / `翻两番以上`: the figure is a floor, which no interval check here reads. */
function statesAFloor(p: Passage, f: Figure): boolean {
  return MORE_THAN_STATED.some((w) => p.text.startsWith(w, f.cleanEnd));
}

/** `翻一番` / `翻了两番`, however led. */
function isStatedDoubling(f: Figure): boolean {
  return f.kind === 'multiple' && f.q.format.prefix.includes('翻');
}

// `翻两番` in a sentence that already relates two figures by a multiple: the same two figures.
function findDoublings(p: Passage, out: Relation[]): void {
  // Most paragraphs state no doubling: no list, set or map is made for them.
  if (!p.figures.some(isStatedDoubling)) return;
  const multiples = out.filter((r): r is Extract<Relation, { op: 'multiple' }> => r.op === 'multiple');
  const stated = new Set(multiples.map((r) => r.stated));
  const bySentence = new Map<number, Extract<Relation, { op: 'multiple' }>>();
  for (const r of multiples) if (!bySentence.has(r.stated.sentence)) bySentence.set(r.stated.sentence, r);
  for (const s of p.figures) {
    if (!isStatedDoubling(s) || stated.has(s) || statesAFloor(p, s)) continue;
    const base = bySentence.get(s.sentence);
    if (base) out.push({ op: 'multiple', a: base.a, b: base.b, stated: s, form: 'ratio' });
  }
}

/** Months a total's label covers, or undefined when it names no period: `上半年` 6, `前三季度` 9, `一季度` 3,
 *  `1至5月` 5, `前10个月` 10, `全年` / `2023年` 12. */
function monthsOf(label: string): number | undefined {
  if (/上半年|下半年/.test(label)) return 6;
  if (/前三季/.test(label)) return 9;
  if (/[一二三四1-4]季度|首季/.test(label)) return 3;
  const span = /([0-9]{1,2})(?:至|到|-|—|–|~)([0-9]{1,2})月/.exec(label);
  if (span && Number(span[2]) >= Number(span[1])) return Number(span[2]) - Number(span[1]) + 1;
  const first = /前([0-9]{1,2})个月/.exec(label);
  if (first) return Number(first[1]);
  return /年/.test(label) ? 12 : undefined;
}

const MONTHLY = /(?:^|[^0-9一二三四五六七八九十])(?:月均|月人均|人均月|人均每月|每人每月|户均每月|户均月|平均每月|每月平均)/;

// 人均 / 户均 / 平均 / 每千人口 / 亩产 / 月均: the stated figure is a total divided by a count (or by 12 months).
function findAverages(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  for (const s of p.figures) {
    if (!isNumber(s)) continue;
    const head = s.label;
    // A label without the first character of any cue is passed over without trying each cue (most are).
    if (!containsAnyOf(head, PER_CAPITA_FIRST_CODES)) continue;
    findAverage(p, out, subsetTotals, s, head);
  }
}

/** Is the figure a count in one of the units, written so or with 个 and a noun that counts in it (`1,286个…家庭`)? */
function countsIn(p: Passage, f: Figure, units: readonly string[]): boolean {
  if (units.includes(f.unit)) return true;
  if (f.unit !== '个') return false;
  const after = p.text.slice(f.cleanEnd, f.cleanEnd + MAX_COUNTED_NOUN);
  return units.some((u) => COUNTED_NOUNS[u]?.some((noun) => after.includes(noun) && !hasClauseEnd(after.slice(0, after.indexOf(noun)))));
}
/** How far after a count in 个 its noun may be (`个经济困难家庭`). */
const MAX_COUNTED_NOUN = 8;

function hasClauseEnd(s: string): boolean {
  return countClauseEnds(s) > 0 || hasSentenceEnd(s);
}

/** `在校学生6.21万人，平均每名教师负担学生15.2人`: the total is the figure named by the second noun, the count the one
 *  named by the first, each the nearest so named in this sentence or the one before. */
function findMemberAverage(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, s: Figure, countNoun: string, totalNoun: string): void {
  // a 其中-part (`其中35岁以下青年教师1,520人`) is a share of the count, not the count
  const named = (noun: string) => {
    const names = MEMBER_NOUN_ALIASES[noun] ?? [noun];
    return (f: Figure) => isNumber(f) && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) && !subsetTotals.has(f) &&
      (names.some((n) => f.label.includes(n)) || sharesBigram(noun, nameIn(f.label)));
  };
  const total = lookBack(p, s.index, s.sentence - 1, (f) => named(totalNoun)(f) && sameUnit(f, s));
  const count = lookBack(p, s.index, s.sentence - 1, (f) => f !== total && named(countNoun)(f) && !named(totalNoun)(f));
  if (total && count) out.push({ op: 'average', total, count, stated: s, factor: 1 });
}

/** `售出门票48.6万张，实现门票收入1.17亿元，平均票价为214元` / `销售额612.4亿元，平均售价每平方米7628元`: the sales
 *  named so, over the count of what was sold. */
function findPriceAverage(p: Passage, out: Relation[], s: Figure, price: (typeof PRICE_AVERAGES)[number]): void {
  const total = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && sameUnit(f, s) && !isIntensive(f) && !isStatedChange(f) &&
    price.total.some((w) => f.label.includes(w)));
  const count = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && price.countUnits.includes(f.unit) && !isStatedChange(f) &&
    price.count.some((w) => f.label.includes(w)));
  if (total && count) out.push({ op: 'average', total, count, stated: s, factor: 1 });
}

/** The words after an average's cue when they name only its count: nothing, or 每 and a classifier (`每户`). */
const BARE_PER_COUNT = /^(?:每[\u3400-\u9fff])?(?:领取|获得|享受|可领)?(?:约|为|达|约为)?$/;

/** Units so many figures count in (people, visits, households) that only a count near the average is its own. */
const NEAR_COUNT_UNITS = new Set(['人', '人次', '户']);

/** `按每间医院计平均`: the classifier of the count written before 平均. */
const PER_BEFORE_AVERAGE = /按每([\u3400-\u9fff])[\u3400-\u9fff]{0,6}(?:计算|计)$/;

/** `平均每名教师负担学生15.2人`: an average of one head count over another, each named (教师 the count, 学生 the total). */
const PER_MEMBER_OF = /^每(?:名|位|个)?([\u3400-\u9fff]{1,6}?)(?:负担|承担|服务|拥有|管理|对应|教导|指导)([\u3400-\u9fff]{1,6}?)(?:数|人数)?(?:为|达|约|约为)?$/;

/** One figure whose label has the first character of a per-capita cue (its own function, as findShare). */
function findAverage(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, s: Figure, head: string): void {
  const cue = PER_CAPITA_CUES.find((c) => head.includes(c.cue));
  if (!cue) return;
  // 月均 / 人均月 / 平均每月: a monthly figure of an annual total (not 1-6月均…, where 月 ends a date).
  const monthly = MONTHLY.test(head);
  if (cue.cue === '月均' && !monthly) return;
  const perHead = cue.cue !== '月均' && !(cue.cue === '平均' && monthly);
  const noun = head.slice(head.indexOf(cue.cue) + cue.cue.length).replace(/^(?:每月|月)/, '');
  if (perHead && cue.cue === '平均') {
    const members = PER_MEMBER_OF.exec(noun);
    if (members) return findMemberAverage(p, out, subsetTotals, s, members[1], members[2]);
    const price = PRICE_AVERAGES.find((a) => a.nouns.some((n) => noun.startsWith(n)));
    if (price) return findPriceAverage(p, out, s, price);
  }
  let countUnits = cue.countUnits;
  if (perHead && countUnits.length === 0) {
    // Generic 平均: the count unit is the classifier after 每 (`平均每场` → 场), or named after the cue (`平均住户人数` → 户).
    // two-character classifiers first (`平均每人次` counts 人次, not 人)
    // `按每间医院计平均约24.6亿港元`: the classifier may come before the cue
    const before = noun.startsWith('每') ? undefined : PER_BEFORE_AVERAGE.exec(head.slice(0, head.indexOf(cue.cue)));
    const per = noun.startsWith('每') ? noun : before ? '每' + before[1] : '';
    const classifier = per ? PER_CLASSIFIER_UNITS[per.slice(1, 3)] ?? PER_CLASSIFIER_UNITS[per[1]] : undefined;
    if (classifier && !classifier.includes(s.unit)) countUnits = classifier;
    else {
      const named = ['户', '亩', '家', '所', '人'].filter((u) => head.includes(u) && u !== s.unit);
      if (named.length === 0) return;
      countUnits = [named[0]];
    }
  }
  // `脱贫户3.26万户、12.15万人，户均3.7人`: a count and a total stated together right before the average are its own,
  // whatever 其中 they sit under
  if (perHead && countUnits.length > 0 && !monthly && (BARE_PER_COUNT.test(noun) || /人口|人数/.test(noun))) {
    const total = p.figures[s.index - 1];
    const count = p.figures[s.index - 2];
    if (count && isNumber(total) && isNumber(count) && !isIntensive(total) && !isIntensive(count) && countsIn(p, count, countUnits) &&
      massFactor(total.unit, s.unit) !== undefined && count.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 &&
      LIST_JOINERS.includes(between(p, count, total))) {
      out.push({ op: 'average', total, count, stated: s, factor: cue.factor * (massFactor(total.unit, s.unit) ?? 1) });
      return;
    }
  }
  const minSentence = s.sentence - 1;
  let factor = cue.factor;
  const isTotal = (f: Figure) => {
    if (!isNumber(f) || f === s || isIntensive(f)) return false;
    if (massFactor(f.unit, s.unit) === undefined) return false;
    if (cue.countLabel && f.label.includes(cue.countLabel)) return false;
    // The two readings below take a figure for what it measures, not for its name: a 其中-part (`其中香港永久性居民…`,
    // `其中夏粮产量…`) is then the total of nothing (a part named like the average, `其中执业医师…`, still is).
    if (cue.totalHint) return f.label.includes(cue.totalHint) && !subsetTotals.has(f);
    // 户均人口 / 平均住户人数 / 户均4.4人: a head count of people is the total whatever it is called.
    if ((/人口|人数/.test(noun) || (noun === '' && cue.cue === '户均')) && f.unit === '人' && s.unit === '人') return !subsetTotals.has(f);
    // `全年支出3.42亿元，月均3,150万元`: a bare monthly figure right after the total
    if (noun === '' && monthly && f.index === s.index - 1 && countClauseEnds(s.gapBefore) === 1) return true;
    // `发放补贴1.38亿元，惠及9.6万户，平均每户1348元` / `户均1348元`: an average that names nothing but its count is of
    // the nearest amount in its unit in the same sentence, a part of nothing
    if (BARE_PER_COUNT.test(noun) && f.sentence === s.sentence && f.unit === s.unit && !subsetTotals.has(f) && f.unit !== '人') return true;
    return sharesBigram(noun, f.label) || AVERAGE_TOTAL_NAMES.some((a) => noun.includes(a.noun) && a.total.some((w) => f.label.includes(w)));
  };
  // The total stated before, or later in the same sentence (`亩产495公斤，总产量58.3万吨`).
  const total = lookBack(p, s.index, minSentence, isTotal) ?? lookAhead(p, s.index, s.sentence, (f) => isTotal(f) && !isStatedChange(f) && !isComparisonBase(f));
  if (!total) return;
  // A monthly figure of a period's total: the period's months (上半年 6, 前三季度 9, 1至5月 5, a year 12).
  const months = monthly ? monthsOf(total.label) : 1;
  if (months === undefined) return;
  factor /= months;
  if (!perHead) {
    out.push({ op: 'average', total, stated: s, factor: factor * (massFactor(total.unit, s.unit) ?? 1) });
    return;
  }
  // The count: the only head count nearby, or the only one named as a population (人口, 员工 …); two
  // candidates and no way to choose means no check.
  const counts: Figure[] = [];
  // A count in a unit nothing else is counted in (`公立医院43间` for 平均每间…) may be stated further back in the paragraph
  const reach = countUnits.some((u) => NEAR_COUNT_UNITS.has(u)) ? minSentence : 0;
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= reach; k--) {
    const f = p.figures[k];
    if (isNumber(f) && f !== total && !isIntensive(f) && !isStatedChange(f) && countsIn(p, f, countUnits) &&
      !subsetTotals.has(f) && (!cue.countLabel || f.label.includes(cue.countLabel))) counts.push(f);
  }
  const named = counts.filter((f) => POPULATION_WORDS.some((w) => f.clauseHead.includes(w)));
  const count = counts.length === 1 ? counts[0] : named.length === 1 ? named[0] : undefined;
  if (!count) return;
  factor *= massFactor(total.unit, s.unit) ?? 1;
  out.push({ op: 'average', total, count, stated: s, factor });
}
