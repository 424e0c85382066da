// Approximation markers that repeat or contradict each other around one figure: `约50%左右` (约 and 左右 both say
// "about"), `超过3万人以上`, `不到10人左右`, `近5万余人`, `100多个左右`. Not a clause of GB/T 15835-2011 but a standard
// editing rule for Chinese prose (语义重复 / 自相矛盾). No fix: which marker the writer meant is not certain.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { arabicFigureEnd, isArabicDigitCode, isChineseNumeralChar, isChineseNumeralCode, isHanChar, startsFigure } from './chars';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { mayHaveRedundantApproximation, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'redundant-approximation',
  defaultSeverity: 'information',
  docs: docsPath('redundant-approximation'),
};

type Bound = 'about' | 'over' | 'under' | 'more';

/** Markers written before the figure; longest first so 将近 wins over 近. */
const PREFIX_MARKERS: ReadonlyArray<[string, Bound]> = [
  ['大约', 'about'], ['大概', 'about'], ['约', 'about'],
  ['超过', 'over'], ['多于', 'over'], ['高于', 'over'], ['大于', 'over'], ['逾', 'over'],
  ['将近', 'under'], ['接近', 'under'], ['不到', 'under'], ['不足', 'under'], ['少于', 'under'], ['低于', 'under'],
  ['小于', 'under'], ['近', 'under'],
];

/** Characters before 约 / 近 that make them part of another word (节约, 条约, 最近, 附近 …). */
const NOT_MARKER_BEFORE: Readonly<Record<string, string>> = {
  '约': '节条合契预签制违履邀特相婉誓盟租和缔规简隐俭践赴失爽守解毁立成公',
  '近': '最附将接邻靠亲贴逼临',
};

/** Markers written after the figure and its unit. */
const SUFFIX_MARKERS: ReadonlyArray<[string, Bound]> = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'over'], ['以下', 'under'], ['以内', 'under'],
];

/** Verdict for a pair of markers (first, second); absent pairs are fine or too unclear to report. */
const VERDICT: Readonly<Record<string, 'doubled' | 'contradictory'>> = {
  'about+about': 'doubled',
  'over+over': 'doubled',
  'over+more': 'doubled',
  'under+under': 'doubled',
  'more+about': 'doubled',
  'more+over': 'doubled',
  'over+about': 'contradictory',
  'over+under': 'contradictory',
  'under+about': 'contradictory',
  'under+over': 'contradictory',
  'under+more': 'contradictory',
  'more+under': 'contradictory',
};

/** Small words allowed between a prefix marker and the figure: 约为, 超过了, 约有, 近达. */
const LINKS = '了为有达是';
const DIAN = 0x70b9; // 点
const DUO = 0x591a; // 多
const YU = 0x4f59; // 余
/** Suffixes of the figure itself, before any unit. */
const FIGURE_SUFFIXES: readonly string[] = ['个百分点', '%', '‰', '成', '倍'];
/** Characters that end a unit: a unit is a short run of Han characters without these. */
const NOT_IN_UNIT = '的和与及或是在为了比较其中占增减降达约近超';
const MAX_UNIT = 4;

interface Marker {
  start: number;
  end: number;
  bound: Bound;
}

/** Last characters of the prefix markers, by code unit: a cheap test (run for every figure) before trying the words. */
const PREFIX_LAST_CODES: ReadonlySet<number> = new Set(PREFIX_MARKERS.map(([w]) => w.charCodeAt(w.length - 1)));
const LINK_CODES: ReadonlySet<number> = new Set([...LINKS].map((c) => c.charCodeAt(0)));

function prefixBefore(text: string, figureStart: number): Marker | null {
  let end = figureStart;
  if (LINK_CODES.has(text.charCodeAt(end - 1))) end--;
  if (!PREFIX_LAST_CODES.has(text.charCodeAt(end - 1))) return null;
  for (const [word, bound] of PREFIX_MARKERS) {
    const start = end - word.length;
    if (start < 0 || !text.startsWith(word, start)) continue;
    const deny = NOT_MARKER_BEFORE[word];
    if (deny && start > 0 && deny.indexOf(text[start - 1]) >= 0) return null;
    return { start, end: start + word.length, bound };
  }
  return null;
}

/** End of the figure starting at `start`: Arabic digits with magnitude words, or a run of Chinese numerals. */
function figureEnd(text: string, start: number): number {
  let j = start;
  if (isArabicDigitCode(text.charCodeAt(start))) {
    j = arabicFigureEnd(text, start);
    for (;;) {
      const c = text.charCodeAt(j);
      if (isArabicDigitCode(c)) j = arabicFigureEnd(text, j);
      else if (isChineseNumeralCode(c)) j++;
      else return j;
    }
  }
  for (;;) {
    const c = text.charCodeAt(j);
    if (!(isChineseNumeralCode(c) || (c === DIAN && isChineseNumeralCode(text.charCodeAt(j + 1))))) return j;
    j++;
  }
}

/** The first pair of markers (in text order) that the verdict table condemns. */
function firstVerdict(markers: Marker[]): { first: Marker; second: Marker; verdict: 'doubled' | 'contradictory' } | null {
  for (let a = 0; a < markers.length; a++) {
    for (let b = a + 1; b < markers.length; b++) {
      const verdict = VERDICT[`${markers[a].bound}+${markers[b].bound}`];
      if (verdict) return { first: markers[a], second: markers[b], verdict };
    }
  }
  return null;
}

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if (!mayHaveRedundantApproximation(triggers(text))) return [];
  const findings: StyleFinding[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const arabicStart = isArabicDigitCode(code) && startsFigure(text, i);
    const chineseStart = !arabicStart && isChineseNumeralCode(code) && code !== 0x4e07 /* 万 */ && code !== 0x4ebf /* 亿 */ &&
      !(i > 0 && isChineseNumeralCode(text.charCodeAt(i - 1)));
    if (!arabicStart && !chineseStart) {
      i++;
      continue;
    }
    const start = i;
    let pos = figureEnd(text, start);
    i = Math.max(pos, start + 1);

    const markers: Marker[] = [];
    const prefix = prefixBefore(text, start);
    if (prefix) markers.push(prefix);
    const after = text.charCodeAt(pos);
    if (after === DUO || after === YU) {
      markers.push({ start: pos, end: pos + 1, bound: 'more' });
      pos++;
    }
    // A suffix alone is one marker: without a prefix or 多/余 there is nothing to pair it with.
    if (markers.length === 0) continue;
    const figureSuffix = FIGURE_SUFFIXES.find((s) => text.startsWith(s, pos));
    if (figureSuffix) pos += figureSuffix.length;
    let unitEnd = pos;
    let suffix: Marker | null = null;
    for (;;) {
      const found = SUFFIX_MARKERS.find(([w]) => text.startsWith(w, unitEnd));
      if (found) {
        suffix = { start: unitEnd, end: unitEnd + found[0].length, bound: found[1] };
        break;
      }
      const c = text[unitEnd];
      if (unitEnd - pos >= MAX_UNIT || !isHanChar(c) || isChineseNumeralChar(c) || NOT_IN_UNIT.indexOf(c) >= 0) break;
      unitEnd++;
    }
    if (suffix) markers.push(suffix);
    if (markers.length < 2) continue;

    const pair = firstVerdict(markers);
    if (pair) {
      // From the prefix marker, or from the figure when the first marker is its own 多/余 (`100多个左右`).
      const spanStart = Math.min(markers[0].start, start);
      const spanEnd = markers[markers.length - 1].end;
      findings.push({
        cleanStart: spanStart,
        cleanEnd: spanEnd,
        messageId: `${meta.code}.${pair.verdict}`,
        args: {
          text: originalSlice(ctx.norm, spanStart, spanEnd),
          first: originalSlice(ctx.norm, pair.first.start, pair.first.end),
          second: originalSlice(ctx.norm, pair.second.start, pair.second.end),
        },
      });
    }
    if (suffix) i = Math.max(i, suffix.end);
  }
  return report(ctx, meta, findings);
}

export const redundantApproximation: Rule = { meta, check };
