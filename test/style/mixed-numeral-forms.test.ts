import { ruleTable } from './table';

ruleTable('mixed-numeral-forms', {
  invalid: [
    { text: '二〇〇八年8月8日', flagged: '二〇〇八年8月8日', fixed: null },
    { text: '于2008年八月八日开幕', flagged: '2008年八月八日', fixed: null },
    { text: '2008年8月八日', flagged: '2008年8月八日', fixed: null },
    { text: '二零一二年10月', flagged: '二零一二年10月', fixed: null },
    { text: '8月十五日', flagged: '8月十五日', fixed: null },
  ],
  valid: [
    '2008年8月8日',
    '二〇〇八年八月八日',
    '一九九七年七月一日',
    '2023年1-3月',
    '今年一至八月',
    '三年8个月',
    '2020年12月31日',
    '十一月',
  ],
});
