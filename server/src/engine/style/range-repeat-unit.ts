// GB/T 15835-2011, 5.1.3: in a range, a unit may be dropped from the first figure only when that causes no ambiguity.
// The standard's own examples keep %, 万 and 亿 on both figures: `15%～30%` (not `15～30%`), `9亿～16亿` (not `9～16亿`),
// `13万元～17万元` (not `13～17万元`). Plain units may be dropped (`100—150 kg`), so only those suffixes are checked.
// Only the range marks the standard names (～ and the dash —, plus ~ and – as typed) are checked: `3至5万` in running
// prose is left alone.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { arabicFigureEnd, arabicFigureStart, isArabicDigit, isAsciiLetter, isChineseNumeralChar, startsFigure } from './chars';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { T_RANGE, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'range-repeat-unit',
  defaultSeverity: 'information',
  docs: docsPath('range-repeat-unit'),
};

/** Range marks in the clean text (normalize() folds ～ to ~, and 〜 to ～). */
const RANGE_MARKS: ReadonlySet<string> = new Set(['~', '～', '—', '–', '-']);

const RANGE_MARK_CODES: ReadonlySet<number> = new Set([...RANGE_MARKS].map((c) => c.charCodeAt(0)));

/** Suffixes whose omission on the first figure is ambiguous; longest first. */
const REPEATED_SUFFIXES: readonly string[] = ['万亿', '亿', '万', '%', '‰'];

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if (!(triggers(text) & T_RANGE)) return [];
  const findings: StyleFinding[] = [];
  for (let mark = 1; mark < text.length - 1; mark++) {
    if (!RANGE_MARK_CODES.has(text.charCodeAt(mark))) continue;
    // `——` is a Chinese dash, not a range mark.
    if (text[mark] === '—' && (text[mark - 1] === '—' || text[mark + 1] === '—')) continue;
    if (!isArabicDigit(text[mark - 1]) || !isArabicDigit(text[mark + 1])) continue;

    let firstStart = arabicFigureStart(text, mark);
    if (!startsFigure(text, firstStart) || isChineseNumeralChar(text[firstStart - 1])) continue;
    // A leading minus belongs to the first figure (`-5~10%`), unless it is itself a range mark of a chain (`1-2-3%`).
    if (text[firstStart - 1] === '-' && !isArabicDigit(text[firstStart - 2])) firstStart--;
    else if (RANGE_MARKS.has(text[firstStart - 1])) continue;

    const secondStart = mark + 1;
    const secondEnd = arabicFigureEnd(text, secondStart);
    const suffix = REPEATED_SUFFIXES.find((s) => text.startsWith(s, secondEnd));
    if (!suffix) continue;
    const end = secondEnd + suffix.length;
    // `1-2-3%`, `2020-05-10%`: chains of figures are dates or codes, not ranges.
    if (RANGE_MARKS.has(text[end]) && isArabicDigit(text[end + 1])) continue;
    if (isAsciiLetter(text[end]) || isArabicDigit(text[end])) continue;

    const first = Number(text.slice(firstStart, mark).split(',').join(''));
    const second = Number(text.slice(secondStart, secondEnd).split(',').join(''));
    // With the suffix repeated a range must rise; `5000~1亿` means something else (5000万?), so leave it.
    if (!(first < second)) continue;

    const fix =
      originalSlice(ctx.norm, firstStart, mark) +
      originalSlice(ctx.norm, secondEnd, end) +
      originalSlice(ctx.norm, mark, end);
    const suffixText = originalSlice(ctx.norm, secondEnd, end);
    findings.push({
      cleanStart: firstStart,
      cleanEnd: end,
      messageId: meta.code,
      args: { text: originalSlice(ctx.norm, firstStart, end), suffix: suffixText, fix },
      fixText: fix,
    });
  }
  return report(ctx, meta, findings);
}

export const rangeRepeatUnit: Rule = { meta, check };
