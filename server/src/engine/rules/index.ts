// Registry of rule modules. (Placeholder until the checks land.)
import type { EngineDiagnostic } from '../types';
import type { Rule, RuleContext } from './types';

export const rules: Rule[] = [];

export function runRules(ctx: RuleContext): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const rule of rules) {
    const setting = ctx.options.rules?.[rule.meta.code] ?? (rule.meta.defaultOff ? 'off' : rule.meta.defaultSeverity);
    if (setting === 'off') continue;
    for (const d of rule.check(ctx)) out.push({ ...d, severity: setting });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
