// Messages of the number-usage style rules, suppression comments and the config file (issue 6).
import type { Catalog } from './index';

export const styleCatalog: Catalog = {
  // ── style rules (GB/T 15835-2011) ──
  'arabic-with-chinese-unit': {
    en: 'Arabic digits are not combined with 十/百/千: write “{fix}” (GB/T 15835-2011, 5.3).',
    'zh-cn': '阿拉伯数字不与“十、百、千”连用：应写作“{fix}”（GB/T 15835-2011 第5.3条）。',
  },
  'arabic-with-chinese-unit.nofix': {
    en: '“{text}” combines Arabic digits with 十/百/千; write the number in Arabic digits (万 and 亿 may stay) or all in Chinese numerals (GB/T 15835-2011, 5.3).',
    'zh-cn': '“{text}”中阿拉伯数字与“十、百、千”连用；应全用阿拉伯数字（“万”“亿”可保留）或全用汉字数字（GB/T 15835-2011 第5.3条）。',
  },
  'range-repeat-unit': {
    en: 'In a range, write “{suffix}” after both figures: “{fix}” (GB/T 15835-2011, 5.1.3).',
    'zh-cn': '表示数值范围时，前后两个数值都应带“{suffix}”：应写作“{fix}”（GB/T 15835-2011 第5.1.3条）。',
  },
  'approx-no-dunhao': {
    en: 'Adjacent numerals that form an approximation take no 顿号 (、): write “{fix}” (GB/T 15835-2011, 5.2.1).',
    'zh-cn': '相邻的两个数字连用表示概数时，两数之间不用顿号：应写作“{fix}”（GB/T 15835-2011 第5.2.1条）。',
  },
  'approx-chinese-numerals': {
    en: 'Approximations with 几 or adjacent digits are written in Chinese numerals: “{fix}” (GB/T 15835-2011, 4.2.2).',
    'zh-cn': '含“几”的概数和数字连用表示的概数应采用汉字数字：应写作“{fix}”（GB/T 15835-2011 第4.2.2条）。',
  },
  'approx-chinese-numerals.nofix': {
    en: '“{text}” is an approximation with 几; write it in Chinese numerals (GB/T 15835-2011, 4.2.2).',
    'zh-cn': '“{text}”是含“几”的概数，应采用汉字数字（GB/T 15835-2011 第4.2.2条）。',
  },
  'mixed-numeral-forms': {
    en: '“{text}” mixes Arabic and Chinese numerals in one date; write every part in the same form (GB/T 15835-2011, 4.3).',
    'zh-cn': '“{text}”在同一日期中混用阿拉伯数字和汉字数字，应统一为同一种形式（GB/T 15835-2011 第4.3条）。',
  },
  'leading-zero': {
    en: 'A decimal below 1 keeps the 0 before the point: write “{fix}” (GB/T 15835-2011, 5.1.2).',
    'zh-cn': '纯小数必须写出小数点前定位的“0”：应写作“{fix}”（GB/T 15835-2011 第5.1.2条）。',
  },
  'redundant-approximation.doubled': {
    en: '“{first}” and “{second}” both mark “{text}” as approximate; keep one of them.',
    'zh-cn': '“{first}”与“{second}”重复表示“{text}”是约数，保留其一即可。',
  },
  'redundant-approximation.contradictory': {
    en: '“{first}” and “{second}” give “{text}” contradictory bounds; keep the one you mean.',
    'zh-cn': '“{first}”与“{second}”对“{text}”的限定互相矛盾，请只保留符合原意的一个。',
  },
  'reduce-by-multiple': {
    en: '“{text}”: a quantity cannot fall by a multiple. Give the fall as a percentage; if it fell to 1/{n} of its size, write “{verb}了{percent}%”.',
    'zh-cn': '“{text}”的说法不当：减少、降低不能用倍数表示，应改用百分数；如降至原来的{n}分之一，应写作“{verb}了{percent}%”。',
  },
  'reduce-by-multiple.generic': {
    en: '“{text}”: a quantity cannot fall by a multiple; give the fall as a percentage or a fraction.',
    'zh-cn': '“{text}”的说法不当：减少、降低不能用倍数表示，应改用百分数或分数。',
  },

  // ── suppression comments ──
  'suppression-unknown-code': {
    en: 'Unknown StatLens rule code “{code}” in a suppression comment.',
    'zh-cn': 'StatLens 屏蔽注释中的规则代码“{code}”不存在。',
  },

  // ── statlens.config.json (the location `path:line:column: ` is prefixed in code; editors show the text alone) ──
  'config.syntax': {
    en: 'invalid JSON: {detail}. The defaults are used.',
    'zh-cn': 'JSON 格式错误：{detail}。已改用默认设置。',
  },
  'config.read': {
    en: 'cannot read the file ({detail}). The defaults are used.',
    'zh-cn': '无法读取文件（{detail}）。已改用默认设置。',
  },
  'config.notObject': {
    en: 'the configuration must be a JSON object. The defaults are used.',
    'zh-cn': '配置必须是一个 JSON 对象。已改用默认设置。',
  },
  'config.unknownKey': {
    en: 'unknown key “{key}” (known keys: {known}); it is ignored.',
    'zh-cn': '未知的键“{key}”（可用的键：{known}），已忽略。',
  },
  'config.unknownRule': {
    en: 'unknown rule code “{key}”; it is ignored.',
    'zh-cn': '未知的规则代码“{key}”，已忽略。',
  },
  'config.badValue': {
    en: '“{key}” must be {expected}; it is ignored.',
    'zh-cn': '“{key}”的值应为{expected}，已忽略。',
  },

  // Detail texts of JSON syntax errors and expected-value descriptions (inserted into the messages above).
  'json.unexpectedEnd': { en: 'unexpected end of file', 'zh-cn': '文件意外结束' },
  'json.unexpectedChar': { en: 'unexpected character “{char}”', 'zh-cn': '意外的字符“{char}”' },
  'json.expected': { en: 'expected {what}', 'zh-cn': '此处应为{what}' },
  'json.duplicateKey': { en: 'duplicate key “{key}”', 'zh-cn': '键“{key}”重复' },
  'json.badString': { en: 'invalid string', 'zh-cn': '字符串无效' },
  'json.badNumber': { en: 'invalid number', 'zh-cn': '数字无效' },
  'json.tooDeep': { en: 'nesting too deep', 'zh-cn': '嵌套层数过多' },
  'json.trailing': { en: 'unexpected content after the closing brace', 'zh-cn': '右花括号之后有多余内容' },
  'expected.severity': {
    en: 'one of "off", "hint", "information", "warning", "error"',
    'zh-cn': '"off"、"hint"、"information"、"warning"、"error" 之一',
  },
  'expected.profile': { en: '"gbt15835-2011" or "off"', 'zh-cn': '"gbt15835-2011" 或 "off"' },
  'expected.object': { en: 'an object', 'zh-cn': '一个对象' },
  'expected.stringArray': { en: 'an array of non-empty strings', 'zh-cn': '由非空字符串组成的数组' },
  'expected.string': { en: 'a string', 'zh-cn': '一个字符串' },
};
