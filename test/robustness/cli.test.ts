// Bad input to the statlens command: every unusable file gets one clear line on stderr, the exit status is
// non-zero, and the good files in the same run are still checked. The real bin, as a user runs it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../../scripts/bench/corpus';

const BIN = path.join(ROOT, 'bin', 'statlens.js');

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' }, timeout: 60_000, maxBuffer: 512 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI robustness: bad files among good ones', () => {
  let dir = '';
  const file = (name: string) => path.join(dir, name);
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-robust-'));
    fs.writeFileSync(file('good-1.txt'), '全市接待游客2623.7萬人次。\n');
    fs.writeFileSync(file('good-2.txt'), '\uFEFF一般公共预算收入865.3亿元，增长5.6%。\r\n');
    fs.writeFileSync(file('binary.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]));
    fs.writeFileSync(file('gbk.txt'), Buffer.from([0xc8, 0xab, 0xca, 0xd0, 0x35, 0x25, 0x0a])); // 全市5% in GBK
    fs.writeFileSync(file('truncated-utf8.txt'), Buffer.concat([Buffer.from('增长5%', 'utf8'), Buffer.from([0xe5, 0xa2])]));
    // Enormous: a sparse 3 GiB file (no disk used) must be refused from its size, not read into memory.
    const fd = fs.openSync(file('enormous.txt'), 'w');
    fs.ftruncateSync(fd, 3 * 1024 ** 3);
    fs.closeSync(fd);
    fs.mkdirSync(file('a-directory'));
    fs.writeFileSync(file('unreadable.txt'), '增长5%');
    fs.chmodSync(file('unreadable.txt'), 0o000);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports each bad file on one line, exits non-zero, and still checks the good files', () => {
    const bad = ['binary.dat', 'gbk.txt', 'truncated-utf8.txt', 'enormous.txt', 'a-directory', 'missing.txt'];
    // Root reads any file whatever its mode: only count unreadable.txt as bad when permissions apply.
    let unreadable = false;
    try { fs.readFileSync(file('unreadable.txt')); } catch { unreadable = true; }
    if (unreadable) bad.push('unreadable.txt');
    const args = ['good-1.txt', ...bad.slice(0, 3), 'good-2.txt', ...bad.slice(3)].map(file);
    const r = runCli(['check', '--format', 'json', ...args]);

    assert.notEqual(r.status, 0, 'bad inputs must give a non-zero exit status');
    const lines = r.stderr.split('\n').filter((l) => l.length > 0);
    for (const name of bad) {
      const mine = lines.filter((l) => l.includes(file(name)));
      assert.equal(mine.length, 1, `expected one stderr line for ${name}, got: ${JSON.stringify(mine)}`);
      assert.match(mine[0], /^statlens: /);
      assert.ok(mine[0].length < 300, `message for ${name} is not a one-liner: ${mine[0]}`);
      assert.ok(!mine[0].includes('Error:') && !mine[0].includes('    at '), `stack trace or raw error for ${name}: ${mine[0]}`);
    }
    assert.equal(lines.length, bad.length, `unexpected stderr lines: ${r.stderr}`);
    // The good files were analyzed: their figures are in the report.
    assert.match(r.stdout, /2623\.7萬/);
    assert.match(r.stdout, /865\.3亿/);
  });

  it('a file that is only a BOM, or only CR line breaks, is checked without complaint', () => {
    fs.writeFileSync(file('bom-only.txt'), '\uFEFF');
    fs.writeFileSync(file('cr-only.txt'), '增长5%。\r全年12.5万人。\r');
    const r = runCli(['check', '--format', 'json', file('bom-only.txt'), file('cr-only.txt')]);
    assert.equal(r.stderr, '');
    assert.notEqual(r.status, 2);
    assert.match(r.stdout, /12\.5万/);
  });

  it('a file with more figures than a call can take as arguments (150,000) is listed in full in every format', () => {
    // The text formatter once spread all of a file's lines into one push(): "Maximum call stack size exceeded"
    // on a 10 MiB report. 150,000 figures in about 1 MB.
    const figures = 150_000;
    fs.writeFileSync(file('many-figures.txt'), '共计' + Array.from({ length: figures }, (_, k) => `${(k % 9) + 1}人`).join('、') + '。\n');
    const text = runCli(['check', file('many-figures.txt')]);
    assert.equal(text.stderr, '');
    assert.equal(text.status, 0);
    const lines = text.stdout.trimEnd().split('\n');
    assert.match(lines[lines.length - 1], new RegExp(`1 file\\(s\\) checked: ${figures} quantities`));
    assert.equal(lines.filter((l) => l.includes(': quantity ')).length, figures);
    const json = runCli(['check', '--format', 'json', file('many-figures.txt')]);
    assert.equal(json.stderr, '');
    assert.equal(json.status, 0);
    assert.equal(JSON.parse(json.stdout).files[0].quantities.length, figures);
    const sarif = runCli(['check', '--format', 'sarif', file('many-figures.txt')]);
    assert.equal(sarif.status, 0);
    assert.equal(JSON.parse(sarif.stdout).version, '2.1.0');
  });
});
