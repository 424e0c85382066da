// The style catalog: every message exists in both languages with the same placeholders, and every message a rule
// emits is in the catalog (render() falls back to the bare id, which a user must never see).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { styleCatalog } from '../../server/src/l10n/style';
import { runStyle } from './harness';

function placeholders(template: string): string[] {
  const out: string[] = [];
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    const close = template.indexOf('}', i);
    if (close > i) out.push(template.slice(i + 1, close));
  }
  return out.sort();
}

test('every catalog entry has English and Chinese text with the same placeholders', () => {
  for (const [id, entry] of Object.entries(styleCatalog)) {
    assert.ok(entry.en.trim() && entry['zh-cn'].trim(), id);
    assert.deepEqual(placeholders(entry['zh-cn']), placeholders(entry.en), id);
    assert.match(entry['zh-cn'], /[\u4e00-\u9fff]/, `${id} is translated`);
  }
});

test('every message the style rules emit comes from the catalog, fully rendered, in both languages', () => {
  const texts = ['共有4千人', '月薪3千5', '增长15～30%', '三、四个', '20几岁', '5、6个', '二〇〇八年8月8日', '系数.46',
    '约50%左右', '不到10人左右', '成本降低3倍', '价格下降1倍'];
  const ids = new Set<string>();
  for (const locale of ['en', 'zh-cn'] as const) {
    for (const text of texts) {
      for (const d of runStyle(text, { locale })) {
        ids.add(d.messageId);
        assert.ok(d.messageId in styleCatalog, d.messageId);
        assert.notEqual(d.message, d.messageId);
        assert.ok(!/\{\w+\}/.test(d.message), d.message);
      }
    }
  }
  assert.ok(ids.size >= 11, `covered ${[...ids].join(', ')}`);
});
