// The language server under abuse: storms of incremental edits, garbage requests, cancellations, and the
// promise that it never edits a document behind the user's back. The real server, over stdio (test/lsp/harness).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { buildReport, seededRandom, sourceParagraphs } from '../../scripts/bench/corpus';
import { LspSession, ROOT, applyEdits } from '../lsp/harness';

/** LSP's RequestCancelled (-32800): what a server answers to a request it dropped. */
const LSP_REQUEST_CANCELLED = -32800;

interface QuantityRow { text: string; line: number; character: number; endLine: number; endCharacter: number }

/** What the server must report for `text`, computed here from the client's copy. */
function expectedRows(uri: string, text: string): Array<Pick<QuantityRow, 'text' | 'line' | 'character' | 'endLine' | 'endCharacter'>> {
  const doc = TextDocument.create(uri, 'plaintext', 0, text);
  return analyze(text, { locale: 'en' }).quantities.map((q) => {
    const s = doc.positionAt(q.start);
    const e = doc.positionAt(q.end);
    return { text: q.text, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character };
  });
}

async function serverRows(session: LspSession, uri: string) {
  const result = (await session.rpc.sendRequest('statlens/quantities', { uri })) as { quantities: QuantityRow[] };
  return result.quantities.map(({ text, line, character, endLine, endCharacter }) => ({ text, line, character, endLine, endCharacter }));
}

// What gets typed: figures, units, CRLF and lone line breaks, astral characters (surrogate pairs), deletions.
const INSERTS = ['1', '9', '.', '萬', '万', '亿', '%', '人次', '。', '，', '\r\n', '\n', '\r\n\r\n', '😀', '𠀀', '網(wǎng)', '百分之', '多', ''];

/** An offset that does not split a surrogate pair or a CRLF (no editor can put the cursor there). */
function safeOffset(text: string, offset: number): number {
  let o = offset;
  while (o > 0 && o < text.length) {
    const prev = text.charCodeAt(o - 1);
    const next = text.charCodeAt(o);
    const insidePair = prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const insideCrlf = prev === 0x0d && next === 0x0a;
    if (!insidePair && !insideCrlf) break;
    o--;
  }
  return o;
}

describe('language server robustness: edit storms', () => {
  let session: LspSession;
  const applyEditRequests: unknown[] = [];
  before(async () => {
    session = (await LspSession.start({ locale: 'en' })).session;
    // The server must never edit a document on its own: record any attempt.
    session.rpc.onRequest('workspace/applyEdit', (params: unknown) => {
      applyEditRequests.push(params);
      return { applied: false };
    });
  });
  after(() => session.stop());

  it('hundreds of random incremental edits (surrogate pairs, CRLF) leave the server with the client\'s text', async () => {
    const uri = 'file:///robustness/storm.txt';
    const { paragraphs } = sourceParagraphs();
    // Mixed line endings from the start: CRLF paragraphs, a lone CR, astral characters.
    let text = buildReport(6 * 1024, paragraphs, 9).replace(/\n\n/g, '\r\n\r\n') + '𠀀增长5%\r末尾😀3.5万人';
    await session.open(uri, text);
    const random = seededRandom(42);
    let version = 1;
    for (let round = 0; round < 60; round++) {
      // Several changes per notification, each relative to the text left by the previous one (LSP semantics).
      const changes: Array<{ range: Range; text: string }> = [];
      const count = 1 + Math.floor(random() * 5);
      for (let c = 0; c < count; c++) {
        const doc = TextDocument.create(uri, 'plaintext', 0, text);
        const a = safeOffset(text, Math.floor(random() * (text.length + 1)));
        const b = safeOffset(text, Math.min(text.length, a + Math.floor(random() * (random() < 0.2 ? 40 : 4))));
        const [start, end] = a <= b ? [a, b] : [b, a];
        const insert = INSERTS[Math.floor(random() * INSERTS.length)];
        changes.push({ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert });
        text = text.slice(0, start) + insert + text.slice(end);
      }
      version = await session.change(uri, changes);
      // Every few rounds, ask at once (no debounce between us and the text).
      if (round % 10 === 9) assert.deepStrictEqual(await serverRows(session, uri), expectedRows(uri, text), `after round ${round}`);
    }
    const finalRows = expectedRows(uri, text);
    assert.ok(finalRows.length > 20, `the storm left only ${finalRows.length} figures: the comparison would prove little`);
    assert.deepStrictEqual(await serverRows(session, uri), finalRows);
    // The published diagnostics are those of the last version, and match the engine on the client's text.
    const published = await session.diagnosticsForVersion(uri, version);
    const doc = TextDocument.create(uri, 'plaintext', 0, text);
    const expected = analyze(text, { locale: 'en' }).diagnostics.map((d) => ({ code: d.code, range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) } }));
    assert.deepStrictEqual(published.map((d) => ({ code: d.code, range: d.range })), expected);
    assert.equal(session.child.exitCode, null);
  });

  it('a full-text change after the storm resynchronizes exactly', async () => {
    const uri = 'file:///robustness/storm.txt';
    const text = '全市接待游客2623.7萬人次，其中入境游客12.5萬人次。\r\n增长5%。';
    await session.change(uri, [{ text }]);
    assert.deepStrictEqual(await serverRows(session, uri), expectedRows(uri, text));
  });

  it('never asked the editor to apply an edit on its own', () => {
    assert.deepEqual(applyEditRequests, []);
  });
});

describe('language server robustness: bad requests and cancellation', () => {
  let session: LspSession;
  before(async () => { session = (await LspSession.start({ locale: 'en' })).session; });
  after(() => session.stop());

  it('answers garbage params on every method with a result or an error, and keeps serving', async () => {
    const uri = 'file:///robustness/garbage.txt';
    const text = '全市接待游客2623.7萬人次。';
    await session.open(uri, text);
    const garbage: unknown[] = [null, 42, 'x', [], {}, { textDocument: null }, { textDocument: { uri: 7 } },
      { textDocument: { uri }, position: { line: 1e9, character: 1e9 } }, { textDocument: { uri }, range: { start: { line: -5, character: 0 }, end: null } },
      { textDocument: { uri: 'file:///never-opened.txt' }, position: { line: 0, character: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }];
    const methods = ['textDocument/hover', 'textDocument/codeAction', 'textDocument/inlayHint', 'textDocument/semanticTokens/full',
      'workspace/executeCommand', 'statlens/quantities', 'statlens/checkText'];
    for (const method of methods) {
      for (const params of garbage) {
        try {
          await session.rpc.sendRequest(method, params);
        } catch (error) {
          assert.ok(error instanceof ResponseError, `${method} ${JSON.stringify(params)} failed without an LSP error: ${String(error)}`);
          assert.notEqual(error.code, ErrorCodes.ConnectionInactive);
        }
      }
    }
    const rows = await serverRows(session, uri);
    assert.deepEqual(rows.map((r) => r.text), ['2623.7萬人次']);
    assert.equal(session.child.exitCode, null);
  });

  /** Type one character at the top of a large document, then ask for a hover and cancel it at once. */
  async function cancelledHovers(uri: string, count: number): Promise<string[]> {
    const outcomes: string[] = [];
    for (let i = 0; i < count; i++) {
      await session.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${i}` }]);
      const source = new CancellationTokenSource();
      const pending = session.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }, source.token);
      source.cancel();
      try {
        await pending;
        outcomes.push('result');
      } catch (error) {
        assert.ok(error instanceof ResponseError, String(error));
        outcomes.push(error.code === LSP_REQUEST_CANCELLED ? 'cancelled' : `error ${error.code}`);
      }
    }
    return outcomes;
  }

  it('a cancelled request gets an answer and the server keeps serving', async () => {
    const uri = 'file:///robustness/cancel.txt';
    const { paragraphs } = sourceParagraphs();
    await session.open(uri, buildReport(200 * 1024, paragraphs, 3));
    const outcomes = await cancelledHovers(uri, 5);
    assert.deepEqual(outcomes.filter((o) => o !== 'result' && o !== 'cancelled'), [], `unexpected answers: ${outcomes}`);
    const rows = await serverRows(session, uri);
    assert.ok(rows.length > 0);
    assert.equal(session.child.exitCode, null);
  });

  it('a request cancelled before its analysis ran answers RequestCancelled instead of analyzing', async () => {
    const uri = 'file:///robustness/cancel-honored.txt';
    const { paragraphs } = sourceParagraphs();
    await session.open(uri, buildReport(400 * 1024, paragraphs, 4));
    const outcomes = await cancelledHovers(uri, 5);
    // The cancel notification follows the request within a millisecond, while a 400 KiB analysis takes far longer:
    // a server that checks its token before analyzing answers most of these with RequestCancelled.
    assert.ok(outcomes.includes('cancelled'), `no request was cancelled: ${outcomes}`);
  });
});

describe('data safety: a quick fix changes only the flagged figure, other actions only insert a comment', () => {
  let session: LspSession;
  before(async () => { session = (await LspSession.start({ locale: 'en' })).session; });
  after(() => session.stop());

  it('every quick-fix edit stays inside its diagnostic and leaves the rest of the document byte-identical', async () => {
    const uri = 'file:///robustness/fixes.txt';
    const samples = fs.readdirSync(path.join(ROOT, 'samples')).filter((n) => n.endsWith('.txt')).map((n) => fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8'));
    const text = [...samples, '完成37.17万人，为年度任务26万人的153.0%。', '其中男性60人，女性50人，合计100人。'].join('\r\n\r\n');
    const version = 1;
    await session.open(uri, text);
    const diagnostics: Diagnostic[] = await session.diagnosticsForVersion(uri, version);
    let fixes = 0;
    for (const diagnostic of diagnostics) {
      const actions = (await session.codeActions(uri, diagnostic.range, [diagnostic])) as CodeAction[];
      for (const action of actions) {
        const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
        const otherUris = Object.keys(action.edit?.changes ?? {}).filter((u) => u !== uri);
        assert.deepEqual(otherUris, [], `${action.title} edits another document`);
        assert.equal(action.edit?.documentChanges, undefined, `${action.title} uses documentChanges; check them too`);
        if (edits.length === 0) continue;
        const doc = TextDocument.create(uri, 'plaintext', version, text);
        if (!action.isPreferred) {
          // Not the fix of the figure ("ignore this finding" comment): it may only insert, never delete or rewrite.
          for (const e of edits) {
            assert.deepEqual(e.range.start, e.range.end, `${action.title}: replaces text instead of inserting`);
            assert.match(e.newText, /statlens-disable/, `${action.title}: inserts something other than a suppression comment`);
          }
          assert.equal(edits.length, 1, `${action.title}: more than one insertion`);
          const at = doc.offsetAt(edits[0].range.start);
          const fixed = applyEdits(text, edits);
          assert.equal(fixed.slice(0, at) + fixed.slice(at + edits[0].newText.length), text, `${action.title} changed existing text`);
          continue;
        }
        fixes++;
        const flaggedStart = doc.offsetAt(diagnostic.range.start);
        const flaggedEnd = doc.offsetAt(diagnostic.range.end);
        for (const e of edits) {
          assert.ok(doc.offsetAt(e.range.start) >= flaggedStart && doc.offsetAt(e.range.end) <= flaggedEnd,
            `${action.title}: edit ${JSON.stringify(e.range)} reaches outside the flagged figure ${JSON.stringify(diagnostic.range)}`);
        }
        const fixed = applyEdits(text, edits);
        const tail = text.length - flaggedEnd;
        assert.equal(fixed.slice(0, flaggedStart), text.slice(0, flaggedStart), `${action.title} changed text before the figure`);
        assert.equal(fixed.slice(fixed.length - tail), text.slice(flaggedEnd), `${action.title} changed text after the figure`);
        assert.notEqual(fixed, text, `${action.title} is a quick fix that changes nothing`);
      }
    }
    assert.ok(fixes > 0, `no quick fix offered on ${diagnostics.length} diagnostics: the test would prove nothing`);
  });
});
