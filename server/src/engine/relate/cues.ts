// Cue words the relation finder reads, as data. All in simplified script: the finder reads the clean text.
import type { Direction } from '../relate';

/** Words after a total that introduce its parts. */
export const SUBSET_CUES = ['其中', '当中', '包括'];

/** What sits between a whole and its stated share or multiple: `26万人的143.0%`, `总数的比重为`. */
export const WHOLE_OF_CUES = ['的', '的比重为', '的比例为', '的比率为', '的比重', '的比例', '的比率', '的比重是', '的比例是'];

/** Words before a stated total of a preceding list (`…和144.7亿元，合计512.7亿元`). */
export const TOTAL_CUES = ['合计', '合计为', '合计达', '共计', '共计为', '总计', '总计为', '总共', '合共', '共'];

/** Change verbs, longest first where one ends another (提高 before 高). */
export const CHANGE_VERBS: { word: string; direction: Direction }[] = [
  { word: '增长', direction: 'up' },
  { word: '成长', direction: 'up' },
  { word: '高出', direction: 'up' },
  { word: '多出', direction: 'up' },
  { word: '增产', direction: 'up' },
  { word: '增收', direction: 'up' },
  { word: '减产', direction: 'down' },
  { word: '减收', direction: 'down' },
  { word: '增加', direction: 'up' },
  { word: '上升', direction: 'up' },
  { word: '提高', direction: 'up' },
  { word: '提升', direction: 'up' },
  { word: '上涨', direction: 'up' },
  { word: '增多', direction: 'up' },
  { word: '扩大', direction: 'up' },
  { word: '加快', direction: 'up' },
  { word: '回升', direction: 'up' },
  { word: '下降', direction: 'down' },
  { word: '衰退', direction: 'down' },
  { word: '放缓', direction: 'down' },
  { word: '减缓', direction: 'down' },
  { word: '减少', direction: 'down' },
  { word: '回落', direction: 'down' },
  { word: '降低', direction: 'down' },
  { word: '下滑', direction: 'down' },
  { word: '下跌', direction: 'down' },
  { word: '缩小', direction: 'down' },
  { word: '收窄', direction: 'down' },
  { word: '高', direction: 'up' },
  { word: '低', direction: 'down' },
  { word: '多', direction: 'up' },
  { word: '少', direction: 'down' },
  // Taiwan and Hong Kong shorthand: 年增 / 年減 / 較上月降
  { word: '增', direction: 'up' },
  { word: '减', direction: 'down' },
  { word: '升', direction: 'up' },
  { word: '降', direction: 'down' },
];

/** Nouns naming a change, used as `降幅为P` / `增速达P`. */
export const CHANGE_NOUNS: { word: string; direction: Direction }[] = [
  { word: '增幅', direction: 'up' },
  { word: '涨幅', direction: 'up' },
  { word: '增速', direction: 'up' },
  { word: '降幅', direction: 'down' },
  { word: '跌幅', direction: 'down' },
];

export interface PerCapitaCue {
  cue: string;
  /** Units a count may have; empty: read it from the words after 平均. */
  countUnits: string[];
  factor: number;
  /** The count must be named with this word (每千人口 → 人口), and the total must not. */
  countLabel?: string;
  /** The total must be named with this word instead of sharing a word with the stated figure. */
  totalHint?: string;
}

/** Most specific first. */
export const PER_CAPITA_CUES: PerCapitaCue[] = [
  { cue: '每千人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  { cue: '每万人口', countUnits: ['人'], factor: 10000, countLabel: '人口' },
  { cue: '每十万人口', countUnits: ['人'], factor: 100000, countLabel: '人口' },
  { cue: '亩产', countUnits: ['亩'], factor: 1, totalHint: '产' },
  { cue: '亩均', countUnits: ['亩'], factor: 1 },
  { cue: '户均', countUnits: ['户'], factor: 1 },
  // 人次 too: a tourist's spending per visit (`接待游客1.2亿人次，…，人均花费1350元`)
  { cue: '人均', countUnits: ['人', '人次', '名', '位'], factor: 1 },
  { cue: '月均', countUnits: [], factor: 1 },
  { cue: '平均', countUnits: [], factor: 1 },
];

const MASS: Record<string, number> = { 吨: 1000, 公斤: 1, 千克: 1, 斤: 0.5, 克: 0.001 };

/** Factor converting a total in `from` units to `to` units (吨 → 公斤: 1000); 1 for equal units; undefined otherwise. */
export function massFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  if (from in MASS && to in MASS) return MASS[from] / MASS[to];
  return undefined;
}

/** Words that name the whole a rate is taken of, when it is not written 应… (出生率 of 常住人口, 毛利率 of 营收). */
export const RATE_WHOLE_WORDS = ['人口', '营收', '营业收入', '总收入', '收入总额', '总数', '总额', '总量', '总人数', '共有', '总'];

/** Bare ratios named in the text: numerator and denominator are the figures named with these words. */
export const NAMED_RATIOS: { name: string; numerator: string; denominator: string }[] = [
  { name: '性别比', numerator: '男', denominator: '女' },
  { name: '收入比', numerator: '城', denominator: '农' },
];

/** Words naming the population a per-head figure is taken over, to choose among several head counts. */
export const POPULATION_WORDS = ['人口', '员工', '职工', '从业人员', '人数', '居民', '户数', '总户数', '农户'];

/** Rates with a fixed definition: part ÷ whole, each named in the text with one of its words. */
export const DEFINED_RATES: { name: string; part: string[]; whole: string[] }[] = [
  { name: '城镇化率', part: ['城镇人口', '城镇常住人口'], whole: ['常住人口', '总人口'] },
  { name: '研发投入强度', part: ['研发经费', '研发投入', 'R&D经费'], whole: ['地区生产总值', '生产总值', 'GDP'] },
  { name: '恩格尔系数', part: ['食品烟酒', '食品'], whole: ['消费支出'] },
];
