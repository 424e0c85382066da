// GB/T 15835-2011, 4.2.2: approximations with 几, and approximations made of two adjacent numerals, are written in
// Chinese numerals: `20几` → `二十几`, `100几十` → `一百几十`, `5、6个` → `五六个`.
// (`100多件`, `20余次`, `约300人` may use Arabic digits: 4.3.)
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { dunhaoApproximationAt } from './approximation';
import { isArabicDigit, isChineseNumeralChar, SMALL_UNIT_VALUE, startsFigure, toChineseNumeral } from './chars';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { T_DUNHAO_ARABIC, T_JI, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'approx-chinese-numerals',
  defaultSeverity: 'information',
  docs: docsPath('approx-chinese-numerals'),
};

/** Words that start with 几 but are not the numeral (几乎 "almost", 几何 "geometry"). */
const NOT_NUMERAL_JI: readonly string[] = ['几乎', '几何'];

const DIGIT_CHARS = '〇一二三四五六七八九';

/** Value of an Arabic prefix such as `20`, `2十`, `1百5十`; null if it is not a whole number made of those. */
function prefixValue(prefix: string): number | null {
  let total = 0;
  let pending = '';
  for (const ch of prefix) {
    if (isArabicDigit(ch)) {
      pending += ch;
    } else if (ch in SMALL_UNIT_VALUE) {
      if (pending === '') return null;
      total += Number(pending) * SMALL_UNIT_VALUE[ch];
      pending = '';
    } else {
      return null;
    }
  }
  return total + (pending === '' ? 0 : Number(pending));
}

function findJiApproximations(text: string, findings: StyleFinding[], ctx: RuleContext): void {
  for (let ji = text.indexOf('几'); ji >= 0; ji = text.indexOf('几', ji + 1)) {
    if (NOT_NUMERAL_JI.some((w) => text.startsWith(w, ji))) continue;
    let start = ji;
    while (start > 0 && ji - start < 12 && (isArabicDigit(text[start - 1]) || text[start - 1] in SMALL_UNIT_VALUE)) start--;
    // Must begin with an Arabic digit at a figure boundary; a Chinese numeral before it (`一百2几`) is another mess.
    if (start === ji || !isArabicDigit(text[start]) || !startsFigure(text, start) || isChineseNumeralChar(text[start - 1])) continue;
    const value = prefixValue(text.slice(start, ji));
    const chinese = value === null ? null : toChineseNumeral(value);
    const original = originalSlice(ctx.norm, start, ji + 1);
    if (chinese === null) {
      findings.push({ cleanStart: start, cleanEnd: ji + 1, messageId: `${meta.code}.nofix`, args: { text: original } });
      continue;
    }
    const fix = chinese + originalSlice(ctx.norm, ji, ji + 1);
    findings.push({ cleanStart: start, cleanEnd: ji + 1, messageId: meta.code, args: { text: original, fix }, fixText: fix });
  }
}

/** Magnitudes after which 2 reads 二 (二三十个), not 两 (两三个). */
const TENS_AND_UP = '十百千万亿';

function findArabicDunhaoPairs(text: string, findings: StyleFinding[], ctx: RuleContext): void {
  for (let mark = text.indexOf('、'); mark >= 0; mark = text.indexOf('、', mark + 1)) {
    const pair = dunhaoApproximationAt(text, mark, 'arabic');
    if (!pair) continue;
    const first = pair.a === 2 && TENS_AND_UP.indexOf(text[pair.second + 1]) < 0 ? '两' : DIGIT_CHARS[pair.a];
    const fix = first + DIGIT_CHARS[pair.b];
    findings.push({
      cleanStart: pair.first,
      cleanEnd: pair.second + 1,
      messageId: meta.code,
      args: { text: originalSlice(ctx.norm, pair.first, pair.second + 1), fix },
      fixText: fix,
    });
  }
}

function check(ctx: RuleContext) {
  const flags = triggers(ctx.norm.text);
  if (!(flags & (T_JI | T_DUNHAO_ARABIC))) return [];
  const findings: StyleFinding[] = [];
  if (flags & T_JI) findJiApproximations(ctx.norm.text, findings, ctx);
  if (flags & T_DUNHAO_ARABIC) findArabicDunhaoPairs(ctx.norm.text, findings, ctx);
  return report(ctx, meta, findings);
}

export const approxChineseNumerals: Rule = { meta, check };
