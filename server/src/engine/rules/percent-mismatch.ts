// percent-mismatch: a stated share, completion or rate (占…的, 完成…的, …率) differs from part ÷ whole.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'percent-mismatch', defaultSeverity: 'warning', docs: 'docs/rules/percent-mismatch.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
