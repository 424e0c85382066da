// Messages of the statlens command line: usage, usage errors, file errors and the words of the text format.
import type { Catalog } from './index';

export const cliCatalog: Catalog = {
  // --help. {version} is the package version.
  'usage': {
    en: [
      'statlens {version}: finds the figures in Chinese statistical prose and the ones that contradict each other.',
      '',
      'Usage: statlens check [options] [FILE... | -]',
      '',
      'Options:',
      '  --format text|json|sarif   output format (default: text)',
      '  --encoding LABEL           decode the files as LABEL: gb18030, gbk, big5, utf-16le… (default: UTF-8)',
      '  --fail-on error|warning|information|hint',
      '                             exit with status 1 when a finding is at least this severe (default: error)',
      '  --locale en|zh-cn          language of the messages (default: from LC_ALL / LC_MESSAGES / LANG)',
      '  --max-size SIZE            skip larger files, e.g. 50M, 200K, 1048576 (default: 50M)',
      '  -j, --jobs N|auto          threads that analyze; auto uses every core for inputs of 192K characters or more (default: auto)',
      '  -q, --quiet, --no-quantities',
      '                             text format: list only the findings, not every quantity',
      '  -h, --help                 show this help',
      '  -V, --version              show the version',
      '',
      'A FILE of - reads standard input.',
      'Exit status: 0 checked; 1 a finding at or above --fail-on; 2 a usage error or a file that could not be read.',
    ].join('\n'),
    'zh-cn': [
      'statlens {version}：找出中文统计文稿中的数字，并标出相互矛盾的数据。',
      '',
      '用法：statlens check [选项] [文件... | -]',
      '',
      '选项：',
      '  --format text|json|sarif   输出格式（默认：text）',
      '  --encoding 编码            按指定编码读取文件：gb18030、gbk、big5、utf-16le…（默认：UTF-8）',
      '  --fail-on error|warning|information|hint',
      '                             存在不低于该级别的问题时退出码为 1（默认：error）',
      '  --locale en|zh-cn          消息语言（默认取自 LC_ALL / LC_MESSAGES / LANG）',
      '  --max-size 大小            跳过超过该大小的文件，如 50M、200K、1048576（默认：50M）',
      '  -j, --jobs 数量|auto       分析所用的线程数；auto 在输入达到 19.2 万字符时使用全部 CPU 核心（默认：auto）',
      '  -q, --quiet, --no-quantities',
      '                             text 格式只列出问题，不列出每个数字',
      '  -h, --help                 显示本帮助',
      '  -V, --version              显示版本',
      '',
      '文件名为 - 时读取标准输入。',
      '退出码：0 检查完成；1 存在不低于 --fail-on 级别的问题；2 用法错误或有文件无法读取。',
    ].join('\n'),
  },

  // Usage errors: one line on stderr after "statlens: ", then exit status 2.
  'usage.noCommand': {
    en: 'no command given; try: statlens check FILE (statlens --help for more)',
    'zh-cn': '未指定命令；请使用：statlens check 文件（详见 statlens --help）',
  },
  'usage.unknownCommand': {
    en: "unknown command '{command}'; the command is: statlens check FILE",
    'zh-cn': '未知命令“{command}”；可用命令：statlens check 文件',
  },
  'usage.unknownOption': {
    en: 'unknown option {option} (see statlens --help)',
    'zh-cn': '未知选项 {option}（详见 statlens --help）',
  },
  'usage.missingValue': {
    en: 'option {option} needs a value',
    'zh-cn': '选项 {option} 需要一个值',
  },
  'usage.flagWithValue': {
    en: 'option {option} takes no value',
    'zh-cn': '选项 {option} 不接受值',
  },
  'usage.badChoice': {
    en: "{option} must be one of {choices}, not '{value}'",
    'zh-cn': '{option} 只能是 {choices} 之一，而不是“{value}”',
  },
  'usage.badJobs': {
    en: "--jobs must be auto or a whole number from 1 to {max}, not '{value}'",
    'zh-cn': '--jobs 应为 auto 或 1 到 {max} 之间的整数，而不是“{value}”',
  },
  'usage.badSize': {
    en: "--max-size must be a size such as 50M, 200K or 1048576, not '{value}'",
    'zh-cn': '--max-size 应为 50M、200K 或 1048576 这样的大小，而不是“{value}”',
  },
  'usage.unknownEncoding': {
    en: "unknown encoding '{label}' (known labels include gb18030, gbk, big5, utf-16le, utf-8)",
    'zh-cn': '未知编码“{label}”（可用的有 gb18030、gbk、big5、utf-16le、utf-8 等）',
  },
  'usage.noFiles': {
    en: 'no input; give one or more files, or - to read standard input',
    'zh-cn': '没有输入；请指定一个或多个文件，或用 - 读取标准输入',
  },

  // Problems with one input: "statlens: <file>: <reason>" on stderr; the other files are still checked.
  'file.notFound': { en: 'no such file', 'zh-cn': '文件不存在' },
  'file.isDirectory': { en: 'is a directory, not a file', 'zh-cn': '这是目录，不是文件' },
  'file.unreadable': { en: 'cannot be read ({reason})', 'zh-cn': '无法读取（{reason}）' },
  'file.tooLarge': {
    en: 'is larger than {limit} bytes; raise the limit with --max-size if this is really a report',
    'zh-cn': '超过 {limit} 字节；如确为文稿，可用 --max-size 调高上限',
  },
  'file.binary': {
    en: 'looks like a binary file (it contains NUL bytes); statlens reads text files',
    'zh-cn': '似乎是二进制文件（含 NUL 字节）；statlens 只读取文本文件',
  },
  'file.notUtf8': {
    en: 'is not valid UTF-8; if it was saved as GB18030/GBK, run again with --encoding gb18030 (Big5: --encoding big5)',
    'zh-cn': '不是有效的 UTF-8；如为 GB18030/GBK 编码，请加上 --encoding gb18030 重新运行（Big5 编码：--encoding big5）',
  },
  'file.notDecodable': {
    en: 'is not valid {encoding}; check the --encoding label',
    'zh-cn': '不是有效的 {encoding} 编码；请检查 --encoding 参数',
  },
  'file.empty': { en: 'empty file', 'zh-cn': '空文件' },
  'file.internalError': {
    en: 'statlens failed on this file ({reason}); please report it with the file attached',
    'zh-cn': 'statlens 处理此文件时出错（{reason}）；请附上该文件报告此问题',
  },

  // Words of the text format.
  'severity.error': { en: 'error', 'zh-cn': '错误' },
  'severity.warning': { en: 'warning', 'zh-cn': '警告' },
  'severity.information': { en: 'info', 'zh-cn': '信息' },
  'severity.hint': { en: 'hint', 'zh-cn': '提示' },
  'text.note': { en: 'note', 'zh-cn': '注' },
  'text.quantity': { en: 'quantity', 'zh-cn': '数字' },
  'text.stdin': { en: '<stdin>', 'zh-cn': '<标准输入>' },
  'kind.number': { en: 'number', 'zh-cn': '数值' },
  'kind.percent': { en: 'percent', 'zh-cn': '百分比' },
  'kind.percentage-point': { en: 'percentage points', 'zh-cn': '百分点' },
  'kind.multiple': { en: 'multiple', 'zh-cn': '倍数' },
  'kind.fraction': { en: 'fraction', 'zh-cn': '分数' },
  'unit.percentagePoint': { en: 'points', 'zh-cn': '个百分点' },
  'text.bounds': { en: 'between {min} and {max}', 'zh-cn': '介于 {min} 与 {max} 之间' },
  'text.atLeast': { en: 'at least {min}', 'zh-cn': '不少于 {min}' },
  'text.atMost': { en: 'at most {max}', 'zh-cn': '不多于 {max}' },
  'text.summary': {
    en: '{files} file(s) checked: {quantities} quantities, {findings} finding(s)',
    'zh-cn': '已检查 {files} 个文件：{quantities} 个数字，{findings} 个问题',
  },
  'text.summaryWithFailures': {
    en: '{files} file(s) checked: {quantities} quantities, {findings} finding(s); {failed} file(s) could not be read',
    'zh-cn': '已检查 {files} 个文件：{quantities} 个数字，{findings} 个问题；{failed} 个文件无法读取',
  },
};
