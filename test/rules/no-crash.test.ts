// The relation finder and rules never throw and keep their ranges inside the text, whatever the mix of cue words,
// figures and punctuation (fuzzed from the vocabulary the finder reads).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';

const PIECES = [
  '其中', '當中', '包括', '占', '佔', '的', '比重为', '占比', '率为', '出生率', '应参保', '完成', '任务', '计划', '合计', '共',
  '分别为', '分别占', '、', '和', '及', '，', '。', '；', '比上年', '较上年的', '由', '从', '增长', '下降', '增加到', '提高到', '了',
  '个百分点', '倍', '翻两番', '人均', '户均', '平均', '每千人口', '月均', '上年为', '（上年同期为', '）', '超过', '近', '多',
  '3.82万人', '3.2万人', '109.4%', '68.5万吨', '21.3万吨', '7.15‰', '百分之八', '三成', '一百零五所', '2,680萬', '0', '1.5倍',
  '512亿元', '1862亿元', '5.6%', '0.3个百分点', '12,486人', '29.7亿元', '4万多人', '三分之一', '１８．３５％', '2兆1,617億元',
];

test('no input mix makes the rules throw or leave the text', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
    const text = pieces.join('');
    for (const locale of ['en', 'zh-cn'] as const) {
      const { diagnostics } = analyze(text, { locale, rules: { 'rounding-only': 'information' } });
      for (const d of diagnostics) {
        assert.ok(d.start >= 0 && d.start < d.end && d.end <= text.length, `range of ${d.code} in ${text}`);
        assert.ok(!d.message.includes('{') && !d.message.includes('NaN') && !d.message.includes('Infinity'), d.message);
        assert.ok(d.expected === null || Number.isFinite(d.expected), `expected ${d.expected}`);
        for (const r of d.related) assert.ok(r.start >= 0 && r.end <= text.length);
        if (d.fix) assert.ok(d.fix.newText.length > 0);
      }
    }
  }), { numRuns: 1500 });
});
