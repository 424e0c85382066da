// sum-mismatch: listed parts exceed their total, or parts said to make up the whole (分别为 / 合计 / 共) miss it.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'sum-mismatch', defaultSeverity: 'warning', docs: 'docs/rules/sum-mismatch.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
