// The style rules skip a chunk when a one-pass pre-check (style/triggers.ts) says it cannot contain their trigger.
// These tests hold the pre-check to its promise: with it bypassed (every rule scans every text in full) the
// diagnostics must be exactly the same, on edge cases at the limits of each trigger and on random texts made of
// the pieces the rules look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { setTriggerBypass } from '../../server/src/engine/style/triggers';
import type { AnalyzeOptions, EngineDiagnostic } from '../../server/src/engine/types';
import { runStyle, view } from './harness';

function fullScan(text: string, options?: AnalyzeOptions): EngineDiagnostic[] {
  setTriggerBypass(true);
  try {
    return runStyle(text, options);
  } finally {
    setTriggerBypass(false);
  }
}

function assertSameAsFullScan(text: string, options: AnalyzeOptions = { locale: 'zh-cn' }): void {
  assert.deepEqual(runStyle(text, options), fullScan(text, options), `findings differ on ${JSON.stringify(text)}`);
}

// Each trigger at the edge of what it accepts: at the very start or end of the text, with the shortest context.
const EDGES: ReadonlyArray<[string, string, string]> = [
  // [text, code, flagged]
  ['4千', 'arabic-with-chinese-unit', '4千'],
  ['1万2千人', 'arabic-with-chinese-unit', '1万2千'],
  ['1,000.5万亿零3千', 'arabic-with-chinese-unit', '1,000.5万亿零3千'],
  ['1~2万', 'range-repeat-unit', '1~2万'],
  ['三、四个', 'approx-no-dunhao', '三、四'],
  ['两、三天', 'approx-no-dunhao', '两、三'],
  ['5、6万', 'approx-chinese-numerals', '5、6'],
  ['2十几', 'approx-chinese-numerals', '2十几'],
  ['十二月8日', 'mixed-numeral-forms', '十二月8日'],
  ['二〇〇八年8月', 'mixed-numeral-forms', '二〇〇八年8月'],
  ['8月廿日', 'mixed-numeral-forms', '8月廿日'],
  ['.5', 'leading-zero', '.5'],
  ['+.5', 'leading-zero', '+.5'],
  ['近达5万余人', 'redundant-approximation', '近达5万余'],
  ['三十多个左右', 'redundant-approximation', '三十多个左右'],
  ['大于一成以上', 'redundant-approximation', '大于一成以上'],
  ['降低3多倍', 'reduce-by-multiple', '降低3多倍'],
  ['压缩十倍', 'reduce-by-multiple', '压缩十倍'],
];

for (const [text, code, flagged] of EDGES) {
  test(`triggers: ${code} still fires on ${JSON.stringify(text)}`, () => {
    const found = runStyle(text, {}, code);
    assert.deepEqual(found.map((d) => view(text, d).flagged), [flagged]);
    assertSameAsFullScan(text);
  });
}

test('triggers: a chunk without the trigger gets nothing, and the next chunk is checked afresh', () => {
  // The pre-check remembers the last text; results must follow the text, not the order of the calls.
  const codes = (text: string) => runStyle(text).map((d) => d.code);
  assert.deepEqual(codes('共有4千人'), ['arabic-with-chinese-unit']);
  assert.deepEqual(codes('共有4000人'), []);
  assert.deepEqual(codes('共有4千人'), ['arabic-with-chinese-unit']);
  assert.deepEqual(codes('约50%左右'), ['redundant-approximation']);
});

// The characters and words the eight rules react to, with neighbours that turn them off (最近, 节约, 第, letters …).
const PIECES = [
  ...'0123456789', '0', '1', '2', '3', '5', '.', ',', '-', '+', '~', '～', '—', '–', '、', '、', '%', '‰', ' ', 'a', 'G', '/',
  ...'〇○零一二两三四五六七八九十百千万亿拾佰仟廿卅几多余', '几乎', '万亿', '个百分点',
  '约', '大约', '约为', '超过', '超过了', '多于', '不到', '不足', '将近', '近', '最近', '节约', '有', '达', '逾',
  '左右', '以上', '以下', '以内', '上下', '左', '以', '上',
  '降低', '减少', '下降', '缩小', '压缩', '降', '升降', '了', '倍', '成',
  '年', '月', '日', '号', '第', '个', '人', '岁', '天', '米', '千米', '百分', '次产业', '年级', '。', '，', '的',
  '１', '．', '％', '萬', '億', '兩', '約', '幾', '網(wǎng)',
];

test('triggers: on random texts the findings are those of the full scan', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      assertSameAsFullScan(parts.join(''));
    }),
    { seed: 20261129, numRuns: 4000 },
  );
});

test('triggers: the same with user not-quantity words and English messages', () => {
  const options: AnalyzeOptions = { locale: 'en', notQuantities: ['4千', '约5'] };
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      assertSameAsFullScan(parts.join(''), options);
    }),
    { seed: 7, numRuns: 1000 },
  );
});
