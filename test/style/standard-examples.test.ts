// The correct forms that GB/T 15835-2011 itself gives as examples must never be flagged by any style rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStyle, view } from './harness';

const CORRECT_FORMS: Record<string, string[]> = {
  '4.1 Arabic digits for measurement': ['-125.03', '34.05%', '63%～68%', '1:500', '97/108'],
  '4.2.2 approximations in Chinese numerals': ['三四个月', '一二十个', '四十五六岁', '五六万套', '五六十年前', '几千', '二十几', '一百几十', '几万分之一'],
  '4.2.3 fixed words': ['万一', '一律', '一旦', '三叶虫', '第一书记', '七上八下', '不管三七二十一', '一方面', '二百五', '半斤八两',
    '五省一市', '相差十万八千里', '八九不离十', '白发三千丈', '二八年华', '五四运动', '“十一五”规划'],
  '4.3 either form': ['17号楼', '十七号楼', '3倍', '第5个工作日', '100多件', '一百多件', '20余次', '约300人', '约三百人', '40左右',
    '50上下', '第25页', '0.5', '零点五', '76岁', '1/3', '三分之一', '公元前8世纪', '20世纪80年代', '二十世纪八十年代',
    '公元253年', '1997年7月1日', '一九九七年七月一日', '下午4点40分', '下午四点四十分', '4个月', '12天'],
  '5.1.2 pure decimals': ['0.46'],
  '5.1.3 ranges': ['-36～-8 ℃', '400—429页', '100—150 kg', '12 500～20 000元', '9亿～16亿', '13万元～17万元', '15%～30%'],
  '5.2.1 adjacent numerals': ['二三米', '一两个小时', '三五天', '一二十个', '四十五六岁'],
  '5.3 Arabic with 万 and 亿': ['我国1982年人口普查人数为10亿零817万5 288人', '108', '一百零八', '4000', '四千'],
};

for (const [clause, forms] of Object.entries(CORRECT_FORMS)) {
  test(`GB/T 15835-2011 ${clause}: the standard's correct forms are not flagged`, () => {
    for (const text of forms) assert.deepEqual(runStyle(text).map((d) => `${d.code} ${view(text, d).flagged}`), [], text);
  });
}

const INCORRECT_FORMS: Array<[string, string]> = [
  ['.46', 'leading-zero'],
  ['9～16亿', 'range-repeat-unit'],
  ['13～17万元', 'range-repeat-unit'],
  ['15～30%', 'range-repeat-unit'],
  ['二、三米', 'approx-no-dunhao'],
  ['四十五、六岁', 'approx-no-dunhao'],
  ['二〇〇八年8月8日', 'mixed-numeral-forms'],
  ['1百零8', 'arabic-with-chinese-unit'],
  ['4千', 'arabic-with-chinese-unit'],
];

test("GB/T 15835-2011: the standard's “不写为” forms are flagged with the matching rule", () => {
  for (const [text, code] of INCORRECT_FORMS) assert.deepEqual(runStyle(text).map((d) => d.code), [code], text);
});
