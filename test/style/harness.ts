// Runs the style rules the way the rule registry does (setting → severity, 'off' skips), on normalize()d text.
// Once the lead wires styleRules into the registry, analyze() gives the same result; see wiring.test.ts.
import { normalize } from '../../server/src/engine/normalize';
import { styleRules } from '../../server/src/engine/style';
import type { AnalyzeOptions, EngineDiagnostic } from '../../server/src/engine/types';

export function runStyle(text: string, options: AnalyzeOptions = {}, only?: string): EngineDiagnostic[] {
  const ctx = { norm: normalize(text), quantities: [], clean: [], options };
  const out: EngineDiagnostic[] = [];
  for (const rule of styleRules) {
    if (only && rule.meta.code !== only) continue;
    const setting = options.rules?.[rule.meta.code] ?? (rule.meta.defaultOff ? 'off' : rule.meta.defaultSeverity);
    if (setting === 'off') continue;
    for (const d of rule.check(ctx)) out.push({ ...d, severity: setting });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What an editor shows: the flagged text, and the text after applying the quick fix (if any). */
export function view(text: string, d: EngineDiagnostic): { flagged: string; fixed: string | null } {
  return {
    flagged: text.slice(d.start, d.end),
    fixed: d.fix ? text.slice(0, d.fix.start) + d.fix.newText + text.slice(d.fix.end) : null,
  };
}
