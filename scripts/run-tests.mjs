#!/usr/bin/env node
// Runs the fast suites: every compiled `*.test.js` under out/test, except the real-VS-Code suites (test/vscode,
// run by `npm run test:vscode`). Node 20's runner has no globs, and given a folder it would also run helpers and the
// VS Code suites, so the file list is made here. Extra arguments go to `node --test` (e.g. --test-name-pattern).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'vscode') walk(p);
    } else if (name.endsWith('.test.js')) files.push(p);
  }
};
walk(join(root, 'out', 'test'));
files.sort();
const r = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
