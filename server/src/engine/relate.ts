// The relation finder: reads cue words in the clean text between and around figures and states which figures must
// agree arithmetically (share, subset, sum, growth, points, multiple, average). Pure pattern reading, no checking:
// the rules in rules/ decide whether a found relation holds. When the wording does not make a relation certain,
// no relation is produced (a missed warning costs less than a false one).
// Each family of relations is read by its own module in relate/; this one runs them in order and shares the result.
import { findAverages } from './relate/averages';
import { findChanges, findChangesAgainstNamedYear, findRespectiveFromTo, findComparedRates, findDoublings, findRestatedIncreases, findNamedMultiples, findPeriodMultiples, findRespectiveBases, findRestatedRateChanges, findShareChangesAfterPriorShare } from './relate/changes';
import { type Figure, type Passage, buildPassage, regionEndFrom, regionStartBefore, sentenceEndFrom } from './relate/passage';
import { findCompletions, findDefinedRates, findNamedRatios, findRates, findRatesOnNamedBase, findRestatedShares, findShares, findSlashedRatios, findWholeOf } from './relate/shares';
import { isIntensive } from './relate/figures';
import { findBalances, findCategoryBreakdowns, findComposedLists, findKnownPartitions, findListTotals, findMonthTotals, findPartsOfYear, findYearlyParts, findNamedBreakdowns, findPartsBeforeRest, findPlanProgress, findDoneToSomeOf, findNamedScopes, findQualifiedParts, findSubsets, findTotalsAfterParts, findPerShareTotals, findNestedFloors, findPointedScopes, listItemName } from './relate/sums';
import type { RuleContext } from './rules/types';

export type { Figure, Passage } from './relate/passage';

export type Direction = 'up' | 'down';

export type Relation =
  /** part ÷ whole × scale = stated; scale 100 for percentages, 1 for fractions, 1 or 100 for a bare ratio. */
  | { op: 'ratio'; part: Figure; whole: Figure; stated: Figure; scale?: number }
  | { op: 'subset'; part: Figure; total: Figure }
  /** Σ parts = total ('eq': a list said to make up the whole), or ≤ total ('subset-list': parts after 其中, which
   *  must add up only when they plainly mean to cover the whole; 'partial': parts known to leave a rest, uses of money;
   *  'open': parts the text says leave a rest, 其余…). `declared`: a breakdown the text announces (按…分, 其中…分别为),
   *  whose shortfall by one part's transposed digits is a typo rather than a category left out. `derived`: the part the
   *  text works out from the others (a balance, 结余 or 顺差), which a mismatch flags. */
  | { op: 'sum'; parts: Figure[]; total: Figure; mode: 'eq' | 'subset-list' | 'partial' | 'open'; declared?: boolean; derived?: Figure }
  | { op: 'growth-rate'; before: Figure; after: Figure; stated: Figure; direction: Direction; verb: string }
  | { op: 'growth-amount'; before: Figure; after: Figure; stated: Figure; direction: Direction; verb: string }
  | { op: 'points'; from: Figure; to: Figure; stated: Figure; direction: Direction; verb: string }
  | { op: 'multiple'; a: Figure; b: Figure; stated: Figure; form: 'ratio' | 'increase' }
  /** total ÷ count × factor = stated; no count for a monthly figure of an annual total (factor 1/12). */
  | { op: 'average'; total: Figure; count?: Figure; stated: Figure; factor: number; alternatives?: readonly AverageReading[] }
  /** `A，比上年增加X，增长P`: the before figure is A ∓ X. */
  | { op: 'growth-rate-derived'; after: Figure; amount: Figure; amountDirection: Direction; stated: Figure; direction: Direction; verb: string };

/** Another total and count the wording allows an average to be over (a count's whole or part, the total's 其中 part or
 *  its whole, another head count within reach): an average that fits one of them is no finding. */
export interface AverageReading {
  total: Figure;
  count: Figure;
  /** The whole's reading of an average stated in a 其中 group's clauses: it excuses a fit, but a finding is always
   *  reported against the group's own figures, which the text plainly means. */
  excuseOnly?: boolean;
}

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
  findQualifiedParts(p, out, subsetTotals);
  findDoneToSomeOf(p, out, subsetTotals);
  findListTotals(p, out);
  findKnownPartitions(p, out);
  findNamedBreakdowns(p, out);
  findCategoryBreakdowns(p, out, subsetTotals);
  findTotalsAfterParts(p, out);
  findPerShareTotals(p, out);
  findNestedFloors(p, out);
  findPointedScopes(p, out);
  findMonthTotals(p, out);
  findYearlyParts(p, out);
  findPartsOfYear(p, out);
  findPartsBeforeRest(p, out);
  findPlanProgress(p, out);
  findBalances(p, out);
  findComposedLists(p, out);
  findWholeOf(p, out);
  findPeriodMultiples(p, out);
  findNamedMultiples(p, out);
  findShares(p, out, subsetTotals);
  findRates(p, out, subsetTotals);
  findCompletions(p, out, subsetTotals);
  findDefinedRates(p, out);
  findNamedRatios(p, out);
  findSlashedRatios(p, out);
  findRatesOnNamedBase(p, out);
  findRestatedShares(p, out);
  findRespectiveFromTo(p, out);
  findChanges(p, out);
  findComparedRates(p, out);
  findRestatedRateChanges(p, out);
  findShareChangesAfterPriorShare(p, out);
  findRespectiveBases(p, out);
  findChangesAgainstNamedYear(p, out);
  findDoublings(p, out);
  findRestatedIncreases(p, out);
  findAverages(p, out, subsetTotals);
  return withoutSumsOfOverlaps(p, withoutOverlappedParts(p, withoutMixedRatios(withoutMixedChanges(out))));
}

/** A share of a total over a figure per head or per share, or the other way round (`配發總額T；…每股盈餘W，配發率P` is not T
 *  over W): whichever reading paired them, it is dropped when the two are of different sizes altogether, as mixed changes are. */
function withoutMixedRatios(out: Relation[]): Relation[] {
  const mixed = (r: Relation) => r.op === 'ratio' && isIntensive(r.part) !== isIntensive(r.whole) && r.part.kind === 'number' && r.whole.kind === 'number' &&
    r.part.value !== null && r.whole.value !== null && r.part.value > 0 && r.whole.value > 0 && (r.part.value / r.whole.value > 20 || r.part.value / r.whole.value < 0.0005);
  return out.some(mixed) ? out.filter((r) => !mixed(r)) : out;
}

/** A change between an average and a total is no change of one measure (`人均补贴P；补贴金额比上年的B增长Q` is not P over B):
 *  whichever reading paired them, it is dropped when the two are of different sizes altogether (one over twenty times the
 *  other; a base's label may not say it is an average, `比上年的B`, so sizes that could be one measure's are kept). */
function withoutMixedChanges(out: Relation[]): Relation[] {
  const mixed = (r: Relation) => (r.op === 'growth-rate' || r.op === 'growth-amount') && isIntensive(r.before) !== isIntensive(r.after) &&
    r.before.value !== null && r.after.value !== null && r.before.value > 0 && r.after.value > 0 &&
    (r.after.value / r.before.value > 20 || r.after.value / r.before.value < 0.05);
  return out.some(mixed) ? out.filter((r) => !mixed(r)) : out;
}

/** `水资源总量T，其中地表水资源量A，地下水资源量B，地下水与地表水资源不重复量C`: an item that is the part of one measure not
 *  counted in another (`X与Y不重复量`) stands in the sum for X, which overlaps Y: T = A + C, and B is no part of the sum. */
function withoutOverlappedParts(p: Passage, out: Relation[]): Relation[] {
  if (!p.text.includes('不重复量')) return out;
  return out.map((r) => {
    if (r.op !== 'sum') return r;
    const rest = r.parts.find((f) => listItemName(f).includes('不重复量'));
    const overlapping = rest && NOT_DOUBLE_COUNTED.exec(listItemName(rest))?.[1];
    if (!overlapping) return r;
    const parts = r.parts.filter((f) => f === rest || !listItemName(f).startsWith(overlapping));
    return parts.length === r.parts.length ? r : { ...r, parts };
  });
}
/** `地下水资源量与地表水资源量不重复量`: group 1 the measure whose rest the item is (its first two characters are enough to name it). */
const NOT_DOUBLE_COUNTED = /^([\u3400-\u9fff]{2})[\u3400-\u9fff]{0,6}与[\u3400-\u9fff]{2,8}不重复量$/;

/** `…分別為A、B和C；由於部分企業同時獲得多項認定，合計數已剔除重複`: a sentence that says its parts overlap makes no sum of
 *  them (each part is still within its total). */
function withoutSumsOfOverlaps(p: Passage, out: Relation[]): Relation[] {
  if (!OVERLAP_NOTE.test(p.text)) return out;
  // (in the list's own clause run or the one after it, up to a semicolon: `…分别为A、B和C；由于部分企业同时获得多项认定，合计
  // 数已剔除重复`; or in the next sentence when that one states no figure of its own: `…分别为A、B和C人。部分人才同时入选
  // 多个类别，合计数已剔除重复`; not a note on another list before a semicolon)
  const noted = (r: Extract<Relation, { op: 'sum' }>) => {
    const first = r.parts.reduce((a, f) => (f.cleanStart < a.cleanStart ? f : a), r.total);
    const last = r.parts.reduce((a, f) => (f.cleanEnd > a.cleanEnd ? f : a), r.total);
    const from = regionStartBefore(p.text, first.cleanStart);
    const own = regionEndFrom(p.text, last.cleanEnd);
    const to = p.text[own] === ';' || p.text[own] === '；' ? regionEndFrom(p.text, own + 1) : own;
    if (OVERLAP_NOTE.test(p.text.slice(from, to))) return true;
    // (the next sentence alone, after the list's own)
    const sentenceEnd = sentenceEndFrom(p.text, last.cleanEnd);
    const next = p.text.slice(sentenceEnd + 1, sentenceEndFrom(p.text, sentenceEnd + 1));
    return !p.figures.some((f) => f.sentence === r.total.sentence + 1) && OVERLAP_NOTE.test(next);
  };
  return out.filter((r) => r.op !== 'sum' || !noted(r));
}
const OVERLAP_NOTE = /剔除重复|剔除同时|不重复计算|重复计算|有所重叠|存在交叉|交叉重叠/;

