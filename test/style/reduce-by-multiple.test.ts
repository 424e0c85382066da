import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStyle } from './harness';
import { ruleTable } from './table';

ruleTable('reduce-by-multiple', {
  invalid: [
    { text: '成本降低3倍', flagged: '降低3倍', fixed: null },
    { text: '能耗减少了两倍', flagged: '减少了两倍', fixed: null },
    { text: '价格下降1倍', flagged: '下降1倍', fixed: null },
    { text: '體積縮小5倍', flagged: '縮小5倍', fixed: null },
  ],
  valid: ['增长3倍', '降低了66.7%', '减少三分之二', '降低到原来的1/3', '升降3倍'],
});

test('reduce-by-multiple: the message suggests the percentage for the 1/N reading', () => {
  const [d] = runStyle('成本降低4倍', { locale: 'zh-cn' }, 'reduce-by-multiple');
  assert.match(d.message, /降低了75%/);
  const [e] = runStyle('成本降低3倍', { locale: 'en' }, 'reduce-by-multiple');
  assert.match(e.message, /降低了66\.7%/);
  assert.match(e.message, /cannot fall by a multiple/);
});
