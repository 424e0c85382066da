// The server gives memory back once it is idle after a burst of analysis (server/src/lsp/memory.ts): full
// collections, run only after a quiet period. What users see must not change: hovers and diagnostics stay right
// during and after a reclaim, and no collection runs while edits keep arriving. The STATLENS_TEST_MEMORY hook
// shortens the waits, drops the heap-growth threshold and logs each step (window/logMessage), so that the tests can
// tell when a step ran; they assert what was answered and in which order, never how long anything took.
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { LspSession, hoverText, offsetOf, positionAt } from './harness';

const FLAGGED = '完成37.17万人，为年度任务26万人的153.0%。';
const VISITORS = '全市接待游客2623.7萬人次，其中入境游客512萬人次。';
/** Enough text for a real burst of analysis (a few hundred KB), with one planted mismatch at the top. */
const TEXT = [FLAGGED, ...Array.from({ length: 3000 }, (_, i) => `${VISITORS}第${i + 1}段：年末常住人口1000万人，其中城镇人口600万人，农村人口400万人。`)].join('\n\n') + '\n';

const isStep = (step: string) => (line: string) => line.startsWith(`statlens-test memory: ${step}`);
const isCollection = (line: string) => isStep('compact')(line) || isStep('shrink')(line);

function replace(text: string, needle: string, replacement: string): { text: string; change: TextDocumentContentChangeEvent } {
  const at = offsetOf(text, needle);
  return {
    text: text.slice(0, at) + replacement + text.slice(at + needle.length),
    change: { range: { start: positionAt(text, at), end: positionAt(text, at + needle.length) }, text: replacement },
  };
}

describe('language server: giving memory back when idle', () => {
  const sessions: LspSession[] = [];
  after(async () => {
    await Promise.all(sessions.map((s) => s.stop()));
  });

  async function start(options: Record<string, number>): Promise<LspSession> {
    const { session } = await LspSession.start({ locale: 'en', env: { STATLENS_TEST_MEMORY: JSON.stringify({ minGrowthBytes: 0, ...options }) } });
    sessions.push(session);
    return session;
  }

  it('reclaims after a burst and answers hovers and diagnostics right during and after it', async () => {
    const session = await start({ quietMs: 200, settleMs: 300 });
    const uri = 'file:///memory/burst.txt';
    await session.open(uri, TEXT);
    const opened = await session.waitForDiagnostics(uri, (p) => p.version === 1, 30_000);
    assert.deepEqual(opened.map((d) => d.code), ['percent-mismatch']);

    // The first collection has run: ask right away, while the rest of the reclaim is still to come.
    const compacted = await session.waitForLog(isStep('compact'), 0, 30_000);
    const during = hoverText(await session.hover(uri, positionAt(TEXT, offsetOf(TEXT, '2623.7'))));
    assert.match(during, /26,237,000/);
    const fixed = replace(TEXT, '153.0%', '143.0%');
    const version = await session.change(uri, [fixed.change]);
    assert.deepEqual(await session.waitForDiagnostics(uri, (p) => p.version === version, 30_000), []);

    // The reclaim completes (the edit may have postponed it), and the server still answers as before.
    const shrunk = await session.waitForLog(isStep('shrink'), compacted, 30_000);
    assert.ok(shrunk > compacted);
    assert.match(hoverText(await session.hover(uri, positionAt(fixed.text, offsetOf(fixed.text, '512萬')))), /5,120,000/);
    const broken = replace(fixed.text, '143.0%', '163.0%');
    const next = await session.change(uri, [broken.change]);
    const diagnostics = await session.waitForDiagnostics(uri, (p) => p.version === next, 30_000);
    assert.deepEqual(diagnostics.map((d) => d.code), ['percent-mismatch']);
    assert.match(String(diagnostics[0].message), /142\.96%/);
    assert.equal(session.stderr, '');
  });

  it('collects nothing while edits keep arriving, and reclaims once they stop', async () => {
    const quietMs = 2500;
    const session = await start({ quietMs, settleMs: 300 });
    const uri = 'file:///memory/typing.txt';
    let text = TEXT;
    await session.open(uri, text);
    await session.waitForDiagnostics(uri, (p) => p.version === 1, 30_000);
    const from = session.logs.length;

    // Type for two quiet periods: one digit changed at a time, each followed by a hover (as an editor does when
    // the pointer rests on a figure), so the server is never quiet for long. Every answer must be right.
    const startedAt = Date.now();
    let version = 1;
    const at = offsetOf(TEXT, '第1段') + 1;
    for (let i = 0; Date.now() - startedAt < 2 * quietMs; i++) {
      const digit = String((i % 8) + 1);
      const edit = { range: { start: positionAt(text, at), end: positionAt(text, at + 1) }, text: digit };
      text = text.slice(0, at) + digit + text.slice(at + 1);
      version = await session.change(uri, [edit]);
      assert.match(hoverText(await session.hover(uri, positionAt(text, offsetOf(text, '2623.7')))), /26,237,000/);
    }
    assert.deepEqual(session.logs.slice(from).filter(isCollection), [], 'a collection ran while edits were arriving');

    // Quiet now: the reclaim runs, and the last version's diagnostics are those of its text.
    await session.waitForLog(isStep('compact'), from, 30_000);
    const diagnostics = await session.waitForDiagnostics(uri, (p) => p.version === version, 30_000);
    assert.deepEqual(diagnostics.map((d) => d.code), ['percent-mismatch']);
    assert.equal(session.stderr, '');
  });
});
