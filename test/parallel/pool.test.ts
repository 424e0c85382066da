// The analysis pool: the same result as analyze(), by construction and here by comparison, on documents cut into
// several pieces; pieces end at chunk ends; a closed pool refuses work; a worker's failure is one document's error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyze } from '../../server/src/engine';
import { splitChunks } from '../../server/src/engine/chunks';
import { PIECE_CHARS, createAnalysisPool, piecesOf } from '../../server/src/parallel/pool';

const ROOT = join(__dirname, '../../..');
const report = readFileSync(join(ROOT, 'samples/report.txt'), 'utf8');
const probes = ['round21.json', 'round34.json', 'round35.json'].flatMap((name) =>
  (JSON.parse(readFileSync(join(ROOT, 'eval/probes', name), 'utf8')) as { cases: { text: string }[] }).cases.map((c) => c.text));

/** A document of every kind of paragraph, long enough for several pieces, with CRLF line ends in part and a
 *  suppression comment whose target sits in a later piece. */
function bigDocument(): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < (PIECE_CHARS * 2) * 2; i++) {
    const text = i % 3 === 0 ? report : probes[i % probes.length];
    parts.push(i % 5 === 0 ? text.replace(/\n/g, '\r\n') : text);
    size += text.length + 2;
  }
  parts.splice(1, 0, '<!-- statlens-disable sum-mismatch -->');
  return parts.join('\n\n');
}

describe('analysis pool', () => {
  const pool = createAnalysisPool(2);
  after(() => pool.close());

  it('cuts a document into pieces that end where chunks end', () => {
    const text = bigDocument();
    const pieces = piecesOf(text);
    assert.ok(pieces.length >= 4, `${pieces.length} pieces`);
    const chunkEnds = new Set(splitChunks(text).map((c) => c.end));
    for (const [i, piece] of pieces.entries()) {
      assert.equal(piece.start, i === 0 ? 0 : pieces[i - 1].end);
      if (i < pieces.length - 1) assert.ok(chunkEnds.has(piece.end), `piece ${i} ends inside a chunk`);
      if (i < pieces.length - 1) assert.ok(piece.end - piece.start >= PIECE_CHARS);
    }
    assert.equal(pieces[pieces.length - 1].end, text.length);
  });

  it('gives what analyze() gives, in both locales and with settings', async () => {
    const text = bigDocument();
    for (const options of [{ locale: 'zh-cn' as const }, { locale: 'en' as const, rules: { 'percent-mismatch': 'off' as const }, units: ['标箱'] }]) {
      const expected = analyze(text, options);
      const actual = await pool.analyze(text, options);
      assert.ok(expected.diagnostics.length > 10 && expected.quantities.length > 1000);
      assert.deepEqual(actual, expected);
    }
  });

  it('analyzes several documents at once, each as alone', async () => {
    const texts = [bigDocument(), report, bigDocument().slice(0, (PIECE_CHARS * 2) * 1.5)];
    const results = await Promise.all(texts.map((t) => pool.analyze(t)));
    results.forEach((r, i) => assert.deepEqual(r, analyze(texts[i])));
  });

  it('refuses work once closed', async () => {
    const closed = createAnalysisPool(1);
    await closed.close();
    await assert.rejects(closed.analyze(bigDocument()), /closed/);
  });

  it('turns a worker that dies or throws into an error for its document only, and serves the next', async () => {
    // a worker that exits on a piece holding 致命 (as an out-of-memory kill would end it) and throws on 异常
    const fragile = createAnalysisPool(1, { workerScript: join(__dirname, 'fragile-worker.js') });
    try {
      await assert.rejects(fragile.analyze('全年完成投资12亿元。致命'), /exited with code 3/);
      await assert.rejects(fragile.analyze('全年完成投资12亿元。异常'), /engine failed on purpose/);
      const [dead, alive] = await Promise.allSettled([fragile.analyze('致命'), fragile.analyze(report)]);
      assert.equal(dead.status, 'rejected');
      assert.deepEqual(alive.status === 'fulfilled' && alive.value, analyze(report));
    } finally {
      await fragile.close();
    }
  });
});
