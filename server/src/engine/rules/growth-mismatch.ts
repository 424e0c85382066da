// growth-mismatch: a stated increase or decrease (rate or amount) differs from the before and after figures.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'growth-mismatch', defaultSeverity: 'warning', docs: 'docs/rules/growth-mismatch.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
