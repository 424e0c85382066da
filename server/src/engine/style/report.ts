// Turning a finding in the clean text into an EngineDiagnostic with original offsets, a rendered message and,
// when the correction is certain, a fix. Rules build their fix text from ORIGINAL slices so that traditional
// characters and full-width digits in the user's text stay as they were.
import { render } from '../../l10n';
import { styleCatalog } from '../../l10n/style';
import { normalize, type NormalizedText } from '../normalize';
import type { EngineDiagnostic } from '../types';
import type { RuleContext, RuleMeta } from '../rules/types';

export interface OriginalSpan {
  start: number;
  end: number;
}

/** Original span of clean [cleanStart, cleanEnd): from the first kept character to just after the last one. */
export function originalSpan(norm: NormalizedText, cleanStart: number, cleanEnd: number): OriginalSpan {
  const start = norm.map[cleanStart];
  const end = cleanEnd > cleanStart ? norm.map[cleanEnd - 1] + 1 : start;
  return { start, end };
}

/** Original text of clean [cleanStart, cleanEnd). */
export function originalSlice(norm: NormalizedText, cleanStart: number, cleanEnd: number): string {
  const span = originalSpan(norm, cleanStart, cleanEnd);
  return norm.original.slice(span.start, span.end);
}

export interface StyleFinding {
  cleanStart: number;
  cleanEnd: number;
  messageId: string;
  args: Record<string, string | number>;
  /** Replacement for the whole original span of the finding, when the correction is certain. */
  fixText?: string;
  expected?: number | null;
}

export function toDiagnostic(ctx: RuleContext, meta: RuleMeta, finding: StyleFinding): EngineDiagnostic {
  const { start, end } = originalSpan(ctx.norm, finding.cleanStart, finding.cleanEnd);
  const locale = ctx.options.locale ?? 'en';
  const diagnostic: EngineDiagnostic = {
    start,
    end,
    code: meta.code,
    severity: meta.defaultSeverity,
    message: render(styleCatalog, finding.messageId, locale, finding.args),
    messageId: finding.messageId,
    args: finding.args,
    expected: finding.expected ?? null,
    related: [],
    docs: meta.docs,
  };
  if (finding.fixText !== undefined) diagnostic.fix = { start, end, newText: finding.fixText };
  return diagnostic;
}

/** Words the user declared not to be quantities (company or place names): findings inside them are dropped. */
export function notQuantitySpans(ctx: RuleContext): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const word of ctx.options.notQuantities ?? []) {
    // Compare in clean form, so a traditional-script or full-width entry matches the text as the rules see it.
    const clean = word ? normalize(word).text : '';
    if (!clean) continue;
    let from = 0;
    for (;;) {
      const at = ctx.norm.text.indexOf(clean, from);
      if (at < 0) break;
      spans.push([at, at + clean.length]);
      from = at + clean.length;
    }
  }
  return spans;
}

export function overlapsAny(spans: Array<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && s < end) return true;
  return false;
}

/** Shared driver: a rule lists findings in the clean text; this drops the ones inside not-quantity words. */
export function report(ctx: RuleContext, meta: RuleMeta, findings: StyleFinding[]): EngineDiagnostic[] {
  if (findings.length === 0) return [];
  const excluded = notQuantitySpans(ctx);
  return findings
    .filter((f) => !overlapsAny(excluded, f.cleanStart, f.cleanEnd))
    .map((f) => toDiagnostic(ctx, meta, f));
}

export function docsPath(code: string): string {
  return `docs/rules/${code}.md`;
}
