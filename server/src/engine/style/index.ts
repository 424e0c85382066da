// Number-usage style rules (GB/T 15835-2011《出版物上数字用法》, issue 6). One module per rule; this file lists them.
// All of them answer to the `profile` option: 'off' silences the whole set unless a rule is named in `rules`
// with a severity (an explicit setting is the user's stronger word).
import type { Rule, RuleContext } from '../rules/types';
import { approxChineseNumerals } from './approx-chinese-numerals';
import { approxNoDunhao } from './approx-no-dunhao';
import { arabicWithChineseUnit } from './arabic-with-chinese-unit';
import { leadingZero } from './leading-zero';
import { mixedNumeralForms } from './mixed-numeral-forms';
import { rangeRepeatUnit } from './range-repeat-unit';
import { reduceByMultiple } from './reduce-by-multiple';
import { redundantApproximation } from './redundant-approximation';

export const STYLE_PROFILES = ['gbt15835-2011', 'off'] as const;
export type StyleProfile = (typeof STYLE_PROFILES)[number];
export const DEFAULT_STYLE_PROFILE: StyleProfile = 'gbt15835-2011';

const modules: Rule[] = [
  arabicWithChineseUnit,
  rangeRepeatUnit,
  approxNoDunhao,
  approxChineseNumerals,
  mixedNumeralForms,
  leadingZero,
  redundantApproximation,
  reduceByMultiple,
];

function profileActive(ctx: RuleContext, code: string): boolean {
  if ((ctx.options.profile ?? DEFAULT_STYLE_PROFILE) !== 'off') return true;
  const explicit = ctx.options.rules?.[code];
  return explicit !== undefined && explicit !== 'off';
}

export const styleRules: Rule[] = modules.map((rule) => ({
  meta: rule.meta,
  check: (ctx: RuleContext) => (profileActive(ctx, rule.meta.code) ? rule.check(ctx) : []),
}));

export const STYLE_RULE_CODES: readonly string[] = modules.map((r) => r.meta.code);
