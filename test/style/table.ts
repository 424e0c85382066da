// Valid/invalid tables for one style rule. Each invalid row states what the user sees: the flagged text and, where
// the rule offers a quick fix, the text after applying it (null: no fix offered).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStyle, view } from './harness';

export interface InvalidRow {
  text: string;
  flagged: string;
  /** Whole text after the fix; null when the rule must not offer one. */
  fixed: string | null;
}

export function ruleTable(code: string, rows: { invalid: InvalidRow[]; valid: string[] }): void {
  for (const row of rows.invalid) {
    test(`${code}: flags ${JSON.stringify(row.text)}`, () => {
      const found = runStyle(row.text, {}, code);
      assert.equal(found.length, 1, `expected one finding, got ${JSON.stringify(found.map((d) => view(row.text, d)))}`);
      const d = found[0];
      assert.equal(d.code, code);
      assert.equal(d.severity, 'information');
      assert.equal(d.docs, `docs/rules/${code}.md`);
      assert.deepEqual(view(row.text, d), { flagged: row.flagged, fixed: row.fixed });
      assert.ok(d.message.length > 0 && !d.message.includes('{'), `message rendered: ${d.message}`);
    });
  }
  for (const text of rows.valid) {
    test(`${code}: accepts ${JSON.stringify(text)}`, () => {
      const found = runStyle(text, {}, code);
      assert.deepEqual(found.map((d) => view(text, d)), []);
    });
  }
}
