// multiple-mismatch: a stated multiple (是…的N倍, 增长N倍 = ratio N+1, 增长到N倍, 翻N番) differs from the ratio.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'multiple-mismatch', defaultSeverity: 'warning', docs: 'docs/rules/multiple-mismatch.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
