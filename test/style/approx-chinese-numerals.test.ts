import { ruleTable } from './table';

ruleTable('approx-chinese-numerals', {
  invalid: [
    { text: '20几岁', flagged: '20几', fixed: '二十几岁' },
    { text: '2十几个', flagged: '2十几', fixed: '二十几个' },
    { text: '100几十元', flagged: '100几', fixed: '一百几十元' },
    { text: '10几万人', flagged: '10几', fixed: '十几万人' },
    { text: '110几', flagged: '110几', fixed: '一百一十几' },
    { text: '２０幾歲', flagged: '２０幾', fixed: '二十幾歲' },
    { text: '5、6个', flagged: '5、6', fixed: '五六个' },
    { text: '2、3天', flagged: '2、3', fixed: '两三天' },
    { text: '2、3十个', flagged: '2、3', fixed: '二三十个' },
  ],
  valid: [
    '二十几岁',
    '100多件', // 4.3: Arabic digits are fine with 多
    '20余次',
    '3、4月份',
    '第5、6个',
    '1、2、3个',
    '增长了20%，几乎翻番',
    '几何',
  ],
});
