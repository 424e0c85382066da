// part-exceeds-total: a subset (其中 / 包括) is larger than its total. Flags the part.
import { mismatchCheck } from './diagnostic';
import type { Rule, RuleMeta } from './types';

const meta: RuleMeta = { code: 'part-exceeds-total', defaultSeverity: 'warning', docs: 'docs/rules/part-exceeds-total.md' };

export const rule: Rule = { meta, check: mismatchCheck(meta) };
