// Evaluation → EngineDiagnostic: ranges in the original text, message in the requested locale, related spans.
import { render } from '../../l10n';
import { RULE_MESSAGES } from '../../l10n/rules';
import { figureText } from '../relate/passage';
import type { EngineDiagnostic } from '../types';
import { evaluationsOf, type Evaluation } from './evaluate';
import type { RuleContext, RuleMeta } from './types';

export function toDiagnostic(ctx: RuleContext, meta: RuleMeta, ev: Evaluation): EngineDiagnostic {
  const locale = ctx.options.locale ?? 'en';
  const { passage } = evaluationsOf(ctx);
  const q = ev.flagged.q;
  const d: EngineDiagnostic = {
    start: q.numberStart,
    end: q.numberEnd,
    code: meta.code,
    severity: meta.defaultSeverity,
    message: render(RULE_MESSAGES, ev.messageId, locale, ev.args),
    messageId: ev.messageId,
    args: ev.args,
    expected: ev.expected,
    related: ev.related.map(({ figure, role }) => ({
      start: figure.q.numberStart,
      end: figure.q.numberEnd,
      message: render(RULE_MESSAGES, 'related', locale, {
        role: render(RULE_MESSAGES, `role.${role}`, locale),
        text: figureText(passage, figure),
      }),
    })),
    docs: meta.docs,
  };
  if (ev.fixText !== undefined && ev.status === 'mismatch') d.fix = { start: q.numberStart, end: q.numberEnd, newText: ev.fixText };
  return d;
}

const NO_DIAGNOSTICS: EngineDiagnostic[] = [];

/** The check shared by the mismatch rules: every failing relation of this rule's code. */
export function mismatchCheck(meta: RuleMeta) {
  return (ctx: RuleContext): EngineDiagnostic[] => {
    const { evaluations } = evaluationsOf(ctx);
    // Most paragraphs have no evaluation at all, and most evaluations hold: no array is made for them.
    let out: EngineDiagnostic[] | null = null;
    for (const ev of evaluations) {
      if (ev.code === meta.code && ev.status === 'mismatch') (out ??= []).push(toDiagnostic(ctx, meta, ev));
    }
    return out ?? NO_DIAGNOSTICS;
  };
}
