// recognize() is analyze() without the checks: the same quantities, in the same order, at the same offsets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, recognize } from '../../server/src/engine';

const root = path.resolve(__dirname, '..', '..', '..');

function texts(): string[] {
  const out = [fs.readFileSync(path.join(root, 'samples', 'report.txt'), 'utf8')];
  const probes = path.join(root, 'eval', 'probes');
  for (const f of fs.readdirSync(probes).filter((x) => x.endsWith('.json'))) {
    for (const c of JSON.parse(fs.readFileSync(path.join(probes, f), 'utf8')).cases as { text: string }[]) out.push(c.text);
  }
  return out;
}

test('recognize() gives exactly the quantities analyze() gives, on the sample report and every probe passage', () => {
  const all = texts();
  assert.ok(all.length > 300);
  // One document of all of them too: several chunks, so chunk offsets are applied.
  all.push(all.join('\n\n'));
  for (const text of all) assert.deepEqual(recognize(text), analyze(text).quantities);
});

test('recognize() honours the options that change what is a quantity', () => {
  const text = '三峡电站发电量达到1,000亿千瓦时，出口原油12万桶。';
  const options = { notQuantities: ['三峡'], units: ['桶'] };
  assert.deepEqual(recognize(text, options), analyze(text, options).quantities);
  assert.equal(recognize(text, options).find((q) => q.text.startsWith('12'))?.unit, '桶');
  assert.notDeepEqual(recognize(text), recognize(text, options));
});
