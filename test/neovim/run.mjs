#!/usr/bin/env node
// `npm run test:neovim`: the language server driven by a real third-party LSP client, headless Neovim.
// Installs Debian's neovim when it is missing (CI runs as root), opens a document with a planted mismatch and checks
// what Neovim shows: the diagnostic (code, byte column as Neovim counts), the hover in zh-CN, and the quick fix.
// Ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (!has('nvim')) {
  console.log('== installing neovim (apt)');
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim'], { stdio: 'inherit' });
  if (install.status !== 0 || !has('nvim')) {
    console.log('neovim could not be installed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'statlens-nvim-'));
const file = join(dir, 'mismatch.txt');
const text = '完成37.17万人，为年度任务26万人的153.0%。\n';
writeFileSync(file, text);
const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${join(root, 'test/neovim/check.lua')}`], {
  env: {
    ...process.env,
    HOME: dir,
    XDG_STATE_HOME: dir,
    XDG_CACHE_HOME: dir,
    STATLENS_BIN: join(root, 'bin/statlens-language-server.js'),
    // the fresh tsc output, not a possibly stale bundle
    STATLENS_SERVER_MODULE: join(root, 'out/server/src/server.js'),
    STATLENS_FILE: file,
  },
  encoding: 'utf8',
  timeout: 60_000,
});
const output = `${result.stdout}\n${result.stderr}`.replace(/\r/g, '\n');
rmSync(dir, { recursive: true, force: true });

const byteColumn = Buffer.byteLength(text.slice(0, text.indexOf('153.0%')), 'utf8');
const checks = [
  ['Neovim shows percent-mismatch on 153.0% at its byte column', new RegExp(`^DIAG 0:${byteColumn}:${byteColumn + 6} percent-mismatch 37\\.17万 ÷ 26万 = 142\\.96%，文中为 153\\.0%`, 'm')],
  ['the hover over 37.17万 shows 371,700 in zh-CN', /^HOVER \*\*371,700\*\* 人.*类型: 数量/m],
  ['the preferred quick fix rewrites 153.0% as 143.0%', /^FIX .*=> 完成37\.17万人，为年度任务26万人的143\.0%。$/m],
  ['the session ran to the end', /^DONE$/m],
];
let passed = 0;
let failed = 0;
for (const [name, re] of checks) {
  if (re.test(output)) {
    passed++;
    console.log(`  ✔ ${name}`);
  } else {
    failed++;
    console.log(`  ✘ ${name}`);
  }
}
if (failed) console.log('Neovim output:\n' + output.split('\n').filter((l) => l.trim()).slice(0, 40).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
