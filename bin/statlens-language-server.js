#!/usr/bin/env node
// StatLens language server for any LSP editor: `statlens-language-server --stdio`.
// Runs the esbuild bundle (dist/server.js, which loads dist/statlens-server.js through V8's code cache) when there is
// one, else the tsc output (out/server/src/server.js).
// STATLENS_SERVER_MODULE points at another build (the tests use it to run the fresh tsc output).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const candidates = [
  process.env.STATLENS_SERVER_MODULE,
  path.join(root, 'dist', 'server.js'),
  path.join(root, 'out', 'server', 'src', 'server.js'),
].filter(Boolean);

const entry = candidates.find((file) => fs.existsSync(file));
if (!entry) {
  process.stderr.write('statlens-language-server: no build found; run `npm run build` first.\n');
  process.exit(1);
}
if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio'); // the default transport for other editors
}
require(entry);
