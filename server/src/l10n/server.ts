// Messages the language server itself shows (hover labels, code action titles, skip notices).
// Rule messages come already rendered from the engine; these are only the server's own words.
import type { Catalog } from './index';

export const serverMessages: Catalog = {
  'hover.value': { en: 'Value', 'zh-cn': '数值' },
  'hover.reading': { en: 'Reading', 'zh-cn': '读作' },
  'hover.kind': { en: 'Kind', 'zh-cn': '类型' },
  'hover.unit': { en: 'Unit', 'zh-cn': '单位' },
  'hover.bounds': { en: 'Bounds', 'zh-cn': '范围' },
  'hover.interval': { en: 'Rounding interval', 'zh-cn': '舍入区间' },
  'hover.approx': { en: 'Qualifier', 'zh-cn': '限定' },
  'hover.expected': { en: 'Expected', 'zh-cn': '应为' },
  'hover.finding': { en: 'Finding', 'zh-cn': '问题' },
  'hover.related': { en: 'Computed from', 'zh-cn': '计算依据' },
  'hover.suggestion': { en: 'Suggested text', 'zh-cn': '建议写法' },
  'hover.docs': { en: 'Rule documentation', 'zh-cn': '规则说明' },
  'hover.noLimit': { en: 'no limit', 'zh-cn': '不限' },

  'kind.number': { en: 'number', 'zh-cn': '数量' },
  'kind.percent': { en: 'percent', 'zh-cn': '百分比' },
  'kind.percentage-point': { en: 'percentage points', 'zh-cn': '百分点' },
  'kind.multiple': { en: 'multiple', 'zh-cn': '倍数' },
  'kind.fraction': { en: 'fraction', 'zh-cn': '分数' },

  'approx.about': { en: 'about', 'zh-cn': '约' },
  'approx.over': { en: 'over', 'zh-cn': '超过' },
  'approx.under': { en: 'under', 'zh-cn': '不到' },
  'approx.range': { en: 'range', 'zh-cn': '区间' },
  'approx.more': { en: 'more than (多/余)', 'zh-cn': '多/余' },
  'approx.adjacent': { en: 'adjacent numerals (三四万)', 'zh-cn': '相邻数字概数' },

  'action.replace': { en: 'Change “{from}” to “{to}”', 'zh-cn': '将“{from}”改为“{to}”' },
  'action.ignore': { en: 'Ignore this finding ({code}) with a comment', 'zh-cn': '用注释忽略此项（{code}）' },
  'action.disableRule': { en: 'Turn off rule “{code}” in settings', 'zh-cn': '在设置中关闭规则“{code}”' },

  'skip.tooLarge': {
    en: 'StatLens skipped this file: it has {size} characters, more than statlens.maxFileSize ({limit}). Raise the setting to check it.',
    'zh-cn': 'StatLens 未检查此文件：文件有 {size} 个字符，超过 statlens.maxFileSize（{limit}）。调大该设置即可检查。',
  },
  'error.internal': { en: 'StatLens: {method} failed: {error}', 'zh-cn': 'StatLens：{method} 处理失败：{error}' },
};
