// Parts and totals: 其中 / 当中 / `X中，` subsets, lists said to make up a total (合计, 分别为, 按…分), known
// partitions (地区生产总值 and its three industries) and named breakdowns.
import type { Relation } from '../relate';
import { isHan } from '../normalize';
import { PRIOR_PERIOD, isComparisonBase, isStatedChange, reachesLevel } from './change-words';
import { CROSS_CUTTING_ATTRIBUTES, DICHOTOMIES, EXCLUSIVE_DIMENSIONS, DONE_TO_SOME_OF, KNOWN_INCOMPLETE, KNOWN_PARTITIONS, MEMBER_NOUN_ALIASES, PARTNER_LEADS, PER_HEAD_WORDS, PER_HOUSEHOLD_WORDS, PER_UNIT, PERIOD_WORDS, PLACE_WORDS, RESIDENCES, RESIDENTS, SETTLEMENTS, SUBSET_CUES, TARGET_NAMES, TOTAL_CUES } from './cues';
import { MAX_REACH, clauseAfter, containsAnyOf, firstCodes, firstFigureFrom, includesUnnegated, isComputationBasis, isIntensive, isNumber, isShare, isStatedTotal, isThreshold, isTimeAverage, isWholeOfShare, labelNames, lastClause, lookAhead, lookBack, nameIn, namesOneWhole, pairedLabel, periodOf, placeOf, sameUnit, subjectOf, withoutAsides, withoutContext } from './figures';
import { type Figure, type Passage, between, countClauseEnds, hasSentenceEnd, isClauseEndAt, isRegionEnd, regionEndFrom, sentenceEndFrom, sentenceHead, sharesBigram, trimGap } from './passage';

// 其中 / 当中 / 包括: a total, then one or more parts of it (each unit on its own).
/** Parts of a 其中 are read at most this far after the cue. */
const MAX_REGION = 400;

export function findSubsets(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  const text = p.text;
  for (const cue of SUBSET_CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const firstIndex = firstFigureFrom(p, at);
      const before = p.figures[firstIndex - 1];
      if (before && before.cleanEnd > at) continue; // the cue is inside a figure
      if (firstIndex >= p.figures.length) continue;
      const sentence = p.sentenceOf(at);
      // The parts run to the end of the sentence or to a semicolon.
      let end = regionEndFrom(text, at + cue.length, at + MAX_REGION);
      end = parallelClausesEnd(p, firstIndex, end, at + 2 * MAX_REGION);
      end = sameSubjectClauseEnd(p, firstIndex, end, at + 2 * MAX_REGION);
      end = pastRateOnlyClause(p, firstIndex, end, at + 2 * MAX_REGION);
      // (`其中粮食作物A，占P；其余为经济作物，播种面积B`: the rest, named after a semicolon, closes the list)
      // (not the rest of the total's own level, named as the total is: `酒类业务收入T，其中…；其他业务收入B`)
      if ((text[end] === ';' || text[end] === '；') && REST_AFTER_SEMICOLON.test(text.slice(end + 1, end + 4)) && !restOfTotalsLevel(p, end + 1, before)) {
        end = regionEndFrom(text, end + 1, at + 2 * MAX_REGION);
      }
      // (`其中内地旅客A，约占八成；非内地市场旅客B，占整体的P`: clauses of the first one's shape, a count and its share)
      const shaped = parallelShareClausesEnd(p, firstIndex, p.figures[firstIndex]);
      if (shaped > firstIndex && p.figures[shaped - 1].cleanEnd < at + 2 * MAX_REGION) end = Math.max(end, p.figures[shaped - 1].cleanEnd);
      // (`其中，夏粮产量A，增长P；秋粮产量B，增长Q`: clauses of a count named alike and its change)
      // (such a run reads its parts, but a shortfall is no finding: 公路、水路、铁路 leave out 航空 and 管道)
      const changed = parallelChangeClausesEnd(p, firstIndex);
      const runsOn = changed > firstIndex && p.figures[changed - 1].cleanEnd < at + 2 * MAX_REGION && p.figures[changed - 1].cleanEnd > end;
      if (runsOn) end = p.figures[changed - 1].cleanEnd;
      const region = text.slice(at, end);
      // `其中…分别为A、B`: 分别 before the parts declares them a list of siblings, none nested in another; after them
      // (`分别增长…`, `分别占…`) it only distributes a change or a share over them. A list after 其中 need not be the
      // whole (`其中，小学、初中在校生分别为…` leaves out 高中), so it is checked like any other 其中 list.
      const fenbie = region.indexOf('分别');
      const declaredList = fenbie >= 0 && at + fenbie < p.figures[firstIndex].cleanStart;
      // (a 当中 inside the parts opens a list of some of the part before it: `其中内地旅客A，占P，当中个人游旅客B`)
      // (a break before the first part is none: `其中产业发展、…和其他项目分别安排A、B和C` names the parts' uses)
      const nested = nestedCueAt(text, at + cue.length, end);
      if (nested >= 0 && nested > p.figures[firstIndex].cleanStart) end = nested;
      const parts: Figure[] = [];
      for (let k = firstIndex; k < p.figures.length && k < firstIndex + MAX_REACH && p.figures[k].cleanEnd <= end; k++) {
        const f = p.figures[k];
        // (daily figures are parts of a daily average: `平均每日T，当中A和B分别为每日X和Y`; not a daily figure in a clause of
        // its own after a total of the whole period, `共揽收T，其中…，日均处理量超过1000万件`)
        // (and per-head sources of a per-head income: `其中人均工资性收入A、经营净收入B`)
        if (isNumber(f) && (!isIntensive(f) || ((isTimeAverage(f) || /每日|每天/.test(f.label)) && !(before && isNumber(before) && !isIntensive(before) && countClauseEnds(f.gapBefore) > 0)) || INCOME_COMPONENT.test(listItemName(f))) && !isComparisonBase(f) && !isStatedChange(f) && (!isStatedTotal(f) || (k === firstIndex && (namesOneGroup(f) || COUNTED_GROUP_TOTAL.test(lastClause(f.label)))) || REST_LEAD.test(trimGap(lastClause(f.label))) || restCounted(p, f) || sumsKindsOfItsOwn(p, f, firstIndex)) &&
          (!BALANCE.test(f.label) || NET_INCOME.test(lastClause(f.label)) || NET_WHOLE.test(text.slice(Math.max(0, at - MAX_REGION), at))) && !isCompletedTarget(p, f) && (!TARGET_NAMES.test(lastClause(f.label).replace(JOINED_SCHEME, '')) || namesSchemeItem(f, parts)) &&
          // (nor one in an aside of what the part before includes, `县内就业B（含公益性岗位安置C）`, nor a threshold that
          // describes members counted in another unit, `10亿元以上项目9个`)
          !INCLUDED_ASIDE.test(f.label) && !describesMembers(p, f) &&
          // (nor a limit the total is compared with: `，低于省下达的债务限额1512亿元`)
          !COMPARED_LIMIT.test(lastClause(f.label)) && !isComputationBasis(p, f) &&
          // (nor the whole a part's share is stated of: `其中…教育经费A，占一般公共预算支出W的P`)
          !(isWholeOfShare(p, f) && f.gapBefore.includes('占')) &&
          // (nor a clause of another stage of the work: `新开工…住房T，其中公租房A、保租房B，基本建成C`)
          !otherStage(before, f) &&
          // (nor a total of the whole stock in a clause of its own, after a total that is no such one: `新增…里程T，其中新建…
          // 437公里，高速公路总里程突破8,600公里`; `公路总里程T，其中…，农村公路总里程C` lists a part)
          !(k > firstIndex && countClauseEnds(f.gapBefore) > 0 && STOCK_TOTAL.test(lastClause(f.label)) && before !== undefined && !lastClause(before.label).includes('总')) &&
          // (nor a mark the total passed, in a clause with no subject: `，“十四五”以来首次突破18亿元`)
          !(k > firstIndex && countClauseEnds(f.gapBefore) > 0 && MARK_PASSED.test(lastClause(f.label))) &&
          // (nor, after items joined in one clause, a mark another measure passed in a clause of its own: `其中出口A、进口B，跨境电商
          // 交易额突破30亿元`)
          // (or a bound it stays above, `，连续多年稳定在45万吨以上`)
          !(parts.length >= 2 && countClauseEnds(f.gapBefore) > 0 && listJoin(parts[1].gapBefore) === 'join' && countClauseEnds(parts[1].gapBefore) === 0 &&
            (MEASURE_PASSED_MARK.test(lastClause(f.label)) || (isThreshold(f) && STAYS_AT.test(lastClause(f.label))))) &&
          // (nor more of them singled out for something else: `，另有3家单位入选第三批…示范基地`)
          // (or a clause opening on a count of them singled out so: `，22个项目纳入全省“百千万”工程`)
          !(k > firstIndex && countClauseEnds(f.gapBefore) > 0 && /^(?:另有|另外有|此外还有|还有|)$/.test(trimGap(lastClause(f.label))) && SINGLED_OUT.test(clauseAfter(p, f))) &&
          // (nor a set of another kind the clause names after 另有: `，另有第三次全国文物普查登录的不可移动文物2100余处`)
          !(k > firstIndex && countClauseEnds(f.gapBefore) > 0 && /^另有[\u3400-\u9fff“”]{4,}$/.test(trimGap(lastClause(f.label))))) parts.push(f);
      }
      // Only punctuation before the cue in its sentence: the total may sit in the sentence before (`…。其中，…`).
      const sentenceStartsWithCue = !before || before.sentence !== sentence;
      const minSentence = sentenceStartsWithCue ? sentence - 1 : sentence;
      // `…，其余为专科生`: the parts are said not to cover the whole
      const rest = REST_WORDS.exec(region);
      const units = [...new Set(parts.map((f) => f.unit))];
      for (const unit of units) {
        let group = parts.filter((f) => f.unit === unit);
        // `在校生48.6万人，专任教师3.58万人。其中民办学校37所，在校生5.2万人，专任教师3860人`: parts of one unit named as
        // different totals are each a part of the total named so, and no list
        const own = totalsByName(p, firstIndex, minSentence, unit, group);
        if (own) {
          for (const [part, total] of own) {
            out.push({ op: 'subset', part, total });
            subsetTotals.set(part, total);
          }
          continue;
        }
        const total = subsetTotal(p, firstIndex, minSentence, unit, group, subsetTotals);
        // (a per-head income has per-head parts: `人均纯收入T…；其中工资性收入A`)
        // (or a day's amount, as its parts are: `每日棄置…廢物T；其中家居廢物每日棄置量A`)
        if (!total || (isIntensive(total) && !isTimeAverage(total) && !perDay(total) && !incomeComponents(total, group))) continue;
        // `3月营收T…。其中1月、2月营收分别为A及B`: figures of other months are no parts of one month's
        if (otherMonths(total, group[0])) continue;
        // `由B增加到A，其中X由B1增加到A1，Y由B2增加到A2`: the levels the parts started from are parts of the total's own start,
        // B, and only the levels reached are parts of A
        const starts = group.filter((f) => startingLevel(p, f));
        if (starts.length > 0) {
          group = group.filter((f) => !startingLevel(p, f));
          const start = p.figures[total.index - 1];
          if (start && startingLevel(p, start) && start.unit === unit) {
            for (const part of starts) out.push({ op: 'subset', part, total: start });
            if (starts.length >= 2) out.push({ op: 'sum', parts: starts, total: start, mode: 'subset-list' });
          }
          if (group.length === 0) continue;
        }
        // `重点项目862个…其中制造业项目916个，带动新增就业岗位4.2万个`: what the parts bring about, in a clause of its own
        // that names nothing of the total, is no part of it
        // (nor is a forecast, `预计全部达产后年产值可达C`)
        group = group.filter((f) => !(countClauseEnds(f.gapBefore) > 0 && (EFFECT_LEADS.test(trimGap(f.label)) || ABSORBED_BY.test(trimGap(f.label))) && !sharesBigram(nameIn(f.label), total.label)) &&
          !(countClauseEnds(f.gapBefore) > 0 && FORECAST_LEAD.test(trimGap(lastClause(f.label)))));
        if (group.length === 0) continue;
        // `肉类总产量T，其中猪肉A、牛肉B、羊肉C、禽肉D，禽蛋产量E`: kinds of the total's class (肉 of 肉类), then, in a clause of
        // its own, something of no such kind: the list ended before it
        const classMatch = CLASS_HEAD.exec(lastClause(total.label));
        const classHead = classMatch?.[1] ?? classMatch?.[2];
        if (classHead) {
          const named = (f: Figure) => listItemName(f).includes(classHead);
          const cut = group.findIndex((f, i) => i >= 1 && countClauseEnds(f.gapBefore) > 0 && !named(f) && group.slice(0, i).every(named));
          if (cut > 0) group = group.slice(0, cut);
        }
        // `搬迁群众T，其中劳动力A，已实现就业B`: a clause with no subject that says what was done so far is of the part before
        // it, not another part of the total
        for (let k = group.length - 1; k >= 1; k--) {
          if (!DONE_SO_FAR_CLAUSE.test(trimGap(lastClause(group[k].label))) || countClauseEnds(group[k].gapBefore) !== 1) continue;
          out.push({ op: 'subset', part: group[k], total: group[k - 1] });
          group = group.filter((f, i) => i !== k);
        }
        // `营业收入T，其中主营业务收入A，占…；研发投入B，占营业收入的Q`: past a semicolon, a figure of another measure than the
        // total's, which the first part is named with, is no part of it: the list ended before it
        const measure = listItemName(total).slice(-2);
        if (/^[\u3400-\u9fff]{2}$/.test(measure) && listItemName(group[0]).endsWith(measure)) {
          const cut = group.findIndex((f, i) => i >= 1 && /[;；]/.test(between(p, group[i - 1], f)) && !listItemName(f).endsWith(measure) && !listItemName(f).includes(measure));
          if (cut > 0) group = group.slice(0, cut);
        }
        for (const [k, part] of group.entries()) {
          out.push({ op: 'subset', part, total });
          subsetTotals.set(part, total);
          // (`其中高校毕业生A，高校毕业生中留在本市就业的B`: B is inside A too)
          const scope = earlierPartNamed(part.gapBefore, group, k);
          if (scope) out.push({ op: 'subset', part, total: scope });
        }
        // `其中就業人口A、失業人口B，就業不足人數為C`: all the parts of a known partition of the total first, then, in a clause of
        // its own, a figure of something else (here a kind of the employed): the partition is the list
        const partitionEnd = partitionListedFirst(total, group);
        if (partitionEnd > 0) group = group.slice(0, partitionEnd);
        const open = rest !== null && group.every((f) => f.cleanStart < at + rest.index);
        // `当中内地旅客…，非内地旅客…`: a name and its negation are the whole; uses of money (`其中用于…`) and a breakdown
        // known to leave categories out (企业 and 个体工商户 of 市场主体) need not reach it
        // (and a rate right after the parts says what share of the whole they are: `其中直接就业A，升入高一级学校B，就业及
        // 升学率为P`)
        // (and so is a list naming only some of the parts statistics divide the total into: three of the four sources of
        // an income, `其中工资性收入A、经营净收入B、转移净收入C`)
        const partial = USES.test(region) || knownIncomplete(p, total, group) || rateOfParts(p, group) || namesSomeOfPartition(total, group);
        // `…；另有过境中转游客27.7万人次，亦计入…`: more kinds named after the list, in its sentence
        const moreKinds = MORE_KINDS.test(text.slice(end, sentenceEndFrom(text, end, end + MAX_REGION)));
        // (`其中大型水库A、中型水库B、小型水库C`: classes by size from the largest to the smallest are the whole too)
        // (and so are all the parts of a known partition of the total: `其中，第一产业增加值A，增长…；第二产业…；第三产业…`)
        // (and the years of a period named at the total, `2023—2024年…T，其中2023年A，2024年B`)
        const halves = complementary(group) || bySize(group) || coversPartition(total, group) || yearsOfPeriod(p, total, group) || allGrades(group) || allAges(p, group) || allClasses(group) ||
          downToFloor(group);
        // `其中输往内地的货值A，输往其他市场的货值B`: a last part named as the rest makes the list whole
        const lastPart = group[group.length - 1];
        const restLast = group.length >= 2 && (REST_WORDS.test(listItemName(lastPart)) || REST_AFTER_SEMICOLON.test(trimGap(lastPart.gapBefore).replace(/^[;；]/, '')) ||
          restCounted(p, lastPart)) &&
          !group.slice(0, -1).some((f) => REST_WORDS.test(f.label));
        const mode = open ? 'open' : (halves || restLast) && !moreKinds ? 'eq' : partial || runsOn ? 'partial' : 'subset-list';
        // (two halves of a split are never one inside the other)
        // (a list closed by the rest, `其他國家和地區的`, is one breakdown, whatever its items are named by: `來自內地的A、菲律賓的B…`)
        if (group.length >= 2 && (declaredList || halves || restLast || !mayBeNested(p, group))) out.push({ op: 'sum', parts: group, total, mode, declared: declaredList });
        // `其中国家级重点实验室A、省级重点实验室B，今年新认定省级重点实验室C`: past a part named as a kind of an earlier one (C of
        // B), the others are still siblings, which must not exceed the total
        else if (group.length >= 3 && mode === 'subset-list') {
          const siblings = group.filter((f, k) => !group.slice(0, k).some((g) => namesKindOf(listItemName(f), listItemName(g))));
          if (siblings.length >= 2 && siblings.length < group.length && !mayBeNested(p, siblings)) out.push({ op: 'sum', parts: siblings, total, mode, declared: declaredList });
        }
      }
    }
  }
}

/** The class a total is named by (`肉类总产量`, `猪牛羊禽肉产量`: 肉), whose kinds carry its character (`猪肉`, `禽肉`). */
const CLASS_HEAD = /([\u3400-\u9fff])类(?:总|合计)?|(肉)(?:总)?产量/;

/** A day's amount, not a head's (`每日棄置…`, not `人均每日棄置量`). */
function perDay(f: Figure): boolean {
  return /每日|每天/.test(f.label) && !PER_UNIT.test(f.label);
}

/** `其中，工业投资增长12.4%，占全部投资的比重为31.6%；民间投资A，…`: a first part stated by its rates alone, then a
 *  part of the same kind (named with the same head noun, `投资`) with its amount after the semicolon: the 其中 goes on
 *  to the end of that clause. */
function pastRateOnlyClause(p: Passage, firstIndex: number, end: number, limit: number): number {
  const text = p.text;
  if (text[end] !== ';' && text[end] !== '；') return end;
  let k = firstIndex;
  for (; k < p.figures.length && p.figures[k].cleanEnd <= end; k++) if (isNumber(p.figures[k])) return end;
  const first = p.figures[firstIndex];
  const next = p.figures[k];
  if (!next || next.sentence !== first.sentence || !isNumber(next) || countClauseEnds(next.gapBefore) !== 1) return end;
  const head = (f: Figure) => subjectOf(trimGap(lastClause(f.label))).replace(/(?:完成|实现|达到|为|达|是|增长|下降)$/, '');
  const a = head(first).replace(/^其中[,，]?/, '');
  const b = head(next);
  if (a.length < 3 || b.length < 3 || a === b || a.slice(-2) !== b.slice(-2)) return end;
  return regionEndFrom(text, end + 1, limit);
}

/** `其中，普通高校8所，在校生12.4万人；中等职业学校21所，在校生5.3万人；…`: after a semicolon the 其中 goes on while
 *  each clause repeats the first one's counts, unit for unit in the same order, with a word repeated too (`在校生`):
 *  counts of two or more units, one of them named alike in every clause. Anything less would not tell a list from the
 *  next topic (`其中税收收入298.5亿元，占…77.3%；一般公共预算支出612.8亿元，增长2.9%`). Returns where the last such
 *  clause ends, never past `limit`. */
function parallelClausesEnd(p: Passage, firstIndex: number, end: number, limit: number): number {
  const text = p.text;
  const clauseFigures = (from: number, to: number) => {
    const out: Figure[] = [];
    for (let k = firstFigureFrom(p, from); k < p.figures.length && p.figures[k].cleanEnd <= to; k++) out.push(p.figures[k]);
    return out;
  };
  const first = clauseFigures(p.figures[firstIndex].cleanStart, end);
  if (first.length < 2 || first.some((f) => !isNumber(f)) || new Set(first.map((f) => f.unit)).size < 2) return end;
  let e = end;
  let repeated = first.map(() => true);
  while (e < text.length && (text[e] === ';' || text[e] === '；')) {
    const next = regionEndFrom(text, e + 1, limit);
    if (next >= limit) break;
    const clause = clauseFigures(e + 1, next);
    if (clause.length !== first.length || clause.some((f, i) => !isNumber(f) || f.unit !== first[i].unit)) break;
    const still = repeated.map((r, i) => r && i > 0 && nameIn(clause[i].label) === nameIn(first[i].label));
    if (!still.some(Boolean)) break;
    repeated = still;
    e = next;
  }
  return e;
}

/** `其中，普惠性幼儿园1134所，占…；普惠性幼儿园在园幼儿34.15万人`: after a semicolon the 其中 goes on in a clause that
 *  opens with the first part's name again (three characters or more), or with the other half of a known split
 *  (`其中男性A，占P；女性B`). Returns where that clause ends. */
function sameSubjectClauseEnd(p: Passage, firstIndex: number, end: number, limit: number): number {
  const text = p.text;
  if (text[end] !== ';' && text[end] !== '；') return end;
  const first = p.figures[firstIndex];
  const name = listItemName(first);
  // (`；制造业投资中，…` opens a scope of its own, read by findNamedScopes)
  // (and so does the name with the measure counted, `；本地居民就业人口中，博彩业雇员…`)
  const sameName = name.length >= 3 && text.startsWith(name, end + 1) && text[end + 1 + name.length] !== '中' &&
    !NAMED_SCOPE_AFTER.test(text.slice(end + 1 + name.length, end + 9 + name.length));
  // `其中男性A，占P；女性B`: the clause opens with the other half of a known split
  const other = sameName ? undefined : p.figures[firstFigureFrom(p, end + 1)];
  const next = regionEndFrom(text, end + 1, limit);
  if (!sameName && !(other && other.sentence === first.sentence && countClauseEnds(other.gapBefore) === 1 && (complementary([first, other]) ||
    segmentsToTheRest(p, first, other, next) || siblingWithBareShare(p, first, other, next)))) return end;
  return next < limit ? next : end;
}

/** `其中內地旅客A；香港旅客B，佔P`: the clause after the semicolon names a sibling of the first part (the same head noun,
 *  another qualifier) and gives its bare share, which only the 其中's total can be the whole of. */
function siblingWithBareShare(p: Passage, first: Figure, other: Figure, end: number): boolean {
  const name = listItemName(first);
  const otherName = listItemName(other);
  if (name.length < 4 || otherName.length < 4 || otherName === name || !sameUnit(first, other) || name.slice(-2) !== otherName.slice(-2)) return false;
  const share = p.figures[other.index + 1];
  return share !== undefined && share.cleanEnd <= end && isShare(share) && countClauseEnds(share.gapBefore) === 1 && BARE_SHARE_GAP.test(trimGap(share.gapBefore));
}
/** `，佔`, `，占比`: a share with no whole named. */
const BARE_SHARE_GAP = /^(?:约|約)?(?:占|占比)(?:为|达)?(?:约)?$/;

/** `其中锂电池业务收入A，占…；储能业务收入B，其他业务收入C`: the clause after the semicolon lists more items named with
 *  the first one's head (`业务收入`, four characters) and ends with the rest (`其他…`). */
function segmentsToTheRest(p: Passage, first: Figure, other: Figure, end: number): boolean {
  const name = listItemName(first);
  if (name.length < 5) return false;
  const head = name.slice(-4);
  const otherName = listItemName(other);
  if (otherName === name || !otherName.endsWith(head)) return false;
  let last = other;
  for (let k = other.index + 1; k < p.figures.length && p.figures[k].cleanEnd <= end; k++) last = p.figures[k];
  return last !== other && REST_WORDS.test(listItemName(last)) && listItemName(last).endsWith(head);
}

// `其中外国游客31.2万人次…；外国游客中，来自日韩的游客36.5万人次`: a figure named before `中，` is the total of the
// figures in its clause run (to the next semicolon or sentence end), as after 其中. Only the subset is read: such a
// scope picks out some members (`来自日韩的`), it does not list them all.
/** `研发人员中硕士及以上学历`: a name of three characters or more, 中, and a qualifier of the group within it. */
const SCOPE_IN_CLAUSE = /^([\u3400-\u9fff]{3,8}?)中([\u3400-\u9fff]{2,12})$/;
/** `已开工项目`: something done (group 1) and a generic noun of the items it was done to. */
const DONE_ITEMS_SCOPE = /^(已[\u3400-\u9fff]{1,4})(?:项目|工程|企业|单位)$/;
const CLAUSE_CONJUNCTION = /^(?:而|另外|此外|同时)/;
/** `转移就业人员`: people named by what they do (group 1, three characters or more) and a word for people. */
const PEOPLE_OF = /^([\u3400-\u9fff]{3,8}?)(?:人员|人口|群众)$/;

/** The figures right after and right before a scope word at `at` (`中已`, `中的`, `的有`): a part not yet placed and a whole,
 *  numbers of one unit in one sentence, the whole no average or change; or undefined. */
function scopedPairAround(p: Passage, at: number, subsetTotals: Map<Figure, Figure>): { part: Figure; whole: Figure } | undefined {
  const k = firstFigureFrom(p, at);
  const part = p.figures[k];
  const whole = p.figures[k - 1];
  if (!part || !whole || subsetTotals.has(part) || !isNumber(part) || !isNumber(whole) || !sameUnit(part, whole) || part.sentence !== whole.sentence ||
    isIntensive(whole) || isStatedChange(whole)) return undefined;
  return { part, whole };
}

export function findNamedScopes(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  const text = p.text;
  // `其中研发人员A，占P；研发人员中硕士及以上学历B`: a clause opening on an earlier figure's name and 中, no comma after it,
  // then a qualifier and the figure: some of that figure
  for (const f of p.figures) {
    if (f.index === 0 || f.label.indexOf('中') < 3 || !isNumber(f) || isIntensive(f) || isStatedChange(f) || countClauseEnds(f.gapBefore) === 0) continue;
    const m = SCOPE_IN_CLAUSE.exec(lastClause(f.label));
    if (!m || m[1].endsWith('其') || m[1].endsWith('当')) continue;
    // (or by what was done, a generic noun of the items after it: `已开工A套；已开工项目中新建B套`)
    const done = DONE_ITEMS_SCOPE.exec(m[1])?.[1];
    // (in the sentence before too, when the scope opens the part's: `接待国内游客T，…。国内游客中过夜游客A，占P`)
    const opensSentence = countClauseEnds(sentenceHead(p, f)) === 0;
    // (or by what its people do, `转移就业人员中` for `其中转移就业A人`)
    const doers = PEOPLE_OF.exec(m[1])?.[1];
    const total = lookBack(p, f.index, opensSentence ? f.sentence - 1 : f.sentence, (g) => isNumber(g) && sameUnit(g, f) && !isIntensive(g) && !isStatedChange(g) &&
      (labelNames(nameIn(g.label), m[1]) || (done !== undefined && labelNames(nameIn(g.label), done)) ||
        (doers !== undefined && g.unit === '人' && labelNames(nameIn(g.label), doers))));
    if (!total) continue;
    // (read as one more item of the 其中 list the named part is in: the scope makes it some of that part instead,
    // `其中随迁子女A，随迁子女中在公办学校就读的B` is B of A, not a sibling of A)
    const listed = out.findIndex((r) => r.op === 'subset' && r.part === f);
    if (listed >= 0 && subsetTotals.get(total) === subsetTotals.get(f) && subsetTotals.has(total)) {
      out.splice(listed, 1);
      for (let i = out.length - 1; i >= 0; i--) {
        const r = out[i];
        if (r.op !== 'sum' || !r.parts.includes(f)) continue;
        const parts = r.parts.filter((x) => x !== f);
        if (parts.length >= 2) out[i] = { ...r, parts };
        else out.splice(i, 1);
      }
    } else if (listed >= 0) continue;
    out.push({ op: 'subset', part: f, total });
    subsetTotals.set(f, total);
  }
  // `4,860户农户中加入合作社的有2,130户`: a figure, its noun and 中, then in the same clause those of them that did
  // something (…的有B)
  for (let at = text.indexOf('的有'); at >= 0; at = text.indexOf('的有', at + 2)) {
    const { part, whole } = scopedPairAround(p, at, subsetTotals) ?? {};
    if (!part || !whole || part.cleanStart !== at + 2) continue;
    const gap = text.slice(whole.cleanEnd, at);
    if (countClauseEnds(gap) > 0 || !MEMBERS_WHO.test(gap)) continue;
    out.push({ op: 'subset', part, total: whole });
    subsetTotals.set(part, whole);
  }
  // `126个省级重点项目中已开工138个`, `劳动力4.38万人中已就业4.15万人`: a figure, its noun and 中, then in the same clause how
  // many of them did something
  for (let at = text.indexOf('中已'); at >= 0; at = text.indexOf('中已', at + 2)) {
    const { part, whole } = scopedPairAround(p, at, subsetTotals) ?? {};
    if (!part || !whole) continue;
    const noun = text.slice(whole.cleanEnd, at);
    const done = text.slice(at + 1, part.cleanStart);
    // (the noun may be the unit itself: `搬迁劳动力4.38万人中已就业4.15万人`)
    if (!/^[\u3400-\u9fff]{0,10}$/.test(noun) || !/^已[\u3400-\u9fff]{1,6}$/.test(done)) continue;
    out.push({ op: 'subset', part, total: whole });
    subsetTotals.set(part, whole);
  }
  // `为老年人口53.2万人中的38.6万人提供…`: a figure, 中的, and the figure of those of them the clause goes on about
  for (let at = text.indexOf('中的'); at >= 0; at = text.indexOf('中的', at + 2)) {
    const { part, whole } = scopedPairAround(p, at, subsetTotals) ?? {};
    if (!part || !whole || part.cleanStart !== at + 2 || whole.cleanEnd !== at) continue;
    out.push({ op: 'subset', part, total: whole });
    subsetTotals.set(part, whole);
  }
  for (let at = text.indexOf('中,'); at >= 0; at = text.indexOf('中,', at + 2)) {
    // the name runs back to a clause end or to the figure before it (whose unit is Han too)
    const figureBefore = p.figures[firstFigureFrom(p, at) - 1];
    const limit = figureBefore ? figureBefore.cleanEnd : 0;
    let a = at;
    // (past an aside in the name: `96个县（市、区）中，`)
    if (text[a - 1] === ')') {
      const open = text.lastIndexOf('(', a - 1);
      if (open > limit && a - open <= MAX_SCOPE_ASIDE) a = open;
    }
    while (a > limit && at - a < MAX_SCOPE_NAME && isHan(text.charCodeAt(a - 1))) a--;
    // `筹集的2,640套保障性租赁住房中，…`: the figure right before the name is the total itself
    const direct = figureBefore && figureBefore.cleanEnd === a && isNumber(figureBefore) ? figureBefore : undefined;
    if (a > 0 && !isClauseEndAt(text, a - 1) && !direct) continue;
    // (a pointer back is no part of the name: `上述监测对象中，`)
    // (nor a conjunction opening the clause: `；而初年度保費中，`)
    const name = text.slice(a, at).replace(CLAUSE_CONJUNCTION, '').replace(/^在/, '').replace(/^(?:上述|以上|这些)/, '').replace(/\([^)]*\)/, '');
    // (one character will do right after the scope's figure: `96个县（市、区）中，`)
    // (nor is a state of work, `2萬8,604戶興建中，`: under construction, no scope)
    // (nor any right after a count: `受访民众12,508人中，`)
    if (name.length < (direct ? (direct.unit !== '' && isHan(text.charCodeAt(direct.cleanEnd - 1)) ? 0 : 1) : 2) || name.endsWith('其') || name.endsWith('当') || IN_PROGRESS.test(name)) continue;
    const firstIndex = firstFigureFrom(p, at);
    // within a region's reach (a text of many `中，` and few figures must not scan to its end each time)
    if (firstIndex >= p.figures.length || p.figures[firstIndex].cleanStart - at > MAX_REGION) continue;
    const sentence = p.sentenceOf(at);
    const total = direct ?? lookBack(p, firstIndex, sentence - 1, (f) => isNumber(f) && !isIntensive(f) && !isStatedChange(f) && labelNames(nameIn(f.label), name)) ??
      partAndMeasure(p, firstIndex, sentence - 1, name, subsetTotals) ?? scopeAndMeasure(p, firstIndex, sentence - 1, name) ??
      // (a name of four characters or more may point a sentence further back: `监测对象T户。按类型分，…。上述监测对象中，`)
      (name.length >= 4 ? lookBack(p, firstIndex, sentence - 2, (f) => isNumber(f) && !isIntensive(f) && !isStatedChange(f) && labelNames(nameIn(f.label), name)) : undefined);
    if (!total) {
      // `全县在编教师中，乡村学校教师有A。截至年底，全县在编教师总数为T`: the scope's total stated in the next sentence,
      // named as the scope and its total; only the scope's first part is read against it
      // (or after a semicolon in its own sentence, named without the scope's period and place: `一季度全省入境游客中，外国
      // 游客A，…；全季度入境游客总数为T`)
      const bare = withoutContext(name);
      const later = bare.length >= 4 ? lookAhead(p, firstIndex, sentence + 1, (f) => isNumber(f) && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) &&
        (f.sentence === sentence + 1 ? SCOPE_TOTAL_TAILS.some((tail) => nameIn(f.label).endsWith(name + tail)) :
          /[;；]/.test(f.gapBefore) && withoutContext(nameIn(f.label)).endsWith(bare + '总数'))) : undefined;
      const part = p.figures[firstIndex];
      const laterPeriod = periodOf(later?.clauseHead ?? '');
      if (later && part.sentence === sentence && isNumber(part) && sameUnit(part, later) && !isIntensive(part) && !isStatedChange(part) &&
        (periodOf(p.text.slice(a, at)) === laterPeriod || (later.sentence === sentence && laterPeriod === undefined))) {
        out.push({ op: 'subset', part, total: later });
        // (and in the next sentence, the scope's kinds listed in its own sentence before: `全县农村劳动力转移就业中，县内就业A，
        // 县外省内就业B，省外就业C。全县农村劳动力转移就业总规模达到T`)
        if (later.sentence === sentence + 1) {
          const kinds = [part];
          for (let k = firstIndex + 1; k < p.figures.length && p.figures[k].sentence === sentence && kinds.length < MAX_REACH; k++) {
            const f = p.figures[k];
            if (!isNumber(f) || !sameUnit(f, later) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f) || hasRegionEnd(f.gapBefore)) break;
            kinds.push(f);
            out.push({ op: 'subset', part: f, total: later });
          }
          if (kinds.length >= 2 && !mayBeNested(p, kinds)) out.push({ op: 'sum', parts: kinds, total: later, mode: 'subset-list' });
        }
      }
      continue;
    }
    const last = parallelShareClausesEnd(p, firstIndex, total);
    // (a scope counted twice with nothing between, `脱贫户1.86万户6.53万人中，`, has a total in each unit)
    const paired = direct && direct.gapBefore === '' && direct.index > 0 ? p.figures[direct.index - 1] : undefined;
    const totals = paired && paired.sentence === direct!.sentence && isNumber(paired) && !sameUnit(paired, direct!) ? [total, paired] : [total];
    const partsOf = new Map<Figure, Figure[]>(totals.map((t) => [t, []]));
    for (let k = firstIndex; k < p.figures.length && k < firstIndex + MAX_REACH; k++) {
      const f = p.figures[k];
      if (f.sentence !== sentence || (k >= last && hasRegionEnd(k === firstIndex ? text.slice(at, f.cleanStart) : f.gapBefore))) break;
      const whole = totals.find((t) => sameUnit(f, t));
      if (!whole || !isNumber(f) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f) || subsetTotals.has(f)) continue;
      // (个 counts anything: a part that names a thing of its own the scope and its total do not, `改造中，…新增停车位6800个`
      // under `已开工改造318个`, counts something else)
      // (a bound of the bracket before is no name: `年收入50万元以上的有78个`)
      const own = nameIn(trimGap(lastClause(f.label))).replace(BRACKET_BOUND_LEAD, '');
      if (f.unit === '个' && own.length >= 3 && !sharesBigram(own, whole.label + name)) continue;
      out.push({ op: 'subset', part: f, total: whole });
      subsetTotals.set(f, whole);
      partsOf.get(whole)!.push(f);
    }
    for (const [whole, parts] of partsOf) {
      // `企业中，国有企业A、民营企业B、其他企业C`: a list joined item by item that ends with the rest is the whole
      if (parts.length >= 2 && REST_ITEM.test(parts[parts.length - 1].gapBefore) && parts.slice(1).every((f) => listJoin(f.gapBefore) === 'join')) {
        out.push({ op: 'sum', parts, total: whole, mode: 'eq', declared: true });
      } else if (parts.length >= 2 && !mayBeNested(p, parts)) {
        // (any other list of kinds within it must not exceed it: `在人身险中，寿险A，健康险B，意外险C` of 人身险's T)
        out.push({ op: 'sum', parts, total: whole, mode: 'partial' });
      }
    }
  }
}

/** `以上的有`: the end of a bracket's bound before its count. */
const BRACKET_BOUND_LEAD = /^(?:及|含)?(?:以上|以下|以内)/;

/** `就业人口T，其中本地居民A…；本地居民就业人口中，博彩业雇员B`: a scope named as an earlier part and the measure of
 *  that part's total is the part itself. */
function partAndMeasure(p: Passage, from: number, minSentence: number, name: string, subsetTotals: Map<Figure, Figure>): Figure | undefined {
  return lookBack(p, from, minSentence, (f) => {
    const whole = subsetTotals.get(f);
    if (!whole || !isNumber(f) || isIntensive(f) || isStatedChange(f)) return false;
    const own = listItemName(f);
    if (own.length < 2 || !name.startsWith(own) || name.length - own.length < 2) return false;
    return nameIn(whole.label).endsWith(name.slice(own.length));
  });
}

/** The rest opening a clause (`其余为经济作物`). */
const REST_AFTER_SEMICOLON = /^(?:其余|其他|其它|余下)/;

/** `酒类业务收入T，其中…；其他业务收入B`: a rest named by the end of the total's own name (three characters or more) is the
 *  rest beside the total, not beside its parts. `at` is where the rest's words start; `before` the figure before the 其中. */
function restOfTotalsLevel(p: Passage, at: number, before: Figure | undefined): boolean {
  // (past the total's share: `酒类业务收入T，占营业收入的P，其中…`)
  const total = before && !isNumber(before) && before.index > 0 ? p.figures[before.index - 1] : before;
  if (!total || !isNumber(total)) return false;
  const next = p.figures[firstFigureFrom(p, at)];
  if (!next || next.cleanStart - at > MAX_ITEM_LABEL + 4) return false;
  const name = p.text.slice(at, next.cleanStart).replace(REST_AFTER_SEMICOLON, '').replace(/(?:为|是|达|约)$/, '');
  const totalName = nameIn(total.label).replace(/(?:为|是|达|达到|实现|完成)$/, '');
  return name.length >= 3 && totalName.length > name.length && totalName.endsWith(name);
}

/** `农户中加入农民专业合作社`: the whole's noun and 中, then what some of them did. */
const MEMBERS_WHO = /^[\u3400-\u9fff]{1,6}中[\u3400-\u9fff]{2,16}$/;

/** How a scope's total stated after it is named: the scope's name and one of these (`…转移就业总规模`). */
const SCOPE_TOTAL_TAILS = ['总数', '总规模', '总量', '总人数', '总额'];

/** `人身险保费收入T…。在人身险中，寿险业务保费收入A，…`: a scope named as a figure's subject, that figure's measure
 *  closing the first part's name. */
function scopeAndMeasure(p: Passage, from: number, minSentence: number, name: string): Figure | undefined {
  const first = p.figures[from];
  if (!first || name.length < 2) return undefined;
  const partName = listItemName(first);
  return lookBack(p, from, minSentence, (f) => {
    if (!isNumber(f) || !sameUnit(f, first) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f)) return false;
    const own = withoutContext(nameIn(lastClause(f.label)).replace(/^(?:其中|当中)[,，]?/, ''));
    const measure = own.startsWith(name) ? own.slice(name.length) : '';
    return measure.length >= 2 && partName.endsWith(measure) && partName.length > measure.length;
  });
}

/** Each part's own total when the parts are named alike two or more different totals before the cue (the nearest
 *  figure of the unit whose label ends with the part's name); undefined unless every part has one and they differ. */
/** A group of residents named before a measure (`本地居民`, `外地居民`, `城镇居民`). */
const RESIDENT_GROUP = new RegExp(`^(?:${[...RESIDENCES, ...SETTLEMENTS].join('|')})?(?:居民|人口|劳工|雇员)$`);

function totalsByName(p: Passage, firstIndex: number, minSentence: number, unit: string, group: readonly Figure[]): Map<Figure, Figure> | undefined {
  if (group.length < 2) return undefined;
  const own = new Map<Figure, Figure>();
  for (const part of group) {
    // the part's own name, without its period (`第三季营收` names 营收 of the quarter)
    const name = listItemName(part).replace(PERIOD_PREFIX, '');
    if (name.length < 2) return undefined;
    // (a currency written before the figure is no part of its name: `营收为新台币6,842亿元`)
    // (or by another name it goes by: `在校学生T1，专任教师T2。其中，…在校生A，专任教师B`)
    // (and a head count named by what the people are, without 人口 / 人数: `失业B` for `失业人口T2`)
    const names = unit === '人' && name.length === 2 ? [...memberAliases(name), name + '人口', name + '人数'] : memberAliases(name);
    // (never an average named with the noun: `平均每名教师负担学生P`)
    const named = (words: readonly string[]) => lookBack(p, firstIndex, minSentence, (f) => isNumber(f) && f.unit === unit && !isStatedChange(f) && !isComparisonBase(f) &&
      !isIntensive(f) && words.some((n) => labelNames(f.label, n)));
    // (or by its head noun, past the part's own qualifier, of a total named so with 总: `职工医保基金收入` of `基金总收入T1，总支出T2`)
    let total = named(names);
    for (let k = 1; !total && name.length - k >= 2; k++) {
      const head = name.slice(k);
      total = named([head]);
      // (or past a group of residents the 其中 singles out: `勞動人口T1，失業人口T2；其中本地居民勞動人口A，失業B`)
      if (total && !lastClause(total.label).includes('总' + head) && !RESIDENT_GROUP.test(name.slice(0, k))) total = undefined;
    }
    if (!total) return undefined;
    own.set(part, total);
  }
  return new Set(own.values()).size >= 2 ? own : undefined;
}

/** Does the part name only months other than the one month its total names (`3月合併營收` and `其中1月、2月合併營收`)? */
function otherMonths(total: Figure, part: Figure): boolean {
  const own = ONE_MONTH.exec(lastClause(total.label));
  if (!own) return false;
  const months = lastClause(part.label).match(MONTHS);
  return months !== null && months.every((m) => m !== own[1] + '月');
}
/** A label naming one month (no range of months, no cumulative figure): the month in group 1. */
const ONE_MONTH = /^(?!.*(?:至|到|—|-|~|累计))[^月]*?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?!份?[0-9一二三四五六七八九十])/;
const MONTHS = /(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月/g;

/** A name and the other names of members it goes by (MEMBER_NOUN_ALIASES: `在校生` is `学生` too). */
function memberAliases(name: string): readonly string[] {
  for (const aliases of Object.values(MEMBER_NOUN_ALIASES)) if (aliases.includes(name)) return [name, ...aliases.filter((a) => a !== name)];
  // (a kind of members named by their noun: `國民小學學生` of `國民中小學學生共T` is of 学生)
  for (const aliases of Object.values(MEMBER_NOUN_ALIASES)) {
    const noun = aliases.find((a) => name.length > a.length + 1 && name.endsWith(a));
    if (noun) return [name, ...aliases];
  }
  return [name];
}

/** Longest name before `中，` that opens a scope (`外国游客中，`, `保障性租赁住房中，`). */
const MAX_SCOPE_NAME = 12;
/** Longest aside inside a scope's name (`（市、区）`). */
const MAX_SCOPE_ASIDE = 8;

function hasRegionEnd(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isRegionEnd(s, i)) return true;
  return false;
}

/** `來臺旅客中，觀光目的者A，占P；業務目的者B，占Q`: after a semicolon the scope goes on in clauses of the first
 *  clause's shape (a count in the total's unit, then its share). Returns the index of the first figure past them
 *  (the first clause's end when none follows). */
function parallelShareClausesEnd(p: Passage, firstIndex: number, opening: Figure): number {
  // (the count's unit, past an age that opens the clause: `0—14岁人口A`)
  const total = opening.unit === '岁' && p.figures[firstIndex + 1] ? p.figures[firstIndex + 1] : opening;
  const shapeFrom = (from: number): { shape: string; end: number } => {
    let shape = '';
    let k = from;
    for (; k < p.figures.length && k - from < 5; k++) {
      const f = p.figures[k];
      if (k > from && hasRegionEnd(f.gapBefore)) break;
      // (a share said with 占 or 比重, not a rate of change: `增长2.9%`)
      // (and the share's own change after it, its base and the points: `占P，比2020年末的B下降C个百分点`)
      // (an age that names the count's group comes first: `65岁及以上人口B，占Q`)
      shape += isShare(f) && /占|比重/.test(f.gapBefore) ? 's' : isNumber(f) && sameUnit(f, total) ? 'n' : isComparisonBase(f) || isStatedChange(f) ? 'c' :
        f.unit === '岁' && k === from ? 'a' : 'o';
    }
    return { shape: shape.replace(/^a?nsc{0,2}$/, 'ns'), end: k };
  };
  const first = shapeFrom(firstIndex);
  if (first.shape !== 'ns') return first.end;
  let end = first.end;
  let negated = false;
  for (let clauses = 0; clauses < MAX_REACH && end < p.figures.length; clauses++) {
    const f = p.figures[end];
    if (f.sentence !== p.figures[firstIndex].sentence || countClauseEnds(f.gapBefore) !== 1 || !/[;；]/.test(f.gapBefore)) break;
    const next = shapeFrom(end);
    // (the last clause of the sentence may be a count alone, named with the first one's head, three characters or more:
    // `；国际及港澳台快递业务量C。` after `异地快递业务量A，占P`; or as its negation: `；非经常开支及资本开支则为B` after
    // `经常开支A，占P`; not the rest, read with the total's own level, nor a group of another kind, `；内地旅客B` after `过夜旅客A`)
    const closes = next.end >= p.figures.length || p.figures[next.end].sentence !== f.sentence;
    const firstName = listItemName(p.figures[firstIndex]);
    const name = listItemName(f);
    // (or in the middle, when clauses of the first one's shape follow it: `公股銀行獲利A，占P；民營銀行獲利B；外商銀行…獲利C，占Q`)
    // (after the first one's negation, the closing one may share only a head of two characters: `居民存款A，佔P；非居民存款B；
    // 公共部門存款C。`; never on its own, `過夜旅客A，佔P；內地旅客B` are of two kinds)
    const negation = name.startsWith('非' + firstName);
    // (or a count with only its change, named as the first one with only its first two characters swapped: `其中香港業務收益A，
    // 佔P；內地業務收益B，按年增長Q`; not `第三产业增加值B，增长Q` after `其中工业增加值A`, which shares the measure alone)
    const changed = /^nc{1,2}$/.test(next.shape) && name.length === firstName.length && name.length >= 5 && commonTailLength(firstName, name) >= name.length - 2;
    if ((next.shape === 'n' || changed) && !REST_WORDS.test(name) && (commonTailLength(firstName, name) >= (closes && negated ? 2 : 3) || negation)) {
      negated ||= negation;
      if (closes) return next.end;
      end = next.end;
      continue;
    }
    if (next.shape !== 'ns') break;
    end = next.end;
  }
  return end;
}

/** How many characters two names end with alike (`异地快递业务量`, `国际及港澳台快递业务量`: 5). */
function commonTailLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** `其中，夏粮产量A，增长P；秋粮产量B，增长Q`: after a semicolon the 其中 goes on in clauses of the first one's shape, a
 *  count and its stated change, each count named with the first one's last two characters (`产量`) and another head.
 *  Returns the index of the first figure past them (the first clause's end when none follows). */
function parallelChangeClausesEnd(p: Passage, firstIndex: number): number {
  const first = p.figures[firstIndex];
  // (the figure before the cue, past its own rate of change)
  let w = firstIndex - 1;
  while (w >= 0 && isStatedChange(p.figures[w]) && !isNumber(p.figures[w])) w--;
  const whole = w >= 0 ? p.figures[w] : undefined;
  const change = p.figures[firstIndex + 1];
  if (!isNumber(first) || !change || !isStatedChange(change) || countClauseEnds(change.gapBefore) !== 1 || change.sentence !== first.sentence) return firstIndex;
  const name = listItemName(first);
  if (name.length < 3) return firstIndex;
  const tail = name.slice(-2);
  let end = firstIndex + 2;
  while (end + 1 < p.figures.length) {
    const f = p.figures[end];
    const g = p.figures[end + 1];
    if (f.sentence !== first.sentence || !/[;；]/.test(f.gapBefore) || countClauseEnds(f.gapBefore) !== 1 || !isNumber(f) || !sameUnit(f, first)) break;
    const other = listItemName(f);
    if (other === name || !other.endsWith(tail) || other.length < 3 || !isStatedChange(g) || countClauseEnds(g.gapBefore) !== 1) break;
    // (nor a sibling of the total, named like it and not like the first part: `第二产业投资T，…，其中工业投资A，增长P；第三产业
    // 投资B，增长Q`)
    if (whole && siblingOfWhole(other, listItemName(whole), name)) break;
    end += 2;
  }
  return end;
}

/** Does `other` share a run of three characters with the whole's name that the first part's name does not have
 *  (`产业投` of `第三产业投资` and `第二产业投资`, not in `工业投资`; `禽肉产量` shares none with `猪牛羊禽肉总产量`)? */
function siblingOfWhole(other: string, whole: string, first: string): boolean {
  for (let i = 0; i + 2 < other.length; i++) {
    const tri = other.slice(i, i + 3);
    if (/^[\u3400-\u9fff]{3}$/.test(tri) && whole.includes(tri) && !first.includes(tri)) return true;
  }
  return false;
}

/** A measure named without its subject (`总产量`, `产量为`). */
const BARE_MEASURE = /^[,，]?(?:总产量|产量|总量|总额)(?:为|达|达到|是)?$/;

/** `其中用于县域产业发展…、…`: what money went to, not what it is made of. */
const USES = /^(?:其中|当中|包括)[,，]?用于/;

/** Parts named only with the words of a breakdown that statistics publish without all its categories. */
function knownIncomplete(p: Passage, total: Figure, group: readonly Figure[]): boolean {
  // (a total named by a bare measure takes its subject from its sentence: `全市粮食播种面积…，总产量T`)
  const named = BARE_MEASURE.test(lastClause(total.label)) ? sentenceHead(p, total) : total.label;
  const entry = KNOWN_INCOMPLETE.find((k) => k.total.some((w) => named.includes(w)));
  if (!entry) return false;
  // (names declared together before the figures: `其中医院和基层医疗卫生机构分别为A和B`)
  const declared = group[0].label.includes('分别') ? listItemName(group[0]).replace(/分别$/, '').split(NAME_JOINERS) : undefined;
  const names = declared && declared.length === group.length ? declared : group.map((f) => nameIn(f.label).replace(/^(?:其中|当中)[,，]?/, ''));
  return names.every((name) => entry.parts.some((w) => name.includes(w)));
}

/** Do the parts name every part of a known partition of the total, each once (`地区生产总值` and the three industries)? */
function coversPartition(total: Figure, group: readonly Figure[]): boolean {
  for (const partition of KNOWN_PARTITIONS) {
    // (the whole named alone: `中小学和幼儿园` is more than `中小学`)
    if (group.length !== partition.parts.length || !partition.whole.some((w) => total.label.includes(w) && !JOINED_AFTER.test(total.label.slice(total.label.indexOf(w) + w.length)))) continue;
    const named = new Set(group.map((f) => partNamed(partition, listItemName(f))));
    if (!named.has(-1) && named.size === partition.parts.length) return true;
  }
  return false;
}

/** How many of the group's first parts make up a known partition of the total, when more parts follow them after a
 *  clause end; 0 otherwise. */
function partitionListedFirst(total: Figure, group: readonly Figure[]): number {
  for (let n = 2; n < group.length; n++) {
    if (countClauseEnds(group[n].gapBefore) > 0 && coversPartition(total, group.slice(0, n))) return n;
  }
  return 0;
}

/** A name joined to the one before it (`和幼儿园`, `及…`). */
const JOINED_AFTER = /^(?:和|及|与|、|以及)/;

/** A kind and the rest summed in one item (`间接税及其他收入合计`). */
const KIND_AND_REST = /^[,，、]?[\u3400-\u9fff]{1,8}(?:及|和|与|、)(?:其他|其余|其它)[\u3400-\u9fff]{0,8}(?:合计|合共|共计|总计)/;

/** The rest of a list, named before its total word (`其他收入合共`, `其余各项合计`). */
const REST_LEAD = /^[,，、]?(?:其他|其余|其它)/;

/** `，其余6个支线机场合计B`: the rest, counted in another unit right before its amount in the same clause. */
function restCounted(p: Passage, f: Figure): boolean {
  const count = p.figures[f.index - 1];
  return count !== undefined && count.sentence === f.sentence && count.unit !== f.unit && countClauseEnds(f.gapBefore) === 0 &&
    REST_LEAD.test(trimGap(lastClause(count.label)));
}

/** Spending on people's livelihood, and the kinds of spending it is made of. */
const LIVELIHOOD_SPENDING = /民生(?:领域)?(?:支出|投入)/;
const LIVELIHOOD_KINDS = /教育|社会保障|社保|就业|卫生|医疗|住房|文化|养老|农林水|节能环保|城乡社区/;

/** Does every part name a different part of a known partition of the total, and leave at least one out? */
function namesSomeOfPartition(total: Figure, group: readonly Figure[]): boolean {
  for (const partition of KNOWN_PARTITIONS) {
    // (a partition read only when named whole says nothing of a list that names some of it)
    if (partition.respectiveOnly || group.length >= partition.parts.length || !partition.whole.some((w) => total.label.includes(w))) continue;
    const named = new Set(group.map((f) => partNamed(partition, listItemName(f))));
    if (!named.has(-1) && named.size === group.length) return true;
  }
  return false;
}

/** The sources of a per-head income or the kinds of a per-head spending (`人均可支配收入…，其中工资性收入…`). */
function incomeComponents(total: Figure, group: readonly Figure[]): boolean {
  // (a household's too, and its 所得, whose parts are incomes of any name: `平均每户农家所得T，其中农业净收入A`)
  if (PER_HOUSEHOLD_INCOME.test(total.label)) return group.every((f) => INCOME_COMPONENT.test(listItemName(f)) || /(?:收入|所得)$/.test(listItemName(f)));
  // (a household's or a head's spending on consumption, by kinds of spending of any name: `平均每户消费支出T，其中住宅服务、
  // 水电燃气及其他燃料支出A`)
  if (PER_UNIT_CONSUMPTION.test(total.label)) return group.every((f) => /支出$/.test(listItemName(f)));
  // (and a wage per head, `平均每人月总薪资T，其中经常性薪资A、非经常性薪资B`)
  return PER_HEAD_WAGE.test(total.label) && group.every((f) => INCOME_COMPONENT.test(listItemName(f)));
}
const PER_HEAD_WAGE = new RegExp(`(?:${PER_HEAD_WORDS.join('|')})[\u3400-\u9fff]{0,4}(?:收入|支出|薪资|薪酬|工资)`);
const PER_UNIT_CONSUMPTION = new RegExp(`(?:${PER_UNIT.source})[\u3400-\u9fff]{0,4}消费(?:性)?支出`);
const PER_HOUSEHOLD_INCOME = new RegExp(`(?:${PER_HOUSEHOLD_WORDS.join('|')})[\u3400-\u9fff]{0,6}(?:收入|所得)`);
const INCOME_COMPONENT = /(?:工资性|经营性|经营净|财产性|财产净|转移性|转移净|工资|经营|财产|转移)(?:收入)?$|(?:经常性|非经常性)(?:薪资|薪酬|工资)$|(?:食品烟酒|衣着|居住|交通通信|教育文化娱乐|医疗保健|生活用品及服务|其他用品及服务)(?:支出)?$/;

/** Parts each named by an age right before it, from 0 up to an open top, with no gap (`0—14岁人口A，15—64岁人口B，65岁及
 *  以上人口C`): every age is counted, and the parts are the whole. */
function allAges(p: Passage, group: readonly Figure[]): boolean {
  if (group.length < 2) return false;
  let next = 0;
  for (const [i, f] of group.entries()) {
    const age = p.figures[f.index - 1];
    if (!age || age.unit !== '岁' || countClauseEnds(f.gapBefore) !== 0 || age.q.min !== next) return false;
    if (i === group.length - 1) return age.q.max === null && /^(?:及|以|及以)上/.test(p.text.slice(age.cleanEnd, age.cleanEnd + 3));
    if (age.q.max === null) return false;
    next = age.q.max + 1;
  }
  return false;
}

/** Parts named by size classes of one noun, the largest and the smallest among them (`大型水库…、中型水库…、小型水库…`,
 *  `大中型…、小型…`): a classification with nothing left over. */
function bySize(group: readonly Figure[]): boolean {
  if (group.length < 2 || group.length > 4 || group[group.length - 1].label.indexOf('型') < 0) return false;
  const names = group.map(listItemName);
  const classes = names.map((n) => SIZE_CLASS.exec(n));
  if (classes.some((m) => !m || m[2].length < 1) || new Set(classes.map((m) => m![2])).size !== 1) return false;
  const sizes = classes.map((m) => m![1]);
  // (enterprises come in 微型 too: 大、中、小 leave it out)
  if (classes[0]![2].includes('企业') && !sizes.some((s) => s.includes('微'))) return false;
  return sizes.some((s) => s.startsWith('大')) && sizes.some((s) => s === '小型' || s === '小微型' || s === '微型') && new Set(sizes).size === sizes.length;
}
const SIZE_CLASS = /^(大中型|大型|中型|小型|小微型|微型)([\u3400-\u9fff]*)$/;

/** The three grades of a senior or junior secondary school, each named (`其中高一年级A、高二年级B、高三年级C`): the whole. */
function allGrades(group: readonly Figure[]): boolean {
  if (group.length !== 3) return false;
  const grades = group.map((f) => GRADE.exec(listItemName(f)));
  return grades.every((g) => g !== null && g[1] === grades[0]![1]) && new Set(grades.map((g) => g![2])).size === 3;
}
const GRADE = /^(高|初)([一二三])年级/;

/** Grades of a five-grade scale from the top down to a floor and all below it (`5A级景区A、4A级景区B、3A级及以下景区C`,
 *  `五星级酒店…、四星级及以下酒店…`): every grade is counted, and the parts are the whole. */
function downToFloor(group: readonly Figure[]): boolean {
  if (group.length < 2) return false;
  const grades = group.map((f) => GRADE_ON_SCALE.exec(listItemName(f)));
  if (grades.some((g) => g === null)) return false;
  const level = (g: RegExpExecArray) => Number(g[1]) || '一二三四五'.indexOf(g[1]) + 1;
  return grades.every((g, i) => level(g!) === 5 - i && g![2] === grades[0]![2] && g![4] === grades[0]![4] && (g![3] !== undefined) === (i === grades.length - 1));
}
const GRADE_ON_SCALE = /^([1-5一二三四五])(A级|星级)(及以下)?([\u3400-\u9fff]{1,6})$/;

/** Classes that together are all of what they class, each named at its item's start (`商业一类企业A、商业二类企业B、
 *  公益类企业C`: state firms by function). */
const COMPLETE_CLASSES: readonly (readonly string[])[] = [['商业一类', '商业二类', '公益类']];
function allClasses(group: readonly Figure[]): boolean {
  const names = group.map((f) => listItemName(f));
  return COMPLETE_CLASSES.some((classes) => classes.length === group.length && classes.every((c) => names.filter((n) => n.startsWith(c)).length === 1));
}

/** Two parts named as the halves of a known split, with anything before the halves' words (`公司境内业务实现收入`,
 *  `境外业务实现收入`). */
function splitHalves(group: readonly Figure[]): boolean {
  if (group.length !== 2) return false;
  const [a, b] = group.map(listItemName);
  const halves = (m: string, n: string, x: string, y: string) => {
    const i = m.indexOf(x);
    const j = n.indexOf(y);
    return i >= 0 && j >= 0 && m.slice(i + x.length) === n.slice(j + y.length) && m.length - i - x.length >= 2;
  };
  return DICHOTOMIES.some(([x, y]) => halves(a, b, x, y) || halves(a, b, y, x));
}

/** Two parts named X and 非X (`内地旅客`, `非内地旅客`): together they are the whole. */
function complementary(group: readonly Figure[]): boolean {
  if (group.length !== 2) return false;
  // `其中国内游客和入境游客分别为A和B`: the halves are named together before the figures
  const named = group[0].label.includes('分别') ? DECLARED_PAIR.exec(listItemName(group[0])) : null;
  const [a, b] = named ? [named[1], named[2]] : group.map(listItemName);
  if ((b === '非' + a || a === '非' + b) && a.length >= 2 && b.length >= 2) return true;
  // (the first named past the words that open its sentence: `预计经营收入为A，非经营收入为B`)
  if (b.startsWith('非') && b.length >= 3 && a.endsWith(b.slice(1)) && !NEGATIONS.has(a[a.length - b.length])) return true;
  // (or the negation summed with one more kind: `当中经常开支A，非经常开支及资本开支B`)
  if (a.length >= 2 && (NEGATION_AND_KIND.exec(b)?.[1] === a || NEGATION_AND_KIND.exec(a)?.[1] === b)) return true;
  // (`净利息收入` and `非利息收入`: a bank's income is net interest income and all the rest)
  if (a.startsWith('净') && b === '非' + a.slice(1) && a.length >= 3) return true;
  // `其中有劳动能力的A，无劳动能力和弱劳动能力的B`: those with and those without (or with little of) something
  const having = (m: string, n: string) => {
    const core = m.slice(1).replace(/的$/, '');
    return m.startsWith('有') && core.length >= 2 && n.startsWith('无' + core);
  };
  if (having(a, b) || having(b, a)) return true;
  // `其中过夜游客1032.7万人次、一日游游客…`: the two halves of a known split (DICHOTOMIES), named alike otherwise
  // (the rest of the names alike: `省外务工` and `省内县外务工` are no halves)
  const halves = (m: string, n: string, x: string, y: string) => m.startsWith(x) && n.startsWith(y) && m.slice(x.length) === n.slice(y.length);
  if (DICHOTOMIES.some(([x, y]) => halves(a, b, x, y) || halves(a, b, y, x)) && a.length <= 8 && b.length <= 8) return true;
  // (after a verb both names share, the second saying the measure no more: `流向省内的技术合同成交额A，流向省外的B`)
  const lead = HALVES_LEAD.exec(a)?.[0];
  if (lead && b.startsWith(lead)) {
    const [m, n] = [a.slice(lead.length), b.slice(lead.length)];
    const elided = (u: string, v: string, x: string, y: string) => u.startsWith(x) && v.startsWith(y) && u.slice(x.length).startsWith(v.slice(y.length)) && /^的?$|^的/.test(v.slice(y.length));
    if (DICHOTOMIES.some(([x, y]) => elided(m, n, x, y) || elided(m, n, y, x))) return true;
  }
  // `其中男性247.12万人，女性237.23万人`: the two sexes, named alike otherwise
  const sexless = (name: string) => name.replace(/男|女/, '');
  return a !== b && sexless(a) === sexless(b) && /^(?:男|女)/.test(a.replace(/^(?:其中)/, '')) && /^(?:男|女)/.test(b) && a.length <= 4 && b.length <= 4;
}

/** Verbs of where something went or came from, opening both halves' names (`流向省内的…`, `来自境外的…`). */
const HALVES_LEAD = /^(?:流向|流入|输往|销往|来自|来源于|发往|运往)/;

/** `非经常开支及资本开支`: the negation of a name (group 1) and one more kind, summed in one item. */
const NEGATION_AND_KIND = /^非([\u3400-\u9fff]{2,8}?)(?:及|和|与)[\u3400-\u9fff]{2,8}$/;

/** Two names declared before their figures (`国内游客和入境游客分别为`), as listItemName() leaves them. */
const DECLARED_PAIR = /^([\u3400-\u9fff]{2,8}?)(?:和|与|及|、)([\u3400-\u9fff]{2,8}?)(?:分别)?$/;

/** Words that add kinds to a list just ended (`；另有…`, `此外…`). */
const MORE_KINDS = /另有|此外|另外/;

/** Verbs that open a clause of what something brings about (`，带动新增就业岗位4.2万个`), not of a part of it. */
// (and what they saved: `其中货物类A、工程类B、服务类C，节约资金D`)
// (after the means too: `通过优化设计节约资金D`)
/** A clause opening on a forecast (`预计…可达`): what is expected, no part of what was done. */
const FORECAST_LEAD = /^(?:预计|预期|可望|有望)/;
const EFFECT_LEADS = /^(?:通过[\u3400-\u9fff]{1,8}?)?(?:带动|拉动|吸纳|提供|创造|解决|惠及|覆盖|辐射|节约|节省|节支|新增)/;
/** Jobs something named before the verb took up (`帮扶车间吸纳就业C`): of the people a part before counts, no part of its own. */
const ABSORBED_BY = /^[\u3400-\u9fff]{2,6}?(?:吸纳|带动|解决)[\u3400-\u9fff]{0,2}就业(?:人数)?$/;
/** A clause comparing the total with a limit or another figure (`低于省下达的债务限额`, `控制在…以内`). */
const COMPARED_LIMIT = /^(?:均|都|皆)?(?:低于|高于|不超过|未超过|控制在|超过|相当于)/;
/** A clause adding one more item to a list that a total closes: `，加上级补助收入` (加, plus, and the next item's name),
 *  `，另有` (and the item's name, `，另有市级`). */
const ADDED_ITEM_LEAD = /^[,，](?:加[\u3400-\u9fff]{2,10}|另有[\u3400-\u9fff]{0,6})$/;
/** Work under way before 中 (`兴建中`, `施工中`): a state, not a scope. */
const IN_PROGRESS = /(?:兴建|在建|建设|施工|进行|审理|办理|实施|推进|运行|运营|筹建|装修|改造|审核|评审)$/;

/** `其中六都合計6萬1,538棟，其他縣市…`: a first part stated as the sum of one named group (no list of items, no count
 *  word: not `其中教育、卫生两项合计…`) is a part like any. */
function namesOneGroup(f: Figure): boolean {
  const name = lastClause(f.label).replace(/^(?:其中|当中)[,，]?/, '').replace(/(?:合计|合共|共计|总计|总共)(?:为|达|是)?$/, '');
  return name.length >= 2 && name.length <= MAX_ITEM_LABEL && !/[、和及与]|[两二三四五六七八九十几][项个类]$/.test(name) && !/合计|合共|共计|总计|总共/.test(name);
}

/** `其中，猪肉产量A，禽肉、牛羊肉及其他肉类产量合计B`: a later item stated as the sum of kinds that no item before it names
 *  (or the first, when the rest follows it) is one part (the kinds have no figures of their own), not the total of the items before. */
function sumsKindsOfItsOwn(p: Passage, f: Figure, firstIndex: number): boolean {
  // (the first item too, when the rest follows it: `當中旅遊及運輸服務輸出合共A，其他服務輸出B`)
  const next = p.figures[f.index + 1];
  if (f.index < firstIndex || (f.index === firstIndex && !(next && sameUnit(next, f) && REST_LEAD.test(trimGap(lastClause(next.label)))))) return false;
  const clause = lastClause(f.label).replace(/^(?:其中|当中)[,，]?/, '');
  const kinds = KINDS_SUMMED.exec(clause);
  if (!kinds) return false;
  for (let k = firstIndex; k < f.index; k++) {
    const name = listItemName(p.figures[k]);
    // (inside the negation of a name, `经常开支` in `非经常开支及资本开支`, it names another kind)
    if (name.length >= 2 && includesUnnegated(kinds[1], name)) return false;
  }
  return true;
}
/** Kinds joined by 、/和/及/与 and summed in one clause (`禽肉、牛羊肉及其他肉类产量合计`), no count word (`两项合计`). */
const KINDS_SUMMED = /^[,，]?([\u3400-\u9fff]{1,10}[、和及与][\u3400-\u9fff、和及与]{1,20}?)(?<![两二三四五六七八九十几][项个类])(?:合计|合共|共计|总计)(?:为|达|是|处理|完成|实现)?$/;

/** `完成税收预算22亿元的95.7%`: a part's target, the whole of its completion rate, is no part. */
function isCompletedTarget(p: Passage, f: Figure): boolean {
  return COMPLETED_TARGET.test(f.label) && isWholeOfShare(p, f);
}
const COMPLETED_TARGET = /(?:完成|达到|超过)了?[\u3400-\u9fff“”"0-9]{0,10}(?:目标任务|目标|计划|任务|预算)$/;

/** A balance (`贸易顺差539.9亿元`) is a difference of parts, never one of them. */
const BALANCE = /顺差|逆差|差额|净额|出超|入超/;
/** An income net of its costs (`投資收益淨額`, `手续费及佣金净额`): still an item of revenue, no balance. */
const NET_INCOME = /(?:收益|收入|利息|佣金)净额/;
/** A net whole, whose parts are net amounts (`資產淨值T，其中供款淨額A，投資回報淨額B`). */
const NET_WHOLE = /资产净值|净资产|资产净额/;

/** Words after the parts of a 其中 that name what they leave out (`其余为专科生`, `其他为…`). */
const REST_WORDS = /其余|其他|其它|余下|剩余/;

/** `累计发放A，年度计划W；其中…`: a plan stated in a clause of its own right after what was done, which the 其中 is of. */
function planAfterDone(p: Passage, f: Figure): boolean {
  const done = p.figures[f.index - 1];
  return done !== undefined && done.sentence === f.sentence && sameUnit(done, f) && countClauseEnds(f.gapBefore) === 1 && PLAN_CLAUSE.test(trimGap(f.gapBefore)) &&
    isNumber(done) && !isStatedChange(done);
}
const PLAN_CLAUSE = /^(?:年度|全年|今年)?(?:计划|目标|任务)(?:为|是)?$/;

/** `貧窮人口為B，經…政策介入後減至A，其中…`: a level the next clause brings to another (`减至`, `增至`), which the 其中 is of. */
export function leftForLevelAfter(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  return next !== undefined && next.sentence === f.sentence && sameUnit(next, f) && countClauseEnds(next.gapBefore) === 1 && LEVEL_REACHED_IN_CLAUSE.test(next.gapBefore);
}
const LEVEL_REACHED_IN_CLAUSE = /^[,，][\u3400-\u9fff]{0,14}(?:减至|降至|增至|升至|减少至|下降至|增加至|上升至|减少到|下降到|增加到|上升到)$/;

/** Is the figure the level a change starts from, `由B增加到A` (由 in its clause, the level reached right after it)? */
export function startingLevel(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  // (从 as well: `从2018年的B增长到2023年的A`)
  const clause = lastClause(f.label);
  return next !== undefined && (clause.includes('由') || clause.includes('从')) && sameUnit(next, f) && reachesLevel(next.gapBefore);
}

/** The total of a 其中: a figure in the parts' unit before the cue, the nearest one that shares a word with a part's
 *  label when there is one (`在校学生86.52万人，专任教师6.18万人。其中…在校生12.3万人`), else the nearest. */
/** The sources of a population's change: natural growth and migration. */
const CHANGE_SOURCES = /^(?:其中[,，]?)?(?:[\u3400-\u9fff]{0,4})(?:自然增长|自然增加|净迁入|净迁出|机械增长|迁入|净流入)/;

function subsetTotal(p: Passage, firstIndex: number, minSentence: number, unit: string, group: readonly Figure[], subsetTotals: Map<Figure, Figure>): Figure | undefined {
  // not an excess over a target either (`完成年度目标11万人的116.4%，超额完成1.8万人；其中…`): a difference, like a change
  // nor the second of a list of averages (`户均人口分别为3.47人和3.50人`): it is as intensive as the first
  // nor the level a change started from (`由2019年的B增加到2024年的A；其中…` is of A)
  // (nor the basis a rate was computed on, `参保率为P（按户籍人口W人计算），其中…` is of the count before the rate)
  const candidate = (f: Figure) => isNumber(f) && f.unit === unit && !isWholeOfShare(p, f) && !isStatedChange(f) && !isComparisonBase(f) && !EXCESS.test(f.label) && !excessOverFigure(p, f) &&
    !earlierYearRestated(p, f) && !dueAfterDone(p, f) &&
    !startingLevel(p, f) && !leftForLevelAfter(p, f) && !isComputationBasis(p, f) && !planAfterDone(p, f) &&
    !(f.index > 0 && listJoin(f.gapBefore) === 'join' && isIntensive(p.figures[f.index - 1])) &&
    // (nor an average of the total over the count right before it, of no parts like these: `发放信贷T，惠及N户，户均贷款D；
    // 其中用于…的贷款A` is of T)
    // (or a rate per head of population after it: `拥有量T，每万人口…拥有量达到R；其中高价值发明专利拥有量A` is of T)
    !(isIntensive(f) && !isTimeAverage(f) && !group.some((g) => isIntensive(g)) && !incomeComponents(f, group) && (averageOfTwoBefore(p, f, unit) || PER_POPULATION.test(lastClause(f.label))));
  // (a daily average is the total only of daily parts, or when nothing else is: `共接待游客T，日均接待D；…其中，乡村旅游点
  // 接待游客A` is of T, `平均每日载客量T，当中港铁A` of T)
  // (parts that are sources of a change, `增加C。其中，自然增长A，净迁入B`, are of the change stated right before them)
  const before = p.figures[firstIndex - 1];
  if (before && isNumber(before) && before.unit === unit && isStatedChange(before) && group.length >= 2 && before.sentence >= minSentence &&
    group.every((g) => CHANGE_SOURCES.test(listItemName(g)))) return before;
  const daily = group.some((g) => /每日|日均|每天/.test(g.label));
  const nearest = (daily ? undefined : lookBack(p, firstIndex, minSentence, (f) => candidate(f) && !isTimeAverage(f))) ?? lookBack(p, firstIndex, minSentence, candidate);
  if (!nearest) return undefined;
  // (parts that all end with one name of four characters or more, which the nearest lacks, are of the figure named so,
  // a sentence further back too: `农产品网络零售额T…。全县网络零售额为W。其中，生鲜农产品网络零售额A，特色加工农产品网络
  // 零售额B` is of T)
  const shared = group.length >= 2 ? commonTail(group.map(listItemName)) : '';
  if (shared.length >= 4 && !nearest.label.includes(shared) && namesSubject(nearest.label)) {
    const named = lookBack(p, firstIndex, minSentence - 1, (f) => candidate(f) && !subsetTotals.has(f) && lastClause(f.label).includes(shared));
    if (named) return named;
  }
  // a sibling named exactly like a part, itself a part of an earlier list, is never the total (`新增市场主体1.86万户，其中
  // 企业5230家…；年末实有市场主体12.4万户，其中企业3.68万家`: the total is in 户, not the earlier 企业 in 家)
  // (a figure stated as the total, `新增…企业128家，总数达到1305家，其中…`, is the one)
  if (STATED_AS_TOTAL.test(lastClause(nearest.label))) return nearest;
  // (a part named as some of a kind, `其中，在高标准农田上种植的粮食作物A`, is of the figure named that kind, not of the
  // nearest: `粮食作物B，经济作物C，其他作物D。其中…` is of B)
  const kind = group.length === 1 ? QUALIFIED_KIND.exec(listItemName(group[0]))?.[1] : undefined;
  const ofKind = kind ? lookBack(p, firstIndex, minSentence, (f) => candidate(f) && listItemName(f) === kind) : undefined;
  if (ofKind && ofKind.iv.hi >= group[0].iv.lo) return ofKind;
  // (a part after a list of totals is of the one item its name picks out by the words that item alone has: `国家级“小巨人”
  // 企业A、省级专精特新中小企业B，其中今年新增国家级“小巨人”企业C` is of A)
  const pickedItem = group.length === 1 && listJoin(nearest.gapBefore) === 'join' ? itemPickedByName(p, nearest, listItemName(group[0])) : undefined;
  if (pickedItem) return pickedItem;
  const listedUnder = subsetTotals.has(nearest) || /^(?:其中|当中)/.test(trimGap(lastClause(nearest.label)));
  // (an age opening the names makes them differ: `60岁及以上人口B，其中65岁及以上人口A` is a list under B)
  if (listedUnder && group.some((g) => listItemName(g) === listItemName(nearest) && ageOpening(p, g) === ageOpening(p, nearest))) return undefined;
  // a part of an earlier list named exactly as a part is that part again (`其中企业21.6万户；…新登记市场主体12.68万户，
  // 其中企业16.2万户`), not its total
  // (a rank shared is no name shared: `示范社` under `市级以上` is not one of `新增市级以上龙头企业`)
  // (or names it by another of its names: `营业收入T…净利润N。其中，海外业务实现营收A` is of T)
  const named = lookBack(p, firstIndex, minSentence, (f) => candidate(f) && (daily || !isTimeAverage(f) || f === nearest) &&
    // (a period shared is no name shared either: `前三季度` is not one of `第四季度实现营业收入`)
    group.some((g) => (sharesBigram(nameIn(g.label).replace(RANK_QUALIFIER, '|').replace(DOING_VERBS, '|').replace(PERIOD_NAME, '|'),
      f.label.replace(RANK_QUALIFIER, '|').replace(DOING_VERBS, '|').replace(PERIOD_NAME, '|')) ||
      namesOneWhole(g.label, f.label)) &&
      !(subsetTotals.has(f) && nameIn(g.label) === nameIn(f.label))));
  // `全市快递业务量完成1.46亿件…；全年累计完成14.2亿件。其中，同城快递业务量…`: the nearest names no subject of its
  // own, so it is about what the one before names, and the parts' words in that earlier label choose nothing
  // (but a plan, `计划完成造林面积8.5万亩，实际完成9.12万亩；其中人工造林…`, is not what was done)
  // (nor a part of an earlier list: `在校生T，其中…博士研究生B；专任教师N，其中具有博士学位的A` is of N)
  // (nor for a 当中 right after a 其中 part, which lists some of that part: `其中內地旅客A，佔P，當中經…口岸入境者B` is of A)
  const nestedUnder = /^当中/.test(trimGap(lastClause(group[0].label))) && subsetTotals.get(nearest) === named;
  return named && named !== nearest && namesSubject(nearest.label) && !TARGET_NAMES.test(lastClause(named.label)) && !subsetTotals.has(named) && !nestedUnder ? named : nearest;
}

/** The item of the joined list that ends with `last` whose name alone, of the list's, shares a word (two characters)
 *  with `name`; none when no item or several do. */
function itemPickedByName(p: Passage, last: Figure, name: string): Figure | undefined {
  const items = [last];
  for (let k = last.index; k > 0 && listJoin(p.figures[k].gapBefore) === 'join' && items.length < MAX_REACH; k--) {
    const f = p.figures[k - 1];
    if (!isNumber(f) || f.unit !== last.unit || f.sentence !== last.sentence) break;
    items.unshift(f);
  }
  if (items.length < 2) return undefined;
  const words = items.map((f) => bigramsOf(listItemName(f)));
  let picked: Figure | undefined;
  for (const [i, own] of words.entries()) {
    const alone = [...own].filter((w) => words.every((other, j) => j === i || !other.has(w)) && name.includes(w));
    if (alone.length === 0) continue;
    if (picked) return undefined;
    picked = items[i];
  }
  return picked;
}
function bigramsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) if (isHan(s.charCodeAt(i)) && isHan(s.charCodeAt(i + 1))) out.add(s.slice(i, i + 2));
  return out;
}

/** The age a count's name opens with, a figure of its own right before it (`65岁及以上人口A`: 65). */
function ageOpening(p: Passage, f: Figure): number | null | undefined {
  const age = p.figures[f.index - 1];
  return age !== undefined && age.unit === '岁' && countClauseEnds(f.gapBefore) === 0 ? age.value : undefined;
}

/** `在高标准农田上种植的粮食作物`: a qualifier, 的 and the kind it is some of (group 1). */
const QUALIFIED_KIND = /^[\u3400-\u9fff]{2,12}的([\u3400-\u9fff]{2,8})$/;

/** A rate per head of a population (`每万人口`, `每千常住人口`). */
const PER_POPULATION = /每(?:千|万|十万)(?:常住|户籍)?人口/;

/** `T，惠及N户，户均D`: an average right after a count in another unit, itself right after a figure in the average's unit,
 *  all in one sentence. */
function averageOfTwoBefore(p: Passage, f: Figure, unit: string): boolean {
  const a = p.figures[f.index - 1];
  const b = p.figures[f.index - 2];
  const pair = (count: Figure | undefined, total: Figure | undefined) => total !== undefined && count !== undefined && isNumber(count) && count.unit !== unit &&
    total.unit === unit && isNumber(total) && total.sentence === f.sentence && count.sentence === f.sentence;
  // (the count first too: `实施项目N个，完成投资T，平均每个项目完成投资D；其中…`; not one of averages listed with 分别,
  // `…2180户7635人，户均人口分别为3.47人和3.50人`, each over its own pair)
  return pair(a, b) || (pair(b, a) && !lastClause(f.label).includes('分别'));
}

/** The longest ending all the names share. */
function commonTail(names: readonly string[]): string {
  let tail = names[0] ?? '';
  for (const name of names) {
    let k = 0;
    while (k < tail.length && k < name.length && tail[tail.length - 1 - k] === name[name.length - 1 - k]) k++;
    tail = tail.slice(tail.length - k);
  }
  return tail;
}

/** Verbs of achieving, which name nothing a part and a total could share (`实现营收`, `实现净利润`). */
const DOING_VERBS = /实现|完成|达到/g;
/** Quarters and halves of a year named in a label (`前三季度`, `第四季度`, `上半年`). */
const PERIOD_NAME = /(?:前|第)?[一二三四1-4]季度|[上下]半年|季度/g;

/** Ranks that qualify members of any kind (`市级以上`, `国家级`). */
const RANK_QUALIFIER = /(?:国家|省|市|县|区)级(?:及?以上)?/g;

/** A label that states its figure as the total of what came before (`总数达到`, `总量为`). */
const STATED_AS_TOTAL = /^(?:总数|总量|总计|总人数|总户数)(?:达到|达|为|是)?$/;

/** A figure stated as the excess over a target (`超额完成1.8万人`, `超出计划…`). */
const EXCESS = /(?:超额完成|超额|超出|多完成)$/;
/** `參保人數A，應參保人數W，參保率P；其中…`: the count due (`应…`) right after the count done is no total of the 其中 after
 *  them: those listed are among those done. */
function dueAfterDone(p: Passage, f: Figure): boolean {
  const due = DUE_NAME.exec(trimGap(lastClause(f.label)))?.[1];
  const done = p.figures[f.index - 1];
  return due !== undefined && done !== undefined && done.sentence === f.sentence && done.unit === f.unit && lastClause(done.label).includes(due);
}
/** A count named as due (`应参保人数`; group 1 what is due, `参保`). */
const DUE_NAME = /^应([\u3400-\u9fff]{2,4}?)(?:人数|户数|数)?(?:为|达|是)?$/;

/** `2024年新業務價值為A，2023年為B，按年增長P；其中…`: an earlier year's figure named by its year right after this year's,
 *  the base of its change, is no total of what follows. */
function earlierYearRestated(p: Passage, f: Figure): boolean {
  const named = EARLIER_YEAR_IS.exec(trimGap(lastClause(f.label)));
  const level = p.figures[f.index - 1];
  if (!named || !level || level.sentence !== f.sentence || level.unit !== f.unit || countClauseEnds(f.gapBefore) !== 1) return false;
  const own = FOUR_DIGIT_YEAR.exec(sentenceHead(p, level))?.[1];
  return own !== undefined && Number(own) > Number(named[1]);
}
const EARLIER_YEAR_IS = /^((?:19|20)[0-9]{2})年(?:同期|末|底)?(?:则)?(?:为|是)$/;
const FOUR_DIGIT_YEAR = /((?:19|20)[0-9]{2})年/;

/** `已实现就业`, `已签约`: what was done so far, with no subject of its own. */
// (or as of now, with the verb after the figure: `截至目前已有A人实现稳定就业`)
const DONE_SO_FAR_CLAUSE = /^(?:截至目前|目前)?(?:已|已经|累计已)(?:(?:实现|完成)?[\u3400-\u9fff]{1,4}(?:的)?|有)$/;

/** A scheme those counted joined (`參加幼稚園教育計劃的`): a name, no plan or target of the figure. */
const JOINED_SCHEME = /(?:参加|参与|加入|纳入)[\u3400-\u9fff]{0,10}计划/;

/** `超出年度目標任務200萬人13.8萬人`: a figure right after the one it exceeds, with nothing between, is the excess. */
function excessOverFigure(p: Passage, f: Figure): boolean {
  const over = p.figures[f.index - 1];
  return over !== undefined && trimGap(f.gapBefore) === '' && over.sentence === f.sentence && EXCESS_OVER.test(lastClause(over.label));
}
const EXCESS_OVER = /(?:超额完成|超出|超过|多完成|高出)[\u3400-\u9fff]{0,8}$/;

/** Does a label name what its figure counts, beyond a period, a place and a verb (`全年累计完成` names nothing)? */
function namesSubject(label: string): boolean {
  // (a verb of reaching a level names nothing either: `员工总数从B增加到A，其中…` is about what names B)
  const rest = label.replace(SUBJECTLESS_WORDS, '').replace(LEVEL_REACHED, '');
  let han = 0;
  for (let i = 0; i < rest.length && han < 2; i++) if (rest.charCodeAt(i) >= 0x3400 && rest.charCodeAt(i) <= 0x9fff) han++;
  return han >= 2;
}

const LEVEL_REACHED = /(?:增加|增长|提高|提升|上升|发展|扩大|下降|减少|降低|调整|回落)(?:到|至|为)$/;
const SUBJECTLESS_WORDS = new RegExp([...PERIOD_WORDS, ...PLACE_WORDS, '累计', '共计', '合计', '完成', '实现', '达到', '达', '为', '是', '共', '有'].join('|'), 'g');

/** A part named by what its members have (`具有…的`, `…超亿元的`): a relative clause ending in 的. */
const ATTRIBUTE_PART = /的$/;
/** A part named by the route its members took (`经陆路口岸入境的`; group 1 the movement). */
const ROUTE_PART = /^(?:经|通过|从)[\u3400-\u9fff]{1,10}?(入境|出境|抵达|离境|进入|访港|来澳)的$/;

/** Words that open a clause about the group just named, not about a new one: `，已实现就业3.71万人`. */
const NESTED_PART_LEADS = /^(?:已经|已|均已|均|都|全部|实现|其中)/;

/** `其中有劳动能力的3.84万人，已实现就业3.71万人`: a part of the part before it, not a second part of the total. A
 *  later part that is no larger than the one before, in a clause of its own opened by 已 / 均 / 全部 …, may be
 *  either; the sum of the parts is then not checked (each part is still within the total). */
function mayBeNested(p: Passage, group: readonly Figure[]): boolean {
  // Brackets of one measure that do not overlap (`50万元以上的有A个，30万至50万元的有B个，10万至30万元的有C个`) are classes
  // side by side, whatever their names end with.
  if (disjointBrackets(p, group)) return false;
  // Parts named by an attribute (`具有本科及以上学历的`, `营业收入超亿元的`) may overlap the others (`女教师`): they
  // need not add up either.
  // (but not those named by the way they came, all alike: `经陆路口岸入境的A，经机场及海路口岸入境的B` are routes, one each)
  const routes = group.map((f) => ROUTE_PART.exec(nameIn(f.label))?.[1]);
  const byRoute = routes.every((r) => r !== undefined && r === routes[0]);
  if (!byRoute && group.some((f) => ATTRIBUTE_PART.test(nameIn(f.label)))) return true;
  // `其中县外务工A，省外务工B`: work outside the county includes work outside the province (outside scopes of two levels)
  const outside = new Set(group.map((f) => OUTSIDE_SCOPE.exec(listItemName(f))?.[1]).filter((x) => x !== undefined));
  if (outside.size >= 2) return true;
  // `其中民生支出A…；教育支出B`: spending on people's livelihood is made of education, social security, health … spending
  if (group.some((f) => LIVELIHOOD_SPENDING.test(listItemName(f))) && group.some((f) => LIVELIHOOD_KINDS.test(listItemName(f)))) return true;
  for (let k = 1; k < group.length; k++) {
    const f = group[k];
    const before = group[k - 1];
    // `其中专任教师A，具有博士学位的教师B，占专任教师的P`: a part stated as a share of an earlier part is inside it
    if (shareOfEarlierPart(p, f, group, k)) return true;
    // `其中5亿元以上项目A、10亿元以上项目B`: members above two bounds, the higher inside the lower
    if (describedByBound(p, f) && describedByBound(p, before)) return true;
    if (f.iv.lo <= before.iv.hi && countClauseEnds(between(p, before, f)) >= 1 && NESTED_PART_LEADS.test(trimGap(f.label))) return true;
    // `其中民营企业4.8万家，民营企业中中小微企业4.6万家` / `在民营企业中，…`: a part of an earlier part, named by it
    if (earlierPartNamed(f.gapBefore, group, k)) return true;
    // `其中汽车226.3万辆，新能源汽车32.6万辆`: a kind of an earlier part, named as it with a qualifier before (a negation,
    // `非内地旅客` after `内地旅客`, is the rest instead)
    const name = listItemName(f);
    const kindOf = (n: string) => namesKindOf(name, n, 2) || kindBeforeSharedMeasure(name, n);
    // (parts named alike, `0—15岁人口…，16—59岁人口…，60岁及以上人口…`, are told apart by something else)
    // (but not of a part named only by its measure after a count of its subject: `其中中小微企业1.92万家、返还资金1.43亿元，
    // 大型企业返还资金B` names 中小微企业's money, no kind of which 大型企业's is)
    if (name.length >= 3 && distinctNames(group) && group.slice(0, k).some((g) => !measureOfSubjectBefore(p, g) && kindOf(listItemName(g)))) return true;
    // `其中进城务工人员随迁子女A，在公办学校就读的随迁子女B`: a qualified group named by the tail of an earlier part's name
    const tail = QUALIFIED_TAIL.exec(name)?.[1];
    if (tail && group.slice(0, k).some((g) => listItemName(g).length > tail.length && listItemName(g).endsWith(tail))) return true;
  }
  // (a part named by its measure alone is named by its subject's count before it: `中小微企业N家、返还资金A`)
  return crossCutting(group.map((f) => (measureOfSubjectBefore(p, f) ? p.figures[f.index - 1] : f)));
}

/** Is a name a kind of an earlier one: the earlier, `minLength` characters or more, with a qualifier before it, not negated
 *  (`今年新认定省级重点实验室` of `省级重点实验室`; `非内地旅客` is the rest of `内地旅客`, no kind of it)? */
function namesKindOf(name: string, earlier: string, minLength = 3): boolean {
  return earlier.length >= minLength && name.length > earlier.length && name.endsWith(earlier) && !NEGATIONS.has(name[name.length - earlier.length - 1]);
}

/** A place outside a scope, by its level (`县外务工`, `省外`, `境外`; group 1 the level), not bounded by a wider one (`县外省内`). */
const OUTSIDE_SCOPE = /^(?:转移到|转移至|在|到)?(乡|镇|县|市|区|省|国|境)外(?![乡镇县市区省国境]内)/;

/** `汽车业务收入` and then `新能源汽车收入`: the same measure (收入) of a kind of the earlier part's subject (汽车, its
 *  业务 aside), named with a qualifier before it. Names that differ only in their first characters (`内资企业收入`,
 *  `外资企业收入`) leave less than two characters to compare and are siblings. */
function kindBeforeSharedMeasure(name: string, earlier: string): boolean {
  let shared = 0;
  while (shared < name.length && shared < earlier.length && name[name.length - 1 - shared] === earlier[earlier.length - 1 - shared]) shared++;
  if (shared === 0 || shared >= earlier.length) return false;
  const core = name.slice(0, name.length - shared);
  const earlierCore = earlier.slice(0, earlier.length - shared).replace(/业务$/, '');
  return earlierCore.length >= 2 && core.length > earlierCore.length && core.endsWith(earlierCore) && !NEGATIONS.has(core[core.length - earlierCore.length - 1]);
}

/** A name qualified with 的 (`在公办学校就读的随迁子女`): the group after 的, three characters or more. */
const QUALIFIED_TAIL = /的([\u3400-\u9fff]{3,8}?)(?:达到|达|为|有|共)?$/;

function shareOfEarlierPart(p: Passage, f: Figure, group: readonly Figure[], k: number): boolean {
  // (looked for in place: this runs for every part of every 其中 list, and most are followed by no 占)
  const next = p.figures[f.index + 1];
  const end = next && next.sentence === f.sentence ? next.cleanStart : Math.min(p.text.length, f.cleanEnd + 16);
  let at = f.cleanEnd;
  while (at < end && p.text.charCodeAt(at) !== ZHAN) at++;
  if (at >= end) return false;
  for (let m = 0; m < k; m++) {
    const name = listItemName(group[m]);
    if (name.length >= 2 && p.text.startsWith(name, at + 1)) return true;
  }
  return false;
}

const ZHAN = '占'.charCodeAt(0);

/** Verbs splitting money into its uses (`分别用于产业发展A、…`). */
const USE_VERBS = ['分别用于', '分别投向', '分别投入', '分别安排'];
/** Verbs naming where a whole came from, all of it (`营业收入T，分别来自X A、Y B和Z C`). */
const SOURCE_VERBS = ['分别来自', '分别来源于', '资金来源分别为', '来源分别为'];

/** Is the figure a count of members a bound right before it describes (`10亿元以上项目B`)? */
function disjointBrackets(p: Passage, group: readonly Figure[]): boolean {
  if (group.length < 2) return false;
  const spans: [number, number][] = [];
  for (const f of group) {
    const bound = p.figures[f.index - 1];
    if (!bound || !describesMembers(p, bound) || !sameUnit(bound, p.figures[group[0].index - 1]) || (bound.q.min === null && bound.q.max === null)) return false;
    spans.push([bound.q.min ?? -Infinity, bound.q.max ?? Infinity]);
  }
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) if (spans[i][0] < spans[j][1] && spans[j][0] < spans[i][1]) return false;
  }
  return true;
}

function describedByBound(p: Passage, f: Figure): boolean {
  const bound = p.figures[f.index - 1];
  // (a floor only, `10亿元以上`: ranges, `0—15岁`, `16—59岁`, are classes side by side)
  return !!bound && describesMembers(p, bound) && bound.q.min !== null && bound.q.max === null;
}

/** `10亿元以上项目9个`: a bound that describes the members a count in another unit right after it counts. */
function describesMembers(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  return isThreshold(f) && !!next && next.sentence === f.sentence && next.unit !== f.unit && countClauseEnds(next.gapBefore) === 0;
}

/** `（含公益性岗位安置`: an aside opening on what the figure before includes. */
const INCLUDED_ASIDE = /^\((?:含|包括|包含)/;

/** Where another 其中 / 当中 opens inside a 其中's parts (after a clause end), or -1. */
function nestedCueAt(text: string, from: number, end: number): number {
  // (read in the region alone: a search from `from` through the rest of a long paragraph for every 其中 would be quadratic)
  const region = text.slice(from, end);
  let first = -1;
  for (const { word, afterClauseEnd } of REGION_BREAKS) {
    for (let k = region.indexOf(word); k >= 0 && (first < 0 || k < first); k = region.indexOf(word, k + 1)) {
      // (not a clause of what was done so far, `，截至目前已有A人实现稳定就业`: some of the part before it, read with the parts)
      if ((!afterClauseEnd || isClauseEndAt(text, from + k - 1)) && !DONE_AS_OF_NOW.test(region.slice(k, k + 8))) {
        first = k;
        break;
      }
    }
  }
  return first < 0 ? -1 : from + first;
}
/** Words that end a 其中's parts inside its region: another 其中 / 当中 / 内含 (some of the part before it), a clause opening
 *  on a stock at another date (`，截至报告期末累计拥有有效专利T`, `，全省累计建成…T`) or on what the whole brought about (`，共带动就业N人`: people
 *  given jobs by the founders counted, none of them; `，共为N户次农户提供风险保障T`: what the premiums bought), each after a clause end; and money split into uses after a part
 *  (`其中用于产业发展A，重点分别投向…B、C和D`: a breakdown of that part). */
const REGION_BREAKS: readonly { word: string; afterClauseEnd: boolean }[] = [
  ...['当中', '其中', '内含', '截至', '截止', '共带动', '带动', '辐射带动', '共吸纳', '共为'].map((word) => ({ word, afterClauseEnd: true })),
  // (a stock of the whole place accumulated over the years: `，全省累计建成高标准农田T`)
  ...['全国', '全省', '全市', '全县', '全区'].map((place) => ({ word: place + '累计', afterClauseEnd: true })),
  ...USE_VERBS.map((word) => ({ word, afterClauseEnd: false })),
];

/** `截至目前已有`, `截至目前已实现`: done so far, as of now. */
const DONE_AS_OF_NOW = /^截至目前(?:已|已经)/;

/** Adverbs of focus before a verb of uses (`重点分别投向`). */
const FOCUS_ADVERB = /^(?:重点|主要)/;

/** `，分别用于X、Y和Z，金额分别为`: the uses named (group 2), then their amounts; `全部用于` (group 1) says they are all
 *  of the money. */
const USES_THEN_AMOUNTS = /^[,，](分别|全部|全额)?用于([\u3400-\u9fff、和及]{2,60})[,，](?:金额|资金|额度)?分别为$/;
/** `…和就业帮扶三个方面`: the number of uses named, after their names (group 1). */
const USES_COUNTED = /([一二三四五六七八九两十]|[0-9]{1,2})个?(?:方面|领域|类|项|大类)$/;

/** A small count or month written in digits or Chinese (`3`, `三`, `两`, `十二`); undefined for anything else. */
export function smallNumber(word: string | undefined): number | undefined {
  if (word === undefined || word === '') return undefined;
  const digits = Number(word);
  if (Number.isInteger(digits)) return digits;
  if (word === '两') return 2;
  const unit = (c: string) => '一二三四五六七八九'.indexOf(c) + 1;
  if (word.length === 1) return word === '十' ? 10 : unit(word) || undefined;
  // 十一, 十二 (a month or a count of kinds goes no higher)
  return word.length === 2 && word[0] === '十' && unit(word[1]) > 0 ? 10 + unit(word[1]) : undefined;
}

/** How many figures of a list joined like `A、B和C` start at `first`. */
function respectiveCount(p: Passage, first: Figure): number {
  let n = 1;
  for (let k = first.index + 1; k < p.figures.length && listJoin(p.figures[k].gapBefore) === 'join' && sameUnit(p.figures[k], first); k++) n++;
  return n;
}

/** `2023—2024年，…T，其中2023年A，2024年B`: parts named by every year of the period the total's sentence opens with. */
function yearsOfPeriod(p: Passage, total: Figure, group: readonly Figure[]): boolean {
  const m = YEAR_SPAN.exec(sentenceHead(p, total));
  if (!m) return false;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (to <= from || to - from + 1 !== group.length || to - from > 10) return false;
  return group.every((f, i) => trimGap(lastClause(f.label)).replace(/^其中[,，]?/, '').startsWith(`${from + i}年`));
}
const YEAR_SPAN = /^((?:19|20)[0-9]{2})\s*[-—–~至到]\s*((?:19|20)[0-9]{2})年/;

/** A rate (`…率为P`) right after the last of a list of parts, in its sentence. */
function rateOfParts(p: Passage, group: readonly Figure[]): boolean {
  const last = group[group.length - 1];
  const next = p.figures[last.index + 1];
  return !!next && next.sentence === last.sentence && next.kind === 'percent' && countClauseEnds(next.gapBefore) === 1 && RATE_NAMED.test(trimGap(next.gapBefore));
}
const RATE_NAMED = /率(?:为|达|达到|是)?$/;

/** `中小微企业1.92万家、返还资金A`: a figure named by its measure alone, right after a count in another unit whose
 *  name is its subject. */
function measureOfSubjectBefore(p: Passage, f: Figure): boolean {
  const before = p.figures[f.index - 1];
  return !!before && before.unit !== f.unit && before.sentence === f.sentence && f.gapBefore.startsWith('、') && countClauseEnds(f.gapBefore) === 0;
}

/** No two parts of the list carry the same name. */
function distinctNames(group: readonly Figure[]): boolean {
  const names = group.map(listItemName);
  return new Set(names).size === names.length;
}

/** A period a part's name may open with (`第三季`, `上半年`, `一季度`). */
const PERIOD_PREFIX = /^(?:第[一二三四1-4]季度?|[一二三四1-4]季度|上半年|下半年|前三季度?|全年|当年)/;

/** Prefixes that negate a name (`非内地旅客`, `不过夜旅客`). */
export const NEGATIONS: ReadonlySet<string | undefined> = new Set(['非', '不', '未', '无']);

/** A list item's own name: its label without 其中, a joiner or a clause end before it. */
export function listItemName(f: Figure): string {
  return nameIn(trimGap(lastClause(f.label))).replace(/^(?:其中|当中)[,，]?/, '').replace(/^(?:、|和|及|与)/, '');
}

/** The earlier part the text before a part names with 中 (`，民营企业中中小微企业`, `，在民营企业中，…`), if any. */
function earlierPartNamed(gap: string, group: readonly Figure[], k: number): Figure | undefined {
  if (gap.indexOf('中') < 0) return undefined;
  for (let m = 0; m < k; m++) {
    const name = listItemName(group[m]);
    if (name.length >= 2 && gap.includes(name + '中')) return group[m];
    // (or its name and the measure counted: `；本地居民就业人口中，博彩业雇员…`)
    const at = name.length >= 2 ? gap.indexOf(name) : -1;
    if (at >= 0 && NAMED_SCOPE_AFTER.test(gap.slice(at + name.length))) return group[m];
  }
  return undefined;
}

/** The measure after a part's name and 中 (`就业人口中，`): a scope inside that part. */
// (or the name's people and 中 with no comma, `；转移就业人员中县外务工B`: a scope of the first part itself)
const NAMED_SCOPE_AFTER = /^(?:[\u3400-\u9fff]{0,6}中[,，]|(?:人员|人口|职工|员工|群众|对象)中)/;

/** Parts named by attributes of different kinds (`女教师`, `少数民族教师`): overlapping breakdowns, not a partition. */
function crossCutting(group: readonly Figure[]): boolean {
  let dimension: string | undefined;
  let unmarked = 0;
  for (const f of group) {
    const name = nameIn(f.label);
    // (a lead before a cause is no partner: `对因病致困群众救助A、因灾致困群众救助B` are causes, one each)
    const kind = PARTNER_LEADS.some((lead) => name.startsWith(lead)) && !CAUSE_AFTER_LEAD.test(name) ? 'partner' : CROSS_CUTTING_ATTRIBUTES.find((a) => name.includes(a.word))?.dimension;
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

/** `对因病致困…`: a partner lead before a cause (因), which names why, not with whom. */
const CAUSE_AFTER_LEAD = /^[对与向]因/;

/** `实现就业，合计`: a short predicate of the list's verb, then the total cue in a clause of its own (group 1). */
const LIST_PREDICATE = /^[\u3400-\u9fff]{2,6}[,，]([\u3400-\u9fff]{1,8})$/;
/** `三类公共文化设施`: a count word and the class of the items it counts, before the total word. */
const COUNTED_CLASS = /^[两二三四五六七八九十]{1,2}[项类个种家座所][\u3400-\u9fff]{1,8}?(?=合计|共计|总计|合共)/;
/** `上述产品`, `以上三项` before a total word: the items just listed, pointed back to. */
const POINTED_ITEMS = /^(?:上述|以上|前述)[\u3400-\u9fff]{0,6}?(?=合计|共计|总计|合共)/;
/** `共安置`, `合计接待搬迁群众`: a total word, a verb of two characters (the list's verb, said again) and its object. */
const VERB_TOTAL = /^(?:共|合计|共计|总计)([\u3400-\u9fff]{2})[\u3400-\u9fff]{0,4}$/;

/** A cue that ends with one of these (`三项合计`) also states a total. */
const TOTAL_WORDS = ['合计', '共计', '总计', '总共', '合共'];
/** A total word, the verb it is stated with and its object (group 2): `合计实现零售额`, `合计实现地区生产总值`. */
const TOTAL_WORD_AND_OBJECT = /(合计|共计|总计|合共)(?:实现|完成)([\u3400-\u9fff]{1,8})$/;

const TOTAL_FIRST_CODES = firstCodes([...TOTAL_CUES, ...TOTAL_WORDS]);

/** `合计`, `三项合计`, or a total word and what was done in all (`共计完成营造林`). Plain loops: a closure here would
 *  give every turn of findListTotals' loop a heap context. */
function isTotalCue(cue: string): boolean {
  if (TOTAL_CUES.includes(cue)) return true;
  for (const w of TOTAL_WORDS) {
    // (or a whole named before it: `，地区生产总值合计`; not `7月及8月合共`, which names some of the items)
    if (cue.endsWith(w) && (cue.length <= 6 || (cue.length <= 10 && /总值|总额|总量|总数/.test(cue.slice(0, -w.length))))) return true;
    if (cue.startsWith(w) && listJoin('、' + cue.slice(w.length)) === 'join') return true;
  }
  return false;
}

/** `…，境外业务收入B，全年营业收入合计T`: a whole named before the total word by the last item's head noun (收入). */
function namesWholeOfItem(cue: string, last: Figure, p: Passage): boolean {
  for (const w of TOTAL_WORDS) {
    if (!cue.endsWith(w)) continue;
    const name = subjectOf(cue.slice(0, cue.length - w.length)).replace(/^(?:公司|集团)/, '');
    if (name.length < 2 || name.length > MAX_WHOLE_NAME || !/^[\u3400-\u9fff]+$/.test(name)) return false;
    // (items named before 分别, the last name standing for them: `第一产业投资、…和第三产业投资分别完成A、B和C，三次产业投资合计T`)
    const own = nameIn(last.label);
    const item = own.length >= 2 ? own : RESPECTIVE_NAMES_END.exec(sentenceHead(p, last))?.[1] ?? '';
    if (item.length >= 2 && name.endsWith(item.slice(-2))) return true;
    // (or by the head the names share, opening the whole's name, whatever the unit and its separators: `发明专利、…和外观
    // 设计专利分别为A、B和C，专利授权量合计T`)
    const head = own.length >= 2 ? '' : RESPECTIVE_NAMES_BEFORE.exec(sentenceHead(p, last))?.[1] ?? '';
    if (head.length >= 2 && name.startsWith(head.slice(-2))) return true;
    // (or by the measure after 分别 and its verb: `四个季度分别实现营业收入A、B、C和D，全年营业收入合计T`)
    const measure = own.length >= 2 ? '' : RESPECTIVE_MEASURE.exec(sentenceHead(p, last))?.[1] ?? '';
    return measure.length >= 2 && name === measure;
  }
  return false;
}
const MAX_WHOLE_NAME = 8;
/** The last of the names a 分别 list is said of, and its verb: `和第三产业投资分别完成` (group 1: `第三产业投资`). */
const RESPECTIVE_NAMES_END = /(?:、|和|及|与)([\u3400-\u9fff]{2,10})分别[\u3400-\u9fff]{0,3}[0-9.,、和及与亿万元人户个吨]*$/;
/** The same, whatever follows 分别 up to the clause's end (its verb, the figures, their units, thousands separators). */
/** `分别实现营业收入15.62`: the measure (group 1) after 分别 and its verb, right before the first item's figure. */
const RESPECTIVE_MEASURE = /分别(?:实现|完成|达到|达|为|是)?([\u3400-\u9fff]{2,8})[0-9]/;
const RESPECTIVE_NAMES_BEFORE = /(?:、|和|及|与)([\u3400-\u9fff]{2,10})分别(?:[^,，;；。!！?？]|(?<=[0-9]),(?=[0-9]))*$/;

/** The `count` figures ending at `lastIndex`, each in the total's unit and each after the one before it by one
 *  clause end and a short plain label (`，失业人员再就业8,730人`); undefined unless exactly so. */
function countedItems(p: Passage, t: Figure, lastIndex: number, count: number): Figure[] | undefined {
  if (lastIndex - count + 1 < 0) return undefined;
  const items = p.figures.slice(lastIndex - count + 1, lastIndex + 1);
  for (let i = 0; i < items.length; i++) {
    const f = items[i];
    // (averages over one period add up like amounts: `專營巴士平均每日載客A，港鐵B，兩者合共T`)
    if (!isNumber(f) || !sameUnit(f, t) || f.sentence !== t.sentence || isStatedChange(f) || (isIntensive(f) && !isTimeAverage(f))) return undefined;
    if (i === 0) continue;
    const gap = between(p, items[i - 1], f);
    if (countClauseEnds(gap) !== 1 || !isClauseEndAt(gap, 0) || !isPlainLabel(trimGap(gap), MAX_COUNTED_ITEM_LABEL)) return undefined;
  }
  return items;
}

// `营业收入按地区划分，境内收入A，境外收入B，合计T`: items in clauses of their own, each a short plain name and a figure,
// after a clause that announces a breakdown (按…分, 其中), then their stated total. Without the announcement a run of
// such clauses may begin with the whole itself (`营业收入T1，境内收入A，境外收入B，合计…`), and nothing is read.
function announcedClauseItems(p: Passage, t: Figure, lastIndex: number): Figure[] | undefined {
  const items: Figure[] = [];
  for (let k = lastIndex; k >= 0 && items.length < MAX_REACH; k--) {
    const f = p.figures[k];
    if (!isNumber(f) || !sameUnit(f, t) || f.sentence !== t.sentence || isStatedChange(f) || isIntensive(f)) return undefined;
    items.unshift(f);
    const name = trimGap(lastClause(f.gapBefore));
    // (an announced breakdown names its kinds in full: `外商及港澳台商投资企业`; the first past the year that opens it,
    // `2025/26年度经营收入为`)
    if (!isPlainLabel(name.replace(OPENING_YEAR, ''), MAX_ANNOUNCED_ITEM_LABEL)) return undefined;
    const before = f.gapBefore.slice(0, f.gapBefore.length - name.length);
    if (countClauseEnds(before) !== 1 || before.length !== 1) {
      // the first item: what opens its clause run must announce the breakdown (`按地区划分，`, `其中，`, or a heading and a
      // colon: `全港中學生人數：公營學校A；直資學校B；…；總計T`)
      // (or a scope and 中: `公共财政预算收入中，税收收入A，非税收入B，合计T`; or two items that are the halves of a split by
      // their names, which no whole opens: `税收收入A，非税收入B，合计T`)
      return items.length >= 2 && (BY_ATTRIBUTE.test(before) || /(?:其|[\u3400-\u9fff]{2})中[,，]?$/.test(before) || /[:：]$/.test(before) ||
        complementary(items) || splitHalves(items)) ? items : undefined;
    }
  }
  return undefined;
}

// `A、B和C，合计T`: a list of same-unit figures followed by its stated total.
export function findListTotals(p: Passage, out: Relation[]): void {
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
    // `，上述港口合计完成6.75亿吨`: the verb after the total word is no part of the cue; nor is what the list's verb
    // governs, in its own clause before the total (`分别帮助1.26万人、8400人和3500人实现就业，合计2.65万人`)
    let cue = trimGap(gap);
    // (`其他收入合共T`: the rest of a list, summed in a word, is one more part of it, not the list's total; so is a kind
    // summed with the rest, `間接稅及其他收入合計T`)
    if (REST_LEAD.test(cue) || KIND_AND_REST.test(cue)) continue;
    const governed = LIST_PREDICATE.exec(cue);
    if (governed) cue = governed[1];
    // (`，上述产品合计实现收入T`: the items pointed back to, then the total word)
    cue = cue.replace(POINTED_ITEMS, '');
    // (and the items counted in a word and named as a class: `，三类公共文化设施合计T`)
    // (the total word alone after them: `三个开发区合计实现税收T` sums another measure)
    if (counted >= 2 && /^(?:合计|共计|总计|合共)(?:为|达|约)?$/.test(cue.replace(COUNTED_CLASS, ''))) cue = cue.replace(COUNTED_CLASS, '');
    // (and the verb and measure after the total word: `三类商品合计实现零售额T`)
    // (or a whole statistics divide into the items, however long its name: `三次产业增加值分别为A、B和C，合计实现地区生产总值T`)
    const bareCue = cue.replace(/(?:为|达到|达|完成|实现)$/, '').replace(TOTAL_WORD_AND_OBJECT, (m, word: string, object: string) =>
      object.length <= 4 || KNOWN_PARTITIONS.some((k) => k.whole.some((w) => object.endsWith(w))) ? word : m);
    // (`分别安置A、B和C，共安置T`: 共 and the list's own verb again)
    const verbTotal = VERB_TOTAL.exec(bareCue);
    const repeatsVerb = verbTotal !== null && sentenceHead(p, last).includes(verbTotal[1]);
    if (!(isTotalCue(bareCue) || namesWholeOfItem(bareCue, last, p) || repeatsVerb) || hasSentenceEnd(gap)) continue;
    const parts: Figure[] = [];
    let join: ReturnType<typeof listJoin> = 'join';
    while (k >= 0 && parts.length < MAX_REACH) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t)) break;
      parts.unshift(f);
      // (`已完工A，另有B兴建中，合计T`: 另有 adds an item; so does 加, `收入A，加上级补助收入B、…，收入总计T`)
      join = ADDED_ITEM_LEAD.test(f.gapBefore) ? 'join' : listJoin(f.gapBefore);
      if (join !== 'join') break;
      k--;
    }
    // (a total that counts its items in a word, `三年合計約T`, sums as many: the figures right before it when the joined list
    // has fewer, `2024年A，2025年及2026年則分別為B和C，三年合計T`; none when they are not all amounts of its unit)
    const inWords = counted === 0 ? COUNTED_IN_CUE.exec(cue) : null;
    const wordCount = counted >= 2 ? counted : inWords ? smallNumber(inWords[1]) : undefined;
    if (wordCount !== undefined && parts.length >= 2 && parts.length !== wordCount) {
      const items = p.figures.slice(last.index - wordCount + 1, last.index + 1);
      if (items.length === wordCount && last.index - wordCount + 1 >= 0 && items.every((f) => isNumber(f) && sameUnit(f, t) && f.sentence === t.sentence && !isIntensive(f) &&
        !isStatedChange(f) && !isComparisonBase(f))) out.push({ op: 'sum', parts: items, total: t, mode: 'eq' });
      continue;
    }
    // (not when the parts are of a breakdown published without all its kinds: `内地旅客和香港旅客分别为A和B，入境旅客合计T`)
    // (and a list ended by 等 names only some of what the total sums: `加上上级补助收入A、债务转贷收入B、调入资金C等，收入总计T`)
    if (parts.length >= 2 && join !== 'unsure' && !knownIncomplete(p, t, parts)) out.push({ op: 'sum', parts, total: t, mode: trimGap(gap).startsWith('等') ? 'partial' : 'eq' });
    // `A，B，C，三项合计T`: items in clauses of their own, as many as the count word says (or the cue: `…，兩者合共T`)
    else if (wordCount !== undefined && wordCount >= 2 && join === 'start') {
      const items = countedItems(p, t, last.index, wordCount);
      if (items) out.push({ op: 'sum', parts: items, total: t, mode: 'eq' });
    } else if (counted === 0 && join === 'start' && countClauseEnds(gap) === 1) {
      const items = announcedClauseItems(p, t, last.index);
      if (items) out.push({ op: 'sum', parts: items, total: t, mode: 'eq' });
    }
  }
  // `三项支出合计512.7亿元，分别为A、B和C`: a stated total, then its parts one by one.
  for (const t of p.figures) {
    if (!isNumber(t)) continue;
    let first = p.figures[t.index + 1];
    // (past the total's own rate of change: `三类油料作物总产量T，比上年增长P，分别为A、B和C`)
    if (first && first.sentence === t.sentence && first.kind === 'percent' && isStatedChange(first) && countClauseEnds(first.gapBefore) === 1) {
      const next = p.figures[first.index + 1];
      if (next && countClauseEnds(next.gapBefore) === 1 && RESPECTIVE_LEADS.some((w) => trimGap(next.gapBefore).startsWith(w))) first = next;
    }
    // (the uses counted between the total and the amounts, `全部用于X、Y和Z三个方面，分别为`, are read with the gap)
    let usesGap = first?.gapBefore;
    // (by the verb first: this is asked of every figure, and few are followed by uses)
    const afterKinds = first && first.gapBefore.includes('用于') && (KIND_COUNTERS.has(first.unit) || first.unit === '个') && first.sentence === t.sentence ? p.figures[t.index + 2] : undefined;
    if (afterKinds) {
      const withKinds = first.gapBefore + p.text.slice(first.cleanStart, first.cleanEnd) + afterKinds.gapBefore;
      if (USES_THEN_AMOUNTS.test(withKinds)) {
        first = afterKinds;
        usesGap = withKinds;
      }
    }
    if (!first || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence) continue;
    // `分别为A、B和C`, or with each item named (`分别为第一产业0.32万个、第二产业1.64万个和第三产业2.39万个`)
    // (past the total's noun after its unit: `合共資助T個職位，分別為…`)
    // (or the names first, after 分别 and a verb, then 依次为 in the next clause: `学生共T，分别就读幼儿教育、小学及中学，人数依次为A、B
    // 及C`, as many names as amounts)
    const namesFirst = first.gapBefore.includes('依次') ? NAMES_THEN_IN_ORDER.exec(first.gapBefore) : null;
    const lead = namesFirst && namesFirst[1].split(NAME_JOINERS).length === respectiveCount(p, first) ? '依次为' :
      trimGap(first.gapBefore.replace(NOUN_AFTER_UNIT, ''));
    // (`统筹整合资金T，分别用于产业发展A、基础设施建设B和就业帮扶C`: money split into its uses, read like a 其中 list)
    // (or the uses named first and the amounts after them: `资金T，分别用于X、Y和Z，金额分别为A、B和C`)
    // (`，全部用于X、Y和Z三个方面，分别为A、B和C`: all of the money, in as many uses as it counts)
    const usesNamed = usesGap !== undefined && usesGap.includes('用于') ? USES_THEN_AMOUNTS.exec(usesGap) : null;
    const counted = usesNamed ? USES_COUNTED.exec(usesNamed[2]) : null;
    const useNames = usesNamed ? (counted ? usesNamed[2].slice(0, counted.index) : usesNamed[2]).split(NAME_JOINERS) : [];
    const usesCount = counted ? smallNumber(counted[1]) : undefined;
    // (`分别投向`, `分别投入` as well)
    // (after an adverb of focus: `重点分别投向`, `主要分别用于`)
    // (every verb of uses or sources has 分别: asked of every figure, most have none)
    const respective = lead.includes('分别');
    const usesLead = respective ? lead.replace(FOCUS_ADVERB, '') : lead;
    const sourceVerb = respective ? SOURCE_VERBS.find((w) => lead.startsWith(w)) : undefined;
    const usesVerb = respective ? USE_VERBS.find((w) => usesLead.startsWith(w)) ?? sourceVerb : undefined;
    const uses = ((countClauseEnds(first.gapBefore) === 1 && usesVerb !== undefined && isPlainLabel(usesLead.slice(usesVerb.length), MAX_ITEM_LABEL)) ||
      (usesNamed !== null && (usesNamed[1] !== undefined || counted !== null) && useNames.length === respectiveCount(p, first) &&
        (usesCount === undefined || usesCount === useNames.length))) && !isIntensive(t) && !isStatedChange(t);
    const allUses = (usesNamed !== null && (usesNamed[1] === '全部' || usesNamed[1] === '全额' || usesCount !== undefined)) || (sourceVerb !== undefined && usesVerb === sourceVerb);
    // (or named with its kinds counted right before it: `共受理民事、刑事、行政和执行四类案件T，分别为A、B、C和D`)
    const kinds = countedKinds(p, t);
    // (or followed by 分别为 and the first item's name, the parts each named: `学生人数为T，分别为大学部A、硕士班B…`)
    // (past the attribute they are divided by, `按品种分别为稻谷A、…`; or divided into them, `分为经常开支A及投资与发展开支B`)
    const byKind = lead.replace(/^按[\u3400-\u9fff]{1,6}?(?=分别)/, '');
    const dividedInto = byKind.startsWith('分为') && byKind.length > 2;
    const namedItems = ((respective && byKind.startsWith('分别为') && byKind.length > 3) || dividedInto) && countClauseEnds(first.gapBefore) === 1 && !isStatedChange(t) &&
      !isComparisonBase(t);
    if (!uses && !NAMES_A_TOTAL.test(t.label) && kinds === 0 && !namedItems) continue;
    // (or 分别 and the total's own verb again: `共出栏肉牛T，分别出栏A、B和C`)
    const verbAgain = !uses && respective && lead.length === 4 && /^分别[\u3400-\u9fff]{2}$/.test(lead) && lastClause(t.label).includes(lead.slice(2)) ? lead : undefined;
    const itemsLead = namedItems ? byKind : lead;
    const cue = uses ? usesVerb ?? '分别用于' : verbAgain ?? RESPECTIVE_LEADS.find((w) => itemsLead.startsWith(w)) ?? (dividedInto ? '分为' : undefined);
    if (!cue || (!usesNamed && itemsLead !== cue && !isPlainLabel(itemsLead.slice(cue.length), MAX_ITEM_LABEL))) continue;
    const parts = [first];
    let join: ReturnType<typeof listJoin> = 'join';
    for (let k = first.index + 1; k < p.figures.length && parts.length < MAX_REACH; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t)) break;
      join = listJoin(f.gapBefore);
      if (join !== 'join') break;
      parts.push(f);
    }
    if (kinds > 0 && parts.length !== kinds) continue;
    // (a list that ends on 等 names only some: `分别为脱贫不稳定户A、边缘易致贫户B等`)
    const some = namedItems && /^[\u3400-\u9fff]{0,2}等/.test(p.text.slice(parts[parts.length - 1].cleanEnd, parts[parts.length - 1].cleanEnd + 3));
    if (parts.length >= 2 && join !== 'unsure') out.push({ op: 'sum', parts, total: t, mode: (uses && !allUses) || some ? 'subset-list' : 'eq', declared: uses || kinds > 0 || undefined });
  }
}

/** `民事、刑事、行政和执行四类案件T`: the number of kinds a total is said to hold, named one by one before their count
 *  right before it (0 when it is not so named). */
function countedKinds(p: Passage, t: Figure): number {
  const counter = p.figures[t.index - 1];
  if (!counter || counter.sentence !== t.sentence || !KIND_COUNTERS.has(counter.unit) || counter.value === null || countClauseEnds(t.gapBefore) > 0) return 0;
  const n = counter.value;
  const listed = NAMED_KINDS.exec(counter.label)?.[0];
  return n >= 2 && n <= 12 && listed !== undefined && listed.split(NAME_JOINERS).length === n ? n : 0;
}
// (and 个 before a noun of programmes, `“三支一扶”、西部计划和特岗教师3个基层服务项目`: the names must be as many)
const KIND_COUNTERS = new Set(['类', '项', '种', '大类', '个方面', '方面', '个']);
/** Names listed with 、 and a last 和 (`民事、刑事、行政和执行`) at a label's end. */
// (or with 、 throughout: `油菜籽、花生、芝麻三类`)
// (a quoted name is a name: `“三支一扶”、大学生志愿服务西部计划和特岗教师`)
const NAMED_KINDS = /[\u3400-\u9fff“”]{1,12}(?:、[\u3400-\u9fff“”]{1,12})*(?:和|及|与|、)[\u3400-\u9fff“”]{1,12}$/;

// `地区生产总值T，第一产业增加值A，第二产业增加值B，第三产业增加值C` / `…，第一产业、第二产业、第三产业增加值分别为
// A、B和C`: a whole and then every one of the parts statistics divide it into (KNOWN_PARTITIONS), with no 其中 or
// 合计 to say so. Read only when the text names every part; a 其中 list over the same total is left to findSubsets.
export function findKnownPartitions(p: Passage, out: Relation[]): void {
  // one look at the paragraph: most name no whole of a known partition
  if (!PARTITION_WHOLE_WORDS.test(p.text)) return;
  for (const t of p.figures) {
    if (!isNumber(t) || !containsAnyOf(t.label, PARTITION_WHOLE_FIRST_CODES) || !PARTITION_WHOLE_WORDS.test(t.label)) continue;
    if (isStatedChange(t) || isComparisonBase(t)) continue;
    // (a part of another partition of the same whole is no whole: `乡村常住人口` before `男性人口…，女性人口…`)
    if (KNOWN_PARTITIONS.some((k) => partNamed(k, t.label) >= 0)) continue;
    const intensive = isIntensive(t);
    for (const partition of KNOWN_PARTITIONS) {
      if ((intensive && !partition.perHead) || !partition.whole.some((w) => t.label.includes(w)) || partNamed(partition, t.label) >= 0) continue;
      const parts = respectiveParts(p, t, partition) ?? respectivePartsBefore(p, t, partition) ?? (partition.respectiveOnly ? undefined : namedParts(p, t, partition));
      if (!parts) continue;
      // (the whole named as the start of 由B增加到A has parts after A that are A's: `地区生产总值由B增加到A，…。2023年，第一产业…`)
      const total = startingLevel(p, t) ? p.figures[t.index + 1] : t;
      if (!total || !sameUnit(total, t) || parts.includes(total)) break;
      if (!out.some((r) => r.op === 'sum' && r.total === total)) out.push({ op: 'sum', parts, total, mode: 'eq' });
      break;
    }
  }
}

/** Is the total named by one of a set of parallel schemes and are the names others of the set (`失业保险`, `工伤保险` beside
 *  `养老保险参保人数`)? Those are siblings of the total, not its parts. */
function siblingKinds(names: readonly string[], totalName: string): boolean {
  return PARALLEL_KINDS.some((kinds) => {
    const own = kinds.find((k) => totalName.includes(k));
    return own !== undefined && names.every((n) => kinds.some((k) => k !== own && n.startsWith(k)));
  });
}
/** Schemes stated side by side, none a part of another. */
const PARALLEL_KINDS: readonly (readonly string[])[] = [['养老保险', '失业保险', '工伤保险', '医疗保险', '生育保险']];

// `中小学在校生T，小学、初中、高中在校生分别为A、B和C`: the parts of T named one by one before 分别为, as many names as
// figures, the last name sharing a word with T's. Read like parts after 其中: they must not exceed T, and add up to it
// when they cover nearly all of it.
export function findNamedBreakdowns(p: Passage, out: Relation[]): void {
  if (!p.text.includes('分别')) return;
  for (const t of p.figures) {
    if (!isNumber(t)) continue;
    let first = p.figures[t.index + 1];
    // (past the total's change and its base: `补助资金T，比上年的B增加X；中央资金、省级资金…分别为A1、A2…`)
    // (and past the count of kinds a division names: `分为公立和非公立两类，分别为…`)
    for (let skipped = 0; skipped < 2 && first && first.sentence === t.sentence && (isKindCount(first) ||
      (!containsAnyOf(first.gapBefore, RESPECTIVE_FIRST_CODES) && (isComparisonBase(first) || isStatedChange(first)))); skipped++) first = p.figures[first.index + 1];
    if (!first || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence) continue;
    if (!containsAnyOf(first.gapBefore, RESPECTIVE_FIRST_CODES)) continue;
    // `收入为86.4亿港元，由零售、批发及其他业务收入构成，分别为A、B及C`: the whole declared as made of the names; so is
    // one divided into named kinds (`，按经济类型分为公立和非公立两类，分别为A和B`)
    // (or one said to come all from the names: `，全數來自美國、中國大陸及歐洲市場，分別為A、B及C`)
    const composed = COMPOSED_OF.exec(first.gapBefore) ?? ALL_FROM.exec(first.gapBefore) ??
      DIVIDED_INTO.exec(t.cleanEnd < first.cleanStart ? p.text.slice(t.cleanEnd, first.cleanStart) : '');
    if (composed && !isIntensive(t) && !isStatedChange(t)) {
      const names = composed[1].split(NAME_JOINERS);
      const parts = [first];
      for (let k = first.index + 1; k < p.figures.length && parts.length < names.length; k++) {
        const f = p.figures[k];
        if (!isNumber(f) || !sameUnit(f, t) || listJoin(f.gapBefore) !== 'join') break;
        parts.push(f);
      }
      // (a name may hold a joiner of its own: `由营业收入、利息收入和手续费及佣金收入构成` names three, and three figures follow)
      const named = parts.length === names.length || (parts.length >= 2 && parts.length === nameCountWithinLast(composed[1]));
      if (names.length >= 2 && named && !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts, total: t, mode: 'eq', declared: true });
      continue;
    }
    // `新建和改造提升高标准农田T，分别为A和B`: two kinds named joined before the total, then as many figures after 分别为
    const pair = RESPECTIVE_ONLY.test(first.gapBefore) && !isIntensive(t) && !isStatedChange(t) ? TWO_KINDS_BEFORE.exec(withoutContext(lastClause(t.label))) : null;
    const second = pair ? p.figures[first.index + 1] : undefined;
    if (pair && second && isNumber(second) && sameUnit(second, t) && listJoin(second.gapBefore) === 'join' && second.sentence === t.sentence) {
      const third = p.figures[second.index + 1];
      if (!(third && isNumber(third) && sameUnit(third, t) && listJoin(third.gapBefore) === 'join') && !out.some((r) => r.op === 'sum' && r.total === t)) {
        out.push({ op: 'sum', parts: [first, second], total: t, mode: 'eq', declared: true });
      }
      continue;
    }
    if (countClauseEnds(first.gapBefore) !== 1) continue;
    const lead = trimGap(first.gapBefore);
    // `前三季度…4.72万人，一至三季度分别新增A、B和C`: the periods that make the total's period, one figure each
    const periods = PERIODS_RESPECTIVELY.exec(lead);
    if (periods && !isIntensive(t) && !isStatedChange(t)) {
      const count = periodNumber(periods[2]) - periodNumber(periods[1]) + 1;
      const parts = [first];
      for (let k = first.index + 1; k < p.figures.length && parts.length < count; k++) {
        const f = p.figures[k];
        if (!isNumber(f) || !sameUnit(f, t) || listJoin(f.gapBefore) !== 'join') break;
        parts.push(f);
      }
      if (count >= 2 && parts.length === count && !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts, total: t, mode: 'eq', declared: true });
      continue;
    }
    // (or 分别 and the total's own verb again: `通过专列、包车输送…T，专列和包车分别输送A和B`)
    const verbAgain = RESPECTIVE_VERB_AGAIN.exec(lead)?.[0];
    const tail = RESPECTIVE_LEADS.find((w) => lead.endsWith(w)) ?? (verbAgain && lastClause(t.label).includes(verbAgain.slice(2)) ? verbAgain : undefined);
    if (!tail || isIntensive(t) || isStatedChange(t)) continue;
    const listed = lead.slice(0, lead.length - tail.length);
    let names = listed.split(NAME_JOINERS);
    // (及 may join words inside the last name, `和农林牧渔专业及辅助性活动`: then 、 and the first 和 split the list)
    if (names.length > respectiveCount(p, first)) names = splitAtListJoins(listed);
    // (regions of the total's area need share no word with it: `国道总车流量T，北部、中部、南部分别为A、B及C`)
    // (and under a total stated as such, `共有登记社会组织T，社会团体、民办非企业单位和基金会分别为…`, the kinds of what it
    // counts: read like a 其中 list)
    const declared = NAMES_A_TOTAL.test(t.label);
    // (or kinds named by the total's first character, `稻谷产量T，早稻、中稻和一季晚稻、双季晚稻分别为…`)
    const head = withoutContext(lastClause(t.label));
    // (or kinds the total's own clause names: `通过专列、包车输送…T，专列和包车分别…`)
    const inTotal = names.every((n) => n.length >= 2 && lastClause(t.label).includes(n));
    const named = sharesBigram(names[names.length - 1], t.label) || names.every((n) => COMPASS_REGION.test(n)) ||
      (head.length >= 2 && names.every((n) => n.length >= 2 && n[n.length - 1] === head[0])) || inTotal;
    // (the last name may carry the measure of them all: `…和农林牧渔专业及辅助性活动产值`)
    if (names.length < 2 || !names.every((n, i) => n !== '' && isPlainLabel(n, i === names.length - 1 ? 2 * MAX_ITEM_LABEL : MAX_ITEM_LABEL)) || !(named || declared)) continue;
    // (nor kinds that are siblings of the total's own kind: `养老保险参保人数T…；失业保险、工伤保险参保人数分别为A和B`)
    if (siblingKinds(names, lastClause(t.label))) continue;
    // (names of an earlier period are the bases of the total's changes, never its parts: `营业收入T，同比增长P，环比增长Q；上年
    // 同期和本年第二季度营业收入分别为B1和B2`)
    if (names.some((n) => EARLIER_PERIOD_NAME.test(n))) continue;
    const parts = [first];
    for (let k = first.index + 1; k < p.figures.length && parts.length <= names.length; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t) || listJoin(f.gapBefore) !== 'join') break;
      parts.push(f);
    }
    // a total stated as such (`床位共4.86万张，机构、社区和…床位分别为…`) declares the names its whole
    if (parts.length === names.length && !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts, total: t, mode: (declared && named) || inTotal ? 'eq' : 'subset-list', declared: true });
  }
}

/** Words of being singled out for an honour or a list (`入选`, `获评`, `被认定为`). */
const SINGLED_OUT = /入选|获评|评为|认定|获批|列入|纳入|获得|荣获/;
/** A group named by its number of members, summed (`其中六都合计贡献`, `前十大企业合计`): one part, stated as its own total. */
const COUNTED_GROUP_TOTAL = /(?:其中|当中)?(?:前)?[两二三四五六七八九十]{1,2}(?:都|地|市|省|县|区|大|家|个)[\u3400-\u9fff]{0,6}(?:合计|合共|共计)/;
/** A mark passed, in a clause of its own with no subject (`“十四五”以来首次突破`, `首次突破`, `历史性突破`). */
/** `连续多年稳定在`: a level kept, before a bound (`45万吨以上`). */
const STAYS_AT = /(?:稳定在|保持在|稳定于|维持在)$/;
/** `跨境电商交易额突破`: a measure named in full, then a mark it passed. */
const MEASURE_PASSED_MARK = /^[\u3400-\u9fff]{3,12}(?:突破|超过)$/;
/** `三年合計約`: a count of the items in a word (group 1) before the total word. */
const COUNTED_IN_CUE = /^([两二三四五六七八九十])(?:年|项|个|家|类|季|地|者)(?:合计|共计|总计|合共|累计)/;
const MARK_PASSED = /^(?:[\u3400-\u9fff“”"]{0,8}(?:以来|年来))?(?:首次|首度|历史性地?|一举)?(?:突破|迈上|跨过|站上)$/;
/** A total of a whole stock named in a clause (`高速公路总里程突破`, `总装机容量达到`): never a part of a list. */
const STOCK_TOTAL = /总(?:里程|规模|量|数|额|面积|人口|装机容量|装机|产值|资产|库容|长度|座数|床位数)(?:突破|达到|达|超过|为|增至|增加到|增长到|逾|约|近)?$/;
export const NAME_JOINERS = /、|和|及|与/;

/** How many names a list holds when its last item may itself be joined (`利息收入和手续费及佣金收入`): the names between
 *  、 and the last one split once at its first joiner. */
function nameCountWithinLast(listed: string): number {
  const items = listed.split('、');
  return items.length + (/和|及|与/.test(items[items.length - 1]) ? 1 : 0);
}

/** `分别输送`, `分别实现营业收入`: 分别 and the total's own verb (and noun) at the end of a lead. */
const RESPECTIVE_VERB_AGAIN = /分别[\u3400-\u9fff]{2,8}$/;

/** A name opening on an earlier period (`上年同期`, `去年`, `上月`, `上季度`): a base to compare with. */
const EARLIER_PERIOD_NAME = /^(?:上年|去年|前年|上月|上个月|上季|上一季度|上半年同期)/;

/** `农业、林业、牧业、渔业和农林牧渔专业及辅助性活动`: names split at 、 and at the first 和 or 与 after the last 、. */
function splitAtListJoins(listed: string): string[] {
  const names = listed.split('、');
  const last = names[names.length - 1];
  const join = last.search(/和|与/);
  if (join > 0) names.splice(names.length - 1, 1, last.slice(0, join), last.slice(join + 1));
  return names;
}
/** A region named by the compass (`北部`, `东北地区`, `华南`): parts of an area, whatever the measure. */
const COMPASS_REGION = /^(?:[东南西北中]{1,2}部|东北|西北|西南|东南|华[东南西北中])(?:地区)?$/;
/** `一至三季度分别新增`: consecutive quarters or months, one figure each. */
const PERIODS_RESPECTIVELY = /^([一二三四五六七八九十]{1,2}|[0-9]{1,2})(?:至|到|—|-)([一二三四五六七八九十]{1,2}|[0-9]{1,2})(?:季度|月份|月)分别[\u3400-\u9fff]{0,4}$/;

/** 三 → 3, 12 → 12, 十一 → 11. */
function periodNumber(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const digits = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + digits.indexOf(s[1]) + 1;
  return digits.indexOf(s[0]) + 1;
}
/** `两类`, `三种`: how many kinds a division names. */
function isKindCount(f: Figure): boolean {
  return f.kind === 'number' && (f.unit === '类' || f.unit === '种') && (f.value ?? 99) <= 10;
}

/** `，按经济类型分为公立和非公立两类，分别为`: the kinds a whole is divided into, then its parts in order. */
const DIVIDED_INTO = /^[,，](?:按[\u3400-\u9fff]{1,8})?分为([\u3400-\u9fff、]{2,40}?)(?:[两二三四五六七八九十](?:类|种|个部分|部分))?[,，](?:分别为|分别是)$/;

/** `，由零售、批发及其他业务收入构成，分别为`: the names a whole is made of, then its parts in order. */
/** `，分别为` alone after a total: the names are before it. */
const RESPECTIVE_ONLY = /^[,，](?:分别为|分别是)$/;
/** Two kinds joined at the start of a total's name, each a word of its own (`新建和改造提升高标准农田`). */
const TWO_KINDS_BEFORE = /^[\u3400-\u9fff]{1,6}(?:和|及|与)[\u3400-\u9fff]{1,12}$/;

const COMPOSED_OF = /^[,，]由([\u3400-\u9fff、]{2,40}?)(?:构成|组成)[,，](?:分别为|分别是)$/;
/** `，全数来自美国、中国大陆及欧洲市场，分别为`: the names all of a whole came from, then its parts in order. */
const ALL_FROM = /^[,，](?:全数|全部|均)来自([\u3400-\u9fff、]{2,40}?)(?:市场|地区)?[,，](?:分别为|分别是)$/;
/** A label that states its figure as a total (`三项支出合计`, `床位共`): 共 covers 共计, 总共 and 合共. */
/** 共 (or 合计, 总计) in a total's label, before its verb and noun too (`共实施…项目`); not in 公共, 共同, 共享, 共建 …. */
const NAMES_A_TOTAL = /合计|总计|(?<!公)共(?![同享建识赢治富产青])/;

/** `，分别就读X、Y及Z，人数依次为`: 分别, a verb and the names (group 1), then the amounts in the order of the names. */
const NAMES_THEN_IN_ORDER = /^[,，]分别[\u3400-\u9fff]{1,2}?([\u3400-\u9fff]{1,10}(?:(?:、|和|及|与)[\u3400-\u9fff]{1,10}){1,6})[,，][\u3400-\u9fff]{0,4}依次为$/;

// `入境旅客共302.6万人次，按客源地分，中国内地旅客228.4万人次、…、其他地区旅客4.3万人次`: a breakdown by one
// attribute (按…分), or a list that ends with the rest (其他…), right after its total: the parts make it up.
export function findCategoryBreakdowns(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  const listed = new Set<Figure>(); // items of a breakdown read so far: never the total of the next one (`；按地区分，`)
  // a list that names its rest needs 其他 / 其它 / 其余 somewhere: most paragraphs have none, and only 按…分 is looked for
  const restNamed = REST_ANYWHERE.test(p.text);
  let previousOpening = -1; // where the last 按…分 / 分…看 before this one opened
  for (const opening of p.figures) {
    if (!isNumber(opening) || opening.index === 0) continue;
    // (Taiwan's releases write 依 for 按: `依水旱田區分，`)
    const byAttribute = (opening.gapBefore.includes('按') || opening.gapBefore.includes('依') || opening.gapBefore.includes('看')) && BY_ATTRIBUTE.test(opening.gapBefore);
    if (!byAttribute && !restNamed) continue;
    // `分产品看，…。分地区看，境内收入…`: a 分…看 breakdown is of a figure stated before any earlier breakdown, named like
    // its first item (`游客` of `接待入境游客`)
    const viewed = byAttribute && !opening.gapBefore.includes('按') && !/依[\u3400-\u9fff]{1,6}(?:划分|区分|分)[,，:：]/.test(opening.gapBefore);
    const openedBefore = previousOpening;
    if (byAttribute) previousOpening = opening.cleanStart;
    // `按年龄分，0—14岁人口108.6万人，…`: an age names the item that follows it
    const first = byAttribute && opening.unit === '岁' ? p.figures[opening.index + 1] : opening;
    if (!first || !isNumber(first) || (first !== opening && countClauseEnds(first.gapBefore) !== 0)) continue;
    // the total: right before the list (`入境旅客共302.6万人次，中国内地旅客…、…、其他地区旅客…`), or, after 按…分, the
    // nearest figure of its unit in the sentence that is no part of another list (`新增城镇就业9.86万人，其中…；按性别分，`)
    // (in the sentence before when 按…分 opens a sentence: `完成投资1,326.5亿元。按投向划分，…分别完成…`)
    // (and a second breakdown's total, stated before the first, may be further back: `入境旅客T。按客源地分，…。按逗留时间分，…`)
    // (and one sentence further when the sentence before is a 其中 one, which breaks down a figure of the sentence before it:
    // `进出口总值T。其中，出口A；进口B。从贸易方式看，…`)
    const previous = p.figures[first.index - 1];
    // (or a sentence of the prior period's figures: `营业收入T，同比增长P。上年同期，营业收入为B。分业务看，…` is of T)
    const previousHead = previous !== undefined && previous.sentence === first.sentence - 1 ? sentenceHead(p, previous) : '';
    const sentencesPast = previousHead.startsWith('其中') || PRIOR_PERIOD_OPENING.test(previousHead) ? 1 : 0;
    const minSentence = byAttribute && openedBefore >= 0 ? 0 : byAttribute && hasSentenceEnd(opening.gapBefore) ? first.sentence - 1 - sentencesPast : first.sentence;
    const ownPeriodPrior = PRIOR_PERIOD_OPENING.test(sentenceHead(p, first));
    // `主营业务收入按地区分，…`: a breakdown that names what it divides is of the figure so named, if any
    const subject = byAttribute ? BREAKDOWN_SUBJECT.exec(lastClause(opening.gapBefore.slice(0, opening.gapBefore.lastIndexOf('按') + 1)))?.[1] : undefined;
    // (never a trade balance: `出超807.4億美元。按貨品別分，…` is of the exports before it)
    // (nor the whole a share before is of: `身心障礙者A，占總人口W的P；…按類別分，…` is of A)
    const byAttributeTotal = (f: Figure) => isNumber(f) && !(isWholeOfShare(p, f) && f.gapBefore.includes('占')) && sameUnit(f, first) && !subsetTotals.has(f) && !listed.has(f) && !isStatedChange(f) && !isIntensive(f) &&
        !BALANCE.test(f.label) &&
        // (past the 其中 sentence itself: `旅客T。其中，內地旅客A；國際旅客B。按逗留時間劃分，…` is of T, B a part under no list)
        !(sentencesPast === 1 && f.sentence === first.sentence - 1) &&
        // (never a flow of what the breakdown counts the stock of: `新开门店A，关闭门店B。按经营模式划分，直营门店…`)
        !FLOW_LEAD.test(lastClause(f.label)) &&
        !isComparisonBase(f) && (!subject || f.label.includes(subject)) && (ownPeriodPrior || !PRIOR_PERIOD_OPENING.test(sentenceHead(p, f))) &&
        // (a second breakdown, 按…分 or 分…看, is of a figure stated before the first one: `入境旅客T。按客源地分，…；台湾
        // 旅客及国际旅客合共C。按逗留时间分，…` is of T, not of C)
        // (a breakdown by sex names its items by sex alone: `新增就业T；分性别看，男性A，女性B`)
        (f.cleanStart < openedBefore || openedBefore < 0) && (!viewed || sharesBigram(nameIn(lastClause(first.label)), f.label) || opening.gapBefore.includes('性别') ||
          // (or as a part of a known partition of it: `粮食总产量T。分季节看，夏粮A，早稻B，秋粮C`)
          KNOWN_PARTITIONS.some((k) => k.whole.some((w) => f.label.includes(w)) && partNamed(k, lastClause(first.label)) >= 0));
    // (one no smaller than the first item first, past smaller figures of other measures: `营业收入T。…税后净利为N。依产品别区分，
    // 晶圆代工营收A` is of T; the nearest when there is none, `境外學生共T，…；按來源地區分，來自…者A` with A > T)
    const nearestTotal = byAttribute ? lookBack(p, first.index, minSentence, byAttributeTotal) : undefined;
    const total = byAttribute ?
      (nearestTotal && nearestTotal.iv.hi < first.iv.lo ?
        lookBack(p, first.index, 0, (f) => byAttributeTotal(f) && f.iv.hi >= first.iv.lo) : undefined) ?? nearestTotal :
      countClauseEnds(first.gapBefore) === 1 ? p.figures[first.index - 1] : undefined;
    if (!total || !isNumber(total) || !sameUnit(first, total) || total.sentence < minSentence || isIntensive(total)) continue;
    const parts = [first];
    let last = '';
    let afterAge = false;
    for (let k = first.index + 1; k < p.figures.length && parts.length < MAX_REACH; k++) {
      const f = p.figures[k];
      if (byAttribute && first !== opening && f.unit === '岁' && countClauseEnds(f.gapBefore) === 1 && f.sentence === first.sentence) {
        afterAge = true;
        continue;
      }
      // (past an item's own share, in a clause of its own: `农民工培训A，占P；脱贫劳动力培训B`)
      if (byAttribute && isShare(f) && f.gapBefore.includes('占') && countClauseEnds(f.gapBefore) === 1 && f.sentence === first.sentence) continue;
      // after 按…分 the items may stand in clauses of their own (`女性4.53万人，男性5.43万人`; past a semicolon too:
      // `农民工培训A，占P；脱贫劳动力培训B；其他城乡劳动者培训C`), or after their age
      const joined = afterAge ? countClauseEnds(f.gapBefore) === 0 && isPlainLabel(trimGap(f.gapBefore), MAX_ITEM_LABEL) :
        listJoin(f.gapBefore) === 'join' ||
        (byAttribute && countClauseEnds(f.gapBefore) === 1 && !hasSentenceEnd(f.gapBefore) && (isPlainLabel(trimGap(f.gapBefore), MAX_ITEM_LABEL) || REST_CLAUSE.test(f.gapBefore)));
      afterAge = false;
      if (!isNumber(f) || !sameUnit(f, total) || f.sentence !== first.sentence || !joined) break;
      parts.push(f);
      last = f.gapBefore;
    }
    for (const f of parts) listed.add(f);
    // (or names its items before 分别为 and the last is the rest: `购物、住宿、餐饮及其他消费分别为A、B、C及D`)
    const endsWithRest = REST_ITEM.test(last) || (byAttribute && (REST_NAMED_BEFORE_RESPECTIVELY.test(opening.gapBefore) || REST_CLAUSE.test(last)));
    // a total may have a 其中 list and a breakdown by attribute too: each list is its own sum. A list that names its rest
    // (其他…) is the whole; one after 按…分 may name only the main categories (`按货品分，电子零组件…，资通与视听产品…`),
    // and is read like a 其中 list
    // (the items' own shares may name their whole: `…分别实现收入A、B和C，分别占主营业务收入的P、Q和R` is of the figure named
    // 主营业务收入, a 其中 part of 营业收入 too)
    // (a breakdown that states one item only, `按來源地區分，來自新南向國家者A`, still states a part of the total)
    if (parts.length === 1 && byAttribute && first.sentence === total.sentence && !out.some((r) => r.op === 'subset' && r.part === first)) {
      out.push({ op: 'subset', part: first, total });
      continue;
    }
    if (parts.length < 2 || !(byAttribute || endsWithRest)) continue;
    // (a 其中 part of the total that the list makes up, named like its first item, is what it divides: `营业收入T，其中酒类
    // 产品收入A…。按产品档次划分，中高价位酒收入B，普通酒收入C`)
    const partOfTotal = byAttribute ? partMadeUp(p, parts, total, subsetTotals) : undefined;
    const whole = partOfTotal ?? wholeNamedByShares(p, parts, total);
    if (whole !== total) {
      if (!out.some((r) => r.op === 'sum' && r.total === whole && r.parts.includes(first))) out.push({ op: 'sum', parts, total: whole, mode: 'subset-list', declared: true });
      continue;
    }
    if (!out.some((r) => r.op === 'sum' && r.total === total && r.parts.includes(first))) {
      out.push({ op: 'sum', parts, total, mode: endsWithRest || bothSexes(parts) ? 'eq' : knownIncomplete(p, total, parts) ? 'partial' : 'subset-list', declared: true });
    }
  }
}

/** A 其中 part of the total that the list's sum falls inside, when the total's does not: the one the breakdown divides.
 *  Never a part the sum misses (a wrong list stays checked against the total). */
function partMadeUp(p: Passage, parts: readonly Figure[], total: Figure, subsetTotals: Map<Figure, Figure>): Figure | undefined {
  const lo = parts.reduce((a, f) => a + f.iv.lo, 0);
  const hi = parts.reduce((a, f) => a + f.iv.hi, 0);
  if (lo <= total.iv.hi && hi >= total.iv.lo) return undefined;
  for (const [part, of] of subsetTotals) {
    if (of === total && sameUnit(part, total) && lo <= part.iv.hi && hi >= part.iv.lo) return part;
  }
  return undefined;
}

/** The whole a list's shares right after it name (`，分别占主营业务收入的`), when a figure before the list is named so;
 *  the total found otherwise when not. */
function wholeNamedByShares(p: Passage, parts: readonly Figure[], total: Figure): Figure {
  const after = p.figures[parts[parts.length - 1].index + 1];
  const noun = after && after.kind === 'percent' ? SHARES_OF_NAMED.exec(after.gapBefore)?.[1] : undefined;
  if (!noun || labelNames(nameIn(total.label), noun)) return total;
  const largest = Math.max(...parts.map((f) => f.iv.lo));
  return lookBack(p, parts[0].index, total.sentence, (f) => isNumber(f) && sameUnit(f, total) && labelNames(nameIn(f.label), noun) && f.iv.hi >= largest) ?? total;
}
const SHARES_OF_NAMED = /^[,，]分别占([\u3400-\u9fff]{2,12}?)的?(?:比重|比例)?(?:为|是)?$/;

/** Two parts named 女… and 男… (`按性别分，女性…，男性…`): a breakdown by sex, which is whole. */
function bothSexes(parts: readonly Figure[]): boolean {
  if (parts.length !== 2) return false;
  const names = parts.map((f) => lastClause(f.gapBefore).replace(/^(?:、|和|及)/, ''));
  return names.some((n) => n.startsWith('女')) && names.some((n) => n.startsWith('男'));
}

/** A figure opening on a verb of opening or closing (`新开门店`, `关闭门店`): a flow, no stock a breakdown divides. */
const FLOW_LEAD = /新开(?!工)|关闭|关停|新设|注销|退出|撤销/;

/** What a breakdown divides, named right before 按 (`主营业务收入按`). */
const BREAKDOWN_SUBJECT = /^([\u3400-\u9fff]{2,12})按$/;
/** A sentence opening on the prior period (`上年同期，`, `去年`, `前年的`): its figures are that period's. */
const PRIOR_PERIOD_OPENING = /^(?:上年|去年|前年|上年同期|去年同期)/;

/** `，按客源地分，` / `按行业划分：`: a breakdown by one attribute opens the list. */
// (Taiwan's `依產品別來看，`)
const BY_ATTRIBUTE = /(?:按|依)(?:[\u3400-\u9fff]{1,6}|[A-Z]{2,6} ?[0-9]{0,3})(?:划分|区分|分类|分|类别统计|分析)[,，:：]|分[\u3400-\u9fff]{1,6}看[,，:：]|依[\u3400-\u9fff]{1,6}别(?:来看|看)[,，:：]|从[\u3400-\u9fff]{0,4}(?:方式|类型|类别|结构|地区|区域|市场|行业|产业|性质|来源|品种|门类|用途|渠道|领域|国别)看[,，:：]/;
/** `；以保税物流为主的其他贸易方式进出口`: an item of a breakdown in a clause of its own that is the rest (a modifier before it at most). */
const REST_CLAUSE = /^[;；,，](?:[\u3400-\u9fff]{1,10}的)?(?:其他|其它|其余)[\u3400-\u9fff]{0,10}$/;

/** Items named before 分别为, the last of them the rest (`、餐饮及其他消费分别为`). */
const REST_NAMED_BEFORE_RESPECTIVELY = /(?:、|和|及|以及)(?:其他|其它|其余)[\u3400-\u9fff]{0,6}分别(?:为|是)$/;

const REST_ANYWHERE = /其他|其它|其余/;

/** The last item of a list named as the rest (`、其他地区旅客`). */
const REST_ITEM = /^(?:、|和|及|以及)(?:其他|其它|其余)/;

const RESPECTIVE_FIRST_CODES = firstCodes(['分别']);

const PARTITION_WHOLES = [...new Set(KNOWN_PARTITIONS.flatMap((k) => k.whole))];
/** The same words as one pattern: a single pass over a paragraph instead of one search per word. */
const PARTITION_WHOLE_WORDS = new RegExp(PARTITION_WHOLES.join('|'));

const PARTITION_WHOLE_FIRST_CODES = firstCodes(PARTITION_WHOLES);


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
  // (past the whole's own rate of change: `生产总值T，比上年增长P，第一、二、三产业增加值分别为A、B和C`)
  const after = p.figures[t.index + 1];
  const first = after && after.kind === 'percent' && isStatedChange(after) && after.sentence === t.sentence && countClauseEnds(after.gapBefore) === 1 ? p.figures[t.index + 2] : after;
  if (!first || !isNumber(first) || first.sentence !== t.sentence || countClauseEnds(first.gapBefore) > 1) return undefined;
  const lead = trimGap(first.gapBefore);
  const tail = RESPECTIVE_LEADS.find((w) => lead.endsWith(w));
  if (!tail) return undefined;
  const names = lead.slice(0, lead.length - tail.length);
  // (head counts named before 分别为 may be written without their unit: `劳动人口为T人，当中就业人数及失业人数分别为A及B`)
  const sameUnit = (f: Figure, whole: Figure) => f.unit === whole.unit || (!f.unit && whole.unit === '人' && HEAD_COUNT_NAMES.test(names));
  if (!sameUnit(first, t)) return undefined;
  const namedAll = partition.all?.some((w) => names.includes(w)) ?? false;
  if (!namedAll && !partition.parts.every((alternatives) => alternatives.some((n) => names.includes(n)))) return undefined;
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

/** `夏粮、早稻和秋粮分别收获A、B、C，全年粮食总产量达到T`: every part of the partition named before 分别, their figures
 *  listed right before the whole, which opens the next clause. */
function respectivePartsBefore(p: Passage, t: Figure, partition: (typeof KNOWN_PARTITIONS)[number]): Figure[] | undefined {
  const n = partition.parts.length;
  const first = p.figures[t.index - n];
  if (!first || countClauseEnds(t.gapBefore) !== 1 || first.sentence !== t.sentence) return undefined;
  const parts = p.figures.slice(t.index - n, t.index);
  if (!parts.every((f, i) => isNumber(f) && sameUnit(f, t) && (i === 0 || listJoin(f.gapBefore) === 'join'))) return undefined;
  const lead = RESPECTIVE_VERB_END.exec(trimGap(first.gapBefore));
  if (!lead) return undefined;
  const names = trimGap(first.gapBefore).slice(0, lead.index);
  const before = p.figures[first.index - 1];
  // (the list is all of it: no figure of the unit joined before the first)
  if (before && before.sentence === t.sentence && sameUnit(before, t) && listJoin(first.gapBefore) === 'join') return undefined;
  return partition.parts.every((alternatives) => alternatives.some((w) => names.includes(w))) ? parts : undefined;
}
/** `分别收获`, `分别为`: 分别 and a verb of up to three characters at the end of a lead. */
const RESPECTIVE_VERB_END = /分别[\u3400-\u9fff]{0,3}$/;

/** `T，第一产业增加值A，…；第二产业增加值B，…；第三产业增加值C`: each part in a clause of its own, in T's sentence or
 *  the next one. Rates and shares between them are passed over, and so are same-unit figures that name no part
 *  (`其中工业增加值…`, a part of a part); a part named twice, or the whole named again, ends the search. */
function namedParts(p: Passage, t: Figure, partition: (typeof KNOWN_PARTITIONS)[number]): Figure[] | undefined {
  const found: (Figure | undefined)[] = new Array(partition.parts.length);
  let missing = partition.parts.length;
  for (let k = t.index + 1; k < p.figures.length && k <= t.index + MAX_REACH; k++) {
    const f = p.figures[k];
    if (f.sentence > t.sentence + 1) return undefined;
    if (!isNumber(f) || !sameUnit(f, t) || isStatedChange(f) || isComparisonBase(f) || (isIntensive(f) && !partition.perHead)) continue;
    // (the next sentence's parts of the year before are not this year's: `…收入T，比上年增加X。上年税收收入为A，…`)
    if (f.sentence > t.sentence && PRIOR_PERIOD.test(sentenceHead(p, f)) && !PRIOR_PERIOD.test(sentenceHead(p, t))) return undefined;
    const j = partNamed(partition, f.label);
    if (j < 0) {
      if (partition.whole.some((w) => f.label.includes(w))) return undefined;
      // (another figure of the whole's unit before any part may be the parts' whole: `12月份…快递业务量完成T1…；全年累计
      // 完成T2。其中，同城快递业务量A，…` is of T2, read with its 其中)
      if (missing === partition.parts.length && p.text.slice(f.cleanEnd, nextInUnitStart(p, f)).includes('其中')) return undefined;
      continue;
    }
    // (a per-head part of residents the whole does not name is another whole's: `农村居民人均可支配收入T。…城镇居民人均工资性收入A`)
    const residents = partition.perHead ? RESIDENTS.exec(f.label)?.[1] : undefined;
    if (residents && !t.label.includes(residents)) return undefined;
    if (found[j]) return undefined;
    found[j] = f;
    if (--missing === 0) return found as Figure[];
  }
  return undefined;
}

/** Where the next figure in `f`'s unit starts in the clean text (the text's end when none follows). */
function nextInUnitStart(p: Passage, f: Figure): number {
  return lookAhead(p, f.index, Infinity, (g) => isNumber(g) && sameUnit(g, f))?.cleanStart ?? p.text.length;
}

/** Names of head counts (`就业人数`, `失业人口`). */
const HEAD_COUNT_NAMES = /人数|人口/;

export const LIST_JOINERS = ['、', '和', '及', '与', '以及', '、和'];

/** Words after a stated total that list its parts one by one. */
// (依次为, in the order the names were given, as well)
const RESPECTIVE_LEADS = ['其中分别为', '分别为', '分别是', '分别达到', '分别达', '依次为'];

/** Words that make a list item's label a statement of its own (a change, a comparison, a share, a subtotal, an
 *  estimate): such an item is not simply the next part of the list. */
// (共 as in 共计, not in 公共)
// (余额, a balance, is a name: `企业贷款余额`)
const NOT_A_PLAIN_LABEL = /比|较|增长|增加|减少|下降|上升|提高|降低|回落|占|其中|(?<!公)共|合计|总|均|每|约|近|超|逾|达|(?<!盈|结|剩|节)余(?!额)|多/;

/** Longest label an item of a list may carry (`、改造提升1.85万亩`, `、高效节水灌溉0.68万亩`). */
export const MAX_ITEM_LABEL = 10;
/** A year, fiscal or not, opening an item's name (`2025/26年度`, `2024年`). */
const OPENING_YEAR = /^(?:19|20)[0-9]{2}(?:\/[0-9]{2})?年度?/;
/** The same, for the items of a breakdown announced before them (announcedClauseItems). */
const MAX_ANNOUNCED_ITEM_LABEL = 14;

/** How a gap stands between two figures of a list: 'join' for a joiner alone (`、`) or a joiner and the next
 *  item's own short label (`新建3.2万亩、改造提升1.85万亩`, as statistical bulletins list the parts of a total);
 *  'start' when the gap is no joiner (the later figure starts the list); 'unsure' for a joiner with a label that
 *  says more than a name (`、比上年增加…`): then the list is not read at all, since cutting it short there would
 *  make a sum of some of its parts. */
export function listJoin(gap: string): 'join' | 'start' | 'unsure' {
  if (LIST_JOINERS.includes(gap)) return 'join';
  const joiner = gap.startsWith('以及') ? 2 : gap.length > 0 && '、和及与'.includes(gap[0]) ? 1 : 0;
  if (joiner === 0) return 'start';
  // (a use named after its verb, said again for each item, is measured without it: `、用于基础设施和公共服务B`)
  const label = gap.slice(joiner);
  return isPlainLabel(label.startsWith('用于') ? label.slice(2) : label, MAX_ITEM_LABEL) ? 'join' : 'unsure';
}

/** A list item's own name: Han characters only, at most `max`, and nothing that states more than a name. */
function isPlainLabel(label: string, max: number): boolean {
  if (NOT_A_PLAIN_LABEL.test(label)) return false;
  // (an aside inside the name is part of it: `企（事）业单位贷款余额`; not one of what it includes, `总计（含农民专业合作社）`)
  if (label.indexOf('(') >= 0 && !/\((?:含|包括|包含|不含|另含)/.test(label)) label = withoutAsides(label);
  // (a quoted programme name is a name too: `“千吨万人”工程`; and so is one with Latin letters: `IoT与生活消费产品收入`)
  // (the quote marks take no length: `“一带一路”沿线及其他地区` is a name of eleven characters)
  // (and the rest of a list may be named at more length: `一带一路沿线及其他地区`)
  let length = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (NAME_QUOTES.has(c)) continue;
    if ((c < 0x3400 || c > 0x9fff) && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
    length++;
  }
  return length <= max || (length <= max + 4 && /其他|其余|其它/.test(label));
}
/** Quote marks that may stand inside an item's name. */
const NAME_QUOTES = new Set([...'“”「」『』'].map((ch) => ch.charCodeAt(0)));

/** Longest name of an item counted by a count word (`，就业困难人员实现就业2,140人，三项合计`): its own clause. */
const MAX_COUNTED_ITEM_LABEL = 12;

// `2023年全市夏粮产量A，早稻产量B，秋粮产量C，全年粮食总产量T` / `转口货值为A，港产品出口货值为B，整体出口货值合共T` /
// `职工医保参保A、城乡居民医保参保B，基本医疗保险参保总人数达到T`: parts that open their sentence, each named with the
// head word (产量, 货值, 参保) of the total stated right after them as a total (总…, 整体, 合共, 合计). Read like a 其中
// list: they must not exceed T, and must add up to it when they cover 95 % of it.
export function findTotalsAfterParts(p: Passage, out: Relation[]): void {
  for (const t of p.figures) {
    // `全市三个景区分别接待A、B和C。三个景区合计接待T`: the list's count named again with the total
    // (by char code first: this is asked of every figure)
    const counted = t.index >= 3 && containsAnyOf(t.label, TOTAL_AFTER_FIRST_CODES) && isNumber(t) && DECLARED_TOTAL.test(lastClause(t.label)) ?
      countedListBefore(p, t) ?? countedListInSentence(p, t) ?? countedClausesInSentence(p, t) : undefined;
    if (counted) {
      if (!out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts: counted, total: t, mode: 'eq', declared: true });
      continue;
    }
    // `日本旅客A最多，韩国旅客B次之，港澳旅客C居第三，三者合计T`: the figures the count points back to, its sentence's last
    const pointed = t.index >= 2 && isNumber(t) ? THE_N_OF_THEM.exec(trimGap(lastClause(t.label))) : null;
    if (pointed) {
      const n = smallNumber(pointed[1]) ?? 0;
      const items = p.figures.slice(Math.max(0, t.index - n), t.index);
      if (n >= 2 && items.length === n && items.every((f) => isNumber(f) && sameUnit(f, t) && f.sentence === t.sentence && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f)) &&
        !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts: items, total: t, mode: 'eq', declared: true });
      continue;
    }
    // `初中学校N所，在校生A；小学M所，在校生B。初中和小学在校生合计T`: kinds named together with a measure, each stated
    // before in a clause (or region) of its own that opens with its name
    const kinds = t.index >= 2 && containsAnyOf(t.label, TOTAL_AFTER_FIRST_CODES) && isNumber(t) && !isIntensive(t) && !isStatedChange(t) ? namedKindsBefore(p, t) : undefined;
    if (kinds) {
      if (!out.some((r) => r.op === 'sum' && (r.total === t || r.parts.includes(t)))) out.push({ op: 'sum', parts: kinds, total: t, mode: 'eq', declared: true });
      continue;
    }
    if (t.index < 2 || !containsAnyOf(t.label, TOTAL_AFTER_FIRST_CODES) || !isNumber(t) || countClauseEnds(t.gapBefore) !== 1 || isIntensive(t) || isStatedChange(t)) continue;
    const cue = trimGap(lastClause(t.label));
    if (!TOTAL_AFTER_PARTS.test(cue)) continue;
    // `公办和民办养老机构分别提供床位A和B，全市养老床位共计T`: a list after names and 分别, as many figures as names, and
    // its total stated with 共计 (合计, 总计, 合共) in the next clause
    const listed = DECLARED_TOTAL.test(cue) ? respectiveListBefore(p, t) : undefined;
    if (listed && totalOfWider(p, listed[0], t)) continue;
    if (listed) {
      if (!out.some((r) => r.op === 'sum' && (r.total === t || r.parts.includes(t)))) out.push({ op: 'sum', parts: listed, total: t, mode: 'eq', declared: true });
      continue;
    }
    // `香港佔A、中國內地佔B、其他地區佔C，總收益為T`: a list joined item by item that ends with the rest, its total stated in
    // the next clause
    const rest = restListBefore(p, t);
    if (rest) {
      if (!out.some((r) => r.op === 'sum' && (r.total === t || r.parts.includes(t)))) out.push({ op: 'sum', parts: rest, total: t, mode: 'eq', declared: true });
      continue;
    }
    const items: Figure[] = [];
    let pastRates = false;
    // `城区完成A，农村完成B，合计T`: a bare total word sums the clauses right before it, each opening on a short name
    const bareTotal = BARE_TOTAL.test(cue);
    let k = t.index - 1;
    for (; k >= 0 && items.length < MAX_REACH; k--) {
      const f = p.figures[k];
      if (f.sentence !== t.sentence) break;
      // (past each part's own rate of change, in a clause of its own: `境内业务收入A，同比增长P；境外业务收入B，…`)
      // (only for the two halves of a split, checked below: a list of totals each with its change, `资产总额A，增长P；
      // 客户贷款总额B，增长Q；客户存款总额C`, is no list of parts)
      const before = p.figures[k - 1];
      if (f.kind === 'percent' && isStatedChange(f) && countClauseEnds(f.gapBefore) === 1 && before && before.sentence === f.sentence && isNumber(before) &&
        sameUnit(before, t)) {
        pastRates = true;
        continue;
      }
      // (past an age that names the next item's group, in its clause: `15至64歲人口為B，65歲及以上人口為C，合共T`)
      // (or before a total named as the items' noun with 总: `0至14歲人口為A、15至64歲人口為B、65歲以上人口為C，總人口為T`)
      if (f.unit === '岁' && items.length > 0 && countClauseEnds(between(p, f, items[0])) === 0 && (bareTotal || ageOpened(p, items[0]))) continue;
      if (!isNumber(f) || !sameUnit(f, t) || isStatedChange(f) || isIntensive(f) || isComparisonBase(f)) break;
      const name = subjectOf(listItemName(f));
      // (`煤炭消费量` of `能源消费总量`: the head word before 量)
      const namedLikeTotal = name.length >= 3 && name !== subjectOf(cue) && (cue.includes(name.slice(-2)) || (name.endsWith('量') && cue.includes(name.slice(-3, -1))));
      // (an age naming the item's group opens its clause: `，65歲及以上人口為C`)
      const age = p.figures[k - 1];
      const opener = age && age.unit === '岁' && countClauseEnds(f.gapBefore) === 0 ? age : f;
      // (or the sentence, when an age opens it: `本港15歲以下人口為A，…，合共T`; a first figure with no name of a group,
      // `营业收入T，境内收入A，境外收入B，合计S`, is the whole)
      const opensClause = countClauseEnds(opener.gapBefore) === 1 || (opener !== f && (opener.index === 0 || p.figures[opener.index - 1].sentence !== opener.sentence));
      // (an age group named by the noun the total names with 总: `15至64歲人口為B…，總人口為T`)
      const ageGroupOfTotal = opener !== f && name.length >= 2 && cue.includes('总' + name) && (opensClause || LIST_JOINERS.includes(trimGap(opener.gapBefore)));
      if (!namedLikeTotal && !ageGroupOfTotal && !(bareTotal && opensClause && isPlainLabel(trimGap(lastClause(f.label)), MAX_ITEM_LABEL))) break;
      // (nor the whole of the items after it: `营业收入W，其中A产品A1、B产品A2…，上述产品合计T` sums A1 and A2, not W)
      if (out.some((r) => (r.op === 'sum' && r.total === f && r.parts.includes(p.figures[k + 1])) || (r.op === 'subset' && r.total === f && r.part === p.figures[k + 1]))) break;
      items.unshift(f);
    }
    // the parts open the sentence: no figure of it comes before them
    // (or, before a bare total word, only figures of another unit come before them: `为65岁及以上老年人…，城区A人，农村B人，合计T人`)
    const opensSentence = k < 0 || p.figures[k].sentence !== t.sentence ||
      (bareTotal && !p.figures.slice(0, k + 1).some((f) => f.sentence === t.sentence && sameUnit(f, t)));
    if (items.length < 2 || !opensSentence || totalOfWider(p, items[0], t) || (pastRates && !splitHalves(items))) continue;
    if (out.some((r) => r.op === 'sum' && (r.total === t || r.parts.includes(t)))) continue;
    // (the two halves of a split are the whole: `境内…，境外…；境内外业务合计T`)
    // (and so are the clauses a bare total word sums, or one that opens the total's clause: `…，合计完成货运量T`)
    // (and so are age groups from the youngest to the oldest: `0至14歲…、15至64歲…、65歲以上…，總人口`)
    out.push({ op: 'sum', parts: items, total: t, mode: splitHalves(items) || bareTotal || SUMMING_WORD_FIRST.test(cue) || allAges(p, items) ? 'eq' : 'subset-list', declared: true });
  }
}

/** Is a figure's clause opened by an age right before it (`15至64歲人口為B`)? */
function ageOpened(p: Passage, f: Figure): boolean {
  const age = p.figures[f.index - 1];
  return age !== undefined && age.unit === '岁' && age.sentence === f.sentence && countClauseEnds(f.gapBefore) === 0;
}

/** A total word opening the total's clause says the figures before it add up to it (`合计完成货运量`; `全年粮食总产量`
 *  names a whole, of which the clauses may state the main parts only). */
const SUMMING_WORD_FIRST = /^(?:合计|合共|共计|总计)/;

// `其中60岁及以上人口A，…；65岁及以上人口B`: those above a higher floor of age are some of those above a lower one, in
// whatever clause each is stated: B must not exceed A. Read only for counts named alike after each floor, with nothing
// else before the floors (a place, a sex, a period) and no period named between them.
export function findNestedFloors(p: Passage, out: Relation[]): void {
  if (!p.text.includes('以上')) return;
  const floors: { bound: Figure; count: Figure; noun: string; scope: string }[] = [];
  for (const f of p.figures) {
    if (f.unit !== '岁' || f.q.min === null || f.q.max !== null) continue;
    const count = p.figures[f.index + 1];
    if (!count || count.sentence !== f.sentence || !isNumber(count) || count.unit === '岁' || isStatedChange(count) || isIntensive(count)) continue;
    const noun = FLOOR_NOUN.exec(p.text.slice(f.cleanEnd, count.cleanStart))?.[1];
    if (noun) floors.push({ bound: f, count, noun, scope: trimGap(lastClause(f.gapBefore)).replace(/^(?:其中|当中)[,，]?/, '') });
  }
  for (const lower of floors) {
    for (const higher of floors) {
      if (higher.bound.q.min! <= lower.bound.q.min! || higher.noun !== lower.noun || higher.scope !== lower.scope || !sameUnit(higher.count, lower.count)) continue;
      const [first, second] = lower.count.index < higher.count.index ? [lower.count, higher.count] : [higher.count, lower.count];
      if (second.sentence - first.sentence > 1 || periodOf(p.text.slice(first.cleanEnd, second.cleanStart)) !== undefined) continue;
      if (!out.some((r) => r.op === 'subset' && r.part === higher.count && r.total === lower.count)) out.push({ op: 'subset', part: higher.count, total: lower.count });
    }
  }
}
// `其中零售及餐飲業職位A，佔總數的P；該行業職位中全職職位B`: a clause that opens by pointing back (该, 此) to a group and
// scopes it with 中 counts some of the nearest figure of its unit before it: B must not exceed A.
export function findPointedScopes(p: Passage, out: Relation[]): void {
  if (!p.text.includes('中')) return;
  for (const f of p.figures) {
    if (f.index === 0 || !isNumber(f) || countClauseEnds(f.gapBefore) === 0 || !POINTED_SCOPE.test(trimGap(lastClause(f.label)))) continue;
    const scope = lookBack(p, f.index, f.sentence, (g) => isNumber(g) && sameUnit(g, f) && !isStatedChange(g) && !isComparisonBase(g) && !isIntensive(g));
    if (scope && scope.sentence === f.sentence && !out.some((r) => r.op === 'subset' && r.part === f)) out.push({ op: 'subset', part: f, total: scope });
  }
}
/** `該行業職位中全職職位`: 该 or 此 and a group's noun, then 中 and the part's name. */
const POINTED_SCOPE = /^(?:该|此)[\u3400-\u9fff]{1,6}?中[\u3400-\u9fff]{1,8}(?:为|有|达|共)?$/;

/** What a floor of age counts, between the age and the count: `及以上人口`, `以上的老年人为` (group 1: the noun). */
const FLOOR_NOUN = /^(?:周岁)?(?:及以上|以上)的?([\u3400-\u9fff]{1,6}?)(?:为|达|达到|有|约|共|共有)?$/;

// `末期股息每股A，連同已派付的中期股息每股B，全年每股股息合共T`: dividends per share add up like any amounts; a total per
// share stated with 合共 (合计, 共计) sums the figures per share right before it in its sentence.
export function findPerShareTotals(p: Passage, out: Relation[]): void {
  if (!p.text.includes('每股')) return;
  for (const t of p.figures) {
    if (t.index < 2 || !isNumber(t) || !PER_SHARE_TOTAL.test(lastClause(t.label))) continue;
    const items: Figure[] = [];
    for (let k = t.index - 1; k >= 0 && items.length < MAX_REACH; k--) {
      const f = p.figures[k];
      // (dividends alone: `每股基本盈利` before them is no part of them)
      if (f.sentence !== t.sentence || !isNumber(f) || !sameUnit(f, t) || !lastClause(f.label).includes('每股') || !DIVIDEND.test(lastClause(f.label)) ||
        isStatedChange(f) || isComparisonBase(f)) break;
      items.unshift(f);
    }
    if (items.length >= 2 && !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts: items, total: t, mode: 'eq', declared: true });
  }
}
/** A dividend's name (`末期股息`, `中期股利`, `派息`), never earnings (`每股基本盈利`). */
const DIVIDEND = /股息|股利|派息|分红/;
/** `全年每股股息合共`, `合共每股`: a total per share. */
const PER_SHARE_TOTAL = /每股[\u3400-\u9fff]{0,6}(?:合共|合计|共计|总计)(?:为|达)?$|(?:合共|合计|共计|总计)(?:每股)(?:[\u3400-\u9fff]{0,4})?(?:为|达)?$/;

function restListBefore(p: Passage, t: Figure): Figure[] | undefined {
  const last = p.figures[t.index - 1];
  if (!last || !isNumber(last) || !sameUnit(last, t) || last.sentence !== t.sentence || !REST_ITEM.test(last.gapBefore)) return undefined;
  const items = [last];
  // (items named with a verb of share, `、中國內地佔`, are joined too)
  for (let k = last.index; k > 0 && items.length < MAX_REACH && listJoin(p.figures[k].gapBefore) !== 'start' && countClauseEnds(p.figures[k].gapBefore) === 0; k--) {
    const f = p.figures[k - 1];
    if (!isNumber(f) || !sameUnit(f, t) || f.sentence !== t.sentence || isStatedChange(f) || isIntensive(f) || isComparisonBase(f)) return undefined;
    items.unshift(f);
  }
  // (the list opens its clause: no figure of the clause comes before it)
  const first = items[0];
  if (items.length < 2 || (first.index > 0 && p.figures[first.index - 1].sentence === t.sentence && countClauseEnds(first.gapBefore) === 0)) return undefined;
  return items;
}

// `重点对象共600户，截至10月底，已竣工418户、正在施工206户，其余尚未开工`: a total said with 共, then a list in its unit
// and the rest named after it (其余, 其他): the listed figures are some of the total, with no 其中 to say so. Read only
// where a rest is named; a list already read as parts of a total is left alone.

// `基金收入T，…；基金支出A，当年基金结余B` / `出口T，进口A，贸易顺差B`: a balance is what one figure leaves after the other,
// both stated before it in its sentence: A + B = T, and B is the figure the text worked out.
export function findBalances(p: Passage, out: Relation[]): void {
  // (one look at the paragraph: 出 and 入 open too many words for a first-character test)
  if (!BALANCE_WORDS.test(p.text)) return;
  for (const b of p.figures) {
    if (b.index < 2 || !isNumber(b) || isIntensive(b) || isStatedChange(b) || !BALANCE_WORDS.test(b.label)) continue;
    const name = lastClause(b.label);
    const kind = BALANCES.find((k) => k.balance.test(name));
    if (!kind) continue;
    const named = (f: Figure, words: readonly string[], not: readonly string[]) => {
      const own = lastClause(f.label);
      return words.some((w) => own.includes(w)) && !not.some((w) => own.includes(w));
    };
    const candidate = (f: Figure) => isNumber(f) && sameUnit(f, b) && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f);
    // (never a 其中 part of a total of the same flow: `货物出口总值T，其中再出口A，本地产品出口B；…逆差D` is of T, not of B; the
    // parts of 进出口总额 are the flows themselves)
    const partOfFlow = (f: Figure, words: readonly string[], not: readonly string[]) =>
      out.some((r) => r.op === 'subset' && r.part === f && named(r.total, words, not));
    const minus = lookBack(p, b.index, b.sentence, (f) => candidate(f) && named(f, kind.minus, kind.minusNot) && !partOfFlow(f, kind.minus, kind.minusNot));
    const plus = lookBack(p, b.index, b.sentence, (f) => candidate(f) && f !== minus && named(f, kind.plus, kind.plusNot) && !partOfFlow(f, kind.plus, kind.plusNot));
    if (!minus || !plus || out.some((r) => r.op === 'sum' && r.total === plus && r.parts.includes(b))) continue;
    // (not a balance of some of it, after 其中 or of a partner: `入超T；其中对东盟贸易出超B`; nor one the figures before
    // cannot leave, more spent than earned)
    // (a 其中 list of one of the flows before the other is no such thing: `出口总值A，其中再出口…；进口总值B，逆差D`)
    const from = Math.max(plus.cleanEnd, minus.cleanEnd);
    if (SUBSET_OPENERS.test(p.text.slice(from, b.cleanStart)) || /^(?:对|与)/.test(trimGap(name)) || (plus.value ?? 0) <= (minus.value ?? 0)) continue;
    out.push({ op: 'sum', parts: [minus, b], total: plus, mode: 'eq', declared: true, derived: b });
  }
}

/** Balances and the figures they are the difference of (the plus one less the minus one). A stock (累计结余, 滚存结余,
 *  年末结余) is the balance of every year, not of the year's income and spending. */
const BALANCES: { balance: RegExp; plus: readonly string[]; plusNot: readonly string[]; minus: readonly string[]; minusNot: readonly string[] }[] = [
  { balance: /^(?!.*(?:累计|滚存|历年|年末|期末))[\u3400-\u9fff]{0,8}结余(?:为|达|约)?$/, plus: ['收入'], plusNot: ['支出'], minus: ['支出'], minusNot: ['收入'] },
  { balance: /(?:贸易)?(?:顺差|出超)(?:为|达|约)?$/, plus: ['出口'], plusNot: ['进出口'], minus: ['进口'], minusNot: ['进出口'] },
  { balance: /(?:贸易)?(?:逆差|入超)(?:为|达|约)?$/, plus: ['进口'], plusNot: ['进出口'], minus: ['出口'], minusNot: ['进出口'] },
  // a budget's deficit or surplus: spending less revenue, or the other way (`總收入A，總開支T，綜合赤字為D`)
  { balance: /(?:综合|财政|预算)?赤字(?:为|达|约)?$/, plus: ['开支', '支出'], plusNot: ['收入'], minus: ['收入'], minusNot: ['开支', '支出'] },
  { balance: /(?:综合|财政|预算)盈余(?:为|达|约)?$/, plus: ['收入'], plusNot: ['开支', '支出'], minus: ['开支', '支出'], minusNot: ['收入'] },
];
const SUBSET_OPENERS = /其中|当中/;
const BALANCE_WORDS = /结余|顺差|出超|逆差|入超|赤字|盈余/;

// `民生支出T，由教育支出A、社會保障和就業支出B、…和農林水支出D構成`: the parts named one by one inside 由…构成, each with
// its figure: they make up the total.
export function findComposedLists(p: Passage, out: Relation[]): void {
  if (!p.text.includes('构成') && !p.text.includes('组成') && !p.text.includes('来源')) return;
  for (const t of p.figures) {
    // (past the total's own change: `总资产T，较年初增长P，由财产险公司资产A和人身险公司资产B构成`)
    let next = t.index + 1;
    while (next < p.figures.length && p.figures[next].sentence === t.sentence && isStatedChange(p.figures[next]) && countClauseEnds(p.figures[next].gapBefore) <= 1) next++;
    const first = p.figures[next];
    if (!first || !isNumber(t) || isIntensive(t) || isStatedChange(t) || !isNumber(first) || !sameUnit(first, t) || first.sentence !== t.sentence) continue;
    // (or the sources of money listed after it: `总投资T，资金来源为中央预算内投资A、地方政府专项债券B和社会资本C。`)
    const sources = SOURCES_LEAD.test(first.gapBefore);
    if (!sources && !COMPOSED_LEAD.test(first.gapBefore)) continue;
    const parts = [first];
    for (let k = first.index + 1; k < p.figures.length && parts.length < MAX_REACH; k++) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t) || countClauseEnds(f.gapBefore) > 0 || !LIST_ITEM_JOIN.test(f.gapBefore)) break;
      parts.push(f);
    }
    const last = parts[parts.length - 1];
    const closes = sources ? isClauseEndAt(p.text, last.cleanEnd) || last.cleanEnd === p.text.length : COMPOSED_END.test(p.text.slice(last.cleanEnd, last.cleanEnd + 4));
    if (parts.length < 2 || !closes || out.some((r) => r.op === 'sum' && r.total === t)) continue;
    out.push({ op: 'sum', parts, total: t, mode: 'eq', declared: true });
  }
}
/** `，资金来源为中央预算内投资`: the opening of a list of where a total's money came from. */
const SOURCES_LEAD = /^[,，](?:其)?(?:资金)?来源(?:为|是|包括|分别为)[\u3400-\u9fff]{2,12}$/;
/** `，由教育支出`: the opening of a list of what a total is made of. */
const COMPOSED_LEAD = /^[,，]由[\u3400-\u9fff]{2,12}$/;
/** `、社會保障和就業支出`, `和農林水支出`: the next item of such a list, with its name. */
const LIST_ITEM_JOIN = /^(?:、|和|及|与)[\u3400-\u9fff]{2,14}$/;
/** The list's end: `构成`, `组成`, past the last item's unit. */
const COMPOSED_END = /^(?:构成|组成)/;

// `识别监测对象T户…，截至10月底已消除风险A户`: what was done to some of a group counted before is some of it.
export function findDoneToSomeOf(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  for (const f of p.figures) {
    // (a count right after another is named by its label: `已消除风险1,126户3,604人`)
    const label = pairedLabel(p, f);
    if (f.index === 0 || label.indexOf('已') < 0 || subsetTotals.has(f) || !isNumber(f) || isStatedChange(f) || isIntensive(f)) continue;
    const clause = lastClause(label);
    const at = clause.lastIndexOf('已');
    const row = DONE_TO_SOME_OF.find((r) => r.done.some((d) => clause.startsWith(d, at + 1)));
    if (!row) continue;
    const total = lookBack(p, f.index, f.sentence - 1, (g) => isNumber(g) && sameUnit(g, f) && !isStatedChange(g) && !isComparisonBase(g) && !isIntensive(g) &&
      row.whole.some((w) => pairedLabel(p, g).includes(w)));
    if (!total) continue;
    out.push({ op: 'subset', part: f, total });
    subsetTotals.set(f, total);
  }
}

// `计划改造老旧小区T个…；截至11月底，已完工A个，在建B个`: what is done and what is under way are both of the plan, and
// together cannot exceed it (the rest may not have started: only an excess contradicts).
export function findPlanProgress(p: Passage, out: Relation[]): void {
  if (!p.text.includes('在建') && !p.text.includes('正在')) return;
  for (const under of p.figures) {
    if (under.index < 2 || !UNDER_WAY.test(trimGap(lastClause(under.label))) || countClauseEnds(under.gapBefore) !== 1) continue;
    const done = p.figures[under.index - 1];
    if (!isNumber(done) || !isNumber(under) || !sameUnit(done, under) || done.sentence !== under.sentence || !DONE_WORK.test(trimGap(lastClause(done.label)))) continue;
    const plan = lookBack(p, done.index, done.sentence - 1, (f) => isNumber(f) && sameUnit(f, done) && !isStatedChange(f) && !isComparisonBase(f) && !isIntensive(f) &&
      TARGET_NAMES.test(lastClause(f.label)));
    if (!plan || out.some((r) => r.op === 'sum' && r.parts.includes(done))) continue;
    out.push({ op: 'sum', parts: [done, under], total: plan, mode: 'open' });
  }
}
/** `已完工`, `已建成`, `已竣工`: work finished, opening its clause. */
const DONE_WORK = /^(?:[\u3400-\u9fff]{0,4})?已(?:完工|建成|竣工|完成改造|改造完成|交付)$/;
/** `在建`, `正在施工`: work under way, the next item's clause. */
const UNDER_WAY = /^(?:其余)?(?:在建|正在建设|正在施工|正在改造|开工在建|在施)$/;

export function findPartsBeforeRest(p: Passage, out: Relation[]): void {
  const text = p.text;
  for (let at = text.indexOf('其余'); at >= 0; at = text.indexOf('其余', at + 2)) {
    if (!isClauseEndAt(text, at - 1)) continue;
    const lastIndex = firstFigureFrom(p, at) - 1;
    const last = p.figures[lastIndex];
    if (!last || !isNumber(last) || last.cleanEnd !== at - 1 || out.some((r) => r.op === 'sum' && r.parts.includes(last))) continue;
    const parts = [last];
    for (let k = lastIndex; k > 0 && parts.length < MAX_REACH && listJoin(p.figures[k].gapBefore) === 'join'; k--) {
      const f = p.figures[k - 1];
      if (!isNumber(f) || f.unit !== last.unit) break;
      parts.unshift(f);
    }
    const first = parts[0];
    const total = p.figures[first.index - 1];
    if (parts.length < 2 || !total || !isNumber(total) || total.unit !== last.unit || total.sentence !== last.sentence || isStatedChange(total) ||
      isIntensive(total) || !NAMES_A_TOTAL.test(lastClause(total.label)) || countClauseEnds(first.gapBefore) === 0 || countClauseEnds(first.gapBefore) > 2) continue;
    out.push({ op: 'sum', parts, total, mode: 'open' });
  }
}

// `城镇新增就业累计达到T，2020年至2024年分别新增A1、A2、A3、A4和A5`: a cumulative figure, then one figure for every year of
// a span, listed with 分别 in the next clause: the years make up the total.
export function findYearlyParts(p: Passage, out: Relation[]): void {
  if (!p.text.includes('分别') && !p.text.includes('依次')) return;
  for (const first of p.figures) {
    if (!isNumber(first) || !first.gapBefore.includes('年')) continue;
    // (or the span opening the sentence and the total after the list: `2019年至2023年，全市分别建成A1、…和A5，累计建成T`)
    const opening = !first.gapBefore.includes('分别') ? null : OPENING_YEAR_SPAN.exec(sentenceHead(p, first));
    const span = YEARS_RESPECTIVELY.exec(trimGap(lastClause(first.gapBefore))) ??
      (opening && RESPECTIVELY_AFTER_SPAN.test(trimGap(lastClause(first.gapBefore))) ? opening : null);
    if (!span) continue;
    const [from, to] = [Number(span[1]), Number(span[2])];
    if (to <= from || to - from > 10) continue;
    const parts = [first];
    for (let k = first.index + 1; k < p.figures.length && parts.length <= to - from && listJoin(p.figures[k].gapBefore) === 'join' && sameUnit(p.figures[k], first); k++) parts.push(p.figures[k]);
    if (parts.length !== to - from + 1) continue;
    const next = p.figures[parts[parts.length - 1].index + 1];
    if (next && next.sentence === first.sentence && listJoin(next.gapBefore) === 'join' && sameUnit(next, first)) continue;
    const before = p.figures[first.index - 1];
    const after = next;
    const cumulative = (t: Figure | undefined): t is Figure => !!t && isNumber(t) && sameUnit(t, first) && t.sentence === first.sentence &&
      !isStatedChange(t) && !isComparisonBase(t) && !isIntensive(t) && CUMULATIVE.test(lastClause(t.label));
    const total = opening && cumulative(after) && countClauseEnds(after.gapBefore) === 1 ? after :
      cumulative(before) && countClauseEnds(first.gapBefore) === 1 ? before : undefined;
    if (!total) continue;
    out.push({ op: 'sum', parts, total, mode: 'eq', declared: true });
  }
}
// `各季度营业收入分别为A1、A2、A3和A4，全年实现营业收入T` / `上半年和下半年分别完成A1和A2，全年完成T`: the parts of a year
// named together before 分别, one figure each, then the whole year's figure in the next clause.
// (or the quarters so far, then the figure of the period they make: `一至三季度分别实现营业收入A1、A2和A3，前三季度累计实现…T`)
export function findPartsOfYear(p: Passage, out: Relation[]): void {
  if (!p.text.includes('分别')) return;
  for (const first of p.figures) {
    if (!isNumber(first) || !first.gapBefore.includes('分别')) continue;
    const named = PARTS_OF_YEAR_RESPECTIVELY.exec(trimGap(lastClause(first.gapBefore)));
    if (!named) continue;
    const count = named[2] !== undefined ? smallNumber(named[2])! : named[1] !== undefined ? 4 : 2;
    const parts = [first];
    for (let k = first.index + 1; k < p.figures.length && parts.length < count && listJoin(p.figures[k].gapBefore) === 'join' && sameUnit(p.figures[k], first); k++) parts.push(p.figures[k]);
    if (parts.length !== count) continue;
    const total = p.figures[first.index + count];
    // (the period's figure of the same measure, in a clause of its own right after the list)
    if (!total || !isNumber(total) || !sameUnit(total, first) || total.sentence !== first.sentence || countClauseEnds(total.gapBefore) !== 1 ||
      isStatedChange(total) || isComparisonBase(total) || isIntensive(total) || !QUARTERS_MAKE[named[2] !== undefined ? count : 4].test(trimGap(total.gapBefore))) continue;
    const measure = named[3] || named[4].replace(/^(?:为|是|完成|实现|达到|达)/, '');
    if (measure.length >= 2 && !sharesBigram(measure, total.gapBefore)) continue;
    out.push({ op: 'sum', parts, total, mode: 'eq', declared: true });
  }
}
/** `各季度营业收入分别为`, `一至四季度分别实现`, `一至三季度分别实现`, `上半年和下半年分别完成投资`: the parts of a year
 *  (group 1 for all four quarters, group 2 the last of the quarters so far), the measure before 分别 (group 3) or after it
 *  with its verb (group 4). */
const PARTS_OF_YEAR_RESPECTIVELY = /^(?:[\u3400-\u9fff]{0,6}?(?:(各季度|各季|四个季度)|第?一(?:季度)?至第?([二三四])季度|上半年(?:和|与|及|、)下半年))([\u3400-\u9fff]{0,8}?)(?:分别|依次)([\u3400-\u9fff]{0,6})$/;
/** The period the listed quarters (or halves) make, opening the clause of its figure: `，全年实现营业收入`,
 *  `，前三季度累计实现`, `，上半年累计`. */
const QUARTERS_MAKE: Record<number, RegExp> = {
  2: /^(?:公司|集团|全市|全省|全县|全区)?(?:上半年|前两个?季度)/,
  3: /^(?:公司|集团|全市|全省|全县|全区)?前三(?:个)?季度?/,
  4: /^(?:公司|集团|全市|全省|全县|全区)?全年/,
};

/** `2020年至2024年分别新增`: a span of years, then 分别 / 依次 and at most a verb. */
const YEARS_RESPECTIVELY = /^((?:19|20)[0-9]{2})年?\s*[-—–~至到]\s*((?:19|20)[0-9]{2})年(?:分别|依次)[\u3400-\u9fff]{0,4}$/;
/** `2019年至2023年，`: a span of years opening a sentence. */
const OPENING_YEAR_SPAN = /^((?:19|20)[0-9]{2})年?\s*[-—–~至到]\s*((?:19|20)[0-9]{2})年/;
/** `，全市分别建成`: a subject, 分别 and a verb, after a span of years that opens the sentence. */
const RESPECTIVELY_AFTER_SPAN = /^[\u3400-\u9fff]{0,8}分别[\u3400-\u9fff]{0,10}$/;
/** A total stated as accumulated over the span (`累计达到`, `共`, `合计`, `总计`). */
const CUMULATIVE = /累计|共|合计|总计/;

// `5月份营收A5；其中1月、2月营收分别为A1和A2，3月、4月营收分别为A3和A4，累计1至5月营收T`: a cumulative figure of the
// months from the first is the sum of each month's figure, when the text states every one of them (in its sentence or the
// one before), each named by its month alone or in a list of months before 分别为.
export function findMonthTotals(p: Passage, out: Relation[]): void {
  if (!p.text.includes('月')) return;
  for (const t of p.figures) {
    // (by the words first: this is asked of every figure, and few are cumulative)
    if ((!t.label.includes('累计') && !t.label.includes('合计')) || !isNumber(t) || isStatedChange(t) || isIntensive(t)) continue;
    const clause = lastClause(t.label);
    const span = CUMULATIVE_MONTHS.exec(clause);
    // (or a period from January named so: `一季度累计实现旅游收入T`, `前5个月累计`)
    const named = span ? undefined : CUMULATIVE_PERIOD.exec(clause);
    const last = span ? smallNumber(span[1] ?? span[2]) : named ? PERIOD_LAST_MONTH[named[1]] ?? smallNumber(named[2]) : undefined;
    if (last === undefined || last < 2 || last > 12) continue;
    const byMonth = new Map<number, Figure>();
    let clash = false;
    for (let k = t.index - 1; k >= 0 && t.index - k <= 2 * MAX_REACH && p.figures[k].sentence >= t.sentence - 1; k--) {
      const f = p.figures[k];
      if (!isNumber(f) || !sameUnit(f, t) || isStatedChange(f) || isComparisonBase(f) || isIntensive(f)) continue;
      const month = monthOf(p, f);
      if (month === undefined) continue;
      if (byMonth.has(month)) clash = true;
      byMonth.set(month, f);
    }
    if (clash || byMonth.size !== last) continue;
    const parts: Figure[] = [];
    for (let m = 1; m <= last; m++) {
      const f = byMonth.get(m);
      if (!f) break;
      parts.push(f);
    }
    if (parts.length === last && !out.some((r) => r.op === 'sum' && r.total === t)) out.push({ op: 'sum', parts, total: t, mode: 'eq', declared: true });
  }
}
/** `累计1至5月营收`, `1—5月累计`: the last month of a span from January (group 1). */
const CUMULATIVE_MONTHS = /(?:累计|合计)(?:1|一)(?:至|到|—|-|~)([0-9]{1,2}|[一二三四五六七八九十]{1,3})月|^(?:1|一)(?:至|到|—|-|~)([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:累计|合计)/;
/** `一季度累计`, `前5个月累计`: a period from January (group 1, or its months in group 2), then 累计. */
const CUMULATIVE_PERIOD = /(?:^|[^0-9一二三四五六七八九十])(一季度|第一季度|首季度|一季|上半年|前三季度|前三季)累计|前([0-9]{1,2}|[一二三四五六七八九十]{1,3})个?月(?:份)?累计/;
const PERIOD_LAST_MONTH: Record<string, number> = { 一季度: 3, 第一季度: 3, 首季度: 3, 一季: 3, 上半年: 6, 前三季度: 9, 前三季: 9 };

/** `5月份实现营业收入`: one month naming its figure; `1月、2月营收分别为`: months listed before their figures. */
const ONE_MONTH_LABEL = /^[\u3400-\u9fff]{0,4}?(?:[0-9]{4}年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?!(?:至|到|—|-|~|、|和|及))[\u3400-\u9fff]{0,12}$/;
const LISTED_MONTHS = /((?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:、|和|及|与))+(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月[\u3400-\u9fff]{0,8}分别为$/;

/** The month a figure is of: named alone at its clause's start, or by its place in a list of months before 分别为. */
function monthOf(p: Passage, f: Figure): number | undefined {
  const own = ONE_MONTH_LABEL.exec(trimGap(lastClause(f.label)).replace(/^(?:、|和|及|与)/, ''));
  if (own) return smallNumber(own[1]);
  // the first figure after the list, or one joined to it (`分别为A和B`)
  let first = f;
  let place = 0;
  while (!LISTED_MONTHS.test(lastClause(first.label)) && first.index > 0 && listJoin(first.gapBefore) === 'join' && place < MAX_REACH) {
    first = p.figures[first.index - 1];
    place++;
  }
  const listed = LISTED_MONTHS.exec(lastClause(first.label));
  if (!listed) return undefined;
  const months = listed[0].match(/(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?=月)/g) ?? [];
  return smallNumber(months[place]);
}

/** `初中和小学在校生合计T`: the figures of the kinds the total names, each the one figure named with the measure in a
 *  region (to a semicolon or a sentence end) of the sentence before or the total's own that opens with the kind's name.
 *  Where the kinds end and the measure begins is found by trying: the first split whose every kind is found. */
function namedKindsBefore(p: Passage, t: Figure): Figure[] | undefined {
  const m = KINDS_THEN_TOTAL.exec(lastClause(t.label));
  // (the total opens its sentence or clause: `…；小学…。初中和小学在校生合计T`)
  if (!m || !NAME_JOINERS.test(m[1]) || (t.index > 0 && p.figures[t.index - 1].sentence === t.sentence && countClauseEnds(t.gapBefore) === 0)) return undefined;
  for (let len = 2; len <= 5 && len < m[1].length - 2; len++) {
    const measure = m[1].slice(-len);
    const names = m[1].slice(0, -len).split(NAME_JOINERS);
    if (names.length < 2 || names.some((n) => n.length === 0)) continue;
    const parts = names.map((name) => kindFigure(p, t, name, measure));
    if (parts.every((f) => f !== undefined) && new Set(parts).size === parts.length) return parts as Figure[];
  }
  return undefined;
}

/** The one figure of t's unit named with the measure in a region that opens with the kind's name, in t's sentence or
 *  the one before. */
function kindFigure(p: Passage, t: Figure, name: string, measure: string): Figure | undefined {
  let found: Figure | undefined;
  for (let k = t.index - 1; k >= 0 && t.index - k <= MAX_REACH && p.figures[k].sentence >= t.sentence - 1; k--) {
    const f = p.figures[k];
    if (!isNumber(f) || !sameUnit(f, t) || isStatedChange(f) || isIntensive(f) || !lastClause(f.label).includes(measure)) continue;
    // (the region's start looked for no further back than a clause head: a text without stops must not cost a scan each)
    let a = f.cleanStart;
    while (a > 0 && f.cleanStart - a < MAX_KIND_REGION && !isRegionEnd(p.text, a - 1)) a--;
    if ((a > 0 && !isRegionEnd(p.text, a - 1)) || !p.text.startsWith(name, a)) continue;
    if (found) return undefined;
    found = f;
  }
  return found;
}
/** `三者合计`, `两者合共`: the count of the figures just stated, then a word of total (group 1: the count). */
/** `三者合计`, and the three industries named together with the verb they share (`三次产业合计吸纳`), or the
 *  measure (`三次产业投资合计`). */
const THE_N_OF_THEM = /^([两二三四五])(?:者|次产业)(?:[\u3400-\u9fff]{1,4}?)?(?:合计|共计|合共|总计)(?:[\u3400-\u9fff]{1,3}?)?(?:为|达|达到)?$/;

/** Longest region before a kind's figure read for its name. */
const MAX_KIND_REGION = 40;
/** `初中和小学在校生合计`: kinds joined and the measure (group 1), a word of total. */
const KINDS_THEN_TOTAL = /^([\u3400-\u9fff、]{5,20})(?:合计|共计|总计|合共|总共)(?:为|达|达到)?$/;

/** Is a total stated after its parts one of a wider or other whole than theirs: one that says it holds more
 *  (`（含社区养老服务设施床位）共计`, `各类物业…总计`), of another frame (`同期…`, `11月当月…`), of another place than the
 *  parts' (`我县…分别…，全市…共计`), or not of the scope the parts are listed under (`访港旅客中，…；过夜旅客总数`)? */
function totalOfWider(p: Passage, first: Figure, t: Figure): boolean {
  const cue = lastClause(t.label);
  if (WIDER_TOTAL.test(cue) || t.label.includes('(')) return true;
  const head = sentenceHead(p, first) + first.label;
  const placeOfParts = PLACE_NAMED.exec(head)?.[0];
  const placeOfTotal = PLACE_NAMED.exec(cue)?.[0];
  if (placeOfParts && placeOfTotal && placeOfParts !== placeOfTotal) return true;
  const scope = SCOPE_BEFORE_PARTS.exec(head)?.[1];
  const bare = scope ? withoutContext(scope) : '';
  return bare.length >= 2 && !cue.includes(bare.slice(-2));
}
const WIDER_TOTAL = /含|包括|各类|各项|所有|同期|当月|当季/;
const PLACE_NAMED = /全国|全省|全市|全县|全区|本市|本省|本县|本区|我市|我省|我县|我区|该市|该县|全港|全澳|全台/;
/** `X中，` before the parts: the scope they are of (not the middle of a period, `2024年年中，`, `6月中，`). */
const SCOPE_BEFORE_PARTS = /([\u3400-\u9fff]{2,10})(?<![年月旬])中[,，]/;

/** `N个X分别…A、B和C。N个X合计…T`: the items of the list in the sentence before t, as many as the count that opens both. */
function countedListBefore(p: Passage, t: Figure): Figure[] | undefined {
  const count = p.figures[t.index - 1];
  if (count.sentence !== t.sentence || count.value === null || count.value < 2 || count.value > MAX_REACH || sameUnit(count, t) || countClauseEnds(t.gapBefore) !== 0 ||
    (count.index > 0 && p.figures[count.index - 1].sentence === t.sentence)) return undefined;
  // (the total's sentence opens with the count, or a word pointing back to it: `整个国庆假期，三个景区合计…` is of another span)
  if (!/^(?:上述|以上|这)?$/.test(sentenceHead(p, count))) return undefined;
  const items: Figure[] = [];
  for (let k = count.index - 1; k >= 0 && items.length <= count.value; k--) {
    const f = p.figures[k];
    if (f.sentence !== t.sentence - 1 || !isNumber(f) || !sameUnit(f, t) || isStatedChange(f)) break;
    items.unshift(f);
    if (f.label.includes('分别')) break;
    if (!LIST_JOINERS.includes(f.gapBefore)) return undefined;
  }
  const opening = items.length > 0 ? p.figures[items[0].index - 1] : undefined;
  if (items.length !== count.value || !items[0].label.includes('分别') || !opening || opening.value !== count.value || opening.unit !== count.unit ||
    opening.sentence !== t.sentence - 1) return undefined;
  // (of the list's measure and period: not `去年同期三个景区合计…`, nor `四家医院合计出院病人` after outpatient visits)
  const cue = lastClause(t.label);
  const measure = cue.slice(cue.search(DECLARED_TOTAL) + 2);
  return !PRIOR_PERIOD.test(count.label + cue) && sharesBigram(measure, items[0].label) ? items : undefined;
}

/** `教育、社保、卫生、农林水四项支出分别为A、B、C和D，分别占P、Q、R和S，四项合计T`: the list's count named again with the
 *  total in the list's own sentence, past the parts' shares if they are stated, one per part. */
function countedListInSentence(p: Passage, t: Figure): Figure[] | undefined {
  const count = p.figures[t.index - 1];
  if (count.sentence !== t.sentence || count.value === null || count.value < 2 || count.value > MAX_REACH || sameUnit(count, t) || countClauseEnds(t.gapBefore) !== 0 ||
    countClauseEnds(count.gapBefore) !== 1) return undefined;
  let last = count.index - 1;
  while (last >= 0 && isShare(p.figures[last]) && p.figures[last].sentence === t.sentence) last--;
  const shares = count.index - 1 - last;
  const first = last - count.value + 1;
  if (first < 0 || (shares !== 0 && shares !== count.value)) return undefined;
  const items = p.figures.slice(first, last + 1);
  if (!items.every((f, i) => f.sentence === t.sentence && isNumber(f) && sameUnit(f, t) && !isStatedChange(f) && (i === 0 || LIST_JOINERS.includes(f.gapBefore)))) return undefined;
  // (or with no count before the names, as many names as the count: `旗下银行、证券、投信子公司税后净利分别为A、B和C，三家子公司
  // 合计贡献T`)
  const names = items[0].label.includes('分别') ? NAMES_THEN_RESPECTIVELY.exec(lastClause(items[0].label)) : null;
  if (names && names[1].split(NAME_JOINERS).length === count.value && (first === 0 || p.figures[first - 1].sentence !== t.sentence)) return items;
  if (first < 1) return undefined;
  const opening = p.figures[first - 1];
  // (of the list's measure: a measure named with the total is the list's, `四项支出合计`, not another, `其中三個購物區的旅客消費合計`)
  const measure = lastClause(t.label).replace(DECLARED_TOTAL, '').replace(/^的|的$/g, '');
  const ofList = measure === '' || (!/其中|当中/.test(lastClause(count.label)) && sharesBigram(measure, items[0].label + opening.label));
  return ofList && items[0].label.includes('分别') && opening.value === count.value && opening.unit === count.unit && opening.sentence === t.sentence ? items : undefined;
}

/** `珠寶首飾類A，衣物類B，百貨公司貨品C，超級市場貨品D，四類合共T`: the count of kinds named with the total, right after
 *  as many clauses of its sentence, each stating one figure of the total's unit; nothing else of that unit between. */
function countedClausesInSentence(p: Passage, t: Figure): Figure[] | undefined {
  const count = p.figures[t.index - 1];
  if (count.sentence !== t.sentence || count.value === null || count.value < 2 || count.value > MAX_REACH || !KINDS_COUNTED_BY.has(count.unit) ||
    countClauseEnds(t.gapBefore) !== 0 || countClauseEnds(count.gapBefore) !== 1 || !/^(?:合计|共计|总计|合共|总共)/.test(t.gapBefore)) return undefined;
  const first = count.index - count.value;
  if (first < 0) return undefined;
  const items = p.figures.slice(first, count.index);
  if (!items.every((f, i) => f.sentence === t.sentence && isNumber(f) && sameUnit(f, t) && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) &&
    (i === 0 || countClauseEnds(f.gapBefore) === 1 || LIST_JOINERS.includes(f.gapBefore)))) return undefined;
  // (the clause before the first is no item of the list: a figure of the unit there makes the count ambiguous)
  const before = p.figures[first - 1];
  return before && before.sentence === t.sentence && sameUnit(before, t) && !isStatedChange(before) && countClauseEnds(items[0].gapBefore) === 1 && !/其中|当中/.test(items[0].label) ? undefined : items;
}
/** Words a count of kinds is stated in (`四類合共`, `三项合计`, `两地合计`). */
const KINDS_COUNTED_BY = new Set(['类', '大类', '项', '种', '家', '地', '个']);

/** Names joined before 分别, in a clause (`旗下银行、证券、投信子公司税后净利分别为`; group 1). */
const NAMES_THEN_RESPECTIVELY = /([\u3400-\u9fff]{2,6}(?:(?:、|和|及|与)[\u3400-\u9fff]{2,10}){1,6})分别/;

/** The figures of a `X和Y分别…A和B` list that ends right before t, one per name, all of t's unit; or undefined. */
function respectiveListBefore(p: Passage, t: Figure): Figure[] | undefined {
  const items: Figure[] = [];
  for (let k = t.index - 1; k >= 0 && items.length < MAX_REACH; k--) {
    const f = p.figures[k];
    if (f.sentence !== t.sentence || !isNumber(f) || !sameUnit(f, t) || isStatedChange(f) || isIntensive(f)) return undefined;
    items.unshift(f);
    if (f.label.includes('分别')) break;
    if (!LIST_JOINERS.includes(f.gapBefore)) return undefined;
  }
  const first = items[0];
  if (items.length < 2 || !first.label.includes('分别') || (first.index > 0 && p.figures[first.index - 1].sentence === t.sentence)) return undefined;
  const names = RESPECTIVE_NAMES.exec(trimGap(first.label));
  if (!names || names[1].split(NAME_JOINERS).length !== items.length) return undefined;
  // qualifiers of a noun they share (`公办和民办养老机构`), not whole nouns (`内地旅客和香港旅客`, `研发费用和销售费用`),
  // whose total named after them may be of a wider kind (`入境旅客合计`, `期间费用合计`)
  // (a total that points back at them, `对上述市场合计进出口T`, is theirs whatever they are named)
  if (POINTS_BACK.test(lastClause(t.label))) return items;
  const shared = names[2];
  return shared.length >= 2 && !names[1].split(NAME_JOINERS)[0].endsWith(shared.slice(0, 2)) ? items : undefined;
}
/** Words pointing back at what was just listed (`上述市场`, `以上三项`). */
const POINTS_BACK = /上述|前述|以上[两二三四五六七八九十]/;
/** The names before 分别 (`公办和民办养老机构分别提供床位`): two-character names or longer, joined, and the noun they
 *  share. */
const RESPECTIVE_NAMES = /^(?:[\u3400-\u9fff]*?[,，])?((?:[\u3400-\u9fff]{2,6}(?:、|和|及|与))+[\u3400-\u9fff]{2,6}?)([\u3400-\u9fff]{0,6})分别/;
/** Words that state a total as the sum of what came before. */
const DECLARED_TOTAL = /共计|合计|总计|合共|总共/;
/** A total word alone in its clause, naming nothing (`，合计`, `，共计`). */
const BARE_TOTAL = /^(?:共计|合计|总计|合共|总共)(?:为|达|达到)?$/;

/** A figure stated as the total of what came before it: `粮食总产量`, `参保总人数达到`, `整体出口货值合共`. */
const TOTAL_AFTER_WORDS = ['总', '整体', '合共', '合计', '共计'];
const TOTAL_AFTER_PARTS = new RegExp(TOTAL_AFTER_WORDS.join('|'));
const TOTAL_AFTER_FIRST_CODES = firstCodes(TOTAL_AFTER_WORDS);

// `全县有脱贫户1.86万户…；享受产业奖补的脱贫户2.16万户`: a figure named as some of an earlier figure's members (a
// qualifier, 的, then that figure's name) is a part of it, with or without 其中.
/** Stages of building work: what was started is not what was finished. */
const STAGE_WORDS = '新开工|开工|建成|竣工|交付使用|交付|完工|投产|开通';
const STAGE = new RegExp(`(?:${STAGE_WORDS})`);
/** A clause opening on a stage of the work other than the total's (`，基本建成C` under `新开工…T`). */
function otherStage(total: Figure | undefined, f: Figure): boolean {
  if (!total || countClauseEnds(f.gapBefore) === 0) return false;
  const own = OPENING_STAGE.exec(trimGap(lastClause(f.label)))?.[1];
  const totals = STAGE.exec(lastClause(total.label))?.[0];
  return own !== undefined && totals !== undefined && !totals.includes(own) && !own.includes(totals);
}
const OPENING_STAGE = new RegExp(`^(?:基本|已|已经|累计|全部)?(${STAGE_WORDS})`);

/** The total's noun after its unit and the clause end (`職位，` of `T個職位，分別為`). */
const NOUN_AFTER_UNIT = /^[\u3400-\u9fff]{1,4}(?=[,，]分别)/;

/** A verb of reaching after a qualified name (`…的随迁子女达`). */
const QUALIFIED_NAME_VERB = /(?:达到|达|为|有|共)$/;

export function findQualifiedParts(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  for (const part of p.figures) {
    // (most labels have no 的: passed over before anything else is asked)
    if (part.index === 0 || part.label.lastIndexOf('的') < 2 || !isNumber(part) || isIntensive(part) || isStatedChange(part)) continue;
    const label = lastClause(part.label);
    const de = label.lastIndexOf('的');
    if (de < 2) continue;
    const name = nameIn(label.slice(de + 1)).replace(QUALIFIED_NAME_VERB, '');
    const qualifier = label.slice(0, de);
    // (a qualifier of time, place or amount names another population, not a part: `2020年的脱贫户`, `全省的`, `超过…的`)
    if (name.length < 2 || !/^[\u3400-\u9fff]+$/.test(qualifier) || periodOf(qualifier) || placeOf(qualifier) || /超过|以上|以下|不足|低于|高于|其他|其余/.test(qualifier)) continue;
    // `其中进城务工人员随迁子女A，在公办学校就读的随迁子女B`: in a 其中 list, a qualified group named by the tail of an earlier
    // part's name is inside that part
    const listTotal = subsetTotals.get(part);
    if (listTotal) {
      const sibling = name.length >= 3 ? lookBack(p, part.index, part.sentence, (f) => subsetTotals.get(f) === listTotal && isNumber(f) && sameUnit(f, part) &&
        listItemName(f).length > name.length && listItemName(f).endsWith(name)) : undefined;
      if (sibling && !out.some((r) => r.op === 'subset' && r.part === part && r.total === sibling)) out.push({ op: 'subset', part, total: sibling });
      continue;
    }
    const total = lookBack(p, part.index, part.sentence, (f) => isNumber(f) && sameUnit(f, part) && !isIntensive(f) && !isStatedChange(f) &&
      !isComparisonBase(f) && !subsetTotals.has(f) && f.label.includes(name) && subjectOf(f.label).replace(/^(?:有|共有|共)/, '') === name);
    if (!total || out.some((r) => r.op === 'subset' && r.part === part)) continue;
    out.push({ op: 'subset', part, total });
  }
}

/** `其中合约院舍宿位A、津助院舍宿位B、改善买位计划宿位C`: a scheme's name (`…计划`) before the noun the part before ends
 *  with names a list item, not a plan. */
function namesSchemeItem(f: Figure, parts: readonly Figure[]): boolean {
  // (or money granted to a programme named so, an aside at most between: `其中投资与发展开支计划（PIDDA）拨款A`)
  if (PROGRAMME_FUNDING.test(lastClause(f.label))) return true;
  // (or a scheme named in quotes: `其中“高才通计划”获批A`)
  if (QUOTED_SCHEME.test(lastClause(f.label))) return true;
  const noun = SCHEME_ITEM.exec(lastClause(f.label))?.[1];
  const previous = parts[parts.length - 1];
  return noun !== undefined && previous !== undefined && listItemName(previous).endsWith(noun);
}
const PROGRAMME_FUNDING = /计划(?:\([^)]{1,12}\))?(?:拨款|资金|经费)$/;
const SCHEME_ITEM = /计划([\u3400-\u9fff]{1,4})$/;
const QUOTED_SCHEME = /[“「"][^”」"]{1,20}计划[”」"][\u3400-\u9fff]{0,4}$/;
