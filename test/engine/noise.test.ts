// Noise real documents carry: traditional script, pinyin annotations, full-width forms, CRLF, astral characters.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { normalize } from '../../server/src/engine/normalize';

describe('normalization', () => {
  it('drops pinyin after a Han character and maps offsets back', () => {
    const text = '完成年度任務(wù)26萬人的143.0%';
    const n = normalize(text);
    assert.equal(n.text, '完成年度任务26万人的143.0%');
    const q = analyze(text).quantities;
    assert.deepEqual(q.map((x) => text.slice(x.start, x.end)), ['26萬人', '143.0%']);
  });
  it('changes only what it folds: lone surrogates, U+FFFD and astral characters keep their code units', () => {
    // The clean text of a changed paragraph is decoded from code units; a lone surrogate must not become U+FFFD.
    const text = '\ud800網，\udc00１２\ufffd萬\u{20000}人';
    const clean = normalize(text).text;
    assert.equal(clean, '\ud800网,\udc0012\ufffd万\u{20000}人');
    assert.equal(normalize('網' + '\ud83d'.repeat(20000)).text, '网' + '\ud83d'.repeat(20000));
  });
  it('keeps parentheses that are not pinyin', () => {
    assert.equal(normalize('執業（助理）醫師').text, '执业(助理)医师');
    assert.equal(normalize('高原(北京)文化').text, '高原(北京)文化');
  });
  it('a pinyin annotation inside a figure does not break it', () => {
    const text = '網(wǎng)上銷售2623.7萬元';
    const q = analyze(text).quantities;
    assert.equal(q.length, 1);
    assert.equal(q[0].value, 26237000);
    assert.equal(text.slice(q[0].start, q[0].end), '2623.7萬元');
  });
  it('full-width digits and percent', () => {
    const q = analyze('占比为１８．３５％').quantities;
    assert.equal(q[0].value, 18.35);
    assert.equal(q[0].format.fullWidth, true);
  });
  it('CRLF and CR line ends do not shift spans', () => {
    const text = '第一行\r\n完成37.17万人\r全年26万人';
    const q = analyze(text).quantities;
    assert.deepEqual(q.map((x) => text.slice(x.start, x.end)), ['37.17万人', '26万人']);
  });
  it('astral characters before a figure keep UTF-16 offsets', () => {
    const text = '𠀋𠀋完成37.17万人';
    const q = analyze(text).quantities[0];
    assert.equal(q.start, 6);
    assert.equal(text.slice(q.start, q.end), '37.17万人');
  });
  it('a unit is its own characters, without an annotation inside it', () => {
    const text = '萬元增加值能耗0.52噸標(biāo)準煤，下降3.1%';
    const q = analyze(text).quantities[0];
    assert.equal(q.unit, '噸標準煤');
    assert.equal(text.slice(q.start, q.end), '0.52噸標(biāo)準煤');
  });
  it('units keep the original script', () => {
    const q = analyze('扶貧車間2454個').quantities[0];
    assert.equal(q.unit, '個');
  });
  it('a huge figure keeps its exact digits and reports no Infinity', () => {
    const digits = '9'.repeat(400);
    const q = analyze(`共${digits}人`).quantities[0];
    assert.equal(q.exact, digits);
    assert.equal(q.value, null);
    assert.equal(q.lo, null);
    assert.equal(q.hi, null);
  });
  it('stacked magnitudes and huge 多 figures stay finite or null', () => {
    for (const text of ['3' + '万'.repeat(80) + '人', '9' + '0'.repeat(310) + '多人']) {
      for (const q of analyze(text).quantities) {
        for (const x of [q.value, q.lo, q.hi, q.min, q.max]) assert.ok(x === null || Number.isFinite(x), `${JSON.stringify(q)}`);
      }
    }
  });
  it('a descending pair is not a range', () => {
    const q = analyze('比分10至2').quantities;
    assert.ok(q.every((x) => x.approx !== 'range'));
  });
  it('empty and numeral-free text', () => {
    assert.deepEqual(analyze('').quantities, []);
    assert.deepEqual(analyze('没有数字的一句话。').quantities, []);
  });
});

describe('rounding intervals', () => {
  const cases: Array<[string, number, number]> = [
    ['37.17万', 371650, 371750],
    ['26万', 255000, 265000],
    ['143.0%', 142.95, 143.05],
    ['3000', 2999.5, 3000.5],
    ['两千三百万', 22500000, 23500000],
    ['三成', 25, 35],
    ['3倍', 2.5, 3.5],
    ['翻两番', 3.5, 4.5],
  ];
  for (const [figure, lo, hi] of cases) {
    it(`${figure} stands for [${lo}, ${hi}]`, () => {
      const q = analyze(figure).quantities[0];
      assert.ok(q.lo !== null && Math.abs(q.lo - lo) < 1e-9 * Math.max(1, lo), `lo ${q.lo}`);
      assert.ok(q.hi !== null && Math.abs(q.hi - hi) < 1e-9 * Math.max(1, hi), `hi ${q.hi}`);
    });
  }
});
