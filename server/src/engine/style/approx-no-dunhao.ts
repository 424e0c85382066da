// GB/T 15835-2011, 5.2.1: two adjacent numerals that form an approximation are written together, without a 顿号:
// `三、四个` → `三四个`, `二十三、四岁` → `二十三四岁`.
import type { Rule, RuleContext, RuleMeta } from '../rules/types';
import { dunhaoApproximationAt } from './approximation';
import { docsPath, originalSlice, report, type StyleFinding } from './report';
import { T_DUNHAO_CHINESE, triggers } from './triggers';

const meta: RuleMeta = {
  code: 'approx-no-dunhao',
  defaultSeverity: 'information',
  docs: docsPath('approx-no-dunhao'),
};

function check(ctx: RuleContext) {
  const text = ctx.norm.text;
  if (!(triggers(text) & T_DUNHAO_CHINESE)) return [];
  const findings: StyleFinding[] = [];
  for (let mark = text.indexOf('、'); mark >= 0; mark = text.indexOf('、', mark + 1)) {
    const pair = dunhaoApproximationAt(text, mark, 'chinese');
    if (!pair) continue;
    const fix = originalSlice(ctx.norm, pair.first, pair.mark) + originalSlice(ctx.norm, pair.second, pair.second + 1);
    findings.push({
      cleanStart: pair.first,
      cleanEnd: pair.second + 1,
      messageId: meta.code,
      args: { text: originalSlice(ctx.norm, pair.first, pair.second + 1), fix },
      fixText: fix,
    });
  }
  return report(ctx, meta, findings);
}

export const approxNoDunhao: Rule = { meta, check };
