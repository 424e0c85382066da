import { ruleTable } from './table';

ruleTable('range-repeat-unit', {
  invalid: [
    { text: '增长15～30%', flagged: '15～30%', fixed: '增长15%～30%' },
    { text: '9～16亿', flagged: '9～16亿', fixed: '9亿～16亿' },
    { text: '投资13～17万元', flagged: '13～17万', fixed: '投资13万～17万元' },
    { text: '约1~2万人', flagged: '1~2万', fixed: '约1万~2万人' },
    { text: '降低-5～10%', flagged: '-5～10%', fixed: '降低-5%～10%' },
    { text: '１５～３０％', flagged: '１５～３０％', fixed: '１５％～３０％' },
    { text: '30—50万亿元', flagged: '30—50万亿', fixed: '30万亿—50万亿元' },
    { text: '1,000～2,000万', flagged: '1,000～2,000万', fixed: '1,000万～2,000万' },
  ],
  valid: [
    '15%～30%',
    '9亿～16亿',
    '100—150 kg',
    '400—429页',
    '2020—2025年',
    '增长3至5万', // written-out 至 in prose is left alone
    '5000～1亿', // not a rising range once the suffix is repeated
    '2020-05-10%',
    '他说——30%的人',
  ],
});
