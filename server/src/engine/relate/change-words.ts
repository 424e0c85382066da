// Change words: which change (if any) the text right before a figure states (`比上年增长`, `降幅为`, `增至`), and
// whether a figure is a change or the base of a comparison. Read once per figure and kept on it.
import type { Direction } from '../relate';
import { LE, OPEN_PAREN, SPACE } from '../tables/codes';
import { CHANGE_NOUNS, CHANGE_VERBS, HEAD_COUNT_UNITS, MONEY_CHANGE_VERBS, NOT_CHANGE_ENDINGS } from './cues';
import { type Figure, countClauseEnds, trimGap } from './passage';

/** A figure stated as the base of a comparison (`比上年的1980.2亿元`, `上年为…`): another period, not a part. */
export function isComparisonBase(f: Figure): boolean {
  return COMPARED_WITH.test(f.label) || /(?:上年|去年|上年同期|去年同期|上年末)(?:的|为|是)?$/.test(f.label) || PRIOR_NAMED_ASIDE.test(f.label) ||
    PRIOR_POINTER.test(f.label) || isPriorAside(f);
}

/** `A（去年同期：B）`: a prior-period figure in an aside right after the figure it is the base of. */
export function isPriorAside(f: Figure): boolean {
  return priorAsidePeriod(f) !== undefined;
}
/** The period named in such an aside (`去年同期`, `上年`, `去年同月`), or undefined. */
export function priorAsidePeriod(f: Figure): string | undefined {
  // (the colon ends a label, `（去年同期：`; a copula does not, `（上年末为`)
  return f.label === '' ? PRIOR_COLON_ASIDE.exec(f.gapBefore)?.[1] : f.label.charCodeAt(0) === OPEN_PAREN ? PRIOR_COLON_ASIDE.exec(f.label)?.[1] : undefined;
}
const PRIOR_COLON_ASIDE = /\((上年|去年|上年同期|去年同期|去年同月|上年同月|上年末|去年末|去年底)(?:[:：]|为|是)$/;

/** `上年同期的这一数据为`: the prior period's figure of the measure just stated. */
const PRIOR_POINTER = /(?:上年|去年)(?:同期|同月|末)?的?(?:这一|该)[\u3400-\u9fff]{0,4}(?:为|是)$/;

/** `（上年税收收入为291.7亿元）`: a prior-period figure named in an aside. */
const PRIOR_NAMED_ASIDE = /^\((?:上年|去年|上年同期|去年同期|上年末)[\u3400-\u9fff]{0,10}(?:为|是)$/;

/** A figure stated as a change (`比上年末增加8.2万人`): an increment, never the total of a 其中. */
export function isStatedChange(f: Figure): boolean {
  const c = changeBefore(f);
  return !!c && !c.toLevel;
}

/** A figure written as the base of a comparison: `较上季的`, `比2020年末的` right before it. */
export const BASE_AFTER_COMPARISON = /(?:比|较)[^,，;；]{0,8}的$/;

/** What may stand between a comparison base and its change verb (`较去年同期的B年增P`). */
// (名义: a nominal change, of the figures as stated: `比上年的B名义增长P`; 则 sets it against another comparison: `較上年同月的B則下降X`; 累计, all of it since then: `較年初的B累計上升P`)
export const ADVERBS = ['', '年', '月', '季', '同比', '按年', '按月', '环比', '净', '名义', '则', '累计'];

/** 比 / 较 as "compared with", not inside 比重 / 比例 / 占比 / 比率, nor 较 as "rather" before an adjective
 *  (`有较强融资需求的企业`, `较为明显`). */
export const COMPARED_WITH = /(?:^|[^占对])(?:比(?![重例率快大高好对])|较(?![重例率快大高好强弱多少低小长短轻慢差为优深广稳严明显早晚宽窄远难易]))/;

/** `增加到2023年的` / `提高到`: the next figure is the new level of a 由…到 change. */
export function reachesLevel(gap: string): boolean {
  // (or is set to it: `由年初的B调整为A`)
  return countClauseEnds(gap) === 0 && (gap.includes('到') || gap.includes('至') || gap.endsWith('调整为'));
}

export interface Change {
  verb: string;
  direction: Direction;
  /** `增长到` / `提高至`: the figure after the verb is the new level, not the change. */
  toLevel: boolean;
}

/** Change nouns with the words that may follow them (`增幅为`, `增幅达到`), in the order they are tried. */
const CHANGE_NOUN_ENDINGS = CHANGE_NOUNS.flatMap((n) => ['为', '达到', '达', '是', ''].map((tail) => ({ verb: n.word + tail, direction: n.direction })));

const YUE = '约'.charCodeAt(0);

/** Last characters (as char codes) of every change word and of 到/至, which a verb may carry: a quick no for most gaps. */
const CHANGE_LAST_CODES = new Set([...CHANGE_NOUN_ENDINGS.map((e) => e.verb), ...CHANGE_VERBS.map((v) => v.word), '到', '至'].map((w) => w.charCodeAt(w.length - 1)));

/**
 * A word list split by its words' last character, each bucket in the list's order: the first word of the bucket a
 * gap ends with is the first word of the whole list it ends with, found without trying the other 170-odd words
 * (gaps ending in 为, 达, 是, 到 are common, and most end no change word at all).
 */
function byLastCode<T>(items: readonly T[], word: (item: T) => string): Map<number, T[]> {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const w = word(item);
    const code = w.charCodeAt(w.length - 1);
    let bucket = buckets.get(code);
    if (!bucket) buckets.set(code, (bucket = []));
    bucket.push(item);
  }
  return buckets;
}
const NOUN_ENDINGS_BY_LAST = byLastCode(CHANGE_NOUN_ENDINGS, (e) => e.verb);
const NOT_CHANGE_BY_LAST = byLastCode(NOT_CHANGE_ENDINGS, (w) => w);
const VERBS_BY_LAST = byLastCode(CHANGE_VERBS, (v) => v.word);
const NONE: readonly never[] = [];

/** The change verb right before a figure (`，同比增长了` → 增长), or undefined. */
export function changeBefore(f: Figure): Change | undefined {
  if (f.changeBefore === undefined) {
    let c = changeAtEnd(f.gapBefore);
    // (`增收4.82万人`: a money verb before a head count counts those it reached)
    if (c && MONEY_CHANGE_VERBS.has(c.verb) && HEAD_COUNT_UNITS.has(f.unit)) c = undefined;
    f.changeBefore = c ?? null;
  }
  return (f.changeBefore as Change | null) ?? undefined;
}

/** The change verb a gap ends with (`，同比增长了` → 增长), or undefined. */
export function changeAtEnd(gap: string): Change | undefined {
  // Figures side by side (`1、2`), or a gap whose last character (trailing spaces and 了 aside, as trimGap drops
  // them) ends no change word: the common cases, answered before any string is made.
  let b = gap.length;
  while (b > 0 && (gap.charCodeAt(b - 1) === SPACE || gap.charCodeAt(b - 1) === LE)) b--;
  // (and an approximation word before the figure, as trimGap drops it: `按年上升約64.5%`)
  if (b > 1 && gap.charCodeAt(b - 1) === YUE) b--;
  if (b === 0 || !CHANGE_LAST_CODES.has(gap.charCodeAt(b - 1))) return undefined;
  let g = trimGap(gap);
  if (g === '') return undefined;

  // 年均增长 / 平均每年增长 are compound rates, not the change between the two figures.
  if (/年均|平均|每年/.test(g)) return undefined;
  const last = g.charCodeAt(g.length - 1);
  for (const e of NOUN_ENDINGS_BY_LAST.get(last) ?? NONE) if (g.endsWith(e.verb)) return { verb: e.verb, direction: e.direction, toLevel: false };
  for (const w of NOT_CHANGE_BY_LAST.get(last) ?? NONE) if (g.endsWith(w)) return undefined;
  let toLevel = false;
  if (g.endsWith('到') || g.endsWith('至')) {
    g = g.slice(0, -1);
    toLevel = true;
  }
  for (const v of VERBS_BY_LAST.get(g.charCodeAt(g.length - 1)) ?? NONE) if (g.endsWith(v.word)) return { verb: v.word, direction: v.direction, toLevel };
  return undefined;
}

export const PRIOR_PERIOD = /去年|上年|上一年|上季|上月|上个学年|上学年|上一学年/;
