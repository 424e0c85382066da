import { ruleTable } from './table';

ruleTable('redundant-approximation', {
  invalid: [
    { text: '占约50%左右', flagged: '约50%左右', fixed: null },
    { text: '大约为3万亩上下', flagged: '大约为3万亩上下', fixed: null },
    { text: '超过3万人以上', flagged: '超过3万人以上', fixed: null },
    { text: '不到10人左右', flagged: '不到10人左右', fixed: null },
    { text: '近5万余人', flagged: '近5万余', fixed: null },
    { text: '100多个左右', flagged: '100多个左右', fixed: null },
    { text: '超过一半以上', flagged: '超过一半以上', fixed: null },
    { text: '低于5%以下', flagged: '低于5%以下', fixed: null },
  ],
  valid: [
    '约50%',
    '50%左右',
    '超过3万人',
    '约有100多人',
    '节约5万元左右', // 节约 "save", not 约 "about"
    '最近5年以上',
    '近3年来增长20%左右',
    '高于5%的规模以上企业',
    '规模以上工业增加值增长5.6%',
  ],
});
