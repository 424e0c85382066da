// statlens.config.json in the language server: applied to the files below it, overridden by editor settings,
// re-read when the editor reports the file changed, and its own problems shown on the file.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspSession } from './harness';

const PERCENT_TEXT = '完成37.17万人，为年度任务26万人的153.0%。';
const hasPercentMismatch = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.some((d) => d.code === 'percent-mismatch');

describe('language server: statlens.config.json', () => {
  let session: LspSession;
  let dir: string;
  let configPath: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-lsp-config-'));
    fs.mkdirSync(path.join(dir, 'reports'));
    configPath = path.join(dir, 'statlens.config.json');
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'percent-mismatch': 'off' } }));
    session = (await LspSession.start({ locale: 'en', settings: {} })).session;
  });
  after(async () => {
    await session.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies the nearest config file above the document, and editor settings win over it', async () => {
    const uri = pathToFileURL(path.join(dir, 'reports', 'a.txt')).toString();
    await session.open(uri, PERCENT_TEXT);
    const v1 = await session.diagnosticsForVersion(uri, 1);
    assert.equal(v1.filter((d) => d.code === 'percent-mismatch').length, 0, 'turned off by the config file');

    await session.configure({ rules: { 'percent-mismatch': 'error' } });
    await session.waitForDiagnostics(uri, hasPercentMismatch);
    await session.configure({});
    await session.waitForDiagnostics(uri, (p) => !hasPercentMismatch(p));
  });

  it('re-reads the file when the editor reports a change, and shows its problems on the file itself', async () => {
    const uri = pathToFileURL(path.join(dir, 'reports', 'b.txt')).toString();
    await session.open(uri, PERCENT_TEXT);
    await session.diagnosticsForVersion(uri, 1);

    fs.writeFileSync(configPath, '{ "rules": { "percent-mismatch": "loud" } }');
    await session.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).toString(), type: 2 }] });
    // The bad entry is ignored (the rule is back at its default) and reported where it is written.
    await session.waitForDiagnostics(uri, hasPercentMismatch);
    const configUri = pathToFileURL(configPath).toString();
    const problems = await session.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 0);
    assert.equal(problems[0].range.start.character, '{ "rules": { "percent-mismatch": '.length);
    assert.match(String(problems[0].message), /loud|severity|percent-mismatch/);
  });
});
