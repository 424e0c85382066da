// rounding-only (information, off by default): a relation that holds only thanks to the rounding of the stated
// figures, e.g. 6.3万 ÷ 8万 = 78.75% stated as 79.3% (6.34万 ÷ 7.995万 = 79.3%). Useful to a proofreader who wants to
// see which figures rely on unrounded source data.
import { render } from '../../l10n';
import { RULE_MESSAGES } from '../../l10n/rules';
import { toDiagnostic } from './diagnostic';
import { evaluationsOf } from './evaluate';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'rounding-only', defaultSeverity: 'information', docs: 'docs/rules/rounding-only.md', defaultOff: true };

export const rule: Rule = {
  meta,
  check: (ctx) =>
    evaluationsOf(ctx).evaluations
      .filter((ev) => ev.status === 'rounding-only')
      .map((ev) => {
        const d = toDiagnostic(ctx, meta, { ...ev, messageId: 'rounding-only', expected: null, fixText: undefined });
        d.message = render(RULE_MESSAGES, 'rounding-only', ctx.options.locale ?? 'en', ev.args);
        return d;
      }),
};
