// test/vscode/lib/extension-tests.mjs - run an extensionTestsPath module (whose run() VS Code awaits,
// usually mocha) inside the real extension host of code-server, opened by headless Chromium.
//
// Usage: node extension-tests.mjs --dev EXT_FOLDER [--dev ...] --tests TESTS_MODULE.js [--folder WORKSPACE]
// Exit code: the tests' (0 pass, 1 fail); 2 = no result (timeout, or server/browser did not start).
// Env: STATLENS_VSCODE_TIMEOUT_S (180), QUIET=1 (do not print the extension host's console),
//      KEEP_RUN=1; every other variable reaches the extension host, hence the tests.
//
// How: code-server runs with --vscode-option enable-smoke-test-driver, which makes the web workbench honour
// extensionDevelopmentPath/extensionTestsPath from the URL payload. When run() settles the extension
// host exits and the workbench calls window.codeAutomationExit(code), which we expose before loading.
import { parseArgs, format } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { Session } from './session.mjs';

const { values: options } = parseArgs({ options: {
  dev: { type: 'string', multiple: true }, tests: { type: 'string' }, folder: { type: 'string' } } });
if (!options.dev?.length || !options.tests) {
  console.error('usage: extension-tests.mjs --dev EXT_FOLDER --tests TESTS_MODULE.js [--folder WORKSPACE]');
  process.exit(64);
}
const testsModule = path.resolve(options.tests);
if (!fs.existsSync(testsModule)) { console.error(`extension-tests: no tests module ${testsModule}`); process.exit(2); }
const timeoutMs = 1000 * Number(process.env.STATLENS_VSCODE_TIMEOUT_S || 180);

// Messages an offline, unauthenticated web workbench always prints; they say nothing about the tests.
const OFFLINE_NOISE = /github|Failed to load resource|ERR_NAME_NOT_RESOLVED|ENOTFOUND|gallery|web worker extension host|vsda|connection token|Creating a socket|grace time|additional builtin|Service Worker|allow-same-origin|AgentHost|AccountPolicy|workbench contribution/i;

const session = await Session.create('tests');
let exitCode = null;
try {
  const folder = options.folder ? path.resolve(options.folder) : `${session.dir}/workspace`;
  fs.mkdirSync(folder, { recursive: true });
  await session.startServer(folder, ['--vscode-option', 'enable-smoke-test-driver']);
  const page = await session.openBrowser();
  await page.exposeFunction('codeAutomationExit', code => { exitCode = Number(code); });
  page.on('console', async message => {
    if (process.env.QUIET) return;
    let text;
    try {
      let args = await Promise.all(message.args().map(a => a.jsonValue()));
      // VS Code prefixes '%c INFO' and a CSS string; mocha's reporter uses %s/%d placeholders.
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      text = format(...args);
    } catch { text = message.text(); }
    if (text.trim() && !OFFLINE_NOISE.test(text)) console.log(text);
  });
  await page.goto(session.workbenchUrl(folder, { developmentPaths: options.dev, testsPath: testsModule }));
  const deadline = Date.now() + timeoutMs;
  while (exitCode === null && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 200));
  if (exitCode === null) {
    console.error(`extension-tests: no result within ${timeoutMs / 1000} s`);
    await page.screenshot({ path: `${session.dir}/timeout.png` }).catch(() => {});
  }
} catch (error) {
  console.error(`extension-tests: ${error.message}`);
} finally {
  const passed = exitCode === 0;
  await session.stop({ passed });
  if (!passed) console.error(`extension-tests: run folder kept: ${session.dir}`);
}
process.exit(exitCode === null ? 2 : exitCode);
