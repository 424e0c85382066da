// test/vscode/run.mjs - `npm run test:vscode`: StatLens in a real, headless VS Code.
//   1. install (cached in .cache/real-vscode, see install.sh)
//   2. npm run package: builds dist/ and out/ (vscode:prepublish) and makes the .vsix users install
//   3. level 2: mocha suite in the extension host, repository as development extension (run-extension-tests.mjs)
//   4. level 3: UI checks through the workbench with the .vsix installed (ui/ui-test.mjs);
//      screenshots into docs/images/
// Ends with one line `N passed, N failed` that counts every mocha test and every UI check.
//
// Usage: node test/vscode/run.mjs [--no-install] [--dev | --no-build | --vsix FILE.vsix] [--level 2|3]
//                                  [--extension DIR]
//   --dev        npm run build only (no packaging); level 3 loads the repository as a development extension
//   --no-build   build nothing; level 3 uses --vsix when given, else the repository as development extension
//   --vsix       level 3 installs this package (also STATLENS_VSCODE_VSIX); the build is then npm run build
//   --extension  test this extension folder instead of the repository (to check the harness itself)
// Exit code: 0 when nothing failed, 1 otherwise.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../..');
const { values: options } = parseArgs({ options: {
  'no-install': { type: 'boolean' }, 'no-build': { type: 'boolean' }, dev: { type: 'boolean' },
  vsix: { type: 'string' }, level: { type: 'string' }, extension: { type: 'string' } } });
const extensionArgs = options.extension ? ['--extension', path.resolve(options.extension)] : [];
let vsix = options.vsix || process.env.STATLENS_VSCODE_VSIX;
const packageVsix = !vsix && !options.dev && !options['no-build'] && !options.extension;
const runLevel = level => !options.level || options.level === String(level);

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-test-vscode-'));
const totals = { passed: 0, failed: 0 };
const failures = [];

let currentStep = null;
// A CI timeout or Ctrl+C stops the running step first, so that its own cleanup stops code-server and
// Chromium; nothing outlives the run.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.log(`\n== ${signal}: stopping`);
    const exit = () => { fs.rmSync(resultsDir, { recursive: true, force: true }); process.exit(1); };
    if (!currentStep) exit();
    currentStep.kill(signal);
    currentStep.on('close', exit);
  });
}

async function step(title, command, args) {
  const started = Date.now();
  console.log(`\n== ${title}`);
  const status = await new Promise(resolve => {
    currentStep = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit' })
      .on('error', error => { console.error(error.message); resolve(null); })
      .on('close', code => resolve(code));
  });
  currentStep = null;
  console.log(`== ${title}: ${status === 0 ? 'ok' : `exit ${status}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
}

/** Adds a level's counts from its JSON results; a level that wrote none counts as one failure. */
function count(level, resultsFile, items) {
  let results;
  try { results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch {
    totals.failed++;
    failures.push(`${level}: produced no results (see its output above)`);
    return;
  }
  totals.passed += results.passed;
  totals.failed += results.failed;
  for (const item of results[items].filter(item => item.state === 'failed' || item.ok === false)) {
    failures.push(`${level}: ${item.title ?? item.name}: ${item.error ?? item.detail}`);
  }
}

/** The .vsix in the repository root written at or after `since` (ms), or undefined. */
function newestVsixSince(since) {
  const made = fs.readdirSync(REPO_ROOT).filter(name => name.endsWith('.vsix'))
    .map(name => ({ file: path.join(REPO_ROOT, name), mtime: fs.statSync(path.join(REPO_ROOT, name)).mtimeMs }))
    .filter(({ mtime }) => mtime >= since - 1000)
    .sort((a, b) => b.mtime - a.mtime);
  return made[0]?.file;
}

let ready = true;
if (!options['no-install']) {
  ready = await step('install real VS Code (cached)', 'bash', [path.join(HERE, 'install.sh')]);
}
if (ready && packageVsix) {
  // vscode:prepublish runs npm run build: dist/ (the extension) and out/ (the compiled suite) included.
  const started = Date.now();
  if (await step('npm run package (builds, then makes the .vsix)', 'npm', ['run', 'package', '--silent'])) {
    vsix = newestVsixSince(started);
  }
  if (!vsix) {
    totals.failed++;   // the levels below would test a stale build or the wrong package
    failures.push('package: npm run package failed or made no new .vsix in the repository root');
  }
} else if (ready && !options['no-build']) {
  if (!await step('npm run build', 'npm', ['run', 'build', '--silent'])) {
    totals.failed++;
    failures.push('build: npm run build failed');
  }
}
if (!ready) {
  totals.failed++;
  failures.push('install: test/vscode/install.sh failed; no test could run');
} else {
  if (runLevel(2)) {
    const results = path.join(resultsDir, 'extension-tests.json');
    await step('level 2: extension tests in the extension host', process.execPath,
      [path.join(HERE, 'run-extension-tests.mjs'), '--results', results, ...extensionArgs]);
    count('level 2', results, 'tests');
  }
  if (runLevel(3)) {
    // Without a .vsix (packaging failed, counted above) level 3 still runs, on the development extension.
    if (packageVsix && !vsix) console.log('\n(no .vsix: level 3 loads the repository as a development extension)');
    const results = path.join(resultsDir, 'ui.json');
    await step('level 3: UI checks in the workbench', process.execPath,
      [path.join(HERE, 'ui/ui-test.mjs'), '--results', results, ...(vsix ? ['--vsix', vsix] : extensionArgs),
        // docs/images/ shows StatLens itself, never another extension under test.
        ...(options.extension ? ['--shots', path.join(resultsDir, 'shots')] : [])]);
    count('level 3', results, 'checks');
  }
}
fs.rmSync(resultsDir, { recursive: true, force: true });
if (failures.length) console.log(`\nFailures:\n${failures.map(f => `  - ${f}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && failures.length === 0 ? 0 : 1);
