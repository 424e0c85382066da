// Shares, rates and ratios: `X，占Y的P`, `完成…的P`, `…率为P` (by a named whole, a 其中-total or a definition),
// and `是…的N倍` of a figure in the same sentence.
import type { Relation } from '../relate';
import { PRIOR_PERIOD, isComparisonBase, isStatedChange, reachesLevel } from './change-words';
import { ADJACENT_WHOLE_WORDS, CHANGE_VERBS, MANNER_MODIFIERS, NAME_ALIASES, PER_CLASSIFIER_UNITS, DEFINED_RATES, DICHOTOMIES, DUE_RATE_STEMS, ECONOMY_WHOLES, GENERAL_POPULATIONS, NAMED_AVERAGE_RATIOS, NAMED_RATIOS, OTHER_DEFINED_RATES, PERIOD_WORDS, PER_UNIT, PLACE_WORDS, RATE_WHOLE_WORDS, RESIDENCES, RESIDENTS, SETTLEMENTS, TARGET_NAMES, TARGET_OF_CUE, WHOLE_OF_CUES, WHOLE_SYNONYMS } from './cues';
import { MAX_REACH, clauseAfter, isComputationBasis, isIntensive, isNumber, isShare, isThreshold, isTimeAverage, labelNames, lastClause, lookAhead, lookBack, nameIn, namesOneWhole, pairedLabel, periodOf, placeOf, sameUnit, subjectOf, withoutAsides, withoutContext, withoutGenericNouns } from './figures';
import { type Figure, type Passage, between, countClauseEnds, hasSentenceEnd, isClauseEndAt, lastSentenceEnd, sentenceHead, sharesBigram, sharesTrigram, trimGap } from './passage';
import { LIST_JOINERS, NEGATIONS, leftForLevelAfter, listItemName, listJoin, smallNumber } from './sums';

/** A verb of change and 至 or 到: the figure after it is the level reached (`提高至`, `降到`, `减少到`). */
const REACH_VERB = '(?:改善|提升|提高|上升|回升|下降|降低|回落|增加|增长|减少|扩大|收窄|升|降|增|减)(?:至|到)';

/** `，完成` / `；接待人次已完成`: a completion's clause, with the subject it may name (group 1). */
// (or its progress: `，资金发放进度达到年度预算W的P`)
const COMPLETION_LINK = /^[,，;；]([\u3400-\u9fff]{0,6}?)(?:已经|已)?(?:完成|进度达到|进度为)/;

// `X，完成任务Y的P` / `X，是Y的N倍` / `X占Y的P`: the figure before `的P` is the whole, the nearest same-unit figure
// before it (with a cue between) the part.
export function findWholeOf(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.index < 2 || s.value === null) continue;
    // `佔全年預算W（上年度為B）的P`: an aside of another period's figure between the whole and its share is passed over
    const aside = p.figures[s.index - 1];
    const pastAside = s.index >= 3 && aside.label.startsWith('(') && isComparisonBase(aside) && between(p, aside, s).startsWith(')') && sameUnit(aside, p.figures[s.index - 2]) &&
      countClauseEnds(aside.gapBefore) === 0;
    const whole = pastAside ? p.figures[s.index - 2] : aside;
    // `相当于2019年产量（1.1万套）的4.5倍`: the whole may close an aside
    // `是去年同期约16.2万人次的近三倍`: a bound before the multiple is no part of the cue
    const cue = between(p, aside, s).replace(/(?:近|约|逾|超过|将近|接近)$/, '');
    // (a rate may be a multiple of another: `青年失業率為A，是整體失業率B的N倍`)
    const ratesMultiple = s.kind === 'multiple' && whole.kind === 'percent' && p.figures[whole.index - 1].kind === 'percent' && !isStatedChange(whole);
    if ((!isNumber(whole) && !ratesMultiple) || !(WHOLE_OF_CUES.includes(cue.startsWith(')') ? cue.slice(1) : cue) || (isShare(s) && TARGET_OF_CUE.test(cue)) ||
      // (or the whole's noun after its unit, right after 占: `佔全港274.1萬個家庭住戶的P`)
      (isShare(s) && NOUN_OF_WHOLE.test(cue) && SHARE_OF_PLACE.test(lastClause(whole.label))) ||
      // (or a multiple's base named with the noun its part is counted in: `落成A个单位，是此前同期约B个单位的N倍`)
      ((s.kind === 'multiple' || isShare(s)) && sameNounAfter(p, p.figures[whole.index - 1], whole, cue)))) continue;
    let part = p.figures[whole.index - 1];
    // `佔65歲以上人口427萬人的51.2%`: an age that names the whole's population is no part
    // (past every such age: `為A名65歲及以上老年人…，佔65歲及以上老年人口W人的P`)
    while (part.unit === '岁' && part.index > 0 && part.sentence === whole.sentence) part = p.figures[part.index - 1];
    // (nor another multiple or share of the same level in a clause of its own: `到位资金A，是年度目标任务的1.5倍，是上年B的N倍`)
    if ((part.kind === 'multiple' || isShare(part)) && countClauseEnds(part.gapBefore) === 1 && countClauseEnds(between(p, part, whole)) === 1 && part.index > 0 &&
      TARGET_SHARE_LINK.test(trimGap(part.gapBefore)) && p.figures[part.index - 1].sentence === whole.sentence && isNumber(p.figures[part.index - 1])) part = p.figures[part.index - 1];
    // `对美国出口1,113.6亿美元，占23.4%，是103年348.2亿美元的3.6倍`: nor is a share stated in between
    if (s.kind === 'multiple' && isShare(part) && part.gapBefore.includes('占') && part.index > 0 && countClauseEnds(part.gapBefore) === 1 &&
      p.figures[part.index - 1].sentence === whole.sentence) part = p.figures[part.index - 1];
    // (nor one with its whole stated inside it: `核發A戶，佔全國W戶的P，是去年同期B戶的N倍`)
    else if (s.kind === 'multiple' && isShare(part) && part.gapBefore === '的' && part.index >= 2 && p.figures[part.index - 1].gapBefore.includes('占') &&
      countClauseEnds(p.figures[part.index - 1].gapBefore) === 1 && p.figures[part.index - 2].sentence === whole.sentence && isNumber(p.figures[part.index - 2])) part = p.figures[part.index - 2];
    // `接待游客42.6万人次，实现旅游综合收入3.18亿元，游客接待量是2019年同期16.8万人次的3.5倍`: the part is the figure of
    // the whole's unit that the clause's subject names, past a figure of another unit
    // (so is a completion's: `发放贷款A亿元，惠及脱贫户B户，完成年度计划W亿元的P`, past the clause of another unit)
    // (or with a subject naming the part's measure, past a semicolon: `接待游客A人次，实现收入B亿元；接待人次已完成全年目标W的P`)
    const completion = !sameUnit(part, whole) && isShare(s) && part.index > 0 ? COMPLETION_LINK.exec(between(p, part, whole)) : null;
    // (or past one joined by 、: `新开工改造小区A个、惠及居民B户，完成年度目标任务W个的P`)
    if (completion && (countClauseEnds(part.gapBefore) === 1 || part.gapBefore.startsWith('、'))) {
      const before = p.figures[part.index - 1];
      if (before.sentence === whole.sentence && isNumber(before) && sameUnit(before, whole) && !isStatedChange(before) && !isComparisonBase(before) &&
        (completion[1] === '' || sharesBigram(completion[1], lastClause(before.label)))) part = before;
    }
    if (!sameUnit(part, whole) && s.kind === 'multiple') {
      const subject = subjectBefore(whole.clauseHead);
      const named = subject && lookBack(p, part.index + 1, whole.sentence, (f) => isNumber(f) && sameUnit(f, whole) && f !== whole && sharesBigram(subject, f.label));
      if (named) part = named;
    }
    // (a multiple whose subject names a total, past a 其中 part: `急诊求诊T，其中儿科急诊A；急诊总量是2013年B的N倍` is of T)
    if (s.kind === 'multiple' && TOTAL_SUBJECT.test(subjectBefore(whole.clauseHead) ?? '')) {
      const total = subsetTotalIn(out, part);
      if (total && total.sentence === part.sentence && sameUnit(total, whole)) part = total;
    }
    // `筹集住房T，其中新建A、改建B，完成规划目标W的P`: a completion after a 其中 list, with no subject of its own, is
    // the total's
    if (isShare(s) && /^[,，]完成/.test(between(p, part, whole)) && part.index > 0) {
      const listTotal = subsetTotalIn(out, part);
      if (listTotal && subsetTotalIn(out, p.figures[part.index - 1]) === listTotal && listJoin(part.gapBefore) === 'join') part = listTotal;
    }
    // (the list passed over counts as one clause passed)
    let passed = part.index < whole.index - 1 && !isComparisonBase(part) ? 1 : 0;
    // (past a prior period's figure named after the change: `A，同比增长P，去年同期为B；占…W的Q`)
    // (or in an aside: `A，同比增长P（上年为B），完成年度目标W的Q`)
    // (the aside may follow the noun the unit counts: `建成…1.86万个单位（上年度为1.75万个），完成…目标W的P`)
    if (isShare(s) && part.index > 0 && ((isComparisonBase(part) && countClauseEnds(part.gapBefore) === 1) || PRIOR_ASIDE_OPEN.test(part.gapBefore)) &&
      countClauseEnds(between(p, part, whole)) === 1) {
      part = p.figures[part.index - 1];
      passed = 1;
    }
    let link = between(p, part, whole);
    // passing over stated changes (`新增就业8.6万人，同比增加0.6万人，完成全年目标任务10万人的86.0%`; `出口值为1,782亿美元，
    // 较前年增加146亿美元，年增8.9%，占出口总值4,742亿美元的37.6%`), each in a clause of its own
    while (passed < 3 && isStatedChange(part) && part.index > 0 && clauseEndsBetween(p, part, whole) === passed + 1 &&
      (countClauseEnds(part.gapBefore) === 1 || isComparisonBase(p.figures[part.index - 1]))) {
      part = p.figures[part.index - 1];
      link = between(p, part, whole);
      passed++;
    }
    // (a target of an increase is of the increase passed over, not of the level: `余额A，较年初增加C，增长R，完成年度新增计划W的P`
    // is C of W)
    if (passed > 0 && isShare(s) && INCREASE_TARGET.test(whole.label)) {
      const from = part.index;
      const increase = lookBack(p, whole.index, whole.sentence, (f) => f.index > from && isNumber(f) && sameUnit(f, whole) && isStatedChange(f));
      if (increase) {
        out.push({ op: 'ratio', part: increase, whole, stated: s });
        continue;
      }
    }
    // and the base that change was stated against (`研发投入12.84亿元，较上年的11.46亿元增长15.2%，占营业收入…的8.3%`)
    if (passed > 0 && isComparisonBase(part) && part.index > 0 && countClauseEnds(part.gapBefore) === 1) {
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
    // `受惠长者约A。受惠人数是2013年B的N倍`: a multiple whose sentence opens on its subject and the base is of the figure
    // that subject names in the sentence before
    if (s.kind === 'multiple' && part.sentence !== whole.sentence && (whole.index === 0 || p.figures[whole.index - 1].sentence !== whole.sentence)) {
      const subject = subjectBefore(whole.clauseHead);
      const named = subject && subject.length >= 3 ? lookBack(p, whole.index, whole.sentence - 1, (f) => f.sentence === whole.sentence - 1 && isNumber(f) &&
        sameUnit(f, whole) && !isStatedChange(f) && !isComparisonBase(f) && sharesBigram(subject, lastClause(f.label)) &&
        // (a group named as the negation of the subject is the other one: `非內地旅客` for `內地旅客人次`)
        !lastClause(f.label).includes('非' + subject!.slice(0, 2))) : undefined;
      if (named && /^(?:是|为|相当于)/.test(whole.clauseHead.slice(subject!.length))) {
        out.push({ op: 'multiple', a: named, b: whole, stated: s, form: 'ratio' });
        continue;
      }
    }
    // (a whole per head or per share is of a part per head or per share: `每股股利A…發放總額T，占每股盈餘W的P` is A of W)
    if (isNumber(part) && isNumber(whole) && isIntensive(whole) && !isIntensive(part)) {
      const perWord = PER_WORD.exec(whole.label)?.[0];
      const intensive = perWord ? lookBack(p, part.index, whole.sentence, (f) => isNumber(f) && sameUnit(f, whole) && isIntensive(f) && f.label.includes(perWord)) : undefined;
      // (a mean over years, `占前3年度岁出平均数W的P`, is no per-head figure: a total's share of it stands)
      if (!intensive && (perWord || !MEAN_OVER_PERIODS.test(lastClause(whole.label)))) continue;
      if (intensive) {
        part = intensive;
        link = between(p, part, whole);
      }
    }
    if ((!isNumber(part) && !(ratesMultiple && part.kind === 'percent')) || !sameUnit(part, whole) || part.sentence !== whole.sentence) continue;
    // (a clause about a 其中 group, `A，其中农产品网络零售额是2018年B的N倍`, is of a figure the text does not state)
    if (SUBGROUP_CLAUSE.test(lastClause(link))) continue;
    const clauses = clauseEndsBetween(p, part, whole);
    if (clauses > Math.max(2, passed + 1) ||
      (clauses === 2 && passed === 0 && !isStatedChange(p.figures[part.index + 1]) && !isIntensive(p.figures[part.index + 1]) &&
        !isShare(p.figures[part.index + 1]) && sameUnit(p.figures[part.index + 1], whole))) continue;
    if (isShare(s)) {
      // (`恢复至2019年W的P`: a level recovered to a share of an earlier one)
      if (!/完成|为|占|相当于|是|达到|达|恢复/.test(link)) continue;
      out.push({ op: 'ratio', part, whole, stated: s });
    } else if (s.kind === 'multiple') {
      // `增至去年同期B的N倍`: a level reached, N times the base
      if (!/是|为|相当于|增至|增加到|增长到|扩大到|提高到|上升到|达到/.test(link)) continue;
      out.push({ op: 'multiple', a: part, b: whole, stated: s, form: 'ratio' });
    }
  }
}

/** `太阳能发电A，清洁能源发电量占比P`: a subject ending like the part's name (its measure, `能发电`) with a modifier of two
 *  characters or more the part's label lacks (`清洁`) names another group. */
function otherModifier(subject: string, label: string): boolean {
  const own = subject.replace(/量$/, '');
  const name = nameIn(lastClause(label)).replace(/^(?:、|和|及|与)/, '');
  let n = 0;
  while (n < own.length && n < name.length && own[own.length - 1 - n] === name[name.length - 1 - n]) n++;
  const modifier = own.slice(0, own.length - n);
  return n >= 2 && modifier.length >= 2 && name.length > n && !label.includes(modifier);
}

/** Characters that make a name another, narrower or wider one when written before it (`中低收入戶`, `非居民`). */
const NAME_QUALIFIER_BEFORE = new Set(['中', '高', '低', '非', '次', '准', '超', '特', '半']);

/** A multiple or share of a whole named in words only: `是年度目标任务的`, `为年度计划的`. */
const TARGET_SHARE_LINK = /^(?:是|为|相当于|达到|完成)(?:年度|全年)?(?:目标任务|目标|任务|计划)的$/;

/** A mean over periods (`前3年度岁出平均数`, `近五年平均值`). */
const MEAN_OVER_PERIODS = /年[度]?[\u3400-\u9fff]{0,8}平均(?:数|值)$/;
/** What a figure is per (`每股`, `人均`, `户均`). */
const PER_WORD = /每股|人均|户均|每人|每户/;

/** An aside opening on the prior period's figure: `（上年为`. */
const PRIOR_ASIDE_OPEN = /\((?:上年度?|去年|上一年度?|上年同期|去年同期)(?:为|是)?$/;

/** A whole's noun after its unit, before the share: `家庭住户的`. */
const NOUN_OF_WHOLE = /^[\u3400-\u9fff]{2,8}的$/;
/** A subject naming the whole of what was counted (`急诊总量`, `总人数`). */
const TOTAL_SUBJECT = /总量|总数|总额|总人数|总人次|合计/;

/** `A个单位，是…B个单位的` / `A個單位，僅達年度目標B個單位的`: the whole's noun after its unit (the cue up to 的) is the
 *  one right after the part, in the part's unit, and the whole follows `是`, `为` or `达` in the next clause. */
function sameNounAfter(p: Passage, part: Figure, whole: Figure, cue: string): boolean {
  const noun = /^([\u3400-\u9fff]{1,4})的$/.exec(cue)?.[1];
  return noun !== undefined && isNumber(part) && sameUnit(part, whole) && part.sentence === whole.sentence && countClauseEnds(whole.gapBefore) === 1 &&
    p.text.startsWith(noun, part.cleanEnd) && /[,，](?:这|此)?(?:是|为|相当于|仅达|达到|达|完成|占)[\u3400-\u9fff]{0,8}$/.test(whole.gapBefore);
}
/** 占 right before the whole, a whole place at most between: `占全港`, `佔`. */
const SHARE_OF_PLACE = /(?:^|[,，])占(?:全[港澳市省县区国台])?$/;

/** `公办园` for `公办幼儿园`: a short form keeps the first two characters and the last of the name. */
function abbreviates(short: string, name: string): boolean {
  // (two characters of a four-character name, in order and not its head noun: `下转` for `向下转诊`; never of a name
  // negated, `税收` of `非税收入`)
  if (short.length === 2 && name.length === 4 && !name.endsWith(short)) return !NEGATION_START.test(name) && charsInOrder(short, name, 3);
  // (nor, longer, of a name that negates it: `人壽業務` of `非人壽保險業務`)
  const at = name.indexOf(short.slice(0, 2));
  return short.length >= 3 && name.length > short.length && at >= 0 && name.endsWith(short.slice(-1)) && at + 2 < name.length - 1 &&
    !(at > 0 && NEGATION_START.test(name.slice(at - 1)) && !NEGATION_START.test(short));
}

const NEGATION_START = /^[非不未无]/;

/** The subject a clause opens with, before the verb that relates it to a whole (`旅游收入相当于上年同期` → `旅游收入`). */
function subjectBefore(head: string): string | undefined {
  const m = SUBJECT_BEFORE_VERB.exec(head);
  return m ? m[1] : undefined;
}

const SUBJECT_BEFORE_VERB = /^(?:其中)?([\u3400-\u9fff]{2,8}?)(?:相当于|占|完成|是|为)/;

/** `占全部支出的` / `占全市的`: a whole named as all of something, which the part's 其中-total is when its label says
 *  so (`全年一般公共预算支出…，其中…`, `全市…`). */
function namesTotalOfAll(p: Passage, noun: string, total: Figure | undefined): boolean {
  // (`占整体旅客的` too: all of them, named by their head noun)
  if (!total || !/^(?:全|整体|所有)/.test(noun)) return false;
  // (the whole year's, `占全年产量的`, is all of the year's total: `112年稻米總產量T，其中一期作A`)
  const what = noun.replace(/^(?:全年|全部|全体|全|整体|所有)/, '');
  // (past the verb it is stated with: `固定资产投资完成T` for `占全部投资的`)
  const name = nameIn(total.label).replace(/(?:完成|实现|达到|约|近|逾)$/, '').replace(TOTAL_NOUN_TAIL, '');
  // (or with its measure after the noun: `占整體出口的` for `整體貨物出口貨值`)
  if (total.label.includes(noun) || (what.length >= 2 && (name.endsWith(what) || name.replace(VALUE_MEASURE_TAIL, '').endsWith(what)))) return true;
  // (or all of the bank, group or company, with the measure by any of its names: `稅後盈餘T，其中海外分行獲利A，占全行獲利的P`)
  const owner = WHOLE_OWNER.exec(noun);
  if (owner && (owner[1] === '' || withAliases(name).endsWith(withAliases(owner[1])))) return true;
  // all of a place the total names, by the noun before the total or after its unit (`全港約有276萬個家庭住戶，…佔全港住戶的`)
  const place = WHOLE_PLACE.exec(noun)?.[0];
  const head = place ? noun.slice(place.length) : '';
  return place !== undefined && head.length >= 2 && total.label.includes(place) &&
    (nameIn(total.label).endsWith(head) || clauseAfter(p, total).endsWith(head));
}
const WHOLE_PLACE = /^全(?:港|澳|市|省|县|区|国|台|镇|乡|州|盟)/;
/** All of a bank, group or company (`全行`, `全集团`), then the measure named, if any (group 1). */
const WHOLE_OWNER = /^(?:全行|全集团|全公司)([\u3400-\u9fff]{0,6})$/;
/** A measure of value closing a total's name (`出口货值`, `进口总值`). */
const VALUE_MEASURE_TAIL = /(?:货值|总值|价值|金额)$/;


/** `貧窮人口為B，經…介入後減至T，其中…A，佔介入後貧窮人口的P`: a whole named by a word of the clause that brought the
 *  measure to T (`介入后`) and the measure the level before it names (`贫穷人口`). */
function namesLevelReached(p: Passage, noun: string, total: Figure | undefined): boolean {
  if (!total || total.index === 0 || noun.length < 4) return false;
  const before = p.figures[total.index - 1];
  if (!leftForLevelAfter(p, before)) return false;
  for (let k = 2; k <= noun.length - 2; k++) {
    if (lastClause(total.label).includes(noun.slice(0, k)) && lastClause(before.label).includes(noun.slice(k))) return true;
  }
  return false;
}

/** A company or group naming a whole as its own (`集团溢利`, `本行营业收入`). */
const OWNER_WORDS = /^(?:本集团|全集团|集团|本公司|全公司|公司|本行|全行)/;

/** A count written right after another with nothing between (`脱贫人口2.46万户8.97万人`) is named by the other's label. */
function withPairedLabel(p: Passage, f: Figure | undefined): Figure | undefined {
  if (!f) return f;
  const label = pairedLabel(p, f);
  return label === f.label ? f : { ...f, label };
}

/** `…1,286.4亿元（规模以上工业增加值），其中…，占规模以上工业的比重为`: a whole named by the head of the 其中-total's name
 *  (without its measure: 增加值, 产值, 总额 …). */
function namesSubsetTotal(noun: string, total: Figure | undefined, after = ''): boolean {
  if (!total || noun.length < 3) return false;
  // (a count named by what was done and its head-count word, `佔參觀人次的` for `錄得參觀者T人次`; or by what was done for
  // those counted, after the figure: `為T名困難群眾代繳…，…佔代繳人數的`)
  const counted = COUNT_NOUN.exec(noun);
  if (counted && counted[1].length >= 2 && (lastClause(total.label) + '|' + after).includes(counted[1]) &&
    (counted[2] === '人次' ? total.unit === '人次' : counted[2] === '户数' ? total.unit === '户' : PEOPLE_UNITS.has(total.unit))) return true;
  // (those who benefit, named either way: `佔受惠人數的` for `惠及住戶人數T`)
  if (/^(?:受惠|受益|惠及|获益)(?:人数|户数|人次)$/.test(noun) && /惠及|受益|受惠|获益/.test(lastClause(total.label))) return true;
  // (a scope the total's label names, four characters or more: `占规模以上工业的比重` for `规模以上工业企业实现营业收入T`)
  // (not a label of several, `城镇、农村居民人均消费支出分别为`, whose one item the noun may name)
  if (noun.length >= 4 && total.label.includes(noun) && !total.label.includes('分别')) return true;
  // (the whole named as the group's or the company's own, `佔集團溢利的` for `除稅後溢利為T`: the measure alone, when the
  // total's name ends with it)
  const owned = OWNER_WORDS.exec(noun);
  if (owned && noun.length - owned[0].length >= 2 && nameIn(total.label).replace(/(?:为|达|是)$/, '').endsWith(noun.slice(owned[0].length))) return true;
  // (period and place words on either side aside: `占全年稻谷产量的` for `全年全省稻谷产量`)
  const bare = subjectOf(noun);
  if (bare.length >= 3 && bare !== noun && subjectOf(total.label) === bare) return true;
  // (or a short form of it: `占全市在校生的` for `全市在校中小学生T`)
  if (bare.length >= 3 && abbreviates(bare, subjectOf(total.label))) return true;
  // (`占全市投资的` for `全市固定资产投资`: a place's total named by its head noun alone)
  if (bare.length === 2 && bare !== noun && /^(?:全市|全省|全县|全区|全国)/.test(noun) && total.label.includes(noun.slice(0, 2)) &&
    lastClause(total.label).replace(/(?:完成|实现|达到|达|为|是)$/, '').endsWith(bare)) return true;
  // (past the verb it is stated with: `快递业务量累计完成T` for `占快递业务量的`)
  const name = nameIn(total.label).replace(/(?:累计)?(?:完成|实现|达到)$/, '');
  // (people named by what they do, `占就業者比率` for `就業人數為T`)
  if (noun.length >= 3 && noun.endsWith('者')) {
    const at = name.indexOf(noun.slice(0, -1));
    if (at >= 0 && /^(?:人数|人口|人员)/.test(name.slice(at + noun.length - 1))) return true;
  }
  // (a measure named with 量 for a total stated by its verb and object alone: `占全年载客量的` for `轻轨累计载客T`)
  const measured = subjectOf(noun);
  if (measured.length >= 3 && measured.endsWith('量') && name.endsWith(measured.slice(0, -1))) return true;
  // a count named with its head-count word (`占新增就业人数的` for `城镇新增就业8.12万人`)
  const core = noun.length >= 5 ? noun.replace(/(?:人数|户数|数量)$/, '') : noun;
  if (name.includes(core) && MEASURE_TAIL.test(name.slice(name.indexOf(core) + core.length))) return true;
  // (a per-household or per-head whole named without its per-unit words: `占農家所得的` for `農家平均每戶所得為T`)
  const perUnitless = name.replace(PER_UNIT, '').replace(/(?:为|达|是)$/, '');
  if (perUnitless !== name && core.length >= 3 && perUnitless.endsWith(core)) return true;
  // (or with words left out in the middle: `占汽车类零售额的` for `汽车类商品零售额`, `占规上工业利润的` for `规模以上工业企业实现
  // 利润总额`)
  if (noun.length >= 6 && noun.length <= 10) {
    const bare = name.replace(TOTAL_NOUN_TAIL, '');
    const head = bare.indexOf(noun.slice(0, 3));
    if (head >= 0 && bare.endsWith(noun.slice(-2)) && head + 3 <= bare.length - 2 && bare.length - head - noun.length <= 6) return true;
  }
  // (or a word of at most three characters left out after the first two: `占粮食播种面积的` for `粮食作物播种面积`)
  if (noun.length >= 5 && noun.length <= 10) {
    const bare = name.replace(TOTAL_NOUN_TAIL, '');
    const tail = noun.slice(2);
    const head = bare.lastIndexOf(noun.slice(0, 2), bare.length - tail.length - 3);
    const gap = bare.length - tail.length - (head + 2);
    if (head >= 0 && bare.endsWith(tail) && gap >= 1 && gap <= 3) return true;
  }
  // (a sum of money named by its verb and 额: `占累计发放额的` for `全县累计发放…小额信贷`)
  const verb = AMOUNT_OF_VERB.exec(noun)?.[1];
  return verb !== undefined && name.includes(verb) && total.unit === '元';
}
/** `占核准金额的` for `核准侨外投资件数为N件，金额T`: a total named by its clause's noun and a word its sentence opens with. */
function namedOverItsSentence(p: Passage, noun: string, total: Figure | undefined): boolean {
  if (!total || noun.length < 4) return false;
  // (a head count named by what its sentence says they did: `共有A戶受惠，涉及T人，其中兒童B人，佔受惠人數的P`)
  if (total.unit === '人' && noun.endsWith('人数') && sentenceHead(p, total).includes(noun.slice(0, -2))) return true;
  const own = nameIn(lastClause(total.label));
  if (own.length < 2 || own.length > 4 || !noun.endsWith(own)) return false;
  const qualifier = noun.slice(0, noun.length - own.length);
  return qualifier.length >= 2 && sentenceHead(p, total).includes(qualifier);
}
/** A target named as one of an increase (`年度新增计划`, `新增目标`). */
const INCREASE_TARGET = /新增(?:计划|目标|任务)/;

/** Words that make a figure per household or per head (`平均每户`, `人均`). */
const AMOUNT_OF_VERB = /^((?:累计)?(?:发放|投放|投入|支出|拨付|筹集|完成))(?:总)?(?:金)?额$/;

const MEASURE_TAIL = /^(?:增加值|产值|总产值|总额|营业收入|营业额|销售额|零售额|营收|收入|总量|产量)?$/;

/** `对沿线国家进出口T，…其中出口A，占全省出口总值的P`: a whole named as the part's own measure, of a place, is all of that
 *  measure there, which the text does not state; never the part's 其中-total when that is named otherwise. */
function namesAllOfPartsMeasure(named: string, partName: string, total: Figure | undefined): boolean {
  // (the noun after its place, without the word for a total: `全省出口总值` is `出口`)
  const place = placeOf(named);
  // (a 其中-total named as the part is, `在园幼儿T；其中公办幼儿园…在园幼儿A，占全县在园幼儿总数的P`, is that measure's all)
  return partName.length >= 2 && total !== undefined && subjectOf(total.label) !== partName && place !== undefined && named.startsWith(place) && named.slice(place.length).replace(TOTAL_WORD_TAIL, '') === partName;
}
/** Words for a total at the end of a whole's name. */
const TOTAL_WORD_TAIL = /(?:总值|总额|总量|总数)$/;

/** `个体工商户56.9万户，占全省个体工商户总数的12.6%` under `全市…市场主体86.4万户`: a total named as something the
 *  part's 其中-total is not (it shares no word with it, place and period aside) is a whole the text does not state. */
function namesAnotherWhole(p: Passage, named: string, total: Figure | undefined): boolean {
  if (!total || named.length < 2 || WHOLE_WORDS.includes(named) || ALL_COUNTED.test(named)) return false;
  // (a whole named as the total, with 总, that no figure of the text is named by is the 其中 total by another name:
  // `共處理貨物T，其中轉運貨物A，佔總貨運量的P`)
  const bare = named.replace(/^总/, '');
  if (bare !== named && bare.length >= 2 && !p.figures.some((f) => isNumber(f) && sharesBigram(bare, lastClause(f.label)))) return false;
  // of another place (`占全国小麦总产量的` under `全省粮食总产量…，其中`)
  const place = placeOf(named);
  const totalPlace = placeOf(total.clauseHead);
  // (`全港` of a port, `全市港口完成货物吞吐量T`, is the whole port, not Hong Kong)
  if (place && totalPlace && place !== totalPlace && !(place === '全港' && /港口|港区/.test(total.label))) return true;
  // (a qualifier before the total's own name, `对企业放款总余额` under `放款总余额`, names a narrower whole)
  if (qualifiesTotalName(named, total.label)) return true;
  // (the group's or company's own total of a generic measure, `集團總收入`, names no other whole by its owner)
  const unowned = withoutGenericNouns(subjectOf(named).replace(OWNER_WORDS, '')).replace(/\|/g, '');
  const what = unowned.length < 2 ? unowned : withoutGenericNouns(subjectOf(named)).replace(/\|/g, '');
  // (a whole of the economy the total is not named as is another whole: `占社会消费品零售总额的` under `网上零售额T`)
  const totalName = total.clauseHead + '|' + clauseAfter(p, total);
  if (ECONOMY_WHOLES.some((w) => named.includes(w.replace(TOTAL_NOUN_TAIL, '')) && !totalName.includes(w.replace(TOTAL_NOUN_TAIL, '')))) return true;
  // (the total's name may follow its unit, `276万个家庭住户`, or open its clause before a level it started from, `参保人数由
  // 上年末的B增加到T`)
  // (or by a two-character short form of it, `参保` for `参加失业保险`)
  // (those who benefit are named either way: `受惠人數` for `惠及住戶人數`)
  // (a loan is one by any of its names: `占贷款总额的` under `发放小额信贷T`)
  const name = withAliases(withoutGenericNouns(total.clauseHead + '|' + clauseAfter(p, total)).replace(BENEFITED, '受惠'));
  const own = withAliases(what);
  return own.length >= 2 && !WHOLE_WORDS.includes(own) && !sharesBigram(own, name) && !(own.length === 2 && charsInOrder(own, name, 5));
}

/** A name with the words of NAME_ALIASES read as each row's first. */
function withAliases(s: string): string {
  for (const [first, ...others] of NAME_ALIASES) for (const w of others) if (s.indexOf(w) >= 0) s = s.split(w).join(first);
  return s;
}

/** `已支出资金`: what was done so far (group 1) and a noun of the money or items it was done to. */
const DONE_WHOLE = /^(已[\u3400-\u9fff]{1,4}?)(?:的)?(?:资金|金额|款项|项目|资金总额)$/;

/** A head count named by what was done (group 1) and its count word (group 2): `参观人次`, `受助人数`. */
const COUNT_NOUN = /^([\u3400-\u9fff]{2,4}?)(人次|人数|户数)$/;

/** Words for those a programme reached (`惠及`, `受益`), one name (`受惠`) for comparing names. */
const BENEFITED = /惠及|受益|获益/g;

/** Units of a head count of people (`人`, `名`, `位`). */
const PEOPLE_UNITS = new Set(PER_CLASSIFIER_UNITS['人']);

/** `参保人数`: a head count named by two characters (group 1) that may be a short form (`参保` for `参加失业保险`). */
const SHORT_HEAD_COUNT = /^([\u3400-\u9fff]{2})人数$/;
/** A label ending with its head count's word, a verb at most after it: `参加失业保险人数`, `参加失业保险人数为`. */
const SHORT_FORM_HEAD_COUNT = /人数(?:为|达到|达|是)?$/;

/** Are the two characters of a short form in the name, in order, the second at most `reach` after the first (`下转` in
 *  `向下转诊`, `参保` in `参加失业保险`)? */
function charsInOrder(short: string, name: string, reach: number): boolean {
  for (let i = name.indexOf(short[0]); i >= 0; i = name.indexOf(short[0], i + 1)) {
    const j = name.indexOf(short[1], i + 1);
    if (j > i && j - i <= reach) return true;
  }
  return false;
}

/** `对企业放款总余额` against a total named `放款总余额`: the name ends with five or more characters of the total's label,
 *  and what comes before them (places, periods and `对` aside) is two or more characters the label does not have. */
function qualifiesTotalName(named: string, label: string): boolean {
  for (let k = named.length - 2; k >= 5; k--) {
    if (!label.includes(named.slice(-k))) continue;
    // (all of it is no qualifier: `占全部快递业务量的` under `快递业务量…完成T`)
    const qualifier = withoutContext(named.slice(0, named.length - k).replace(/^(?:对|向|其中)/, '').replace(/^(?:全部|全体|所有|整体)/, ''));
    return qualifier.length >= 2 && /^[\u3400-\u9fff]+$/.test(qualifier) && !label.includes(qualifier);
  }
  return false;
}

/** Is the figure followed by a share of its own (`203.8万人，占23.2%`)? */
function hasOwnShare(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  return !!next && isShare(next) && next.gapBefore.includes('占');
}

/** `，其中约`: a share opening a 其中 clause, its part to follow (`六成为个体工商户，达A户`). */
const SHARE_BEFORE_PART = /[,，](?:其中|当中)(?:约|近|超过|逾|有)?$/;
/** `为个体工商户，达`: what the share is of, named after it, then the part's lead. */
const NAMED_THEN_PART = /^(?:为|是)[\u3400-\u9fff]{2,12}[,，](?:计|达|达到|共|共计|合计|有|约)$/;

function shareBeforeItsPart(p: Passage, out: Relation[], s: Figure): void {
  const total = p.figures[s.index - 1];
  const part = p.figures[s.index + 1];
  if (!total || !part || !isNumber(total) || !isNumber(part) || !sameUnit(total, part) || total.sentence !== s.sentence || part.sentence !== s.sentence) return;
  if (countClauseEnds(s.gapBefore) !== 1 || isStatedChange(total) || isComparisonBase(total) || isIntensive(total)) return;
  if (!NAMED_THEN_PART.test(trimGap(part.gapBefore))) return;
  out.push({ op: 'ratio', part, whole: total, stated: s });
}

/** What leads a part stated right after its share (`，涉及金额为97亿港元`, `，达到1,386万人次`, `，计510人`). */
const PART_AFTER_SHARE = /^(?:涉及|共涉及)?(?:金额|人数|数量|规模|总量)?(?:为|达到|达|计|共计|共|约为|约)$/;

/** What a count names after its classifier (`名农民工返乡创业` → `农民工返乡创业`). */
const NOUN_AFTER_COUNT = /^[名位个户家]?([\u3400-\u9fff]{2,12})$/;
/** The words after a count up to the next list item (`16个乡镇市、147个村里` names 乡镇市). */
function nounAfterCount(p: Passage, f: Figure): string {
  const after = clauseAfter(p, f);
  const at = after.search(/[、0-9]/);
  return at < 0 ? after : after.slice(0, at);
}

/** Words that name the whole of what was just counted (`占整体的`, `占全部的`). */
const WHOLE_WORDS = ['全部', '整体', '全体'];

/** `占全部件数的`: all of what was counted, named only by its count word. */
const ALL_COUNTED = /^(?:全部|所有|全体)(?:件数|人数|户数|个数|家数|宗数|笔数|数量)$/;

/** `研发人员总数` → `研发人员`: a whole named as the total of something. */
const TOTAL_NOUN_TAIL = /(?:总数|总人数|总额|总量|总)$/;

/** Verbs of moving to a new level: a share stated after them is that level. */
const LEVEL_VERBS = ['提升至', '提升到', '提高至', '提高到', '上升至', '上升到', '升至', '下降至', '下降到', '降至'];

/** `工业投资812亿元，工业投资中技术改造投资296亿元`: the earlier figure of the sentence whose name, and 中, open the part's. */
function scopeNamedBy(p: Passage, part: Figure): Figure | undefined {
  const label = trimGap(lastClause(part.label));
  if (label.indexOf('中') < 2) return undefined;
  const scope = label.slice(0, label.indexOf('中'));
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_REACH && p.figures[k].sentence === part.sentence; k--) {
    const name = listItemName(p.figures[k]);
    // (or a name ending with the scope, four characters or more: `其中60岁以上领取待遇人员A…；领取待遇人员中脱贫人口B，占P`)
    if (name.length >= 2 && (name === scope || (scope.length >= 4 && name.endsWith(scope))) && sameUnit(p.figures[k], part)) return p.figures[k];
  }
  return undefined;
}

/** Is the part named as a kind of an earlier part of the same total (`对…国家出口` after `出口`)? */
function kindOfEarlierPart(p: Passage, part: Figure, total: Figure, subsetTotals: Map<Figure, Figure>): boolean {
  const name = listItemName(part);
  for (let k = part.index - 1; k > total.index; k--) {
    const f = p.figures[k];
    if (subsetTotals.get(f) !== total) continue;
    // (age groups are named by their ages, not by the head noun they share: `0—14岁人口A…；65岁及以上人口B，占Q`)
    if (namedByAge(p, f) && namedByAge(p, part)) continue;
    const other = listItemName(f);
    // (the other one negated is its sibling, no kind of it: `非车险` after `车险`)
    if (other.length >= 2 && name.length > other.length && name.endsWith(other) && name[name.length - other.length - 1] !== '非') return true;
  }
  return false;
}

/** `目标为T，全年实际收入A，较上年的B增长C，目标达成率为P`: the figure right after the target in its unit, when all between
 *  it and the rate are its change and the base of that change. */
function doneAfterTarget(p: Passage, target: Figure, s: Figure): Figure | undefined {
  const done = p.figures[target.index + 1];
  if (!done || done === s || done.sentence !== s.sentence || !isNumber(done) || !sameUnit(done, target) || isStatedChange(done) || isComparisonBase(done)) return undefined;
  for (let k = done.index + 1; k < s.index; k++) if (!isStatedChange(p.figures[k]) && !isComparisonBase(p.figures[k])) return undefined;
  return done;
}

/** A level reached by a change, at the end of a clause of its own (`，介入後降至`, `，年末增至`): the verbs of REACHED_LEVEL. */
const LEVEL_REACHED = new RegExp(REACH_VERB + '$');

/** Stems of rates over the whole population (`出生率`, `死亡率`, `自然增长率`). */
const VITAL_RATE_STEMS = ['出生', '死亡'];

/** Verbs of work done that a completion rate is of. */
const WORK_DONE = /建成|完成|实现|新增|改造|新建|培训|安置|落成|开工|竣工/;

/** Is the figure's group named by an age right before it (`65岁及以上人口B`)? */
function namedByAge(p: Passage, f: Figure): boolean {
  const age = p.figures[f.index - 1];
  return age !== undefined && age.unit === '岁' && countClauseEnds(f.gapBefore) === 0;
}

/** `比重为` / `占比提升至` right after the part: a bare share of the part's 其中-total. */
/** `为新建单位，`: what a part named only by 其中 or 当中 is, in its own clause after it. */
const NAMED_AFTER_PART = /^(?:为|是)[\u3400-\u9fff]{1,10}[,，]/;
// (and 比率 or 比例 alone right after the part: `其中…者A人次，比率為P`)
const BARE_SHARE = new RegExp(`(?:比重|所占比重|占比|比率|比例|所占比例|渗透率)(?:为|达到|达|是|${LEVEL_VERBS.join('|')})?$`);

const SHARE_TAILS = ['渗透率', '的比重为', '的比例为', '的比率为', '的比重', '的比例', '的比率', '比重为', '比例为', '比率为', '比重', '比例', '比率', '的', '之', '比为', '比', '为', '达到', '达', '约', '近', '是',
  // bounds written before a stated share (`占比超过三成`, `占比不足30%`): the share keeps its bound
  '超过', '逾', '不足', '不到', '接近', '将近', '已达',
  // a share that moved to a new level (`营收占比提升至41.8%`): the level is the share
  ...LEVEL_VERBS];

/** A whole stated inside 占…的: the noun after its figure and 的 (`戶公屋住戶的`), and 占 with all of it before it (`約佔全部`). */
const WHOLE_NAMED_AFTER_IT = /^[\u3400-\u9fff]{0,10}的$/;
const SHARE_OF_STATED_WHOLE = /占(?:全部|全体|所有|整体|全[港澳市省县区国])?$/;

export function findShares(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  for (const s of p.figures) {
    if (!isShare(s) || s.index === 0) continue;
    const gap = s.gapBefore;
    // `R&D经费支出A，与地区生产总值W之比为P`: the whole stated inside 与…之比
    if (s.kind === 'percent' && /^之比(?:为|是|达到|达)?$/.test(trimGap(gap)) && s.index >= 2) {
      const whole = p.figures[s.index - 1];
      const part = p.figures[s.index - 2];
      if (RATIO_WITH_STATED_WHOLE.test(whole.gapBefore) && isNumber(whole) && isNumber(part) && sameUnit(whole, part) && part.sentence === s.sentence &&
        whole.sentence === s.sentence && countClauseEnds(whole.gapBefore) === 1) out.push({ op: 'ratio', part, whole, stated: s });
      continue;
    }
    // `領取綜援的住戶A戶，約佔全部W戶公屋住戶的P`: the whole stated inside 占…的, the part right before it
    if (s.kind === 'percent' && s.index >= 2 && WHOLE_NAMED_AFTER_IT.test(gap)) {
      const whole = p.figures[s.index - 1];
      const part = p.figures[s.index - 2];
      if (SHARE_OF_STATED_WHOLE.test(trimGap(whole.gapBefore)) && isNumber(whole) && isNumber(part) && sameUnit(whole, part) && part.sentence === s.sentence &&
        whole.sentence === s.sentence && countClauseEnds(whole.gapBefore) === 1) {
        out.push({ op: 'ratio', part, whole, stated: s });
        continue;
      }
    }
    // `市场主体T户，其中约六成为个体工商户，达A户`: a share of the total before 其中, its part stated right after it
    if (s.kind === 'percent' && SHARE_BEFORE_PART.test(gap)) {
      shareBeforeItsPart(p, out, s);
      continue;
    }
    // `今年前三季度完成A，相当于上年全年的P`: a share of the prior period's figure, the only one the paragraph states
    if (gap.indexOf('相当于') >= 0 && s.kind === 'percent' && PRIOR_PERIOD_WHOLE.test(gap)) {
      priorPeriodShare(p, out, s);
      continue;
    }
    // `研发开支为12.85亿港元，相当于收入的10.8%`: 相当于 a named whole is 占 it
    // (相等于 as well, as Hong Kong's releases write it: `貿易逆差A，相等於進口貨值的P`)
    // (and `仅及` a whole, `長者住戶的中位數為A，僅及整體的P`: only as much as it)
    const resembles = (gap.indexOf('相当于') >= 0 || gap.indexOf('相等于') >= 0 || gap.indexOf('及') >= 0) && s.kind === 'percent' ? RESEMBLES_NAMED_WHOLE.exec(gap) : null;
    if (resembles) {
      // (a subject of its own and a whole, each naming one figure: `农村居民收入水平相当于城镇居民的P`)
      if (resembles[1] !== undefined && namedPairShare(p, out, s, resembles[1], resembles[2])) continue;
      findShare(p, out, subsetTotals, s, gap.replace(/相当于|相等于|仅及|只及/, '占'));
      continue;
    }
    // `占营业收入的比重由上年的35.7%提升至46.2%`: the new level of a share whose last year's level stands before it
    const last = p.figures[s.index - 1];
    if (last.kind === s.kind && LEVEL_VERBS.includes(gap) && LAST_YEARS_SHARE.test(last.gapBefore) && last.index > 0) {
      findShare(p, out, subsetTotals, s, last.gapBefore.replace(LAST_YEARS_SHARE, '') + gap, last.index);
      continue;
    }
    // Both forms below have 占 or 比 in the gap: most percentages (`增长5.6%`) are passed over without a regex.
    if (gap.indexOf('占') < 0 && gap.indexOf('比') < 0 && gap.indexOf('渗透率') < 0) continue;
    // `R&D经费支出A，…，与地区生产总值之比为P`: the ratio of the figure before to a named whole is 占 it
    const ratioTo = gap.indexOf('之比') >= 0 && s.kind === 'percent' ? RATIO_TO_NAMED_WHOLE.exec(gap) : null;
    // (`贷款与存款之比为P`: both named, each the one figure so named)
    if (ratioTo && ratioTo[1] !== undefined) {
      if (namedPairShare(p, out, s, ratioTo[1], ratioTo[2])) continue;
    } else if (ratioTo) {
      findShare(p, out, subsetTotals, s, gap.slice(0, ratioTo.index) + '，占' + ratioTo[2] + '的');
      continue;
    }
    // `…其中，出口A，增长X；进口B，下降Y。出口占进出口总值的P`: a share opening a sentence of its own, on a subject
    if (hasSentenceEnd(gap)) {
      shareOpeningSentence(p, out, s);
      continue;
    }
    // `在全市游客总量中的比重达到P`: 在 a whole 中 is 占 it
    const within = gap.indexOf('中的') >= 0 ? IN_WHOLE_SHARE.exec(gap) : null;
    findShare(p, out, subsetTotals, s, within ? gap.slice(0, within.index) + '占' + within[1] + '的' + within[2] : gap);
  }
}

/** `其中，出口A，增长X；进口B，下降Y。出口占进出口总值的P`: a sentence that opens on a subject and states its share of a
 *  named whole; the part is the one figure of the sentence before named exactly as the subject, the whole the nearest
 *  figure before it named as the whole. */
function shareOpeningSentence(p: Passage, out: Relation[], s: Figure): void {
  const m = SENTENCE_OPENING_SHARE.exec(s.gapBefore.slice(lastSentenceEnd(s.gapBefore) + 1));
  if (!m || s.kind !== 'percent') return;
  const [, subject, noun] = m;
  const named = p.figures.filter((f) => f.index < s.index && f.sentence === s.sentence - 1 && isNumber(f) && !isStatedChange(f) && !isComparisonBase(f) &&
    subjectOf(f.label) === subject);
  if (named.length !== 1) return;
  const part = named[0];
  const whole = lookBack(p, part.index, part.sentence - 1, (f) => isNumber(f) && sameUnit(f, part) && !isStatedChange(f) && !isComparisonBase(f) &&
    labelNames(f.label, noun) && f.iv.hi >= part.iv.lo);
  if (whole) out.push({ op: 'ratio', part, whole, stated: s });
}
/** `出口占进出口总值的` (and `…的比重为`): a subject, 占 and a named whole, all of the clause. */
const SENTENCE_OPENING_SHARE = /^([\u3400-\u9fff]{2,6})占([\u3400-\u9fff]{2,12})的(?:比重|比例)?(?:为|达|是)?$/;

/** `结婚登记125,312对…占结婚对数的`: a whole named by what it counts, its classifier and 数 (`对数`, `件数`, `户数`) is the
 *  figure counted in that classifier whose clause names the thing counted, when the part's name does not. */
function countedAs(f: Figure, noun: string, part: Figure): boolean {
  const unit = f.unit;
  if (!unit || unit.length !== 1 || noun.length < 4 || !noun.endsWith(unit + '数')) return false;
  const counted = noun.slice(0, -2);
  return lastClause(f.label).includes(counted) && !part.label.includes(counted);
}

/** `农村居民人均可支配收入A；同期城镇居民人均可支配收入为B，农村居民收入水平相当于城镇居民的P`: the subject's first word
 *  names one figure and the whole's name another, each the only one so named in the unit: A over B. */
function namedPairShare(p: Passage, out: Relation[], s: Figure, subject: string, noun: string): boolean {
  const word = subject.length <= 4 ? subject : subject.slice(0, 2);
  if (noun.includes(word) || word.includes(noun)) return false;
  // (per-head figures compare with per-head ones: `人均可支配收入` of two groups)
  const candidates = p.figures.filter((f) => f.index < s.index && f.sentence >= s.sentence - 1 && isNumber(f) && !isStatedChange(f) && !isComparisonBase(f));
  const wholes = candidates.filter((f) => lastClause(f.label).includes(noun));
  if (wholes.length !== 1) return false;
  const [whole] = wholes;
  const parts = candidates.filter((f) => f !== whole && sameUnit(f, whole) && isIntensive(f) === isIntensive(whole) && lastClause(f.label).includes(word) &&
    !lastClause(f.label).includes(noun));
  if (parts.length !== 1) return false;
  out.push({ op: 'ratio', part: parts[0], whole, stated: s });
  return true;
}

/** `，相当于上年全年的`: a share of the figure of the period before, named by the period alone. */
const PRIOR_PERIOD_WHOLE = /[,，](?:相当于|相等于)(?:上年|去年)(?:全年|同期)?的$/;
/** Opening a sentence or a clause: the period before (`上年全区完成…`, `去年同期为`). */
const PRIOR_OPENING = /^(?:上年|去年)/;

function priorPeriodShare(p: Passage, out: Relation[], s: Figure): void {
  const part = p.figures[s.index - 1];
  if (!part || !isNumber(part) || part.sentence !== s.sentence || countClauseEnds(s.gapBefore) !== 1 || isComparisonBase(part) || isStatedChange(part)) return;
  // the one figure in the part's unit stated as the prior period's, anywhere in the paragraph
  let whole: Figure | undefined;
  for (const f of p.figures) {
    if (f === part || !isNumber(f) || !sameUnit(f, part) || isIntensive(f) || isStatedChange(f)) continue;
    if (!PRIOR_OPENING.test(sentenceHead(p, f)) && !PRIOR_OPENING.test(lastClause(f.label))) continue;
    if (whole) return;
    whole = f;
  }
  if (whole) out.push({ op: 'ratio', part, whole, stated: s });
}

/** `，与地区生产总值`: 与 and a name right before the whole stated inside 与…之比. */
const RATIO_WITH_STATED_WHOLE = /[,，](?:与|同)[\u3400-\u9fff]{2,12}$/;

/** `，与地区生产总值之比为` / `，贷款与存款之比为`: 与 a named whole 之比 in the share's own clause, the part named before 与
 *  or not (group 1: the part's name, group 2: the whole's). */
const RATIO_TO_NAMED_WHOLE = /[,，]([\u3400-\u9fff]{2,8}?)?(?:与|同)([\u3400-\u9fff]{2,12})之比(?:为|是|达到|达)?$/;

/** Words that say which population a rate is of. */
const POPULATION_QUALIFIERS = ['户籍', '常住', '城镇', '农村', '乡村'];

/** `，在全市游客总量中的比重达到`: a share of the whole named between 在 and 中 (group 1), then its words (group 2). */
const IN_WHOLE_SHARE = /在([\u3400-\u9fff]{2,12})中的((?:比重|占比|比例)(?:为|达到|达|是)?)$/;

/** `，相当于收入的` (`，相等於進口貨值的`): 相当于 a noun, in the share's own clause. */
const RESEMBLES_NAMED_WHOLE = /[,，]([\u3400-\u9fff]{2,8}?)?(?:相当于|相等于|仅及|只及)([\u3400-\u9fff]{2,16})的$/;

/** Does a rate's name, before its stem, share a two-character word with the part's name before the stem that the
 *  total does not have (`重点人群签约率` and `其中重点人群签约`; not `毕业去向落实率` and `其中已落实毕业去向`, whose words
 *  come after the verb)? */
function namesGroupOnly(rate: string, part: string, total: string, stem: string): boolean {
  const name = rate.slice(0, Math.max(0, rate.indexOf(stem)));
  // (a group of people: the words before the stem end with one, `重点人群`, `农村居民`)
  if (!PEOPLE_GROUP_END.test(name)) return false;
  const partHead = part.slice(0, Math.max(0, part.indexOf(stem)));
  for (let i = 0; i + 1 < name.length; i++) {
    const bi = name.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/.test(bi) && partHead.includes(bi) && !total.includes(bi)) return true;
  }
  return false;
}

const PEOPLE_GROUP_END = /(?:人群|人口|居民|群体|学生|儿童|老人|职工|家庭|农户)$/;

/** A clause opened by 其中 or 当中 and a name of its own. */
const SUBGROUP_CLAUSE = /^(?:其中|当中)[,，]?[\u3400-\u9fff]{2,}/;

/** `专任教师中本科及以上学历的`: a scope (a group named before 中) and a subgroup of it. */
const SCOPED_SUBGROUP = /^([\u3400-\u9fff]{2,8}?)中([\u3400-\u9fff]{2,})$/;

/** Who a count of people is of, named by a word for people (`参保职工` → `参保`). */
const PEOPLE_NAMED = /^([\u3400-\u9fff]{2,6}?)(?:职工|人员|员工)$/;

/** A subject of four or more characters whose modifier (all but its two-character head noun) shares nothing with the
 *  label, which does not name the subject in full: `寄宿制学校` against `九年一贯制学校`. */
function otherKindOfHead(subject: string, label: string): boolean {
  const modifier = subject.slice(0, -2);
  return subject.length >= 4 && /^[\u3400-\u9fff]+$/.test(subject) && !label.includes(subject) && !sharesBigram(modifier, label) &&
    label.includes(subject.slice(-2));
}

/** One share with 占 or 比 before it. Its own function: the closures below would otherwise give every loop turn of
 *  findShares a heap context, for every percentage of the document. `partAt` is the index the part is looked for
 *  before: the share's own, unless the gap is read from an earlier figure. */
function findShare(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>, s: Figure, gap: string, partAt = s.index): void {
  // (a share stated as last year's, the base of its own change, `占…的比重由上年的P提升至Q`, is of figures not stated)
  if (LAST_YEARS_SHARE.test(s.label)) return;
  // `分别为A和B，后者占前者的P`: the pair right before, named by their order
  const order = FORMER_LATTER_SHARE.exec(trimGap(gap));
  // (`其中A、B，前者占比为P`: the one of the pair in the 其中's total)
  const ofTotal = order ? undefined : FORMER_LATTER_OF_TOTAL.exec(trimGap(gap));
  if ((order || ofTotal) && s.index >= 2 && countClauseEnds(gap) === 1) {
    // (the first of the pair past a figure of another unit naming the second: `15至24岁者A、25至29岁者B`)
    const b = p.figures[s.index - 1];
    let a = p.figures[s.index - 2];
    if (!sameUnit(a, b) && s.index >= 3 && p.figures[s.index - 3].sentence === s.sentence && sameUnit(p.figures[s.index - 3], b)) a = p.figures[s.index - 3];
    // (joined in a list, the second named or not: `A和B`, `15至24岁者A、25至29岁者B`)
    const link = between(p, a, b);
    if (isNumber(a) && isNumber(b) && sameUnit(a, b) && a.sentence === s.sentence && b.sentence === s.sentence &&
      (LIST_JOINERS.includes(link) || (link.startsWith('、') && countClauseEnds(link) === 0))) {
      if (order) out.push(order[1] === '后者' ? { op: 'ratio', part: b, whole: a, stated: s } : { op: 'ratio', part: a, whole: b, stated: s });
      const total = ofTotal ? subsetTotals.get(a) : undefined;
      if (ofTotal && total && subsetTotals.get(b) === total) out.push({ op: 'ratio', part: ofTotal[1] === '后者' ? b : a, whole: total, stated: s });
    }
    return;
  }
  // 占 … P, or a bare 比重为 P / 占比 P right after the part (`其中税收收入692.4亿元，比重为80.0%`).
  // (after a 、 too: `65歲以上人口為A、占比P`)
  const shareGap = trimGap(gap).replace(/^、/, '');
  const bare = BARE_SHARE.exec(shareGap);
  // (past what a part under 当中 is, named after it: `當中312個為新建單位，比重為P`)
  const namedAfter = bare && p.figures[partAt - 1] && /(?:其中|当中)$/.test(p.figures[partAt - 1].label) ? NAMED_AFTER_PART.exec(shareGap) : null;
  const bareOnly = bare !== null && (shareGap === bare[0] || (namedAfter !== null && shareGap.slice(namedAfter[0].length) === bare[0]));
  // (or after the part's own name, which says whose share it is: `其中5G用户A，5G用户渗透率为P`)
  const before = p.figures[partAt - 1];
  const ownName = bare !== null && !bareOnly && before !== undefined ? shareGap.slice(0, shareGap.length - bare[0].length) : '';
  const namedByPart = ownName.length >= 2 && before.index > 0 && !ownName.includes('占') && listItemName(before) === ownName;
  const at = gap.lastIndexOf('占') >= 0 ? gap.lastIndexOf('占') : bareOnly || namedByPart ? gap.length - bare![0].length - 1 : -1;
  if (at < 0 || hasSentenceEnd(gap)) return;
  // The part is the figure before 占, passing over a stated change (`出口980亿元，增长10.5%，占62.8%`).
  let part = p.figures[partAt - 1];
  // (what the part is, named after it, is no subject of the share: `當中312個為新建單位，比重為P`)
  let link = namedAfter && bareOnly ? '' : gap.slice(0, at);
  // (or the last of a list of them, `分别同比增长3.2%和5.7%，财产保险业务占比P`: passed over to the list's first)
  const lastOfChanges = (f: Figure) => f.index > 0 && LIST_JOINERS.includes(f.gapBefore) && isStatedChange(p.figures[f.index - 1]) && p.figures[f.index - 1].kind === f.kind &&
    p.figures[f.index - 1].sentence === f.sentence;
  if ((isStatedChange(part) || lastOfChanges(part)) && part.index > 0 && countClauseEnds(link) === 1) {
    while (part.index > 1 && lastOfChanges(part)) {
      link = between(p, p.figures[part.index - 1], part) + link;
      part = p.figures[part.index - 1];
    }
    link = between(p, p.figures[part.index - 1], part) + link;
    part = p.figures[part.index - 1];
    // and the base that change was stated against (`保有量12.7万辆，比2020年末的3.1万辆增长4倍，占…的比重为8.6%`)
    if (isComparisonBase(part) && part.index > 0 && countClauseEnds(part.gapBefore) === 1) {
      link = between(p, p.figures[part.index - 1], part) + link;
      part = p.figures[part.index - 1];
    }
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
  // (an aside opening right after the part, `39.2亿元（占比82.7%）`, names no subject either)
  const subject = trimGap(lastClause(link)).replace(/^[(、]/, '').replace(/^其?所$/, '').replace(/(?<=[\u3400-\u9fff]{2})所$/, '').replace(/^(?:大约|约|将近|近|接近|仅|只|仍|已|就|则)$/, '').replace(/^(?:而|但|另|另外)/, '');
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
  // `其中民营企业4,812家，民营企业进出口额占全市的68.3%`: a subject naming an amount of money (额, 收入 …) after a count
  // is a share of that amount, which the text does not state
  const measure = SUBJECT_MEASURE.exec(subject)?.[1];
  if (measure && !part.label.includes(measure) && !part.unit?.includes('元')) return;
  // `其中新能源汽车业务收入72.3亿元，营收占比提升至41.8%`: a subject naming the part's 其中-total is the whole
  const partTotal = subsetTotals.get(part);
  if (subject !== '' && partTotal && bare && WHOLE_SYNONYMS.some((names) => names.includes(subject) && names.some((w) => partTotal.label.includes(w)))) {
    out.push({ op: 'ratio', part, whole: partTotal, stated: s });
    return;
  }
  // `专任教师3871人，专任教师中本科及以上学历的占P`: a subgroup of the part, scoped by its name, is a share the text
  // does not state the part of
  const scope = SCOPED_SUBGROUP.exec(subject);
  if (scope && sharesBigram(scope[1], part.label)) return;
  // (and a scope that names neither the part nor its total is another group, whose size is not stated: `其中本地僱員A，
  // 管理層職位中本地僱員佔比達P`)
  if (scope && !sharesBigram(scope[1], (subsetTotals.get(part)?.label ?? '') + '|' + part.label)) return;
  // `低收入戶A，中低收入戶B，合計T，其中低收入戶占P`: a group named after 其中 that names a figure before the total right
  // before it is that figure's share of the total
  const listed = subject.startsWith('其中') ? subject.replace(/^其中[,，]?/, '') : '';
  // (or of the total named as such: `其中低收入戶占合計數的P`)
  if (listed.length >= 2 && /^占(?:比)?(?:为|达)?$|^占(?:合计数?|总数|两者合计)的(?:比重|比例)?(?:为|达)?$/.test(trimGap(gap.slice(at)))) {
    // (named so, not with a qualifier before the name: `中低收入戶` is not `低收入戶`)
    // (or an item of a 分别 list named by its place there: `个险、银保、团险渠道分别实现A、B和C，合计T，其中个险渠道占比P`)
    const named = lookBack(p, part.index, s.sentence, (f) => {
      const label = lastClause(f.label);
      const at = label.lastIndexOf(listed);
      return isNumber(f) && sameUnit(f, part) && at >= 0 && !NAME_QUALIFIER_BEFORE.has(label[at - 1]);
    }) ?? itemNamedBeforeRespectively(p, s, listed);
    if (named && named.iv.lo <= part.iv.hi) out.push({ op: 'ratio', part: named, whole: part, stated: s });
    return;
  }
  if (subject !== '' && subject !== '其中') {
    // or by its short form (`公办园` for 公办幼儿园)
    const named = lookBack(p, s.index, s.sentence, (f) => isNumber(f) && labelNames(f.label, subject)) ??
      lookBack(p, s.index, s.sentence, (f) => isNumber(f) && f !== subsetTotals.get(part) && abbreviates(subject, nameIn(f.label))) ??
      itemNamedFirstBy(p, s, subject) ?? itemOpeningSubject(p, s, subject) ?? paidTo(p, s, subject);
    const respectiveItem = itemNamedBeforeRespectively(p, s, subject);
    if (respectiveItem) {
      // `訪港旅客共T，內地旅客及非內地旅客分別為A和B，內地旅客佔P`: a bare share of an item of a list said to make up a total
      // is of that total
      // (or a list declared of the total, `总诊疗量T，医院、…分别为A、…`, when the share names the total as such)
      const list = out.find((r): r is Extract<Relation, { op: 'sum' }> => r.op === 'sum' && (r.mode === 'eq' || (r.declared === true && /^占总/.test(trimGap(gap.slice(at))))) &&
        r.parts.includes(respectiveItem) && r.total.sentence === s.sentence);
      if (list && BARE_SHARE_AFTER_SUBJECT.test(trimGap(gap.slice(at)))) {
        out.push({ op: 'ratio', part: respectiveItem, whole: list.total, stated: s });
        return;
      }
    }
    // (or the item of a 分别 list the subject names: `教育、社会保障和就业…支出分别为A、B和C…；社会保障和就业支出占全部支出的P`)
    const chosen = named ?? respectiveItem;
    if (chosen) part = chosen;
    // `其中贵宾厅收入为62.7亿元，而中场收入占…`: a subject sharing only a generic noun (收入) with the part is another part
    // (and so is one that shares only its head noun, its modifier another: `九年一贯制学校7所，寄宿制学校占比…`)
    // (a count right after another is named by its label: `监测对象2,130户7,260人，监测对象人数占…` is of 7,260人)
    else if (!sharesBigram(withoutGenericNouns(subject), withoutGenericNouns(pairedLabel(p, part))) || otherKindOfHead(subject, part.label) || otherModifier(subject, part.label) ||
      lookBack(p, s.index, s.sentence, (f) => f !== part && isNumber(f) && sameUnit(f, part) && subsetTotals.get(part) !== f &&
        sharesBigram(subject, f.label)) !== undefined) return;
  }
  // An aside names the share, not the whole: `占消费支出的比重（恩格尔系数）为` (the clean text has `(`).
  let noun = withoutAsides(gap.slice(at + 1));
  // (`占了近六成`: 了 after 占 is no part of the whole's name)
  // (nor 到 after it: `占到三分之一`)
  noun = noun.replace(/^(?:了|到)/, '');
  // (and a bulletin's short forms: `规上工业` for `规模以上工业`, `限上` for `限额以上`)
  noun = noun.replace(/^规上/, '规模以上').replace(/^限上/, '限额以上');
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
  // (a count named by the part's own unit, `占总场数的` for parts in 场, is all of them: `总数`)
  if (part.unit.length === 1 && (noun === '总' + part.unit + '数' || noun === part.unit + '总数')) noun = '总数';
  let whole: Figure | undefined;
  // `占研发人员总数的`: the whole is the figure named 研发人员 when there is one (a 其中-part itself, in a
  // nested list), and the part's 其中-total only when the noun names nothing else.
  const namedInTotal = noun.replace(TOTAL_NOUN_TAIL, '');
  // The nearest so named, unless it is a 其中-part and a figure further back, not one, is named so too (`其中民生支出…；
  // 教育支出…，占支出总额的` is of 一般公共预算支出, the total).
  // a figure named as the part is (`新能源汽车保有量` of another year) is the same measure, never its whole
  const partName = subjectOf(part.label);
  // (`1—11月，…占进出口总额的P` is not of `11月当月，全省进出口总额…`: a whole whose sentence opens with another period)
  const period = openingPeriod(p, s);
  // (nor of `上年全市实际使用外资…` when the share's sentence names no prior period: `今年1—9月，…占全市实际使用外资的P`)
  const priorShare = PRIOR_PERIOD.test(sentenceHead(p, s));
  // (and a named whole holds its part: a figure named so but smaller is another one, `储能系统业务实现营业收入` for
  // `占营业收入的`)
  const samePeriod = (f: Figure) => (f.sentence === s.sentence || priorShare || !PRIOR_PERIOD.test(f.clauseHead)) &&
    (period === undefined || f.sentence === s.sentence || (openingPeriod(p, f) ?? period) === period) && f.iv.hi >= part.iv.lo;
  // (an amount done so far, `已拨付资金A`, is no 总量 of the money: `资金T…已拨付资金A…占资金总量的P` is of T)
  const doneSoFar = (f: Figure) => noun.includes('总') && DONE_SO_FAR.test(trimGap(lastClause(f.label)));
  // (people named by who they are, `参保职工总数`, are the head count named with 人数: `参保人数T`)
  const people = PEOPLE_NAMED.exec(namedInTotal)?.[1];
  // (nor one of a 分别 list, `第一季度至第四季度分别实现营业收入A、…`, nor one of residents the part does not name: `城镇居民人均
  // 可支配收入` is no whole of `全县居民人均消费支出`)
  // (the part's residents may be named before it in its sentence: `城镇居民人均消费支出T，其中服务性消费支出A，占人均消费支出的P`)
  const partResidents = RESIDENTS.test(sentenceHead(p, part));
  // (nor one of an income group the part does not name: `最高所得组平均每户可支配所得` is no whole of `平均每户消费支出`)
  const partGroup = INCOME_GROUP.test(sentenceHead(p, part));
  const oneOfMany = (f: Figure) => lastClause(f.label).includes('分别') || (RESIDENTS.test(lastClause(f.label)) && !partResidents) ||
    (INCOME_GROUP.test(lastClause(f.label)) && !partGroup);
  // (or named after its figure: `共有T名農民工返鄉創業` for `佔返鄉創業總人數的`)
  // (or a head count named by a two-character short form of its name: `占参保人数的` for `参加失业保险人数T`)
  const shortHeadCount = SHORT_HEAD_COUNT.exec(namedInTotal)?.[1];
  // (or a head count named by what its people do, without 人数: `占转移就业人数的` for `其中转移就业A人`)
  const doers = namedInTotal.length >= 5 && namedInTotal.endsWith('人数') ? namedInTotal.slice(0, -2) : undefined;
  const namesTotal = (f: Figure) => isNumber(f) && sameUnit(f, part) && (labelNames(f.label, namedInTotal) || (people !== undefined && f.unit === '人' && lastClause(f.label).includes(people + '人数')) ||
    (doers !== undefined && f.unit === '人' && labelNames(f.label, doers)) ||
    // (a scope too, `全县312个行政村中，…占行政村总数的`)
    (namedInTotal.length >= 3 && f.index < part.index && NOUN_AFTER_COUNT.exec(nounAfterCount(p, f))?.[1]?.replace(/中$/, '').endsWith(namedInTotal) === true)) &&
    subjectOf(f.label) !== partName && samePeriod(f) && !doneSoFar(f) && !oneOfMany(f);
  // named in full (`学生总数为`), or by exactly the bare name (`其中，出口3418.5亿元` for 出口总额), before a figure whose
  // name only ends with it (`机电产品出口`, `…进出口`)
  const namedExactly = (f: Figure) => isNumber(f) && sameUnit(f, part) && (labelNames(f.label, noun) || subjectOf(f.label) === namedInTotal || totalOfPlace(f.label, noun)) &&
    subjectOf(f.label) !== partName && samePeriod(f) && !oneOfMany(f);
  const named = namedInTotal !== noun && namedInTotal.length >= 2;
  // (a whole named with 总 in it, `占总死亡人数的`, is the figure so named rather than the part's 其中-total: `十大死因死亡
  // 人数为T，占总死亡人数W的…；其中癌症死亡A，占总死亡人数的P` is of W)
  const exact = named ? lookBack(p, part.index, 0, namedExactly) :
    noun.length >= 3 && noun.includes('总') ? lookBack(p, part.index, 0, (f) => namedExactly(f) && f !== subsetTotals.get(part)) : undefined;
  const nearestNamed = named && !exact ? lookBack(p, part.index, 0, namesTotal) : undefined;
  const namedFigure = exact ?? (nearestNamed && subsetTotals.has(nearestNamed) ?
    lookBack(p, part.index, 0, (f) => namesTotal(f) && !subsetTotals.has(f)) ?? nearestNamed : nearestNamed);
  // (or, for a part under no 其中, a head count in its sentence named by a two-character short form of its name: `参加失业保险
  // 人数W，…领取失业保险金人数A，占参保人数的P`)
  const shortFormTotal = !namedFigure && shortHeadCount !== undefined && !subsetTotals.has(part) ? lookBack(p, part.index, part.sentence, (f) => isNumber(f) && f.unit === '人' &&
    sameUnit(f, part) && !isStatedChange(f) && !isComparisonBase(f) && SHORT_FORM_HEAD_COUNT.test(lastClause(f.label)) &&
    charsInOrder(shortHeadCount, lastClause(f.label).replace(SHORT_FORM_HEAD_COUNT, ''), 5)) : undefined;
  // (a whole named by what was done so far and a noun of money, `占已支出资金的`, is the figure stated as done so: `已支出A`)
  const done = DONE_WHOLE.exec(noun)?.[1];
  const doneFigure = done ? lookBack(p, part.index, s.sentence, (f) => isNumber(f) && sameUnit(f, part) && f.iv.hi >= part.iv.lo &&
    trimGap(lastClause(f.label)).replace(/(?:为|达|约)$/, '').endsWith(done)) : undefined;
  // (or counted as the kinds summed into one figure: `发放生活补贴和护理补贴共T…；护理补贴资金A，占两项补贴资金总额的P`)
  const kindsSummed = !doneFigure && !namedFigure && !shortFormTotal ? kindsSummedAs(p, part, s, noun) : undefined;
  if (doneFigure) whole = doneFigure;
  else if (namedFigure ?? shortFormTotal ?? kindsSummed) whole = namedFigure ?? shortFormTotal ?? kindsSummed;
  // (all of something, `占全部A级景区接待量的`, is the part's 其中-total unless it names another whole)
  // (or pointed back to: `其中空調用能A，佔該界別的P`)
  // (not `占该类机构的` after a part scoped `民办机构中…`: that scope is the whole)
  else if (((noun === '' || noun.includes('总') || WHOLE_WORDS.includes(noun) || ALL_COUNTED.test(noun) || /^(?:全部|所有)/.test(noun) ||
    // (or the whole of what the total names, `佔整體個案的` for `個案共有T`)
    (/^(?:整体|全体)/.test(noun) && noun.length >= 4 && lastClause(subsetTotals.get(part)?.label ?? '').includes(noun.slice(2))) ||
    (/^(?:该|此)(?!类)/.test(noun) && !/[\u3400-\u9fff]{2}中/.test(lastClause(part.label))) || namesTotalOfAll(p, noun, subsetTotals.get(part)) ||
    namesSubsetTotal(noun, withPairedLabel(p, subsetTotals.get(part)), subsetTotals.has(part) ? clauseAfter(p, subsetTotals.get(part)!) : '') || namesLevelReached(p, noun, subsetTotals.get(part))) && !namesAnotherWhole(p, namedInTotal, subsetTotals.get(part)) &&
    !namesAllOfPartsMeasure(namedInTotal, partName, subsetTotals.get(part))) ||
    // (or by its clause's noun and a word its sentence opens with: `占核准金额的` for `核准…件数为N件，金额T`)
    namedOverItsSentence(p, noun, subsetTotals.get(part))) {
    whole = subsetTotals.get(part);
    // (a whole named 总 and a measure, `占总营收的`, under a total that is itself a 其中 part of one named with that measure,
    // is the outer one: `合併營收T，其中海外營收A；海外營收中，北美地區為B，佔總營收的P` is of T)
    if (whole && noun.length >= 3 && noun[0] === '总') {
      const measure = noun.slice(1);
      for (let outer = subsetTotals.get(whole); outer && lastClause(outer.label).includes(measure) && sameUnit(outer, part); outer = subsetTotals.get(outer)) whole = outer;
    }
    // `60岁及以上人口203.8万人，占23.2%，其中65岁及以上人口151.6万人，占17.3%`: a bare 占 under a total that has a
    // share of its own may be of either whole (统计公报 mean the larger one); with two, nothing is checked.
    // (not for a part scoped by the total's own name, `工业投资中技术改造投资B（占比P）`: that name says which whole)
    const scopedBy = noun === '' ? scopeNamedBy(p, part) : undefined;
    if (noun === '' && whole && hasOwnShare(p, whole) && scopedBy !== whole) return;
    // nor under a total whose earlier part the part is a kind of (`其中出口A，对共建“一带一路”国家出口B（占比P）`: of A or of
    // the total)
    if (noun === '' && whole && kindOfEarlierPart(p, part, whole, subsetTotals)) return;
    // (a part named as some of an earlier figure, `工业投资中技术改造投资B（占比P）`, is a share of that figure)
    if (noun === '') whole = scopedBy ?? whole;
  }
  // `訪港旅客約2,120萬人次。其中內地旅客…。過夜旅客約1,010萬人次，佔整體的P`: the whole of a part under no 其中 is the
  // nearest figure named with the part's head noun (`旅客`) that is none of the listed parts, no change and no base
  if (!whole && WHOLE_WORDS.includes(noun) && !subsetTotals.has(part)) {
    const head = nameIn(part.label).replace(/(?:约|近|逾|超过)$/, '');
    if (head.length >= 3) {
      whole = lookBack(p, part.index, part.sentence - 2, (f) => isNumber(f) && sameUnit(f, part) && !subsetTotals.has(f) && !isIntensive(f) &&
        !isStatedChange(f) && !isComparisonBase(f) && f.label.includes(head.slice(-2)) && f.iv.hi >= part.iv.lo && samePeriod(f));
    }
  }
  // `老年人口A，户籍总人口W，老年人口占比为P`: a bare 占比 of a part under no 其中, named by the subject, is over the one
  // figure of its sentence named as the total of the part's head noun (`总人口` for `老年人口`)
  if (!whole && noun === '' && subject !== '' && !subsetTotals.has(part)) {
    const headNoun = nameIn(part.label).slice(-2);
    const totals = p.figures.filter((f) => f.sentence === s.sentence && f !== part && isNumber(f) && sameUnit(f, part) && !isIntensive(f) && !isStatedChange(f) &&
      !isComparisonBase(f) && /^[\u3400-\u9fff]{2}$/.test(headNoun) && lastClause(f.label).includes('总' + headNoun) && f.iv.hi >= part.iv.lo);
    if (totals.length === 1) whole = totals[0];
  }
  // `共有A级旅游景区T，其中…；4A级及以上景区合计C，占全部A级景区的P`: all of something, for a part under no 其中, is the
  // nearest total of a 其中 list named alike (its parts are all of it)
  if (!whole && ALL_OF.test(noun) && !subsetTotals.has(part)) {
    const what = noun.replace(/^(?:全部|全体|所有)/, '');
    const listTotals = new Set(subsetTotals.values());
    whole = lookBack(p, part.index, part.sentence - 1, (f) => listTotals.has(f) && isNumber(f) && sameUnit(f, part) && !subsetTotals.has(f) && f.iv.hi >= part.iv.lo &&
      sharesBigram(what, f.label));
  }
  // `发电装机容量T…；其中风电、光伏装机合计A，占总装机的P`: a whole named as the total of a measure (总 and the measure), for a
  // part under no 其中, is the nearest figure of its sentence named with that measure
  if (!whole && noun.startsWith('总') && noun.length >= 3 && !subsetTotals.has(part)) {
    const measure = noun.slice(1);
    whole = lookBack(p, part.index, s.sentence, (f) => isNumber(f) && sameUnit(f, part) && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) &&
      lastClause(f.label).includes(measure) && f.iv.hi >= part.iv.lo);
  }
  // `港口货物吞吐量T，其中沿海港口A、内河港口B；…占沿海港口吞吐量的P`: a whole named as a 其中 part's group and its
  // total's measure is that part
  if (!whole && noun.length >= 4) {
    whole = lookBack(p, part.index, 0, (f) => {
      const of = subsetTotals.get(f);
      if (!of || f === part || !isNumber(f) || !sameUnit(f, part) || f.iv.hi < part.iv.lo) return false;
      // (named without the 的 that ends the part's own name: `其中有劳动能力的A` for `占有劳动能力脱贫人口的`)
      const own = listItemName(f).replace(/的$/, '');
      const measure = own.length >= 2 && noun.startsWith(own) ? noun.slice(own.length) : '';
      return measure.length >= 2 && nameIn(of.label).endsWith(measure);
    });
  }
  // `提供就业岗位W个，达成就业意向A人，占提供岗位数的P`: people over posts, a whole named as the posts
  if (!whole && part.unit === '人' && POSTS_WHOLE.test(noun)) {
    const posts = noun.replace(POSTS_WHOLE, '');
    whole = lookBack(p, part.index, part.sentence - 1, (f) => isNumber(f) && f.unit === '个' && !isIntensive(f) && lastClause(f.label).includes('岗位') &&
      (posts.length < 2 || sharesBigram(posts, f.label)) && !isStatedChange(f) && !isComparisonBase(f));
  }
  // `累计发放小额信贷T，今年以来新发放A，占累计发放额的P`: a sum of money named by its verb and 额 is the figure before
  // the part stated with that verb (累计 too, when the noun has it)
  const amountVerb = !whole ? AMOUNT_OF_VERB.exec(noun)?.[1] : undefined;
  if (amountVerb && amountVerb.startsWith('累计')) {
    whole = lookBack(p, part.index, part.sentence - 1, (f) => isNumber(f) && sameUnit(f, part) && f.unit === '元' && !isStatedChange(f) && !isComparisonBase(f) &&
      lastClause(f.label).includes(amountVerb) && f.iv.hi >= part.iv.lo && samePeriod(f));
  }
  if (!whole && noun.length >= 2) {
    // The named whole, stated earlier as `<noun>(为|达|达到|是)?<figure>`, or later in the same sentence
    // (`研发投入6.84亿元，占营业收入的比例为5.2%；全年实现营业收入152.3亿元`) unless of another period.
    // (named with its place or period too: `占全省外贸总值的`)
    const synonyms = WHOLE_SYNONYMS.find((names) => names.includes(noun) || names.includes(withoutContext(noun)));
    // (or by its name and its unit: `占出院人次的` for `出院98.4万人次`)
    const contextFree = withoutContext(noun);
    const unitNamed = part.unit.length >= 1 && noun.length > part.unit.length + 1 && noun.endsWith(part.unit) ? noun.slice(0, -part.unit.length) : undefined;
    const namesWhole = (f: Figure) => isNumber(f) && sameUnit(f, part) && subjectOf(f.label) !== partName && samePeriod(f) && !oneOfMany(f) &&
      (labelNames(f.label, noun) || (synonyms?.some((w) => f.label.includes(w)) ?? false) || countedAs(f, noun, part) ||
        (unitNamed !== undefined && labelNames(f.label, unitNamed)) ||
        // (a period or place before the name, `占当年缴存额的`, names the figure's own: `缴存额T`)
        // (of its own place: `占全市规模以上工业企业的` is not of `全省共有规模以上工业企业W`)
        (contextFree !== noun && contextFree.length >= 3 && labelNames(f.label, contextFree) && f.sentence === s.sentence &&
          (placeOf(noun) ?? placeOf(f.label)) === (placeOf(f.label) ?? placeOf(noun))));
    // a 其中-part so named gives way to a figure so named that is none (`营业收入186.42亿元…。其中，第四季度实现营业收入
    // 52.18亿元…。…收入121.35亿元，占营业收入的65.10%`)
    // (a figure named by the noun alone, `公司实现营业收入`, before the nearest named with a segment in front of it,
    // `储能系统业务实现营业收入`)
    // (and of the part's own group of people: `全体居民人均消费支出…占人均可支配收入的比重` is of 全体居民's, not 城镇居民's)
    const people = RESIDENT_GROUP.exec(part.label)?.[0];
    const nearest = lookBack(p, part.index, 0, (f) => namesWhole(f) && bareName(f.label) === noun) ??
      (people ? lookBack(p, part.index, 0, (f) => namesWhole(f) && f.label.includes(people)) : undefined) ?? lookBack(p, part.index, 0, namesWhole);
    whole = (nearest && subsetTotals.has(nearest) ? lookBack(p, part.index, 0, (f) => namesWhole(f) && !subsetTotals.has(f)) ?? nearest : nearest) ??
      // (never a later part of the part's own 其中-total: `其中，基础研究经费A，占R&D经费的P；企业R&D经费B`)
      lookAhead(p, s.index, s.sentence, (f) => namesWhole(f) && !isComparisonBase(f) && !PRIOR_PERIOD.test(f.clauseHead) &&
        !(subsetTotals.has(part) && subsetTotals.get(f) === subsetTotals.get(part))) ??
      // or in the next sentence, named exactly so (`占地区生产总值的比重为P…。全年全市地区生产总值为W`)
      lookAhead(p, s.index, s.sentence + 1, (f) => f.sentence === s.sentence + 1 && isNumber(f) && sameUnit(f, part) && labelNames(subjectOf(f.label), noun) &&
        !isComparisonBase(f) && !isStatedChange(f) && !PRIOR_PERIOD.test(f.clauseHead));
  }
  // `快递业务量完成T…；跨境快件A，…，占全部业务量的P`: with no figure named in full, a word for all of it (全部) names no
  // measure, and the whole is the one figure named by the rest, no part of a list (when several figures of the unit carry
  // the name, `第三产业投资`, `民间投资`, which one is all of it the text does not say)
  if (!whole && ALL_OF.test(noun)) {
    const bare = noun.replace(ALL_OF, '');
    const candidates = p.figures.filter((f) => f.index < s.index && f.index >= s.index - MAX_REACH && f !== part && isNumber(f) && sameUnit(f, part) &&
      !isStatedChange(f) && !isComparisonBase(f) && f.label.includes(bare));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && !subsetTotals.has(only) && samePeriod(only) && labelNames(only.label, bare)) whole = only;
  }
  // `其中，香港永久性居民A，占总人口的P。65岁及以上人口为B，占总人口的Q`: a whole named as an earlier share named it (总…)
  // is that share's whole
  if (!whole && noun.length >= 3 && noun.startsWith('总')) {
    const earlier = out.find((r) => r.op === 'ratio' && r.stated.index < s.index && r.stated.sentence >= s.sentence - 2 && sameUnit(r.whole, part) &&
      r.stated.gapBefore.endsWith(gap.slice(gap.lastIndexOf('占'))));
    if (earlier && earlier.op === 'ratio' && earlier.whole.iv.hi >= part.iv.lo) whole = earlier.whole;
  }
  if (whole && whole !== part) out.push({ op: 'ratio', part, whole, stated: s });
}

/** `中药材种植面积T，其中黄精A、白及B，黄精种植面积占…的P`: the one item of the share's sentence whose name opens the subject,
 *  the rest of the subject a measure the item's total is named with (`种植面积`). */
function itemOpeningSubject(p: Passage, s: Figure, subject: string): Figure | undefined {
  if (subject.length < 4) return undefined;
  return onlyItemOfSentence(p, s, (f, name) => name.length >= 2 && subject.startsWith(name) && subject.length - name.length >= 2 &&
    // (the measure named by a figure of its sentence or the one before: `营业收入T。其中，…高技术制造业A，高技术制造业营业收入占`)
    // (with 总 or without: `客运总量T，其中轨道交通A…，轨道交通客运量占` names T's measure)
    lookBack(p, f.index, s.sentence - 1, (g) => isNumber(g) && sameUnit(g, f) && withoutTotalWord(g.label).includes(withoutTotalWord(subject.slice(name.length)))) !== undefined);
}

const withoutTotalWord = (s: string) => (s.indexOf('总') >= 0 ? s.replace(/总/g, '') : s);

/** `全年共为A名失业人员发放失业保险金T，领取失业保险金人数占…`: those who draw a payment, named by it, are the count of
 *  people it was paid to in the sentence (`为A名…发放` it). */
function paidTo(p: Passage, s: Figure, subject: string): Figure | undefined {
  const paid = DRAWERS.exec(subject)?.[1];
  if (!paid) return undefined;
  return lookBack(p, s.index, s.sentence, (f) => isNumber(f) && PEOPLE_UNITS.has(f.unit) && /为$/.test(trimGap(lastClause(f.label))) &&
    clauseAfter(p, f).includes('发放' + paid));
}
/** `领取失业保险金人数`: those who draw a payment (group 1), counted. */
const DRAWERS = /^领取([\u3400-\u9fff]{2,8})人数$/;

/** `占两项补贴资金总额的`: a whole named by a count of kinds and their measure, the figure (in this sentence or the one
 *  before) whose clause names that many kinds of the measure joined and summed with 共 / 合计 (`生活补贴和护理补贴共T`). */
function kindsSummedAs(p: Passage, part: Figure, s: Figure, noun: string): Figure | undefined {
  const m = COUNTED_KINDS_WHOLE.exec(noun);
  if (!m) return undefined;
  const count = smallNumber(m[1]);
  const measure = m[2];
  return lookBack(p, part.index, s.sentence - 1, (f) => {
    if (!isNumber(f) || !sameUnit(f, part) || f === part || isStatedChange(f) || isComparisonBase(f) || f.iv.hi < part.iv.lo) return false;
    const clause = lastClause(f.label);
    if (!/(?:共|合计|共计)(?:为|达)?$/.test(clause)) return false;
    const kinds = clause.replace(/(?:共|合计|共计)(?:为|达)?$/, '').split(/、|和|及|与/);
    return kinds.length === count && kinds.every((k) => k.endsWith(measure));
  });
}
/** `两项补贴资金总额`: a count of kinds (group 1) and the measure they share (group 2). */
const COUNTED_KINDS_WHOLE = /^([两二三四])项([\u3400-\u9fff]{2,4}?)(?:资金)?(?:总额|合计|总计|总数)?$/;

/** The one figure before `s` in its sentence, a number, whose list item's name passes `ok`; none when two do. */
function onlyItemOfSentence(p: Passage, s: Figure, ok: (f: Figure, name: string) => boolean): Figure | undefined {
  let found: Figure | undefined;
  for (let i = s.index - 1; i >= 0 && p.figures[i].sentence === s.sentence; i--) {
    const f = p.figures[i];
    if (!isNumber(f) || !ok(f, listItemName(f))) continue;
    if (found) return undefined;
    found = f;
  }
  return found;
}

/** `內地旅客及非內地旅客分別為A和B，內地旅客佔P`: the item of a list whose names stand before 分别, in their order, that the
 *  subject names exactly. */
function itemNamedBeforeRespectively(p: Passage, s: Figure, subject: string): Figure | undefined {
  if (subject.length < 2) return undefined;
  for (let i = s.index - 1; i >= 0 && p.figures[i].sentence === s.sentence; i--) {
    if (p.figures[i].label.indexOf('分别') < 0 || !NAMES_BEFORE_RESPECTIVELY.test(respectiveHead(p, p.figures[i]))) continue;
    const names = respectiveList(p, i);
    // (or by its name and the measure: `医院诊疗量占…` for `医院` of `医院、…分别为`)
    // (or with the head noun the last name gives them all: `个险渠道` of `个险、银保、团险渠道分别…`)
    const last = names ? names[names.length - 1] : '';
    const k = names ? names.findIndex((n) => n === subject || (subject.startsWith(n) && (MEASURE_AFTER_ITEM.test(subject.slice(n.length)) ||
      (subject.length - n.length >= 2 && last.length > subject.length - n.length && last.endsWith(subject.slice(n.length)))))) : -1;
    // (each item in the list a number in the first item's unit)
    if (!names || k < 0 || !p.figures.slice(i, i + names.length).every((f) => isNumber(f) && sameUnit(f, p.figures[i]))) return undefined;
    return p.figures[i + k];
  }
  return undefined;
}

/** The names standing before 分别 in the label of the figure at `first` (`A和B分别为X和Y`), in order, when as many figures
 *  of its sentence follow from it, each joined to the one before by a list joiner. */
function respectiveList(p: Passage, first: number): string[] | undefined {
  const head = p.figures[first];
  const m = head.label.indexOf('分别') >= 0 ? NAMES_BEFORE_RESPECTIVELY.exec(respectiveHead(p, head)) : null;
  if (!m) return undefined;
  const joined = (names: string[]) => {
    const items = p.figures.slice(first, first + names.length);
    return items.length === names.length && items.every((f, j) => f.sentence === head.sentence && (j === 0 || LIST_JOINERS.includes(f.gapBefore)));
  };
  // (the first name without the subject, period or place the clause opens with: `公司个险` is `个险`)
  const bare = (names: string[]) => {
    const first = withoutContext(names[0]).replace(OWNER_WORDS, '');
    return first.length >= 2 ? [first, ...names.slice(1)] : names;
  };
  const names = bare(m[1].split(/、|和|及|与/));
  if (joined(names)) return names;
  // (a name may hold 和 itself, the items then set apart by 、: `教育、社会保障和就业、卫生健康三项支出分别为A、B和C`)
  const byPause = m[1].indexOf('、') >= 0 ? bare(m[1].split('、')) : undefined;
  return byPause && joined(byPause) && !joined(byPause.concat('')) ? byPause : undefined;
}
/** The words before a figure that may name a 分别 list: its label's last clause, or past a count word in the clause
 *  (`其中教育、社保、卫生三项支出分别为`, where `三项` is a figure of its own), the clause from its start. */
function respectiveHead(p: Passage, f: Figure): string {
  const own = lastClause(f.label);
  const before = p.figures[f.index - 1];
  return before && before.sentence === f.sentence && countClauseEnds(f.gapBefore) === 0 && COUNT_WORD_UNITS.has(before.unit) ?
    lastClause(sentenceHead(p, f)) : own;
}
/** Units of a count word inside a list's name (`三项`, `两类`, `四个`). */
const COUNT_WORD_UNITS = new Set(['项', '类', '个', '种']);

/** `诊疗量`, `收入`: the measure a list's item is named with again, after its name. */
const MEASURE_AFTER_ITEM = /^[\u3400-\u9fff]{0,3}(?:量|额|数|收入|支出)$/;
/** `佔`, `佔比為`: a share with no whole named; or of the total named as such (`占总量的`, `占总数的`). */
const BARE_SHARE_AFTER_SUBJECT = /^占(?:比)?(?:为|达)?$|^占(?:总量|总数|总额|总体|合计)的(?:比重|比例)?(?:为|达)?$/;
// (the verb and measure may follow 分别: `个险、银保、团险渠道分别实现保费收入`)
const NAMES_BEFORE_RESPECTIVELY = /(?:^|[,，])([\u3400-\u9fff]{2,10}(?:(?:、|和|及|与)[\u3400-\u9fff]{2,10}){1,5})分别(?:为|是|达到|达|(?:实现|完成)[\u3400-\u9fff]{0,6})?$/;

/** `其中第一产业增加值A、第二产业增加值B、第三产业增加值C，第三产业占比为P`: the one item of the share's sentence
 *  whose name opens with the subject, the measure after it (`第三产业` of `第三产业增加值`). */
function itemNamedFirstBy(p: Passage, s: Figure, subject: string): Figure | undefined {
  if (subject.length < 3) return undefined;
  return onlyItemOfSentence(p, s, (_f, name) => name.startsWith(subject) && name.length !== subject.length);
}

/** `占总人口的` for `截至113年底全國人口為T` / `年末全市人口T`: a whole named with 总 is the figure named by the rest of it
 *  alone, or after a whole place (全国, 全市 …). */
function totalOfPlace(label: string, noun: string): boolean {
  if (noun.length < 3 || noun[0] !== '总') return false;
  const what = noun.slice(1);
  if (subjectOf(label) === what) return true;
  const name = nameIn(label);
  return name.endsWith(what) && WHOLE_PLACE.test(name.slice(name.length - what.length - 2, name.length - what.length));
}

/** Words for all of a whole before its name (`全部业务量`, `全体职工`), when a name of two characters or more follows. */
const ALL_OF = /^(?:全部|全体|所有)(?=[A-Za-z0-9]?[\u3400-\u9fff]{2})/;

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
  // (of the whole they name, when a figure is named so: `收入T，开支E…。其中，薪俸税A，利得税B，两者分别占政府收入的P和Q`)
  const noun = first.gapBefore.slice(first.gapBefore.lastIndexOf('占') + 1).replace(/(?:的比重|的比例|的)$/, '');
  const named = first.gapBefore.includes('占') && noun.length >= 2 ?
    lookBack(p, parts[0].index, parts[0].sentence - 1, (f) => isNumber(f) && sameUnit(f, parts[0]) && !isIntensive(f) && !subsetTotals.has(f) && lastClause(f.label).includes(noun)) : undefined;
  const total = named ?? subsetTotals.get(parts[0]);
  if (!total || (!named && !parts.every((f) => subsetTotals.get(f) === total))) return;
  parts.forEach((part, i) => out.push({ op: 'ratio', part, whole: total, stated: shares[i] }));
}

// `计划新增8万人…实际完成8.42万人，完成计划的105.3%`: the target was stated on its own, the completion names it.
export function findCompletions(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  let stated: Set<Figure | undefined> | undefined; // built on the first candidate: most paragraphs have none
  for (const s of p.figures) {
    if (!isShare(s) || s.index === 0) continue;
    const progress = PROGRESS.exec(s.label) ?? PROGRESS_RATE.exec(s.label);
    if (progress) {
      stated ??= new Set(out.map((r) => ('stated' in r ? r.stated : undefined)));
      if (!stated.has(s)) findProgress(p, out, s, progress[1]);
      continue;
    }
    if (s.label === ')的') {
      findBracketedTarget(p, out, s);
      continue;
    }
    // `全市已完成年度目标任务的P` in a sentence of its own: of the one figure of the sentence before named like the target
    const opening = completionOpeningSentence(p, s, subsetTotals);
    if (opening) {
      out.push({ op: 'ratio', part: opening.part, whole: opening.target, stated: s });
      continue;
    }
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
    // `完成职业技能培训A，年度计划为T，完成计划的P`: the target stated in a clause between the work done and its completion
    if (isNumber(part) && clauses === 1 && TARGET_NAMES.test(lastClause(part.label)) && countClauseEnds(part.gapBefore) === 1 && part.index > 0) {
      const done = p.figures[part.index - 1];
      if (done.sentence === s.sentence && isNumber(done) && sameUnit(done, part) && !TARGET_NAMES.test(done.label) && !isStatedChange(done) && !isComparisonBase(done)) {
        out.push({ op: 'ratio', part: done, whole: part, stated: s });
      }
      continue;
    }
    if (!isNumber(part) || part.sentence !== s.sentence || clauses > 2 || clauses < 1 || TARGET_NAMES.test(part.label)) continue;
    // The target stated before, or named right after (`完成年度目标的117.5%，年度目标为8万人`).
    // of the part's own period (`去年…9600套，完成年度计划的106.7%` is not of this year's plan)
    const period = periodOf(part.clauseHead);
    // (named before or after: `确定全年开展培训2.8万人次的目标`)
    const isTarget = (f: Figure) => isNumber(f) && sameUnit(f, part) && (TARGET_NAMES.test(f.label) || TARGET_AFTER.test(p.text.slice(f.cleanEnd, f.cleanEnd + 6))) &&
      samePeriod(period, periodOf(f.clauseHead));
    const next = p.figures[s.index + 1];
    // (of two targets, the one named like the part: `城镇新增就业目标任务5.5万人、农村劳动力转移就业目标任务12万人`)
    const partName = subjectOf(lastClause(part.label));
    const whole = (partName.length >= 4 ? lookBack(p, part.index, s.sentence - 1, (f) => isTarget(f) && lastClause(f.label).includes(partName)) : undefined) ??
      lookBack(p, part.index, s.sentence - 1, isTarget) ??
      (next && next.sentence === s.sentence && countClauseEnds(next.gapBefore) === 1 && isTarget(next) ? next : undefined);
    // `新增就业A，其中帮扶困难人员实现就业B，完成年度目标任务的P`: a completion right after a 其中 part named unlike the target,
    // whose total is named like it, is the total's
    const partTotal = subsetTotals.get(part);
    if (whole && partTotal && partTotal.sentence === s.sentence && sameUnit(partTotal, whole) && sharesTrigram(nameIn(partTotal.label), whole.label) &&
      !sharesTrigram(nameIn(part.label), whole.label)) part = partTotal;
    // `收入完成T，为年初预算B的…；其中税收收入A，完成预算的P`: a target stated before a 其中-part is its total's, unless
    // it names the part's measure (`税收收入预算…`); the part's own target is not in the text
    if (whole && subsetTotals.has(part) && whole.index < part.index && !sharesBigram(withoutGenericNouns(nameIn(part.label)), whole.label)) continue;
    // `建成农田A，为年度任务B的P；新增灌溉面积C，完成年度任务的Q`: a target another task was completed against, named
    // otherwise, is that task's
    // (named otherwise: sharing no run of three characters, `新增就业` and `再就业` share only 就业)
    if (whole && out.some((r) => r.op === 'ratio' && r.whole === whole && r.part !== part && !sharesTrigram(nameIn(r.part.label), nameIn(part.label)))) continue;
    // `就业目标为T，已完成A。同期帮助困难人员就业B，完成目标任务的P`: a target whose own completion is stated right after it
    // (A) is A's task; another figure's completion is of a target the text does not give
    if (whole && whole.index < part.index && p.figures.slice(whole.index + 1, part.index).some((f) => isNumber(f) && sameUnit(f, whole) && /完成/.test(f.label) && f !== part)) continue;
    // and so is one stated right after another task's completion, in an earlier sentence (`完成营造林面积A，年度计划为T。
    // 完成森林抚育B，完成年度目标的P`: T is 营造林's)
    const done = whole && whole.index > 0 ? p.figures[whole.index - 1] : undefined;
    if (whole && done && whole.sentence < part.sentence && done.sentence === whole.sentence && isNumber(done) && sameUnit(done, whole) &&
      /完成/.test(done.label) && !sharesTrigram(nameIn(done.label), nameIn(part.label))) continue;
    if (whole) out.push({ op: 'ratio', part, whole, stated: s });
  }
}
/** `全市已完成年度目标任务的`: a sentence that opens on the completion, its place and an adverb at most before it. */
const COMPLETION_OPENING = /^(?:全[市县省区镇乡]|我[市县省区])?(?:已经|已|共|累计)?(?:完成|达到)(?:了)?(?:年度|全年)?(?:目标任务|目标|任务|计划)的$/;

/** `下达我市城镇新增就业目标任务T。截至11月底，全市城镇新增就业A，其中…B。全市已完成年度目标任务的P`: a completion opening
 *  its sentence is of the one figure of the sentence before named like the target (not a 其中 part, nor a change), the
 *  target the one stated before it in the paragraph. */
function completionOpeningSentence(p: Passage, s: Figure, subsetTotals: Map<Figure, Figure>): { part: Figure; target: Figure } | undefined {
  const before = p.figures[s.index - 1];
  if (before.sentence !== s.sentence - 1) return undefined;
  const gap = trimGap(s.gapBefore);
  if (!COMPLETION_OPENING.test(gap.slice(lastSentenceEnd(gap) + 1))) return undefined;
  const target = lookBack(p, s.index, 0, (f) => isNumber(f) && TARGET_NAMES.test(f.label));
  if (!target || target.sentence >= before.sentence) return undefined;
  const done = p.figures.filter((f) => f.sentence === before.sentence && isNumber(f) && sameUnit(f, target) && !subsetTotals.has(f) && !isStatedChange(f) &&
    !isComparisonBase(f) && !TARGET_NAMES.test(f.label) && sharesTrigram(nameIn(f.label), target.label));
  return done.length === 1 ? { part: done[0], target } : undefined;
}

const WHOLE_POPULATION_RATE = /全人群|总体|全体|整体/;
const SUBGROUP_COUNT = /重点|其中|当中/;

// `累计发放小额信贷2.46亿元，…，放贷进度达到年度计划（2.8亿元）的78.9%`: the target stated in brackets after its name;
// the part is the nearest figure of its unit before it in the sentence.
function findBracketedTarget(p: Passage, out: Relation[], s: Figure): void {
  const whole = p.figures[s.index - 1];
  if (!isNumber(whole) || whole.sentence !== s.sentence || !BRACKETED_TARGET.test(whole.label)) return;
  const part = lookBack(p, whole.index, s.sentence, (f) => isNumber(f) && sameUnit(f, whole) && !isStatedChange(f) && !isComparisonBase(f) && !TARGET_NAMES.test(f.label));
  if (part) out.push({ op: 'ratio', part, whole, stated: s });
}

/** `进度达到年度计划（`, `完成全年目标（`: a target's name opening the bracket its figure stands in. */
const BRACKETED_TARGET = /(?:完成|达到|达|为|占)(?:了)?(?:年度|全年|年初)?(?:目标任务|目标|计划|任务|预算)\($/;

/** Words naming a target; 一般公共预算收入 / 预算支出 name fiscal accounts, not a budget target. */

/** A target named right after its figure: `110万人的年度目标`. */
const TARGET_AFTER = /^的?(?:年度|全年|年初)?(?:目标|计划|任务)/;

/** Two periods that may be the same: either unnamed, or named alike. */
function samePeriod(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** `已拨付A，拨付率P`: the rate of paying out or spending money is its progress too. */
const PROGRESS_RATE = /(?:^|[,，])(?:资金|预算)?(拨付|支出|执行|到位|兑付)率(?:为|达到|达|是)?$/;

/** `拨付进度达90.4%` / `投放进度为96.3%`: the progress of an action (拨付, 投放), named by its verb. */
// (what is being done may be named first: `资金拨付进度为`)
const PROGRESS = /(?:^|[,，])(?:资金|项目|任务|工程)?([\u3400-\u9fff]{2})进度(?:为|达到|达|是)?$/;

// `补助资金4.3亿元，已拨付3.9亿元，拨付进度达90.4%` / `年度计划投放5.2亿元，已投放4.86亿元，…，投放进度为96.3%`: the part is
// what has been done (已 + the verb), the whole the amount before it in the sentence: the one planned with the verb
// when there is one, else the nearest in its unit.
function findProgress(p: Passage, out: Relation[], s: Figure, verb: string): void {
  const part = lookBack(p, s.index, s.sentence, (f) => isNumber(f) && (f.label.includes('已' + verb) || f.label.includes('累计' + verb)));
  if (!part) return;
  // (never a figure smaller than what was done, which is some of the plan: `资金T，用于产业发展C、占P；…已支出A，支出进度`
  // is of T, not of C)
  const planned = (f: Figure) => isNumber(f) && sameUnit(f, part) && f !== part && !isStatedChange(f) && f.iv.hi >= part.iv.lo;
  // (or the sentence before, when the part opens its own: `共争取补助资金T…。截至9月底，已拨付资金A，资金拨付进度为P`)
  const whole = lookBack(p, part.index, s.sentence, (f) => planned(f) && TARGET_NAMES.test(f.label) && f.label.includes(verb)) ??
    lookBack(p, part.index, s.sentence, planned) ??
    lookBack(p, part.index, s.sentence - 1, (f) => planned(f) && f.sentence === s.sentence - 1 && !isComparisonBase(f) && f.iv.hi >= part.iv.lo);
  if (whole) out.push({ op: 'ratio', part, whole, stated: s });
}

/** Two rates named together before their figures: `出生率和死亡率分别为5.83‰和7.48‰`. */
const RESPECTIVE_RATES = /([\u3400-\u9fff]{2})率(?:和|、|与|及)([\u3400-\u9fff]{2})率分别(?:为|是|达到|达)$/;

/** Words before a rate's stem that only place or date it (`全年出生率`, `全市城镇登记失业率`): not a modifier. */
/** An income group of a quintile breakdown (`最高所得组`, `低收入组`). */
const INCOME_GROUP = /(?:所得|收入)组/;

/** A group named within a population (`常住人口中城镇人口`). */
const SCOPED_GROUP = /(?:人口|居民)中[\u3400-\u9fff]{2,}$/;

/** Words naming a target (`任务完成率`), which a figure may be named by after it (`T的目标`). */
const TARGET_WORDS = ['任务', '目标', '计划'];
const RATE_CONTEXT_WORDS = new RegExp(`^(?:${[...PERIOD_WORDS, ...PLACE_WORDS, '城镇', '城乡', '其中', '人口', '报告', '总体', '整体', '综合'].join('|')})$`);

/** `不良贷款率`: when the two characters before the stem modify it, the rate is of that narrower thing, and a figure
 *  named only with the stem (各项贷款) is not its part; nothing then is checked. The two characters may instead name
 *  the whole (`总资产…，总负债…；资产负债率`): then some figure is named with them. */
const JOINT_RATE_LINKS = ['及', '和', '或', '与', '、'];
const LAST_YEARS_SHARE = /由(?:上年|去年|上年同期|去年同期|上年末)的?$/;
/** `后者占前者的`, `前者约占后者的比重为`: a share of one of a pair in the other (group 1: the part). */
const FORMER_LATTER_OF_TOTAL = /^(后者|前者)(?:所)?(?:占比|比重|占比重)(?:为|达|是)?(?:约)?$/;
const FORMER_LATTER_SHARE = /^(后者|前者)(?:约|大约)?占(?:前者|后者)(?:的)?(?:比重|比例)?(?:为|达|是)?(?:约)?$/;
/** `命案7起，全部告破，破案率100%`: a rate of all of the figure right before, said in words (`全部`, `悉数`), is of that
 *  figure alone, its own part and whole. */
function statesAllOfIt(s: Figure): boolean {
  return s.value === 100 && s.index > 0 && countClauseEnds(s.gapBefore) >= 1 && ALL_OF_IT.test(s.gapBefore);
}
const ALL_OF_IT = /^[,，]?(?:全部|全都|悉数|均已|已全部)/;
/** `普惠性幼儿园覆盖率` against `其中在普惠性幼儿园就读的`: the words before the rate's stem, four characters or more, in the label. */
function namesRateModifier(rateLabel: string, stem: string, label: string): boolean {
  const name = lastClause(rateLabel);
  const at = name.lastIndexOf(stem + '率');
  const modifier = at >= 4 ? withoutContext(name.slice(0, at)) : '';
  // (as the place the part is in, `在…就读的`: not a group, `其中重点人群签约A，重点人群签约覆盖率` is over that group)
  return modifier.length >= 4 && label.includes('在' + modifier);
}

function stemModifierNamed(p: Passage, s: Figure, stem: string): boolean {
  const head = s.label;
  const at = head.lastIndexOf(stem);
  // `就业及升学率`: a joint rate of two stems, of a part named by both (`已就业或升学者A`)
  if (at >= 3 && JOINT_RATE_LINKS.includes(head[at - 1])) {
    const first = head.slice(at - 3, at - 1);
    return /^[\u3400-\u9fff]{2}$/.test(first) && lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && f.label.includes(first) && f.label.includes(stem)) !== undefined;
  }
  const modifier = head.slice(Math.max(0, at - 2), at);
  // (`参与者的就业率`: a possessive names whose rate it is, not a kind of it)
  if (modifier.length < 2 || !/^[\u3400-\u9fff]{2}$/.test(modifier) || RATE_CONTEXT_WORDS.test(modifier) || /[者员户]的$/.test(modifier)) return true;
  // within the reach the rate's candidates are taken from: in a label, spelled out by the words it abbreviates (`普高`
  // for `升入普通高中`), or in the clause after a figure (`已有A人喝上…自来水，农村自来水普及率`)
  // (or, for a rate stated before its figures, in the words before one after it, `选举投票率为P，在W名选举人中`, or by
  // members doing what the stem names, `…，共有A人参加投票`)
  // (a target named by any of its words, after its figure: `按照年度T的目标测算，任务完成率` names the 任务 of 任务完成率)
  const target = TARGET_WORDS.includes(modifier);
  return lookBack(p, s.index, s.sentence - 1, (f) => isNumber(f) && (f.label.includes(modifier) || f.clauseHead.includes(modifier + stem) ||
    (target && f.sentence === s.sentence && TARGET_AFTER.test(p.text.slice(f.cleanEnd, f.cleanEnd + 6))) ||
    spreads(modifier, f.label) || (f.sentence === s.sentence && clauseAfter(p, f).includes(modifier)) ||
    // (or a verb and its object the rate is named by, in the clause after the figure: `已有A个开通客车，建制村通客车率`)
    (f.sentence === s.sentence && clauseAfter(p, f).includes(modifier.slice(-1) + stem)))) !== undefined ||
    lookAhead(p, s.index, s.sentence, (f) => isNumber(f) && (f.gapBefore.includes(modifier) || clauseAfter(p, f).includes(stem))) !== undefined;
}

// `城镇人口652.4万人，常住人口城镇化率为71.2%`: rates with a fixed definition, their parts named in the text.
export function findDefinedRates(p: Passage, out: Relation[]): void {
  let stated: Set<Figure | undefined> | undefined;
  for (const s of p.figures) {
    if (s.kind !== 'percent' || s.value === null || statesAllOfIt(s)) continue;
    // A plain loop, no closure over `s`: this runs for every percentage, and a closure would give each loop turn a
    // heap context.
    let def: (typeof DEFINED_RATES)[number] | undefined;
    // (its name may be followed by an aside that defines it: `保险深度（保费收入占地区生产总值的比重）为P`)
    // (or by its place in a list of rates named before 分别: `资本充足率和核心一级资本充足率分别为P和Q`)
    const label = nameDeclaredBeforeRespectively(p, s) ?? rateNamedAtStart(p, s) ?? (s.label.indexOf('(') >= 0 ? withoutAsides(s.label) : s.label);
    // (by the last characters first: a name ends the label or is followed by one or two characters, `为`, `达到`)
    if (!DEFINED_RATE_ENDS.has(label.charCodeAt(label.length - 1)) && !DEFINED_RATE_ENDS.has(label.charCodeAt(label.length - 2)) &&
      !DEFINED_RATE_ENDS.has(label.charCodeAt(label.length - 3))) continue;
    for (const d of DEFINED_RATES) if (labelNames(label, d.name)) def = d;
    // `户籍人口城镇化率` is of another population than the one of `城镇化率`: only its own definition applies
    if (!def || (s.label.includes('户籍') && !def.name.includes('户籍'))) continue;
    // (a rate adjusted, `经季节调整后失业率`, `剔除…后的资产负债率`, `若剔除…，毛利率为`, is not the definition's)
    // (unless the counts themselves are stated adjusted so, `經季節性調整的失業人數為A，…失業率為P`: the rate is theirs)
    // (`失業率（未經季節性調整）`: a rate said not to be adjusted is the counts' own)
    if (ADJUSTED.test(sentenceHead(p, s).replace(NOT_ADJUSTED, '')) && !p.figures.some((f) => f.sentence === s.sentence && f.index < s.index && adjustedCount(f.label, def.part))) continue;
    // (nor is a rate averaged over months, `累計1至11月平均失業率`: the counts stated are of one month)
    // (a hotel's average occupancy, `平均客房出租率`, is rooms let over rooms available: the definition's own name; so is a
    // banking system's average NPL ratio)
    if (AVERAGED_RATE.test(lastClause(s.label)) && !AVERAGED_AS_ONE_RATIO.has(def.name)) continue;
    // (a group's rate beside the overall one, `總體失業率為P，本地居民失業率為Q；失業人口A，勞動人口W`: the counts are the
    // overall's)
    if (!OVERALL.test(lastClause(s.label)) && overallRateBeside(p, s, def.name)) continue;
    stated ??= new Set(out.map((r) => ('stated' in r ? r.stated : undefined)));
    if (!stated.has(s)) relateDefinedRate(p, out, s, def);
  }
}

/** Words for the rate of all, not of a group (`總體失業率`, `整体就业率`). */
const OVERALL = /总体|整体|全体/;

/** Another rate of the same name in the sentence, said to be the overall one. */
function overallRateBeside(p: Passage, s: Figure, name: string): boolean {
  const overall = (f: Figure) => f !== s && f.kind === 'percent' && labelNames(lastClause(f.label), name) && OVERALL.test(lastClause(f.label));
  return lookBack(p, s.index, s.sentence, overall) !== undefined || lookAhead(p, s.index, s.sentence, (f) => f.sentence === s.sentence && overall(f)) !== undefined;
}

/** `资本充足率和核心一级资本充足率分别为P和Q`: the name the figure's place in a list gives it, of those declared before 分别
 *  (as many names as figures, each joined to the one before). */
function nameDeclaredBeforeRespectively(p: Passage, s: Figure): string | undefined {
  let first = s.index;
  while (first > 0 && LIST_JOINERS.includes(p.figures[first].gapBefore) && p.figures[first - 1].sentence === s.sentence) first--;
  const names = respectiveList(p, first);
  // (the list ends with its names: no figure joined after them)
  const after = names ? p.figures[first + names.length] : undefined;
  if (!names || (after && after.sentence === s.sentence && LIST_JOINERS.includes(after.gapBefore))) return undefined;
  return names[s.index - first];
}

/** Last characters of the defined rates' names (`率`, `比`, `度`, `数` …). */
const DEFINED_RATE_ENDS = new Set(DEFINED_RATES.map((d) => d.name.charCodeAt(d.name.length - 1)));

/** `毛利率由去年同期的B改善至A`: the rate's name before the level it started from, for the level reached (A). */
function rateNamedAtStart(p: Passage, s: Figure): string | undefined {
  const from = p.figures[s.index - 1];
  if (!from || from.kind !== 'percent' || countClauseEnds(s.gapBefore) !== 0 || !REACHED_LEVEL.test(s.label)) return undefined;
  const at = Math.max(from.label.lastIndexOf('由'), from.label.lastIndexOf('从'));
  return at > 0 ? from.label.slice(0, at) : undefined;
}
const REACHED_LEVEL = new RegExp('^' + REACH_VERB + '$');

/** Is the figure the level a change starts from (`由B增加C`, `从B提高到A`): 由 or 从 in its clause, the change or the level
 *  reached right after it in that clause? */
function startOfChange(p: Passage, f: Figure): boolean {
  const next = p.figures[f.index + 1];
  return next !== undefined && countClauseEnds(next.gapBefore) === 0 && /由|从/.test(lastClause(f.label)) && (isStatedChange(next) || reachesLevel(next.gapBefore));
}

function relateDefinedRate(p: Passage, out: Relation[], s: Figure, def: (typeof DEFINED_RATES)[number]): void {
  // by the figure's own label: a clause head also holds the words of earlier figures in the clause (`其中城镇人口…、乡村人口`)
  // of the rate's own part of the year (`前三季淨利率` is not of `其中第三季…稅後淨利`)
  const period = PART_OF_YEAR.exec(s.clauseHead)?.[0];
  // (a word followed by 中 names the scope, not the figure: `常住人口中出生人口A` is no 常住人口)
  // (nor the level a change started from: `勞動力由B增加C` is last year's labour force)
  const names = (f: Figure, words: readonly string[]) => isNumber(f) && (!def.units || def.units.includes(f.unit)) && words.some((w) => f.label.includes(w) && !f.label.includes(w + '中')) &&
    (period === undefined || (PART_OF_YEAR.exec(f.clauseHead)?.[0] ?? period) === period) && !startOfChange(p, f) &&
    (!def.totalsOnly || subsetTotalIn(out, f) === undefined);
  // (not one named as a narrower kind, `一级资本净额` for `资本充足率`)
  const isPart = (f: Figure) => names(f, def.part) && !def.notPart?.some((w) => lastClause(f.label).includes(w));
  // (one named by the rate's own name first: `資源回收量A、廚餘回收量B，資源回收率為P` is of A)
  const ownName = def.name.endsWith('率') && def.name.length >= 4 ? def.name.slice(0, -1) : undefined;
  let part = (ownName ? lookBack(p, s.index, s.sentence - 1, (f) => isPart(f) && lastClause(f.label).includes(ownName)) : undefined) ??
    lookBack(p, s.index, s.sentence - 1, isPart);
  // (or both after the rate, in its sentence: `客房出租率為P，共出租客房A間夜，可供出租客房W間夜`)
  const partAfter = part === undefined;
  // (not of another period: `失業率為P，…；去年同期失業人數為A，勞動人口為W`)
  part ??= lookAhead(p, s.index, s.sentence, (f) => isPart(f) && !PRIOR_PERIOD.test(f.clauseHead));
  // (a rate of one population, `常住人口城镇化率`, is not of a part of another, `户籍总人口T，其中城镇人口A`)
  const population = POPULATION_QUALIFIERS.find((q) => lastClause(s.label).includes(q));
  const partWhole = part && subsetTotalIn(out, part);
  if (population && partWhole && POPULATION_QUALIFIERS.some((q) => q !== population && lastClause(partWhole.label).includes(q) && !lastClause(partWhole.label).includes(population))) return;
  // the whole stated before, or right after the rate in its sentence (`不良贷款率为1.22%，各项贷款总额7,126.5亿元`)
  // (never a per-head figure: `每股收益` is no 收益, nor a sibling of the part: `其中城镇常住人口A，乡村常住人口B` of 常住人口)
  const totalOf = (f: Figure) => subsetTotalIn(out, f);
  const partTotal = part && totalOf(part);
  // (and of the part's own part of the year: `前三季累计税后净利` is not over `第三季营收`)
  const partPeriod = part && PART_OF_YEAR.exec(part.clauseHead)?.[0];
  // (nor the other half of a dichotomy the part names: `乡村常住人口` is no whole of `城镇常住人口`)
  // (per head only when the part is: `人均食品烟酒消费支出A` of `人均消费支出W`; or is its 其中 part, `人均消费支出W，其中食品烟酒
  // 支出A`)
  const isWhole = (f: Figure) => f !== part && (sameUnit(f, part!) || (def.anyUnit === true && !isShare(f))) && names(f, def.whole) && !names(f, def.part) &&
    (!isIntensive(f) || isIntensive(part!) || partTotal === f) &&
    !otherHalf(part!, f) &&
    (partTotal === undefined || totalOf(f) !== partTotal) && (partPeriod === undefined || (PART_OF_YEAR.exec(f.clauseHead)?.[0] ?? partPeriod) === partPeriod);
  // the whole's names in their order (`营业收入` before `收入`: not `其中主营业务收入`)
  // (two counts of one subject side by side, `立案A起、破案B起`: the one right before the part)
  const beside = part && def.measurePair && part.index > 0 ? p.figures[part.index - 1] : undefined;
  let whole: Figure | undefined = beside && part!.gapBefore.startsWith('、') && sameUnit(beside, part!) && names(beside, def.whole) ? beside : undefined;
  // (a rate of a kind of the whole, `规模化率`, is over the total the part is listed under, whatever it is named)
  if (def.ofPartTotal) whole = partTotal;
  // (the bare `人口` of an age group is no population a vital rate is over: `65岁以上老年人口C` for `粗出生率`)
  const namedBy = (f: Figure, word: string) => isWhole(f) && f.label.includes(word) && !(word === '人口' && AGE_GROUP_POPULATION.test(lastClause(f.label)));
  for (const word of part && !whole && !def.ofPartTotal ? def.whole : []) {
    const named = (f: Figure) => namedBy(f, word);
    // (after the rate: the figure right after it, not one past a semicolon or a 其中 of the next topic)
    const next = p.figures[s.index + 1];
    // (all deposits, `各项存款余额`, a sentence further back before a kind of them nearer: totalsOnly)
    whole = lookBack(p, s.index, s.sentence - (def.totalsOnly ? 2 : 1), named) ??
      (next && next.sentence === s.sentence && named(next) && !NEXT_TOPIC.test(next.gapBefore) ? next : undefined) ??
      (partAfter ? lookAhead(p, s.index, s.sentence, (f) => named(f) && !NEXT_TOPIC.test(f.gapBefore) && !PRIOR_PERIOD.test(f.clauseHead)) : undefined) ??
      // (or, for a part stated before the rate, a whole of a full name stated later in the rate's sentence, past a semicolon
      // too: `R&D经费A，研发投入强度P，…；全市地区生产总值为W`)
      (word.length >= 4 && !partAfter ? lookAhead(p, s.index, s.sentence, (f) => named(f) && lastClause(f.label).includes(word) && !PRIOR_PERIOD.test(f.clauseHead) &&
        !isStatedChange(f) && !isComparisonBase(f)) : undefined);
    if (whole) break;
  }
  // (a bank's loans stated a sentence further back: `客户贷款总额T；…。…营业收入…。不良贷款余额A，不良贷款率P`)
  for (const word of part && !whole && !def.ofPartTotal && def.whole.length > 0 && !def.whole.some((w) => GENERIC_WHOLE_NAMES.includes(w)) ? def.whole : []) {
    whole = lookBack(p, s.index, s.sentence - 2, (f) => namedBy(f, word));
    if (whole) break;
  }
  // (or the total the part is listed under, named after its figure: `3,710家建筑业企业中，亏损企业A家，亏损面为P`)
  if (part && !whole && partTotal && def.whole.some((w) => clauseAfter(p, partTotal).includes(w))) whole = partTotal;
  if (!part || !whole) return;
  // `监测对象T1户T2人，已消除风险A1户A2人，风险消除率P`: part and whole counted two ways, in households and in people, are
  // read in the unit the rate says it is counted by (`按人数计`, `按户计算`), else in the one whose ratio is nearer P
  const partTwin = countedTwice(p, part);
  const wholeTwin = partTwin && countedTwice(p, whole);
  if (partTwin && wholeTwin && sameUnit(partTwin, wholeTwin)) {
    const by = COUNTED_BY.exec(s.clauseHead + clauseAfter(p, s))?.[1];
    const unit = by === undefined ? undefined : by.startsWith('户') ? '户' : '人';
    const off = (a: Figure, b: Figure) => Math.abs(Math.log(((a.value ?? 0) / (b.value || 1)) * 100 / (s.value || 1)));
    if (unit === undefined ? off(partTwin, wholeTwin) < off(part, whole) : partTwin.unit === unit) {
      part = partTwin;
      whole = wholeTwin;
    }
  }
  // a rate of a group or a segment named before it (`女性劳动力参与率`, `零售业务毛利率`) is of figures named so, in the
  // part's or the whole's sentence; and one whose whole is a 其中-part (`其中，新能源业务实现收入B，毛利率为P`) is that
  // part's, not of a profit of the whole
  const rateName = lastClause(s.label);
  // (what it is counted by is no group: `按人口计算风险消除率`)
  // (nor the rate's own whole, named before it: `政策范围内住院费用报销比例` of `政策范围内医疗费用`)
  let modifier = rateName.slice(0, Math.max(0, rateName.indexOf(def.name))).replace(RATE_MODIFIER_CONTEXT, '').replace(COUNTED_BY, '');
  for (const w of def.whole) if (w.length >= 3) modifier = modifier.replace(w, '');
  if (/^[\u3400-\u9fff]{2,}$/.test(modifier) && !sentenceHead(p, part).includes(modifier) && !sentenceHead(p, whole).includes(modifier)) return;
  if (totalOf(whole) !== undefined && totalOf(part) === undefined) return;
  // (an overall rate is not of a group's figures: `本地勞動力W，其中失業A，本地居民失業率P；總體失業率Q` is of the whole
  // labour force, not stated)
  if (/(?:总体|整体|全体)/.test(rateName.slice(0, Math.max(0, rateName.indexOf(def.name)))) && GROUP_SCOPE.test(lastClause(whole.label) + '|' + lastClause(part.label))) return;
  out.push({ op: 'ratio', part, whole, stated: s });
}
/** A group a figure is scoped to (`本地勞動力`, `本地居民`, `外地`); 本港 only as `本港居民` (alone it names the territory,
 *  as 全港 does: `本港失業率`). */
const GROUP_SCOPE = new RegExp(RESIDENCES.map((w) => (w === '本港' ? '本港居民' : w)).join('|'));

/** A whole named as posts (`提供岗位数`, `岗位总数`): people placed over posts counted in 个. */
const POSTS_WHOLE = /岗位(?:总数|数)?$/;

/** An amount done so far (`已拨付`, `累计已完成`). */
const DONE_SO_FAR = /^(?:已|累计已)/;

/** The other count of a figure written with it in another unit, nothing between (`1547户5208人`). */
function countedTwice(p: Passage, f: Figure): Figure | undefined {
  const next = p.figures[f.index + 1];
  if (next && next.gapBefore === '' && isNumber(next) && next.unit !== f.unit) return next;
  const before = p.figures[f.index - 1];
  return before && f.gapBefore === '' && isNumber(before) && before.unit !== f.unit ? before : undefined;
}
/** `按人数计`, `按人口计算`, `按户计`: what a rate is counted by (group 1). */
const COUNTED_BY = /按(人数|人口|户数|户)计算?/;

/** What opens another topic between a rate and a figure after it: a semicolon, 其中. */
const NEXT_TOPIC = /[;；]|其中/;

/** Words that only place or date a defined rate (`年末全市常住人口城镇化率` names 常住人口, no group), or say it is of
 *  the whole (`综合毛利率`, `销售净利率`). */
const RATE_MODIFIER_CONTEXT = new RegExp(`${[...PERIOD_WORDS, ...PLACE_WORDS, '其中', '本港', '本澳', '年末', '年底', '报告期', '综合', '整体', '总体',
  // (an insurer's simple loss ratio, `简单赔付率`: claims over premiums, the definition itself)
  '全口径', '销售', '公司', '集团', '本集团', '简单', '平均', '的', '为',
  // (the schooling a retention rate is of: `九年义务教育巩固率`)
  '九年义务教育', '义务教育'].join('|')}`, 'g');

/** A rate averaged over a period (`平均失业率`, `平均入住率`): the mean of rates, not one ratio of the counts stated. */
const AVERAGED_RATE = /平均[\u3400-\u9fff]{0,6}率/;
/** Rates stated as averages by name that are one ratio of the totals: a hotel's (`平均入住率`, `平均客房出租率`), an
 *  airline's (`平均客座率`) and a banking system's non-performing loans (`本國銀行…平均逾放比率`). */
const AVERAGED_AS_ONE_RATIO = new Set(['入住率', '出租率', '逾放比率', '逾放比', '客座率']);
/** Words that say a rate is adjusted from its definition. */
const ADJUSTED = /调整|剔除|扣除|不含|除去|撇除/;
const NOT_ADJUSTED = /未经?[\u3400-\u9fff]{0,6}调整/g;
/** `经季节性调整的失业人数`: an adjustment that qualifies a count the rate is defined by. */
const ADJUSTED_QUALIFIER = /调整后?的/;
function adjustedCount(label: string, parts: readonly string[]): boolean {
  const m = ADJUSTED_QUALIFIER.exec(label);
  if (!m) return false;
  const after = label.slice(m.index + m[0].length);
  return parts.some((w) => after.startsWith(w));
}

/** Names of a defined rate's whole too common to look for further back than the sentence before (`收入`). */
const GENERIC_WHOLE_NAMES = ['收入', '收益', '营收', '营业收入'];

/** Is `f` named by the other half of a dichotomy the part is named by (`城镇…` and `乡村…`)? */
function otherHalf(part: Figure, f: Figure): boolean {
  const a = lastClause(part.label);
  const b = lastClause(f.label);
  return DICHOTOMIES.some(([x, y]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)));
}

/** The population of an age group (`老年人口`, `工作年龄人口`, after its ages). */
const AGE_GROUP_POPULATION = /(?:老年|幼年|少年|少儿|儿童|青年|青少年|劳动年龄|工作年龄|适龄)人口/;

/** A group of residents a per-head figure is of. */
const RESIDENT_GROUP = new RegExp(['全体', ...SETTLEMENTS].map((w) => w + '居民').join('|'));

/** What a label names without period and place words, the company, and verbs of achieving (`报告期内，公司实现营业收入`
 *  → `营业收入`). */
function bareName(label: string): string {
  return subjectOf(lastClause(label)).replace(/^(?:公司|集团|本集团|本公司|本行|全公司)/, '').replace(/实现|完成|累计|共计|共/g, '');
}

/** The period a figure's sentence opens with (`1—11月，`, `11月当月，`, `上半年，`), without 份/当月, or undefined. */
function openingPeriod(p: Passage, f: Figure): string | undefined {
  const head = sentenceHead(p, f);
  const m = OPENING_PERIOD.exec(head);
  if (m) return m[1];
  // (a quarter named with 第, the subject right after it: `第三季貴賓廳收入`, `第二季的博彩毛收入`, as `三季度`)
  const quarter = OPENING_QUARTER.exec(head);
  return quarter ? quarter[1] + '季度' : undefined;
}
const OPENING_PERIOD = /^((?:[0-9]{1,2}(?:至|-|—|–|~))?[0-9]{1,2}月|前三季度|[一二三四]季度|[上下]半年|全年)(?:份)?(?:当月)?[,，]/;
const OPENING_QUARTER = /^第([一二三四])季(?:度)?/;

/** A part of the year a figure is stated for (`前三季`, `第三季度`, `上半年`, `1至9月`). */
const PART_OF_YEAR = /(?:前|第)?[一二三四1-4](?:季度|季)|[上下]半年|[1-9０-９一二三四五六七八九十]{1,2}(?:至|-|—)[1-9０-９一二三四五六七八九十]{1,2}月/;

/** The amount of money a share's subject names (`民营企业进出口额` → 额). */
const SUBJECT_MEASURE = /[\u3400-\u9fff]{2}(额|收入|产值|增加值)$/;

/** The count right after a rate, named by its stem (`出生率为P，出生人口A`), and the only population figure after it, in
 *  its sentence or the next, that no other rate's stem names (`年末常住人口C`, not `死亡人口`). */
function rateThenCount(p: Passage, s: Figure, stem: string, allStems: readonly string[]): { part: Figure; whole: Figure } | undefined {
  const part = p.figures[s.index + 1];
  if (!part || !isNumber(part) || part.sentence !== s.sentence || countClauseEnds(part.gapBefore) !== 1 || !trimGap(part.gapBefore).startsWith(stem)) return undefined;
  const wholes: Figure[] = [];
  for (let k = part.index + 1; k < p.figures.length && k <= part.index + MAX_REACH && p.figures[k].sentence <= s.sentence + 1; k++) {
    const f = p.figures[k];
    if (isNumber(f) && sameUnit(f, part) && !isIntensive(f) && !isStatedChange(f) && RATE_WHOLE_WORDS.some((w) => f.label.includes(w)) &&
      !allStems.some((o) => f.label.includes(o)) && f.iv.hi >= part.iv.lo) wholes.push(f);
  }
  return wholes.length === 1 ? { part, whole: wholes[0] } : undefined;
}

/** `完成率达到P，累计新增就业A，全年目标任务为T`: the only target after a completion rate in its sentence, and the only
 *  other figure of its unit there, in the clauses right after the rate. */
function completionAfter(p: Passage, s: Figure, namesTarget: (f: Figure) => boolean): { part: Figure; whole: Figure } | undefined {
  const after: Figure[] = [];
  for (let k = s.index + 1; k < p.figures.length && k <= s.index + 3 && p.figures[k].sentence === s.sentence; k++) after.push(p.figures[k]);
  const targets = after.filter((f) => isNumber(f) && namesTarget(f));
  if (targets.length !== 1) return undefined;
  const done = after.filter((f) => f !== targets[0] && isNumber(f) && sameUnit(f, targets[0]) && !isStatedChange(f) && !isComparisonBase(f));
  return done.length === 1 && countClauseEnds(after[0].gapBefore) === 1 ? { part: done[0], whole: targets[0] } : undefined;
}

/** `出生率为P，死亡率为Q。年内出生A人，死亡B人，年末户籍人口C人`: rates listed together, then in the next sentence
 *  their counts, each named by its stem alone, and the population they are of (the only figure named as a whole). */
function ratesThenCounts(p: Passage, s: Figure, stem: string, allStems: readonly string[]): { part: Figure; whole: Figure } | undefined {
  // only rates until the sentence ends
  let k = s.index + 1;
  while (k < p.figures.length && p.figures[k].sentence === s.sentence) {
    if (p.figures[k].kind !== 'percent') return undefined;
    k++;
  }
  const others = allStems.filter((o) => o !== stem);
  let part: Figure | undefined;
  let whole: Figure | undefined;
  for (; k < p.figures.length && k <= s.index + MAX_REACH && p.figures[k].sentence === s.sentence + 1; k++) {
    const f = p.figures[k];
    if (!isNumber(f) || isIntensive(f) || isStatedChange(f)) continue;
    const clause = trimGap(lastClause(f.label));
    if (clause.includes(stem) && !others.some((o) => clause.includes(o))) {
      if (part) return undefined;
      part = f;
    } else if (RATE_WHOLE_WORDS.some((w) => clause.includes(w)) && !allStems.some((o) => clause.includes(o))) {
      if (whole) return undefined;
      whole = f;
    }
  }
  // (of the population the rate names: `常住人口出生率` is not over `户籍人口` counts)
  const named = (label: string) => POPULATION_QUALIFIERS.find((q) => label.includes(q));
  const population = named(sentenceHead(p, s));
  if (population && part && whole && [part, whole].some((f) => { const k = named(f.label); return k !== undefined && k !== population; })) return undefined;
  return part && whole && sameUnit(part, whole) && whole.iv.hi >= part.iv.lo ? { part, whole } : undefined;
}

/** `就业率为P。…媒合学员T人，其中已稳定就业A人`: a rate stated before its counts, the part a 其中-part named by the
 *  stem in the next sentence (the only one), the whole its total. */
function rateThenSubset(p: Passage, s: Figure, stem: string, subsetTotals: Map<Figure, Figure>): { part: Figure; whole: Figure } | undefined {
  // (not a 其中 group's rate: `其中80岁及以上长者接种率为P` is not of all those counted after it)
  // (its clause read from its start, past an age in it: `其中80岁及以上长者接种率为`)
  let a = s.cleanStart;
  while (a > 0 && s.cleanStart - a < MAX_CLAUSE_LOOKBACK && !isClauseEndAt(p.text, a - 1)) a--;
  if (/^(?:其中|当中)/.test(p.text.slice(a, s.cleanStart))) return undefined;
  let found: Figure | undefined;
  for (let k = s.index + 1; k < p.figures.length && k <= s.index + MAX_REACH && p.figures[k].sentence <= s.sentence + 1; k++) {
    const f = p.figures[k];
    if (isShare(f) || !isNumber(f) || !f.label.includes(stem) || !subsetTotals.has(f)) continue;
    if (found) return undefined;
    found = f;
  }
  const whole = found && subsetTotals.get(found);
  return found && whole && whole.index > s.index ? { part: found, whole } : undefined;
}

/** A clause is read back at most this far for the words it opens with. */
const MAX_CLAUSE_LOOKBACK = 40;

/** `完工率达P，计划实施的46处工程（总投资…）中已有39处完工` / `投票率为P，在W名选举人中，共有A人前往投票`: a rate
 *  stated before a scope (the next figure of the sentence, then 中) and the members in it that did what the stem names. */
function rateThenScope(p: Passage, s: Figure, stem: string): { part: Figure; whole: Figure } | undefined {
  const whole = p.figures[s.index + 1];
  if (!whole || whole.sentence !== s.sentence || !isNumber(whole) || countClauseEnds(whole.gapBefore) !== 1) return undefined;
  // the members: the next figure of the scope's unit in the sentence (past an aside of another unit)
  let part: Figure | undefined;
  for (let k = whole.index + 1; k < p.figures.length && k <= whole.index + 2 && p.figures[k].sentence === s.sentence; k++) {
    if (isNumber(p.figures[k]) && sameUnit(p.figures[k], whole)) {
      part = p.figures[k];
      break;
    }
  }
  if (!part || part.iv.lo > whole.iv.hi || !SCOPE_THEN_MEMBERS.test(between(p, whole, part))) return undefined;
  // (the stem right after the members, `39处完工`, `A人前往投票`, not an action of some of them, `A人申请移转投票`)
  const did = clauseAfter(p, part).indexOf(stem);
  return part.label.includes(stem) || (did >= 0 && did <= MAX_MEMBER_VERB) ? { part, whole } : undefined;
}
/** Characters that may stand between the members' figure and the stem (`人前往`, `人参加`). */
const MAX_MEMBER_VERB = 3;
/** From a scope's figure to its members': its name, 中, and a verb of having (`名选举人中,共有`, `处工程(…)中已有`). */
const SCOPE_THEN_MEMBERS = /中[,，]?(?:已有|共有|有|共|已)?$/;

/** The total a figure is a 其中-part of, among the relations found so far (for finders not handed the map). */
function subsetTotalIn(out: readonly Relation[], f: Figure): Figure | undefined {
  for (const r of out) if (r.op === 'subset' && r.part === f) return r.total;
  return undefined;
}

/** Clause ends in the gaps from figure a to figure b (not in the figures between: `2,150.9` has a comma too). */
function clauseEndsBetween(p: Passage, a: Figure, b: Figure): number {
  let n = 0;
  for (let k = a.index + 1; k <= b.index; k++) n += countClauseEnds(p.figures[k].gapBefore);
  return n;
}

/** Stems and their opposites: a 失业率 is no share of those employed. */
const OPPOSITE_STEMS: [string, string][] = [['失业', '就业'], ['就业', '失业'], ['死亡', '存活'], ['不良', '正常']];

/** Does a text name a rate's stem, not negated (`已帮扶就业`, not `离校未就业`)? */
function namesStem(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) if (!NEGATIONS.has(text[at - 1])) return true;
  return false;
}

/** Are a two-character stem's characters in a label in order, apart (`取证` in `取得职业资格证书的`)? */
/** What a rate is of, named before its stem (`农村自来水普及率` → `农村自来水`). */
function rateObject(label: string, stem: string): string {
  const at = label.lastIndexOf(stem + '率');
  return at > 0 ? lastClause(label.slice(0, at)) : '';
}

function spreads(stem: string, label: string): boolean {
  const first = label.indexOf(stem[0]);
  return first >= 0 && label.indexOf(stem[1], first + 2) > first && label.indexOf(stem[1], first + 2) - first <= MAX_STEM_SPREAD;
}
const MAX_STEM_SPREAD = 12;
/** A clause after a count that opens on a verb (`建立电子健康档案`): what the counted members had done for them. */
const VERB_OBJECT_AFTER = /^(?:名|位|个|户)?[\u3400-\u9fff]{0,6}?(?:建立|签订|办理|完成|开展|接种|参加|享受)/;

/** What may follow 率 before its figure (`取证率约五成`: an approximation word as well). */
const RATE_TAILS = ['', '为', '是', '达', '达到', ':', '约', '约为', '近', '接近', '已达', '已达到'];

/** Rates of the members that have something (`覆盖率`, `达标率`): under a scope (`N个X中，已有A个…`) the share of the
 *  part in it, whatever the part's clause calls what they have. */
/** Stems of rates of receiving, and the words that say it was given (`获贷率` of those `发放小额信贷` reached). */
const RECEIPT_GIVEN: Readonly<Record<string, RegExp>> = { 获贷: /发放[\u3400-\u9fff]{0,6}(?:贷款|信贷)|放贷/, 受助: /发放[\u3400-\u9fff]{0,6}(?:救助|资助|补助)/ };

/** Stems of rates of receiving, and the words naming those who received (`获得各类资助的A` for 受助率). */
const RECEIPT_NAMED: Readonly<Record<string, RegExp>> = { 受助: /获得[\u3400-\u9fff]{0,6}(?:资助|救助|补助)/, 获贷: /获得[\u3400-\u9fff]{0,6}贷款/ };

/** `累计向其中N户发放小额信贷M，获贷率为P`: the 其中 count right before the amount given, in the amount's clause. */
function givenToPart(p: Passage, s: Figure, amount: Figure, stem: string, subsetTotals: Map<Figure, Figure>, candidates: readonly Figure[]): Figure | undefined {
  const given = RECEIPT_GIVEN[stem];
  const part = p.figures[amount.index - 1];
  if (!given || !part || !subsetTotals.has(part) || !candidates.includes(part) || part.sentence !== s.sentence || sameUnit(part, amount)) return undefined;
  return countClauseEnds(amount.gapBefore) === 0 && countClauseEnds(s.gapBefore) === 1 && given.test(amount.gapBefore) ? part : undefined;
}
/** Stems of care given, whose 比例 is a rate of those cared for over a population (`特困供养比例为P‰`). */
// (not 保障: `护理补贴保障比例` is of a subgroup the text does not count)
const CARE_STEMS = ['供养', '救助'];
const ATTAINMENT_STEMS = ['覆盖', '普及', '达标', '建成', '实现', '通达', '合格', '优良', '达成', '落实', '开工', '竣工', '完工', '签约', '接种', '资格'];
/** The gap from a scope's total to its part: the scope's name and 中, then the part's clause (`个行政村中,已有`, `个行政村中已有`). */
const SCOPED_PART = /^[^,，;；。]{1,12}中(?:[,，]|已有|已经|已)/;

// `…率为P`: the part is the figure named with the rate's stem (参保人数 for 参保率), the whole the one named 应…, or
// the only other same-unit figure that no other rate claims (常住人口 for 出生率 and 死亡率).
export function findRates(p: Passage, out: Relation[], subsetTotals: Map<Figure, Figure>): void {
  let stems: Map<Figure, string> | undefined; // made on the first rate: most paragraphs have none
  let listed: Set<Figure> | undefined; // rates named together (`出生率和死亡率分别为P和Q`)
  for (const s of p.figures) {
    if (!isShare(s) || s.kind !== 'percent') continue;
    const head = s.label;
    const pair = head.includes('分别') ? RESPECTIVE_RATES.exec(head) : null;
    const next = p.figures[s.index + 1];
    if (pair && next && next.kind === 'percent' && isShare(next) && LIST_JOINERS.includes(next.gapBefore)) {
      (stems ??= new Map()).set(s, pair[1]).set(next, pair[2]);
      (listed ??= new Set()).add(s).add(next);
      continue;
    }
    if (stems?.has(s)) continue;
    // (`优良比例为`: a 比例 of members that attain something is a rate as well; `…人数比例` is not read)
    const ratioAt = head.lastIndexOf('率') < 0 ? head.lastIndexOf('比例') : -1;
    // (or any 比例 whose stem names the figure right before it: `其中免费开放39家，免费开放比例达`)
    const prev = s.index > 0 ? p.figures[s.index - 1] : undefined;
    const ratioStem = ratioAt >= 2 ? head.slice(ratioAt - 2, ratioAt) : '';
    const ratio = ratioAt >= 2 && (ATTAINMENT_STEMS.includes(ratioStem) || CARE_STEMS.includes(ratioStem) ||
      (prev !== undefined && prev.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && isNumber(prev) && /^[\u3400-\u9fff]{2}$/.test(ratioStem) && lastClause(prev.label).endsWith(ratioStem))) ? ratioAt : -1;
    // (`参保覆盖面达到`: a rate named by the reach of what its stem does)
    const reachAt = ratio < 0 && head.lastIndexOf('率') < 0 ? head.lastIndexOf('覆盖面') : -1;
    const r = ratio >= 0 ? ratio : reachAt >= 2 ? reachAt : head.lastIndexOf('率');
    if (r < 2 || head.length - r > 5) continue;
    const after = head.slice(r + (ratio >= 0 ? 2 : reachAt >= 2 ? 3 : 1));
    if (!RATE_TAILS.includes(after)) continue;
    let stem = head.slice(r - 2, r);
    // (`培训完成率`, `搬迁完成率`: the rate of doing what is named before 完成)
    // (not a target's, `任务完成率`, nor in a paragraph stating a plan, `计划投资W…投资完成率`: a completion, read with it)
    if (stem === '完成' && r >= 4 && /^[\u3400-\u9fff]{2}$/.test(head.slice(r - 4, r - 2)) && !TARGET_NAMES.test(head.slice(r - 4, r - 2)) &&
      !/年度|全年/.test(head.slice(r - 4, r - 2)) && !TARGET_NAMES.test(p.text)) stem = head.slice(r - 4, r - 2);
    if (!/^[\u3400-\u9fff]{2}$/.test(stem)) continue;
    (stems ??= new Map()).set(s, stem);
  }
  if (stems) for (const [s, stem] of stems) if (!listed?.has(s) && !stemModifierNamed(p, s, stem)) stems.delete(s);
  if (!stems) return;
  const allStems = [...new Set(stems.values())];
  for (const [s, stem] of stems) {
    // `命案7起，全部告破，破案率100%`: a rate of all of the figure right before, said in words, is its own part and whole
    if (statesAllOfIt(s)) continue;
    // `其中重点人群签约A，按重点人群总数W计算，签约率为P`: over the basis stated right before it, of the figure before that
    // named by the stem
    const basis = p.figures[s.index - 1];
    if (basis && basis.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 && isNumber(basis) && isComputationBasis(p, basis)) {
      // (of any unit: `受理用户申诉A件，以全省电信用户总数W户计，用户申诉率为P` is complaints per user)
      // (or the figure right before the basis, of its unit, when the rate's name shares a word with it: `认定工伤A人，按工伤保险
      // 参保职工W人计算，工伤发生率为P`)
      const before = p.figures[basis.index - 1];
      const named = lookBack(p, basis.index, s.sentence, (f) => isNumber(f) && f.label.includes(stem) && !isStatedChange(f) && !isComparisonBase(f));
      // (the level it fell or rose to, when the figure so named is where a change started: `介入前貧窮人口為B，介入後降至A，…
      // 以…W人計算，貧窮率為P` is of A)
      const reached = named ? p.figures[named.index + 1] : undefined;
      const part = (reached && reached !== basis && reached.sentence === named!.sentence && isNumber(reached) && sameUnit(reached, named!) && countClauseEnds(reached.gapBefore) === 1 &&
        LEVEL_REACHED.test(trimGap(reached.gapBefore)) ? reached : named) ??
        (before && before.sentence === s.sentence && isNumber(before) && sameUnit(before, basis) && !isStatedChange(before) && !isComparisonBase(before) &&
          countClauseEnds(basis.gapBefore) === 1 && sharesBigram(lastClause(s.label), lastClause(before.label)) ? before : undefined);
      if (part) out.push({ op: 'ratio', part, whole: basis, stated: s });
      continue;
    }
    // 增长率 / 下降率 are changes, not shares; a rate with a fixed definition (毛利率: revenue less cost over revenue) is
    // read by findDefinedRates alone
    if (CHANGE_VERBS.some((v) => v.word.length === 2 && stem === v.word) || stem === '增速' ||
      // (`不良贷款率`, `资产负债率`: a defined rate named longer than its stem)
      DEFINED_RATES.some((d) => d.name.endsWith(stem + '率') && (d.name === stem + '率' || s.label.includes(d.name)) &&
        !(d.alsoGeneric && !d.part.some((w) => p.text.includes(w)))) ||
      OTHER_DEFINED_RATES.some((name) => s.label.includes(name))) continue;
    const candidates: Figure[] = [];
    for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REACH && p.figures[k].sentence >= s.sentence - 1; k--) {
      // a per-share or per-head figure (`基本每股收益1.26元`) is neither part nor whole of a rate; a daily average
      // (`平均每日占床数`) is a count like any
      if (isNumber(p.figures[k]) && (!isIntensive(p.figures[k]) || isTimeAverage(p.figures[k]))) candidates.unshift(p.figures[k]);
    }
    // 完成率, and 达成率 as company reports write it
    if (stem === '完成' || stem === '达成') {
      // the part named as done, or else the figure before the target in its sentence (`新增就业5.42万人，年度目标任务为4.9万
      // 人，目标完成率113.7%`)
      // a target is named before its figure (`年度目标任务为4.9万人`) or after it (`超额完成110万人的年度目标`)
      const namesTarget = (f: Figure) => TARGET_NAMES.test(f.label) || TARGET_AFTER.test(p.text.slice(f.cleanEnd, f.cleanEnd + 6));
      const target = [...candidates].reverse().find((f) => namesTarget(f) && f.sentence === s.sentence);
      const part = [...candidates].reverse().find((f) => (f.label.includes('完成') || f.label.includes('达成')) && !namesTarget(f)) ??
        (target ? [...candidates].reverse().find((f) => f.index < target.index && f.sentence === s.sentence && sameUnit(f, target) && !namesTarget(f) && !isStatedChange(f)) : undefined) ??
        // (or the figure right after the target, right before the rate: `建屋目标为T，截至十二月底已落成A，完成率为P`)
        (target && p.figures[s.index - 1] !== target && p.figures[s.index - 1]?.index === target.index + 1 && isNumber(p.figures[s.index - 1]) &&
          sameUnit(p.figures[s.index - 1], target) && !isStatedChange(p.figures[s.index - 1]) && countClauseEnds(s.gapBefore) === 1 ? p.figures[s.index - 1] : undefined) ??
        // (or past its own change and base: `目标为T，全年实际收入A，较上年的B增长C，目标达成率为P`)
        (target ? doneAfterTarget(p, target, s) : undefined) ??
        // (or the work done, stated in the sentence before, when the target opens the rate's own: `全县建成高标准农田A，其中…B。
        // 全县年度建设任务为T，任务完成率达到P`)
        (target && !candidates.some((f) => f.sentence === s.sentence && f !== target && sameUnit(f, target)) ?
          [...candidates].reverse().find((f) => f.sentence === s.sentence - 1 && sameUnit(f, target) && !isStatedChange(f) && !isComparisonBase(f) && !subsetTotals.has(f) &&
            WORK_DONE.test(lastClause(f.label))) : undefined);
      // The target before the rate, or named right after it (`完成率为118.0%，年度计划为5.00万亩`).
      // (not a target stated right after another task's completion: `完成封山育林A，年度计划为T；完成退化林修复B，完成率为P`)
      const othersTarget = (f: Figure) => {
        const done = f.index > 0 ? p.figures[f.index - 1] : undefined;
        return !!done && done !== part && done.sentence === f.sentence && isNumber(done) && sameUnit(done, f) && /完成/.test(done.label) &&
          countClauseEnds(f.gapBefore) === 1 && !sharesTrigram(nameIn(done.label), nameIn(part!.label));
      };
      const isTarget = (f: Figure) => f !== part && isNumber(f) && sameUnit(f, part!) && namesTarget(f) && !othersTarget(f);
      const next = p.figures[s.index + 1];
      const whole = part && (candidates.find(isTarget) ??
        (next && next.sentence === s.sentence && countClauseEnds(next.gapBefore) === 1 && isTarget(next) ? next : undefined));
      // (a 其中 part's rate is of its own plan, which a plan of the whole stated before the part's total is not:
      // `年度计划投资T，…累计完成投资W…。其中，42个省市重点项目完成投资A，投资完成率达P`)
      const partTotal = part && subsetTotals.get(part);
      if (part && whole && partTotal && whole.index < partTotal.index) continue;
      if (part && whole) out.push({ op: 'ratio', part, whole, stated: s });
      // (or a rate stated first, the work done and the target after it in its sentence: `目标任务完成率达到P，累计新增就业A，
      // 全年目标任务为T`)
      else if (!candidates.some((f) => f.sentence === s.sentence)) {
        const ahead = completionAfter(p, s, namesTarget);
        if (ahead) out.push({ op: 'ratio', part: ahead.part, whole: ahead.whole, stated: s });
      }
      continue;
    }
    // (`未就业` does not name the 就业 of a 就业率)
    // (or by the words of receiving it, `获得各类资助的A` for 受助率)
    const received = RECEIPT_NAMED[stem];
    // (or by what follows the figure in its clause, the stem spread over verb and object: `已为A名居民建立电子健康档案，建档率`)
    // (by its clause only when its own words name no other rate's stem: `出生人口A、死亡人口B` for 出生率 is A)
    const named = (f: Figure) => namesStem(f.label, stem) || (namesStem(f.clauseHead, stem) && !allStems.some((o) => o !== stem && f.label.includes(o))) || (received !== undefined && received.test(lastClause(f.label))) ||
      (f.sentence === s.sentence && f.index === s.index - 1 && countClauseEnds(s.gapBefore) === 1 && VERB_OBJECT_AFTER.test(clauseAfter(p, f)) && spreads(stem, clauseAfter(p, f)));
    let part = [...candidates].reverse().find((f) => named(f) && !namesDue(f.clauseHead, stem));
    // `培训T，其中取得…证书的A，取证率约P`: a 其中-part right before the rate, named by the stem's two characters spread
    // over the verb and its object (取得…证书 for 取证), is the rate's part of its total
    // (past the part's change, in a clause of its own: `为…53.2萬人中的A提供健康管理服務，較上年增加C，健康管理率為P`)
    const right = p.figures[s.index - 1];
    const pastChange = right && isStatedChange(right) && right.index > 0 && countClauseEnds(right.gapBefore) === 1 && countClauseEnds(s.gapBefore) === 1;
    const before = pastChange ? p.figures[right.index - 1] : right;
    // (or named by what the rate is of, in the part's clause: `其中已有A人喝上…自来水，农村自来水普及率达到P`)
    if (!part && before && subsetTotals.has(before) && candidates.includes(before) && before.sentence === s.sentence && countClauseEnds(s.gapBefore) === 1 &&
      // (or by the stem itself after it: `已为其中A人完成免费健康体检，体检率达P`)
      (spreads(stem, before.label) || sharesBigram(rateObject(s.label, stem), clauseAfter(p, before)) || clauseAfter(p, before).includes(stem) ||
        // (or by a stem of attainment under a scope: `1286个行政村中，已有1126个建成服务站，覆盖率达P`)
        (ATTAINMENT_STEMS.includes(stem) && SCOPED_PART.test(between(p, subsetTotals.get(before)!, before))) ||
        // (or by the rate's whole modifier, four characters or more, as where the part is: `其中在普惠性幼儿园就读的A，普惠性幼儿园覆盖率`)
        namesRateModifier(s.label, stem, before.label))) part = before;
    // `向其中N户发放小额信贷M，获贷率为P`: a 其中 group given what the stem says was received, the amount in between
    if (!part && before) part = givenToPart(p, s, before, stem, subsetTotals, candidates);
    // `参加城乡居民医保人数A，应参保人数B，参保率为P`: with the whole named 应 and the stem, a part naming the stem spread
    // over verb and object (参加…医保 for 参保)
    if (!part && candidates.some((f) => namesDue(f.clauseHead, stem))) part = [...candidates].reverse().find((f) => spreads(stem, f.label) && !namesDue(f.clauseHead, stem));
    if (!part) {
      // `出生率为P，出生人口A；死亡率为Q，死亡人口B。年末常住人口C`: a rate stated before its count, the population after
      const ahead = rateThenCount(p, s, stem, allStems) ?? rateThenSubset(p, s, stem, subsetTotals) ?? rateThenScope(p, s, stem) ??
        ratesThenCounts(p, s, stem, allStems);
      if (ahead) {
        if (!stated(out, s)) out.push({ op: 'ratio', part: ahead.part, whole: ahead.whole, stated: s });
        continue;
      }
    }
    if (!part) {
      // `可用产能为412万片，实际投片量为337万片，产能利用率为86.2%`: nothing named by the stem; the two figures right
      // before the rate are its part and whole
      const pair = adjacentPair(p, s, stem);
      if (pair && !stated(out, s)) out.push({ op: 'ratio', part: pair.part, whole: pair.whole, stated: s });
      continue;
    }
    // `总负债812.4亿元，其中流动负债624.8亿元；资产负债率为…`: a 其中-part of a figure named the same way is the
    // narrower one; the rate is of its total.
    const partTotal = subsetTotals.get(part);
    // (a rate named with the 其中 group's own words, `其中重点人群签约A，重点人群签约率为P`, is over that group, whose size
    // the text does not give)
    // (but a rate named by the way its part does what the stem says, `集中供养率` of `其中集中供养A` under `救助供养T`, is the
    // part's over its total)
    const rateAt = lastClause(s.label).lastIndexOf(stem);
    const manner = rateAt >= 2 ? lastClause(s.label).slice(rateAt - 2, rateAt) : '';
    const byManner = partTotal !== undefined && MANNER_MODIFIERS.includes(manner) && part.label.includes(manner + stem) && !partTotal.label.includes(manner);
    if (partTotal && !byManner && namesGroupOnly(lastClause(s.label), part.label, partTotal.label, stem)) continue;
    if (partTotal && !byManner && candidates.includes(partTotal) && named(partTotal)) part = partTotal;
    const others = candidates.filter((f) => f !== part && sameUnit(f, part));
    // (a due whole holds its part: `应签约的重点人群86.4万人` is no whole of `全人群签约312.6万人`)
    let whole = others.find((f) => namesDue(f.clauseHead, stem) && f.iv.hi >= part!.iv.lo);
    // `毕业生4,856人，其中已落实4,312人，落实率为…`: the part's 其中-total
    const total = subsetTotals.get(part);
    // (not a total counted by the rate's own act: `参加医疗保险T人，…其中脱贫人口参保A人，参保率100%` is over the group's
    // population, which the text does not give)
    if (!whole && total && others.includes(total) && !(DUE_RATE_STEMS.includes(stem) && spreads(stem, lastClause(total.label)))) whole = total;
    if (!whole) {
      // Without 应…, only a figure named as a whole (人口, 营收, 总数 …) that no other rate claims.
      // (of the part's own population: `常住人口出生A，出生率` is not over `户籍人口`, which has its own rate)
      const qualifier = POPULATION_QUALIFIERS.find((q) => part!.clauseHead.includes(q) || s.label.includes(q));
      const free = others.filter((f) => !allStems.some((o) => o !== stem && (f.label.includes(o) || f.clauseHead.includes(o))) &&
        (!qualifier || !POPULATION_QUALIFIERS.some((q) => q !== qualifier && f.label.includes(q))) &&
        !named(f) && RATE_WHOLE_WORDS.some((w) => f.clauseHead.includes(w)) && f.iv.hi >= part.iv.lo);
      // `常住人口1268.4万人…。其中，城镇常住人口968.7万人…。全年出生人口…，出生率为`: a 其中-part is a subgroup, and a rate
      // named without it is of the whole population
      // a candidate in the rate's own sentence is taken over one further back (`招生总数51.4万人。…毕业生24.5万人，
      // 落实23.6万人，落实率为`)
      const here = free.filter((f) => f.sentence === s.sentence);
      const wholes = [...new Set((here.length > 0 ? here : free).map((f) => subsetTotals.get(f) ?? f))];
      if (wholes.length === 1) whole = wholes[0];
    }
    // `参保率为86.2%，应参保人数445.3万人` / `，辖区常住老年人口61.7万人`: the whole named right after the rate
    if (!whole) whole = wholeAfterRate(p, s, part, stem, allStems);
    // `考核23,716人次，取证18,520人次，取证率为78.2%`: the figure right before the part, in its sentence
    if (!whole) {
      const pair = adjacentPair(p, s, stem);
      if (pair && pair.part === part) whole = pair.whole;
    }
    // `消费券共发放W，每张满200元减50元，已核销A，核销率为P`: past smaller figures of its unit, the one figure of the sentence
    // named as what was given out, planned or offered (as adjacentPair's whole) that can hold the part
    // (only for a part said done so far, `已核销`, and a rate of its own, not one of a 分别 list)
    if (!whole && !listed?.has(s) && DONE_SO_FAR_PART.test(trimGap(lastClause(part.label)))) {
      const wide = others.filter((f) => f.sentence === s.sentence && f.index < part!.index && f.iv.hi >= part!.iv.lo && !isStatedChange(f) && !isComparisonBase(f) &&
        GIVEN_OUT_WHOLE.test(lastClause(f.label)));
      if (wide.length === 1) whole = wide[0];
    }
    // `脱贫人口5.62万人，其中有劳动能力的3.84万人，已实现就业3.71万人，就业率为…`: a 其中-part of the whole that
    // could hold the part is another possible base; with two, nothing is checked.
    // (not for births and deaths, which are over the whole population by definition: `常住人口W，其中65岁及以上人口C。全年出生
    // 人口A，出生率为P` is over W)
    // (one larger than the whole is no base but a slip, which part-exceeds-total reports: `結訓學員W人，其中女性學員A人（A > W）`)
    if (whole && !VITAL_RATE_STEMS.includes(stem) && others.some((f) => f !== whole && subsetTotals.get(f) === whole && f.iv.hi >= part!.iv.lo && f.iv.lo <= whole!.iv.hi)) continue;
    // (a rate of the whole population, `全人群签约率`, is not over a group's count, `重点人群签约A`)
    if (whole && WHOLE_POPULATION_RATE.test(s.label) && SUBGROUP_COUNT.test(part.label)) continue;
    if (whole) out.push({ op: 'ratio', part, whole, stated: s });
  }
}

/** `W，P，…率为R` in one sentence: R right after P, P right after W, each in a clause of its own, both counts of one
 *  unit and W no smaller than P. What a rate named by its own noun is read over when nothing else names its whole. */
function adjacentPair(p: Passage, s: Figure, stem: string): { part: Figure; whole: Figure } | undefined {
  let part = p.figures[s.index - 1];
  // (past an age in the part's own clause, naming whom it counts: `已为A名65岁及以上老年人提供健康管理服务，健康管理率为P`)
  while (part && part.unit === '岁' && part.index > 0 && countClauseEnds(part.gapBefore) === 0) part = p.figures[part.index - 1];
  let whole = part && p.figures[part.index - 1];
  // (past a span of time in the part's own clause: `結訓學員共W人，結訓三個月後就業者A人，訓後就業率為P`)
  const span = whole && countClauseEnds(part.gapBefore) === 0 && TIME_SPAN_UNITS.has(whole.unit) && whole.index > 0 ? whole : undefined;
  if (span) whole = p.figures[span.index - 1];
  // (or the figure of the sentence before that the rate's modifier names, when the part opens the rate's sentence:
  // `全市共有行政村W个、城市社区C个。截至年底，已建成…A个，行政村覆盖率达到P`)
  const named = whole && part && whole.sentence === s.sentence - 1 && part.sentence === s.sentence && !span ? namedByModifier(p, s, part, stem) : undefined;
  if (named) whole = named;
  if (!whole || part.sentence !== s.sentence || (whole.sentence !== s.sentence && !named)) return undefined;
  // `服务使用人数为A，推估需求人数为W，服务涵盖率为P`: the whole named as the need, stated after the part
  if (NEED_WHOLE.test(lastClause(part.label)) && !NEED_WHOLE.test(lastClause(whole.label)) && part.iv.hi >= whole.iv.lo) [part, whole] = [whole, part];
  // (the whole may name what the part is counted of, in the same clause: `146个项目已开工132个，开工率为`)
  // (a rate after a semicolon opens a topic of its own: `就业人口A，其中本地居民B；就业不足率为P`)
  if (countClauseEnds(s.gapBefore) !== 1 || (!named && countClauseEnds(span ? span.gapBefore : part.gapBefore) > 1) || /[;；]/.test(s.gapBefore)) return undefined;
  const counts = (f: Figure) => isNumber(f) && (!isIntensive(f) || isTimeAverage(f)) && !isStatedChange(f) && !isComparisonBase(f);
  if (!counts(part) || !counts(whole) || !sameUnit(part, whole) || whole.iv.hi < part.iv.lo) return undefined;
  // (`就业人数A，失业率为P`: the part names the opposite of the rate's stem)
  if (OPPOSITE_STEMS.some(([x, y]) => stem === x && part.label.includes(y) && !part.label.includes(x))) return undefined;
  if (!named && !ADJACENT_WHOLE_WORDS.some((w) => whole.label.includes(w))) return undefined;
  // `户籍人口出生率` is of the 户籍 population, not of the 常住 one named right before the part
  const qualifier = POPULATION_QUALIFIERS.find((q) => s.label.includes(q));
  if (qualifier && !whole.label.includes(qualifier)) return undefined;
  if (DUE_RATE_STEMS.includes(stem) && GENERAL_POPULATIONS.test(whole.label)) return undefined;
  return { part, whole };
}

/** The figure of the sentence before a rate, in the part's unit, named by the words before the rate's stem (`行政村` of
 *  `行政村覆盖率`). */
function namedByModifier(p: Passage, s: Figure, part: Figure, stem: string): Figure | undefined {
  const name = lastClause(s.label);
  const at = name.indexOf(stem + '率');
  const modifier = at >= 2 ? withoutContext(name.slice(0, at)) : '';
  // (three characters or more: `人口出生率` names no group by `人口`, which ends many names)
  if (modifier.length < 3) return undefined;
  return lookBack(p, part.index, s.sentence - 1, (f) => f.sentence === s.sentence - 1 && isNumber(f) && sameUnit(f, part) && listItemName(f).endsWith(modifier));
}

/** A part said done so far (`截至目前已核销`, `累计已使用`). */
const DONE_SO_FAR_PART = /(?:^|[\u3400-\u9fff]{0,6})(?:已|累计已)(?:核销|使用|兑付|拨付|支付|发放|到位|领取)$/;
/** What was given out, planned or set aside, of which a part was done so far (`共发放`, `计划安排`, `预算`). */
const GIVEN_OUT_WHOLE = /发放|计划|预算|安排|下达|申请|受理/;

/** Units of a span of time, which a clause may state before the count it is about (`三個月後就業者A人`). */
const TIME_SPAN_UNITS = new Set(['个月', '天', '日', '周', '年', '小时']);

/** A whole named as what is needed or due (`需求人数`, `应服务人数`), which may follow the part. */
const NEED_WHOLE = /需求|需要|应(?:参保|服务|入学|接种|到|就业|覆盖)/;

/** Has a relation already been found for this stated figure? */
function stated(out: readonly Relation[], s: Figure): boolean {
  return out.some((r) => 'stated' in r && r.stated === s);
}

/** Does a clause name the figure a rate is due over: 应 and the rate's stem (`应参保人数`), or split by what is joined
 *  (`应参加城乡居民医保人数` for 参保率)? */
function namesDue(head: string, stem: string): boolean {
  if (head.includes('应' + stem)) return true;
  // (or 应 and the stem's verb alone, its first character a prefix of it: `应缴` for `收缴率`, `应交` for `上交率`)
  if (DUE_VERB_PREFIXES.has(stem[0]) && head.includes('应' + stem[1])) return true;
  const at = head.indexOf('应' + stem[0]);
  return at >= 0 && head.indexOf(stem[1], at + 2) >= 0 && head.indexOf(stem[1], at + 2) - at <= MAX_DUE_SPLIT;
}

/** First characters of a stem that only qualify its verb (`收缴` is 缴, `上交` is 交). */
const DUE_VERB_PREFIXES = new Set(['收', '上']);

/** How far apart the two characters of a split stem may be (`应参加城乡居民医保`). */
const MAX_DUE_SPLIT = 12;

/** The first figure in the part's unit after a rate, in the rate's sentence and a clause of its own, when it is named
 *  as the whole (应参保人数, …人口) and not by this or another rate's stem; undefined otherwise. */
function wholeAfterRate(p: Passage, s: Figure, part: Figure, stem: string, allStems: readonly string[]): Figure | undefined {
  // (past another rate's own count and rate: `出生人口A，出生率P；死亡人口B，死亡率Q；年末常住人口W`)
  let pastOtherRate = false;
  for (let k = s.index + 1; k < p.figures.length && k <= s.index + 3; k++) {
    const f = p.figures[k];
    // (in the next sentence, past another rate's too: `出生人口A，出生率P；死亡人口B，死亡率Q。年末常住人口W`)
    if (f.sentence !== s.sentence) return f.sentence === s.sentence + 1 ? wholeInNextSentence(p, s, part, allStems) : undefined;
    if (!isNumber(f) || !sameUnit(f, part)) continue;
    if (!pastOtherRate && k === s.index + 1 && allStems.some((o) => o !== stem && lastClause(f.label).includes(o))) {
      pastOtherRate = true;
      continue;
    }
    if (pastOtherRate && countClauseEnds(between(p, s, f)) <= 3 && !isIntensive(f) && !isStatedChange(f) && f.iv.hi >= part.iv.lo &&
      RATE_WHOLE_WORDS.some((w) => f.clauseHead.includes(w)) && !allStems.some((o) => f.clauseHead.includes(o))) return f;
    // `参保率达到P（以户籍人口W为基数）`, `签约率P（按常住人口W计算）`: a base the text declares, whatever it is
    if (k === s.index + 1 && /^\((?:以|按)/.test(between(p, s, f)) && /^(?:为基数|为分母|计算|为基础|计\))/.test(p.text.slice(f.cleanEnd, f.cleanEnd + 4)) &&
      f.iv.hi >= part.iv.lo) return f;
    if (countClauseEnds(between(p, s, f)) !== 1 || isIntensive(f) || isStatedChange(f) || f.iv.hi < part.iv.lo) return undefined;
    const head = f.clauseHead;
    // (those due, or in the rate's scope: `签约率为P；全市纳入签约范围的重点人群共W`)
    if (head.includes('应' + stem) || head.includes(stem + '范围')) return f;
    if (allStems.some((o) => head.includes(o)) || !RATE_WHOLE_WORDS.some((w) => head.includes(w))) return undefined;
    return f;
  }
  return undefined;
}

// `65歲以上長者已接種218.6萬人，接種率為50.2%。依內政部資料，全國65歲以上人口為418.7萬人。`: a rate that ends its
// sentence, whose whole is the first count of the next one, named as a population (人口 …) of the part's age group.
function wholeInNextSentence(p: Passage, s: Figure, part: Figure, allStems: readonly string[]): Figure | undefined {
  const next = lookAhead(p, s.index, s.sentence + 1, (f) => f.sentence === s.sentence + 1 && isNumber(f) && sameUnit(f, part));
  if (!next || isIntensive(next) || isStatedChange(next) || next.iv.hi < part.iv.lo) return undefined;
  if (allStems.some((o) => next.clauseHead.includes(o)) || !RATE_WHOLE_WORDS.some((w) => next.clauseHead.includes(w))) return undefined;
  // (a group within the population is none: `年末常住人口中城镇人口C`)
  if (SCOPED_GROUP.test(lastClause(next.label))) return undefined;
  // the same age group, or none on either side
  const ageOf = (f: Figure) => {
    const before = p.figures[f.index - 1];
    return before && before.unit === '岁' && before.sentence === f.sentence && countClauseEnds(f.gapBefore) === 0 ? before.value : null;
  };
  return ageOf(part) === ageOf(next) ? next : undefined;
}

/** `锂电池材料业务营收占公司营业收入的比重为`: a share opening its sentence with the part's name and the whole's (groups 1
 *  and 2). */
const RESTATED_SHARE = /^([\u3400-\u9fff]{4,16}?)占([\u3400-\u9fff]{2,12}?)的?(?:比重|比例)?(?:为|达到|达|是)?$/;
/** Verbs between a name and its figure that the name restated without them leaves out (`业务实现营收` → `业务营收`). */
const STATED_WITH = /实现|完成|达到|为|达|是/g;

// `…，锂电池材料业务实现营收A，…。锂电池材料业务营收占公司营业收入的比重为P`: a share that opens its own sentence by
// restating a part of the sentence before, by name, and naming its whole (read only where a sentence opens so).
export function findRestatedShares(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'percent' || s.index === 0 || !hasSentenceEnd(s.gapBefore) || !s.gapBefore.includes('占')) continue;
    const m = RESTATED_SHARE.exec(trimGap(s.gapBefore.slice(lastSentenceEnd(s.gapBefore) + 1)));
    if (!m || stated(out, s)) continue;
    const bare = (label: string) => lastClause(label).replace(STATED_WITH, '');
    const part = lookBack(p, s.index, s.sentence - 1, (f) => f.sentence === s.sentence - 1 && isNumber(f) && !isStatedChange(f) && bare(f.label) === m[1]);
    if (!part) continue;
    const whole = lookBack(p, part.index, 0, (f) => isNumber(f) && sameUnit(f, part) && f !== part && !isStatedChange(f) && !isComparisonBase(f) &&
      (bare(f.label).endsWith(m[2]) || namesOneWhole(m[2], f.label)) && f.iv.hi >= part.iv.lo);
    if (whole) out.push({ op: 'ratio', part, whole, stated: s });
  }
}

/** `赔付支出336.8亿元，按已赚保费计算的赔付率为65.9%`: a rate said to be computed on a named base (group 1), of the
 *  figure before it. */
const RATE_ON_NAMED_BASE = /按([\u3400-\u9fff]{2,10}?)(?:计算|计)的?[\u3400-\u9fff]{0,8}率(?:为|达到|达|是)?$/;

// A rate computed on a base the text names (`按已赚保费计算的赔付率为P`): the figure before it over the figure so named,
// in its sentence or the one before. Read only where 按 is written.
export function findRatesOnNamedBase(p: Passage, out: Relation[]): void {
  if (!p.text.includes('按')) return;
  for (const s of p.figures) {
    if (s.kind !== 'percent' || s.index === 0 || !s.gapBefore.includes('按')) continue;
    const base = RATE_ON_NAMED_BASE.exec(trimGap(lastClause(s.gapBefore)));
    if (!base || stated(out, s)) continue;
    const part = p.figures[s.index - 1];
    if (!isNumber(part) || part.sentence !== s.sentence || countClauseEnds(s.gapBefore) !== 1 || part.label.includes(base[1])) continue;
    const whole = lookBack(p, part.index, s.sentence - 1, (f) => isNumber(f) && sameUnit(f, part) && f.label.includes(base[1]) && !isStatedChange(f) && !isComparisonBase(f));
    if (whole) out.push({ op: 'ratio', part, whole, stated: s });
  }
}

// `男性X，女性Y，性别比为N` / `城镇…X元，农村…Y元，城乡收入比为N`: a bare ratio of two named figures.
/** `在校学生T人，专任教师N人，生师比为P`: the head counts the ratio's words name, no part of a list, no average, no change;
 *  of one group: the one the ratio's name opens with (`小學生師比`), else the same words before both names (`大專校院學生總數`
 *  and `大專校院專任教師`, not `境外學生`). */
function namedAverageRatio(p: Passage, out: Relation[], s: Figure, ratio: (typeof NAMED_AVERAGE_RATIOS)[number]): void {
  const name = lastClause(s.label);
  const group = withoutContext(trimGap(name.slice(0, name.indexOf(ratio.name))));
  const isPart = (f: Figure) => out.some((r) => r.op === 'subset' && r.part === f);
  // the words before the name in the figure's label, past its period, place and a verb of having
  const before = (f: Figure, w: string) => {
    const label = withoutContext(trimGap(lastClause(f.label))).replace(/^其中[,，]?/, '');
    const at = label.indexOf(w);
    return at < 0 ? undefined : label.slice(0, at).replace(/(?:共有|共|有)$/, '');
  };
  // (the words in their order: `學生總數` before the nearer `境外學生`)
  const headCount = (words: readonly string[], fits: (prefix: string) => boolean) => {
    for (const w of words) {
      const f = lookBack(p, s.index, 0, (f) => {
        const prefix = isNumber(f) && f.unit === '人' && !isIntensive(f) && !isStatedChange(f) && !isComparisonBase(f) && !isPart(f) ? before(f, w) : undefined;
        return prefix !== undefined && (group === '' ? fits(prefix) : prefix.includes(group));
      });
      if (f) return { f, prefix: before(f, w)! };
    }
    return undefined;
  };
  const count = headCount(ratio.count, () => true);
  const total = count && headCount(ratio.total, (prefix) => prefix.endsWith(count.prefix) || count.prefix.endsWith(prefix));
  if (total && count && total.f !== count.f) out.push({ op: 'average', total: total.f, count: count.f, stated: s, factor: 1 });
}

// `参保率达P（参保A人/应参保W人）`: a rate with its part and whole in an aside right after it, written as a fraction.
export function findSlashedRatios(p: Passage, out: Relation[]): void {
  // Most paragraphs write no fraction of figures: one scan of the text first.
  if (p.text.indexOf('/') < 0) return;
  for (const s of p.figures) {
    if (s.kind !== 'percent' || s.value === null) continue;
    const part = p.figures[s.index + 1];
    const whole = p.figures[s.index + 2];
    if (!part || !whole || part.sentence !== s.sentence || whole.sentence !== s.sentence || !isNumber(part) || !isNumber(whole) || !sameUnit(part, whole)) continue;
    if (!SLASH_ASIDE_OPEN.test(part.gapBefore) || !SLASH_BETWEEN.test(whole.gapBefore) || !p.text.startsWith(')', whole.cleanEnd)) continue;
    if (!out.some((r) => 'stated' in r && r.stated === s)) out.push({ op: 'ratio', part, whole, stated: s });
  }
}
/** The aside's opening before the part (`（参保`) and the slash before the whole (`/应参保`), names at most. */
const SLASH_ASIDE_OPEN = /^\([\u3400-\u9fff]{0,8}$/;
const SLASH_BETWEEN = /^\/[\u3400-\u9fff]{0,8}$/;

export function findNamedRatios(p: Passage, out: Relation[]): void {
  for (const s of p.figures) {
    if (s.kind !== 'number' || s.unit !== '' || s.value === null) continue;
    const average = NAMED_AVERAGE_RATIOS.find((r) => s.label.includes(r.name));
    if (average) {
      namedAverageRatio(p, out, s, average);
      continue;
    }
    // (past the base in brackets, `性别比（以女性为100）为N`)
    const named = NAMED_RATIOS.find((r) => s.label.includes(r.name) && /^(?:\([^()]{1,12}\))?(?:为|是|:)?$/.test(s.label.slice(s.label.lastIndexOf(r.name) + r.name.length)));
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
