// GB/T 15835-2011, 5.3: Arabic digits may be combined with 万 and 亿 (`10亿零817万5288`), but not with 十/百/千:
// `4千` → `4000`, `1百零8` → `108`, `2千万` → `2000万`.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { arabicFigureEnd, inWidthOf, isArabicDigit, isArabicDigitCode, startsFigure } from './chars';
import { parseDecimal, sumAll, toExact, type Dec } from '../decimal';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { T_ARABIC_SMALL_UNIT, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'arabic-with-chinese-unit',
  defaultSeverity: 'information',
  docs: docsPath('arabic-with-chinese-unit'),
};

const POWER: Readonly<Record<string, number>> = { '十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3 };

/** Words in which 十/百/千 is not a numeral unit: metric prefixes and everyday words (`5千米` is 5 km, not 5000米). */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  '千米', '千克', '千瓦', '千伏', '千卡', '千焦', '千帕', '千赫', '千兆', '千字', '千比特', '千公顷',
  '百帕', '百分', '百货', '百强', '百姓', '百科',
  '十分', '十足', '十字',
]);

/** Magnitude words that may follow an Arabic group; longest first. */
const MAGNITUDES: ReadonlyArray<[string, number]> = [['万亿', 12], ['亿', 8], ['万', 4]];

/** Characters that continue a figure without being 十/百/千, and 十/百/千 themselves, by code unit: the scan below
 *  visits every character of a candidate chunk, and `text[i]` would allocate a string for each CJK one. */
const RUN_CODES: ReadonlySet<number> = new Set([...'.,万亿零'].map((c) => c.charCodeAt(0)));
const POWER_CODES: ReadonlySet<number> = new Set(Object.keys(POWER).map((c) => c.charCodeAt(0)));

interface Parsed {
  end: number;
  /** Pieces of the fixed text: computed figures, and clean spans to copy from the original (magnitude words, so
   *  `2千萬` keeps its 萬). Null when the reading is not certain (`3千5` may mean 3500). */
  fixed: Array<string | [number, number]> | null;
  value: number | null;
  usedSmallUnit: boolean;
  inUnitWord: boolean;
}

function startsUnitWord(text: string, unitAt: number): boolean {
  for (const len of [2, 3, 4]) if (UNIT_WORDS.has(text.slice(unitAt, unitAt + len))) return true;
  return false;
}

/** One group below a magnitude word: `3千5百`, `1百零8`, `4千`, `2`. */
function parseGroup(text: string, start: number): { end: number; terms: Dec[]; certain: boolean; usedSmallUnit: boolean; inUnitWord: boolean } {
  const terms: Dec[] = [];
  let pos = start;
  let lastPower = 99;
  let certain = true;
  let usedSmallUnit = false;
  let inUnitWord = false;
  let afterZero = false;
  for (;;) {
    if (text[pos] === '零' && isArabicDigit(text[pos + 1]) && terms.length > 0) {
      afterZero = true;
      pos++;
      continue;
    }
    if (!isArabicDigit(text[pos])) break;
    const figureEnd = arabicFigureEnd(text, pos);
    const figure = text.slice(pos, figureEnd);
    const unit = text[figureEnd];
    if (unit !== undefined && unit in POWER) {
      const power = POWER[unit];
      if (power >= lastPower || (terms.length > 0 && (figure.length !== 1 || afterZero))) certain = false;
      if (startsUnitWord(text, figureEnd)) inUnitWord = true;
      terms.push(parseDecimal(figure, power));
      usedSmallUnit = true;
      lastPower = power;
      afterZero = false;
      pos = figureEnd + 1;
      continue;
    }
    // A bare figure: the whole group (`1万2千` → first group `1`), the units after 十 (`3十5`),
    // or what follows 零 (`1百零8`). A bare figure right after 百/千 without 零 is colloquial and uncertain.
    if (terms.length > 0) {
      const bound = afterZero ? 10 ** (lastPower - 1) : 10 ** lastPower;
      const intOk = figure.indexOf('.') < 0 && figure.indexOf(',') < 0 && Number(figure) < bound;
      if (!(intOk && (afterZero || lastPower === 1))) certain = false;
    }
    terms.push(parseDecimal(figure, 0));
    pos = figureEnd;
    break;
  }
  return { end: pos, terms, certain, usedSmallUnit, inUnitWord };
}

function parseMixed(text: string, start: number): Parsed {
  let pos = start;
  const fixed: Array<string | [number, number]> = [];
  let certain = true;
  let usedSmallUnit = false;
  let inUnitWord = false;
  let value = 0;
  for (;;) {
    const group = parseGroup(text, pos);
    if (group.terms.length === 0) break;
    certain = certain && group.certain;
    usedSmallUnit = usedSmallUnit || group.usedSmallUnit;
    inUnitWord = inUnitWord || group.inUnitWord;
    const groupValue = sumAll(group.terms);
    fixed.push(toExact(groupValue));
    pos = group.end;
    const magnitude = MAGNITUDES.find(([word]) => text.startsWith(word, pos));
    value += Number(toExact(groupValue)) * 10 ** (magnitude ? magnitude[1] : 0);
    if (!magnitude) break;
    fixed.push([pos, pos + magnitude[0].length]);
    pos += magnitude[0].length;
    // `10亿零817万`: 零 may lead into the next group.
    const next = text[pos] === '零' && isArabicDigit(text[pos + 1]) ? pos + 1 : pos;
    if (!isArabicDigit(text[next])) break;
    if (next !== pos) fixed.push([pos, next]);
    pos = next;
  }
  return { end: pos, fixed: certain ? fixed : null, value: certain ? value : null, usedSmallUnit, inUnitWord };
}

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if (!(triggers(text) & T_ARABIC_SMALL_UNIT)) return [];
  const findings: StyleFinding[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isArabicDigitCode(text.charCodeAt(i)) || !startsFigure(text, i)) {
      i++;
      continue;
    }
    // Fast path: most figures have no 十/百/千 in them; skip the run of digits, separators and 万/亿/零 in one go.
    let run = i;
    for (; run < text.length; run++) {
      const c = text.charCodeAt(run);
      if (!isArabicDigitCode(c) && !RUN_CODES.has(c)) break;
    }
    if (!POWER_CODES.has(text.charCodeAt(run))) {
      i = run;
      continue;
    }
    const parsed = parseMixed(text, i);
    const end = Math.max(parsed.end, i + 1);
    // 几 after the figure makes it an approximation: approx-chinese-numerals reports it (`2十几` → `二十几`).
    if (parsed.usedSmallUnit && !parsed.inUnitWord && text[parsed.end] !== '几') {
      const original = originalSlice(ctx.norm, i, parsed.end);
      const args: Record<string, string> = { text: original };
      if (parsed.fixed !== null) {
        const fix = parsed.fixed
          .map((piece) => (typeof piece === 'string' ? inWidthOf(piece, original) : originalSlice(ctx.norm, piece[0], piece[1])))
          .join('');
        findings.push({ cleanStart: i, cleanEnd: parsed.end, messageId: meta.code, args: { ...args, fix }, fixText: fix, expected: parsed.value });
      } else {
        findings.push({ cleanStart: i, cleanEnd: parsed.end, messageId: `${meta.code}.nofix`, args });
      }
    }
    i = end;
  }
  return report(ctx, meta, findings);
}

export const arabicWithChineseUnit: Rule = { meta, check };
