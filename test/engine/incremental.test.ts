// The incremental analyzer gives what analyze() gives, and only re-analyzes the paragraph an edit touched.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { SPAN_APPROXIMATE, analyze, createAnalyzer } from '../../server/src/engine';
import { splitChunks } from '../../server/src/engine/chunks';

const paragraphs = [
  '2020年截至10月底，甘肃完成精准扶贫劳动力培训37.17万人，完成年度任务26万人的143.0%。',
  '全市共有学校一百零五所，其中幼儿园四十二所、小学三十六所、初中十九所、高中八所。',
  '全年粮食总产量68.5万吨，比上年增长2.1%。其中，夏粮产量21.3万吨，秋粮产量45.2万吨。',
];

describe('chunks', () => {
  it('one chunk per paragraph line; wrapped lines join', () => {
    const text = '第一段完成37.17万人，\n为任务26万人的143.0%。\n\n第二段。\r\n第三段';
    const chunks = splitChunks(text).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(chunks, ['第一段完成37.17万人，\n为任务26万人的143.0%。', '第二段。', '第三段']);
  });
});

describe('incremental analyzer', () => {
  it('matches analyze() on a document', () => {
    const text = paragraphs.join('\n');
    const a = createAnalyzer().analyze(text);
    assert.deepEqual(a, analyze(text));
  });
  it('re-analyzes only the edited paragraph', () => {
    const analyzer = createAnalyzer();
    const text = paragraphs.join('\n');
    const first = analyzer.update(text);
    assert.equal(first.analyzedChunks, 3);
    const edited = text.replace('143.0%', '153.0%');
    const second = analyzer.update(edited);
    assert.equal(second.analyzedChunks, 1);
    assert.deepEqual({ quantities: second.allQuantities(), diagnostics: second.diagnostics }, analyze(edited));
    assert.ok(second.diagnostics.some((d) => d.code === 'percent-mismatch'), 'the edit is flagged');
  });
  it('finds the quantity under an offset and in a range', () => {
    const text = paragraphs.join('\n');
    const doc = createAnalyzer().update(text);
    const at = text.indexOf('68.5万') + 1;
    assert.equal(doc.quantityAt(at)?.value, 685000);
    assert.equal(doc.quantityAt(0), undefined);
    const second = paragraphs[0].length + 1;
    const inSecond = doc.quantitiesIn(second, second + paragraphs[1].length);
    assert.deepEqual(inSecond.map((q) => q.value), [105, 42, 36, 19, 8]);
  });
  it('reads a paragraph again for its quantities only when asked, and keeps the spans', () => {
    const text = paragraphs.join('\n') + '\n全年新增就业4万多人，约占三成。';
    const doc = createAnalyzer().update(text);
    const expected = analyze(text).quantities;
    assert.deepEqual(doc.quantitySpans(), expected.flatMap((q) => [q.start, q.end, q.approx ? SPAN_APPROXIMATE : 0]));
    assert.ok(doc.quantitySpans().some((x, k) => k % 3 === 2 && x === SPAN_APPROXIMATE), 'an approximate figure is flagged');
    const second = paragraphs[0].length + 1;
    assert.deepEqual(doc.quantitySpans(second, second + 10), expected.filter((q) => q.end > second && q.start < second + 10).flatMap((q) => [q.start, q.end, q.approx ? SPAN_APPROXIMATE : 0]));
    // Asking twice gives equal answers (the second from the kept objects).
    assert.deepEqual(doc.quantitiesIn(second, second + 40), doc.quantitiesIn(second, second + 40));
  });
  it('keeps the spans of a paragraph longer than 65,535 characters (offsets past what a packed span holds)', () => {
    // (one line, no blank line: one chunk; its last figures start past 0xFFFF)
    const long = paragraphs[0].repeat(Math.ceil(70_000 / paragraphs[0].length));
    const text = paragraphs[1] + '\n\n' + long + '\n\n' + paragraphs[2];
    const analyzer = createAnalyzer();
    const doc = analyzer.update(text);
    const expected = analyze(text);
    assert.ok(expected.quantities.some((q) => q.start - paragraphs[1].length - 2 > 0xffff), 'a figure past 0xFFFF in its chunk');
    assert.deepEqual(doc.quantitySpans(), expected.quantities.flatMap((q) => [q.start, q.end, q.approx ? SPAN_APPROXIMATE : 0]));
    const last = expected.quantities.filter((q) => q.end <= paragraphs[1].length + 2 + long.length).at(-1)!;
    assert.equal(doc.quantityAt(last.start)?.start, last.start);
    // an edit before the long paragraph moves it; the spans move with it
    const edited = '新增' + text;
    const moved = analyzer.update(edited);
    assert.equal(moved.analyzedChunks, 1);
    assert.deepEqual({ quantities: moved.allQuantities(), diagnostics: moved.diagnostics }, analyze(edited));
  });
  it('a change of options starts afresh', () => {
    const analyzer = createAnalyzer();
    const text = paragraphs[0].replace('143.0%', '153.0%');
    assert.equal(analyzer.update(text).diagnostics.length > 0, true);
    assert.equal(analyzer.update(text, { rules: { 'percent-mismatch': 'off' } }).diagnostics.filter((d) => d.code === 'percent-mismatch').length, 0);
  });
});

describe('incremental analyzer under random edits', () => {
  // A seeded generator keeps failures reproducible.
  let seed = 20261129;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pieces = ['1', '9', '.', '万', '萬', '%', '人', '。', '，', '\n', '\r\n', '\n\n', '其中', '增长', '完成', '的', '𠀋', '網(wǎng)', ''];
  it('gives what analyze() gives after each of 300 edits (inserts, deletes, line breaks, astral characters)', () => {
    const analyzer = createAnalyzer();
    let text = paragraphs.join('\n') + '\n\n' + paragraphs.join('\n');
    analyzer.update(text);
    for (let k = 0; k < 300; k++) {
      const at = Math.floor(random() * (text.length + 1));
      const del = random() < 0.4 ? Math.floor(random() * 6) : 0;
      const insert = pieces[Math.floor(random() * pieces.length)];
      text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + del));
      const doc = analyzer.update(text);
      const expected = analyze(text);
      // Asked before allQuantities(): paragraphs read again for an earlier version must not answer for this one.
      const probe = Math.floor(random() * (text.length + 1));
      assert.deepEqual(doc.quantityAt(probe), expected.quantities.find((q) => q.start <= probe && probe < q.end), `quantityAt(${probe}) after edit ${k}`);
      assert.deepEqual(doc.quantitySpans(), expected.quantities.flatMap((q) => [q.start, q.end, q.approx ? SPAN_APPROXIMATE : 0]), `spans after edit ${k}`);
      assert.deepEqual({ quantities: doc.allQuantities(), diagnostics: doc.diagnostics }, expected, `after edit ${k} at ${at}`);
    }
  });
});
