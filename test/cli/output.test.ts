// What the real engine's results look like in each format, on the sentence from the issue and on the samples.
// They go through the real scanner and the percent-mismatch rule, so an engine regression shows up here too.
import { after, test } from 'node:test';
import { rmSync } from 'fs';
import assert from 'node:assert/strict';
import type * as Sarif from 'sarif';
import { statlens, stderrLines, tempDir, writeTemp } from './helpers';

// A heading line ending in CRLF first, so that ranges must count lines the LSP way.
const TEXT = '培训情况\r\n完成37.17万人，为年度任务26万人的143.0%。\r\n';
const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));
const file = writeTemp(dir, 'sentence.txt', TEXT);

interface JsonQuantity {
  start: number; end: number; text: string; value: number | null; exact: string; unit: string | null; kind: string;
  min: number | null; max: number | null; range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonDiagnostic { start: number; end: number; code: string; severity: string; message: string; expected: number | null; related: { start: number; end: number; message: string }[] }
type JsonFile = { path: string; quantities: JsonQuantity[]; diagnostics: JsonDiagnostic[] };

function checkJson(args: string[]): { status: number | null; files: JsonFile[] } {
  const run = statlens(['check', '--format', 'json', ...args]);
  assert.equal(stderrLines(run).length, 0, run.stderr);
  const doc = JSON.parse(run.stdout);
  assert.equal(doc.version, 1);
  return { status: run.status, files: doc.files };
}

function find<T extends { text: string }>(items: T[], text: string): T {
  const item = items.find((q) => q.text === text);
  assert.ok(item, `a quantity spanning ${text} among ${items.map((q) => q.text).join(' | ')}`);
  return item;
}

test('json: spans include the unit, values are normalized, ranges are LSP positions', () => {
  const { status, files } = checkJson([file]);
  assert.equal(status, 0);
  assert.equal(files[0].path, file);
  const { quantities } = files[0];
  const line1 = TEXT.indexOf('\n') + 1;
  const expected = [
    { text: '37.17万人', value: 371700, exact: '371700', unit: '人', kind: 'number' },
    { text: '26万人', value: 260000, exact: '260000', unit: '人', kind: 'number' },
    { text: '143.0%', value: 143, unit: null, kind: 'percent' },
  ];
  for (const want of expected) {
    const q = find(quantities, want.text);
    const start = TEXT.indexOf(want.text);
    assert.deepEqual([q.start, q.end], [start, start + want.text.length], want.text);
    assert.deepEqual(q.range, { start: { line: 1, character: start - line1 }, end: { line: 1, character: start - line1 + want.text.length } });
    assert.equal(q.value, want.value);
    assert.equal(q.unit, want.unit);
    assert.equal(q.kind, want.kind);
    assert.deepEqual([q.min, q.max], [null, null]);
    if (want.exact) assert.equal(q.exact, want.exact);
  }
  assert.deepEqual(files[0].diagnostics, [], '143.0% is right: 37.17 / 26 = 142.96%');
});

test('text: one compiler-style line per quantity with its normalized value, then a summary', () => {
  const run = statlens(['check', file]);
  assert.equal(run.status, 0);
  const lines = run.stdout.trimEnd().split('\n');
  const column = (fragment: string) => TEXT.indexOf(fragment) - (TEXT.indexOf('\n') + 1) + 1;
  assert.ok(lines.includes(`${file}:2:${column('37.17万人')}: quantity 37.17万人 = 371,700 人 (number)`), run.stdout);
  assert.ok(lines.includes(`${file}:2:${column('26万人')}: quantity 26万人 = 260,000 人 (number)`), run.stdout);
  const percent = `${file}:2:${column('143.0%')}: quantity 143.0% = 143`;
  assert.ok(lines.some((l) => l.startsWith(percent) && l.endsWith('% (percent)')), run.stdout);
  assert.match(lines[lines.length - 1], /^1 file\(s\) checked: [3-9] quantities, 0 finding\(s\)$/);
  assert.equal(statlens(['check', '--quiet', file]).stdout, '', '--quiet: nothing but findings');
  const zh = statlens(['check', '--locale', 'zh-cn', file]).stdout;
  assert.ok(zh.includes(`${file}:2:${column('37.17万人')}: 数字 37.17万人 = 371,700 人 (数值)`), zh);
});

test('sarif without findings: a valid empty run', () => {
  const run = statlens(['check', '--format', 'sarif', file]);
  assert.equal(run.status, 0);
  const log = JSON.parse(run.stdout) as Sarif.Log;
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
  assert.deepEqual(log.runs[0].results, []);
  assert.equal(log.runs[0].invocations?.[0].executionSuccessful, true);
});

test('samples/report.txt is consistent: many quantities, no finding even at --fail-on hint', () => {
  const { status, files } = checkJson(['--fail-on', 'hint', 'samples/report.txt']);
  assert.equal(status, 0);
  assert.deepEqual(files[0].diagnostics, []);
  const quantities = files[0].quantities;
  assert.ok(quantities.length >= 25, `found ${quantities.length}`);
  assert.equal(find(quantities, '２４５４個').value, 2454);
  const more = find(quantities, '4萬多人');
  assert.deepEqual([more.min, more.max], [40000, 50000]);
  assert.equal(find(quantities, '3.3个百分点').kind, 'percentage-point');
  assert.equal(find(quantities, '五百万人').value, 5000000);
});

test('samples/report-with-errors.txt: exactly one percent-mismatch on 153.0%, in every format', () => {
  const path = 'samples/report-with-errors.txt';
  const { status, files } = checkJson([path]);
  assert.equal(status, 0, 'a warning does not fail the run by default');
  assert.equal(files[0].diagnostics.length, 1);
  const [d] = files[0].diagnostics;
  assert.equal(d.code, 'percent-mismatch');
  assert.equal(d.severity, 'warning');
  assert.ok(d.expected !== null && Math.abs(d.expected - 142.96) < 0.01, String(d.expected));

  assert.equal(statlens(['check', '--fail-on', 'warning', path]).status, 1);
  assert.equal(statlens(['check', '--fail-on', 'error', path]).status, 0);

  const quiet = statlens(['check', '--quiet', path]).stdout.split('\n');
  assert.match(quiet[0], /^samples\/report-with-errors\.txt:5:\d+: warning percent-mismatch: /);

  const log = JSON.parse(statlens(['check', '--format', 'sarif', path]).stdout) as Sarif.Log;
  const [result] = log.runs[0].results ?? [];
  assert.equal(result.ruleId, 'percent-mismatch');
  assert.equal(result.level, 'warning');
  const location = result.locations?.[0].physicalLocation;
  assert.equal(location?.artifactLocation?.uri, path);
  assert.equal(location?.region?.startLine, 5);
  assert.ok(location?.region?.snippet?.text?.includes('153.0%'));
  assert.ok(log.runs[0].tool.driver.rules?.some((r) => r.id === 'percent-mismatch' && r.helpUri));
});
