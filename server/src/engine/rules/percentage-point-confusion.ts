// percentage-point-confusion: a change between percentages written in % where points are meant, or a wrong 百分点 difference.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'percentage-point-confusion', defaultSeverity: 'warning', docs: 'docs/rules/percentage-point-confusion.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
