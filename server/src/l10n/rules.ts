// Messages of the consistency rules (issue 3). Computations are shown as written: `37.17万 ÷ 26万 = 142.96%`.
import type { Catalog } from './index';

export const RULE_MESSAGES: Catalog = {
  mismatch: {
    en: '{computation} = {computed}, but the text says {stated}',
    'zh-cn': '{computation} = {computed}，文中为 {stated}',
  },
  'change-mismatch': {
    en: '{computation} = {computed}, but the text says {verb}{stated}',
    'zh-cn': '{computation} = {computed}，文中为{verb}{stated}',
  },
  'part-exceeds-total': {
    en: 'The part {stated} is larger than its total {total}',
    'zh-cn': '其中部分 {stated} 大于总数 {total}',
  },
  'sum-exceeds': {
    en: 'The parts add up to {computation} = {computed}, more than the total {stated}',
    'zh-cn': '各部分之和 {computation} = {computed}，超过总数 {stated}',
  },
  'sum-transposed': {
    en: '{computation} = {computed}, but the text says {stated} (digits transposed?)',
    'zh-cn': '{computation} = {computed}，文中为 {stated}（疑似数字颠倒）',
  },
  'points-as-percent': {
    en: '{computation} = {computed} percentage points, but the text says {verb}{stated}, which reads as a relative change (that would be {relative})',
    'zh-cn': '{computation} = {computed}个百分点，文中为{verb}{stated}，百分比之差应使用“百分点”（按相对变化计算为 {relative}）',
  },
  'rounding-only': {
    en: '{computation} = {computed}: {stated} agrees only within the rounding of the figures',
    'zh-cn': '{computation} = {computed}，与文中 {stated} 仅在四舍五入范围内一致',
  },
  related: { en: '{role}: {text}', 'zh-cn': '{role}：{text}' },
  'role.part': { en: 'part', 'zh-cn': '部分' },
  'role.whole': { en: 'whole', 'zh-cn': '整体' },
  'role.total': { en: 'total', 'zh-cn': '总数' },
  'role.before': { en: 'before', 'zh-cn': '基期数' },
  'role.after': { en: 'after', 'zh-cn': '报告期数' },
  'role.from': { en: 'from', 'zh-cn': '原值' },
  'role.to': { en: 'to', 'zh-cn': '现值' },
  'role.a': { en: 'compared figure', 'zh-cn': '比较数' },
  'role.b': { en: 'base figure', 'zh-cn': '基数' },
  'role.count': { en: 'count', 'zh-cn': '数量' },
  'role.amount': { en: 'change', 'zh-cn': '增减量' },
};
