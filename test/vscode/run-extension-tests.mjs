// test/vscode/run-extension-tests.mjs - level 2: the mocha suite (suite/*.vscode-test.ts, compiled to
// out/test/vscode/suite/) inside a real VS Code extension host, started the standard way with
// @vscode/test-electron's runTests(). runTests cannot download VS Code offline, so vscodeExecutablePath
// is lib/code-shim.sh, which runs the same command line in code-server + headless Chromium.
//
// Usage: node test/vscode/run-extension-tests.mjs [--results FILE.json] [--workspace DIR] [--extension DIR]
//   --results    where the suite writes its JSON summary (default: a temporary file, printed)
//   --workspace  workspace folder; default: a fresh copy of test/vscode/fixtures/workspace
//   --extension  extension folder (extensionDevelopmentPath); default: the repository
// Needs: test/vscode/install.sh, and `npm run build` (dist/ for the extension, out/ for the suite).
// Exit code: 0 when every test passed, 1 otherwise.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './lib/session.mjs';
import { freshWorkspace } from './lib/fixtures.mjs';

const { runTests } = createRequire(import.meta.url)('@vscode/test-electron');
const { values: options } = parseArgs({ options: { results: { type: 'string' }, workspace: { type: 'string' }, extension: { type: 'string' } } });

const resultsFile = path.resolve(options.results ||
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-vscode-')), 'extension-tests.json'));
fs.rmSync(resultsFile, { force: true });   // a stale file must not pass for this run's results
const workspace = options.workspace ? path.resolve(options.workspace) : freshWorkspace();
const testsModule = path.join(REPO_ROOT, 'out/test/vscode/suite/index.js');
if (!fs.existsSync(testsModule)) {
  console.error(`run-extension-tests: ${testsModule} missing; run npm run build first`);
  process.exit(1);
}

// runTests forwards SIGINT to the VS Code it started (here: the shim, whose runner then stops code-server
// and Chromium) but ignores SIGTERM and SIGHUP: route those through the same path.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => process.emit('SIGINT', 'SIGINT'));

let exitCode = 0;
try {
  await runTests({
    vscodeExecutablePath: path.join(REPO_ROOT, 'test/vscode/lib/code-shim.sh'),
    extensionDevelopmentPath: path.resolve(options.extension || REPO_ROOT),
    extensionTestsPath: testsModule,
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: { STATLENS_VSCODE_RESULTS: resultsFile },
  });
} catch (error) {
  console.error(`run-extension-tests: ${error.message}`);
  exitCode = 1;
}
console.log(`run-extension-tests: results in ${resultsFile}`);
if (!options.workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
process.exit(exitCode);
