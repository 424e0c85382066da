// The engine's traditional → simplified table (server/src/engine/tables/t2cn-pairs.ts, generated) against opencc-js
// itself: every code unit converts as opencc-js's t2cn converts it alone, so an upgrade of opencc-js that changes a
// mapping fails here until `node scripts/gen-t2cn-table.mjs` is run again.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/t2cn';
import { t2cnChar } from '../../server/src/engine/tables/t2cn';
import { analyze } from '../../server/src/engine';

test('every UTF-16 code unit converts as opencc-js t2cn converts it alone', () => {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const differing: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const from = String.fromCharCode(code);
    const to = convert(from);
    const expected = to.length === 1 ? to.charCodeAt(0) : code;
    if (t2cnChar(code) !== expected) differing.push(`U+${code.toString(16).toUpperCase()} ${from}: table ${String.fromCharCode(t2cnChar(code))}, opencc-js ${to}`);
  }
  assert.deepEqual(differing.slice(0, 20), []);
});

test('traditional cue words and units read as simplified ones, with offsets of the original', () => {
  const text = '全年接待遊客2623.7萬人次，其中入境遊客131.2萬人次，佔5.0%。';
  const r = analyze(text);
  assert.deepEqual(r.quantities.map((q) => [text.slice(q.start, q.end), q.value]), [['2623.7萬人次', 26237000], ['131.2萬人次', 1312000], ['5.0%', 5]]);
  assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  // (and the same share stated wrong is read and flagged: 佔 is 占)
  const wrong = text.replace('5.0%', '6.0%');
  assert.deepEqual(analyze(wrong).diagnostics.map((d) => [d.code, wrong.slice(d.start, d.end)]), [['percent-mismatch', '6.0%']]);
});

test('the engine no longer loads opencc-js at run time', () => {
  const loaded = Object.keys(require.cache).filter((k) => k.includes('opencc-js'));
  // (this test file loads it itself, for the comparison above; nothing under server/ may)
  const engineRequires = Object.values(require.cache).filter((m) => m && m.filename.includes('/server/src/') && m.children.some((c) => c.filename.includes('opencc-js')));
  assert.ok(loaded.length > 0);
  assert.deepEqual(engineRequires.map((m) => m!.filename), []);
});
