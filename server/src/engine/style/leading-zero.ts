// GB/T 15835-2011, 5.1.2: a pure decimal keeps the 0 before the point: `.46` → `0.46`, `-.5` → `-0.5`.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { isArabicDigit, isAsciiLetter } from './chars';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { T_LEADING_POINT, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'leading-zero',
  defaultSeverity: 'information',
  docs: docsPath('leading-zero'),
};

/** Characters before `.5` that show it is not a figure in prose: paths, file names, versions, URLs, ellipses. */
function continuesToken(ch: string | undefined): boolean {
  return ch !== undefined && (isArabicDigit(ch) || isAsciiLetter(ch) || '._/\\:@#$&*)]}\'"`'.indexOf(ch) >= 0);
}

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if (!(triggers(text) & T_LEADING_POINT)) return [];
  const findings: StyleFinding[] = [];
  for (let point = text.indexOf('.'); point >= 0; point = text.indexOf('.', point + 1)) {
    if (!isArabicDigit(text[point + 1])) continue;
    let start = point;
    if ((text[point - 1] === '-' || text[point - 1] === '+') && !continuesToken(text[point - 2])) start--;
    else if (continuesToken(text[point - 1]) || text[point - 1] === '-') continue;
    // Read the digits after the point; a second point (`.1.2`) or a letter right after (`.3gp`, `.5em`) means a name or
    // a code, not a figure in prose.
    let end = point + 1;
    while (isArabicDigit(text[end])) end++;
    if (text[end] === '.' && isArabicDigit(text[end + 1])) continue;
    if (isAsciiLetter(text[end])) continue;
    const original = originalSlice(ctx.norm, start, end);
    const sign = start < point ? original[0] : '';
    const rest = start < point ? original.slice(1) : original;
    const zero = rest[0] === '．' ? '０' : '0';
    const fix = sign + zero + rest;
    findings.push({
      cleanStart: start, cleanEnd: end, messageId: meta.code, args: { text: original, fix }, fixText: fix,
      expected: Number(text.slice(start, end).replace('.', '0.')),
    });
  }
  return report(ctx, meta, findings);
}

export const leadingZero: Rule = { meta, check };
