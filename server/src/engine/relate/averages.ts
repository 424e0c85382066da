// Averages: 人均 / 户均 / 平均每X / 每千人口 / 月均 figures against total ÷ count, the count chosen by its unit and
// name, monthly figures divided by the months their total covers.
import type { AverageReading, Relation } from '../relate';
import { isHan } from '../normalize';
import { OPEN_PAREN } from '../tables/codes';
import { COMPARED_WITH, isComparisonBase, isStatedChange } from './change-words';
import { AVERAGE_TOTAL_NAMES, COUNTED_NOUNS, MANNER_MODIFIERS, MEMBER_NOUN_ALIASES, PER_CAPITA_CUES, PER_CLASSIFIER_UNITS, POPULATION_WORDS, DEFINED_AVERAGES, RESIDENTS, TARGET_NAMES, massFactor } from './cues';
import { isTimeAverage, MAX_REACH, clauseAfter, containsAnyOf, firstCodes, hasClauseEnd, includesUnnegated, isIntensive, isNumber, isWholeOfShare, placeOf, lastClause, lookAhead, lookBack, nameIn, namesOneWhole, sameUnit, subjectOf, withoutContext } from './figures';
import { type Figure, type Passage, between, countClauseEnds, sentenceHead, sharesBigram, sharesTrigram, trimGap } from './passage';
import { LIST_JOINERS, NAME_JOINERS, listItemName, listJoin, smallNumber, startingLevel } from './sums';

const PER_CAPITA_FIRST_CODES = firstCodes(PER_CAPITA_CUES.map((c) => c.cue));

/** Months a total's label covers, or undefined when it names no period: `上半年` 6, `前三季度` 9, `一季度` 3,
 *  `1至5月` 5, `前10个月` 10, `全年` / `2023年` 12. */
function monthsOf(label: string): number | undefined {
  // a total that is itself a month's (`每月工资总额`) is one month
  if (/每月|月度|当月|本月/.test(label)) return 1;
  // a span of years up to now (`2016年以来累计`) is no year
  if (/以来|至今/.test(label)) return undefined;
  if (/上半年|下半年/.test(label)) return 6;
  if (/前三季/.test(label)) return 9;
  if (/[一二三四1-4]季度|首季/.test(label)) return 3;
  const span = /([0-9]{1,2})(?:至|到|-|—|–|~)([0-9]{1,2})月/.exec(label);
  if (span && Number(span[2]) >= Number(span[1])) return Number(span[2]) - Number(span[1]) + 1;
  // (`前10个月`, Hong Kong and Macau's `首11个月`, `首三个月`)
  const first = /(?:前|首)([0-9]{1,2}|[一二三四五六七八九十]{1,3})个月/.exec(label);
  if (first) return smallNumber(first[1]);
  return /年/.test(label) ? 12 : undefined;
}

// (or worked out by the month: `全年支出T，按月計算人均約P`)
const MONTHLY = /(?:^|[^0-9一二三四五六七八九十])(?:月均|月人均|人均月|人均每月|每人每月|户均每月|户均月|平均每月|每月平均|月平均|按月计算|按月计)|平均每[\u3400-\u9fff]{1,6}每月/;
/** `平均每宗个案每月`, `平均每名受惠人每月`: an average per item and per month. */
const PER_ITEM_MONTHLY = /平均每[\u3400-\u9fff]{1,6}每月/;

// 人均 / 户均 / 平均 / 每千人口 / 亩产 / 月均: the stated figure is a total divided by a count (or by 12 months).
export function findAverages(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  for (const s of p.figures) {
    if (!isNumber(s)) continue;
    const head = s.label;
    // A label without the first character of any cue is passed over without trying each cue (most are).
    if (!containsAnyOf(head, PER_CAPITA_FIRST_CODES)) continue;
    findAverage(p, out, subsetTotals, s, head);
  }
}

/** A figure's name, or for the level a change reached, the name given with the level it started from (`门店由上年底的B增至A`:
 *  A is named 门店 too). */
function levelName(p: Passage, f: Figure): string {
  const start = p.figures[f.index - 1];
  return start !== undefined && startingLevel(p, start) ? start.label + f.label : f.label;
}

/** The year a sentence head names by a relative word (`今年`, `去年` or `上年`, `前年`), as one of three. */
function yearWordOf(head: string): string | undefined {
  const word = RELATIVE_YEAR.exec(head)?.[0];
  return word === undefined ? undefined : word === '上年' ? '去年' : word === '本年' ? '今年' : word;
}
const RELATIVE_YEAR = /今年|本年|去年|上年|前年/;

/** `按年平均常住人口计算`: the divisor declared as the year's average population. */
const AVERAGE_POPULATION_BASIS = /按(?:年)?平均(?:常住|户籍)?人口/;

/** A count named as planned or as a target (`计划对`, `完成年度任务`). */
const PLANNED_COUNT = /计划|目标|任务/;

/** Is the figure a count in one of the units, written so or with 个 and a noun that counts in it (`1,286个…家庭`)? */
function countsIn(p: Passage, f: Figure, units: readonly string[]): boolean {
  if (units.includes(f.unit)) return true;
  if (f.unit !== '个') return false;
  // (or named before it in its clause, a few words at most between: `家庭住户共268.4万个`)
  const head = lastClause(f.label);
  const namedBefore = (noun: string) => {
    const at = head.lastIndexOf(noun);
    return at >= 0 && /^[\u3400-\u9fff]{0,6}$/.test(head.slice(at + noun.length));
  };
  return units.some((u) => COUNTED_NOUNS[u]?.some((noun) => countedNounAfter(p, f, noun) || namedBefore(noun)));
}

/** Is a count followed by the noun it counts, in its clause (`274.2万个家庭住户` counts 住户)? */
function countedNounAfter(p: Passage, f: Figure, noun: string): boolean {
  const after = p.text.slice(f.cleanEnd, f.cleanEnd + MAX_COUNTED_NOUN);
  const at = after.indexOf(noun);
  return at >= 0 && !hasClauseEnd(after.slice(0, at));
}

/** How far after a count in 个 its noun may be (`个经济困难家庭`). */
const MAX_COUNTED_NOUN = 8;

/** `在校学生6.21万人，平均每名教师负担学生15.2人`: the total is the figure named by the second noun, the count the one
 *  named by the first, each the nearest so named in this sentence or the one before. */
function findMemberAverage(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, s: Figure, countNoun: string, totalNoun: string): void {
  // a 其中-part (`其中35岁以下青年教师1,520人`) is a share of the count, not the count
  const named = (noun: string) => (f: Figure) => !isComparisonBase(f) && !subsetTotals.has(f) && namesMember(f, noun);
  // `平均每名乡村医生服务586人`: with no noun after the verb, the total is the population named in its unit
  const total = totalNoun ?
    lookBack(p, s.index, s.sentence - 1, (f) => named(totalNoun)(f) && sameUnit(f, s)) :
    lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && sameUnit(f, s) && !isIntensive(f) && !subsetTotals.has(f) && POPULATION_WORDS.some((w) => f.label.includes(w)));
  const count = lookBack(p, s.index, s.sentence - 1, (f) => f !== total && named(countNoun)(f) && (!totalNoun || !named(totalNoun)(f)));
  // `…在校学生T，专任教师C。其中，普通小学N所，在校生A，专任教师B，平均每名专任教师负担学生`: an average in the clauses
  // of one 其中 group, whose pupils and teachers are both stated there, is of that group
  if (totalNoun && total && count) {
    const inGroup = (noun: string) => lookBack(p, s.index, s.sentence, (f) => f.sentence === s.sentence && subsetTotals.has(f) && namesMember(f, noun));
    const groupTotal = inGroup(totalNoun);
    const groupCount = groupTotal && inGroup(countNoun);
    if (groupTotal && groupCount && groupCount !== groupTotal && sameUnit(groupTotal, s) && subsetTotals.get(groupTotal) === total && subsetTotals.get(groupCount) === count) {
      out.push({ op: 'average', total: groupTotal, count: groupCount, stated: s, factor: 1, alternatives: [{ total, count, excuseOnly: true }] });
      return;
    }
    // `在校学生T，其中小学在校生A，初中在校生B；小学专任教师C，平均每名教师负担学生`: a count named with a group is over
    // the 其中 part named with that group (the whole's is another reading)
    // (the group is what opens the count's name, before a role: `小学专任教师` is of 小学)
    const at = count.label.indexOf(countNoun);
    const group = at > 0 ? withoutContext(trimGap(lastClause(count.label.slice(0, at)))).replace(TEACHER_ROLES, '') : '';
    const part = group.length >= 2 ? lookBack(p, count.index, total.sentence, (f) => subsetTotals.get(f) === total && sameUnit(f, s) &&
      f.label.includes(group) && namesMember(f, totalNoun)) : undefined;
    if (part) {
      out.push({ op: 'average', total: part, count, stated: s, factor: 1, alternatives: [{ total, count, excuseOnly: true }] });
      return;
    }
  }
  if (total && count) out.push({ op: 'average', total, count, stated: s, factor: 1 });
}

/** A head count named as the members (`学生`, by any of its names, `在校生`), no average, change or part of one. */
function namesMember(f: Figure, noun: string): boolean {
  return isNumber(f) && !isIntensive(f) && !isStatedChange(f) &&
    ((MEMBER_NOUN_ALIASES[noun] ?? [noun]).some((n) => f.label.includes(n)) || sharesBigram(noun, nameIn(f.label)));
}

/** `售出门票48.6万张，实现门票收入1.17亿元，平均票价为214元` / `销售额612.4亿元，平均售价每平方米7628元`: the sales
 *  named so, over the count of what was sold (and so for the other averages of DEFINED_AVERAGES). Whether it found them. */
function findDefinedAverage(p: Passage, out: Relation[], s: Figure, defined: (typeof DEFINED_AVERAGES)[number]): boolean {
  // (bed-days in 日 for a stay in 天: `占用总床日数371.6万日，平均住院日为8.9天`)
  // (or in the product of the count's unit and the average's: `周转量T吨公里` over `货运量N吨` is in 公里)
  const totalOf = (f: Figure) => isNumber(f) && (sameUnit(f, s) || (DAYS.has(f.unit) && DAYS.has(s.unit)) || defined.countUnits.some((u) => f.unit === u.replace(/次$/, '') + s.unit)) &&
    !isIntensive(f) && !isStatedChange(f);
  const countOf = (f: Figure) => isNumber(f) && defined.countUnits.includes(f.unit) && !isStatedChange(f) && defined.count.some((w) => f.label.includes(w));
  const named = (f: Figure) => defined.total.some((w) => f.label.includes(w));
  // the kind of building an average, its sales and its area are of: named in the figure's label or in the one before it
  // in its sentence (`其中住宅销售面积A，销售额B，平均销售价格…` are all of 住宅); the average's kind decides both
  const scope = defined.scopes && scopeIn(p, s, defined.scopes);
  // (one whose own label names the kind first: `线上渠道实现营业收入A，占营业收入总额W的P` is of A)
  // (with no scope, the whole rather than a 其中 part of it: `总票房T，其中国产影片票房A…；观影N人次，平均票价P` is of T)
  const partOfAnother = (f: Figure) => out.some((r) => r.op === 'subset' && r.part === f && named(r.total));
  const total = scope ? lookBack(p, s.index, s.sentence - 1, (f) => totalOf(f) && named(f) && lastClause(f.label).includes(scope)) ??
    lookBack(p, s.index, s.sentence - 1, (f) => totalOf(f) && scopeIn(p, f, defined.scopes!) === scope && (named(f) || f.label.includes(scope))) :
    lookBack(p, s.index, s.sentence - 1, (f) => totalOf(f) && named(f) && !partOfAnother(f)) ?? lookBack(p, s.index, s.sentence - 1, (f) => totalOf(f) && named(f));
  const count = scope ? lookBack(p, s.index, s.sentence - 1, (f) => countOf(f) && scopeIn(p, f, defined.scopes!) === scope) :
    // (an average of no kind is not of a 其中 kind's area)
    lookBack(p, s.index, s.sentence - 1, (f) => countOf(f) && !(defined.scopes && SUBGROUP.test(f.label)));
  if (!total || !count) return false;
  out.push({ op: 'average', total, count, stated: s, factor: 1 });
  return true;
}

/** Kinds of visitors by stay, each pair the two sides of one split (same-day and overnight), read both ways. */
/** Outpatient and inpatient care: an average of one is never over the other's total. */
const OTHER_CARE: ReadonlyArray<readonly [string, string]> = [['门诊', '住院'], ['住院', '门诊']];
const STAY_KINDS: ReadonlyArray<readonly [string, string]> = [['即日', '过夜'], ['不过夜', '留宿'], ['一日游', '过夜']];

/** Visitors, counted in visits (`过夜旅客`, `入境游客`). */
const VISITORS = /旅客|游客|访客/;

/** A sentence opening on the period of the one before (`同期`, `同季`, `同年`). */
const SAME_PERIOD_OPEN = /^(?:同期|同季|同年|同月|同时期)/;

/** Sales an average per order is of (`网络零售额`, `成交额`). */
const ORDER_SALES = /零售额|销售额|成交额|交易额|营业额/;

/** Units of days. */
const DAYS = new Set(['天', '日']);

/** The first of `scopes` named in a figure's label, or in those before it in its sentence that name none (at most
 *  three back). */
function scopeIn(p: Passage, f: Figure, scopes: readonly string[]): string | undefined {
  for (let k = f.index, steps = 0; k >= 0 && steps <= 3 && p.figures[k].sentence === f.sentence; k--, steps++) {
    const label = lastClause(p.figures[k].label);
    const named = scopes.find((w) => label.includes(w));
    if (named) return named;
  }
  return undefined;
}

/** The 其中 part of `whole` whose name (its own, or declared before 分别) a total's label names, or undefined. */
function partNamedBy(p: Passage, subsetTotals: Map<Figure, Figure>, whole: Figure, label: string): Figure | undefined {
  const parts = p.figures.filter((f) => subsetTotals.get(f) === whole);
  if (parts.length < 2) return undefined;
  const declared = parts[0].label.includes('分别') ? listItemName(parts[0]).replace(/分别.*$/, '').split(NAME_JOINERS) : undefined;
  const names = declared && declared.length === parts.length ? declared : parts.map(listItemName);
  const i = names.findIndex((n) => n.length >= 2 && label.includes(n));
  return i >= 0 ? parts[i] : undefined;
}


/** A copula or approximation ending a noun (`营业额为`). */
const COPULA_END = /(?:为|达到|达|是|约为)$/;
/** `按实际发放…`, `以年底员工…`: the words that declare the count an average is taken over, before its figure. */
const DECLARED_COUNT = /(?:按|以)[\u3400-\u9fff]{0,8}$/;

/** A 其中 or 当中 group. */
const SUBGROUP = /其中|当中/;
/** A gap whose last segment opens with 其中 (`…以上；其中，脱贫人口参保`). */
const SUBGROUP_OPENS = /(?:^|[;；。,，])(?:其中|当中)[,，]?[^;；。]*$/;
/** `平均每条线路日均`: an average per item of a daily figure. */
const PER_ITEM_BEFORE_DAILY = /平均每[条个家座所辆艘架台间处][\u3400-\u9fff]{0,6}日均/;

/** `按接待游客计算`: the average names the count it is over. */
const STATED_BASIS = /按[\u3400-\u9fff]{1,10}(?:计算|计)/;

/** Is an output the area's own: named by nothing (`产量B吨`) or by what the area is of (`水稻播种面积A亩，水稻产量B吨`),
 *  not a whole's (`秋粮播种面积A亩，全年粮食总产量B吨`)? */
function ownOutput(total: Figure, count: Figure, hint: string): boolean {
  const name = subjectOf(lastClause(total.label));
  const owner = name.slice(0, Math.max(0, name.indexOf(hint))).replace(/全年|当年|今年|本年|总$/g, '');
  return owner.length < 2 || sharesBigram(owner, count.label);
}

/** Does a count's label name the item 每个 names: the noun, or a name ending with its first character (`每个站点`
 *  counts `服务站`)? */
function namesItem(label: string, noun: string): boolean {
  return label.includes(noun) || label.replace(/(?:共有|有|为|达到|达|是|共)$/, '').endsWith(noun[0]);
}

/** People a monthly wage is paid to, named before 月均 (`车间务工人员月均工资`), and the pay words after it. */
const WORKERS = /人员|员工|职工|工人|务工/;
const WAGE_AFTER = /^(?:工资|薪酬|收入|薪资|薪金|薪)/;

/** `按常住人口计算`: the population an average is said to be over. */
/** A rate base naming the population it is over (group 1): `每千常住人口`, `每万户籍人口`. */
const NAMED_RATE_BASE = /每(?:十|百|千|万|十万|百万)(常住人口|户籍人口|总人口)/;
/** Units of sown area, and the crop named before its area (`稻谷播种面积`, `油菜籽种植面积`). */
const AREA_UNITS = new Set(['亩', '公顷', '万亩']);
const AREA_OF_CROP = /^(?:其中)?([\u3400-\u9fff]{2,5}?)(?:播种|种植|收获|实收)面积(?:为|达|达到)?$/;
/** `（按` right before a count in an aside, and `…计）` / `…计算）` after it. */
const DECLARED_ASIDE = /^\((?:按|以)$/;
const DECLARED_ASIDE_END = /^[\u3400-\u9fff]{0,8}(?:计算|计)\)/;
const COUNT_BASIS = /按(?:年末|年平均)?(常住人口|户籍人口|总人口|从业人员|在校生|平均用工|平均人数|平均职工)(?:人数)?(?:计算|计)/;

/** Households' income, which a per-head figure of it can only be of. */
const DISPOSABLE = /可支配收入|纯收入/;

/** A population named as the whole of a place's people (`全市常住人口为`), over which a per-head figure stated
 *  before it may be. */
const POPULATION_AFTER = /(?:常住人口|户籍人口|总人口)(?:为|达到|达|是|约为|约)?$/;
/** The population a rate base names (`每千户籍人口`): the figure it is over must be named so. */
const NAMED_POPULATION = /(?:常住|户籍)人口/;

/** What an average over visits measures besides money: a stay. */
const VISIT_MEASURES = /停留|逗留|留宿|天数|晚数/;

/** Does `noun` share a run of three characters with `name` that `other` does not have (`高价值` of `高价值发明专利`, not of
 *  `有效发明专利`)? */
function namesOnly(noun: string, name: string, other: string): boolean {
  for (let i = 0; i + 2 < noun.length; i++) {
    const tri = noun.slice(i, i + 3);
    if (name.includes(tri) && !other.includes(tri)) return true;
  }
  return false;
}

/** `（含集体户人口C）`, `，包括非本地勞工及外地學生`: what a population includes besides people in households. */
/** `当中729.6万人居于274.2万个家庭住户`: people named as living in households after their figure. */
const LIVING_IN_HOUSEHOLDS = /^(?:居于|居住于|居住在|住在)/;
/** A head count named as the people living in households (`居于家庭住户的人口为`, `居於家庭住戶的有`). */
const LIVING_IN_HOUSEHOLDS_NAMED = /(?:居于|居住于|居住在|住在)(?:家庭)?住户的?(?:人口|有|者)/;

/** Verbs of having inside a name (`实有床位`, `现有职工`). */
const HAVING = /实有|现有|共有|拥有/g;

const INCLUDES_AFTER = /^(?:\(|[,，])(?:含|包括|包含)/;

/** `（含远洋渔业）`: an aside naming what a total includes besides the rest. */
const INCLUDING_ASIDE = /\((?:含|包括|包含)[^)]*\)/g;

/** A run of two Han characters of `name` found in `label` and not in `other`, or undefined. */
function distinguishingBigram(name: string, label: string, other: string): string | undefined {
  for (let i = 0; i + 1 < name.length; i++) {
    if (!isHan(name.charCodeAt(i)) || !isHan(name.charCodeAt(i + 1))) continue;
    const bi = name.slice(i, i + 2);
    if (label.includes(bi) && !other.includes(bi)) return bi;
  }
  return undefined;
}

/** Does a label measure something else than the average's noun, each ending with a measure of its own (`茶叶收入` and
 *  `茶叶综合产值突破`)? */
function otherMeasure(noun: string, label: string): boolean {
  const own = MEASURE_HEADS.find((h) => noun.endsWith(h));
  if (!own) return false;
  const clause = lastClause(label);
  const theirs = MEASURE_HEADS.find((h) => clause.includes(h));
  return theirs !== undefined && theirs !== own && !clause.includes(own);
}
const MEASURE_HEADS = ['收入', '产值', '产量', '销售额', '利润', '增加值', '营业额', '养老金', '保险费'];

const RELATIVE_YEAR_LEAD = /^(?:其中|当中)?(?:去年|今年|上年|本年|当年)?(?:全年)?/;

/** A 其中 count before the average, named with a word the part total's name shares and its whole's lacks. */
function countNamingPart(p: Passage, s: Figure, part: Figure, whole: Figure, subsetTotals: Map<Figure, Figure>, countUnits: readonly string[]): boolean {
  const partName = nameIn(lastClause(part.label)).replace(/^(?:其中|当中)/, '');
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH; k--) {
    const f = p.figures[k];
    if (f === part || !subsetTotals.has(f) || f.unit === part.unit || !countsIn(p, f, countUnits)) continue;
    const bi = distinguishingBigram(listItemName(f), partName, whole.label);
    if (bi !== undefined && partName.startsWith(bi)) return true;
  }
  return false;
}

/** A standard or level raised or cut by an amount (`补助标准提高`, `水平上调了`). */
/** A change against the same period of another year or the period before, written without 比/较. */
/** `由2016年的`, `从上年的`: the figure after it is where a change starts, of another period. */
const CHANGE_START = /(?:由|从)[^,，;；]{0,12}的$/;
const SAME_PERIOD_CHANGE = /同比|按年|环比|按月/;
const STANDARD_RAISED = /(?:标准|水平)(?:再|又)?(?:提高|提升|上调|增加|下调|降低|减少)了?$/;

/** A semicolon and `另` (`；另为…`, `；另外…`): another item begins. */
const ANOTHER_ITEM = /[;；]另/;

/** `惠及`, `覆盖`, `帮助`: the people a sum of money reached, named right after it. */
const BENEFICIARIES = /^(?:惠及|覆盖|帮助|资助|救助|受益|涉及|支持)/;

/** Words that say a total covers more than one group: `以上`, `及`, `和`, `合计`, `全部`, `各类`, a negation. */
const COVERS_MORE = /以上|及|和|与|全部|各类|非/g;
/** Does a total's clause say it covers more than the part (a word of COVERS_MORE the part's own name lacks: `市级以上馆` is
 *  the part `市级以上公共图书馆`)? */
function coversMore(clause: string, partName: string): boolean {
  for (const m of clause.matchAll(COVERS_MORE)) if (!partName.includes(m[0])) return true;
  return false;
}

/** `、金额`: a figure named only as the amount of the count listed before it (about so much: `總額約`). */
const GENERIC_AMOUNT = /^[、,和及]?(?:金额|总金额|总额|合计金额)(?:为|达|达到|共|共计|合计)?(?:约|约为|大约)?$/;

/** A figure of a whole population: `人口`, `总人口`, `常住人口`, named as its number (`人口临时数字为`); not an age group
 *  (`65歲以上老年人口`) nor one of another year (`2015年底的贫困人口`). */
function isPopulation(label: string): boolean {
  return label.includes('人口') && !AGE_OR_GROUP.test(label);
}
const AGE_OR_GROUP = /岁|老年|以上|以下|儿童|少儿|劳动年龄|贫困|流动|男|女/;
const AGE_GROUP = /岁|老年|儿童|少儿|劳动年龄/;

/** Words that name another place next to the one the text is about. */
const NEIGHBOUR = /邻近|相邻|毗邻|周边|隔壁|邻县|邻市/;

/** A count of those a programme brought something to, not of those it paid (`带动就业`, `辐射带动`). */
const INDUCED = /带动|辐射|吸纳/;

/** The words after an average's cue when they name only its count: nothing, or 每 and a classifier (`每户`). */
// (and the verb of paying it out: `平均每人每月发给`, `平均每個個案全年獲發`, with what is paid, `每月獲發援助金`, or of receiving it: `每月約獲`, or of holding it: `户均持有`, or of bearing it, `人均负担`, or of topping up to a standard, `人均每月补差`; per visit
// too: `平均每人次`)
const BARE_PER_COUNT = /^(?:每人次|每[\u3400-\u9fff])?年?(?:领取|获得|享受|可领|获贷|获发|发给|发放|可分配|分配|分得|可获得|可获|持有|负担|分摊|补差)?(?:约|为|达|达到|约为)?$|^每[\u3400-\u9fff]{1,6}?(?:每月|全年|每年)约?(?:获发|领取|获得|获|可领|发给|发放|可分配|分得)?(?:[\u3400-\u9fff]{0,3}(?:金|津贴|补贴))?(?:约|为|达|达到|约为)?$/;

/** `每名成员约`: 每, a person's classifier and the members' noun, nothing of what they have. */
// (and a verb of receiving, `平均每名申請人獲發約`)
const PER_MEMBER_ONLY = /^每(?:名|位)([\u3400-\u9fff]{2,4}?)(?:获发|获得|可获|领取)?(?:约|为|达|达到|约为)?$/;
const PER_ITEM_RECEIVING = /^每(?:家|个|所|户)([\u3400-\u9fff]{2,4}?)(?:获发|获得|可获|领取|享受)?(?:约|为|达|达到|约为)?$/;

/** Roles written between a group and its members' noun (`小学专任教师`). */
const TEACHER_ROLES = /(?:专任|在职|在岗|注册|执业)$/;

/** Units of those a monthly payment is made to (people, households, cases; cues.ts HEAD_COUNT_UNITS, for money verbs, counts visits and firms instead). */
const PAYEE_UNITS = new Set(['人', '户', '宗', '个', '名', '位', '戶', '個']);

/** Within a factor of ten of each other: a reading that far off is of other figures, not a slip. */
function sameMagnitude(a: number, b: number): boolean {
  return a > 0 && b > 0 && a / b < 10 && b / a < 10;
}

/** A stay named right after 平均 (`平均留宿`, `平均逗留`), and the units it is counted in. */
const STAY_AFTER_AVERAGE = /^(?:留宿|逗留|留港|留澳|住宿)/;
const STAY_UNITS = new Set(['晚', '天', '日', '夜']);

/** Pay named right after 平均 (`平均薪資`, `平均工资`): paid to people. */
const PAY_AFTER_AVERAGE = /^(?:薪资|工资|薪酬|薪金)/;

/** A gap that goes on with a list (`、执业医师`). */
const LIST_OPENERS = /^(?:、|和|及|与)/;

/** `每列装载`: 每, a classifier and a verb of carrying or handling, nothing of what is carried. */
const PER_ITEM_HANDLING = /^每[\u3400-\u9fff]{1,2}?(?:装载|运送|运输|发送|处理|吞吐|承运)(?:约|为|达)?$/;

/** `每间酒店及公寓接待`: 每, a one-character classifier and the kind of place counted (group 1). */
const ITEM_AFTER_CLASSIFIER = /^每[间家所座台辆个](酒店|宾馆|医院|学校|企业|门店|网店|公司|工厂|商场|景区|诊所|合作社|家庭农场|农场|养老机构|幼儿园|卫生院|卫生室|博物馆|图书馆|网点|超市)/;

/** A verb of having before an average's noun (`拥有养老服务床位`), or 平均 after a cue of its own (`单店平均营业收入`). */
const HAVING_LEAD = /^(?:拥有|有|平均)/;

/** Units so many figures count in (people, visits, households) that only a count near the average is its own. */
const NEAR_COUNT_UNITS = new Set(['人', '人次', '户']);

/** A count named as the members of a 其中 something was given to (`为其中…`, `向其中…`). */
const PAID_TO_SUBGROUP = /(?:为|向|对|给)其中/;
/** `其中60周岁以上领取待遇人员A`: those a benefit is paid to, the count of a `月人均发放` of it. */
const RECIPIENTS = /领取待遇|领取养老金|享受待遇|待遇领取/;
/** A count named as those who receive a payment (`领取老年年金给付者`, `受惠人数`, `受助人`, `享受生育保险待遇`). */
const RECIPIENT_COUNT = /领取|受惠|受助|获发|享受[\u3400-\u9fff]{0,6}待遇|给付者/;
/** A total of money paid out (`给付支出`, `发放`, `开支`). */
const PAID_OUT = /给付|发放|支付|支出|开支/;

/** `每个车间…`: 每个 and a noun of two characters or more, counted in 个. */
const PER_GENERIC_ITEM = /^每个[\u3400-\u9fff]{2}/;
/** Measures written right after `每个`, naming what is averaged per item rather than the item (`每个面积`). */
const ITEM_MEASURES = new Set(['面积', '金额', '产量', '产值', '收入', '人数', '投资', '规模', '容量', '长度', '支出', '营收']);
// (not `每个单位住户人数`: the item is 单位, 住户人数 the household size measured)
const PER_HOUSEHOLD = /^每个([\u3400-\u9fff]{0,3}(?<!单位住)户)(?:的)?(?:人口|人数|住有|有)/;
/** A head count averaged over the months (`月均领取人数`). */
const MONTHLY_COUNT = /月均[\u3400-\u9fff]{0,12}(?:人数|人次|户数|对象)|月均(?:保障|救助|领取|享受)$/;

/** `按每间医院计平均`: the classifier of the count written before 平均. */
/** (or a person's classifier and who they are: `每位服务使用者平均使用经费`) */
const PER_BEFORE_AVERAGE = /按每([\u3400-\u9fff])[\u3400-\u9fff]{0,6}(?:计算|计)$|每([\u3400-\u9fff]{1,2})$|每(位|名)[\u3400-\u9fff]{1,6}$/;

/** `平均每名教师负担学生15.2人`: an average of one head count over another, each named (教师 the count, 学生 the total). */
const PER_MEMBER_OF = /^每(?:名|位|个)?([\u3400-\u9fff]{1,6}?)(?:负担|承担|服务|拥有|管理|对应|教导|指导)([\u3400-\u9fff]{0,6}?)(?:数|人数)?(?:为|达|约|约为)?$/;

/** One figure whose label has the first character of a per-capita cue (its own function, as findShare). */
function findAverage(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, s: Figure, head: string): void {
  // (`平均每条线路日均客运P`: per item of a daily figure, 平均每 first, read per item)
  const perItemOfDaily = PER_ITEM_BEFORE_DAILY.test(head);
  const cue = PER_CAPITA_CUES.find((c) => head.includes(c.cue) && !(perItemOfDaily && c.cue === '日均'));
  if (!cue) return;
  // (nor is the base of a multiple, another period's figure: `日均A，是2019年同期日均B的N倍`)
  const multipleAfter = p.figures[s.index + 1];
  if (multipleAfter && multipleAfter.kind === 'multiple' && between(p, s, multipleAfter) === '的') return;
  // (a change of a per-head standard is no average: `人均财政补助标准提高30元`)
  if (STANDARD_RAISED.test(s.label)) return;
  // (nor is a change of the average against another period: `亩产比上年提高6公斤`, `人均收入同比增加820元`; while
  // `户均增收4,000元`, with no period compared, is an average of the increments)
  if (isStatedChange(s) && (COMPARED_WITH.test(head) || SAME_PERIOD_CHANGE.test(head))) return;
  // (nor the start of a change of the average, `住戶平均人數由2016年的2.8人減至2.7人`: another period's)
  if (CHANGE_START.test(head)) return;
  // `小学、初中生均公用经费分别为A和B`: averages of groups named one by one
  if (head.includes('分别')) return findRespectiveAverages(p, out, s, head, cue);
  // `月人均补助水平农村为A、城市为B`: a per-head figure of one group, whose share of the money the text does not give
  if (/(?:农村|城市|城镇|乡村)(?:为|是)$/.test(head)) return;
  // `分别投入A、B和C。后者带动就业N人，人均投入…`: of one item of a list, named only by its place in it
  if (/^(?:前者|后者)/.test(sentenceHead(p, s))) return;
  // diluted earnings per share are over a share count the text does not give
  if (cue.cue === '每股' && /稀释|摊薄/.test(head)) return;
  // and a dividend per share (`现金股利每股4.0元`) is what the board pays, no average of anything stated
  // (unless the text works it out: `派发现金红利T，按总股本N股计算，每股派发现金红利P`)
  // (the basis in the clause right before the dividend's: `按…13.2億股計算，每股基本盈利…，建議派發末期股息每股P` is none)
  if (cue.cue === '每股' && /股利|股息|派息|派发|配发|红利|分红/.test(head) && !SHARE_BASIS_BEFORE.test(sentenceHead(p, s))) return;
  // 月均 / 人均月 / 平均每月: a monthly figure of an annual total (not 1-6月均…, where 月 ends a date).
  const monthly = MONTHLY.test(head);
  if (cue.cue === '月均' && !monthly) return;
  // (`职工月平均工资`: a population named before 月平均 makes it per head and per month)
  // (and `每人每月總薪資平均為`: per head and per month, said so)
  const monthlyPerHead = cue.cue === '平均' && monthly && ((head.includes('月平均') && POPULATION_WORDS.some((w) => head.slice(0, head.indexOf('月平均')).includes(w))) ||
    /每人每月|每人月/.test(head));
  // (so is `务工人员月均工资`: people named before 月均, and a pay word after it)
  const monthlyWage = (cue.cue === '月均' && WAGE_AFTER.test(head.slice(head.indexOf('月均') + 2)) && WORKERS.test(head.slice(0, head.indexOf('月均')))) ||
    // (`在岗职工N人，全年工资总额T，月平均工资P`: a wage is per worker)
    (cue.cue === '平均' && head.includes('月平均') && WAGE_AFTER.test(head.slice(head.indexOf('月平均') + 3))) ||
    // (and `平均每月工资`, `平均月薪`: a monthly wage is per worker)
    (cue.cue === '平均' && /平均(?:每月|月)/.test(head) && WAGE_AFTER.test(head.slice(head.search(/平均(?:每月|月)/) + (head.includes('平均每月') ? 4 : 3))));
  // (and `平均每宗每月`, `平均每个家庭每月`: per item and per month)
  const monthlyPerItem = cue.cue === '平均' && PER_ITEM_MONTHLY.test(head);
  const perHead = (cue.cue !== '月均' || monthlyWage) && (!(cue.cue === '平均' && monthly) || monthlyPerHead || monthlyWage || monthlyPerItem);
  const noun = head.slice(head.indexOf(cue.cue) + cue.cue.length).replace(/^(?:每月|月)/, '');
  // (`人均天消费`, `人均每天`: per person and per day, over days the text gives only as an average stay)
  if (/^(?:每天|每日|天|日)/.test(noun) && cue.cue === '人均') return;
  if (perHead && cue.cue === '平均') {
    // (`平均每间诊所全年服务约…人次`: per item counted by a classifier of things, not per member)
    // (nor time each gives, `平均每人服务6.4小时`: hours over heads, read as any average)
    const members = (PER_CLASSIFIER_UNITS[noun[1]] && !PER_CLASSIFIER_UNITS[noun[1]].includes('人')) || TIME_GIVEN_UNITS.has(s.unit) ? null : PER_MEMBER_OF.exec(noun);
    if (members) return findMemberAverage(p, out, subsetTotals, s, members[1], members[2]);
    // (a noun may have one entry per kind of count: `平均售价` per square metre sold, or per vehicle; the first that finds
    // its total and count is read)
    const defined = DEFINED_AVERAGES.filter((a) => a.nouns.some((n) => noun.startsWith(n)));
    if (defined.length > 0) {
      for (const d of defined) if (findDefinedAverage(p, out, s, d)) break;
      return;
    }
  }
  let countUnits = cue.countUnits;
  // `平均每个车间吸纳就业约65人`: a count in 个 of what 每个 names (`就业帮扶车间1,176个`)
  let countNoun = '';
  // (`平均每个家庭户的人口`: an item counted in 户 is counted so)
  const household = PER_HOUSEHOLD.exec(noun);
  if (perHead && countUnits.length === 0 && household) {
    countNoun = household[1];
    countUnits = ['户'];
  } else if (perHead && countUnits.length === 0 && PER_GENERIC_ITEM.test(noun)) {
    // (a measure after 每个 names what is averaged, not the item: `平均每個面積約為P公頃`)
    if (!ITEM_MEASURES.has(noun.slice(2, 4))) countNoun = noun.slice(2, 4);
    countUnits = ['个'];
  }
  if (perHead && countUnits.length === 0) {
    // Generic 平均: the count unit is the classifier after 每 (`平均每场` → 场), or named after the cue (`平均住户人数` → 户).
    // longer classifiers first (`平均每人次` counts 人次, not 人; `平均每平方米`)
    // `按每间医院计平均约24.6亿港元`: the classifier may come before the cue
    // (and `每名受惠人平均每年獲發`: per head and per year, over the heads)
    const perYear = noun.startsWith('每年');
    const before = noun.startsWith('每') && !perYear ? undefined : PER_BEFORE_AVERAGE.exec(head.slice(0, head.indexOf(cue.cue)));
    // `每场次平均入场2,870人次`: 每 and the classifier right before the cue
    const per = noun.startsWith('每') && !(perYear && before) ? noun : before ? '每' + (before[1] ?? before[2] ?? before[3]) : '';
    const classifier = per ? PER_CLASSIFIER_UNITS[per.slice(1, 4)] ?? PER_CLASSIFIER_UNITS[per.slice(1, 3)] ?? PER_CLASSIFIER_UNITS[per[1]] : undefined;
    if (classifier && !classifier.includes(s.unit)) {
      // (a stay per guest is over guests counted by their visits: `住客共N人次，…平均每名住客留宿P晚`)
      countUnits = classifier.includes('人') && STAY_UNITS.has(s.unit) ? [...classifier, '人次'] : classifier;
      // (`平均每间酒店及公寓接待住客`: the things counted are named after the classifier, and only a count so named is theirs
      // when the paragraph counts other things in that classifier, `客房4.18万间`)
      const item = ITEM_AFTER_CLASSIFIER.exec(noun)?.[1];
      if (item && !countNoun && p.figures.some((f) => f.index < s.index && classifier.includes(f.unit) && lastClause(f.label).includes(item))) countNoun = item;
    }
    else {
      const named = ['户', '亩', '家', '所', '人'].filter((u) => head.includes(u) && u !== s.unit);
      // `在岗职工年平均工资`: a population named before the cue counts people
      if (named.length === 0 && POPULATION_WORDS.some((w) => head.slice(0, head.indexOf(cue.cue)).includes(w)) && s.unit !== '人') named.push('人');
      // (`过夜旅客平均留港3.6晚`: visitors named before the cue count visits)
      if (named.length === 0 && VISITORS.test(head.slice(0, head.indexOf(cue.cue))) && s.unit !== '人次' && s.unit !== '人') named.push('人次', '人');
      if (named.length === 0 && monthlyWage) named.push('人');
      // (a stay right after 平均, in nights or days, is per guest: `住客共N人次，總留宿晚數為T晚，平均留宿P晚`)
      if (named.length === 0 && STAY_AFTER_AVERAGE.test(noun) && STAY_UNITS.has(s.unit)) named.push('人次', '人');
      // (and a pay word right after 平均: `員工人數N人，薪資總額T，平均薪資P` is per employee)
      if (named.length === 0 && PAY_AFTER_AVERAGE.test(noun)) named.push('人');
      if (named.length === 0) return;
      countUnits = named[0] === '人次' ? named : [named[0]];
    }
  }
  // `脱贫户3.26万户、12.15万人，户均3.7人`: a count and a total stated together right before the average are its own,
  // whatever 其中 they sit under
  // (or naming what the count counts: `贷款3.62万笔、152.4亿元，笔均贷款`)
  if (perHead && countUnits.length > 0 && !monthly) {
    const total = p.figures[s.index - 1];
    const count = p.figures[s.index - 2];
    const named = BARE_PER_COUNT.test(noun) || /人口|人数/.test(noun) || (count !== undefined && noun.length >= 2 && sharesBigram(noun, count.label));
    if (named && count && isNumber(total) && isNumber(count) && !isIntensive(total) && !isIntensive(count) && countsIn(p, count, countUnits) &&
      massFactor(total.unit, s.unit) !== undefined && count.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 &&
      LIST_JOINERS.includes(between(p, count, total))) {
      out.push({ op: 'average', total, count, stated: s, factor: cue.factor * (massFactor(total.unit, s.unit) ?? 1) });
      return;
    }
    // (`其中高技术制造业从业人员C，营业收入T，人均营业收入`: a 其中 group's count and total, clause by clause, with an
    // average named as the total is; the whole's is another reading)
    const countWhole = count && subsetTotals.get(count);
    const totalWhole = total && subsetTotals.get(total);
    if (count && countWhole && totalWhole && isNumber(total) && isNumber(count) && !isIntensive(total) && !isIntensive(count) && countsIn(p, count, countUnits) &&
      massFactor(total.unit, s.unit) !== undefined && count.sentence === s.sentence && total.sentence === s.sentence &&
      countClauseEnds(s.gapBefore) === 1 && countClauseEnds(between(p, count, total)) === 1 &&
      // (or an average naming nothing but its count's classifier: `其中国家级示范社58家，入社成员1.38万户，平均每家…`)
      ((noun.replace(COPULA_END, '').length >= 2 && sharesBigram(noun.replace(COPULA_END, ''), total.label)) || BARE_PER_COUNT.test(noun))) {
      out.push({ op: 'average', total, count, stated: s, factor: cue.factor * (massFactor(total.unit, s.unit) ?? 1), alternatives: [{ total: totalWhole, count: countWhole, excuseOnly: true }] });
      return;
    }
  }
  // `其中，水稻播种面积A亩，产量B吨，平均亩产C公斤`: a yield right after its own area and output, clause by clause, is
  // theirs (the whole's yield was stated before)
  if (cue.totalHint) {
    const total = p.figures[s.index - 1];
    const count = p.figures[s.index - 2];
    if (count && isNumber(total) && isNumber(count) && total.sentence === s.sentence && count.sentence === s.sentence &&
      countsIn(p, count, countUnits) && massFactor(total.unit, s.unit) !== undefined && total.label.includes(cue.totalHint) &&
      countClauseEnds(s.gapBefore) === 1 && countClauseEnds(total.gapBefore) === 1 && !/[;；]/.test(s.gapBefore + total.gapBefore) &&
      ownOutput(total, count, cue.totalHint)) {
      out.push({ op: 'average', total, count, stated: s, factor: cue.factor * (massFactor(total.unit, s.unit) ?? 1) });
      return;
    }
  }
  // `其中外地游客241.3万人次。…，外地游客人均花费982元`: an average of a group named as a 其中-part is over that part,
  // whose own total the text does not state
  const group = nameIn(head.slice(0, head.indexOf(cue.cue)));
  // (one stated before it: a 其中 part in a later sentence, `其中，A级景区接待游客…`, is no group of this average)
  // (unless the text gives that group's own total too: `其中寄宿生C人…；下达寄宿生生活补助资金T，寄宿生生均补助`; or the
  // average's noun is the group's own business, `其中研发人员C人…研发投入T，研发人员人均研发投入`; or the group is of those a
  // benefit is paid to, `其中…领取待遇人员C人…发放…T，领取待遇人员人均领取`; or the part is one kind of the group, whose
  // whole is the group, `接待游客T，其中过夜游客A…游客人均消费`)
  const groupPart = perHead && group.length >= 2 ? p.figures.find((f) => f.index < s.index && subsetTotals.has(f) && nameIn(f.label).endsWith(group)) : undefined;
  // (or an amount in the average's sentence is named with the group's words: `研發人員A…研發投入T，研發人員人均投入P`)
  if (groupPart && !(RECIPIENTS.test(group) || sharesBigram(noun, group) || subsetTotals.get(groupPart)!.label.includes(group) ||
    p.figures.some((f) => f.index < s.index && f.sentence === s.sentence && f !== groupPart && isNumber(f) && f.unit === s.unit && sharesBigram(group, lastClause(f.label)))) &&
    !p.figures.some((f) => f.index < s.index && f.sentence >= s.sentence - 1 && f.unit === s.unit && !subsetTotals.has(f) && lastClause(f.label).includes(group))) return;
  // (one sentence further back past a sentence of another year: `去年…合共T…。前年的…為B。以此計算，去年平均每間…`)
  const ownYear = yearWordOf(sentenceHead(p, s));
  // (the place the average's sentence opens with: `全市…人均GDP` is not of `全省地区生产总值`)
  const ownPlace = placeOf(sentenceHead(p, s));
  const before = p.figures[s.index - 1];
  const pastOtherYear = ownYear !== undefined && before !== undefined && before.sentence === s.sentence - 1 && (yearWordOf(sentenceHead(p, before)) ?? ownYear) !== ownYear ? 1 : 0;
  const minSentence = s.sentence - 1 - pastOtherYear;
  // (a record a group no figure within reach names has passed is no average of the figures the text gives: `种植水稻N亩，
  // 总产量T，亩均单产P，连片示范基地亩产突破Q` is not of T)
  if (group.length >= 4 && s.q.min !== null && s.q.max === null &&
    !p.figures.some((f) => f !== s && f.sentence >= minSentence && f.index <= s.index + 2 && sharesBigram(group, f.label))) return;
  let factor = cue.factor;
  // (the noun without its copula: `营业额为` shares nothing with `员工成本总额为` but the copula)
  // (nor a verb of having, nor 平均 after the cue: `每千名老年人拥有养老服务床位` names 养老服务床位, `单店平均营业收入` 营业收入)
  // (and named after the figure when nothing but a verb of having comes before it: `每千人口約有2.4名醫生`)
  const nounBefore = noun.replace(COPULA_END, '').replace(HAVING_LEAD, '');
  // (or after 每, the item counted and a verb of having: `平均每間賭場約有P張賭枱`)
  const nounName = /^(?:(?:约|大约)?(?:有|拥有)?|每[\u3400-\u9fff]{1,6}?(?:约|大约)?(?:有|拥有))$/.test(noun) && noun !== '' ? clauseAfter(p, s).slice(0, 8) : nounBefore;
  // (`平均每名成员约`: 每, a person's classifier and the noun of a head count stated before it in its sentence)
  // (or an item's classifier, its noun and a verb of receiving: `惠及企业N家，平均每家企业获得P`)
  const person = PER_MEMBER_ONLY.exec(noun);
  const member = person ?? PER_ITEM_RECEIVING.exec(noun);
  const namesOnlyMembers = member !== null && (person === null || countUnits.includes('人')) &&
    p.figures.some((f) => f.index < s.index && f.sentence === s.sentence && isNumber(f) && countUnits.includes(f.unit) && lastClause(f.label).includes(member[1]));
  const headCount = (/人口|人数/.test(noun) || (BARE_PER_COUNT.test(noun) && cue.countUnits[0] === '户')) && s.unit === '人';
  const isTotal = (f: Figure) => {
    if (!isNumber(f) || f === s || isIntensive(f)) return false;
    // (nor the whole of a share given in an aside for reference: `占國內生產毛額（W）的P；…平均每人`)
    if (f.label.endsWith('(') && f.label.includes('占')) return false;
    // (nor a figure of another year named so in its own sentence: `前年的外借量為B。…去年平均每間…` is not of B)
    if (ownYear !== undefined && f.sentence !== s.sentence && (yearWordOf(sentenceHead(p, f)) ?? ownYear) !== ownYear) return false;
    if (massFactor(f.unit, s.unit) === undefined) return false;
    if (ownPlace !== undefined && f.sentence !== s.sentence && (placeOf(lastClause(f.label)) ?? ownPlace) !== ownPlace) return false;
    // (nor the count of the items averaged over, when they are counted in the average's own unit: `熱線坐席N個，平均每個坐席
    // 接聽P個` is not of N)
    if (countNoun && countUnits.includes(f.unit) && namesItem(levelName(p, f), countNoun)) return false;
    // (nor another period's figure stated as a comparison base: `比上年的2.61亿元增长…`, or the level a change started from:
    // `托位由2020年的B增加到2023年的A，…每千人口拥有托位P` is of A)
    if (isComparisonBase(f) || startingLevel(p, f)) return false;
    // (nor a plan the figure before completed: `发放A，完成年度计划W的P，惠及N户，户均` is of A)
    if (isWholeOfShare(p, f) && TARGET_NAMES.test(lastClause(f.label))) return false;
    // (never a head count in an aside of what a population includes, `常住人口T（含集体户人口C）`, nor an age group, `65歲以上
    // 老年人口T`)
    if (headCount && (f.label.charCodeAt(0) === OPEN_PAREN || AGE_GROUP.test(lastClause(f.label)))) return false;
    if (cue.countLabel && f.label.includes(cue.countLabel)) return false;
    // (income per head, `人均可支配收入`, is of households' income, never of a budget's: `一般公共预算收入` shares only 收入)
    if (DISPOSABLE.test(noun) && !DISPOSABLE.test(f.label)) return false;
    // (a rate per thousand is of a stock: `新增养老床位3,260张` is no total of `每千名老年人拥有养老床位`)
    if (cue.factor >= 1000 && /新增|新建|新开/.test(lastClause(f.label))) return false;
    // The two readings below take a figure for what it measures, not for its name: a 其中-part (`其中香港永久性居民…`,
    // `其中夏粮产量…`) is then the total of nothing (a part named like the average, `其中执业医师…`, still is).
    if (cue.totalHint) return f.label.includes(cue.totalHint) && !subsetTotals.has(f);
    // `单位81.2万个，居住人口209.5万人，平均每个单位住有2.85人`: people per unit of something else, over a head count
    // (or trainees per class: `開辦職業訓練N班，結訓學員T人，平均每班P人`)
    if (s.unit === '人' && f.unit === '人' && !countUnits.includes('人') && /人口|人数|从业员|从业人员|员工|职工|雇员|学员|学生|在校生/.test(f.label) && !subsetTotals.has(f) &&
      !isStatedChange(f) && !AGE_GROUP.test(lastClause(f.label))) return true;
    // 户均人口 / 平均住户人数 / 户均4.4人: a head count of people is the total whatever it is called.
    // (never a figure in an aside of what a population includes: `常住人口T（含集体户人口C）`)
    if (headCount && f.unit === '人') return !subsetTotals.has(f) && !isStatedChange(f);
    // `贷款1.42万笔、金额68.3亿元，笔均贷款额`: an amount named only as the amount of the count right before it
    if (GENERIC_AMOUNT.test(f.label) && f.index > 0 && countUnits.includes(p.figures[f.index - 1].unit) && f.unit === s.unit) return true;
    // `全年支出3.42亿元，月均3,150万元`: a bare monthly figure right after the total
    if (noun === '' && monthly && f.index === s.index - 1 && countClauseEnds(s.gapBefore) === 1) return true;
    // `发放补贴1.38亿元，惠及9.6万户，平均每户1348元` / `户均1348元`: an average that names nothing but its count is of
    // the nearest amount in its unit in the same sentence, a part of nothing
    // (and so is one that names only its count's members, `计划成员共有C名，资产净值T，平均每名成员约`)
    // (or its count and a verb of carrying or handling: `发送集装箱T标箱，平均每列装载P标箱`)
    // (a 其中 part too when its own count follows it right before the average: `其中…宿位A個，分佈於N間院舍，平均每間約P個`)
    // (not a change of a level the text states, `岁出T，较上年度增加X；…人均负担P` is of T; a change alone may be, `增收X，惠及N户，
    // 户均P`)
    if ((BARE_PER_COUNT.test(noun) || namesOnlyMembers || PER_ITEM_HANDLING.test(noun)) && f.sentence === s.sentence && f.unit === s.unit && f.unit !== '人' &&
      !(isStatedChange(f) && f.changePair) &&
      (!subsetTotals.has(f) || (f.index + 2 === s.index && countsIn(p, p.figures[f.index + 1], countUnits) && countClauseEnds(s.gapBefore) === 1))) return true;
    // (`活產嬰兒T名，以此計算，粗出生率為每千人口P名`: a rate per thousand naming nothing after its base is of the head count
    // right before it in its sentence that is no population)
    // (or past the population it is worked out on, between them: `医师总数T名，按年末常住人口N人计算，每千人口拥有P名`; a
    // bare `拥有` names nothing either)
    const between1 = p.figures[s.index - 1];
    const pastPopulation = f.index === s.index - 2 && between1 !== undefined && between1.unit === '人' && isPopulation(lastClause(between1.label)) &&
      !/[;；]/.test(between1.gapBefore);
    if (cue.factor >= 1000 && (noun === '' || noun === '拥有') && (f.index === s.index - 1 || pastPopulation) && f.sentence === s.sentence && !/[;；]/.test(s.gapBefore) && f.unit === s.unit &&
      !subsetTotals.has(f) && !POPULATION_WORDS.some((w) => f.label.includes(w))) return true;
    // (or in the sentence before, when the average's sentence names it again: `发放临时救助资金T。救助资金按实际发放N人次计算，人均`)
    if (BARE_PER_COUNT.test(noun) && f.sentence === s.sentence - 1 && f.unit === s.unit && !subsetTotals.has(f) && f.unit !== '人' &&
      sharesTrigram(sentenceHead(p, s), lastClause(f.label))) return true;
    // `订单N单，实现网络零售额T，平均每单消费`: the sales stated with the orders, in the average's sentence
    if (countUnits.includes('单') && f.sentence === s.sentence && f.unit === s.unit && ORDER_SALES.test(lastClause(f.label))) return true;
    // (nor the other kind of care's: `门诊收入T…；住院患者人均医药费用` is not of T)
    if (OTHER_CARE.some(([a, b]) => group.includes(a) && f.label.includes(b) && !f.label.includes(a))) return false;
    // (a total of another measure that shares a word is none: `茶叶综合产值` is no total of `户均茶叶收入`)
    if (otherMeasure(nounName, f.label)) return false;
    // (`拿出21.6万元向全村327户村民分红，户均分红…`: the verb naming the money may follow it in its clause)
    // (or by another of the whole's names: `国内生产毛额T…平均每人GDP`)
    return sharesBigram(nounName, f.label) || (nounName.length >= 2 && f.sentence === s.sentence && sharesBigram(nounName, clauseAfter(p, f))) ||
      namesOneWhole(nounName, f.label) ||
      AVERAGE_TOTAL_NAMES.some((a) => a.nouns.some((n) => noun.includes(n)) && a.total.some((w) => f.label.includes(w)));
  };
  // The total stated before, or later in the same sentence (`亩产495公斤，总产量58.3万吨`).
  // `人口750.3万人，其中居于家庭住户的人口718.6万人；家庭住户总数为276.8万户，平均住户人数为`: household size is of the
  // people living in households
  const inHouseholds = /住户|家庭/.test(noun) && s.unit === '人' ?
    lookBack(p, s.index, minSentence, (f) => isNumber(f) && f !== s && !isIntensive(f) && f.unit === '人' && (/住户|家庭/.test(f.label) || LIVING_IN_HOUSEHOLDS.test(clauseAfter(p, f)))) : undefined;
  // (a figure the average's noun names directly before one named by a synonym: `每千人口执业医师` is of `执业医师…`, not
  // of the nearer `全科医生…`)
  // (one named with the whole noun first: `人均慰问金` is of `发放慰问金A`, not of the nearer `慰问物资折合B`)
  // (one named in full, four characters or more, may stand a sentence further back: `养老服务床位T，其中…。养老机构中护理型
  // 床位C…。按…老年人口N人计算，每千名老年人拥有养老服务床位P`)
  // (a yield naming its crop, `全年粮食单产每亩P`, is of the output named with that crop, however far back in the paragraph:
  // `粮食总产量T…分品种看，稻谷产量A` is of T)
  // (or the crop its area names, right before it: `稻谷播种面积A亩，平均每亩产量P公斤`, `油菜籽播種面積A畝，單產每畝P`)
  const area = p.figures[s.index - 1];
  const areaCrop = area && area.sentence === s.sentence && AREA_UNITS.has(area.unit) && massFactor('吨', s.unit) !== undefined ?
    AREA_OF_CROP.exec(withoutContext(lastClause(area.label)))?.[1] ?? '' : '';
  // (平均 and 每 before the cue name no crop: `平均每亩产量`, `平均亩产`)
  const namedCrop = cue.totalHint ? withoutContext(group).replace(/^(?:平均)?(?:每)?$/, '') : '';
  const crop = namedCrop.length >= 2 ? namedCrop : areaCrop;
  // (a 其中 part named by the crop alone is its output: `其中稻谷41.37万吨`)
  const cropOutput = (f: Figure) => isNumber(f) && f !== s && f !== area && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) &&
    massFactor(f.unit, s.unit) !== undefined && lastClause(f.label).includes(crop);
  const cropTotal = crop.length >= 2 ? lookBack(p, s.index, 0, cropOutput) : undefined;
  let nearest = inHouseholds ?? cropTotal ?? (nounName.length >= 2 ? lookBack(p, s.index, minSentence, (f) => isTotal(f) && f.label.includes(nounName)) ??
    (nounName.length >= 4 ? lookBack(p, s.index, minSentence - 1, (f) => isTotal(f) && lastClause(f.label).includes(nounName) && !subsetTotals.has(f)) : undefined) ??
    lookBack(p, s.index, minSentence, (f) => isTotal(f) && sharesBigram(nounName, f.label)) : undefined) ??
    // (a head count is a population before a flow of people: `人口750.3万人…；居民净流入18.1万人。…平均住户人数为`)
    // (which may open the passage: `人口750.3万人，…。…。家庭住户数目为B户，平均住户人数为`; when the average's own
    // sentence states none: `搬迁完成N户A人，户均…` is of A)
    (headCount && !lookBack(p, s.index, s.sentence, isTotal) ? lookBack(p, s.index, 0, (f) => isTotal(f) && isPopulation(lastClause(f.label))) : undefined) ??
    // (not past a semicolon: `留宿旅客A，人均消費P；不過夜旅客B，人均消費Q；同期旅客總消費為T` is of both groups)
    lookBack(p, s.index, minSentence, isTotal) ?? lookAhead(p, s.index, s.sentence, (f) => isTotal(f) && !isStatedChange(f) && !isComparisonBase(f) && !/[;；]/.test(between(p, s, f))) ??
    // (or in the next sentence, opening on the same period, when the average's own states nothing else: `過夜旅客平均留港P晚。
    // 同期過夜旅客共N人次，合共留港T晚`)
    // (and names the average's group again: not `企业退休人员月人均…P。同期，城乡居民养老保险领取待遇人员N人，…T，月人均Q`)
    (nounName.length >= 2 && p.figures[s.index - 1]?.sentence !== s.sentence && SAME_PERIOD_OPEN.test(sentenceHead(p, p.figures[s.index + 1] ?? s)) &&
      group.length >= 3 && sharesTrigram(group, sentenceHead(p, p.figures[s.index + 1] ?? s)) ?
      lookAhead(p, s.index, s.sentence + 1, (f) => f.sentence === s.sentence + 1 && isTotal(f) && sharesBigram(nounName, f.label) && !isStatedChange(f) && !isComparisonBase(f)) : undefined);
  // (a figure per day right before the average, of its unit and in its sentence, is the total of an average per member:
  // `平均每日進站A人次，站均約P` is A over the stations, not the year's `總運量T`)
  const perDay = p.figures[s.index - 1];
  if (perDay && perDay.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && isNumber(perDay) && perDay.unit === s.unit && isTimeAverage(perDay) &&
    !/[日月年]均|平均每[日天月年]/.test(head)) nearest = perDay;
  // (so is one per day in its sentence for an average per item of a daily figure: `日均客运量A，运营线路N条，平均每条线路日均
  // 客运P` is A over N)
  if (perItemOfDaily) {
    const daily = lookBack(p, s.index, s.sentence, (f) => f.sentence === s.sentence && isNumber(f) && f.unit === s.unit && isTimeAverage(f));
    if (daily) nearest = daily;
  }
  // (a daily average is of a level, never of a change or its base: `入境旅客共T，較去年同期的B增加X，日均P` is T over the days)
  if (nearest && cue.cue === '日均' && (isStatedChange(nearest) || isComparisonBase(nearest))) {
    nearest = lookBack(p, s.index, minSentence, (f) => isTotal(f) && !isStatedChange(f) && !isComparisonBase(f));
  }
  if (!nearest) return;
  // (a cue that names no population, `每万人拥有5G基站`, is read only over a total its noun names)
  if (cue.totalNamed && !(nounName.length >= 2 && lastClause(nearest.label).includes(nounName))) return;
  // (a 其中 part of that total right before the average, named as a group a 其中 count names: `其中示範合作社64家。…其中
  // 示範社實現經營收入A，社均P` is A over 64)
  const partBefore = p.figures[s.index - 1];
  if (partBefore && partBefore !== nearest && subsetTotals.get(partBefore) === nearest && partBefore.sentence === s.sentence && partBefore.unit === nearest.unit &&
    countNamingPart(p, s, partBefore, nearest, subsetTotals, countUnits)) nearest = partBefore;
  // (a population said to include people outside households, `常住人口T（含集体户人口C）`, is no household total)
  if (headCount && INCLUDES_AFTER.test(p.text.slice(nearest.cleanEnd, nearest.cleanEnd + 4))) return;
  // `床位6.85万张，其中医院床位5.73万张，…；…每千人口床位数为`: a 其中-part named like its total gives way to it, unless the
  // average names the part's group
  const whole = subsetTotals.get(nearest);
  // (earnings per share are of the profit attributable to shareholders, `其中股东应占溢利`, not of the whole profit)
  const attributable = cue.cue === '每股' && /应占|归属/.test(nearest.label);
  // (nor when the average's noun names the part's group and not the whole's: `其中高价值发明专利A…每万人口高价值发明专利拥有量`)
  // (`实有床位` is the whole's `床位`: a verb of having is no name)
  const namesPart = !!whole && namesOnly(noun, nameIn(nearest.label), whole.label.replace(HAVING, ''));
  // (nor when a 其中 count names the part's group and not the whole's: `其中示範合作社64家。…其中示範社實現經營收入A，社均`)
  const countOfPart = !!whole && countNamingPart(p, s, nearest, whole, subsetTotals, countUnits);
  // (nor when the part, its own count and the average follow clause by clause: `其中，耕地地力保护补贴A，补贴面积N亩，亩均补贴P`)
  const countAfter = p.figures[nearest.index + 1];
  const ownCount = !!whole && countAfter !== undefined && countAfter.index === s.index - 1 && countAfter.sentence === s.sentence && nearest.sentence === s.sentence &&
    isNumber(countAfter) && countsIn(p, countAfter, countUnits) && countClauseEnds(countAfter.gapBefore) === 1 && countClauseEnds(s.gapBefore) === 1 &&
    // (the count's noun may follow it: `分佈於138間院舍`)
    sharesBigram(nameIn(countAfter.label) + '|' + clauseAfter(p, countAfter), nameIn(nearest.label));
  // (nor when the part's own count is stated right before it, clause by clause: `其中，新建商品住宅成交N套，成交面积A，…，套均面积P`)
  const countBefore = p.figures[nearest.index - 1];
  const ownCountBefore = !!whole && countBefore !== undefined && countBefore.sentence === nearest.sentence && countBefore.sentence === s.sentence &&
    countClauseEnds(nearest.gapBefore) === 1 && isNumber(countBefore) && countsIn(p, countBefore, countUnits) && countBefore.sentence > whole.sentence;
  const chosen = whole && nearest !== cropTotal && !inHouseholds && !attributable && !namesPart && !countOfPart && !ownCount && !ownCountBefore && isTotal(whole) &&
    !(group.length >= 2 && sharesBigram(group, nameIn(nearest.label))) ? whole : nearest;
  // (an average of 城镇居民 or 农村居民 is of the 其中 part of its total named with that group: `住宅总建筑面积T，其中城镇住宅A；
  // …城镇居民人均住房建筑面积`)
  const residents = RESIDENTS.exec(head)?.[1];
  const total = (residents ? lookBack(p, s.index, chosen.sentence, (f) => subsetTotals.get(f) === chosen && sameUnit(f, chosen) && f.label.includes(residents)) : undefined) ?? chosen;
  // A monthly figure of a period's total: the period's months (上半年 6, 前三季度 9, 1至5月 5, a year 12).
  // (the period may open the average's sentence: `全年全市低保对象…，累计发放低保资金T，月人均…`)
  const months = monthly ? monthsOf(total.label) ?? (total.sentence === s.sentence ? monthsOf(sentenceHead(p, total)) : undefined) : 1;
  if (months === undefined) return;
  factor /= months;
  if (!perHead) {
    const scaled = factor * (massFactor(total.unit, s.unit) ?? 1);
    // `請領人數A人，平均每月領取金額約P，全年給付金額約T`: a monthly figure orders of magnitude below the total's month is per
    // head, over the head count of its sentence; with none, the text is not read (a slip of a digit is no factor of ten)
    if (!sameMagnitude((total.value ?? 0) * scaled, s.value ?? 0)) {
      const count = lookBack(p, s.index + 1, s.sentence, (f) => f !== total && f !== s && isNumber(f) && !isIntensive(f) && PAYEE_UNITS.has(f.unit) &&
        !isStatedChange(f) && !isComparisonBase(f));
      if (count && sameMagnitude((total.value ?? 0) * scaled / (count.value || 1), s.value ?? 0)) out.push({ op: 'average', total, count, stated: s, factor: scaled });
      return;
    }
    out.push({ op: 'average', total, stated: s, factor: scaled });
    return;
  }
  // The count: the only head count nearby, or the only one named as a population (人口, 员工 …); two
  // candidates and no way to choose means no check.
  const counts: Figure[] = [];
  // A count in a unit nothing else is counted in (`公立医院43间` for 平均每间…) may be stated further back in the paragraph
  const reach = countUnits.some((u) => NEAR_COUNT_UNITS.has(u)) ? minSentence : 0;
  // visits (人次) are what money or a stay is averaged over (`人均花费`), never a stock (`人均体育场地面积` is per resident)
  const visitsCount = s.unit.includes('元') || VISIT_MEASURES.test(noun);
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= reach; k--) {
    const f = p.figures[k];
    // a monthly average of a head count (`月均领取人数68.2万人`) counts those a monthly figure is paid to
    // (nor a figure listed after a rate, itself one: `每千人口拥有卫生技术人员8.29人、执业医师3.16人`)
    const listedRate = f.index > 0 && LIST_OPENERS.test(f.gapBefore) && countClauseEnds(f.gapBefore) === 0 && isIntensive(p.figures[f.index - 1]);
    const counted = (!isIntensive(f) || (monthly && MONTHLY_COUNT.test(f.label))) && !listedRate && (f.unit !== '人次' || visitsCount);
    // (nor a count before a semicolon and `另`, which opens another item: `…代缴T1，惠及N人；另为监测对象代缴T2，人均`)
    if (f.index < total.index && ANOTHER_ITEM.test(between(p, f, total))) continue;
    // (nor a count of what only a share of the total went to: `收益T，其中80%以上用于设置公益岗位，共开发公益岗位N个`)
    if (f.index > total.index && p.figures.slice(total.index + 1, f.index).some((g) => g.kind === 'percent' && p.text.slice(g.cleanEnd, g.cleanEnd + 8).includes('用于'))) continue;
    // (nor one an average of another total in an earlier sentence is over: `补贴T1，补贴面积N亩，亩均P。同期，…补贴T2，亩均Q`)
    if (f.sentence < total.sentence && out.some((r) => r.op === 'average' && r.count === f && r.total !== total && r.stated.sentence < s.sentence)) continue;
    // (nor the level a change started from, `门店由上年底的34间增至42间`: the count now is the level reached)
    if (isNumber(f) && f !== total && counted && !isStatedChange(f) && !isComparisonBase(f) && !startingLevel(p, f) && countsIn(p, f, countUnits) && (!cue.countInSentence || f.sentence === s.sentence) &&
      !subsetTotals.has(f) && (!cue.countLabel || f.label.includes(cue.countLabel)) && (!countNoun || namesItem(levelName(p, f), countNoun) || countedNounAfter(p, f, countNoun))) counts.push(f);
  }
  // (a count in 个 standing for people, `开发岗位N个`, is one only when no head count is stated: `开发岗位4300余个，安置脱贫劳动力
  // 4260人，…人均每月` is over the people)
  if (!countUnits.includes('个') && counts.some((f) => f.unit === '人')) {
    for (let k = counts.length - 1; k >= 0; k--) if (counts[k].unit === '个') counts.splice(k, 1);
  }
  // (a plan or target is no count of what was done, when another count is stated: `计划对1.8万户…实施，实际惠及1.6万户，…户均`,
  // `完成年度任务3万人次的P`)
  if (counts.length > 1 && counts.some((f) => !PLANNED_COUNT.test(lastClause(f.label)))) {
    for (let k = counts.length - 1; k >= 0; k--) if (PLANNED_COUNT.test(lastClause(counts[k].label))) counts.splice(k, 1);
  }
  // (the items of a list said to sum to a count also counted are not the count: `共出栏肉牛T头，分别出栏A头、B头和C头，…平均每头`
  // is over T)
  // (unless the total names the item's group: `过夜旅客A，不过夜旅客B，合计访港旅客C；过夜旅客消费总额T，人均消费` is over A)
  const totalClause = lastClause(total.label);
  const namesGroupOfTotal = (f: Figure) => {
    const name = lastClause(f.label).replace(/(?:为|达到|达|共|约)$/, '');
    // (the total opens on the item's name, or on its end past a period: `首三季过夜旅客`; never on the end of a negated one, `不过夜旅客`)
    for (let n = Math.min(name.length, 8); n >= 3; n--) {
      if (totalClause.startsWith(name.slice(-n))) return n === name.length || !/[不非]/.test(name[name.length - n - 1]);
    }
    return false;
  };
  const groupItems = counts.filter((f) => out.some((r) => r.op === 'sum' && r.parts.includes(f) && counts.includes(r.total)) && namesGroupOfTotal(f));
  if (groupItems.length === 1) counts.splice(0, counts.length, groupItems[0]);
  for (let k = counts.length - 1; k >= 0; k--) {
    const f = counts[k];
    if (out.some((r) => r.op === 'sum' && r.parts.includes(f) && counts.includes(r.total))) counts.splice(k, 1);
  }
  // (an average stated before its total and count, both after it in its sentence: `户均领取补贴P，补贴资金共T，惠及农户N户`;
  // not past a semicolon, nor a total of all kinds, `各类惠农补贴资金`)
  if (counts.length === 0 && total.index > s.index && !/[;；]/.test(between(p, s, total)) && !/各类|各项|全部/.test(lastClause(total.label))) {
    // (in the next sentence, the count may come before the total: `同期過夜旅客共N人次，合共留港T晚`)
    const from = total.sentence > s.sentence ? s.index + 1 : total.index + 1;
    for (let k = from; k < p.figures.length && k <= total.index + 2 && p.figures[k].sentence === total.sentence; k++) {
      const f = p.figures[k];
      if (f === total) continue;
      if (isNumber(f) && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) && countsIn(p, f, countUnits) && !subsetTotals.has(f)) counts.push(f);
    }
  }
  // (`邻近的西河县同期床位总数为T，每千人口床位P`: a total of a neighbouring place is not over this place's people)
  const neighbours = NEIGHBOUR.test(total.clauseHead) || NEIGHBOUR.test(s.clauseHead);
  if (neighbours) {
    for (let k = counts.length - 1; k >= 0; k--) if (!NEIGHBOUR.test(counts[k].clauseHead) && counts[k].sentence !== total.sentence) counts.splice(k, 1);
  }
  const named = counts.filter((f) => POPULATION_WORDS.some((w) => f.clauseHead.includes(w)));
  // `茶园面积780万亩，其中可采摘面积690万亩；…采摘茶园平均亩产`: an average that names a 其中-part's group is over that part
  // So is one whose total names a 其中-part's group (`其中制造业11.8万人；全年制造业在岗职工工资总额…，人均`), and one paid
  // to a 其中 group (`今年为其中有发展能力的8640户发放…资金2592万元，户均`)
  const subgroup: Figure[] = [];
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH; k--) {
    const f = p.figures[k];
    if (!subsetTotals.has(f) || !isNumber(f) || !countsIn(p, f, countUnits) || !counts.includes(subsetTotals.get(f)!)) continue;
    const name = listItemName(f);
    // (or a total named with a word of the part's name its whole lacks: `其中远洋渔船86艘，全年远洋渔业产量T，船均`, `其中正常
    // 运营的A家；运营合作社…经营收入T，社均`; in the next sentence when it opens with it: `其中县级公共图书馆A个。县级馆…`)
    const whole = subsetTotals.get(f)!;
    const totalClause = lastClause(total.label).replace(INCLUDING_ASIDE, '');
    const distinct = distinguishingBigram(name, totalClause, whole.label);
    // (the word opening the total's subject, past its period and place: `远洋渔业产量`, `运营合作社…`, `县级馆…`; not a word
    // further in, `实现旅游综合收入` after `其中A级旅游景区接待游客`)
    // (not a total said to cover more: `县级以上公共图书馆`, `远洋及近海捕捞产量合计`, `国有和非国有博物馆`)
    const namesPart = distinct !== undefined && withoutContext(totalClause).replace(RELATIVE_YEAR_LEAD, '').startsWith(distinct) && !coversMore(totalClause, name) &&
      (f.sentence === total.sentence || total.sentence === f.sentence + 1);
    // (the average's group shares a word with the part that the whole's name lacks: `…采摘茶园平均亩产` of `其中可采摘面积`)
    if ((group.length >= 2 && distinguishingBigram(group, nameIn(f.label), whole.label) !== undefined) || (name.length >= 2 && includesUnnegated(total.label, name)) || namesPart ||
      (f.sentence === s.sentence && PAID_TO_SUBGROUP.test(f.label)) ||
      // (and a total stated after the 其中 count in its own clauses: `其中，脱贫人口参保C人，…由财政资助共计T，人均资助P`)
      // (not when the average names its basis, `按接待游客计算人均消费`)
      (f.sentence === s.sentence && total.sentence === s.sentence && f.index < total.index && SUBGROUP_OPENS.test(f.gapBefore) && !/[;；]/.test(between(p, f, s)) &&
        !STATED_BASIS.test(s.gapBefore)) || (RECIPIENTS.test(f.label) && /发放|支付/.test(lastClause(total.label) + lastClause(s.label)))) subgroup.push(f);
  }
  // (those a programme brought jobs to, `带动就业8120人`, are not those it paid: `扶持创业2650人，带动就业8120人，人均贷款`)
  const direct = counts.length > 1 ? counts.filter((f) => !INDUCED.test(f.label)) : counts;
  // (`藏书T，人均拥有藏书P；…。全市常住人口为N`: with no head count before, the population stated after, in this
  // sentence or the next, named as such)
  if (counts.length === 0 && cue.cue === '人均') {
    const population = lookAhead(p, s.index, s.sentence + 1, (f) => isNumber(f) && f.unit === '人' && !isIntensive(f) && !isStatedChange(f) &&
      !isComparisonBase(f) && POPULATION_AFTER.test(lastClause(f.label)));
    if (population) counts.push(population);
  }
  // (`年末全市常住人口N人。…。年末城乡居民储蓄存款余额T，人均P`: with no head count within reach, the place's population
  // opening the paragraph, named as such; so for a rate per thousand of the population, `年末全市常住人口N人。…床位T。每千人口
  // 床位数为P`, of the population its base names when it names one, `每千户籍人口`)
  const perPopulation = cue.cue === '人均' || cue.countLabel === '人口';
  // (not over a neighbouring place's total, whose population the text does not give)
  if (counts.length === 0 && perPopulation && !neighbours && countUnits.includes('人')) {
    const base = NAMED_POPULATION.exec(cue.cue)?.[0];
    const population = lookBack(p, s.index, 0, (f) => isNumber(f) && f.unit === '人' && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) &&
      !subsetTotals.has(f) && POPULATION_AFTER.test(lastClause(f.label)) && (base === undefined || f.label.includes(base)));
    if (population) counts.push(population);
  }
  // (`户籍人口A、常住人口B，…，按常住人口计算，每千人口…`: the population the text says it divides by)
  // (`按实际发放1.86万人次计算，人均…`, `以年底员工3,480人计算，人均…`: the count the text says it divides by, right before)
  const declared = p.figures[s.index - 1];
  if (declared && declared !== total && declared.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && DECLARED_COUNT.test(lastClause(declared.label)) &&
    /^(?:计算|计)$/.test(clauseAfter(p, declared)) && countsIn(p, declared, countUnits)) counts.splice(0, counts.length, declared);
  // (`每千常住人口拥有…P人（按412.7万常住人口计）`: the count the text says it divides by, in an aside right after)
  const declaredAfter = p.figures[s.index + 1];
  if (declaredAfter && declaredAfter.sentence === s.sentence && DECLARED_ASIDE.test(declaredAfter.gapBefore) && isNumber(declaredAfter) &&
    DECLARED_ASIDE_END.test(p.text.slice(declaredAfter.cleanEnd, declaredAfter.cleanEnd + 16)) && (countsIn(p, declaredAfter, countUnits) || declaredAfter.unit === null || declaredAfter.unit === '')) {
    counts.splice(0, counts.length, declaredAfter);
  }
  // (so does a rate base naming its population, `每千常住人口拥有…`, of 常住人口A、户籍人口B)
  const basis = COUNT_BASIS.exec(sentenceHead(p, s)) ?? NAMED_RATE_BASE.exec(head);
  if (basis && counts.length > 1) {
    const chosen = counts.filter((f) => lastClause(f.label).includes(basis[1]));
    if (chosen.length === 1) counts.splice(0, counts.length, chosen[0]);
  }
  // (`为18.6万人困难群众代缴…1860万元，人均100元`: the count in the total's own clause, those it was paid for)
  // (or those it reached, right after it and right before the average: `代缴…保险费T，惠及N人，人均代缴…`)
  const reached = total.index + 1 === s.index - 1 ? p.figures[total.index + 1] : undefined;
  const own = counts.filter((f) => f.sentence === s.sentence && f.sentence === total.sentence && ((f.index < total.index && countClauseEnds(between(p, f, total)) === 0) ||
    (f === reached && countClauseEnds(f.gapBefore) === 1 && BENEFICIARIES.test(trimGap(f.gapBefore)))));
  // (of money paid out, those who receive it: `被保险人A，领取老年年金给付者B；…给付支出T，平均每人每月`)
  const recipients = PAID_OUT.test(lastClause(total.label)) ? counts.filter((f) => RECIPIENT_COUNT.test(lastClause(f.label))) : [];
  // (those who receive money paid out before a population: `参保人数A；…发放养老金T，领取待遇人员B，月人均` is over B)
  // (or the only count in the average's part of the sentence past its last semicolon, with the total: `职工医保住院N1人次，…；
  // 居民医保住院N2人次，住院总费用T2，次均P2` is over N2)
  const sameGroup = (f: Figure) => f.sentence === s.sentence && !/[;；]/.test(between(p, f, s));
  const grouped = sameGroup(total) ? counts.filter(sameGroup) : [];
  // (or the only count of the average's sentence, the total's too, when every other is in a sentence before: `留在本市就业A人。
  // 全年开展培训N人次，发放培训补贴资金T，人均补贴P` is over N)
  const inSentence = total.sentence === s.sentence ? counts.filter((f) => f.sentence === s.sentence) : [];
  // (or the one count of the total's sentence whose name the total opens with: `過夜旅客共N人次，佔訪港旅客總數W人次的P；
  // 過夜旅客消費總額為T，人均` is over N)
  const totalOpening = subjectOf(lastClause(total.label));
  // (its name's end past a period, `首季過夜旅客`; never the end of a negated one, `不過夜旅客`)
  const namedByTotal = counts.filter((f) => {
    if (f.sentence !== total.sentence) return false;
    const name = subjectOf(lastClause(f.label)).replace(/(?:共|为|达|约|有)+$/, '');
    for (let n = Math.min(name.length, 8); n >= 3; n--) {
      if (totalOpening.startsWith(name.slice(-n)) && totalOpening.length > n) return n === name.length || !/[不非]/.test(name[name.length - n - 1]);
    }
    return false;
  });
  const picked = subgroup.length === 1 ? subgroup[0] : counts.length === 1 ? counts[0] : own.length === 1 ? own[0] :
    namedByTotal.length === 1 ? namedByTotal[0] :
    grouped.length === 1 && counts.some((f) => f.sentence === s.sentence && !sameGroup(f)) ? grouped[0] :
    inSentence.length === 1 && inSentence[0].index < total.index && countClauseEnds(between(p, inSentence[0], total)) === 1 ? inSentence[0] :
    recipients.length === 1 && named.length === 1 && recipients[0].sentence === s.sentence ? recipients[0] : named.length === 1 ? named[0] :
    recipients.length === 1 ? recipients[0] :
    direct.length === 1 && direct[0].sentence === s.sentence && direct[0].index > total.index && !POPULATION_WORDS.some((w) => counts.some((f) => f !== direct[0] && f.clauseHead.includes(w))) ? direct[0] : undefined;
  if (!picked) return;
  // (`按年平均常住人口计算，人均…`: over the year's average population, which a year-end figure is not)
  if (AVERAGE_POPULATION_BASIS.test(sentenceHead(p, s)) && !/平均/.test(lastClause(picked.label))) return;
  // (an average named as paid to those who receive it, `领取待遇人员月人均领取…`, is over a count named so: with none stated,
  // over no other head count, `基本医疗保险参保人数`)
  // (or paid to those named after the count in the total's own clause: `为N名企业离退休人员发放基本养老金T，人均年领取养老金P`)
  const paidTo = picked.sentence === total.sentence && picked.index < total.index && countClauseEnds(between(p, picked, total)) === 0 &&
    PAID_OUT.test(between(p, picked, total)) && /^为/.test(trimGap(lastClause(picked.label)).replace(/^(?:全省|全市|全县|全区|今年|全年)/, ''));
  if (RECIPIENTS.test(lastClause(s.label)) && !RECIPIENT_COUNT.test(lastClause(picked.label)) && !RECIPIENTS.test(lastClause(picked.label)) && !paidTo) return;
  // (a total named with one of the count's 其中 kinds, `其中人工造林、封山育林…分别为A、B…。人工造林共投入资金T，亩均…`, is
  // over that kind's count; with none named, over the whole)
  let count = partNamedBy(p, subsetTotals, picked, lastClause(total.label)) ?? picked;
  // (the elderly of a rate per thousand are those 60 and over, by the statistics' definition: `其中60岁及以上老年人口A；
  // 65岁及以上老年人口B；…每千名老年人拥有养老床位` is over A)
  // (the age is a figure of its own, right before the count: `60岁及以上老年人口A`)
  const agedFrom = (f: Figure) => {
    const age = p.figures[f.index - 1];
    return age !== undefined && age.unit === '岁' && countClauseEnds(f.gapBefore) === 0 ? age.value : undefined;
  };
  if (cue.countLabel === '老年' && agedFrom(count) !== undefined && agedFrom(count) !== 60) {
    const sixty = lookBack(p, s.index, 0, (f) => isNumber(f) && f.unit === '人' && !isIntensive(f) && agedFrom(f) === 60 && f.label.includes('老年'));
    if (sixty) count = sixty;
  }
  // (orders are counted by one platform or channel: `平均每单` is of the amount stated with its orders, in the average's
  // sentence, never of a whole market's sales stated before: `社会消费品零售总额T。…平台全年完成订单N单，平均每单消费`;
  // the orders right before the amount are its own, a 其中 part's too: `其中平台甲A单，交易额T，平均每单消费`)
  if (countUnits.includes('单')) {
    const beside = p.figures[total.index - 1];
    if (beside && isNumber(beside) && countsIn(p, beside, countUnits) && beside.sentence === s.sentence && countClauseEnds(total.gapBefore) === 1) count = beside;
    if (total.sentence !== s.sentence || count.sentence !== s.sentence) return;
  }
  // `…；其中过夜游客612万人次，人均花费1980元`: an average right after a 其中-part's count is that group's, whose own total
  // the text does not give; unless that count is the one chosen, nothing is checked. A monthly payment per head
  // (`其中农村低保对象1.78万人，月人均补助637元`) is the programme's, over all it pays.
  // (not the last of a list of parts, `其中脱贫户A户、一般农户B户，户均补贴P`: the average after all of them is the whole's)
  const right = p.figures[s.index - 1];
  const lastOfList = right && right.index > 0 && listJoin(right.gapBefore) === 'join' && subsetTotals.get(p.figures[right.index - 1]) === subsetTotals.get(right);
  if (right && right !== count && !monthly && right.sentence === s.sentence && subsetTotals.has(right) && countsIn(p, right, countUnits) && countClauseEnds(s.gapBefore) === 1 &&
    !lastOfList) return;
  // `人均消费2,786澳门元；当中留宿旅客人均消费4,613澳门元`: an average inside a 其中 / 当中 after its total and count
  // is of a subgroup whose size is not stated
  // (a 其中 that lists counts before the average, `其中农村低保对象1.78万人，月人均补助…`, is not one)
  const after = Math.max(total.cleanEnd, count.cleanEnd);
  const gapToAverage = after < s.cleanStart ? p.text.slice(after, s.cleanStart) : '';
  const opened = Math.max(gapToAverage.lastIndexOf('其中'), gapToAverage.lastIndexOf('当中'));
  // (an average that names no group of its own, `，平均亩产…` after `其中稻谷…、玉米…`, is the whole's)
  const ownGroup = group.replace(/平均|全年|年末|全市|全省|全县|全区/g, '');
  if (opened >= 0 && ownGroup.length >= 2 && !p.figures.some((f) => f.cleanStart > after + opened && f.cleanStart < s.cleanStart && countsIn(p, f, countUnits))) return;
  // (an average of same-day visitors is not over overnight visitors, nor the other way: `過夜旅客N人次，…；即日來回旅客人均消費`)
  const otherKind = (a: string, b: string) => ownGroup.includes(a) && !ownGroup.includes(b) && count.label.includes(b) && !count.label.includes(a);
  if (STAY_KINDS.some(([a, b]) => otherKind(a, b) || otherKind(b, a))) return;
  // (nor is one of them over all visitors: `接待国内游客N…收入T…；一日游游客人均花费P` is of a group the text does not count)
  const stayKind = (label: string) => STAY_KINDS.some(([a, b]) => label.includes(a) || label.includes(b));
  if (stayKind(ownGroup) && !stayKind(count.label) && !stayKind(total.label)) return;
  factor *= massFactor(total.unit, s.unit) ?? 1;
  const alternatives = otherReadings(p, s, total, count, nearest, counts, subsetTotals, countUnits, reach, out,
    subgroup.length > 0 || group.replace(/平均|全年|年末|全市|全省|全县|全区/g, '').length >= 2);
  // (not when the text names the people living in households, `居於家庭住戶的人口A`: that is the one)
  if (headCount && (inHouseholds === undefined || total !== inHouseholds || !LIVING_IN_HOUSEHOLDS_NAMED.test(inHouseholds.label))) for (const t of otherPopulations(p, s, total, group, subsetTotals, minSentence)) alternatives.push({ total: t, count });
  out.push({ op: 'average', total, count, stated: s, factor, alternatives: alternatives.length ? alternatives : undefined });
}

/** The other head counts a household size may be of: another population of the place (`常住人口A，户籍人口B；…平均每户
 *  人口`: which one the text does not say), or a 其中 group the average names (`其中贫困户C户、贫困人口B人，贫困户户均人口`);
 *  never the whole of the one chosen (`人口T，其中居于家庭住户的人口A`: the household population is the one). */
function otherPopulations(p: Passage, s: Figure, total: Figure, group: string, subsetTotals: Map<Figure, Figure>, minSentence: number): Figure[] {
  const found: Figure[] = [];
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= minSentence; k--) {
    const f = p.figures[k];
    if (f === total || f.unit !== '人' || !isNumber(f) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f)) continue;
    if (subsetTotals.get(total) === f || subsetTotals.get(f) === total) {
      const whole = subsetTotals.get(f);
      if (whole && group.length >= 2 && distinguishingBigram(group, listItemName(f), whole.label) !== undefined) found.push(f);
      continue;
    }
    if (isPopulation(lastClause(f.label)) && !subsetTotals.has(f)) found.push(f);
  }
  return found;
}

/** `其中小学生C1、初中生C2。…公用经费T，其中小学T1、初中T2，小学、初中生均公用经费分别为A1和A2`: each group named before the
 *  cue has its own total and count, named with the group's name (the nearest so named, in this sentence or the one before);
 *  read only when every group has both and as many averages follow, joined as a list. */
function findRespectiveAverages(p: Passage, out: Relation[], s: Figure, head: string, cue: (typeof PER_CAPITA_CUES)[number]): void {
  if (cue.countLabel && cue.factor > 1) return findRespectivePerPopulation(p, out, s, head, cue);
  if (cue.countUnits.length === 0 || cue.factor !== 1) return;
  const lead = lastClause(head.slice(0, head.indexOf(cue.cue)));
  const names = lead.split(NAME_JOINERS).map((n) => n.trim()).filter((n) => n.length > 0);
  if (names.length < 2 || names.some((n) => n.length < 2 || n.length > 6)) return;
  const stated = averagesListed(p, s, names.length);
  if (!stated) return;
  const readings: { total: Figure; count: Figure }[] = [];
  for (const name of names) {
    const total = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && !isIntensive(f) && massFactor(f.unit, s.unit) === 1 && listItemName(f) === name);
    const count = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && !isIntensive(f) && cue.countUnits.includes(f.unit) && listItemName(f).startsWith(name));
    if (!total || !count) return;
    readings.push({ total, count });
  }
  readings.forEach(({ total, count }, i) => out.push({ op: 'average', total, count, stated: stated[i], factor: 1 }));
}

/** `常住人口N人，拥有执业医师A人、注册护士B人，每千人口执业医师和注册护士分别为P和Q`: averages per so many of a population,
 *  of figures named one by one after the cue, each over the population stated before them. */
function findRespectivePerPopulation(p: Passage, out: Relation[], s: Figure, head: string, cue: (typeof PER_CAPITA_CUES)[number]): void {
  const listed = RESPECTIVE_AFTER_CUE.exec(lastClause(head.slice(head.indexOf(cue.cue) + cue.cue.length)));
  if (!listed) return;
  const names = listed[1].split(NAME_JOINERS).map((n) => n.trim()).filter((n) => n.length > 0);
  if (names.length < 2 || names.some((n) => n.length < 2 || n.length > 10)) return;
  const stated = averagesListed(p, s, names.length);
  if (!stated) return;
  const count = lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && !isIntensive(f) && cue.countUnits.includes(f.unit) && f.label.includes(cue.countLabel!) &&
    isPopulation(lastClause(f.label)));
  if (!count) return;
  const totals: Figure[] = [];
  for (const name of names) {
    const total = lookBack(p, s.index, s.sentence - 1, (f) => f !== count && isNumber(f) && !isIntensive(f) && f.unit === s.unit && listItemName(f).endsWith(name));
    if (!total || totals.includes(total)) return;
    totals.push(total);
  }
  totals.forEach((total, i) => out.push({ op: 'average', total, count, stated: stated[i], factor: cue.factor }));
}
/** The averages a 分别 lists from `s` on, joined as a list in its unit: `n` of them, or undefined. */
function averagesListed(p: Passage, s: Figure, n: number): Figure[] | undefined {
  const stated = [s];
  for (let k = s.index + 1; k < p.figures.length && stated.length < n; k++) {
    const f = p.figures[k];
    if (!isNumber(f) || f.unit !== s.unit || !LIST_JOINERS.includes(trimGap(f.gapBefore))) break;
    stated.push(f);
  }
  return stated.length === n ? stated : undefined;
}

/** Names joined after a per-population cue, then 分别 (`执业(助理)医师和注册护士分别为`; group 1 the names). */
const RESPECTIVE_AFTER_CUE = /^(?:拥有|有)?([\u3400-\u9fff()、和及与]{4,30}?)分别(?:为|是|达到|达)?$/;

/** Is a count stated in a total's own clause, before it (`为特困人员1.1万人全额代缴418万元`)? */
function ownClauseCount(p: Passage, f: Figure, total: Figure): boolean {
  return f.sentence === total.sentence && f.index < total.index && countClauseEnds(between(p, f, total)) === 0;
}

/** The other groups an average may be over when the text gives several, each named for it (`缴费人员` for `人均缴费` among
 *  the insured, `高龄老人` for `为高龄老人发放…，月人均`, `离退休人员` of `企业职工…参保人数` for `企业职工基本养老金…月人均`, a
 *  count in the total's own clause): an average that fits one of them is not reported. Only counts the total's or the
 *  average's words name and the chosen count's do not, and the nearest total the reading passed over for its whole:
 *  an average over a group the text does not point to (`农村低保对象` of a programme's spending, the whole population
 *  for the household population) is the planted error proofreaders look for, and stays reported. */
function otherReadings(p: Passage, s: Figure, total: Figure, count: Figure, nearest: Figure, counts: readonly Figure[],
  subsetTotals: Map<Figure, Figure>, countUnits: readonly string[], reach: number, found: readonly Relation[], namesGroup: boolean): AverageReading[] {
  const context = lastClause(total.label) + s.label;
  const chosenNames = listItemName(count) + (subsetTotals.has(count) ? listItemName(subsetTotals.get(count)!) : '');
  const pointedTo = (f: Figure) => {
    if (ownClauseCount(p, f, total)) return true;
    const whole = subsetTotals.get(f);
    // (a group named by a manner of doing what the context names, the manner left out, is not pointed to: `其中集中供养A；
    // 月人均供养标准` names 供养, not 集中供养)
    const manner = MANNER_MODIFIERS.find((m) => listItemName(f).startsWith(m));
    if (manner !== undefined && !context.includes(manner)) return false;
    return distinguishingBigram(listItemName(f), context, chosenNames) !== undefined ||
      (whole !== undefined && distinguishingBigram(listItemName(whole), context, chosenNames) !== undefined);
  };
  const others: Figure[] = [];
  // (counts in the own clause of the nearest total, when it is not the one chosen)
  const nearestOwn: Figure[] = [];
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= reach; k--) {
    const f = p.figures[k];
    if (f === count || f === total || !isNumber(f) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f) || !countsIn(p, f, countUnits)) continue;
    if (!counts.includes(f) && !subsetTotals.has(f)) continue;
    if (pointedTo(f)) others.push(f);
    else if (nearest !== total && ownClauseCount(p, f, nearest)) nearestOwn.push(f);
  }
  // (a count or total stated as a share of another, `本科及以上学历员工A，占员工总数的P`, is a group of that whole, which
  // the average may be over: `人均创收`)
  const shareWhole = (f: Figure) => {
    // (never a plan completed: `发放A，完成年度计划W的P` makes W no group of anything)
    for (const r of found) if (r.op === 'ratio' && r.part === f && r.whole.unit === f.unit && isNumber(r.whole) && !isIntensive(r.whole) && !TARGET_NAMES.test(lastClause(r.whole.label))) return r.whole;
    return undefined;
  };
  const countWhole = shareWhole(count);
  if (countWhole && countWhole !== total && !others.includes(countWhole)) others.push(countWhole);
  // (the whole a paragraph's 其中 list divides, in the count's unit, further back, for an average that names no group of
  // its own and is over none the text points to: `入境旅客共A，其中…。留宿旅客B…。旅客總消費T，人均消費`; and a larger count
  // before one stated as a share of a whole not given as a figure: `培训A人次，…。取得证书的B人次，占参训人次的P`)
  const shareOfUnnamed = /^[,，]?(?:约)?占/.test(p.text.slice(count.cleanEnd, count.cleanEnd + 3));
  if (!namesGroup || shareOfUnnamed) {
    const wholes = new Set(subsetTotals.values());
    for (let k = count.index - 1; k >= 0 && k >= count.index - MAX_REACH; k--) {
      const f = p.figures[k];
      if (f === total || others.includes(f) || f.unit !== count.unit || !isNumber(f) || isIntensive(f) || isStatedChange(f) || isComparisonBase(f) || subsetTotals.has(f)) continue;
      if ((!namesGroup && wholes.has(f)) || (shareOfUnnamed && f.value !== null && count.value !== null && f.value > count.value)) others.push(f);
    }
  }
  const readings: AverageReading[] = others.map((c) => ({ total, count: c }));
  // (not the whole population when the total is named as the people living in households: `人口T中，居於家庭住戶的有A，
  // 佔P；…平均住戶人數` is over A alone)
  const totalWhole = LIVING_IN_HOUSEHOLDS_NAMED.test(lastClause(total.label)) ? undefined : shareWhole(total);
  if (totalWhole && totalWhole !== count) readings.push({ total: totalWhole, count });
  // (the nearest total passed over for its whole, with a count in its own clause: `其中为特困人员1.1万人全额代缴418万元，人均`;
  // not a part with no count of its own, `其中医院床位3.41万张；按…常住人口…计算，每千人口床位数`)
  if (nearest !== total && nearest.unit === total.unit) {
    for (const c of [count, ...others, ...nearestOwn]) if (c !== count || ownClauseCount(p, c, nearest)) readings.push({ total: nearest, count: c });
  }
  // (a 其中 part of the total in the average's sentence, over a group the text points to: `…合共T，其中養老金受益人C名，
  // 養老金支出A，月人均`)
  for (let k = s.index - 1; k > total.index && others.length > 0; k--) {
    const f = p.figures[k];
    if (f.sentence !== s.sentence || f === nearest || subsetTotals.get(f) !== total || f.unit !== total.unit) continue;
    for (const c of others) readings.push({ total: f, count: c });
  }
  return readings;
}

/** `，按总股本18亿股计算，`: the share count a payout per share is worked out on. */
const SHARE_BASIS = /(?:按|以)(?:公司)?(?:已发行)?(?:总股本|股本总数|总股数|股份总数|已发行股份总数|普通股|股份)[^,，]{0,14}计算[,，]/;
const SHARE_BASIS_BEFORE = new RegExp(SHARE_BASIS.source + '[^,，;；。]*$');

/** Units of time a member gives (`服务6.4小时`), never a count of members served. */
const TIME_GIVEN_UNITS = new Set(['小时', '学时', '课时', '分钟', '天', '日']);
