// The server's start through V8's code cache (server/src/launch): a module loaded through it behaves as if
// required, a cache is written and then used, a damaged or foreign cache is refused and replaced, and nothing
// about the cache can stop the server from starting. The last tests bundle the server as `npm run build` does and
// start it twice over a real LSP connection.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { codeCacheDirectory, defaultCacheDirectory } from '../../server/src/launch/cacheDirectory';
import { cacheFileFor, loadWithCodeCache } from '../../server/src/launch/codeCache';
import { LspSession, ROOT } from './harness';

const temporaryDirectories: string[] = [];
function temporaryDirectory(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-cc-'));
  temporaryDirectories.push(dir);
  return dir;
}
after(() => {
  for (const dir of temporaryDirectories) fs.rmSync(dir, { recursive: true, force: true });
});

async function waitForFile(file: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > until) throw new Error(`${file} was not written within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A CommonJS module that uses what a module's wrapper gives it: exports, module, require, __filename, __dirname. */
function writeFixture(dir: string, answer: number): string {
  const file = path.join(dir, 'fixture.js');
  fs.writeFileSync(file, [
    "'use strict';",
    "const path = require('path');",
    `function answer() { return ${answer}; }`,
    'module.exports = { answer: answer(), file: __filename, dir: path.basename(__dirname), self: module.id, isExports: this === exports };',
    '',
  ].join('\n'));
  return file;
}

describe('loadWithCodeCache', () => {
  test('runs the module as require would, writes a cache, and the next load uses it', async () => {
    const dir = temporaryDirectory();
    const cache = path.join(dir, 'cache');
    const file = writeFixture(dir, 41);
    const first = loadWithCodeCache(file, { directory: cache, writeAfterMs: 0 });
    assert.equal(first.outcome, 'missing');
    assert.equal((first.exports as { answer: number }).answer, 41);
    const cacheFile = cacheFileFor(cache, file, fs.readFileSync(file, 'utf8'));
    await waitForFile(cacheFile);
    assert.ok(fs.statSync(cacheFile).size > 0);
    assert.equal(loadWithCodeCache(file, { directory: cache }).outcome, 'used');
  });

  test('gives the module its own exports, require, filename and dirname, with the cache or without', async () => {
    const dir = temporaryDirectory();
    const cache = path.join(dir, 'cache');
    const file = writeFixture(dir, 7);
    const expected = { answer: 7, file, dir: path.basename(dir), self: file, isExports: true };
    assert.deepEqual(loadWithCodeCache(file, { directory: undefined }), { outcome: 'off', exports: expected });
    assert.deepEqual(loadWithCodeCache(file, { directory: cache, writeAfterMs: 0 }), { outcome: 'missing', exports: expected });
    await waitForFile(cacheFileFor(cache, file, fs.readFileSync(file, 'utf8')));
    assert.deepEqual(loadWithCodeCache(file, { directory: cache }), { outcome: 'used', exports: expected });
  });

  test('a damaged cache is refused, the module still loads, and a good cache replaces it', async () => {
    const dir = temporaryDirectory();
    const cache = path.join(dir, 'cache');
    const file = writeFixture(dir, 3);
    const cacheFile = cacheFileFor(cache, file, fs.readFileSync(file, 'utf8'));
    fs.mkdirSync(cache);
    fs.writeFileSync(cacheFile, Buffer.from('not a V8 code cache at all, just text of some length'));
    const damaged = fs.readFileSync(cacheFile);
    assert.equal(loadWithCodeCache(file, { directory: cache, writeAfterMs: 0 }).outcome, 'rejected');
    const until = Date.now() + 5000;
    while (fs.readFileSync(cacheFile).equals(damaged)) {
      assert.ok(Date.now() < until, 'the damaged cache was not replaced');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(loadWithCodeCache(file, { directory: cache }).outcome, 'used');
  });

  test('an edited module never meets the cache of its old text, even at the same length', async () => {
    const dir = temporaryDirectory();
    const cache = path.join(dir, 'cache');
    const file = writeFixture(dir, 11);
    const before = cacheFileFor(cache, file, fs.readFileSync(file, 'utf8'));
    loadWithCodeCache(file, { directory: cache, writeAfterMs: 0 });
    await waitForFile(before);
    writeFixture(dir, 12); // same length, other code
    const after = cacheFileFor(cache, file, fs.readFileSync(file, 'utf8'));
    assert.notEqual(after, before);
    assert.equal(loadWithCodeCache(file, { directory: cache, writeAfterMs: 0 }).outcome, 'missing');
    await waitForFile(after);
    assert.deepEqual(fs.readdirSync(cache).sort(), [path.basename(before), path.basename(after)].sort(), 'the old cache is kept for a while');
  });

  test('writing a cache clears out all but the three newest caches of other texts of the same file', async () => {
    const dir = temporaryDirectory();
    const cache = path.join(dir, 'cache');
    fs.mkdirSync(cache);
    const old = ['0a', '0b', '0c', '0d', '0e'].map((hex, i) => {
      const name = `fixture-${hex.repeat(10)}.v8cache`;
      fs.writeFileSync(path.join(cache, name), 'old');
      fs.utimesSync(path.join(cache, name), 1_000_000 + i, 1_000_000 + i);
      return name;
    });
    fs.writeFileSync(path.join(cache, 'other-0000.v8cache'), 'another file\'s cache');
    const file = writeFixture(dir, 9);
    const cacheFile = cacheFileFor(cache, file, fs.readFileSync(file, 'utf8'));
    loadWithCodeCache(file, { directory: cache, writeAfterMs: 0 });
    await waitForFile(cacheFile);
    assert.deepEqual(fs.readdirSync(cache).sort(), [...old.slice(2), path.basename(cacheFile), 'other-0000.v8cache'].sort());
  });

  test('a cache directory that cannot be created costs only the cache', async () => {
    const dir = temporaryDirectory();
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'a file where the cache directory would go');
    const file = writeFixture(dir, 5);
    assert.equal(loadWithCodeCache(file, { directory: path.join(blocker, 'cache'), writeAfterMs: 0 }).outcome, 'missing');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(fs.readdirSync(dir).sort(), ['blocker', 'fixture.js']);
  });

  test('the module\'s own exceptions reach the caller', () => {
    const dir = temporaryDirectory();
    const file = path.join(dir, 'throws.js');
    fs.writeFileSync(file, "throw new Error('broken module');\n");
    assert.throws(() => loadWithCodeCache(file, { directory: path.join(dir, 'cache') }), /broken module/);
  });
});

describe('where the code cache lives', () => {
  const rows: Array<[string, NodeJS.ProcessEnv, NodeJS.Platform, string | undefined]> = [
    ['off by STATLENS_CODE_CACHE=off', { STATLENS_CODE_CACHE: 'off', HOME: '/home/u' }, 'linux', undefined],
    ['off, whatever the case', { STATLENS_CODE_CACHE: 'OFF', STATLENS_CODE_CACHE_DIR: '/x' }, 'linux', undefined],
    ['the directory the client or user named', { STATLENS_CODE_CACHE_DIR: '/data/statlens/code-cache', HOME: '/home/u' }, 'linux', '/data/statlens/code-cache'],
    ['XDG_CACHE_HOME on Linux', { XDG_CACHE_HOME: '/home/u/.xdg', HOME: '/home/u' }, 'linux', '/home/u/.xdg/statlens'],
    ['a relative XDG_CACHE_HOME is ignored (the spec says so)', { XDG_CACHE_HOME: 'rel', HOME: '/home/u' }, 'linux', '/home/u/.cache/statlens'],
    ['~/.cache on Linux', { HOME: '/home/u' }, 'linux', '/home/u/.cache/statlens'],
    ['~/Library/Caches on macOS', { HOME: '/Users/u' }, 'darwin', '/Users/u/Library/Caches/statlens'],
  ];
  for (const [name, env, platform, expected] of rows) {
    test(name, () => assert.equal(codeCacheDirectory(env, platform), expected));
  }
  test('LOCALAPPDATA on Windows', () => {
    assert.equal(defaultCacheDirectory({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32'), path.join('C:\\Users\\u\\AppData\\Local', 'statlens', 'cache'));
    assert.equal(defaultCacheDirectory({}, 'win32'), undefined);
  });
});

describe('the bundled server started through its code cache (real LSP connection)', () => {
  let bundle: string;
  before(() => {
    bundle = temporaryDirectory();
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), '--outdir', bundle], { cwd: ROOT, stdio: 'pipe' });
  });

  const TEXT = '全年完成37.17万人，为年度任务26万人的153.0%。';

  async function startAndCheck(cache: string): Promise<{ outcome: string; codes: string[] }> {
    const { session } = await LspSession.start({
      serverModule: path.join(bundle, 'server.js'),
      env: { STATLENS_CODE_CACHE_DIR: cache, STATLENS_TRACE_CODE_CACHE: '1' },
    });
    try {
      const uri = 'file:///cc/report.txt';
      await session.open(uri, TEXT);
      const diagnostics = await session.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      return { outcome: /code cache (\w+)/.exec(session.stderr)?.[1] ?? `no trace in: ${session.stderr}`, codes: diagnostics.map((d) => String(d.code)) };
    } finally {
      await session.stop();
    }
  }

  test('the first start writes the cache at exit, the second uses it, and both flag the same figure', async () => {
    const cache = path.join(temporaryDirectory(), 'code-cache');
    const first = await startAndCheck(cache);
    assert.equal(first.outcome, 'missing');
    const written = fs.readdirSync(cache);
    assert.equal(written.length, 1, `one cache file: ${written.join(', ')}`);
    assert.match(written[0], /^statlens-server-[0-9a-f]{20}\.v8cache$/);
    const second = await startAndCheck(cache);
    assert.equal(second.outcome, 'used');
    assert.deepEqual(second.codes, first.codes);
    assert.deepEqual(first.codes, ['percent-mismatch']);
  });

  test('a cache another runtime wrote (here: garbage) is refused and the server serves as usual', async () => {
    const cache = path.join(temporaryDirectory(), 'code-cache');
    fs.mkdirSync(cache);
    const source = fs.readFileSync(path.join(bundle, 'statlens-server.js'), 'utf8');
    fs.writeFileSync(cacheFileFor(cache, path.join(bundle, 'statlens-server.js'), source), Buffer.alloc(4096, 7));
    const run = await startAndCheck(cache);
    assert.equal(run.outcome, 'rejected');
    assert.deepEqual(run.codes, ['percent-mismatch']);
    assert.equal((await startAndCheck(cache)).outcome, 'used');
  });
});
