// The findings scorer: matching by code and flagged span, recall, precision, expected within 1 %, false alarms.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { scoreFindingsDetailed, type AnalyzeFn, type FindingCase } from '../../scripts/eval-findings';
import type { EngineDiagnostic } from '../../server/src/engine/types';

const diag = (start: number, end: number, code: string, expected: number | null): EngineDiagnostic => ({
  start, end, code, expected, severity: 'warning', message: '', messageId: 'mismatch', args: {}, related: [],
});

test('scores recall, precision, code, expected and false alarms', () => {
  const cases: FindingCase[] = [
    { id: 'a', text: 'x 12% y 12%', findings: [{ code: 'percent-mismatch', flag: '12%', occurrence: 2, expected: 10 }] },
    { id: 'b', text: 'consistent', findings: [] },
    { id: 'c', text: 'missed 5', findings: [{ code: 'sum-mismatch', flag: '5', occurrence: 1, expected: null }] },
  ];
  const fake: AnalyzeFn = (text) => ({
    quantities: [],
    diagnostics: text.startsWith('x') ? [diag(8, 11, 'percent-mismatch', 10.05), diag(2, 5, 'growth-mismatch', 1)]
      : text === 'consistent' ? [diag(0, 3, 'sum-mismatch', null)] : [],
  });
  const { lines, details } = scoreFindingsDetailed(cases, fake);
  const all = lines.join('\n');
  assert.match(all, /recall: 0\.500 {2}precision: 0\.333/);
  assert.match(all, /right code: 1\/1/);
  assert.match(all, /expected within 1%: 1\/1/);
  assert.match(all, /false alarms on consistent passages: 1 in 1\/1 passages/);
  assert.ok(details.some((l) => l.startsWith('c MISSED')));
  assert.ok(details.some((l) => l.startsWith('a EXTRA growth-mismatch')));
});
