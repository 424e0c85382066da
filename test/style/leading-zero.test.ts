import { ruleTable } from './table';

ruleTable('leading-zero', {
  invalid: [
    { text: '系数为.46', flagged: '.46', fixed: '系数为0.46' },
    { text: '变化-.5个百分点', flagged: '-.5', fixed: '变化-0.5个百分点' },
    { text: '占比．５％', flagged: '．５', fixed: '占比０．５％' },
    { text: '(.75)', flagged: '.75', fixed: '(0.75)' },
  ],
  valid: ['0.46', '第3.2节', '版本1.0.5', 'v.5', 'file.5', '.5em', 'a.b', '3.14'],
});
