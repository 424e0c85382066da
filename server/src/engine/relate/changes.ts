// Changes: increases and decreases against a base (比上年的B, 由B到A, a base named after the change or listed
// later), changes in points, multiples of another period and doublings (翻N番).
import type { Direction, Relation } from '../relate';
import { PLACE_WORDS, WHOLE_SYNONYMS } from './cues';
import { ADVERBS, BASE_AFTER_COMPARISON, COMPARED_WITH, type Change, PRIOR_PERIOD, changeAtEnd, changeBefore, isComparisonBase, isStatedChange, priorAsidePeriod, reachesLevel } from './change-words';
import { MAX_REACH, isNumber, isTimeAverage, isWholeOfShare, labelNames, lastClause, lookAhead, lookBack, nameIn, sameUnit, subjectOf, withoutContext, withoutGenericNouns } from './figures';
import { type Figure, type Passage, between, countClauseEnds, hasSentenceEnd, isClauseEndAt, isSentenceEndAt, lastSentenceEnd, regionStartBefore, sentenceHead, sharesBigram, sharesTrigram, trimGap } from './passage';
import { LIST_JOINERS, MAX_ITEM_LABEL, NAME_JOINERS, listItemName, listJoin, startingLevel } from './sums';

/** `是2019年的` / `相当于上年的` / `为五年前的` / `是成立时的` / `为1997年水平的`: a multiple of the figure of another period, named by the period. */
const OF_PERIOD = /^(?:约|大约|约为|近)?(?:是|为|相当于|达到|达|增至|增加到|增长到|扩大到|提高到)((?:[0-9]{2,4}|[一二三四五六七八九十两]{1,3})年(?:前|末|底|同期)?|上年(?:同期|末)?|去年(?:同期)?|前年|原来|(?:成立|创办|建社|起步|投产|建成)(?:时|之初|初期))(?:的?水平)?的$/;

/** `现行金额为当年的`: the year a 由…到 change started from, pointed back to (its subject, if any, names the level reached). */
const OF_THAT_YEAR = /^[\u3400-\u9fff]{0,6}?(?:是|为|相当于)(当年|那年|其时|当时)的$/;

const BASE_NAMING_TAIL = /(?:的|为|是|达到|达)$/;

/** `，约为其`: a multiple of what the clause before compared with, pointed back to. */
const OF_IT = /^(?:约|大约|近)?(?:是|为|相当于)其(?:约)?$/;
/** Does a figure's gap open with the date it is stated as of (`截至2020年末，公司海外员工`), in a clause of its own? */
function statedAsOf(gap: string, period: string): boolean {
  const g = gap.replace(/^[,，;；]/, '');
  return (g.startsWith('截至') || g.startsWith('截止')) && g.startsWith(period, 2) && /^[,，]/.test(g.slice(2 + period.length)) && countClauseEnds(g) === 1;
}
/** `；当年的这一数字仅为B`: the named period's figure of the same measure. */
// (or the period pointed back to alone: `，是五年前的N倍，当时为B`)
const SAME_YEAR_POINTER = /^(?:(?:当年|那年|同年)的?(?:这一|该)[\u3400-\u9fff]{0,4}|当时|彼时)(?:仅|只|才|约)?(?:为|是)$/;

/** `核心产业增加值是2017年的`: a sentence opening on its subject named again, a copula and a year by its number (group 2). */
const SUBJECT_OF_YEAR = /^([\u3400-\u9fff]{2,16}?)(?:约|大约)?(?:是|为|相当于)((?:19|20)[0-9]{2}年(?:末|底)?)的$/;

/** `…增加值达到A。…。核心产业增加值是2017年的N倍`: a multiple opening its sentence with its subject named again is of the
 *  one figure of the two sentences before that the subject names. */
function restatedSubjectOfPeriod(p: Passage, s: Figure): { period: string; a: Figure } | undefined {
  const before = p.figures[s.index - 1];
  if (before.sentence === s.sentence || countClauseEnds(s.gapBefore) > 4) return undefined;
  const gap = trimGap(s.gapBefore);
  const m = SUBJECT_OF_YEAR.exec(gap.slice(lastSentenceEnd(gap) + 1));
  if (!m) return undefined;
  const core = withoutContext(m[1]).replace(COUNT_NOUN_TAIL, '');
  if (core.length < 2) return undefined;
  const named = (f: Figure) => f.sentence < s.sentence && isNumber(f) && !isStatedChange(f) && !isComparisonBase(f) && withoutContext(lastClause(f.label)).includes(core);
  const a = lookBack(p, s.index, s.sentence - 2, named);
  // (the one so named: two figures of the measure leave the multiple's own unread)
  if (!a || lookBack(p, a.index, s.sentence - 2, (f) => named(f) && sameUnit(f, a))) return undefined;
  return { period: m[2], a };
}

// `A，是2019年的N倍` / `A，相当于2015年的N倍，2015年为B` / `由B增加到A，是五年前的N倍`: a multiple of the figure
// of the named period, when the text states it (named with the same period, or as the start of a 由…到 change).
export function findPeriodMultiples(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'multiple' || s.index === 0 || s.value === null || isStatedDoubling(s)) continue;
    // `A，較去年同期的B大幅成長，約為其N倍`: 其 points back to the base the level was compared with
    if (OF_IT.test(trimGap(lastClause(s.gapBefore))) && countClauseEnds(s.gapBefore) === 1) {
      const base = p.figures[s.index - 1];
      const level = p.figures[s.index - 2];
      if (level && isComparisonBase(base) && isNumber(base) && isNumber(level) && sameUnit(base, level) && level.sentence === s.sentence &&
        base.sentence === s.sentence && countClauseEnds(base.gapBefore) === 1) out.push({ op: 'multiple', a: level, b: base, stated: s, form: 'ratio' });
      continue;
    }
    const restated = restatedSubjectOfPeriod(p, s);
    const named = restated ? undefined : OF_PERIOD.exec(trimGap(s.gapBefore)) ?? OF_THAT_YEAR.exec(trimGap(s.gapBefore));
    if (!restated && (!named || countClauseEnds(s.gapBefore) !== 1)) continue;
    let a = restated?.a ?? p.figures[s.index - 1];
    // (`由B增加到A，增加了X，是2021年的N倍`: a multiple of the level, not of the amount of change stated in between)
    const level = a && a.index > 0 && isNumber(a) && isStatedChange(a) && countClauseEnds(a.gapBefore) === 1 ? p.figures[a.index - 1] : undefined;
    if (level && level.sentence === s.sentence && isNumber(level) && sameUnit(level, a) && !isStatedChange(level) && reachesLevel(level.gapBefore)) a = level;
    if (!isNumber(a) || (a.sentence !== s.sentence && !restated)) continue;
    const period = restated?.period ?? named![1];
    const namesPeriod = (label: string) => label.replace(BASE_NAMING_TAIL, '').endsWith(period);
    // (`A，较去年同期的B增加X，是去年同期的N倍`: past the amount of change and the base it is against, the level A; the
    // base named by the period is the one)
    const pastBase = a === level ? undefined : levelBeforeBase(p, a, s);
    if (pastBase && namesPeriod(pastBase.base.label)) {
      out.push({ op: 'multiple', a: pastBase.level, b: pastBase.base, stated: s, form: 'ratio' });
      continue;
    }
    // the start of the change A reached, when no other period names it (`…从2014年的B1增加到…；…由B增至A，是2014年的N倍` is
    // of B, not of B1, another measure's)
    const start = startOfChange(p, a);
    // named at its label's end (`2019年为B`), or at its clause's start (`2019年全市体育产业总规模为B`)
    let b = (start && (namesPeriod(start.label) || !NAMES_A_PERIOD.test(lastClause(start.label))) ? start : undefined) ?? lookBack(p, a.index, s.sentence, (f) => isNumber(f) && sameUnit(f, a) && namesPeriod(f.label)) ??
      lookBack(p, a.index, s.sentence, (f) => isNumber(f) && sameUnit(f, a) && f.label.startsWith(period) && BASE_NAMING_TAIL.test(f.label)) ??
      // or in a clause before, opened by the period as a date (`截至2020年末，公司海外员工B；…达到A，是2020年末的N倍`)
      lookBack(p, a.index, s.sentence, (f) => isNumber(f) && sameUnit(f, a) && !isStatedChange(f) && !isComparisonBase(f) &&
        statedAsOf(f.gapBefore, period) && sharesBigram(measureOf(f.label), measureOf(a.label))) ??
      // or in the sentence before, opened by the period and naming A's measure (`2018年全市网络零售额为B。2023年…达到A，是2018年的N倍`)
      // (or in the one before that, past a sentence about another year: `2019年，全市接待入境游客B…。2023年…。2024年，…接待
      // 入境游客A，是2019年的N倍`)
      lookBack(p, a.index, s.sentence - 2, (f) => f.sentence < s.sentence && isNumber(f) && sameUnit(f, a) && sameMeasure(f.label, a.label) &&
        (f.sentence === s.sentence - 1 ? f.label.startsWith(period) && BASE_NAMING_TAIL.test(f.label) : sentenceHead(p, f).startsWith(period)));
    const next = p.figures[s.index + 1];
    // stated right after, named by the period at its end or at its start with A's subject
    // (`相当于2015年的2.6倍；2015年全市研发经费投入为58.3亿元`)
    // (not the base of another comparison: `比2019年翻了一番；其中跨境…比2019年的B增长了3倍`)
    if (!b && next && next.sentence === s.sentence && isNumber(next) && sameUnit(next, a) && countClauseEnds(next.gapBefore) === 1 && !BASE_AFTER_COMPARISON.test(next.label)) {
      const head = trimGap(next.gapBefore);
      // (a broader measure is another one: `新能源汽车产量…是2020年的3.8倍；2020年全市汽车总产量为…`)
      const bareName = (label: string) => measureOf(label).replace(/总/g, '');
      const baseName = bareName(head.slice(period.length));
      // (named as a total, 总: a base named shorter without it is the same measure again, `2012年通车里程为`)
      const narrower = baseName.length >= 2 && head.includes('总') && bareName(a.label).length > baseName.length && bareName(a.label).endsWith(baseName);
      if (namesPeriod(head) || (head.startsWith(period) && BASE_NAMING_TAIL.test(head) && sharesBigram(subjectOf(head.slice(period.length)), subjectOf(a.label)) && !narrower) ||
        SAME_YEAR_POINTER.test(head)) b = next;
    }
    // or in the next sentence, which opens with the period (`是2018年的2.8倍…。2018年底，全区新能源装机为1056万千瓦`)
    if (!b) {
      const later = lookAhead(p, s.index, s.sentence + 1, (f) => f.sentence === s.sentence + 1 && isNumber(f) && sameUnit(f, a));
      const head = later ? sentenceHead(p, later) : '';
      // named as A's measure, not a wider one (`太阳光电…是107年的4.6倍。107年全国再生能源总装置容量为…`)
      const measure = (label: string) => measureOf(label).replace(/总/g, '');
      const baseName = later ? measure(lastClause(head)) : '';
      if (later && head.startsWith(period) && BASE_NAMING_TAIL.test(head) && baseName.length >= 2 && measure(a.label).includes(baseName)) b = later;
    }
    if (!b) b = start;
    if (b && b !== a) out.push({ op: 'multiple', a, b, stated: s, form: 'ratio' });
  }
}

/** `由B增加到A`: B, the start of the change A reached, in A's sentence and unit. */
function startOfChange(p: Passage, a: Figure): Figure | undefined {
  if (!reachesLevel(a.gapBefore)) return undefined;
  const from = p.figures[a.index - 1];
  return from && from.sentence === a.sentence && /由|从/.test(from.clauseHead) && isNumber(from) && sameUnit(from, a) ? from : undefined;
}

/** A label naming a period of its own (`2019年的`, `上年末`, `“十三五”末`). */
const NAMES_A_PERIOD = /[0-9]{4}年|上年|去年|前年|年末|年底|五年前|十年前|末/;

/** `其中`, `当中` opening a part's clause. */
const SUBGROUP_LEAD = /^[,，;；]?(?:其中|当中)/;

/** The figure before a 其中 part, in its unit and sentence, whose name opens `clause` (`营业收入同比增长`). */
function totalNamedByClause(p: Passage, part: Figure, clause: string): Figure | undefined {
  const opening = trimGap(clause);
  return lookBack(p, part.index, part.sentence, (f) => {
    if (!isNumber(f) || !sameUnit(f, part) || isStatedChange(f) || isComparisonBase(f)) return false;
    // (the measure after the verb: `公司实现营业收入` is named `营业收入`)
    const name = nameIn(f.label).replace(/^.*(?:实现|完成|达到)/, '').replace(/(?:为|达)$/, '');
    return name.length >= 2 && opening.startsWith(name) && opening.length > name.length;
  });
}

/** `，比重由上年的`: where a level started from, the prior period's, with no level reached after it. */
const FROM_PRIOR_PERIOD = /由(?:上年|去年|上年同期|去年同期|上年末)的?$/;

/** A month or quarter opening a clause's subject (`9月失业率`, `第三季度营收`). */
const SUBJECT_PERIOD = /^((?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?|第?[一二三四1-4]季度)/;

/** Does a label name the period (`9月`, not inside `19月` or `11月`)? */
function namesPeriodAt(label: string, period: string): boolean {
  for (let at = label.indexOf(period); at >= 0; at = label.indexOf(period, at + 1)) {
    if (at === 0 || !NUMERAL_BEFORE_PERIOD.includes(label[at - 1])) return true;
  }
  return false;
}
const NUMERAL_BEFORE_PERIOD = '0123456789一二三四五六七八九十';

/** `A，较去年同期的B增加X` before a multiple: when `x` is an amount of change stated against the base right before it,
 *  in the multiple's sentence, the level A before the base, and the base. */
function levelBeforeBase(p: Passage, x: Figure, s: Figure): { level: Figure; base: Figure } | undefined {
  if (!isNumber(x) || !isStatedChange(x) || countClauseEnds(x.gapBefore) !== 0) return undefined;
  const base = p.figures[x.index - 1];
  const level = p.figures[x.index - 2];
  if (!base || !level || base.sentence !== s.sentence || level.sentence !== s.sentence || !isComparisonBase(base)) return undefined;
  if (!isNumber(base) || !isNumber(level) || !sameUnit(base, x) || !sameUnit(level, x) || isStatedChange(level) || isComparisonBase(level)) return undefined;
  return { level, base };
}

// `城镇居民人均可支配收入48652元，农村居民人均可支配收入21836元，城镇居民人均可支配收入是农村居民的2.32倍`: both
// figures stated before, each named in the multiple's clause (the second by the start of its name).
export function findNamedMultiples(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'multiple' || s.value === null || s.index < 2 || countClauseEnds(s.gapBefore) !== 1) continue;
    const clause = trimGap(lastClause(s.gapBefore));
    // the figures before, within reach and from `minSentence` on, whose label satisfies `ok`
    const candidates = (minSentence: number, ok: (f: Figure) => boolean) => {
      const found: Figure[] = [];
      for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= minSentence; k--) if (isNumber(p.figures[k]) && ok(p.figures[k])) found.push(p.figures[k]);
      return found;
    };
    // `分别为A及B，前者约为后者的N倍`: the two figures of the pair before
    if (FORMER_LATTER.test(clause)) {
      // (past their two changes: `A、B，分别增长P和Q，前者是后者的N倍`)
      const past = s.index >= 4 && p.figures[s.index - 1].kind === 'percent' && isStatedChange(p.figures[s.index - 2]) && p.figures[s.index - 2].kind === 'percent' ? 2 : 0;
      const b = p.figures[s.index - 1 - past];
      const a = p.figures[s.index - 2 - past];
      // (joined in a list, or each in a clause of its own: `对…进出口A，对欧盟进出口B，前者是后者的N倍`)
      const link = between(p, a, b);
      if (a && isNumber(a) && isNumber(b) && sameUnit(a, b) && a.sentence === s.sentence &&
        (LIST_JOINERS.includes(link) || countClauseEnds(link) === 1 || (link.startsWith('、') && countClauseEnds(link) === 0))) {
        out.push({ op: 'multiple', a, b, stated: s, form: 'ratio' });
      }
      continue;
    }
    // `国人出国1,179.6万人次，为来台旅客的2.8倍`: the first figure right before, the second named
    const bare = BASE_NAMED_MULTIPLE.exec(clause);
    if (bare) {
      const a = p.figures[s.index - 1];
      // (not an amount of change against its base, `較去年同期的B增加X，是去年同期的N倍`: findPeriodMultiples reads the level)
      if (levelBeforeBase(p, a, s)) continue;
      const bs = candidates(s.sentence - 1, (f) => f !== a && f.label.includes(bare[1]));
      if (isNumber(a) && a.sentence === s.sentence && bs.length === 1 && sameUnit(a, bs[0])) out.push({ op: 'multiple', a, b: bs[0], stated: s, form: 'ratio' });
      continue;
    }
    const m = NAMED_MULTIPLE.exec(clause);
    if (!m) continue;
    // (the sentence before too, when the multiple opens its own: `…农村居民人均可支配收入B，增长Q。城镇居民人均可支配收入是
    // 农村居民的N倍`)
    const from = p.figures[s.index - 1].sentence === s.sentence ? s.sentence : s.sentence - 1;
    // (the first named by its group and its measure's last word, `城镇居民收入` of `城镇居民人均可支配收入`)
    const namesFirst = (label: string) => label.includes(m[1]) || (m[1].length >= 4 && label.includes(m[1].slice(0, -2)) &&
      label.indexOf(m[1].slice(-2), label.indexOf(m[1].slice(0, -2)) + m[1].length - 2) >= 0);
    const as = candidates(from, (f) => namesFirst(f.label) && !isStatedChange(f));
    const bs = candidates(from, (f) => f.label.includes(m[2]) && !f.label.includes(m[1]) && !isStatedChange(f));
    if (as.length === 1 && bs.length === 1 && as[0] !== bs[0] && sameUnit(as[0], bs[0])) out.push({ op: 'multiple', a: as[0], b: bs[0], stated: s, form: 'ratio' });
  }
}
/** `农村居民人均可支配收入比2012年的`: a subject named in full (four characters or more), then the comparison. */
const RESTATED_SUBJECT = /^([\u3400-\u9fff]{4,16}?)(?:比|较)/;
const TOTAL_TAIL = /(?:总额|总量|总数)$/;

/** `前者约为后者的`: the first of a pair over the second. */
const FORMER_LATTER = /^前者(?:约|大约)?(?:是|为|相当于)后者的(?:约|近)?$/;

/** `为来台旅客的`: a copula and the name of the figure the one before is a multiple of. */
const BASE_NAMED_MULTIPLE = /^(?:是|为|相当于)([\u3400-\u9fff]{2,12})的$/;

/** `城镇居民人均可支配收入是农村居民的`: the first figure's name, a copula, the second's (or the start of it), 的. */
const NAMED_MULTIPLE = /^([\u3400-\u9fff]{4,16}?)(?:是|为|相当于)([\u3400-\u9fff]{2,12})的$/;

function pushChange(out: Relation[], before: Figure, after: Figure, stated: Figure, change: Change): boolean {
  const { verb } = change;
  // (an adjustment, 调幅, names no direction: the levels give it)
  const direction: Direction = verb.startsWith('调幅') && before.value !== null && after.value !== null ? (after.value >= before.value ? 'up' : 'down') : change.direction;
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

// `进口总值为A，較112年減少P。112年進口總值為B`: a change against a year named by its number, whose figure of the same
// measure the next sentence states, opening with that year. Read where no other reading paired the change.
export function findChangesAgainstNamedYear(p: Passage, out: Relation[]): void {
  if (p.figures.length < 3) return;
  // the last change read here: a second one right after it in its sentence, its subject restated, is against the same period
  // (`与上年相比，事故起数下降P1，死亡人数下降P2。上年…B1起，死亡B2人`)
  let carried: { figure: Figure; year: string; prior: boolean } | undefined;
  for (const s of p.figures) {
    if (s.value === null || s.index === 0 || s.changePair || (s.kind !== 'percent' && s.kind !== 'multiple')) continue;
    const change = changeBefore(s);
    if (!change || change.toLevel) continue;
    const gap = trimGap(s.gapBefore);
    const ownSentence = gap.slice(lastSentenceEnd(gap) + 1);
    // (or the period before, named so, with the subject restated: `…城镇化率达到A。城镇化率比上年末提高P。上年末，…为B`)
    const priorMatch = countClauseEnds(s.gapBefore) <= 4 ? SUBJECT_AGAINST_PRIOR.exec(ownSentence) : null;
    const m = AGAINST_NAMED_YEAR.exec(gap) ?? (countClauseEnds(s.gapBefore) <= 4 ? SUBJECT_AGAINST_NAMED_YEAR.exec(ownSentence) : null) ??
      (priorMatch ? [priorMatch[0], priorMatch[1] ?? priorMatch[4], priorMatch[2], priorMatch[3]] : null);
    const next = !m && carried && carried.figure === p.figures[s.index - 1] && carried.figure.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 ?
      NEXT_SUBJECT_CHANGE.exec(gap) : null;
    if (!m && !next) continue;
    const prior = next ? carried!.prior : priorMatch !== null;
    // (the subject named again in the change's own sentence, its figure in the sentence before: `去年…增至A家。初創企業數目較
    // 2019年增長了N倍`, `…达到A。与2015年相比，全市实际使用外资增长了N倍`)
    const subject = next ? next[1] : m![2] ?? m![3] ?? '';
    // (the one figure of the sentences before that the subject names, past its 其中 parts: `城镇新增就业5.86万人…。其中，…
    // 带动就业1.07万人。城镇新增就业人数比上年增长P` is of 5.86万)
    const core = withoutContext(subject).replace(COUNT_NOUN_TAIL, '');
    const last = p.figures[s.index - 1];
    const own = last && last.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && subject === '';
    const named = !own && core.length >= 2 ? lookBack(p, s.index, s.sentence - 2, (f) => f.sentence < s.sentence && (isNumber(f) || f.kind === 'percent') &&
      withoutContext(lastClause(f.label)).includes(core)) : undefined;
    const after = own ? last : named;
    const before = named !== undefined;
    // (a rate's change is of the rate: points, or % read literally)
    const rate = after !== undefined && after.kind === 'percent' && after.value !== null;
    if (!after || !(own || before) || !(isNumber(after) || (rate && prior)) || isStatedChange(after) || isComparisonBase(after)) continue;
    if (out.some((r) => 'stated' in r && r.stated === s)) continue;
    const year = next ? carried!.year : m![1] ?? m![4];
    const opening = prior ? year : year + '年';
    const measure = subject.length >= 2 ? withoutPlaces(subject) : measureOf(after.label);
    const bases = p.figures.filter((f) => f.sentence === s.sentence + 1 && (rate ? f.kind === 'percent' && f.value !== null : isNumber(f) && sameUnit(f, after)) &&
      !isStatedChange(f) && !isComparisonBase(f) && sentenceHead(p, f).startsWith(opening) && measure.length >= 2 && sharesBigram(measure, f.label));
    if (bases.length !== 1) continue;
    if (pushChange(out, bases[0], after, s, change)) {
      s.changePair = { before: bases[0], after };
      carried = { figure: s, year, prior };
    }
  }
}
/** `，死亡人数下降`: a subject named again and a verb of change, nothing else. */
const NEXT_SUBJECT_CHANGE = /^([\u3400-\u9fff]{2,12}?)(?:增长|增加|上升|提高|下降|减少|回落|降低)了?$/;
/** `较112年减少`, `比2015年增长了`: 比 / 较 a year by its number, then the verb (group 1: the year). */
const AGAINST_NAMED_YEAR = /^(?:较|比)((?:19|20)?[0-9]{2,3})年(?:同期)?(?:增长|增加|上升|提高|下降|减少|回落|降低|增|减)了?$/;
/** What a subject names after the thing counted: `人数`, `数目`, `总量`. */
// (a classifier before 数 counts too: `事故起数` names 事故)
const COUNT_NOUN_TAIL = /(?:人数|数目|数量|总量|总数|[起件次户家个项宗名]数|数|量)$/;
/** `与上年相比，事故起数下降`, `城镇化率比上年末提高`: the period before (group 1 or 4) and the subject named again (group 2
 *  or 3), opening the change's own sentence. */
const SUBJECT_AGAINST_PRIOR = /^(?:(?:与|同|和)(上年末|上年同期|去年同期|上年|去年)相比[,，]([\u3400-\u9fff]{2,12}?)|([\u3400-\u9fff]{2,12}?)(?:较|比)(上年末|上年同期|去年同期|上年|去年))(?:增长|增加|上升|提高|下降|减少|回落|降低)了?$/;
/** `与2015年相比，全市实际使用外资增长了`, `初创企业数目较2019年增长了`: the year (group 1) and the subject named again
 *  (group 2), opening the change's own sentence. */
const SUBJECT_AGAINST_NAMED_YEAR = /^(?:(?:与|同|和)((?:19|20)?[0-9]{2,3})年(?:同期)?相比[,，]([\u3400-\u9fff]{2,12}?)|([\u3400-\u9fff]{2,12}?)(?:较|比)((?:19|20)?[0-9]{2,3})年(?:同期)?)(?:增长|增加|上升|提高|下降|减少|回落|降低)了?$/;

// `城镇居民收入由B1提高到A1，农村居民收入由B2提高到A2，分别增长P1和P2`: as many changes, listed after 分别, as
// 由…到 pairs right before them, in order. Read before findChanges, which would pair the first change with the nearest.
export function findRespectiveFromTo(p: Passage, out: Relation[]): void {
  if (!p.text.includes('分别')) return;
  for (const s of p.figures) {
    if (s.index < 4 || s.changePair || (s.kind !== 'percent' && s.kind !== 'multiple') || countClauseEnds(s.gapBefore) !== 1) continue;
    const verb = RESPECTIVE_GROWTH.exec(trimGap(s.gapBefore))?.[1];
    if (!verb) continue;
    const rates = [s];
    for (let k = s.index + 1; k < p.figures.length && LIST_JOINERS.includes(p.figures[k].gapBefore) && (p.figures[k].kind === 'percent' || p.figures[k].kind === 'multiple'); k++) {
      rates.push(p.figures[k]);
    }
    if (rates.length < 2) continue;
    const pairs: { before: Figure; after: Figure }[] = [];
    let k = s.index - 1;
    const pairAt = (at: number) => {
      const after = p.figures[at];
      const before = p.figures[at - 1];
      return at >= 1 && after.sentence === s.sentence && before.sentence === s.sentence && isNumber(after) && isNumber(before) && sameUnit(before, after) &&
        startingLevel(p, before) ? { before, after } : undefined;
    };
    for (let pair = pairAt(k); pair && pairs.length < rates.length; pair = pairAt(k)) {
      pairs.unshift(pair);
      k -= 2;
    }
    // (exactly as many pairs as changes: one more before them leaves the list unread)
    if (pairs.length !== rates.length || pairAt(k)) continue;
    const change = changeAtEnd(verb);
    if (!change) continue;
    rates.forEach((rate, i) => {
      if (pushChange(out, pairs[i].before, pairs[i].after, rate, change)) rate.changePair = pairs[i];
    });
  }
}
/** `分别增长`: 分别 and a verb of change, in the changes' own clause. */
const RESPECTIVE_GROWTH = /^分别(增长|提高|增加|上升|下降|减少|降低|回落)了?$/;

// Increases and decreases: `A，比上年的B增长P` / `A，比上年增长P，上年为B` / `由B增加到A，增长P` / a second
// stated change chained after the first (`比上年的B增加X，增长P`).
export function findChanges(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    // (a change another reader paired already, findRespectiveFromTo)
    if (s.value === null || s.changePair) continue;
    // (`较去年同期的B大幅成长，获利翻了两番`: a bare verb of growth after the base, then the doubling in its own clause)
    const opening = s.index === 0 || hasSentenceEnd(s.gapBefore);
    // (or one opening its sentence, its two levels after it: `进出口额翻了两番，从2018年的B增长到2023年的A`)
    // (or right after `与…相比`: `与2020年的B相比翻了两番`)
    const doubling = isStatedDoubling(s) && !statesAFloor(p, s) && (s.index > 0 && (isDoublingLead(trimGap(s.gapBefore)) || grownThenDoubled(s.gapBefore) ||
      (COMPARED_AFTER_WITH.test(s.gapBefore) && /与|同|和/.test(p.figures[s.index - 1].clauseHead))) ||
      (opening && countClauseEnds(s.gapBefore) <= 1 && fromToAfter(p, s) !== undefined));
    const change = doubling ? { verb: '', direction: 'up' as Direction, toLevel: false } : changeBefore(s);
    // `扩大到3.8倍`: a multiple reached is a ratio to the base; any other figure after 到 is a level, not a change
    if (!change || (change.toLevel && s.kind !== 'multiple')) continue;
    if (s.index === 0 || hasSentenceEnd(s.gapBefore)) {
      // a change opening its sentence has its figures after it only: `同比下降5.6%，由上年的B减至A`
      // (or the level after it, its base named after that: `比上年增长P，总额达到A（上年为B）`, `較上年增加X，達到A，上年同期為B`)
      const pair = (s.kind === 'percent' || s.kind === 'multiple' ? fromToAfter(p, s) : undefined) ?? levelThenNamedBase(p, s);
      if (pair) pushChange(out, pair.before, pair.after, s, change);
      continue;
    }
    findChange(p, out, s, change);
  }
}

/** `上年同月为`: the prior period's level named in a clause of its own (group 1: the period). */
const PRIOR_LEVEL_NAMED = /^(上年同期|去年同期|上年同月|去年同月|上年|去年|上月|上季)(?:为|是)$/;
/** `较上年同月下降`, `按年上升`, `同比下降`: a change against a prior period (group 1), named or not. */
const CHANGE_AGAINST_PERIOD = /^(?:(?:较|比)(上年同期|去年同期|上年同月|去年同月|上年|去年|上月|上季))?(?:按年|同比|环比)?(?:上升|下降|增长|减少|提高|降低|回落|增加)了?$/;

/** Do two names of a prior period name the same one (`去年同月` and `上年同月`)? */
function samePriorPeriod(a: string, b: string): boolean {
  return a.replace('去年', '上年') === b.replace('去年', '上年');
}

/** `較前年的B個單位上升P`: the noun after the base's classifier, written after the level's as well (`A個單位`), is no
 *  part of the change's gap: the gap is its verb alone. */
function withoutNounAfterBase(p: Passage, s: Figure, gap: string, change: Change): string {
  if (change.verb === '' || !gap.endsWith(change.verb) || gap.length === change.verb.length || gap.length - change.verb.length > 4) return gap;
  const noun = gap.slice(0, gap.length - change.verb.length);
  const level = p.figures[s.index - 2];
  if (!level || level.sentence !== s.sentence || !/^[\u3400-\u9fff]+$/.test(noun) || !p.text.startsWith(noun, level.cleanEnd)) return gap;
  return change.verb;
}

/** A pace compared with another place's (`增速高于全国平均水平`). */
const OTHER_PLACE_PACE = /(?:高于|低于|快于|慢于|超过)(?:全国|全省|全市|全区|全县)/;

/** A change per head or per household (`户均增收`, `人均增加`). */
const PER_HEAD_CHANGE = /户均|人均|平均每|每户|每人/;

/** Adverbs saying a change is like one before (`也`, `亦`, `同样`). */
const ALSO_ADVERBS = ['也', '亦', '同样'];

/** One figure after a change word (its own function: see findShare). */
function findChange(p: Passage, out: Relation[], s: Figure, change: Change): void {
  const prev = p.figures[s.index - 1];
  const gap = withoutNounAfterBase(p, s, trimGap(s.gapBefore), change);
  // (a rate joined by 、 to the amount of the same change, `同比减少C、下降P`, is of the amount's pair)
  let pair: { before: Figure; after: Figure } | undefined = gap === '、' + change.verb && prev !== undefined && isStatedChange(prev) && prev.changePair ?
    prev.changePair as { before: Figure; after: Figure } : undefined;
  // `比上年的58人下降，降幅为25.1%`: the verb right after the base, its amount in a clause of its own
  const verbThenAmount = countClauseEnds(s.gapBefore) === 1 && changeAtEnd(s.gapBefore.slice(0, firstClauseEnd(s.gapBefore)))?.direction === change.direction;
  // (`比2月份B的高点下降了C`, `較前一季B的成長幅度縮小C`: the base named by a noun after it, in the change's clause)
  const attributive = countClauseEnds(s.gapBefore) === 0 && gap.endsWith(change.verb) && BASE_NOUN.test(gap.slice(0, gap.length - change.verb.length));
  // (`较上年的B也提高了C`: 也 says another figure changed alike; read only when the level is the figure right before the base)
  const also = ALSO_ADVERBS.some((a) => gap === a + change.verb);
  if (ADVERBS.some((a) => gap === a + change.verb || gap === ')' + a + change.verb) || verbThenAmount || attributive || also) {
    // The figure right before the verb: a comparison base (比/较 in its clause), or the new level of 由B到A.
    if (prev.sentence === s.sentence && COMPARED_WITH.test(prev.clauseHead) && (countClauseEnds(s.gapBefore) === 0 || verbThenAmount)) {
      // not itself a base (`5.86元，较上季的5.32元成长10.2%，较去年同期的3.91元成长…`) or an amount of change
      // (`比上年末的B增加8.2万人，比2020年末的C增加…`); a rate stated as a change may be one (`同比上涨2.1%，涨幅比…回落…`)
      // nor the base of a multiple or share stated in between (`403万人，为新竹县59万人的6.8倍，较台北市249万人多出…`)
      // (nor another comparison's rate in an aside, `比全省平均水平（B）高…`)
      // (nor, for a comparison without a subject, the difference of a level from its own stated base: `为1.28%，比年初的1.45%
      // 下降0.17%，比全省平均水平（1.63%）低…` compares 1.28%; a growth rate, `增长5.2%，比上年提高…`, is compared itself)
      const subjectless = /^(?:比|较)/.test(trimGap(lastClause(prev.gapBefore)));
      const differenceFromBase = (f: Figure) => f.index > 0 && countClauseEnds(f.gapBefore) === 0 && isComparisonBase(p.figures[f.index - 1]) &&
        p.figures[f.index - 1].sentence === f.sentence;
      const candidate = (f: Figure) => f.kind === prev.kind && sameUnit(f, prev) && !BASE_AFTER_COMPARISON.test(f.label) && !(f.label.endsWith('(') && COMPARED_WITH.test(f.label)) &&
        !(f.kind === 'number' && isStatedChange(f)) && !(subjectless && isStatedChange(f) && differenceFromBase(f)) && !isWholeOfShare(p, f);
      let after = lookBack(p, prev.index, s.sentence, candidate);
      if (also && after !== p.figures[prev.index - 1]) return;
      // `投资完成T，其中工业投资A；比上年同期的B增长P`: a comparison with no subject of its own, past the semicolon that ends a
      // 其中 list, is of the list's total
      if (after && subjectless && /[;；]/.test(between(p, after, prev))) {
        const total = out.find((r): r is Extract<Relation, { op: 'subset' }> => r.op === 'subset' && r.part === after)?.total;
        if (total && total.sentence === s.sentence && candidate(total) && !isStatedChange(total) && !isComparisonBase(total)) after = total;
      }
      // `共錄得入境旅客T，日均A，較去年同期的B增長P`: a base no average, far from the daily average right before it and near
      // the period's total before that, is the total's (a change of a half or more is rare; one of a factor the average is,
      // none)
      if (after && isTimeAverage(after) && !isTimeAverage(prev)) {
        const total = lookBack(p, after.index, s.sentence, (f) => candidate(f) && !isTimeAverage(f) && !isStatedChange(f) && !isComparisonBase(f));
        if (total && farApart(prev, after, 2) && !farApart(prev, total, 2)) after = total;
      }
      // `去向落实率为A。这一比例比上年同期的B提高C个百分点`: a sentence that opens by pointing back is about the figure
      // the sentence before closed with
      if (!after && (prev.index === 0 || p.figures[prev.index - 1].sentence !== s.sentence) && POINTER.test(prev.clauseHead) && prev.index > 0) {
        const before = p.figures[prev.index - 1];
        if (before.sentence === s.sentence - 1 && candidate(before) && !isStatedChange(before) && !isComparisonBase(before)) after = before;
      }
      // `农村居民人均可支配收入A，…。农村居民人均可支配收入比2012年的B增长了N倍`: a sentence that opens on the subject and
      // its base, with no figure before them, is about the figure named exactly so in the sentences before
      if (!after && (prev.index === 0 || p.figures[prev.index - 1].sentence !== s.sentence)) {
        // (named with 总额 too: `返还资金总额比上年的B增长P` of `发放…返还资金A`)
        const subject = RESTATED_SUBJECT.exec(prev.clauseHead)?.[1]?.replace(TOTAL_TAIL, '');
        if (subject) after = lookBack(p, prev.index, s.sentence - 2, (f) => candidate(f) && !isStatedChange(f) && !isComparisonBase(f) && labelNames(nameIn(lastClause(f.label)), subject));
      }
      // `务工就业A，其中…3200人；务工规模比上年的B增加X`: a clause that names its subject before 比 is about the figure
      // so named (no 其中-part), not about the nearest one (amounts: a rate's subject is a change noun, `涨幅比…`)
      const subject = after && isNumber(prev) && countClauseEnds(between(p, after, prev)) > 0 ? namedSubject(lastClause(prev.gapBefore)) : undefined;
      // (a name of the same whole, `经济总量较…` of `地区生产总值`, is the same subject)
      if (after && subject && !sameWholeNamed(subject, after.label) && (!sharesBigram(subject, after.label) || (subject.length >= 4 && !after.label.includes(subject.slice(0, 2))))) {
        // (the figure named by the subject's first word, `茶叶种植面积比…` of `其中茶叶A`, a 其中-part or not, before one
        // sharing only its head noun, `特色产业种植面积`)
        // (when no figure is named by that word, `其中跨境电商交易额比…`, the subject's figure is not stated)
        const first = subject.length >= 4 ? subject.slice(0, 2) : '';
        const isPart = (f: Figure) => out.some((r) => r.op === 'subset' && r.part === f);
        after = first ? lookBack(p, prev.index, s.sentence, (f) => candidate(f) && f.label.includes(first) && !isPart(f)) ??
          lookBack(p, prev.index, s.sentence, (f) => candidate(f) && f.label.includes(first)) :
          lookBack(p, prev.index, s.sentence, (f) => candidate(f) && !/其中|当中/.test(f.label) && sharesBigram(subject, f.label) && !isPart(f));
      }
      // (a subject named by its month or quarter, `；9月失業率則較8月的B下降C`, is the figure of that period, stated before as
      // a level or as another comparison's base, `較9月的A`: not the first level of the sentence, `10月失業率為…`)
      const subjectPeriod = after && countClauseEnds(between(p, after, prev)) > 0 ? SUBJECT_PERIOD.exec(trimGap(lastClause(prev.gapBefore)))?.[1] : undefined;
      if (after && subjectPeriod && !namesPeriodAt(lastClause(after.label), subjectPeriod)) {
        after = lookBack(p, prev.index, s.sentence, (f) => f.kind === prev.kind && sameUnit(f, prev) && namesPeriodAt(lastClause(f.label), subjectPeriod));
      }
      // (a rate named in full in its own clause, `；男性劳动参与率较上年的B上升C`, is of the figure so named, not of
      // `女性劳动参与率为A` before it)
      const rateName = after && prev.kind === 'percent' && countClauseEnds(between(p, after, prev)) > 0 ?
        COMPARED_RATE.exec(subjectOf(lastClause(prev.gapBefore)))?.[1] : undefined;
      // (the figure so named further back in the sentence, past others: `常住人口城镇化率为A，户籍人口城镇化率为R，两者相差D；
      // 常住人口城镇化率比上年末的B提高C` is of A)
      if (after && rateName && !lastClause(after.label).includes(rateName) && !POINTER.test(prev.clauseHead)) {
        const named = lookBack(p, after.index + 1, s.sentence, (f) => f.kind === prev.kind && f.value !== null && !isStatedChange(f) && !isComparisonBase(f) &&
          lastClause(f.label).includes(rateName) && !otherNameBefore(lastClause(f.label), rateName));
        after = named;
      }
      // 比/较 must stand between the two (`A，比上年的B`), not before both (`分别比上年的C和D`).
      const link = after ? between(p, after, prev) : '';
      // (a base named by a noun after it is of the subject its clause names, if any: `其中商品出口較前一季B的成長幅度縮小C`
      // is not of `經濟成長率為A`)
      const subjectOfBase = attributive ? trimGap(lastClause(prev.gapBefore)).replace(/(?:比|较)[^比较]*$/, '').replace(/^(?:其中|而|但)/, '') : '';
      // (a rate of growth named so is the rise stated before: `同比上涨A，涨幅比1月份B的高点回落C`)
      if (after && COMPARED_WITH.test(link) && !link.includes('分别') && (subjectOfBase === '' || sharesBigram(subjectOfBase, after.label) ||
        (GROWTH_RATE_NOUNS.test(subjectOfBase) && isRisingRate(after)))) pair = { before: prev, after };
    }
  }
  // `失业率为A，高于6月的B，环比上升C个百分点`: the base named in a comparison of its own between the level and the change
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.sentence === s.sentence && prev.index > 0 && ABOVE_OR_BELOW.test(trimGap(prev.gapBefore)) &&
    ADVERBS.some((a) => gap === a + change.verb)) {
    const level = p.figures[prev.index - 1];
    const above = trimGap(prev.gapBefore).startsWith('高') || trimGap(prev.gapBefore).startsWith('超');
    // (a rate of growth is a level here, compared with another's: `經濟成長率為A，高於第一季的B，增加C`)
    if (level.sentence === s.sentence && level.kind === prev.kind && sameUnit(level, prev) && countClauseEnds(prev.gapBefore) === 1 && (!isStatedChange(level) || level.kind === 'percent') &&
      above === (change.direction === 'up')) pair = { before: prev, after: level };
  }
  // `A（去年同期：B），按年增长P`: the base in an aside right after the figure, the change after it, against the aside's
  // period (not `环比`, `按月`); `比上年` may name it again
  const asidePeriod = priorAsidePeriod(prev);
  if (!pair && asidePeriod && prev.index > 0 && countClauseEnds(s.gapBefore) === 1 && periodOfBase(asidePeriod) === periodOfChange(s.label) && sameShortPeriod(asidePeriod, s.label) &&
    ADVERBS.some((a) => gap.replace(PRIOR_COMPARATOR, '') === a + change.verb)) {
    const after = p.figures[prev.index - 1];
    if (after.sentence === s.sentence && after.kind === prev.kind && sameUnit(after, prev) && !isStatedChange(after)) pair = { before: prev, after };
  }
  if (!pair && prev.sentence === s.sentence && /与|同|和/.test(prev.clauseHead) && /^(?:相比|相较|比较)[,，]?/.test(s.gapBefore)) {
    // `A，与上年的B相比，增长P`, or with the subject named again (`A。与2022年的B相比，发电量增长P`), when A may stand in the
    // sentence before
    // (an adverb before the verb names no subject: `…相比，仍减少P`)
    const rest = trimGap(s.gapBefore.replace(/^(?:相比|相较|比较)/, '')).replace(/^(?:仍然|仍|已经|已|还|则|也|均|都)/, '');
    const subject = rest.endsWith(change.verb) ? rest.slice(0, rest.length - change.verb.length) : undefined;
    const opensSentence = prev.index === 0 || p.figures[prev.index - 1].sentence !== prev.sentence;
    if (subject === '') {
      // (`…达到A家，其中当年新认定C家。与2019年末的B家相比，增长了N倍`: opening its sentence, of the figure the sentence
      // before is about, not of a 其中 part of it)
      const isPart = (f: Figure) => out.some((r) => r.op === 'subset' && r.part === f);
      // (never the whole of a share stated before, `为年度计划W的P`: the plan is not the level compared)
      const after = lookBack(p, prev.index, s.sentence, (f) => f.kind === prev.kind && sameUnit(f, prev) && !isWholeOfShare(p, f)) ??
        (opensSentence ? lookBack(p, prev.index, s.sentence - 1, (f) => f.sentence === s.sentence - 1 && f.kind === prev.kind && sameUnit(f, prev) &&
          !isStatedChange(f) && !isComparisonBase(f) && !/其中|当中/.test(f.label) && !isPart(f)) : undefined);
      if (after) pair = { before: prev, after };
    } else if (subject !== undefined && subject.length <= MAX_RESTATED_SUBJECT && /^[\u3400-\u9fff]+$/.test(subject)) {
      // (the one named with the whole subject first: `老年人口` is `60岁及以上老年人口A`, not the nearer `占常住人口W的` sharing 人口)
      const candidate = (f: Figure) => f.kind === prev.kind && sameUnit(f, prev) && !isStatedChange(f) && !isComparisonBase(f) && !/其中|当中/.test(f.label);
      const minSentence = opensSentence ? s.sentence - 1 : s.sentence;
      const after = lookBack(p, prev.index, minSentence, (f) => candidate(f) && f.label.includes(subject)) ??
        lookBack(p, prev.index, minSentence, (f) => candidate(f) && sharesBigram(subject, f.label));
      if (after) pair = { before: prev, after };
    }
  }
  // `由B提高到A，实现翻一番还多，增长了N倍`: a doubling said in between restates the change; the pair is before it
  // and so does a compound rate before a cumulative one (`由B增加到A，年均增长5.0%，累计增长12.4%`)
  const passOver = (isStatedDoubling(prev) || (COMPOUND_RATE.test(prev.label) && gap.startsWith('累计'))) && prev.index > 0;
  // and so does the span of years the change took, opening the change's clause (`由B增加到A，五年增长了N倍`)
  const span = isSpanOpeningClause(p, prev, s);
  const level = (passOver && countClauseEnds(s.gapBefore) === 1 && countClauseEnds(prev.gapBefore) === 1 || span) &&
    p.figures[prev.index - 1].sentence === s.sentence ? p.figures[prev.index - 1] : prev;
  if (!pair && (countClauseEnds(s.gapBefore) >= 1 || span) && level.sentence === s.sentence) {
    // `由B提高到A，实现翻一番；…又比上年增长P`: a change that names its own base (比上年) is not the one from B to A
    // (nor is a change said to come after the level, `；此后三年又增长了P`)
    // (the level may follow its base's clause: `由二月至四月的B，回落至三月至五月的A，下跌C`)
    const afterComma = LEVEL_AFTER_COMMA.test(level.gapBefore);
    // (nor a change per head, `帶動脫貧戶戶均增收C`: of an average, not of the total that went from B to A)
    // (同比 alone names the base 由去年的B already named: `由去年的B提升至A，同比提高C`)
    const ownBase = COMPARED_WITH.test(s.label) && !(/^(?:同比|按年)/.test(trimGap(lastClause(s.gapBefore))) && /上年|去年/.test(p.figures[level.index - 1]?.label ?? ''));
    // (unless the levels are per head too: `月人均养老金由B提高到A，月人均增加C`)
    const perHeadLevels = level.index > 0 && PER_HEAD_CHANGE.test(lastClause(p.figures[level.index - 1].label));
    if ((reachesLevel(level.gapBefore) || afterComma || RESUMED_LEVEL.test(level.gapBefore)) && !ownBase && !LATER_CHANGE.test(lastClause(s.gapBefore)) &&
      (!PER_HEAD_CHANGE.test(lastClause(s.gapBefore)) || perHeadLevels)) {
      // 由B增长到A，增长P
      const b = p.figures[level.index - 1];
      // (or a level stated for a period in the clause before, then the level reached now: `“十三五”末…覆盖率为B，目前已提高到A，
      // 累计提高C`)
      const resumed = b !== undefined && RESUMED_LEVEL.test(level.gapBefore) && LEVEL_STATED.test(trimGap(lastClause(b.label))) && !isStatedChange(b) && !isComparisonBase(b);
      if (b && b.sentence === s.sentence && (/由|从/.test(b.clauseHead) || resumed) && (countClauseEnds(level.gapBefore) === 0 || afterComma || resumed) &&
        b.kind === level.kind && sameUnit(b, level)) pair = { before: b, after: level };
    } else if (prev.changePair && (ADVERBS.some((a) => gap === a + change.verb) || gap === '累计' + change.verb) && !otherBase(prev, gap) &&
      // (`较前一季的B季增P，年增Q`: a yearly change is not against the last quarter's figure)
      // (the first change's period may be named with its base: `較第二季的B成長P，年增Q`)
      // (a change that names no period of its own is of the first's: `較上季的B增加X，升幅P`)
      (samePeriodChained(periodOfChange(chainedPeriodLabel(prev)), periodOfChange(s.label)) || !NAMES_PERIOD.test(lastClause(s.label)))) {
      pair = prev.changePair as { before: Figure; after: Figure };
    }
  }
  // `城镇和农村居民恩格尔系数分别为A和B，农村比城镇高出C个百分点`: a difference between the two of a pair, each named
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.index > 0) pair = namedPairDifference(p, s, prev, gap);
  // `失业率为A，上年同月为B，较上年同月下降C` / `入住率为A，去年同月为B，按年上升C`: the prior period's level named right after
  // the level, then the change against that period (or against none named)
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.sentence === s.sentence && countClauseEnds(prev.gapBefore) === 1 && prev.index > 0) {
    const priorLevel = PRIOR_LEVEL_NAMED.exec(trimGap(prev.gapBefore));
    const against = priorLevel ? CHANGE_AGAINST_PERIOD.exec(gap) : null;
    const level = p.figures[prev.index - 1];
    if (against && (!against[1] || samePriorPeriod(against[1], priorLevel![1])) && level.sentence === s.sentence && level.kind === prev.kind && sameUnit(level, prev) &&
      !isStatedChange(level) && !isComparisonBase(level)) pair = { before: prev, after: level };
  }
  // `一季度为A，二季度升至B，环比上升C`: a level reached in the next period, the first period's figure right before it
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.sentence === s.sentence && countClauseEnds(prev.gapBefore) === 1 && PERIOD_LEVEL.test(trimGap(prev.gapBefore))) {
    const before = p.figures[prev.index - 1];
    if (before && before.sentence === prev.sentence && before.kind === prev.kind && sameUnit(before, prev) && PERIOD_FIGURE.test(lastClause(before.label)) &&
      (ADVERBS.some((a) => gap === a + change.verb) || gap === '环比' + change.verb)) pair = { before, after: prev };
  }
  // `2022年…为A。…2023年这一水平达到B，提高了C`: a figure that points back (这一, 该) to the measure stated before it
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.sentence === s.sentence && POINTER.test(prev.clauseHead) && ADVERBS.some((a) => gap === a + change.verb)) {
    const before = p.figures[prev.index - 1];
    if (before && before.sentence === prev.sentence - 1 && before.kind === prev.kind && sameUnit(before, prev) && !isStatedChange(before)) pair = { before, after: prev };
  }
  // `…的A，比重由上年的B上升C`: a level stated first, then where it rose from and by how much, with no level after 由…
  // (the level is the figure before the base, in the clause before)
  if (!pair && countClauseEnds(s.gapBefore) === 0 && prev.sentence === s.sentence && FROM_PRIOR_PERIOD.test(prev.label) && gap === change.verb &&
    countClauseEnds(prev.gapBefore) === 1 && prev.index > 0) {
    const after = p.figures[prev.index - 1];
    if (after.sentence === s.sentence && after.kind === prev.kind && sameUnit(after, prev) && !isStatedChange(after) && !isComparisonBase(after)) pair = { before: prev, after };
  }
  // `巩固率达到A。上年这一比例为B，今年提高了C个百分点`: a base that points back to the figure before it (这一, 该)
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.sentence === s.sentence && POINTING_BASE.test(prev.label) &&
    (gap === change.verb || gap === '今年' + change.verb || gap === '本年' + change.verb)) {
    const after = p.figures[prev.index - 1];
    if (after && after.sentence >= prev.sentence - 1 && after.kind === prev.kind && sameUnit(after, prev) && !isStatedChange(after)) pair = { before: prev, after };
  }
  // `公司实现营业收入A。上年同期营收为B，同比增长P`: a base opening the next sentence with the prior period and the name
  // (or a synonym) of the figure that closed the sentence before
  if (!pair && countClauseEnds(s.gapBefore) === 1 && prev.sentence === s.sentence && ADVERBS.some((a) => gap === a + change.verb)) {
    const named = NAMED_PRIOR_BASE.exec(prev.label);
    const after = named && p.figures[prev.index - 1];
    if (after && after.sentence === prev.sentence - 1 && after.kind === prev.kind && sameUnit(after, prev) &&
      !isStatedChange(after) && !isComparisonBase(after) && namesAlike(named[1], after.label)) pair = { before: prev, after };
    // (or the name first, in a clause of its own: `其中博彩税收入A、其他收入B；博彩税收入上年同期为B0，按年上升P` is of A, the
    // one figure before so named)
    const nameFirst = !pair ? NAME_THEN_PRIOR_BASE.exec(trimGap(lastClause(prev.label))) : null;
    if (nameFirst) {
      const namedSo = p.figures.filter((f) => f.index < prev.index && f.sentence >= prev.sentence - 1 && isNumber(f) && f.kind === prev.kind && sameUnit(f, prev) &&
        !isStatedChange(f) && !isComparisonBase(f) && listItemName(f) === nameFirst[1]);
      if (namedSo.length === 1) pair = { before: prev, after: namedSo[0] };
    }
  }
  let baseNamedAfter = false;
  // (a change before, `同比增长7.3%，环比增长P，11月份为B`, is no comparison base for its 比)
  if (!pair && (!COMPARED_WITH.test(prev.clauseHead.slice(-4)) || (isStatedChange(prev) && /(?:^|[\u3400-\u9fff])(?:同比|环比)[\u3400-\u9fff]{0,2}$/.test(lastClause(prev.clauseHead))))) {
    // `A，比上年增长P，上年为B` / `A，按年上升P，去年同期為B` / `A，增长P（上年同期为B）`: the base named after the
    // change, and the figure of its kind before it (a count, or a rate: `失业率为3.2%，比上年下降0.8个百分点，上年为3.6%`)
    // (`比上年同期提高C1，比上年四季度回落C2，上年同期为B`: past a change against another period, the base of this one)
    let next = p.figures[s.index + 1];
    // (unless that one is the base itself, named by its period: `比一季度回落C，一季度为增长B`)
    // (or past a comparison with another place's pace: `增长P，增速高于全国平均水平C个百分点，上年同期为B`)
    if (next && next.sentence === s.sentence && countClauseEnds(next.gapBefore) === 1 && !NAMED_BASE_AFTER.test(next.gapBefore) &&
      ((isStatedChange(next) && periodOfChange(next.label) !== periodOfChange(s.label)) || (next.kind === 'percentage-point' && OTHER_PLACE_PACE.test(lastClause(next.label))))) {
      next = p.figures[s.index + 2];
    }
    const sameSentence = next && next.sentence === s.sentence;
    // (past a clause that gives the cause, `，主要系原材料采购成本下降所致；上年同期毛利率为B`)
    const baseGap = next ? withoutCauseClause(next.gapBefore) : '';
    let named = sameSentence && (isNumber(next) || next.kind === 'percent') ? (NAMED_BASE_AFTER.exec(baseGap) ?? NAMED_BASE_AFTER_BARE.exec(baseGap)) ?? growthBaseAfter(s, next) ?? comparatorRestated(s, next, change) : null;
    // (a part of the year names a base only of a change against that part: `增速比上半年回落C，上半年为…`; not `…同比增长P；上半年
    // 入境游客总数为T`)
    // (unless a change on the period before, 环比, names the quarter before the sentence's own: `二季度…，环比下降P，一季度为B`)
    if (named && PART_OF_YEAR_BASE.test(named[1]) && !lastClause(s.label).includes(named[1].replace(/[末底]$/, '')) &&
      !(/环比/.test(lastClause(s.label)) && QUARTER_BEFORE[quarterOpening(sentenceHead(p, s)) ?? ''] === named[1])) named = null;
    if (named) {
      // points between growth rates (`增长5.3%，增速比上年同期回落1.2个百分点；上年同期增速为6.8%`): the later
      // figure is itself a rate of growth, which other changes never pair with
      const ofGrowth = s.kind === 'percentage-point' && next.kind === 'percent' && (named[2] === '' || GROWTH_RATE_NOUNS.test(named[2]));
      // (an amount of change is of its own unit: `事故1862起、死亡236人，…比上年减少342起（上年为2104起）` is of 1862起)
      // (and of the subject its clause names: `火灾起数比上年减少X起（上年为B起）` is of `其中火灾A起`)
      const ownUnit = isNumber(s) && isNumber(next) && sameUnit(s, next);
      const subject = ownUnit ? namedSubject(lastClause(s.gapBefore)) : undefined;
      // (or between rates of decline, named 降幅: `同比下降6.8%，降幅比上半年收窄C个百分点，上半年为下降8.1%`)
      const ofDecline = ofGrowth && DECLINE_NOUN.test(lastClause(s.gapBefore)) && /(?:下降|下跌|减少)$/.test(next.gapBefore);
      const ofRate = (f: Figure) => ofGrowth && (ofDecline ? isFallingRate(f) : isRisingRate(f));
      // (never a plan the level is a share of: `A，是年度計劃W的P，比上年增長Q；上年完成B` is of A)
      // (nor a daily average when the base is none: `共A人次，日均約D人次，按年增長P，去年同期為B` is of A)
      const dailyBase = isTimeAverage(next);
      let after = lookBack(p, s.index, s.sentence, (f) => f.kind === next.kind && f.value !== null && (!isStatedChange(f) || ofRate(f)) && !isWholeOfShare(p, f) &&
        (!ownUnit || (sameUnit(f, next) && (!subject || f.label.includes(subject.slice(0, 2))))) && (dailyBase || !isTimeAverage(f)));
      // (a 其中 part is not the later figure of a change whose clause opens on the total's name: `营业收入A，其中第四季度B；
      // 营业收入同比增长P，上年同期为C` is of A)
      if (after && SUBGROUP_LEAD.test(lastClause(after.label))) after = totalNamedByClause(p, after, lastClause(s.gapBefore)) ?? after;
      // a noun after the period (`；上季合併營收為`) must name what the later figure names, and the period must be the
      // change's own: `月增3.2%，年增15.6%，上月為…` names the base of the monthly change only
      // (a base named by its year is the year before the sentence's own: `较上年增加X（2019年为B）` is not, with no year
      // of the text's stated or another one)
      // (a year of the Republic of China too: `113年…A，年增P；112年為B`)
      const baseYear = /^((?:19|20)[0-9]{2}|1[0-2][0-9])年/.exec(named[1])?.[1];
      const ownYear = baseYear ? yearIn(sentenceHead(p, s)) : undefined;
      if (after && baseYear && !lastClause(s.label).includes(baseYear) && ownYear !== yearIn(baseYear + '年')! + 1) after = undefined;
      // (nor when the change names another year it is against: `較108年提高C；112年則為B`)
      const comparedYear = COMPARED_YEAR.exec(lastClause(s.label))?.[1];
      if (after && baseYear && comparedYear && comparedYear !== baseYear) after = undefined;
      // (a noun of seven or eight characters is the later figure's own name in full: `；上年同期人均工资性收入为B` of `其中人均工资性收入A`,
      // not `；上年同期机电产品出口额为B` of `出口额A`)
      const longNoun = named[2].length > 6;
      if (after && sameUnit(next, after) && (named[2] === '' || POINTER_NOUN.test(named[2]) || (longNoun ? after.clauseHead.includes(named[2]) : sharesBigram(named[2], after.clauseHead)) || ofRate(after)) &&
        periodOfBase(named[1] + (PERIOD_AFTER_YEAR.test(named[2]) ? named[2] : '')) === periodOfChange(s.label) && sameShortPeriod(named[1], s.label)) {
        pair = { before: next, after };
        baseNamedAfter = true;
      }
    }
  }
  // `2015年为3.1亿元，2023年为12亿元，实现翻三番`: a doubling after the figures of two named periods too
  // `1.93亿吨，上年为1.81亿吨，较上年增长8.6%`: the comparison may name the prior period the base was stated with
  const bareGap = gap.replace(PRIOR_COMPARATOR, '');
  if (!pair && countClauseEnds(s.gapBefore) >= 1 && (ADVERBS.some((a) => bareGap === a + change.verb) || (change.verb === '' && isDoublingLead(gap)))) {
    pair = priorPeriodPair(p, s);
  }
  // `进出口总额完成1,852.3亿元，比上年下降3.4%，…。上年进出口总额为1,963.8亿元。`: the base stated in the next sentence
  // with the prior period and the after figure's name
  if (!pair && !COMPARED_WITH.test(prev.clauseHead.slice(-4)) && isNumber(prev) && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 &&
    (PRIOR_COMPARATOR.test(gap) || gap.startsWith('同比') || YEAR_ON_YEAR.test(gap) || (gap === change.verb && THIS_YEAR_OPENING.test(sentenceHead(p, prev)))) &&
    !isStatedChange(prev)) pair = baseInNextSentence(p, s, prev, gap === change.verb) ?? baseInPreviousSentence(p, s, prev);
  // (a rate too: `2022年末…城镇化率为B。2023年末…城镇化率为A，较上年末提高C个百分点`)
  if (!pair && prev.kind === 'percent' && prev.value !== null && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && PRIOR_COMPARATOR.test(gap) &&
    !isStatedChange(prev)) pair = baseInPreviousSentence(p, s, prev);
  // `上年…为B。今年，…达到A，增长P`: a bare change after a figure of a year, its base the year before's, named alike
  if (!pair && isNumber(prev) && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && gap === change.verb && !isStatedChange(prev) &&
    !COMPARED_WITH.test(prev.clauseHead.slice(-4))) pair = baseInPreviousSentence(p, s, prev);
  // `2015年，全县茶叶种植面积为B。…到2023年，全县茶叶种植面积扩大到A，比2015年增长N倍`: a change against a year named
  // in the comparison, whose figure opens an earlier sentence with that year and names the same measure
  // `2022年、2023年…分别为B和A，2023年比2022年增长P` / `…，后者比前者增长P`: two years' figures handed out by 分别
  if (!pair && isNumber(prev) && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1) pair = respectiveYearsPair(p, s, prev);
  const namedYear = !pair && isNumber(prev) && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 ? COMPARED_WITH_YEAR.exec(gap) : null;
  if (namedYear) {
    const year = namedYear[1];
    const before = lookBack(p, prev.index, Math.max(0, s.sentence - 3), (f) => f.sentence < s.sentence && isNumber(f) && sameUnit(f, prev) &&
      !isStatedChange(f) && !isComparisonBase(f) && sentenceHead(p, f).startsWith(year + '年') && sameMeasure(f.label, prev.label));
    if (before) pair = { before, after: prev };
  }
  // `三季度…失业率为A，较一季度回落C。一季度这一指标为B`: a comparison with a part of the year named, the base stated in the
  // next sentence opening on that part
  if (!pair && (isNumber(prev) || prev.kind === 'percent') && prev.value !== null && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 &&
    !isStatedChange(prev)) pair = basePeriodStatedNext(p, s, prev, gap, change);
  // `2022年…为B，2023年增长P，达到A`: the change between the base and the level it reached, each in a clause of its own
  if (!pair && isNumber(prev) && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && !isStatedChange(prev) && !isComparisonBase(prev)) {
    pair = changeThenLevel(p, s, prev, gap, change);
  }
  // `112年…回收量為A。111年的回收量為B，112年年增P`: the base stated first, the change naming the later year, whose
  // figure of the same measure the sentence before states
  if (!pair && isNumber(prev) && prev.sentence === s.sentence && s.sentence > 0 && countClauseEnds(s.gapBefore) === 1 && !isStatedChange(prev)) {
    pair = baseThenChangeOfNamedYear(p, prev, gap, change);
  }
  // `同比下降5.6%，由上年的B人减至A人`: a change stated before the 由…到 that gives its two figures
  if (!pair && s.kind === 'percent') pair = fromToAfter(p, s);
  // `A，同比增长P，比去年同期增加X。去年同期为B`: an amount right after a rate against the same period, its pair the rate's
  const rateFirst = prev.changePair as { before: Figure; after: Figure } | undefined;
  if (!pair && rateFirst && isNumber(s) && prev.kind === 'percent' && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 &&
    sameUnit(s, rateFirst.after) && (gap === change.verb || (PRIOR_COMPARATOR.test(gap) && /同比/.test(lastClause(prev.label))))) pair = rateFirst;
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
    // (not a total of listed years before a clause naming one of them: `2022年和2023年…分别为A和B，合计T；2023年比上年减少X`)
    const ofOneYear = YEAR_OPENING.test(lastClause(prev.label)) && out.some((r) => r.op === 'sum' && r.total === after);
    if (after && isNumber(after) && sameUnit(after, prev) && after.sentence === s.sentence && countClauseEnds(between(p, after, prev)) === 1 && !ofOneYear) {
      out.push({ op: 'growth-rate-derived', after, amount: prev, amountDirection: amountChange.direction, stated: s, direction: change.direction, verb: change.verb });
    }
  }
}

const YEAR_NAMED = /(?:19|20)[0-9]{2}年/;

/** `比上年增长P，总额达到A（上年为B）` / `較上年增加X，達到A，上年同期為B`: a change opening its sentence, the level right
 *  after it in a clause of its own, and the base named by the change's period right after the level. */
function levelThenNamedBase(p: Passage, s: Figure): { before: Figure; after: Figure } | undefined {
  const after = p.figures[s.index + 1];
  const before = after && p.figures[after.index + 1];
  // (the level right after the change, `按年下降P至A，去年同期為B`, as well as in a clause of its own)
  const reachedRightAfter = after !== undefined && (after.gapBefore === '至' || after.gapBefore === '到');
  if (!before || after.sentence !== s.sentence || before.sentence !== s.sentence || (countClauseEnds(after.gapBefore) !== 1 && !reachedRightAfter)) return undefined;
  if (!isNumber(after) || !isNumber(before) || !sameUnit(after, before) || isStatedChange(after) || (isNumber(s) && !sameUnit(s, after))) return undefined;
  if (!AGAINST_PRIOR.test(lastClause(s.label)) || REAL_TERMS.test(s.label)) return undefined;
  // the level named by a bare verb (`达到`, `总额达到`): not another measure it brought about (`带动一般公共预算收入达到`), nor
  // another period (`全年累计达到` after `12月份…同比增长`)
  if (!reachedRightAfter && !BARE_LEVEL.test(trimGap(after.gapBefore))) return undefined;
  // the base named by the period alone (`上年为`, `（上年同期为`), not `上年全年为` after a change of part of the year
  const base = countClauseEnds(before.gapBefore) === 1 ? NAMED_BASE_AFTER.exec(before.gapBefore) : null;
  const named = priorAsidePeriod(before) ?? (base && base[2] === '' ? base[1] : undefined);
  return named !== undefined && periodOfBase(named) === periodOfChange(s.label) && sameShortPeriod(named, s.label) ? { before, after } : undefined;
}

const BARE_LEVEL = /^(?:总额|总量|总数|规模|金额)?(?:达到|达|为|增至|增加到|增长到|升至|提高到|减至|降至|下降到|是)$/;
const AGAINST_PRIOR = /(?:比|较)(?:上年|去年)|同比|按年/;

/** The part of a year a sentence opens with (`1—11月`, `前三季度`, `上半年`, `第三季`), or '' for a whole year. */
function partOfYear(head: string): string {
  return PART_OF_YEAR_HEAD.exec(head)?.[0].replace(/份$/, '') ?? '';
}
const PART_OF_YEAR_HEAD = /[0-9一二三四五六七八九十]{1,2}\s*[-—–~至到]\s*[0-9一二三四五六七八九十]{1,2}月份?|前[一二三四1-4]季度?|[一二三四1-4]季度|第[一二三四1-4]季度?|上半年|下半年|[0-9一二三四五六七八九十]{1,2}月份?/;

/** Words that say a change is of real volume (`实质增长`, `按可比价格计算`), which levels at current prices do not give. */
const REAL_TERMS = /实质|实际增长|可比价|不变价|按可比/;

/** The B and A of a `，由B…至A` clause right after a change (and no change of its own after it). */
function fromToAfter(p: Passage, s: Figure): { before: Figure; after: Figure } | undefined {
  const before = p.figures[s.index + 1];
  const after = before && p.figures[before.index + 1];
  if (!after || before.sentence !== s.sentence || after.sentence !== s.sentence || countClauseEnds(before.gapBefore) !== 1) return undefined;
  if (!/^[,，]?(?:由|从)/.test(trimGap(before.gapBefore)) && !/^[,，](?:由|从)/.test(before.gapBefore)) return undefined;
  // (two levels of a rate too: `毛入学率提高了C，由上年的B提升至A`)
  const levels = (isNumber(before) && isNumber(after) && sameUnit(before, after)) || (before.kind === 'percent' && after.kind === 'percent' && s.kind !== 'multiple');
  if (!levels || !reachesLevel(after.gapBefore)) return undefined;
  // (from the change's own base: `由2019年的B减至A` after `同比下降P` spans more than a year; a multiple may span any:
  // `增长了2.5倍，由2013年的B提高到2023年的A`)
  const from = YEAR_NAMED.exec(before.label)?.[0];
  if (from && s.kind !== 'multiple' && from !== YEAR_NAMED.exec(lastClause(s.label))?.[0]) return undefined;
  const next = p.figures[after.index + 1];
  if (next && next.sentence === s.sentence && isStatedChange(next)) return undefined;
  return { before, after };
}

function namedPairDifference(p: Passage, s: Figure, second: Figure, gap: string): { before: Figure; after: Figure } | undefined {
  const compared = NAMED_COMPARISON.exec(gap);
  const first = p.figures[second.index - 1];
  if (!compared || !first || first.sentence !== s.sentence || second.sentence !== s.sentence || first.kind !== second.kind || !sameUnit(first, second) ||
    listJoin(second.gapBefore) !== 'join') return undefined;
  const names = PAIR_NAMES.exec(trimGap(lastClause(first.gapBefore)));
  if (!names) return undefined;
  const pick = (name: string) => (name.startsWith(names[1]) ? first : name.startsWith(names[2]) ? second : undefined);
  const after = pick(compared[1]);
  const before = pick(compared[2]);
  return after && before && after !== before ? { before, after } : undefined;
}
/** `农村比城镇高出`: the first named, 比, the second, the verb (read by changeAtEnd). */
const NAMED_COMPARISON = /^([\u3400-\u9fff]{2,6}?)比([\u3400-\u9fff]{2,6}?)(?:高出|多出|低出)$/;
/** `城镇和农村居民恩格尔系数分别为`: two names, joined, then what they share and 分别为. */
const PAIR_NAMES = /^(?:[\u3400-\u9fff]*?(?:全省|全市|全县|今年|全年))?([\u3400-\u9fff]{2})(?:和|与|及|、)([\u3400-\u9fff]{2})[\u3400-\u9fff]*分别(?:为|是|达)$/;

/** `，二季度升至` / `，2023年提高到`: the next period's level, reached. */
const PERIOD_LEVEL = /^(?:[一二三四1-4]季度|[0-9]{1,2}月(?:份|末|底)?|(?:19|20)[0-9]{2}年(?:末|底)?|今年|本年|年末|下半年)(?:升至|降至|增至|减至|提高到|提高至|上升到|上升至|下降到|下降至|提升至|提升到|回落至|回落到|增长到|增长至|增加到|增加至)$/;
/** `…一季度为` / `2022年为`: a figure stated for a period. */
const PERIOD_FIGURE = /(?:[一二三四1-4]季度|[0-9]{1,2}月(?:份|末|底)?|(?:19|20)[0-9]{2}年(?:末|底)?|上年|去年|上半年)(?:为|是)$/;

/** `这一水平达到` / `這一數字已達到`: the measure just stated, in another period. */
const POINTER = /(?:这一|该)(?:水平|数字|数据|比例|比重|指标|数值|规模|数量|总量)/;

/** `上年这一比例为` / `去年该指标为`: the prior year's figure of what was just stated. */
/** A clause or sentence opening on a year (`2023年比上年减少`), the year in group 1. */
const YEAR_OPENING = /^([0-9]{4})年/;

/** `上年同期营收为`: a prior period opening its sentence, a name, a copula. */
const NAMED_PRIOR_BASE = /^(?:上年同期|去年同期|上年|去年)([\u3400-\u9fff]{2,10}?)(?:为|是)$/;
/** Does a qualifier stand right before the name in the label, making it another name (`户籍人口城镇化率` is no
 *  `人口城镇化率`)? */
function otherNameBefore(label: string, name: string): boolean {
  const at = label.lastIndexOf(name);
  return at > 0 && /[\u3400-\u9fff]/.test(label[at - 1]) && !/[为是的年末底全省市县区国]/.test(label[at - 1]);
}

/** `博彩税收入上年同期为`: the name, then the prior period. */
const NAME_THEN_PRIOR_BASE = /^([\u3400-\u9fff]{2,10}?)(?:上年同期|去年同期)(?:为|是)$/;

/** Does a label name the measure `name` names: ending with it, or with a synonym of it (营收 for 营业收入)? */
/** `的高点`, `的成长幅度`: a noun naming the base figure right before it. */
const BASE_NOUN = /^的[\u3400-\u9fff]{1,6}$/;

/** `，回落至…的`: a verb of change to a level opening the clause after its base's. */
/** `，目前已提高到`: the level reached now, in a clause after the level of a period before. */
const RESUMED_LEVEL = /^[,，](?:目前|现在|当前|现已|如今|截至目前|今年|年末|到目前)?(?:已|已经)?(?:提高|提升|上升|增加|增长|扩大|下降|降低|减少|回落|下滑)(?:到|至)$/;
/** A level stated with a copula (`覆盖率为`, `达`). */
const LEVEL_STATED = /(?:为|是|达到|达)$/;
const LEVEL_AFTER_COMMA = /^[,，](?:[\u3400-\u9fff]{1,3})(?:至|到)[^,，;；。]{0,12}$/;

/** `此后…又增长`: a change after the one just stated, from its level on. */
const LATER_CHANGE = /此后|其后|之后|随后|又|再/;

/** `五年增长了`: a span of time (`五年`, `3个月`) opening the clause of the change right after it. */
function isSpanOpeningClause(p: Passage, span: Figure, s: Figure): boolean {
  return span.index > 0 && isNumber(span) && SPAN_UNITS.has(span.unit) && countClauseEnds(s.gapBefore) === 0 &&
    countClauseEnds(span.gapBefore) === 1 && trimGap(span.gapBefore) === '' && span.sentence === s.sentence;
}
const SPAN_UNITS = new Set(['年', '个月']);

/** `经济总量` and a label naming `地区生产总值`: two names of one whole (WHOLE_SYNONYMS). */
function sameWholeNamed(subject: string, label: string): boolean {
  return WHOLE_SYNONYMS.some((names) => names.some((w) => subject.endsWith(w)) && names.some((w) => label.includes(w)));
}

function namesAlike(name: string, label: string): boolean {
  const bare = nameIn(lastClause(label));
  if (bare.endsWith(name)) return true;
  const synonyms = WHOLE_SYNONYMS.find((names) => names.includes(name));
  return synonyms !== undefined && synonyms.some((w) => bare.endsWith(w));
}

const POINTING_BASE = /^(?:上年|去年|上年同期|去年同期)(?:这一|该|此)[\u3400-\u9fff]{0,4}(?:为|是)$/;

/** A subject named before the comparison (`务工规模比上年的`; `其中` before it is no part of it). */
const COMPARED_SUBJECT = /^(?:其中)?([\u3400-\u9fff]{2,12}?)(?:比|较)/;
function namedSubject(clause: string): string | undefined {
  // (a basis of pricing names no subject: `按现价计算比上年的B增长P`)
  const subject = COMPARED_SUBJECT.exec(subjectOf(clause).replace(PRICE_BASIS, ''))?.[1];
  return subject && withoutContext(subject).replace(NEW_OF_PERIOD, '');
}
/** The prices a change is computed at (`按现价计算`), or a comparable basis (`按可比口径`), before 比. */
const PRICE_BASIS = /^(?:按(?:现价|当年价格|现行价格)(?:计算)?|按可比口径(?:计算)?|可比口径下)/;
/** Words that say a count is of the period's new members (`新登记企业`): the subject is what follows them. */
const NEW_OF_PERIOD = /^(?:新登记|新设立|新认定|新增|新建|累计)/;

/** A rate named in full before the comparison (`男性劳动参与率较上年的`, `男性就业人员占比较`). */
const COMPARED_RATE = /^([\u3400-\u9fff]{2,10}?(?:率|占比|比重|比例))(?:比|较)/;

/** Longest subject named again between `相比，` and the change verb (`发电量增长`). */
const MAX_RESTATED_SUBJECT = 8;

/** Offset of the first clause end in a gap (its length when there is none). */
function firstClauseEnd(gap: string): number {
  for (let i = 0; i < gap.length; i++) if (isClauseEndAt(gap, i)) return i;
  return gap.length;
}

// `城镇居民人均可支配收入58320元，比上年增长4.6%；农村居民…26480元，增长6.9%。上年城镇、农村居民人均可支配收入分别为
// 55870元和24770元。`: the prior year's figures listed after the changes, each the base of the change stated with the
// figure its name picks out (the last name carries the noun the others share).
export function findRespectiveBases(p: Passage, out: Relation[]): void {
  if (!p.text.includes('分别')) return;
  findNamedBasesOfRespectiveChanges(p, out);
  findPairedBases(p, out);
  for (const first of p.figures) {
    // prior-year rates too (`2022年，两项参保率分别为95.4%和92.7%`)
    if (!(isNumber(first) || (first.kind === 'percent' && first.value !== null)) || first.index === 0 || !first.gapBefore.includes('分别')) continue;
    // `上年两项指标分别为`: the count word (两项) is a figure of its own, read back into the lead
    const counter = p.figures[first.index - 1];
    const counted = counter.unit === '项' && counter.sentence === first.sentence && countClauseEnds(first.gapBefore) === 0;
    const gap = counted ? trimGap(counter.gapBefore) + '两项' + first.gapBefore : trimGap(first.gapBefore);
    if (COUNTED_BASES.test(gap)) {
      respectiveChangesAndBases(p, out, first);
      continue;
    }
    if (!isNumber(first)) continue;
    const lead = RESPECTIVE_BASES.exec(gap);
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
        // (an earlier name short of the last one's noun, `城镇`, must name that noun too; one of four characters or more,
        // `营业总收入和净利润`, names its figure in full)
        !isComparisonBase(f) && f.label.includes(name) && (last || name.length >= 4 || sharesBigram(noun, f.label)));
      const stated = after && p.figures[after.index + 1];
      if (!stated || stated.kind !== 'percent' || stated.changePair || stated.sentence !== after.sentence || periodOfChange(stated.label) !== 'year') return;
      const change = changeBefore(stated);
      if (change && !change.toLevel && countClauseEnds(stated.gapBefore) === 1 && pushChange(out, bases[i], after, stated, change)) {
        stated.changePair = { before: bases[i], after };
      }
    });
  }
}

// `出入境旅客分别为A1和A2，较上年同期的B1和B2分别增长P1和P2`: figures, their bases and their changes listed in the
// same order, each list joined by 和 / 、.
function findPairedBases(p: Passage, out: Relation[]): void {
  for (const rate of p.figures) {
    // (or a plain verb right after bases that 分别 opened: `分别比上年同期的B1和B2增长P1和P2`)
    const plainVerb = !rate.gapBefore.includes('分别') && PLAIN_VERB_AFTER_BASES.test(rate.gapBefore);
    // (amounts of change too, each in its figure's unit: `分别比2023年的B1、B2增加X1和X2`)
    if ((rate.kind !== 'percent' && !isNumber(rate)) || rate.changePair || rate.index < 4 || (!plainVerb && (!rate.gapBefore.includes('分别') || !RESPECTIVE_AFTER_BASES.test(trimGap(rate.gapBefore))))) continue;
    const change = changeAtEnd(rate.gapBefore);
    if (!change || change.toLevel) continue;
    const rates = [rate];
    for (let k = rate.index + 1; k < p.figures.length && rates.length < MAX_RESPECTIVE; k++) {
      const f = p.figures[k];
      if (f.kind !== rate.kind || listJoin(f.gapBefore) !== 'join') break;
      rates.push(f);
    }
    const n = rates.length;
    if (n < 2 || rate.index < 2 * n) continue;
    const bases = p.figures.slice(rate.index - n, rate.index);
    const afters = p.figures.slice(rate.index - 2 * n, rate.index - n);
    const joined = (list: Figure[]) => list.every((f, i) => isNumber(f) && f.sentence === rate.sentence && (i === 0 || listJoin(f.gapBefore) === 'join'));
    // (`接待游客A1，实现旅游收入A2，去年同期分别为B1和B2，同比分别增长P1和P2`: the figures clause by clause, each in the
    // unit of its base, then the prior period's listed)
    const fullLead = trimGap(lastClause(bases[0].gapBefore));
    if (plainVerb && !RESPECTIVE_PAIRED_BASE_LEAD.test(fullLead)) continue;
    const baseLead = plainVerb ? fullLead.replace(/^分别/, '') : fullLead;
    const priorListed = (PRIOR_RESPECTIVE_LEAD.test(baseLead) || (plainVerb && PAIRED_BASE_LEAD.test(baseLead))) && afters.every((f, i) => isNumber(f) && f.sentence === rate.sentence && sameUnit(f, bases[i]) &&
      (i === 0 || countClauseEnds(f.gapBefore) === 1) && !isStatedChange(f) && !isComparisonBase(f)) && new Set(afters.map((f) => f.unit)).size === n;
    // (or listed together: `实现A1、A2，去年同期分别为B1和B2，同比分别增长P1和P2`)
    if (!joined(bases) || !((joined(afters) && (PAIRED_BASE_LEAD.test(baseLead) || PRIOR_RESPECTIVE_LEAD.test(baseLead))) || priorListed)) continue;
    for (let i = 0; i < n; i++) {
      if (!rates[i].changePair && sameUnit(bases[i], afters[i]) && pushChange(out, bases[i], afters[i], rates[i], change)) rates[i].changePair = { before: bases[i], after: afters[i] };
    }
  }
}
/** The change verbs a 分别 distributes over a list. */
const RESPECTIVE_VERBS = '(?:增长|下降|上升|提高|增加|减少|回落)';
/** `分别增长` right after the bases (`…和B2分别增长`). */
const RESPECTIVE_AFTER_BASES = new RegExp(`^(?:同比|按年)?分别${RESPECTIVE_VERBS}了?$`);
/** `增长` right after the last base, with nothing else: the verb 分别 before the bases distributes. */
const PLAIN_VERB_AFTER_BASES = new RegExp(`^${RESPECTIVE_VERBS}了?$`);
/** `，分别比上年同期的` opening the bases. */
const RESPECTIVE_PAIRED_BASE_LEAD = /^分别(?:较|比)(?:上年同期|去年同期|上年|去年|上年末|(?:19|20)[0-9]{2}年(?:同期)?)的$/;
/** `去年同期分别为` opening a list of bases stated after their figures. */
const PRIOR_RESPECTIVE_LEAD = /^(?:上年|去年|上年同期|去年同期)(?:分别为|分别是)$/;
/** `较上年同期的` opening the list of bases. */
const PAIRED_BASE_LEAD = /^(?:较|比)(?:上年同期|去年同期|上年|去年|上年末|(?:19|20)[0-9]{2}年(?:同期)?)的$/;

// `接待游客6358.2万人次，实现旅游总收入721.6亿元，分别比上年增长12.4%和16.8%；上年旅游总收入为633.5亿元。`: changes
// stated together (分别增长), then the prior year's figure of one of them, named. The name picks the figure among
// those the changes are of (its own unit too); the rate in the same place in the list is that figure's change.
function findNamedBasesOfRespectiveChanges(p: Passage, out: Relation[]): void {
  for (const rate of p.figures) {
    if (rate.kind !== 'percent' || rate.changePair || !RESPECTIVE_CHANGE.test(rate.gapBefore)) continue;
    const rates = [rate];
    for (let k = rate.index + 1; k < p.figures.length && rates.length < MAX_RESPECTIVE; k++) {
      const f = p.figures[k];
      if (f.kind !== 'percent' || listJoin(f.gapBefore) !== 'join') break;
      rates.push(f);
    }
    if (rates.length < 2 || rate.index < rates.length) continue;
    const afters = p.figures.slice(rate.index - rates.length, rate.index);
    if (afters.some((f) => !isNumber(f) || f.sentence !== rate.sentence)) continue;
    const change = changeAtEnd(RESPECTIVE_CHANGE.exec(rate.gapBefore)![1]);
    if (!change || change.toLevel || periodOfChange(rate.label) !== 'year') continue;
    // the named bases: right after the rates, in the same sentence or the next
    for (let k = rates[rates.length - 1].index + 1; k < p.figures.length && k <= rates[rates.length - 1].index + rates.length; k++) {
      const base = p.figures[k];
      if (base.sentence > rate.sentence + 1 || !isNumber(base)) break;
      const named = NAMED_BASE_AFTER.exec(trimGap(base.gapBefore).replace(/^。/, ''));
      if (!named || named[2].length < 2 || periodOfBase(named[1]) !== 'year') break;
      const matches = afters.map((a, i) => i).filter((i) => sameUnit(afters[i], base) && sharesBigram(named[2], afters[i].label));
      if (matches.length !== 1) continue;
      const i = matches[0];
      if (!rates[i].changePair && pushChange(out, base, afters[i], rates[i], change)) rates[i].changePair = { before: base, after: afters[i] };
    }
    // (or the next sentence, opening on the year before the rates' own: `2023年，…A1，…A2，同比分别增长P1和P2。2022年，…B1，
    // …B2。`: each base the one figure there in its after figure's unit named alike)
    if (rates.some((r) => r.changePair)) continue;
    const bases = priorYearSentenceBases(p, rates[rates.length - 1], afters);
    if (bases) rates.forEach((r, i) => { if (pushChange(out, bases[i], afters[i], r, change)) r.changePair = { before: bases[i], after: afters[i] }; });
  }
}

/** The figures of the sentence after `last`'s, when it opens on the year before the year `last`'s sentence opens on, one
 *  for each of `afters`: the only one in its unit that shares a name with it. */
function priorYearSentenceBases(p: Passage, last: Figure, afters: readonly Figure[]): Figure[] | undefined {
  const year = YEAR_OPENING.exec(sentenceHead(p, afters[0]))?.[1];
  const following = p.figures.filter((f) => f.sentence === last.sentence + 1);
  if (!year || following.length === 0 || YEAR_OPENING.exec(sentenceHead(p, following[0]))?.[1] !== String(Number(year) - 1)) return undefined;
  const bases: Figure[] = [];
  for (const a of afters) {
    const found = following.filter((f) => isNumber(f) && sameUnit(f, a) && !isStatedChange(f) && !isComparisonBase(f) && sharesBigram(withoutPlaces(lastClause(a.label)), lastClause(f.label)));
    if (found.length !== 1 || bases.includes(found[0])) return undefined;
    bases.push(found[0]);
  }
  return bases;
}


// `接待国内游客8426.3万人次，实现国内旅游收入962.8亿元，分别增长14.3%和17.5%。上年两项指标分别为7372.1万人次和
// 841.6亿元。`: figures, their changes stated together (分别增长), then the prior year's figures in the same order.
function respectiveChangesAndBases(p: Passage, out: Relation[], first: Figure): void {
  const bases = [first];
  for (let k = first.index + 1; k < p.figures.length && bases.length < MAX_RESPECTIVE; k++) {
    const f = p.figures[k];
    if (f.kind !== first.kind || f.value === null || listJoin(f.gapBefore) !== 'join') break;
    bases.push(f);
  }
  // the changes: the nearest `分别增长P1和P2` before, with as many rates (or points, between rates:
  // `参保率分别为A1和A2，较上年分别提高X1和X2个百分点`)
  const changeKinds = first.kind === 'percent' ? ['percentage-point', 'percent'] : ['percent'];
  const rate = lookBack(p, first.index, first.sentence - 1, (f) => changeKinds.includes(f.kind) && RESPECTIVE_CHANGE.test(f.gapBefore));
  if (bases.length < 2) return;
  if (!rate) return levelsEachWithChange(p, out, first, bases);
  const rates = [rate];
  for (let k = rate.index + 1; k < p.figures.length && rates.length < bases.length; k++) {
    const f = p.figures[k];
    if (f.kind !== rate.kind || listJoin(f.gapBefore) !== 'join') break;
    rates.push(f);
  }
  const afters = p.figures.slice(rate.index - bases.length, rate.index);
  if (rates.length !== bases.length || afters.length !== bases.length || afters.some((f) => f.kind !== first.kind || f.value === null || f.sentence !== rate.sentence)) return;
  const change = changeAtEnd(RESPECTIVE_CHANGE.exec(rate.gapBefore)![1]);
  if (!change || change.toLevel) return;
  bases.forEach((base, i) => {
    if (sameUnit(base, afters[i]) && !rates[i].changePair && pushChange(out, base, afters[i], rates[i], change)) {
      rates[i].changePair = { before: base, after: afters[i] };
    }
  });
}
/** `接待游客A，同比增长P；旅游收入B，同比增长Q。上年分别为a和b`: the sentence before states as many levels as there are
 *  bases, each with its own change right after it; in order, each base is of its level. */
function levelsEachWithChange(p: Passage, out: Relation[], first: Figure, bases: readonly Figure[]): void {
  const levels = p.figures.filter((f) => f.sentence === first.sentence - 1 && f.kind === first.kind && !isStatedChange(f) && !isComparisonBase(f));
  if (levels.length !== bases.length || !levels.every((f, i) => sameUnit(f, bases[i]))) return;
  for (const [i, after] of levels.entries()) {
    const rate = p.figures[after.index + 1];
    if (!rate || rate.sentence !== after.sentence || rate.kind !== 'percent' || !isStatedChange(rate) || countClauseEnds(rate.gapBefore) !== 1 || rate.changePair) continue;
    const change = changeAtEnd(rate.gapBefore);
    if (change && !change.toLevel && pushChange(out, bases[i], after, rate, change)) rate.changePair = { before: bases[i], after };
  }
}

/** `上年两项指标分别为` / `去年分别为`: prior-year figures listed without names, in the order of the changes. */
const COUNTED_BASES = /^(?:上年|去年|上年同期|去年同期|(?:19|20)[0-9]{2}年[,，]?)(?:[两三四]项(?:指标|数据|[\u3400-\u9fff]{1,4}率)?)?(?:分别为|分别是)$/;
/** `，分别增长` (the verb group is what changeAtEnd reads). */
const RESPECTIVE_CHANGE = new RegExp(`分别((?:(?:比|较)(?:上年|去年)(?:同期)?|同比)?${RESPECTIVE_VERBS})了?$`);
const MAX_RESPECTIVE = 6;

/** `上年城镇、农村居民人均可支配收入分别为`: the prior period, the names, 分别为. */
const RESPECTIVE_BASES = /^(上年同期|去年同期|上年|去年)([\u3400-\u9fff、和及与]{2,40}?)(?:分别为|分别是)$/;

function withoutPlaces(label: string): string {
  let out = label;
  for (const w of PLACE_WORDS) out = out.replace(w, '|');
  return out;
}

/** `strict`: a bare change (`今年…A，增长P`), which names no prior period; its base must be named like A, three characters. */
/** `去年同期为`: a sentence that names the prior period only, then its figure. */
const BARE_PRIOR_SENTENCE = /^(?:上年同期|去年同期|上年|去年)(?:为|是)$/;

function baseInNextSentence(p: Passage, s: Figure, after: Figure, strict = false): { before: Figure; after: Figure } | undefined {
  // (or the one after it, past a sentence of the figure's 其中 parts: `…A，同比增长P。其中，新设企业C。上年同期…为B`)
  const next = p.figures[s.index + 1];
  const pastParts = next !== undefined && next.sentence === s.sentence + 1 && /^(?:其中|当中)/.test(sentenceHead(p, next)) ? 1 : 0;
  const named = (f: Figure) => {
    // (up to three sentences on, one named with three characters of the after figure's name: `今年全市实际使用外资A，增长P。2021年…曾达
    // C。去年全市实际使用外资为B`)
    const further = f.sentence > s.sentence + 1 + pastParts && f.sentence <= s.sentence + MAX_BASE_SENTENCES_ON;
    if ((f.sentence !== s.sentence + 1 && f.sentence !== s.sentence + 1 + pastParts && !further) || !isNumber(f) || !sameUnit(f, after)) return false;
    // (`去年同期，这一收入为`: the period, then a pointer to the measure)
    // (or by the year before the after figure's, written out: `113年前三季出口…A，年增P。112年同期出口為B`)
    // (the period may stand in a clause of its own: `上年11月，全市…营业额为B`)
    const clauseHead = trimGap(lastClause(f.gapBefore));
    const opening = sentenceHead(p, f);
    // (a sentence of the prior period's figure alone, right after: `…A，同比增长P。去年同期为B。`)
    if (f.sentence === s.sentence + 1 && BARE_PRIOR_SENTENCE.test(opening) && isSentenceEndAt(p.text, f.cleanEnd)) return true;
    const head = PRIOR_PERIOD_CLAUSE.test(opening) && countClauseEnds(opening) === 1 && !/^(?:这一|该)/.test(clauseHead) && !LATER_BASE.test(clauseHead) &&
      !YEAR_LATER_BASE.test(clauseHead) ? opening.replace(/[,，]/, '') : clauseHead;
    const dated = YEAR_LATER_BASE.exec(head);
    const later = LATER_BASE.exec(head);
    // (the month alone, not the end of a range of months: `累计1至10月营业额` is no figure of 10月)
    if (later?.[1] !== undefined) {
      const own = /[0-9]月/.test(after.clauseHead) ? after.clauseHead : sentenceHead(p, after);
      if (!new RegExp(`(?:^|[^0-9至到—~-])${later[1]}月`).test(own)) return false;
    }
    const name = later?.[2] ?? (dated && yearIn(dated[1] + '年') === (yearIn(sentenceHead(p, after)) ?? 0) - 1 ? dated[2] : undefined);
    const pointed = name !== undefined ? null : POINTED_LATER_BASE.exec(trimGap(f.gapBefore.slice(lastSentenceEnd(f.gapBefore) + 1)));
    if (pointed) return sharesBigram(pointed[1], after.label);
    if (name === undefined) return false;
    // (a whole year's is no base of part of one: `首三季訪港旅客A，按年上升P。去年全年訪港旅客為B`)
    if (name.startsWith('全年') && !sentenceHead(p, after).includes('全年')) return false;
    if ((further || strict) && !sharesTrigram(withoutPlaces(name), withoutPlaces(after.label))) return false;
    // (a measure named in a clause after the period's must be the after figure's, word for word: `上年10月，全市全社会用电量为`
    // is no base of `规模以上工业企业用电量`)
    if (head !== clauseHead && !everyBigramIn(withoutPlaces(name), after.label.replace(/实现|完成|达到/g, ''))) return false;
    // named by more than a place and a generic noun (`上年全县税收收入为` is no base of `全县一般公共预算收入`), and not
    // the base of a change of its own (`上年…限额以上单位消费品零售额为B，今年增长Q`)
    // (`…为B，今年达到A，增长Q`: a base with a level of its own after it)
    const next = p.figures[f.index + 1];
    if (next && next.sentence === f.sentence && countClauseEnds(next.gapBefore) === 1 && (isStatedChange(next) || (isNumber(next) && sameUnit(next, f)))) return false;
    return sharesBigram(withoutGenericNouns(withoutPlaces(name)), withoutGenericNouns(withoutPlaces(after.label)));
  };
  const before = lookAhead(p, s.index, s.sentence + MAX_BASE_SENTENCES_ON, named);
  return before ? { before, after } : undefined;
}
/** `比2015年增长`: a comparison with a year written out (group 1), then the verb. */
const COMPARED_WITH_YEAR = /^(?:比|较)((?:19|20)[0-9]{2})年(?:同期)?(?:增长了|增长|增加了|增加|提高了|提高|下降了|下降|减少了|减少)$/;

/** How many sentences on a base named like its after figure may be stated. */
const MAX_BASE_SENTENCES_ON = 3;

// `2022年末，…民用汽车保有量为612.4万辆。2023年末全省民用汽车保有量达到658.9万辆，比上年末增长8.6%`: the base stated
// in the sentence before, dated the year before the after figure's sentence, and named like it. Only one such figure.
function baseInPreviousSentence(p: Passage, s: Figure, after: Figure): { before: Figure; after: Figure } | undefined {
  const year = yearIn(sentenceHead(p, after));
  if (year === undefined || after.sentence === 0) return undefined;
  const name = measureOf(after.label);
  if (name.length < 2) return undefined;
  // the previous sentence's figures, within reach (never a pass over the whole paragraph per change)
  const candidates: Figure[] = [];
  for (let k = after.index - 1; k >= 0 && k >= after.index - MAX_REACH && p.figures[k].sentence >= after.sentence - 1; k--) {
    const f = p.figures[k];
    // (of the same part of the year: `上年…T。今年1—11月…A，同比下降P` compares with last year's first eleven months)
    if (f.sentence === after.sentence - 1 && f.kind === after.kind && f.value !== null && sameUnit(f, after) && f.label.includes(name) && !isStatedChange(f) &&
      !isComparisonBase(f) && yearIn(sentenceHead(p, f)) === year - 1 && partOfYear(sentenceHead(p, f)) === partOfYear(sentenceHead(p, after))) candidates.push(f);
  }
  return candidates.length === 1 ? { before: candidates[0], after } : undefined;
}

/** `2022年…为B，2023年增长P，达到A` / `2023年为B，2024年增加X，达到A`: a change (its clause opening on the later year, or
 *  bare) between a figure and the level reached right after it, in the next clause. */
function changeThenLevel(p: Passage, s: Figure, base: Figure, gap: string, change: Change): { before: Figure; after: Figure } | undefined {
  const year = CHANGE_OF_NAMED_YEAR.exec(gap)?.[0] ?? '';
  if (!ADVERBS.some((a) => gap.slice(year.length) === a + change.verb)) return undefined;
  const level = p.figures[s.index + 1];
  if (!level || level.sentence !== s.sentence || !isNumber(level) || !sameUnit(level, base) || countClauseEnds(level.gapBefore) !== 1) return undefined;
  if (!LEVEL_REACHED.test(trimGap(level.gapBefore))) return undefined;
  // (the base named by its year, the year before the change's: `2022年…为B，2023年增长P`)
  const baseYear = yearIn(sentenceHead(p, base));
  if (year !== '' && baseYear !== undefined && yearIn(year) !== baseYear + 1) return undefined;
  return { before: base, after: level };
}
/** The level a change reached, opening the clause after it (`，达到A`, `，增至A`). */
const LEVEL_REACHED = /^[,，]?(?:达到|达|增至|增加到|增长到|提高到|提升到|上升到|升至|降至|减至|下降到|回落到|扩大到)$/;

/** The base of a change against a named part of the year (`较一季度回落C`), stated in the next sentence, which opens on
 *  that part and names the measure again, points back to it or states the figure alone (`一季度这一指标为B`, `一季度城镇调查失业率为B`,
 *  `一季度为B`). */
function basePeriodStatedNext(p: Passage, s: Figure, after: Figure, gap: string, change: Change): { before: Figure; after: Figure } | undefined {
  const compared = COMPARED_PART_OF_YEAR.exec(gap);
  if (!compared || !ADVERBS.some((a) => gap.slice(compared[0].length) === a + change.verb)) return undefined;
  const f = p.figures[s.index + 1];
  if (!f || f.sentence !== s.sentence + 1 || f.kind !== after.kind || !sameUnit(f, after) || f.value === null) return undefined;
  const head = sentenceHead(p, f);
  if (!head.startsWith(compared[1])) return undefined;
  const named = PART_OF_YEAR_COPULA.exec(head.slice(compared[1].length));
  if (!named) return undefined;
  // (a pointer, the period alone, or a name the after figure shares: not `一季度全市新增就业为B` of a rate)
  if (!named[1] && named[2] !== '' && !(named[2].length >= 2 && sharesBigram(withoutPlaces(named[2]), after.label))) return undefined;
  // (the part of the year is not the after figure's own)
  if (sentenceHead(p, after).includes(compared[1])) return undefined;
  return { before: f, after };
}
const COMPARED_PART_OF_YEAR = /^(?:比|较)((?:[一二三四1-4]|第[一二三四1-4])季度末?|上半年末?|[0-9]{1,2}月(?:份|末|底)?|[一二三四五六七八九十]{1,3}月(?:份|末|底)?)/;
/** After the part of the year: a pointer or the measure's name, then its copula. */
const PART_OF_YEAR_COPULA = /^[,，]?((?:这一|该)[\u3400-\u9fff]{0,4})?([\u3400-\u9fff]{0,12}?)(?:为|是)$/;

/** The base of a change that names its own (later) year (`111年的回收量為B，112年年增P`), and the figure of that year
 *  and measure in the sentence before (only one). */
function baseThenChangeOfNamedYear(p: Passage, base: Figure, gap: string, change: Change): { before: Figure; after: Figure } | undefined {
  const named = CHANGE_OF_NAMED_YEAR.exec(gap);
  if (!named || !ADVERBS.some((a) => gap.slice(named[0].length) === a + change.verb)) return undefined;
  const year = yearIn(named[0])!;
  if (yearIn(lastClause(base.label)) !== year - 1 || sentenceHead(p, base).length > lastClause(base.label).length + 1) return undefined;
  let after: Figure | undefined;
  for (let k = base.index - 1; k >= 0 && k >= base.index - MAX_REACH && p.figures[k].sentence >= base.sentence - 1; k--) {
    const f = p.figures[k];
    if (f.sentence !== base.sentence - 1 || !isNumber(f) || !sameUnit(f, base) || isStatedChange(f) || isComparisonBase(f)) continue;
    if (yearIn(sentenceHead(p, f)) !== year || !sameMeasure(f.label, base.label)) continue;
    if (after) return undefined;
    after = f;
  }
  return after ? { before: base, after } : undefined;
}
/** The year a change is against, named in it (`較108年提高`, group 1). */
const COMPARED_YEAR = /(?:比|较)((?:19|20)[0-9]{2}|1[0-2][0-9])年/;
const CHANGE_OF_NAMED_YEAR = /^(?:(?:19|20)[0-9]{2}|1[0-2][0-9])年/;

/** What a label measures, without the year and the place it opens with and the verb it ends with
 *  (`2023年末全省民用汽车保有量达到` → `民用汽车保有量`). */
/** Do two labels name the same measure, one perhaps more fully (`高新技术企业数量` and `高新技术企业`)? */
function sameMeasure(a: string, b: string): boolean {
  const x = measureOf(a);
  const y = measureOf(b);
  return x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x));
}

function measureOf(label: string): string {
  // (and an adverb before the verb: `保有量仅为`)
  // (and a verb to a level: `海外业务收入增长至`)
  return nameIn(subjectOf(label)).replace(LEADING_YEAR, '').replace(PLACE_PREFIX, '').replace(/(?:为|达到|达)$/, '').replace(/(?:仅|只|才|约)$/, '')
    .replace(/(?:增长|增加|提高|提升|上升|下降|减少|回落|降低|扩大|降|增|升|减|跌|涨)(?:至|到)$/, '');
}
const LEADING_YEAR = /^[0-9]{2,4}年(?:末|底)?的?/;
/** Place words a name may open with (`全省民用汽车保有量` names 民用汽车保有量). */
const PLACE_PREFIX = new RegExp(`^(?:${PLACE_WORDS.join('|')})`);


/** `上年进出口总额为` opening a sentence or clause: the prior year's figure of the named thing. */
// (the copula may be left out: `上年同期全市新增市场主体B`)
/** Does every two-character run of Han characters in `name` occur in `label` (and is there one)? */
function everyBigramIn(name: string, label: string): boolean {
  let runs = 0;
  for (let i = 0; i + 1 < name.length; i++) {
    const bi = name.slice(i, i + 2);
    if (!/^[\u3400-\u9fff]{2}$/.test(bi)) continue;
    if (!label.includes(bi)) return false;
    runs++;
  }
  return runs > 0;
}

/** A sentence opened by the prior period alone in a clause (`上年11月，`, `去年同期，`). */
const PRIOR_PERIOD_CLAUSE = /^(?:上年|去年)(?:同期|同月|[0-9]{1,2}月份?)?[,，]/;
// (or with the month, `上年10月零售业营业额为`, which must be the month the after figure's sentence names: group 1)
const LATER_BASE = /^(?:上年|去年)(?:同期|同月|([0-9]{1,2})月份?)?([\u3400-\u9fff]{2,16}?)(?:为|是)?$/;
/** A sentence about this year (`今年全市…A，增长P`): a bare change in it is on last year. */
const THIS_YEAR_OPENING = /^(?:今年|本年)/;
/** `年增`, `按年上升`: a change year on year, as Taiwan and Hong Kong write it. */
const YEAR_ON_YEAR = /^(?:年增|年减|按年)/;
const YEAR_LATER_BASE = /^((?:19|20)[0-9]{2}|1[0-9]{2})年同期([\u3400-\u9fff]{2,16}?)(?:为|是)$/;
const POINTED_LATER_BASE = /^(?:上年|去年)(?:同期)?[,，](?:这一|该)([\u3400-\u9fff]{2,8}?)(?:为|是)$/;

/** `比上年` / `较去年同期` at the start of a change's clause. */
const PRIOR_COMPARATOR = /^(?:比|较)(?:上年同期|去年同期|上年末|去年末|上年底|去年底|上年|去年|上个学年|上学年)/;

/** `较年初的14.78万亿元增加8,430亿元，同比增长7.9%`: a second change with its own period (同比, 环比) after one against
 *  the start of the year or of another period compares with another base. */
function otherBase(prev: Figure, gap: string): boolean {
  if (/^(?:同比|环比|按年|按月)/.test(gap) && /年初|年末|上年末|上月末|月初|季初/.test(prev.clauseHead)) return true;
  // a yearly change after one against a month (`较9月的151.9亿元增加4.2%，年增21.6%`)
  return /^(?:同比|按年|年增|年减)/.test(gap) && MONTH_BASE.test(prev.clauseHead);
}
/** A comparison with a month or the month before: `较9月的`, `比上月`, `环比`. */
const MONTH_BASE = /(?:比|较)(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月|上月|环比|按月|月增|月减/;

/** A compound rate (`年均增长5.0%`): not the change between two figures, but a cumulative one may follow it. */
const COMPOUND_RATE = /年均|平均每年/;

/** What may lead a doubling that states the change itself (`，翻了两番`, `，实现翻两番`). */
/** Longest lead a doubling may have in its own clause (`，五年间实现翻两番`, `，数量翻了一番`). */
const MAX_DOUBLING_LEAD = 6;

/** Words after a stated figure that make it a floor, not the value (`翻一番还多`, `翻两番以上`). */
const MORE_THAN_STATED = ['还多', '多', '以上', '有余'];

const YEAR_IN_LABEL = /(?:^|[^0-9])((?:19|20)[0-9]{2}|1[0-2][0-9])年/;
const RELATIVE_YEAR = /^(?:今年|本年|上年|去年)/;
/** This year when a text names it only as 今年: far from any year written in digits. */
const THIS_YEAR = 100000;

/** The figures of two years listed before 分别 (`2022年、2023年…分别为B和A`), ordered by the comparison the change states
 *  (`2023年比2022年`, `后者比前者`); undefined unless the text says which is the base. */
function respectiveYearsPair(p: Passage, s: Figure, second: Figure): { before: Figure; after: Figure } | undefined {
  const first = p.figures[second.index - 1];
  if (!first || !isNumber(first) || !sameUnit(first, second) || first.sentence !== second.sentence || listJoin(second.gapBefore) !== 'join') return undefined;
  const years = RESPECTIVE_YEARS.exec(sentenceHead(p, first));
  const compared = trimGap(s.gapBefore);
  if (LATTER_OVER_FORMER.test(compared)) return years || /分别/.test(sentenceHead(p, first)) ? { before: first, after: second } : undefined;
  const named = YEAR_OVER_YEAR.exec(compared);
  if (!years || !named) return undefined;
  const own = named[1] ?? years[2];
  if (own === years[2] && named[2] === years[1]) return { before: first, after: second };
  if (own === years[1] && named[2] === years[2]) return { before: second, after: first };
  return undefined;
}
const RESPECTIVE_YEARS = /((?:19|20)[0-9]{2})年(?:、|和|及|与)((?:19|20)[0-9]{2})年[^。；;]*分别(?:为|是|达到|达|实现|完成)?$/;
const YEAR_OVER_YEAR = /^(?:((?:19|20)[0-9]{2})年)?(?:比|较)((?:19|20)[0-9]{2})年/;
const LATTER_OVER_FORMER = /^后者(?:比|较)前者/;

/** The year a label names, as a Gregorian year: `2023年`, or a year of the Republic of China (`112年` = 2023). */
function yearIn(label: string): number | undefined {
  const y = YEAR_IN_LABEL.exec(label)?.[1];
  // (or this year and the last, named so: `今年，…` after `上年…`, counted from an arbitrary year)
  if (y === undefined) return RELATIVE_YEAR.test(label) ? (/今年|本年/.test(label) ? THIS_YEAR : THIS_YEAR - 1) : undefined;
  return y.length === 3 ? Number(y) + 1911 : Number(y);
}

/** Two years from `yearIn` that can be ordered: both written as years or both named relative to this one. `上年` is not
 *  later than `2023年` (`2023年…A，上年同期为B` has B as its base), though the relative years are counted from afar. */
function comparableYears(a: number, b: number): boolean {
  return a >= THIS_YEAR - 1 === b >= THIS_YEAR - 1;
}

/** The prior period's figure named right after the change: `，上年为`, `，去年同期為`, `（上年同期为`, `，而前年则为`,
 *  `，上年末为`. */
const NAMED_BASE_AFTER = /^[,，(;；]?而?((?:上年|去年|前年|上一季度|上一季|上季度|上季|上个月|上月|前一个月|上一个月)(?:同期|同月|同季|末|底|度)?|常年(?:同期)?|年初|(?:上半年|一季度|前三季度)(?:末|底)?|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?|(?:(?:19|20)[0-9]{2}|1[0-2][0-9])年(?:末|底|同期)?)([\u3400-\u9fff]{0,8}?)则?(?:为|是|:)(?:上涨|增长|上升|下降|下跌)?$/;

/** `，主要系原材料采购成本下降所致`, `，主要受…影响`: a clause giving a change's cause, with no figure, before what follows it;
 *  or one comparing its pace with another's, before a semicolon (`，增速快于城镇居民；上年同期为B`). */
const CAUSE_CLAUSE = /^[,，]主要(?:系|是|由于|因为|因|受|得益于)[\u3400-\u9fff“”]{2,30}(?=[,，;；])|^[,，](?:增速|增幅|涨幅|降幅)?(?:快于|慢于|高于|低于)[\u3400-\u9fff]{2,12}(?=[;；])/;

/** A gap without the cause clause it opens with, if any. */
function withoutCauseClause(gap: string): string {
  const cause = CAUSE_CLAUSE.exec(gap);
  return cause ? gap.slice(cause[0].length) : gap;
}

/** `；上年同期接待游客B`: the prior period and the measure named again, with no copula (groups as NAMED_BASE_AFTER's). */
const NAMED_BASE_AFTER_BARE = /^[,，;；]((?:上年|去年)(?:同期)?)([\u3400-\u9fff]{2,6})$/;

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

const COMPARATOR_AT_END = /(?:比|较)([\u3400-\u9fff0-9]{2,16}?)(?:的)?$/;

const RESTATED_AS = /^([\u3400-\u9fff0-9]{2,16}?)(?:为|是)$/;

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
/** A rate stated as a fall (`下降6.8%`). */
function isFallingRate(f: Figure): boolean {
  const c = f.kind === 'percent' ? changeBefore(f) : undefined;
  return c !== undefined && c !== null && !c.toLevel && c.direction === 'down';
}
const DECLINE_NOUN = /^(?:降幅|跌幅|降速)/;

function isRisingRate(f: Figure): boolean {
  if (f.kind !== 'percent') return false;
  const c = changeBefore(f);
  if (c) return !c.toLevel && c.direction === 'up';
  return /(?:增速|增幅|涨幅|增长率)(?:为|是|达到|达)?$/.test(f.label);
}

/** Whether a base period (`上月`, `去年同期`) or a change (`月增`, `按年`, `同比`) compares with the month or quarter
 *  before ('short') or with the year before ('year'). */
type ComparisonPeriod = 'short' | 'year' | 'start';

/** `去年同月的数字为`: a noun that only points back to the figure's measure. */
const POINTER_NOUN = /^(?:这一|该)?的?(?:数字|数据|数值|水平|规模)$/;

/** A quarter or a month named after 上年 (`上年四季度为`): the base of a short-period change. */
const PERIOD_AFTER_YEAR = /^(?:[一二三四1-4]季度|[0-9]{1,2}月|[一二三四五六七八九十]{1,3}月)/;

function periodOfBase(period: string): ComparisonPeriod {
  // `上月`, `上季`, or a month named by its number (`按月下跌8.6%；1月为…`)
  // (`年初余额为`: the start of this year, against which a balance's change since then is stated)
  if (period === '年初') return 'start';
  // (and `前一个月`, the month before)
  return /^(?:上|前)(?:一|个|一个)?(?:月|季)|^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?$|^(?:上年|去年)?[一二三四1-4]季度/.test(period) ? 'short' : 'year';
}

/** Months and quarters are both short periods, but a month is no base of a change against the quarter before
 *  (`第三季A，按季增加P，9月份為B`: September is part of the quarter) nor a quarter of a monthly one. */
function sameShortPeriod(base: string, label: string): boolean {
  const clause = lastClause(label);
  const quarterly = /(?<!同)季增|(?<!同)季减|按季|上季|季度/.test(clause);
  const monthly = /(?<!同)月增|(?<!同)月减|按月|上月/.test(clause);
  const baseMonth = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?$|^(?:上|前)(?:一|个|一个)?月/.test(base);
  const baseQuarter = /季/.test(base);
  return !(quarterly && baseMonth) && !(monthly && baseQuarter);
}

function periodOfChange(label: string): ComparisonPeriod {
  // the change word nearest the figure decides: `月增3.2%，年增15.6%` has both, each in its own clause
  const clause = lastClause(label);
  // (`比上年四季度回落`: against a quarter, not the same period a year before)
  if (/(?:比|较)年初/.test(clause)) return 'start';
  // (`比上年同月增长` is against the same month a year before: 同月 and 同季 are no month-on-month change)
  // (`較上一季的`, `较上个月`, `較前一季`: the period before, named in full)
  return /(?<!同)月增|(?<!同)月减|按月|环比|(?<!同)季增|(?<!同)季减|按季|上(?:一|个|一个)?月|上一?季|前一季|(?:比|较)(?:上年|去年)?[一二三四1-4]季度|(?:比|较)第[一二三四1-4]季/.test(clause) ? 'short' : 'year';
}

/** `去年X为B，今年为A，增长P` / `A，上年为B，降幅为P`: the two figures before the change, one named as the prior
 *  period and the other not, about the same thing (the later one names nothing else, or shares a word). */
function priorPeriodPair(p: Passage, s: Figure): { before: Figure; after: Figure } | undefined {
  const x2 = p.figures[s.index - 1];
  const x1 = p.figures[s.index - 2];
  // `2015年，…为B。到2023年，…达到A，实现翻两番`: the two years' figures in consecutive sentences, each opened by its year
  if (x1 && x2 && x1.sentence === s.sentence - 1 && x2.sentence === s.sentence && isNumber(x1) && isNumber(x2) && sameUnit(x1, x2) && sameMeasure(x1.label, x2.label)) {
    const y1 = yearIn(sentenceHead(p, x1).replace(/^到/, ''));
    const y2 = yearIn(sentenceHead(p, x2).replace(/^到/, ''));
    // (a change against last year, `比上年增長P`, is of the year before only: `2021年…B。2023年…A` is two years apart)
    const yearly = PRIOR_COMPARATOR.test(trimGap(s.gapBefore)) || /同比|按年/.test(trimGap(s.gapBefore));
    return y1 !== undefined && y2 !== undefined && comparableYears(y1, y2) && y1 < y2 && (!yearly || y1 === y2 - 1) && !isStatedChange(x2) &&
      partOfYear(sentenceHead(p, x1)) === partOfYear(sentenceHead(p, x2)) ? { before: x1, after: x2 } : undefined;
  }
  if (!x1 || !x2 || x1.sentence !== s.sentence || x2.sentence !== s.sentence) return undefined;
  if (x1.kind !== x2.kind || !sameUnit(x1, x2) || (x1.kind !== 'number' && x1.kind !== 'percent')) return undefined;
  // (a base in an aside that names its period after a colon, `（去年同月：B）`, is paired by its period, in findChange)
  if (priorAsidePeriod(x2)) return undefined;
  // the base in an aside right after the figure (`60.8万吨（上年为52.3万吨），同比增长`) stands as in a clause of its own
  const link = between(p, x1, x2);
  const aside = countClauseEnds(link) === 0 && link.startsWith('(');
  if ((countClauseEnds(link) !== 1 && !aside) || COMPARED_WITH.test(x2.label)) return undefined;
  // what is left once the period and a verb of reaching a level (增至, 降到 …) are taken away must name the same thing
  const bare = (label: string) => label.replace(/今年|本年|当年|上年同期|去年同期|去年|上年|上一年|上个学年|上学年|本学年|(?:19|20)[0-9]{2}年|1[0-2][0-9]年|(?:增|增加|增长|提高|上升|升|降|下降|减少|减|回落|跌)(?:至|到)|为|达到|达|是|[,，]/g, '');
  if (bare(x2.label).length > 1 && !sharesBigram(x1.label, x2.label)) return undefined;
  // an aside that names its figure names the same measure in full (`（上年税收收入为…）` after 一般公共预算收入 is another)
  const asideName = aside ? bare(x2.label).replace(/^\(/, '') : '';
  if (asideName.length > 1 && !x1.label.includes(asideName)) return undefined;
  // `2023年…X，2022年为Y`: the earlier year is the base
  const y1 = yearIn(x1.label);
  const y2 = yearIn(x2.label);
  if (y1 && y2 && y1 !== y2 && comparableYears(y1, y2)) return y1 < y2 ? { before: x1, after: x2 } : { before: x2, after: x1 };
  const p1 = PRIOR_PERIOD.test(x1.label);
  const p2 = PRIOR_PERIOD.test(x2.label);
  if (p1 && !p2) return { before: x1, after: x2 };
  if (p2 && !p1) return { before: x2, after: x1 };
  return undefined;
}

/** What may lead a doubling that states the change itself: nothing, `实现`, a subject or a period (`，五年间实现`,
 *  `，数量`), but no comparison of its own (`比2018年`) and no figure. */
function grownThenDoubled(gap: string): boolean {
  if (countClauseEnds(gap) !== 1) return false;
  const m = GROWN_THEN.exec(gap);
  return m !== null && isDoublingLead(m[1]);
}
const GROWN_THEN = /^(?:大幅|明显|显著|快速)?(?:成长|增长|增加|上升|提升|提高)[,，]([\u3400-\u9fff]{0,6})$/;
function isDoublingLead(lead: string): boolean {
  if (lead.length > MAX_DOUBLING_LEAD || COMPARED_WITH.test(lead)) return false;
  for (let i = 0; i < lead.length; i++) {
    const c = lead.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

/** May a bare change chained after another share its pair? The same period, or a bare one after a change since the year's
 *  start (`比年初的B增加X，增长P`). */
/** Are two figures' values more than `factor` times apart (either way)? False when either has none. */
function farApart(a: Figure, b: Figure, factor: number): boolean {
  if (a.value === null || b.value === null || a.value <= 0 || b.value <= 0) return false;
  return a.value > b.value * factor || b.value > a.value * factor;
}

/** Words that name the period a change is against (`同比`, `年增`, `按季`, `上年`). */
const NAMES_PERIOD = /同比|环比|按年|按季|按月|年增|年减|季增|季减|月增|月减|同期|同月|上年|去年|上季|上月|年初|季度/;

function samePeriodChained(first: ComparisonPeriod, second: ComparisonPeriod): boolean {
  return first === second || (first === 'start' && second === 'year');
}

/** The words that name the period of a change already paired: its base's and its own when the comparison is written
 *  with the base (`較第二季的B成長P`, `較前一季的B季增P`), else its own. */
function chainedPeriodLabel(f: Figure): string {
  const base = (f.changePair as { before: Figure } | undefined)?.before;
  return base && COMPARED_WITH.test(base.label) ? base.label + f.label : f.label;
}

/** Parts of a year that may name a base after a change against them. */
const PART_OF_YEAR_BASE = /^(?:上半年|一季度|前三季度)/;
/** The quarter before each (`二季度` → `一季度`), as a base of 环比 is named. */
const QUARTER_BEFORE: Record<string, string> = { 二季度: '一季度', 第二季度: '一季度' };
/** The quarter a sentence opens with, past a year (`2024年二季度，`). */
function quarterOpening(head: string): string | undefined {
  return /^(?:(?:19|20)[0-9]{2}年)?(第?[一二三四]季度)/.exec(head)?.[1];
}

/** `，高于6月的`, `，低于上年同期的`: a comparison that names the other period's figure (then stated). */
const ABOVE_OR_BELOW = /^(?:高于|低于|超过)(?:上年|去年|上月|上季度?|第?[一二三四1-4]季度?|[0-9]{1,2}月份?|(?:19|20)[0-9]{2}年)(?:同期|末|底)?的$/;

/** `相比` closing `与…的B相比`, right before a doubling. */
const COMPARED_AFTER_WITH = /^(?:相比|相较|比较)[,，]?$/;

/** `翻一番还多` / `翻两番以上`: the figure is a floor, which no interval check here reads. */
function statesAFloor(p: Passage, f: Figure): boolean {
  return MORE_THAN_STATED.some((w) => p.text.startsWith(w, f.cleanEnd));
}

/** `翻一番` / `翻了两番`, however led. */
function isStatedDoubling(f: Figure): boolean {
  return f.kind === 'multiple' && f.q.format.prefix.includes('翻');
}

// `翻两番` in a sentence that already relates two figures by a multiple: the same two figures.
export function findDoublings(p: Passage, out: Relation[]): void {
  // Most paragraphs state no doubling: no list, set or map is made for them.
  if (!p.figures.some(isStatedDoubling)) return;
  const multiples = out.filter((r): r is Extract<Relation, { op: 'multiple' }> => r.op === 'multiple');
  const stated = new Set(multiples.map((r) => r.stated));
  const bySentence = new Map<number, Extract<Relation, { op: 'multiple' }>>();
  for (const r of multiples) if (!bySentence.has(r.stated.sentence)) bySentence.set(r.stated.sentence, r);
  for (const s of p.figures) {
    if (!isStatedDoubling(s) || stated.has(s) || statesAFloor(p, s)) continue;
    const base = bySentence.get(s.sentence);
    // (not one of another measure named in its own clause: `接待游客A，比…的B增长3倍，旅游收入实现翻一番` is of no figure
    // stated: its head noun, 收入, is not the level's)
    // (a span the doubling took is no subject: `由107年的B成長至113年的A，6年間翻了兩番`)
    // (nor the start named again, `较2020年翻了一番`)
    const subject = trimGap(lastClause(s.gapBefore)).replace(DOUBLING_VERBS, '').replace(SPAN_OF_YEARS, '').replace(START_NAMED_AGAIN, '');
    // (a subject named by its size, `贷款规模` for `贷款余额`, by the words before the size word)
    const named = subject.replace(SIZE_WORD, '');
    if (base && subject.length >= 2 && !lastClause(base.a.label).includes((named.length >= 2 ? named : subject).slice(-2))) continue;
    if (base) out.push({ op: 'multiple', a: base.a, b: base.b, stated: s, form: 'ratio' });
    // (with no multiple read in its sentence, of the 由…到 pair before it there, past an average rate of the span: `从B增长到A，
    // 年均增长P，实现翻两番`)
    else if (subject.length < 2) {
      const start = lookBack(p, s.index, s.sentence, (f) => isNumber(f) && f.sentence === s.sentence && STARTS_FROM.test(lastClause(f.label)) &&
        p.figures[f.index + 1] !== undefined && p.figures[f.index + 1] !== s && sameUnit(p.figures[f.index + 1], f) && reachesLevel(p.figures[f.index + 1].gapBefore));
      if (start && p.figures.slice(start.index + 2, s.index).every((f) => f.kind === 'percent' && AVERAGE_RATE_OF_SPAN.test(lastClause(f.label)))) {
        out.push({ op: 'multiple', a: p.figures[start.index + 1], b: start, stated: s, form: 'ratio' });
      }
    }
  }
}
/** `较2020年`, `比上年`: the start of a change named again before a doubling. */
const START_NAMED_AGAIN = /^(?:较|比|与)(?:(?:19|20)[0-9]{2}年|上年|去年)(?:末|底|同期)?(?:相比)?/;
/** The years a change took, opening its clause (`6年間`, `短短五年来`, `这十年里`). */
const SPAN_OF_YEARS = /^(?:短短|这|近|过去)?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})(?:个)?年(?:间|来|内|里|中|时间)?/;
/** Words for the size of something, after its name (`贷款规模`, `经济总量`). */
const SIZE_WORD = /(?:规模|总量|总额|总值)$/;

// `…185.6万人次，是2019年46.4万人次的4倍，较疫情前增长了4倍`: an increase stated right after a multiple of its sentence,
// against a period named with no figure, restates that multiple: the same two figures, read as an increase.
export function findRestatedIncreases(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'multiple' || s.index === 0 || s.value === null || isStatedDoubling(s) || countClauseEnds(s.gapBefore) !== 1) continue;
    const change = changeBefore(s);
    if (!change || change.toLevel || change.direction !== 'up' || !RESTATED_INCREASE.test(trimGap(s.gapBefore))) continue;
    const prev = p.figures[s.index - 1];
    if (prev.sentence !== s.sentence || out.some((r) => 'stated' in r && r.stated === s)) continue;
    const multiple = out.find((r): r is Extract<Relation, { op: 'multiple' }> => r.op === 'multiple' && r.stated === prev && r.form === 'ratio');
    if (multiple) out.push({ op: 'multiple', a: multiple.a, b: multiple.b, stated: s, form: 'increase' });
  }
}
/** `较疫情前增长了`: against a period named by words alone, then a verb of growth. */
/** (or over the span the multiple covers: `是2020年B的4倍，四年间增长了3倍`) */
const RESTATED_INCREASE = /^(?:(?:较|比|相比|与)[\u3400-\u9fff]{1,8}?(?:相比)?|(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})年(?:间|来|里)?)(?:增长|增加|提高|上升|成长)了?$/;

const STARTS_FROM = /(?:由|从)[\u3400-\u9fff0-9]{0,8}$/;
/** `，年均增长`: an average rate over the span of a change. */
const AVERAGE_RATE_OF_SPAN = /^年均(?:增长|增速|递增)(?:为|达到|达)?$/;
/** Verbs and adverbs a doubling may be stated with, after its subject (`收入实现`, `规模已`). */
const DOUBLING_VERBS = /(?:实现|已经|已|基本|提前|均|都|也|又|再|了)+$/;

// `增长6.8%，高于全省平均水平1.6个百分点。同期全省…增长5.7%` / `，全省增长5.7%` / `（全省为5.7%）` / `比全国高0.9个百分点，
// 全国为64.3%`: a rate compared in points with another place's (or group's), whose rate is stated right after, in
// the next clause, an aside or the next sentence, whose words before it name that place.
/** `…落实率86.0%；上届毕业生…落实率83.2%。今年落实率比上届提高了2.8%`: a sentence that opens on a rate's name and a
 *  comparison with the prior period, stating only the change, is about the two rates of that name stated before: the one
 *  whose region names the prior period, and the other. Read only when exactly two such rates are there. */
export function findRestatedRateChanges(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if ((s.kind !== 'percent' && s.kind !== 'percentage-point') || s.value === null || s.index < 2 || p.figures[s.index - 1].sentence === s.sentence) continue;
    const m = RESTATED_RATE_CHANGE.exec(sentenceHead(p, s));
    if (!m) continue;
    const [, rate, prior, verb] = m;
    const rates = p.figures.filter((f) => f.index < s.index && f.sentence >= s.sentence - 2 && f.kind === 'percent' && f.value !== null && !isStatedChange(f) &&
      labelNames(lastClause(f.label), rate));
    if (rates.length !== 2) continue;
    const namesPrior = (f: Figure) => p.text.slice(regionStartBefore(p.text, f.cleanStart), f.cleanStart).includes(prior);
    const from = rates.find(namesPrior);
    const to = rates.find((f) => !namesPrior(f));
    if (!from || !to) continue;
    out.push({ op: 'points', from, to, stated: s, direction: RISING_VERBS.test(verb) ? 'up' : 'down', verb });
  }
}
/** `…占总人口的19.18%；112年底为B，占18.39%，一年間占比上升C个百分点`: a share's change stated after the same share of an
 *  earlier period, whose clause opens on that period: from the earlier period's share to the one stated before it. */
export function findShareChangesAfterPriorShare(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'percentage-point' || s.value === null || s.index < 3 || countClauseEnds(s.gapBefore) !== 1) continue;
    const m = SHARE_CHANGE.exec(trimGap(s.gapBefore));
    if (!m) continue;
    const prior = p.figures[s.index - 1];
    if (prior.kind !== 'percent' || prior.value === null || prior.sentence !== s.sentence || isStatedChange(prior)) continue;
    // the prior share's clause run opens on its period (`；112年底为B，占`)
    const region = p.text.slice(regionStartBefore(p.text, prior.cleanStart), prior.cleanStart);
    if (!PRIOR_PERIOD_OPENING.test(region)) continue;
    const current = lookBack(p, prior.index, s.sentence, (f) => f.kind === 'percent' && f.value !== null && !isStatedChange(f) && !isComparisonBase(f));
    if (!current || current.index < prior.index - 3 || !/占/.test(lastClause(current.label)) || !/占/.test(lastClause(prior.label))) continue;
    out.push({ op: 'points', from: prior, to: current, stated: s, direction: RISING_VERBS.test(m[1]) ? 'up' : 'down', verb: m[1] });
  }
}
/** `一年间占比上升`: a share's noun and a verb of change, after an optional span of time. */
const SHARE_CHANGE = /^(?:一年间|一年来|同期)?(?:占比|比重|所占比重)(提高|上升|增加|下降|降低|减少|回落)了?$/;
/** A clause run opening on an earlier period and a copula: `112年底为`, `上年末为`, `2023年为`. */
const PRIOR_PERIOD_OPENING = /^(?:(?:19|20)?[0-9]{2,3}年(?:底|末)?|上年(?:底|末)?|去年(?:底|末)?)(?:为|是)/;

/** `今年落实率比上届提高了`: the period now (optional), a rate's name, 比 / 较 and the prior period, a verb of change. */
const RESTATED_RATE_CHANGE = /^(?:今年|本年|本届|当年|今年度)?([\u3400-\u9fff]{1,8}率)(?:比|较)(上届|上一届|上年|去年|上年度|上学年|上期)(提高|上升|增加|下降|降低|减少|回落)了?$/;
const RISING_VERBS = /提高|上升|增加/;

/** `前者比后者高`: the first of a pair compared with the second (group 1 the verb). */
const FORMER_THAN_LATTER = /^前者(?:比|较)后者(高出|高|低|快|慢|多|少)了?$/;

export function findComparedRates(p: Passage, out: Relation[]): void {
  let stated: Set<Figure> | undefined; // made on the first candidate: most paragraphs have none
  for (const s of p.figures) {
    // (a growth rate's gap written in %, `农村居民收入增速比城镇居民高2.4%`, is read as the points it should be: the rule says
    // whether % was meant)
    // (and so is one past the other's rate in an aside: `落实率为A，高于全国平均水平（B）C%`)
    const before = s.index > 0 ? p.figures[s.index - 1] : undefined;
    const pointsInPercent = s.kind === 'percent' && s.value !== null && s.index > 0 && ((countClauseEnds(s.gapBefore) === 1 &&
      GROWTH_PAIR_POINTS.test(trimGap(s.gapBefore))) || (s.gapBefore === ')' && before !== undefined && before.kind === 'percent' && before.label.endsWith('(') &&
      COMPARED_IN_POINTS.test(trimGap(before.label.slice(0, -1)))));
    if ((s.kind !== 'percentage-point' && !pointsInPercent) || s.value === null || s.index === 0) continue;
    let own = p.figures[s.index - 1];
    // `职工医保…为A，居民医保为B，前者比后者高C个百分点`: the pair right before, named by their order
    const ordered = s.kind === 'percentage-point' && countClauseEnds(s.gapBefore) === 1 ? FORMER_THAN_LATTER.exec(trimGap(s.gapBefore)) : null;
    if (ordered) {
      const former = p.figures[s.index - 2];
      if (former && own.kind === 'percent' && former.kind === 'percent' && own.value !== null && former.value !== null && own.sentence === s.sentence &&
        former.sentence === s.sentence && !isStatedChange(own) && !isStatedChange(former) && countClauseEnds(own.gapBefore) === 1) {
        out.push({ op: 'points', from: own, to: former, stated: s, direction: /高|快|多/.test(ordered[1]) ? 'up' : 'down', verb: ordered[1] });
      }
      continue;
    }
    // `高于全省平均水平（87.9%）4.7个百分点`: the other's rate in an aside right after its name
    const aside = s.gapBefore === ')' && own.kind === 'percent' && own.value !== null && own.label.endsWith('(') && own.index > 0 ? own : undefined;
    const m = COMPARED_IN_POINTS.exec(aside ? trimGap(own.label.slice(0, -1)) : trimGap(s.gapBefore));
    // `女性…为A，男性为B，两性差距为C个百分点`: the gap between the two rates named just before, whichever is larger
    if (!m && !aside && GAP_BETWEEN.test(trimGap(s.gapBefore)) && countClauseEnds(s.gapBefore) === 1 && own.kind === 'percent' && own.value !== null && own.index > 0) {
      const first = p.figures[own.index - 1];
      if (first.kind === 'percent' && first.value !== null && first.sentence === s.sentence && own.sentence === s.sentence && countClauseEnds(own.gapBefore) === 1 &&
        /^[\u3400-\u9fff]{1,4}(?:为|是)$/.test(trimGap(own.gapBefore)) && !isStatedChange(first) && !isStatedChange(own) &&
        gapOfPair(trimGap(s.gapBefore), first.label + own.label)) {
        const [from, to] = first.value <= own.value ? [first, own] : [own, first];
        out.push({ op: 'points', from, to, stated: s, direction: 'up', verb: '差距' });
      }
      continue;
    }
    // `城市学校…为A，农村学校为B，城市学校比农村学校高出C个百分点`: each of the two named by the clause, both stated before
    if (!m && !aside && countClauseEnds(s.gapBefore) === 1) {
      // (or `农村居民收入增速快于城镇居民`: subject, verb, the other)
      const after = NAMED_PAIR_POINTS_AFTER.exec(trimGap(s.gapBefore));
      const pair = NAMED_PAIR_POINTS.exec(trimGap(s.gapBefore)) ?? (after ? [after[0], after[1], after[3], after[2].slice(0, 1)] : null);
      if (!pair) continue;
      // (growth rates compared, `…增速比…高`, are stated changes; each named by its group's first word when not in full: `农村`)
      const growth = GROWTH_WORDS.test(pair[1]);
      const named = (name: string) => lookBack(p, s.index, s.sentence, (f) => f.kind === 'percent' && f.value !== null && (growth ? isStatedChange(f) : !isStatedChange(f)) &&
        lastClause(f.label).includes(name));
      const byGroup = (name: string) => growth && name.length >= 2 ? named(name.slice(0, 2)) ?? byShortName(name) : undefined;
      // (or by a short form of its name, its characters in order: `社零总额增速` for `社会消费品零售总额同比增长`)
      const byShortName = (name: string) => {
        const short = name.replace(GROWTH_WORDS, '');
        return short.length < 3 ? undefined : lookBack(p, s.index, s.sentence, (f) => f.kind === 'percent' && f.value !== null && isStatedChange(f) &&
          lastClause(f.label).includes(short.slice(-2)) && charsInOrder(short, lastClause(f.label)));
      };
      // (the other's growth may be stated after, in the next clause run of the sentence: `农村居民…增长A，增速比城镇居民高C个
      // 百分点；城镇居民…增长B`)
      const namedAfter = (name: string) => lookAhead(p, s.index, s.sentence, (f) => f.kind === 'percent' && f.value !== null && isStatedChange(f) &&
        lastClause(f.label).includes(name));
      // `其中，高技术制造业增加值增长A，增速比规模以上工业高C个百分点`: a subject that is only the word for growth is the growth
      // stated in the clause before; the other, a group and no period, may be stated in the sentence before (the measure a
      // 其中 sentence breaks down)
      const ownGrowth = growth && GROWTH_ONLY.test(pair[1]) && !PERIOD_IN_NAME.test(pair[2]) ? own : undefined;
      if (ownGrowth && (ownGrowth.kind !== 'percent' || ownGrowth.value === null || ownGrowth.sentence !== s.sentence || !isStatedChange(ownGrowth))) continue;
      const to = ownGrowth ?? named(pair[1]) ?? byGroup(pair[1]);
      const from = ownGrowth
        ? lookBack(p, ownGrowth.index, s.sentence - 1, (f) => f.kind === 'percent' && f.value !== null && isStatedChange(f) && lastClause(f.label).includes(pair[2])) ??
          (pair[2].length >= 2 ? namedAfter(pair[2]) : undefined)
        : named(pair[2]) ?? byGroup(pair[2]) ?? (growth && pair[2].length >= 2 ? namedAfter(pair[2].slice(0, 2)) : undefined);
      if (to && from && to !== from && !lastClause(to.label).includes(pair[2]) && !lastClause(from.label).includes(pair[1])) {
        out.push({ op: 'points', from, to, stated: s, direction: /高|快|多/.test(pair[3]) ? 'up' : 'down', verb: pair[3] });
      }
      continue;
    }
    if (!m) continue;
    if (aside) {
      own = p.figures[aside.index - 1];
      // (past an earlier comparison of the same rate, its aside and its points: `增长A，增速比全省平均水平（B）高C个百分点，
      // 比上年同期（D）加快E个百分点` compares A with D)
      while (own && own.kind === 'percentage-point' && own.sentence === s.sentence && countClauseEnds(aside.gapBefore) === 1 && own.index >= 2 &&
        own.gapBefore === ')' && p.figures[own.index - 1].label.endsWith('(')) own = p.figures[own.index - 2];
      // (two growth rates too, the aside named as one: `增速为A，高于全县农村居民收入增速（B）C个百分点`)
      const bothGrowth = isStatedChange(own) && GROWTH_WORDS.test(aside.label);
      if (own.kind === 'percent' && own.value !== null && own.sentence === s.sentence && countClauseEnds(aside.gapBefore) === 1 && (!isStatedChange(own) || bothGrowth)) {
        out.push({ op: 'points', from: aside, to: own, stated: s, direction: /高|快|多/.test(m[1] ?? m[4]) ? 'up' : 'down', verb: m[1] ?? m[4] });
      }
      continue;
    }
    if (own.kind !== 'percent' || own.value === null || own.sentence !== s.sentence || countClauseEnds(s.gapBefore) !== 1) continue;
    const comparator = (m[2] ?? m[3]).replace(/平均水平$|平均$|水平$/, '');
    if (comparator.length < 2) continue;
    stated ??= new Set(out.flatMap((r) => ('stated' in r ? [r.stated] : [])));
    if (stated.has(s)) continue;
    const direction: Direction = /高|快|多/.test(m[1] ?? m[4]) ? 'up' : 'down';
    // `总体失业率为B，…；本地居民失业率为A，较总体失业率高C个百分点`: a comparator named in full, its rate stated before
    const earlier = comparator.length >= 3 ? lookBack(p, own.index, s.sentence - 1, (f) => f.kind === 'percent' && f.value !== null && !isStatedChange(f) &&
      labelNames(lastClause(f.label), comparator)) : undefined;
    if (earlier && !isStatedChange(own)) {
      out.push({ op: 'points', from: earlier, to: own, stated: s, direction, verb: m[1] ?? m[4] });
      continue;
    }
    // `全省城镇化率达到B…；其中省会城市城镇化率为A，高出全省C个百分点`: a place compared with, its rate of the same measure
    // stated before with the place opening its name
    const ownMeasure = RATE_MEASURE.exec(lastClause(own.label))?.[1];
    const placeRate = WHOLE_PLACES.has(comparator) && ownMeasure && !isStatedChange(own) ? lookBack(p, own.index, s.sentence - 1, (f) => f.kind === 'percent' &&
      f.value !== null && !isStatedChange(f) && lastClause(f.label).startsWith(comparator) && lastClause(f.label).includes(ownMeasure)) : undefined;
    if (placeRate) {
      out.push({ op: 'points', from: placeRate, to: own, stated: s, direction, verb: m[1] ?? m[4] });
      continue;
    }
    const other = p.figures[s.index + 1];
    if (!other || other.kind !== 'percent' || other.value === null || other.sentence > s.sentence + 1) continue;
    // the other rate's own words: its clause in this sentence (or its aside), or its sentence's head in the next
    const words = other.sentence === s.sentence ? lastClause(other.gapBefore).replace(/^\(/, '') : sentenceHead(p, other);
    if (other.sentence === s.sentence && countClauseEnds(other.gapBefore) !== 1 && !other.gapBefore.startsWith('(')) continue;
    if (!words.includes(comparator)) continue;
    // the other's rate of another period (`全省城镇化率上年为B，今年提高C`, `较上年的B上升C`) is no rate of the own one's
    if (isComparisonBase(other) || (PRIOR_PERIOD.test(words) && !PRIOR_PERIOD.test(sentenceHead(p, own)))) continue;
    // rates of one sort: both changes (`增长`) or both levels (`城镇化率为`), and in the next sentence of one measure
    // (`，全省为5.7%`: the comparator restated with a copula is of the own rate's sort, whatever that is)
    const restated = trimGap(words).replace(/平均水平|平均/, '') === comparator + '为';
    if (!restated && isStatedChange(own) !== isStatedChange(other)) continue;
    // (by more than a generic noun: `一般公共预算收入增长A，高于全省C个百分点。同期全省税收收入增长B` is another measure)
    if (other.sentence !== s.sentence && !sharesBigram(withoutGenericNouns(measureName(sentenceHead(p, own))), withoutGenericNouns(measureName(words)))) continue;
    out.push({ op: 'points', from: other, to: own, stated: s, direction, verb: m[1] ?? m[4] });
  }
}

/** Places a part of them is compared with (`高出全省`). */
const WHOLE_PLACES = new Set(['全省', '全市', '全国', '全县', '全区', '全港', '全澳']);
/** The rate a label names, before its verb (`其中省会城市城镇化率为` → `镇化率`: the two characters before 率 and 率). */
const RATE_MEASURE = /([\u3400-\u9fff]{2}率)(?:为|达到|达|是)?$/;

/** Growth named as such (`收入增速`, `增幅`). */
const GROWTH_WORDS = /增速|增幅|增长速度/;
/** `农村居民收入增速比城镇居民高`: growth rates of a pair compared, a gap that should be in points. */
// (or `增速快于城镇`: the comparison after the verb)
const GROWTH_PAIR_POINTS = /^[\u3400-\u9fff]{0,8}(?:增速|增幅|增长速度)(?:(?:比|较)[\u3400-\u9fff]{2,8}?(?:高出|低出|高|低|快|慢)了?|(?:快于|慢于|高于|低于)[\u3400-\u9fff]{2,8})$/;
/** A subject that is only the word for growth (`增速比…高`): the growth stated just before. */
const GROWTH_ONLY = /^(?:其|该)?(?:增速|增幅|增长速度)$/;
/** A comparator naming a period (`上年`, `上半年`, `一季度`, `1-2月`): a change over time, read elsewhere, not a group. */
const PERIOD_IN_NAME = /[年季月期]/;
/** `城市学校比农村学校高出`: a subject, 比, the other of the pair, the verb. */
const NAMED_PAIR_POINTS = /^([\u3400-\u9fff]{2,12}?)(?:比|较)([\u3400-\u9fff]{2,12}?)(高出|低出|高|低|多|快|慢)(?:了)?$/;

/** `农村居民收入增速快于城镇居民`: a subject, the verb with 于, the other of the pair. */
const NAMED_PAIR_POINTS_AFTER = /^([\u3400-\u9fff]{2,12}?(?:增速|增幅|增长速度))(快于|慢于|高于|低于)([\u3400-\u9fff]{2,8}?)$/;

/** Does a gap word name the pair its labels name (`城乡差距` of 城镇 and 农村, `两性差距` of 男 and 女)? */
function gapOfPair(gap: string, labels: string): boolean {
  if (/^城乡/.test(gap)) return labels.includes('城') && (labels.includes('乡') || labels.includes('农'));
  if (/^(?:两性|男女)/.test(gap)) return labels.includes('男') && labels.includes('女');
  return true;
}

/** `两性差距为`, `城乡差距为`: the difference of a pair named right before, in points. */
const GAP_BETWEEN = /^(?:两性|男女|城乡|两者|二者|两地)?差距(?:为|是|达|达到)?$/;

/** `高于全省平均水平` / `低于全国` / `比全省高` / `比全国高出`: a comparison in points with a named place or group. */
const COMPARED_IN_POINTS = /^(?:(高于|低于|快于|慢于|高出|低出)([\u3400-\u9fff]{2,12}?)|(?:比|较)([\u3400-\u9fff]{2,12}?)(高出|高|低|快|慢|多))(?:了)?$/;

/** What a sentence head names, without its opening clause (`一季度，`), place and period words, and the change or
 *  copula words (`同比增长`, `为`). */
function measureName(head: string): string {
  return subjectOf(head.replace(/^[^,，]*[,，]/, '')).replace(/同期|同比|环比|比上年|增长|下降|上涨|提高|回落|为|达到|达|是/g, '');
}

/** Do the characters of `short` stand in `name` in order (`社零总额` in `社会消费品零售总额`)? */
function charsInOrder(short: string, name: string): boolean {
  let at = 0;
  for (const c of short) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
