// The consistency rules through analyze(): tables of valid and invalid passages per rule (tables.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { MIXED_VALID, TABLES } from './tables';
import { nthOccurrence } from '../../scripts/occurrence';


const warnings = (text: string) =>
  analyze(text, { locale: 'zh-cn' }).diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');

const show = (text: string) => warnings(text).map((d) => `${d.code} ${text.slice(d.start, d.end)}: ${d.message}`).join('\n');

for (const table of TABLES) {
  for (const text of table.valid) {
    test(`${table.code} valid: ${text}`, () => {
      assert.equal(warnings(text).length, 0, `false alarm:\n${show(text)}`);
    });
  }
  for (const c of table.invalid) {
    test(`${table.code} invalid: ${c.text}`, () => {
      const start = nthOccurrence(c.text, c.flag, c.occurrence ?? 1);
      assert.ok(start >= 0, 'flag text is in the passage');
      const found = warnings(c.text);
      const d = found.find((x) => x.start === start && x.end === start + c.flag.length);
      assert.ok(d, `no diagnostic on "${c.flag}"; got:\n${show(c.text)}`);
      assert.equal(d.code, c.code);
      if (c.expected === null) assert.equal(d.expected, null);
      else {
        assert.ok(d.expected !== null, 'expected is given');
        assert.ok(Math.abs(d.expected - c.expected) <= 0.01 * Math.abs(c.expected), `expected ${d.expected}, want ≈ ${c.expected}`);
      }
      if (c.fix !== undefined) {
        assert.ok(d.fix, 'a quick fix is offered');
        assert.deepEqual(d.fix, { start, end: start + c.flag.length, newText: c.fix });
      } else assert.equal(d.fix, undefined, 'no quick fix when none is certain');
      assert.equal(found.length, 1, `exactly one finding:\n${show(c.text)}`);
      assert.ok(d.related.length >= 1, 'the operands are related');
      assert.equal(d.docs, `docs/rules/${c.code}.md`);
    });
  }
}

for (const text of MIXED_VALID) {
  test(`mixed valid: ${text}`, () => {
    assert.equal(warnings(text).length, 0, `false alarm:\n${show(text)}`);
  });
}
