// Bundles the extension client and the language server with esbuild: dist/client.js, and dist/server.js (a small
// entry) with dist/statlens-server.js (the server it loads through V8's code cache).
// Node platform, CommonJS, minified; only `vscode` (provided by the editor) stays external, so the .vsix
// needs no node_modules. Traditional → simplified is a generated table in the engine (opencc-js is a build-time tool).
// Usage: node scripts/bundle.mjs [--watch] [--no-minify] [--outdir DIR]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');
// --outdir DIR: bundle elsewhere than dist/ (the launcher's test bundles into a temporary directory).
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt >= 0 ? path.resolve(process.argv[outdirAt + 1]) : path.join(root, 'dist');

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
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: path.join(outdir, 'client.js') },
  // dist/server.js is the small entry that loads the server bundle through V8's code cache (server/src/launch).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: path.join(outdir, 'statlens-server.js') },
  { ...common, entryPoints: ['server/src/launch/main.ts'], outfile: path.join(outdir, 'server.js') },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  for (const [i, result] of results.entries()) {
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    console.log(`${path.relative(root, builds[i].outfile)}: ${(bytes / 1024).toFixed(0)} KiB`);
  }
}
