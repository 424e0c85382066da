// Entry point VS Code calls as extensionTestsPath: runs every *.vscode-test.js next to this file with mocha
// inside the extension host. Besides mocha's spec output (which reaches the harness through the page
// console) it writes a JSON summary to $STATLENS_VSCODE_RESULTS, so the harness can count tests honestly
// instead of parsing console text.
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export interface SuiteResults {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; error?: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.vscode-test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const results: SuiteResults = { passed: 0, failed: 0, tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      // A failing before() hook skips its tests without a 'fail' event per test: count them as failed.
      const notRun = runner.total - results.passed - results.tests.filter(t => t.state === 'failed').length;
      results.failed = results.tests.filter(t => t.state === 'failed').length + Math.max(0, notRun);
      if (runner.total === 0) {
        // The suite defines its tests only when it can load 'vscode'; zero tests means it could not.
        results.tests.push({ title: 'the suite defined no tests', state: 'failed', error: 'no tests ran in the extension host' });
        results.failed = 1;
      }
      writeResults(results);
      if (failures > 0 || results.failed > 0) reject(new Error(`${results.failed} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', test => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed' });
    });
    runner.on('fail', (test, error: Error) => {
      results.tests.push({ title: test.fullTitle(), state: 'failed', error: String(error?.message ?? error) });
    });
  });
}

function writeResults(results: SuiteResults): void {
  const target = process.env.STATLENS_VSCODE_RESULTS;
  if (target) fs.writeFileSync(target, JSON.stringify(results, null, 2));
}
