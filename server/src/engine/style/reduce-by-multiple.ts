// `降低3倍`, `减少两倍`: a quantity cannot fall by a multiple of itself. Chinese editing practice (and the 1987
// 《关于出版物上数字用法的试行规定》 that GB/T 15835 grew from) asks for a percentage or a fraction instead.
// No fix: `降低N倍` is used both for "fell to 1/N" and "fell to 1/(N+1)"; the message spells out the 1/N reading.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { arabicFigureEnd, isArabicDigit, smallChineseValue } from './chars';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { T_DECREASE_VERB, T_MULTIPLE, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'reduce-by-multiple',
  defaultSeverity: 'information',
  docs: docsPath('reduce-by-multiple'),
};

/** Verbs of decrease; longest first. */
const DECREASE_VERBS: readonly string[] = ['降低', '减少', '下降', '缩小', '缩减', '减小', '减低', '压缩', '降'];

const VERB_FIRST_CODES = new Set(DECREASE_VERBS.map((v) => v.charCodeAt(0)));

const CHINESE_MULTIPLE_CHARS = '一二两三四五六七八九十';

function multipleAt(text: string, start: number): { end: number; value: number | null } | null {
  if (isArabicDigit(text[start])) {
    const end = arabicFigureEnd(text, start);
    return { end, value: Number(text.slice(start, end).split(',').join('')) };
  }
  let end = start;
  while (end < text.length && end - start < 3 && CHINESE_MULTIPLE_CHARS.indexOf(text[end]) >= 0) end++;
  if (end === start) return null;
  return { end, value: smallChineseValue(text.slice(start, end)) };
}

function formatPercent(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if ((triggers(text) & (T_MULTIPLE | T_DECREASE_VERB)) !== (T_MULTIPLE | T_DECREASE_VERB)) return [];
  const findings: StyleFinding[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!VERB_FIRST_CODES.has(text.charCodeAt(i))) continue;
    const verb = DECREASE_VERBS.find((v) => text.startsWith(v, i));
    if (!verb) continue;
    // 降 alone only when it is not the tail of another verb (下降, 升降 are handled or not decreases).
    if (verb === '降' && (text[i - 1] === '下' || text[i - 1] === '升' || text[i + 1] === '低')) continue;
    let pos = i + verb.length;
    if (text[pos] === '了') pos++;
    const multiple = multipleAt(text, pos);
    if (!multiple) continue;
    let end = multiple.end;
    if (text[end] === '多' || text[end] === '余') end++;
    if (text[end] !== '倍') continue;
    end++;
    const original = originalSlice(ctx.norm, i, end);
    const n = multiple.value;
    if (n !== null && n >= 2) {
      const percent = formatPercent((1 - 1 / n) * 100);
      findings.push({
        cleanStart: i, cleanEnd: end, messageId: meta.code,
        args: { text: original, verb: originalSlice(ctx.norm, i, i + verb.length), n, percent },
      });
    } else {
      findings.push({ cleanStart: i, cleanEnd: end, messageId: `${meta.code}.generic`, args: { text: original } });
    }
    i = end - 1;
  }
  return report(ctx, meta, findings);
}

export const reduceByMultiple: Rule = { meta, check };
