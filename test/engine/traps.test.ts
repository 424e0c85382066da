// What only looks like a quantity: dates, ordinals, idioms, names, codes, rate bases.
import { describe, it } from 'node:test';
import { expectNoQuantity } from './helpers';
import { analyze } from '../../server/src/engine';
import * as assert from 'node:assert/strict';

const traps: Array<[string, string]> = [
  ['2016年至今年10月', '2016年'],
  ['2016年至今年10月', '10月'],
  ['截至10月底', '10月底'],
  ['發布時間:2020-11-12 15:56:00', '2020-11-12'],
  ['發布時間:2020-11-12 15:56:00', '15:56:00'],
  ['今年1至9月', '1至9月'],
  ['今年1—10月', '1—10月'],
  ['10月1日至7日', '7日'],
  ['112年全年出口', '112年'],
  ['二〇二三年，全市', '二〇二三年'],
  ['二季度全市', '二季度'],
  ['2024届毕业生', '2024届'],
  ['王丽萍11日说', '11日'],
  ['第三季', '第三'],
  ['第6批', '第6'],
  ['第一书记', '第一'],
  ['第一产业', '第一'],
  ['六条经验之一', '之一'],
  ['一些地方', '一些'],
  ['一样的', '一样'],
  ['一定要', '一定'],
  ['统一部署', '统一'],
  ['万一出事', '万一'],
  ['千万不要轻信', '千万不要'],
  ['广大百姓', '百姓'],
  ['一举两得', '一举两得'],
  ['九牛一毛', '九牛一毛'],
  ['下半年', '下半年'],
  ['零部件生产', '零部件'],
  ['零风险', '零风险'],
  ['“十三五”期间', '十三五'],
  ['一带一路', '一带一路'],
  ['“三农”基本盘', '三农'],
  ['最多跑一次', '最多跑一次'],
  ['两不愁三保障', '两不愁三保障'],
  ['一户一策', '一户一策'],
  ['万州区', '万州'],
  ['十堰市', '十堰'],
  ['六盘水', '六盘水'],
  ['九寨沟', '九寨沟'],
  ['拨打12315投诉', '12315'],
  ['“120”急救', '120'],
  ['5G基站', '5G'],
  ['G60科创走廊', 'G60'],
  ['PM2.5浓度', 'PM2.5'],
  ['5A级景区', '5A'],
  ['编号ZB2023-0457', 'ZB2023-0457'],
  ['每千人口医师', '每千人口'],
  ['每10股派发', '每10股'],
  ['十分看好', '十分'],
  ['一般公共预算', '一般'],
  ['一批学校', '一批'],
  ['探索了一条途径', '一条'],
  ['“五一”假期', '五一'],
  ['联系电话13812345678', '13812345678'],
  ['10时30分召开', '30分'],
  ['几十万人', '十万'],
  ['数万人', '万'],
  ['前三季度', '三季度'],
  ['1-11月份', '1-11'],
  ['民國112年', '112'],
  ['今年前10个月', '10'],
  ['第十四个五年规划', '五年'],
  ['落实中央八项规定精神', '八项'],
  ['做到“两个维护”', '两个'],
  ['12345政务服务便民热线', '12345'],
  ['“双11”期间', '11'],
  ['性别比为103.2（以女性为100）', '100'],
];

describe('not quantities', () => {
  for (const [text, word] of traps) {
    it(`${word} in ${text}`, () => expectNoQuantity(text, word));
  }
  it('十分之一 is still a fraction although 十分 is an adverb', () => {
    const q = analyze('占十分之一').quantities;
    assert.equal(q.length, 1);
    assert.equal(q[0].kind, 'fraction');
  });
  it('a date next to a figure leaves the figure alone', () => {
    const q = analyze('2023年出口4324.3亿美元').quantities;
    assert.deepEqual(q.map((x) => x.value), [432430000000]);
  });
  it('user-supplied not-quantity words are honoured', () => {
    const text = '三一重工营收100亿元';
    assert.equal(analyze(text).quantities.filter((q) => q.text.startsWith('三')).length, 0);
    assert.equal(analyze('八一钢铁', { notQuantities: ['八一钢铁'] }).quantities.length, 0);
  });
});
