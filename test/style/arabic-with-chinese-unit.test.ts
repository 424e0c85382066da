import { ruleTable } from './table';

ruleTable('arabic-with-chinese-unit', {
  invalid: [
    { text: '全市共有4千人参加', flagged: '4千', fixed: '全市共有4000人参加' },
    { text: '1百零8', flagged: '1百零8', fixed: '108' },
    { text: '投资2千万元', flagged: '2千万', fixed: '投资2000万元' },
    { text: '收入3千5百元', flagged: '3千5百', fixed: '收入3500元' },
    { text: '约3.5千户', flagged: '3.5千', fixed: '约3500户' },
    { text: '1万2千人', flagged: '1万2千', fixed: '1万2000人' },
    { text: '达4千亿元', flagged: '4千亿', fixed: '达4000亿元' },
    { text: '3十多家', flagged: '3十', fixed: '30多家' },
    { text: '２千萬元', flagged: '２千萬', fixed: '２０００萬元' }, // full width and traditional stay as written
    { text: '月薪3千5', flagged: '3千5', fixed: null }, // colloquial 三千五: 3500 is likely but not certain
  ],
  valid: [
    '我国1982年人口普查人数为10亿零817万5288人',
    '粮食产量6.9万吨',
    '全程5千米',
    '体重60千克，功率10千瓦',
    '世界5百强',
    '四千人',
    '2十几岁', // approx-chinese-numerals reports this one
    'G3千', // an identifier, not prose
  ],
});
