// The three formatters on a hand-built engine result: positions on a text with CRLF, a lone CR and an astral
// character, a finding with a related span and a fix. (The process tests cover the real engine's output.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as Sarif from 'sarif';
import type { EngineDiagnostic, Quantity } from '../../server/src/engine/types';
import { formatJson, formatJsonChunks } from '../../server/src/cli/format/json';
import { formatSarif, artifactUri } from '../../server/src/cli/format/sarif';
import { formatText } from '../../server/src/cli/format/text';
import { groupDigits } from '../../server/src/engine/format';
import { LineIndex } from '../../server/src/cli/lineIndex';
import type { FileReport } from '../../server/src/cli/report';

const TEXT = '就业情况\r\n𠀀完成37.17万人，为任务26万人的153.0%。\r另有4万多人';

function spanOf(fragment: string) {
  const start = TEXT.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  return { start, end: start + fragment.length };
}

function quantity(fragment: string, unitLength: number, fields: Partial<Quantity>): Quantity {
  const { start, end } = spanOf(fragment);
  return {
    start, end, numberStart: start, numberEnd: end - unitLength, text: fragment,
    value: null, exact: '0', unit: null, kind: 'number', min: null, max: null, lo: 0, hi: 0, approx: null,
    format: { style: 'arabic', decimals: 0, magnitude: '', magnitudeFactor: 1, separator: '', suffix: '', prefix: '', fullWidth: false },
    ...fields,
  };
}

const QUANTITIES: Quantity[] = [
  quantity('37.17万人', 1, { value: 371700, exact: '371700', unit: '人' }),
  quantity('153.0%', 0, { value: 153, exact: '153', kind: 'percent' }),
  quantity('4万多人', 1, { value: 40000, exact: '40000', unit: '人', min: 40000, max: 50000, approx: 'more' }),
];

const FINDING: EngineDiagnostic = {
  ...spanOf('153.0%'),
  code: 'percent-mismatch',
  severity: 'warning',
  message: '37.17万 / 26万 = 142.96%, not 153.0%',
  messageId: 'percent-mismatch',
  args: {},
  expected: 142.96,
  fix: { ...spanOf('153.0%'), newText: '143.0%' },
  related: [{ ...spanOf('26万人'), message: 'the whole' }],
};

const REPORTS: FileReport[] = [
  { ok: true, path: 'dir/报告.txt', encoding: 'utf-8', text: TEXT, lines: new LineIndex(TEXT), result: { quantities: QUANTITIES, diagnostics: [FINDING] } },
  { ok: false, path: 'missing.txt', messageId: 'file.notFound', args: {} },
];

test('text: compiler-style lines in reading order, 1-based UTF-16 columns, values grouped, bounds shown', () => {
  const lines = formatText(REPORTS, { locale: 'en', quiet: false }).trimEnd().split('\n');
  assert.deepEqual(lines, [
    'dir/报告.txt:2:5: quantity 37.17万人 = 371,700 人 (number)',
    'dir/报告.txt:2:21: warning percent-mismatch: 37.17万 / 26万 = 142.96%, not 153.0%',
    'dir/报告.txt:2:16: note: the whole',
    'dir/报告.txt:2:21: quantity 153.0% = 153% (percent)',
    'dir/报告.txt:3:3: quantity 4万多人 = 40,000 人 (number, between 40,000 人 and 50,000 人)',
    '1 file(s) checked: 3 quantities, 1 finding(s); 1 file(s) could not be read',
  ]);
});

test('text --quiet: findings only, no summary; zh-cn words', () => {
  const lines = formatText(REPORTS, { locale: 'zh-cn', quiet: true }).trimEnd().split('\n');
  assert.deepEqual(lines, ['dir/报告.txt:2:21: 警告 percent-mismatch: 37.17万 / 26万 = 142.96%, not 153.0%', 'dir/报告.txt:2:16: 注: the whole']);
});

test('json: version 1, engine fields kept, LSP ranges added, unreadable file kept with an error', () => {
  const doc = JSON.parse(formatJson(REPORTS, { locale: 'en', quiet: false }));
  assert.equal(doc.version, 1);
  assert.equal(doc.files.length, 2);
  const [file, missing] = doc.files;
  assert.equal(file.path, 'dir/报告.txt');
  assert.deepEqual(file.quantities[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 11 } });
  assert.equal(file.quantities[0].value, 371700);
  assert.equal(file.quantities[2].min, 40000);
  const d = file.diagnostics[0];
  assert.deepEqual([d.start, d.end, d.code, d.severity, d.expected], [FINDING.start, FINDING.end, 'percent-mismatch', 'warning', 142.96]);
  assert.deepEqual(d.range, { start: { line: 1, character: 20 }, end: { line: 1, character: 26 } });
  assert.deepEqual(d.related[0].range.start, { line: 1, character: 15 });
  assert.deepEqual(missing, { path: 'missing.txt', error: { code: 'file.notFound', message: 'no such file' }, quantities: [], diagnostics: [] });
});

test('json: written piece by piece, the same bytes as stringifying the whole document with 2-space indent', () => {
  // Every shape: a file with lists, an unreadable one, an empty file, and no file at all.
  const empty = { ...REPORTS[0], text: '', result: { quantities: [], diagnostics: [] } } as FileReport;
  for (const reports of [REPORTS, [REPORTS[1]], [empty], [REPORTS[0], empty, REPORTS[1]], []] as FileReport[][]) {
    const streamed = formatJson(reports, { locale: 'zh-cn', quiet: false });
    const whole = JSON.stringify(JSON.parse(streamed), null, 2) + '\n';
    assert.equal(streamed, whole);
    assert.ok(Array.from(formatJsonChunks(reports, { locale: 'zh-cn', quiet: false })).length >= 2 + reports.length);
  }
});

test('sarif: 2.1.0, utf16 columns, rule descriptor, region, related location, fix, failed input as notification', () => {
  const log = JSON.parse(formatSarif(REPORTS, { locale: 'en', quiet: false })) as Sarif.Log;
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.tool.driver.name, 'StatLens');
  assert.match(run.tool.driver.version ?? '', /^\d+\.\d+\.\d+/);
  assert.ok(URL.canParse(run.tool.driver.informationUri ?? ''), 'informationUri is an absolute URI');
  const rule = run.tool.driver.rules?.find((r) => r.id === 'percent-mismatch');
  assert.ok(rule?.shortDescription?.text);
  assert.ok(URL.canParse(rule?.helpUri ?? '') && rule?.helpUri?.endsWith('docs/rules/percent-mismatch.md'));
  const result = run.results?.[0];
  assert.equal(result?.ruleId, 'percent-mismatch');
  assert.equal(run.tool.driver.rules?.[result?.ruleIndex ?? -1]?.id, 'percent-mismatch');
  assert.equal(result?.level, 'warning');
  const location = result?.locations?.[0].physicalLocation;
  assert.equal(location?.artifactLocation?.uri, 'dir/%E6%8A%A5%E5%91%8A.txt');
  assert.deepEqual(location?.region, { startLine: 2, startColumn: 21, endLine: 2, endColumn: 27, snippet: { text: '153.0%' } });
  assert.deepEqual(result?.relatedLocations?.[0].physicalLocation?.region, { startLine: 2, startColumn: 16, endLine: 2, endColumn: 20 });
  assert.equal(result?.fixes?.[0].artifactChanges[0].replacements[0].insertedContent?.text, '143.0%');
  const invocation = run.invocations?.[0];
  assert.equal(invocation?.executionSuccessful, false);
  assert.equal(invocation?.toolExecutionNotifications?.[0].message.text, 'no such file');
});

test('helpers: digit grouping and artifact URIs', () => {
  assert.equal(groupDigits('538890000000'), '538,890,000,000');
  assert.equal(groupDigits('-1234.567'), '-1,234.567');
  assert.equal(groupDigits('999'), '999');
  assert.equal(groupDigits('1/3'), '1/3');
  assert.equal(artifactUri('-'), 'stdin');
  assert.equal(artifactUri('/tmp/a b.txt'), 'file:///tmp/a%20b.txt');
});
