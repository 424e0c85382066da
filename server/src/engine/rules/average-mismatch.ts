// average-mismatch: a stated average or per-capita figure (人均, 户均, 平均, 每千人口) differs from total ÷ count.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'average-mismatch', defaultSeverity: 'warning', docs: 'docs/rules/average-mismatch.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
