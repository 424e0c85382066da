// Level 1: the real language server over stdio, as an editor talks to it.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { LspSession, applyEdits, hoverText, offsetOf, positionAt } from './harness';

const PERCENT_TEXT = '完成37.17万人，为年度任务26万人的153.0%。';

function rangeOf(text: string, needle: string, occurrence = 1) {
  const start = offsetOf(text, needle, occurrence);
  return { start: positionAt(text, start), end: positionAt(text, start + needle.length) };
}

describe('language server: protocol basics', () => {
  let session: LspSession;
  let capabilities: Record<string, unknown>;
  before(async () => {
    const started = await LspSession.start({ locale: 'en' });
    session = started.session;
    capabilities = started.init.capabilities as Record<string, unknown>;
  });
  after(() => session.stop());

  it('advertises incremental sync, hover, quick fixes, inlay hints and semantic tokens', () => {
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
    assert.ok(capabilities.inlayHintProvider);
    const legend = (capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend;
    assert.deepEqual(legend.tokenTypes, ['number']);
  });

  it('answers a malformed request with an LSP error and keeps serving', async () => {
    const uri = 'file:///basics/malformed.txt';
    const text = '全市接待游客2623.7萬人次。';
    await session.open(uri, text);

    await assert.rejects(session.rpc.sendRequest('textDocument/hover', {}), (e: unknown) =>
      e instanceof ResponseError && e.code === ErrorCodes.InvalidParams);
    await assert.rejects(
      session.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 'x' } }),
      (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams);
    await assert.rejects(session.rpc.sendRequest('statlens/quantities', { uri: 42 }), (e: unknown) =>
      e instanceof ResponseError && e.code === ErrorCodes.InvalidParams);
    await assert.rejects(session.rpc.sendRequest('statlens/noSuchMethod', {}), (e: unknown) =>
      e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound);
    await assert.rejects(session.rpc.sendRequest('workspace/executeCommand', { command: 'statlens.nope', arguments: [] }),
      (e: unknown) => e instanceof ResponseError);

    // Still alive and answering real requests.
    const hover = await session.hover(uri, positionAt(text, offsetOf(text, '2623.7') + 1));
    assert.match(hoverText(hover), /26,237,000/);
    assert.equal(session.child.exitCode, null);
  });

  it('returns nothing when hovering plain text or a document it was never sent', async () => {
    const uri = 'file:///basics/plain.txt';
    const text = '全市接待游客2623.7萬人次。';
    await session.open(uri, text);
    assert.equal(await session.hover(uri, positionAt(text, 1)), null);
    assert.equal(await session.hover('file:///never-opened.txt', { line: 0, character: 0 }), null);
  });
});

describe('language server: hover (en)', () => {
  let session: LspSession;
  before(async () => { session = (await LspSession.start({ locale: 'en' })).session; });
  after(() => session.stop());

  it('shows the grouped normalized value, the 万 reading and the unit of 2623.7萬人次', async () => {
    const uri = 'file:///en/hover.txt';
    const text = '2016年至今年10月，甘肅共輸轉城鄉富余勞動力2623.7萬人次。';
    await session.open(uri, text);
    const figure = offsetOf(text, '2623.7萬');
    const hover = await session.hover(uri, positionAt(text, figure + 3));
    const markdown = hoverText(hover);
    assert.match(markdown, /\*\*26,237,000\*\* 人次/);
    assert.match(markdown, /2623\.7万/);
    assert.match(markdown, /Kind: number/);
    assert.deepEqual(hover?.range, { start: positionAt(text, figure), end: positionAt(text, figure + '2623.7萬人次'.length) });
  });

  it('shows the bounds of 4万多 as 40,000 – 50,000', async () => {
    const uri = 'file:///en/bounds.txt';
    const text = '全县新增城镇就业4万多人。';
    await session.open(uri, text);
    const markdown = hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '4万多'))));
    assert.match(markdown, /Bounds: 40,000 – 50,000/);
  });

  it('keeps UTF-16 positions right after an astral character (𠀋)', async () => {
    const uri = 'file:///en/astral.txt';
    const text = '𠀋𠀋村新增就业2623.7萬人次。';
    await session.open(uri, text);
    const figure = offsetOf(text, '2623.7萬');
    assert.equal(figure, 9, 'each 𠀋 is two UTF-16 code units');
    const hover = await session.hover(uri, { line: 0, character: figure });
    assert.match(hoverText(hover), /26,237,000/);
    assert.deepEqual(hover?.range?.start, { line: 0, character: figure });
    // One code unit before the figure is plain text.
    assert.equal(await session.hover(uri, { line: 0, character: figure - 1 }), null);
  });

  it('shows the normalized value as an inlay hint for 万 figures, not for plain Arabic ones', async () => {
    const uri = 'file:///en/hints.txt';
    const text = '接待游客2623.7萬人次，其中团队游客3000人。';
    await session.open(uri, text);
    const hints = await session.inlayHints(uri, { start: { line: 0, character: 0 }, end: positionAt(text, text.length) });
    const labels = hints.map((h) => String(h.label));
    assert.ok(labels.includes('= 26,237,000'), `labels: ${JSON.stringify(labels)}`);
    assert.ok(!labels.some((l) => l.includes('3,000')), `no hint for 3000: ${JSON.stringify(labels)}`);
    assert.ok(hints.every((h) => h.position.line === 0));
  });

  it('colors exactly the recognized figures with semantic tokens, in UTF-16 columns', async () => {
    const uri = 'file:///en/tokens.txt';
    const text = '𠀋2023年接待游客2623.7萬人次，\n约3000户。';
    await session.open(uri, text);
    const tokens = (await session.rpc.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    // Relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token.
    const figure = offsetOf(text, '2623.7萬人次');
    assert.deepEqual(tokens.data.slice(0, 5), [0, figure, '2623.7萬人次'.length, 0, 0], 'the year 2023年 is not a quantity');
    assert.deepEqual(tokens.data.slice(5, 8), [1, 1, '3000户'.length]);
    assert.equal(tokens.data[9] & 1, 1, '约3000户 carries the approximate modifier');
  });

  it('lists quantities with their lines for the quantities table', async () => {
    const uri = 'file:///en/table.txt';
    const text = '第一行没有数字。\n接待游客2623.7萬人次。';
    await session.open(uri, text);
    const result = (await session.rpc.sendRequest('statlens/quantities', { uri })) as {
      quantities: Array<{ text: string; value: number; line: number; character: number; display: string }>;
    };
    const row = result.quantities.find((q) => q.text.startsWith('2623.7萬'));
    assert.ok(row, JSON.stringify(result));
    assert.equal(row.value, 26237000);
    assert.equal(row.line, 1);
    assert.equal(row.character, 4);
    assert.equal(row.display, '26,237,000');
  });
});

describe('language server: hover and messages (zh-cn)', () => {
  let session: LspSession;
  before(async () => { session = (await LspSession.start({ locale: 'zh-CN' })).session; });
  after(() => session.stop());

  it('labels the hover in Chinese', async () => {
    const uri = 'file:///zh/bounds.txt';
    const text = '全县新增城镇就业4万多人。';
    await session.open(uri, text);
    const markdown = hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '4万多') + 1)));
    assert.match(markdown, /范围: 40,000 – 50,000/);
    assert.match(markdown, /类型: 数量/);
  });

  it('says visibly, in Chinese, that a file over statlens.maxFileSize was skipped — and checks it once the limit is raised', async () => {
    session.settings = { maxFileSize: 10 };
    await session.configure(session.settings);
    const uri = 'file:///zh/large.txt';
    const text = '全市接待游客2623.7萬人次，比上年增长5.6%。';
    await session.open(uri, text);
    const skipped = await session.diagnosticsForVersion(uri, 1);
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0].code, 'file-too-large');
    assert.equal(skipped[0].severity, 3 /* Information */);
    assert.match(String(skipped[0].message), /statlens\.maxFileSize/);
    assert.match(String(skipped[0].message), /未检查/);
    assert.equal(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7'))), null);

    await session.configure({ maxFileSize: 100000 });
    const checked = await session.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'file-too-large'));
    assert.deepEqual(checked.filter((d) => d.code === 'file-too-large'), []);
    assert.match(hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7')))), /26,237,000/);
  });
});

describe('language server: message language from initializationOptions (other editors)', () => {
  it('uses initializationOptions.locale over the editor locale', async () => {
    const { session } = await LspSession.start({ locale: 'en-US', initializationOptions: { locale: 'zh-cn' } });
    try {
      const uri = 'file:///init/bounds.txt';
      const text = '全县新增城镇就业4万多人。';
      await session.open(uri, text);
      const markdown = hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '4万多'))));
      assert.match(markdown, /范围: 40,000 – 50,000/);
    } finally {
      await session.stop();
    }
  });
});

describe('language server: diagnostics, quick fixes, sync and settings', () => {
  let session: LspSession;
  before(async () => { session = (await LspSession.start({ locale: 'en', settings: {} })).session; });
  after(() => session.stop());

  it('flags 153.0% with its rule code and a UTF-16 range after an astral character', async () => {
    const uri = 'file:///d/astral-percent.txt';
    const text = '𠀋' + PERCENT_TEXT;
    await session.open(uri, text);
    const diagnostics = await session.diagnosticsForVersion(uri, 1);
    const finding = diagnostics.find((d) => d.code === 'percent-mismatch');
    assert.ok(finding, `diagnostics: ${JSON.stringify(diagnostics)}`);
    assert.equal(finding.source, 'StatLens');
    assert.deepEqual(finding.range, rangeOf(text, '153.0%'));
  });

  it('offers a preferred quick fix that replaces 153.0% with 143.0%, and one that turns the rule off', async () => {
    const uri = 'file:///d/fix.txt';
    const text = PERCENT_TEXT;
    await session.open(uri, text);
    const diagnostics = await session.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'percent-mismatch'));
    const finding = diagnostics.find((d) => d.code === 'percent-mismatch') as Diagnostic;
    const actions = await session.codeActions(uri, finding.range, [finding]);
    const fix = actions.find((a: CodeAction) => a.isPreferred);
    assert.ok(fix, `actions: ${JSON.stringify(actions)}`);
    assert.equal(fix.kind, 'quickfix');
    const edits = fix.edit?.changes?.[uri] as TextEdit[];
    assert.equal(applyEdits(text, edits), text.replace('153.0%', '143.0%'));
    const disable = actions.find((a) => a.command?.command === 'statlens.disableRule');
    assert.ok(disable);
    assert.deepEqual(disable.command?.arguments?.[0], 'percent-mismatch');
    // "Ignore this finding" inserts a suppression comment above the line, and the finding goes away.
    const ignore = actions.find((a) => a.title.includes('percent-mismatch') && a.edit && !a.isPreferred);
    assert.ok(ignore, `actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    const ignored = applyEdits(text, ignore.edit?.changes?.[uri] as TextEdit[]);
    assert.equal(ignored, 'statlens-disable-next-line percent-mismatch\n' + text);

    // The hover on the flagged figure shows the finding and the expected value.
    const markdown = hoverText(await session.hover(uri, finding.range.start));
    assert.match(markdown, /percent-mismatch/);
    assert.match(markdown, /143\.0%/);
  });

  it('keeps the text in sync through incremental changes and publishes only for the latest version', async () => {
    const uri = 'file:///d/incremental.txt';
    const consistent = PERCENT_TEXT.replace('153.0%', '143.0%');
    await session.open(uri, consistent);
    const v1 = await session.diagnosticsForVersion(uri, 1);
    assert.deepEqual(v1.filter((d) => d.code === 'percent-mismatch'), []);

    // Type "153.0" over "143.0" one character at a time, as an editor sends keystrokes.
    const at = offsetOf(consistent, '143.0%');
    const before = session.published.length;
    let version = 1;
    version = await session.change(uri, [{ range: { start: positionAt(consistent, at + 1), end: positionAt(consistent, at + 2) }, text: '5' }]);
    let text = consistent.slice(0, at + 1) + '5' + consistent.slice(at + 2);
    // An astral character inserted at the start shifts everything by two code units.
    version = await session.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '𠀋\n' }]);
    text = '𠀋\n' + text;
    const latest = await session.diagnosticsForVersion(uri, version);
    const finding = latest.find((d) => d.code === 'percent-mismatch');
    assert.ok(finding, `diagnostics: ${JSON.stringify(latest)}`);
    assert.deepEqual(finding.range, rangeOf(text, '153.0%'));
    // The two quick keystrokes were debounced into one publication of the newest version.
    const burst = session.published.slice(before).filter((p) => p.uri === uri);
    assert.ok(burst.every((p) => p.version === version), `published versions: ${burst.map((p) => p.version)}`);
  });

  it('never publishes diagnostics for an older version during a burst of edits', async () => {
    const uri = 'file:///d/burst.txt';
    let text = '接待游客2623.7萬人次。';
    await session.open(uri, text);
    await session.diagnosticsForVersion(uri, 1);
    const before = session.published.length;
    let version = 1;
    for (let i = 0; i < 10; i++) {
      version = await session.change(uri, [{ range: { start: positionAt(text, text.length), end: positionAt(text, text.length) }, text: '又' }]);
      text += '又';
    }
    await session.diagnosticsForVersion(uri, version);
    await new Promise((r) => setTimeout(r, 300));
    const versions = session.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [version]);
    // And the server's copy of the text is the editor's: the figure is still where we think it is.
    assert.match(hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7')))), /26,237,000/);
  });

  it('drops a rule’s diagnostics when the setting turns it off, and brings them back with a new severity', async () => {
    const uri = 'file:///d/settings.txt';
    await session.open(uri, PERCENT_TEXT);
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'percent-mismatch'));

    await session.configure({ rules: { 'percent-mismatch': 'off' } });
    await session.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'percent-mismatch'));

    await session.configure({ rules: { 'percent-mismatch': 'error' } });
    const back = await session.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'percent-mismatch'));
    assert.equal(back.find((d) => d.code === 'percent-mismatch')?.severity, 1 /* Error */);
    await session.configure({});
  });

  it('turns inlay hints off and the whole extension off without a restart', async () => {
    const uri = 'file:///d/toggles.txt';
    const text = '接待游客2623.7萬人次。';
    await session.open(uri, text);
    const whole = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
    assert.ok((await session.inlayHints(uri, whole)).length > 0);

    await session.configure({ inlayHints: { enabled: false } });
    assert.deepEqual(await session.inlayHints(uri, whole), []);

    await session.configure({ enable: false });
    assert.equal(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7'))), null);
    await session.configure({});
    assert.match(hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7')))), /26,237,000/);
  });

  it('analyzes only the configured languages', async () => {
    const uri = 'file:///d/script.py';
    const text = 'x = "接待游客2623.7萬人次"';
    await session.open(uri, text, 'python');
    assert.deepEqual(await session.diagnosticsForVersion(uri, 1), []);
    assert.equal(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7'))), null);
  });
});
