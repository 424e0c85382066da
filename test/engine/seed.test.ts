// The article StatLens was born from (../shared/seeds): every figure right, no date, ordinal or idiom, zero warnings.
// The seed lives outside the repository; without it these tests are skipped, visibly.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';

const seedDir = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const seedFile = fs.existsSync(seedDir) ? fs.readdirSync(seedDir).find((f) => f.endsWith('.txt')) : undefined;
const skip = seedFile ? false : `../shared/seeds not present (${seedDir}); seed tests skipped`;

describe('seed article', { skip }, () => {
  const text = seedFile ? fs.readFileSync(path.join(seedDir, seedFile), 'utf8') : '';
  const result = analyze(text);
  const byText = (s: string) => result.quantities.filter((q) => text.slice(q.numberStart, q.numberEnd) === s);

  const expected: Array<[string, number, string | null, number | null, number | null]> = [
    ['百萬', 1e6, null, null, null],
    ['500萬', 5e6, '人', 5e6, null],
    ['71%', 71, null, null, null],
    ['50%', 50, null, null, null],
    ['6', 6, '條', null, null],
    ['2623.7萬', 26237000, '人次', null, null],
    ['5388.9億', 538890000000, '元', null, null],
    ['646.8萬', 6468000, '人次', null, null],
    ['1152.9億', 115290000000, '元', null, null],
    ['211.2萬', 2112000, '人', null, null],
    ['257.07萬', 2570700, '人', null, null],
    ['167.41萬', 1674100, '人', null, null],
    ['37.17萬', 371700, '人', null, null],
    ['26萬', 260000, '人', null, null],
    ['143.0%', 143, null, null, null],
    ['4萬多', 40000, '人', 40000, 50000],
    ['0.7萬多', 7000, '人', 7000, 8000],
    ['2萬', 20000, '元', 20000, null],
    ['2454', 2454, '個', null, null],
    ['406', 406, '個', null, null],
  ];
  for (const [figure, value, unit, min, max] of expected) {
    it(`${figure} = ${value}`, () => {
      const qs = byText(figure);
      assert.ok(qs.length >= 1, `${figure} not found`);
      const q = qs[0];
      assert.equal(q.value, value);
      assert.equal(q.unit, unit);
      assert.equal(q.min, min);
      assert.equal(q.max, max);
    });
  }
  it('no date, time, ordinal or idiom is reported', () => {
    for (const q of result.quantities) {
      const after = text.slice(q.numberEnd, q.numberEnd + 1);
      assert.ok(!['年', '月', '日', ':', '-'].includes(after), `${q.text} looks like a date`);
      assert.notEqual(text[q.numberStart - 1], '第', `${q.text} is an ordinal`);
    }
    assert.equal(result.quantities.length, 30);
  });
  it('is consistent: zero warnings', () => {
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
    assert.deepEqual(warnings.map((d) => `${d.code}: ${d.message}`), []);
  });
});
