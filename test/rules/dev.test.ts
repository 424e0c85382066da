// Whole-text checks: the seed article (consistent) gets no warning; the dev set meets the targets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { scoreFindingsDetailed, type FindingCase } from '../../scripts/eval-findings';

const shared = path.resolve(__dirname, '..', '..', '..', '..', 'shared');

test('seed articles get zero warnings (37.17萬 ÷ 26萬 = 143.0%)', { skip: !fs.existsSync(path.join(shared, 'seeds')) }, () => {
  for (const name of fs.readdirSync(path.join(shared, 'seeds')).filter((n) => n.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(shared, 'seeds', name), 'utf8');
    const result = analyze(text);
    assert.ok(result.quantities.length > 10, 'the seed is scanned');
    assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`), [], name);
  }
});

test('dev set: recall ≥ 0.95, precision ≥ 0.97, no false alarm', { skip: !fs.existsSync(path.join(shared, 'eval', 'dev.json')) }, () => {
  const cases = (JSON.parse(fs.readFileSync(path.join(shared, 'eval', 'dev.json'), 'utf8')) as { cases: FindingCase[] }).cases;
  const { lines, details } = scoreFindingsDetailed(cases, analyze);
  const figure = (re: RegExp) => Number((lines.join('\n').match(re) ?? [])[1]);
  assert.ok(figure(/recall: ([\d.]+)/) >= 0.95, lines.concat(details).join('\n'));
  assert.ok(figure(/precision: ([\d.]+)/) >= 0.97, lines.concat(details).join('\n'));
  assert.match(lines.join('\n'), /false alarms on consistent passages: 0 in/, details.join('\n'));
});
