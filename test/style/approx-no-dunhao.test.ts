import { ruleTable } from './table';

ruleTable('approx-no-dunhao', {
  invalid: [
    { text: '三、四个', flagged: '三、四', fixed: '三四个' },
    { text: '需要三、四个月', flagged: '三、四', fixed: '需要三四个月' },
    { text: '二十三、四岁', flagged: '三、四', fixed: '二十三四岁' },
    { text: '两、三天', flagged: '两、三', fixed: '两三天' },
    { text: '三、五年', flagged: '三、五', fixed: '三五年' },
    { text: '五、六万套', flagged: '五、六', fixed: '五六万套' },
  ],
  valid: [
    '三四个',
    '三、四季度', // the third and fourth quarters: an enumeration
    '一、二产业',
    '二、三次产业',
    '三、四年级',
    '第三、四条',
    '一、二、三个', // a list
    '三、四月份',
    '一、二线城市',
  ],
});
