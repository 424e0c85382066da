// Bundles the extension client and the language server with esbuild: dist/client.js and dist/server.js.
// Node platform, CommonJS, minified; only `vscode` (provided by the editor) stays external, so the .vsix
// needs no node_modules. Traditional → simplified is a generated table in the engine (opencc-js is a build-time tool).
// Usage: node scripts/bundle.mjs [--watch] [--no-minify]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
  // vscode-languageserver & co. publish entry points only through "exports" conditions.
  mainFields: ['module', 'main'],
  conditions: ['node'],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  for (const [i, result] of results.entries()) {
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    console.log(`${builds[i].outfile}: ${(bytes / 1024).toFixed(0)} KiB`);
  }
}
