// The server converts engine findings to LSP diagnostics once and reuses them across edits (lsp/diagnostics.ts).
// Whatever it reuses, what it publishes after any series of edits must be exactly what a fresh open of the same
// text publishes: same findings, same ranges (lines move under unchanged findings), same related locations.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { LspSession, applyEdits, offsetOf, positionAt } from './harness';

const PARAGRAPHS = [
  '完成37.17万人，为年度任务26万人的153.0%。',
  '全年接待游客2680萬人次，其中入境游客512萬人次，占30.5%。',
  '一般公共预算收入500亿元，其中税收收入400亿元，占比百分之七十一。',
  '年末常住人口1000万人，其中城镇人口600万人，农村人口500万人。',
];
const TEXT = [...PARAGRAPHS, ...PARAGRAPHS].join('\n\n') + '\n';

/** One edit as an editor sends it, described on the current text. */
interface Step {
  what: string;
  edit: (text: string) => { from: number; to: number; newText: string };
}

const STEPS: Step[] = [
  // Same length, one more line: the engine keeps the findings below as they were, but their lines move down.
  { what: 'a character replaced by a line break', edit: (t) => ({ from: offsetOf(t, '其中入境'), to: offsetOf(t, '其中入境') + 1, newText: '\n' }) },
  { what: 'two characters typed at the start', edit: () => ({ from: 0, to: 0, newText: '今年' }) },
  // Same length, one line fewer: findings below move up.
  { what: 'a blank line replaced by a character', edit: (t) => ({ from: offsetOf(t, '\n\n'), to: offsetOf(t, '\n\n') + 1, newText: '。' }) },
  { what: 'a figure corrected (a finding goes away)', edit: (t) => ({ from: offsetOf(t, '153.0%'), to: offsetOf(t, '153.0%') + 3, newText: '143' }) },
  { what: 'a carriage return typed before a line break', edit: (t) => ({ from: offsetOf(t, '\n', 3), to: offsetOf(t, '\n', 3), newText: '\r' }) },
  { what: 'a paragraph deleted across lines', edit: (t) => ({ from: offsetOf(t, '一般公共'), to: offsetOf(t, '年末常住'), newText: '' }) },
  { what: 'a paragraph pasted in the middle', edit: (t) => ({ from: offsetOf(t, '年末常住', 2), to: offsetOf(t, '年末常住', 2), newText: PARAGRAPHS[1] + '\n\n' }) },
  { what: 'a character replaced by a line break near the end', edit: (t) => ({ from: offsetOf(t, '农村人口', 2), to: offsetOf(t, '农村人口', 2) + 1, newText: '\n' }) },
];

describe('language server: diagnostics after edits are those of a fresh open', () => {
  let edited: LspSession;
  let fresh: LspSession;
  before(async () => {
    edited = (await LspSession.start({ locale: 'en' })).session;
    fresh = (await LspSession.start({ locale: 'en' })).session;
  });
  after(async () => {
    await edited.stop();
    await fresh.stop();
  });

  /** What a server that has never seen the document publishes for `text` (same URI, a new version). */
  async function freshDiagnostics(uri: string, text: string, version: number): Promise<Diagnostic[]> {
    await fresh.close(uri);
    await fresh.open(uri, text, 'plaintext', version);
    return fresh.diagnosticsForVersion(uri, version);
  }

  it('publishes, after every edit, exactly what a fresh open of the same text publishes', async () => {
    const uri = 'file:///publish/edited.txt';
    let text = TEXT;
    await edited.open(uri, text);
    const first = await edited.diagnosticsForVersion(uri, 1);
    assert.deepEqual(first, await freshDiagnostics(uri, text, 1));
    assert.ok(first.length >= 8, `findings in the starting text: ${first.length}`);
    assert.ok(first.some((d) => (d.relatedInformation ?? []).length > 0), 'findings with related figures');

    for (const step of STEPS) {
      const { from, to, newText } = step.edit(text);
      const change: TextDocumentContentChangeEvent = { range: { start: positionAt(text, from), end: positionAt(text, to) }, text: newText };
      const version = await edited.change(uri, [change]);
      text = applyEdits(text, [{ range: change.range, newText }]);
      // Published for this very version (the server converted it with whatever it had kept from before).
      const published = await edited.diagnosticsForVersion(uri, version);
      assert.deepEqual(published, await freshDiagnostics(uri, text, version), `after ${step.what}`);
    }
    // The edits did what they say: the corrected figure on the first line has no finding any more.
    const last = await edited.diagnosticsForVersion(uri, STEPS.length + 1);
    assert.ok(!last.some((d) => d.code === 'percent-mismatch' && d.range.start.line === 0), JSON.stringify(last.filter((d) => d.range.start.line === 0)));
    assert.ok(last.some((d) => d.code === 'percent-mismatch'), 'the other copies keep theirs');
  });
});

describe('language server: figures with findings, in colors and in the quantities table', () => {
  let session: LspSession;
  before(async () => { session = (await LspSession.start({ locale: 'en' })).session; });
  after(() => session.stop());

  it('marks exactly the figures under a finding as flagged, and counts their findings', async () => {
    const uri = 'file:///publish/flagged.txt';
    await session.open(uri, TEXT);
    const diagnostics = await session.diagnosticsForVersion(uri, 1);
    const lines = TEXT.split('\n');
    const overlapping = (line: number, start: number, end: number) =>
      diagnostics.filter((d) => d.range.start.line === line && d.range.end.line === line && d.range.start.character < end && start < d.range.end.character).length;

    const tokens = (await session.rpc.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    const flagged: string[] = [];
    const plain: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, , modifiers] = tokens.data.slice(i, i + 5);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const figure = lines[line].slice(character, character + length);
      (modifiers & 2 ? flagged : plain).push(figure);
      assert.equal(Boolean(modifiers & 2), overlapping(line, character, character + length) > 0, `${figure} on line ${line}`);
    }
    for (const figure of ['153.0%', '30.5%', '百分之七十一']) assert.ok(flagged.includes(figure), `${figure} is flagged: ${flagged}`);
    for (const figure of ['37.17万人', '26万人', '600万人']) assert.ok(plain.includes(figure) && !flagged.includes(figure), `${figure} is not flagged: ${flagged}`);

    const table = (await session.rpc.sendRequest('statlens/quantities', { uri })) as {
      quantities: Array<{ text: string; line: number; character: number; endLine: number; endCharacter: number; findings: number }>;
    };
    assert.ok(table.quantities.length >= 20, `rows: ${table.quantities.length}`);
    for (const row of table.quantities) {
      const expected = row.line === row.endLine ? overlapping(row.line, row.character, row.endCharacter) : row.findings;
      assert.equal(row.findings, expected, `findings of ${row.text} on line ${row.line}`);
    }
    assert.equal(table.quantities.find((q) => q.text === '153.0%')?.findings, 1);
    assert.equal(table.quantities.find((q) => q.text.startsWith('26万'))?.findings, 0);
  });
});
