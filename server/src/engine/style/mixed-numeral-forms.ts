// GB/T 15835-2011, 4.3: figures of the same kind in one expression take the same form. Its example is the date:
// `2008年8月8日` or `二〇〇八年八月八日`, never `二〇〇八年8月8日`. This rule checks dates (year, month, day).
// No fix: which of the two forms the writer wants is not certain.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { CHINESE_DIGIT_VALUE, isArabicDigit, isAsciiLetter, smallChineseValue } from './chars';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { MIXED_DATE, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'mixed-numeral-forms',
  defaultSeverity: 'information',
  docs: docsPath('mixed-numeral-forms'),
};

type Form = 'arabic' | 'chinese';

interface Part {
  start: number;
  end: number;
  form: Form;
}

const CHINESE_MONTH_DAY_CHARS = '一二三四五六七八九十廿卅';

/** The month or day figure that ends at `end` (exclusive), read leftwards; 1–2 Arabic digits or a short Chinese numeral. */
function partEndingAt(text: string, end: number, max: number): Part | null {
  let start = end;
  while (start > 0 && end - start < 2 && isArabicDigit(text[start - 1])) start--;
  if (start < end) {
    if (isArabicDigit(text[start - 1]) || isAsciiLetter(text[start - 1]) || text[start - 1] === '.') return null;
    const v = Number(text.slice(start, end));
    return v >= 1 && v <= max ? { start, end, form: 'arabic' } : null;
  }
  while (start > 0 && end - start < 3 && CHINESE_MONTH_DAY_CHARS.indexOf(text[start - 1]) >= 0) start--;
  if (start === end || CHINESE_MONTH_DAY_CHARS.indexOf(text[start - 1]) >= 0) return null;
  const v = smallChineseValue(text.slice(start, end).replace('廿', '二十').replace('卅', '三十'));
  return v !== null && v >= 1 && v <= max ? { start, end, form: 'chinese' } : null;
}

/** The day figure that starts at `start`, followed by 日 or 号. */
function dayStartingAt(text: string, start: number): Part | null {
  let end = start;
  while (end < text.length && end - start < 2 && isArabicDigit(text[end])) end++;
  if (end === start) while (end < text.length && end - start < 3 && CHINESE_MONTH_DAY_CHARS.indexOf(text[end]) >= 0) end++;
  if (end === start || (text[end] !== '日' && text[end] !== '号')) return null;
  return partEndingAt(text, end, 31)?.start === start ? partEndingAt(text, end, 31) : null;
}

/** A four-figure year ending at `end` (before 年): `2008` or `二〇〇八` / `二零零八`. */
function yearEndingAt(text: string, end: number): Part | null {
  if (end < 4) return null;
  const start = end - 4;
  const slice = text.slice(start, end);
  const before = text[start - 1];
  let arabic = true;
  let chinese = true;
  for (const ch of slice) {
    if (!isArabicDigit(ch)) arabic = false;
    if (!(ch in CHINESE_DIGIT_VALUE) || ch === '两') chinese = false;
  }
  if (arabic && !isArabicDigit(before) && !isAsciiLetter(before)) return { start, end, form: 'arabic' };
  if (chinese && !(before !== undefined && before in CHINESE_DIGIT_VALUE)) return { start, end, form: 'chinese' };
  return null;
}

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if ((triggers(text) & MIXED_DATE) !== MIXED_DATE) return [];
  const findings: StyleFinding[] = [];
  for (let month = text.indexOf('月'); month >= 0; month = text.indexOf('月', month + 1)) {
    const monthPart = partEndingAt(text, month, 12);
    if (!monthPart) continue;
    const parts: Part[] = [monthPart];
    if (text[monthPart.start - 1] === '年') {
      const year = yearEndingAt(text, monthPart.start - 1);
      if (year) parts.unshift(year);
    }
    const day = dayStartingAt(text, month + 1);
    if (day) parts.push(day);
    if (parts.length < 2 || parts.every((p) => p.form === parts[0].form)) continue;
    const start = parts[0].start;
    const end = parts[parts.length - 1].end + 1; // the 年/月/日 after the last part
    findings.push({ cleanStart: start, cleanEnd: end, messageId: meta.code, args: { text: originalSlice(ctx.norm, start, end) } });
  }
  return report(ctx, meta, findings);
}

export const mixedNumeralForms: Rule = { meta, check };
