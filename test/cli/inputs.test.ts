// The statlens process: arguments, reading and decoding inputs, exit status. Each case runs bin/statlens.js.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { ROOT, encodeLegacy, statlens, stderrLines, tempDir, writeTemp } from './helpers';

const SENTENCE = '完成37.17万人，为年度任务26万人的143.0%。\n';
const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));
const good = writeTemp(dir, 'good.txt', SENTENCE);

function json(run: { stdout: string }) {
  return JSON.parse(run.stdout) as { version: number; files: { path: string; encoding?: string; error?: { code: string; message: string }; quantities: unknown[]; diagnostics: unknown[] }[] };
}

/** Every usage error: status 2, exactly one line on stderr, nothing on stdout. */
const USAGE_ERRORS: { args: string[]; says: string }[] = [
  { args: [], says: 'no command given' },
  { args: ['lint', good], says: "unknown command 'lint'" },
  { args: ['check'], says: 'no input' },
  { args: ['check', '--frobnicate', good], says: 'unknown option --frobnicate' },
  { args: ['check', '--format', 'xml', good], says: "--format must be one of text|json|sarif, not 'xml'" },
  { args: ['check', good, '--format'], says: 'option --format needs a value' },
  { args: ['check', '--fail-on=fatal', good], says: '--fail-on must be one of' },
  { args: ['check', '--encoding', 'klingon', good], says: "unknown encoding 'klingon'" },
  { args: ['check', '--max-size', 'lots', good], says: "--max-size must be a size such as 50M, 200K or 1048576, not 'lots'" },
  { args: ['check', '--quiet=yes', good], says: 'option --quiet takes no value' },
  { args: ['check', '--jobs', '0', good], says: "--jobs must be auto or a whole number from 1 to 64, not '0'" },
  { args: ['check', '-j', 'many', good], says: "--jobs must be auto or a whole number from 1 to 64, not 'many'" },
];

for (const { args, says } of USAGE_ERRORS) {
  test(`usage error: statlens ${args.map((a) => (a === good ? 'FILE' : a)).join(' ')}`, () => {
    const run = statlens(args);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    const lines = stderrLines(run);
    assert.equal(lines.length, 1, run.stderr);
    assert.ok(lines[0].startsWith('statlens: ') && lines[0].includes(says), lines[0]);
  });
}

test('--help and --version print to stdout and exit 0; the version is the package version', () => {
  const help = statlens(['--help']);
  assert.equal(help.status, 0);
  for (const word of ['statlens check', '--format', '--encoding', '--fail-on', '--max-size', '--jobs', '--locale']) assert.ok(help.stdout.includes(word), word);
  const version = statlens(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `statlens ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  assert.equal(statlens(['check', '--help']).status, 0, 'help wins over the missing files');
});

test('message language: LC_ALL over LC_MESSAGES over LANG, --locale over all', () => {
  const missing = join(dir, 'nope.txt');
  const says = (env: Record<string, string>, extra: string[] = []) => stderrLines(statlens(['check', ...extra, missing], { env }))[0];
  assert.equal(says({ LANG: 'zh_CN.UTF-8' }), `statlens: ${missing}: 文件不存在`);
  assert.equal(says({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }), `statlens: ${missing}: no such file`);
  assert.equal(says({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' }), `statlens: ${missing}: 文件不存在`);
  assert.equal(says({ LANG: 'zh_CN.UTF-8' }, ['--locale', 'en']), `statlens: ${missing}: no such file`);
  assert.match(stderrLines(statlens(['check', '--bogus', '--locale', 'zh-cn', good]))[0], /^statlens: 未知选项 --bogus/);
  assert.equal(stderrLines(statlens(['check', '--jobs', '0', '--locale', 'zh-cn', good]))[0], 'statlens: --jobs 应为 auto 或 1 到 64 之间的整数，而不是“0”');
});

test('a missing file among good ones: one stderr line for it, the good files still checked, exit 2', () => {
  const missing = join(dir, 'missing.txt');
  const second = writeTemp(dir, 'second.txt', SENTENCE);
  const run = statlens(['check', '--format', 'json', good, missing, second]);
  assert.equal(run.status, 2);
  assert.deepEqual(stderrLines(run), [`statlens: ${missing}: no such file`]);
  const doc = json(run);
  assert.deepEqual(doc.files.map((f) => f.path), [good, missing, second]);
  assert.equal(doc.files[1].error?.code, 'file.notFound');
  assert.equal(doc.files[0].error, undefined);
  assert.equal(doc.files[2].encoding, 'utf-8');
});

test('a directory, a binary file, a too large file: each a clear line; text output still covers the good file', () => {
  const folder = join(dir, 'folder');
  mkdirSync(folder, { recursive: true });
  const binary = writeTemp(dir, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const large = writeTemp(dir, 'large.txt', SENTENCE.repeat(4));
  const run = statlens(['check', '--max-size', '100', folder, binary, large, good]);
  assert.equal(run.status, 2);
  assert.deepEqual(stderrLines(run), [
    `statlens: ${folder}: is a directory, not a file`,
    `statlens: ${binary}: looks like a binary file (it contains NUL bytes); statlens reads text files`,
    `statlens: ${large}: is larger than 100 bytes; raise the limit with --max-size if this is really a report`,
  ]);
  assert.match(run.stdout, /^1 file\(s\) checked: \d+ quantities, 0 finding\(s\); 3 file\(s\) could not be read$/m);
});

test('--max-size takes K/M/G suffixes', () => {
  assert.equal(statlens(['check', '--max-size', '1K', good]).status, 0);
  assert.equal(statlens(['check', '--max-size=0.01k', good]).status, 2);
});

test('an empty file is fine: zero quantities, a note in text output', () => {
  const empty = writeTemp(dir, 'empty.txt', '');
  const run = statlens(['check', '--format', 'json', empty]);
  assert.equal(run.status, 0);
  assert.deepEqual(json(run).files[0], { path: empty, encoding: 'utf-8', quantities: [], diagnostics: [] });
  const text = statlens(['check', empty]);
  assert.equal(text.status, 0);
  assert.ok(text.stdout.startsWith(`${empty}: note: empty file\n`), text.stdout);
});

test('GB18030 bytes without --encoding: one clear line naming the file and the fix, no garbage on stdout', () => {
  const gb = writeTemp(dir, 'gb.txt', encodeLegacy('gb18030', SENTENCE));
  const run = statlens(['check', gb]);
  assert.equal(run.status, 2);
  assert.deepEqual(stderrLines(run), [
    `statlens: ${gb}: is not valid UTF-8; if it was saved as GB18030/GBK, run again with --encoding gb18030 (Big5: --encoding big5)`,
  ]);
  assert.ok(!run.stdout.includes('\ufffd'));
  assert.equal(json(statlens(['check', '--format', 'json', gb])).files[0].error?.code, 'file.notUtf8');
});

test('GB18030, GBK and Big5 files with --encoding read the same as UTF-8', () => {
  const utf8 = json(statlens(['check', '--format', 'json', good])).files[0];
  const gbBytes = encodeLegacy('gb18030', SENTENCE);
  assert.notDeepEqual(gbBytes, Buffer.from(SENTENCE), 'the test file really is not UTF-8');
  const gb = writeTemp(dir, 'gb-ok.txt', gbBytes);
  for (const label of ['gb18030', 'GBK']) {
    const run = statlens(['check', '--format', 'json', '--encoding', label, gb]);
    assert.equal(run.status, 0, run.stderr);
    const file = json(run).files[0];
    assert.equal(file.encoding, label === 'GBK' ? 'gbk' : 'gb18030');
    assert.deepEqual(file.quantities, utf8.quantities);
  }
  const traditional = '完成37.17萬人，為年度任務26萬人的143.0%。\n';
  const big5 = writeTemp(dir, 'big5.txt', encodeLegacy('big5', traditional));
  const big5Run = statlens(['check', '--format', 'json', '--encoding', 'big5', big5]);
  assert.equal(big5Run.status, 0, big5Run.stderr);
  const utf8Traditional = json(statlens(['check', '--format', 'json', '-'], { input: traditional })).files[0];
  assert.deepEqual(json(big5Run).files[0].quantities, utf8Traditional.quantities);
  assert.ok(utf8.quantities.length >= 3, 'the scanner finds the three figures (else the comparisons above prove little)');
});

test('bytes that are not valid in the given --encoding: a clear line, not garbage', () => {
  const bad = writeTemp(dir, 'bad-gb.txt', Buffer.from([0xb3, 0xc9, 0xff, 0x41]));
  const run = statlens(['check', '--encoding', 'gb18030', bad]);
  assert.equal(run.status, 2);
  assert.deepEqual(stderrLines(run), [`statlens: ${bad}: is not valid gb18030; check the --encoding label`]);
});

test('byte-order marks: a UTF-8 BOM is dropped before offsets count; UTF-16 with a BOM needs no --encoding', () => {
  const plain = json(statlens(['check', '--format', 'json', good])).files[0];
  const withBom = writeTemp(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
  assert.deepEqual(json(statlens(['check', '--format', 'json', withBom])).files[0].quantities, plain.quantities);
  const utf16 = writeTemp(dir, 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]));
  const run = statlens(['check', '--format', 'json', utf16]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(json(run).files[0].encoding, 'utf-16le');
  assert.deepEqual(json(run).files[0].quantities, plain.quantities);
  assert.ok(plain.quantities.length > 0, 'the scanner finds the figures');
});

test('standard input with -: path "-" in JSON, <stdin> in text, size limit applies', () => {
  const run = statlens(['check', '--format', 'json', '-'], { input: SENTENCE });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(json(run).files[0].path, '-');
  const text = statlens(['check', '-'], { input: SENTENCE });
  assert.match(text.stdout, /^<stdin>:1:3: quantity 37\.17万人 = /m);
  const large = statlens(['check', '--max-size', '10', '-'], { input: SENTENCE });
  assert.equal(large.status, 2);
  assert.deepEqual(stderrLines(large), ['statlens: <stdin>: is larger than 10 bytes; raise the limit with --max-size if this is really a report']);
  const gb = statlens(['check', '--encoding', 'gb18030', '--format', 'json', '-'], { input: encodeLegacy('gb18030', SENTENCE) });
  assert.equal(gb.status, 0, gb.stderr);
});

test('--jobs: several threads give the output of one, in the order of the arguments, an unreadable file still reported', () => {
  // a report large enough for several pieces of work, between a small file and a missing one
  const report = readFileSync(join(ROOT, 'samples/report.txt'), 'utf8');
  const big = writeTemp(dir, 'yearbook.txt', Array.from({ length: 120 }, () => report).join('\n\n'));
  const missing = join(dir, 'missing.txt');
  const args = ['check', '--format', 'json', good, big, missing, good];
  const one = statlens([...args, '--jobs', '1']);
  const three = statlens([...args, '--jobs', '3']);
  const auto = statlens(args);
  assert.equal(one.status, 2);
  assert.ok(JSON.parse(one.stdout).files.length === 4 && one.stdout.length > 1e6);
  for (const run of [three, auto]) {
    assert.equal(run.status, one.status);
    assert.equal(run.stdout, one.stdout);
    assert.equal(run.stderr, one.stderr);
  }
});
