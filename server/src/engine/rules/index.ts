// Registry of rule modules. Each rule is its own module with `meta` (code, default severity, docs) and `check`.
import type { EngineDiagnostic } from '../types';
import type { Rule, RuleContext } from './types';
import { rule as percentMismatch } from './percent-mismatch';
import { rule as partExceedsTotal } from './part-exceeds-total';
import { rule as sumMismatch } from './sum-mismatch';
import { rule as growthMismatch } from './growth-mismatch';
import { rule as percentagePointConfusion } from './percentage-point-confusion';
import { rule as multipleMismatch } from './multiple-mismatch';
import { rule as averageMismatch } from './average-mismatch';
import { rule as roundingOnly } from './rounding-only';
import { styleRules } from '../style';

export const rules: Rule[] = [
  percentMismatch,
  partExceedsTotal,
  sumMismatch,
  growthMismatch,
  percentagePointConfusion,
  multipleMismatch,
  averageMismatch,
  roundingOnly,
  // GB/T 15835-2011 number-usage style rules (information by default; `profile: 'off'` silences them)
  ...styleRules,
];

export function runRules(ctx: RuleContext): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const rule of rules) {
    const setting = ctx.options.rules?.[rule.meta.code] ?? (rule.meta.defaultOff ? 'off' : rule.meta.defaultSeverity);
    if (setting === 'off') continue;
    // A rule's diagnostic is fresh: it takes the configured severity in place of a copy.
    for (const d of rule.check(ctx)) {
      d.severity = setting;
      out.push(d);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start || a.end - b.end) : out;
}
