// What a consistency diagnostic carries: message in both languages with the computation, related operand ranges,
// severity settings, and the off-by-default rounding-only information.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { rules } from '../../server/src/engine/rules';

const TEXT = '截至10月底，甘肃完成精准扶贫劳动力培训37.17万人，完成年度任务26万人的153.0%。';

test('message shows the computation in zh-CN and in English', () => {
  const zh = analyze(TEXT, { locale: 'zh-cn' }).diagnostics;
  assert.equal(zh.length, 1);
  assert.equal(zh[0].message, '37.17万 ÷ 26万 = 142.96%，文中为 153.0%');
  const en = analyze(TEXT, { locale: 'en' }).diagnostics;
  assert.equal(en[0].message, '37.17万 ÷ 26万 = 142.96%, but the text says 153.0%');
  assert.equal(en[0].messageId, zh[0].messageId);
  assert.deepEqual(en[0].args, zh[0].args);
});

test('a locale tag the engine has no catalog for is read as the nearest one, never thrown on', () => {
  // a JavaScript caller may pass what an editor or OS reports: zh-TW, zh-Hant, fr, or something that is no tag at all
  const zh = '37.17万 ÷ 26万 = 142.96%，文中为 153.0%';
  const en = '37.17万 ÷ 26万 = 142.96%, but the text says 153.0%';
  for (const [locale, message] of [['zh-tw', zh], ['zh-Hant', zh], ['ZH-CN', zh], ['fr', en], ['', en], [42, en], [null, en]] as const) {
    const options = { locale } as unknown as Parameters<typeof analyze>[1];
    const [d] = analyze(TEXT, options).diagnostics;
    assert.equal(d.message, message, String(locale));
    assert.ok(d.related.every((r) => !r.message.includes('{')), String(locale));
  }
  // a style finding and an unknown suppression code render through the same catalogs
  const style = analyze('共3万多人。<!-- statlens-disable-next-line no-such-rule -->\n共3万人。', { locale: 'zh-tw' } as never).diagnostics;
  assert.ok(style.every((d) => typeof d.message === 'string' && d.message.length > 0 && !d.message.includes('undefined')));
});

test('related ranges point at the operands, with a word on each', () => {
  const [d] = analyze(TEXT, { locale: 'zh-cn' }).diagnostics;
  const texts = d.related.map((r) => TEXT.slice(r.start, r.end));
  assert.deepEqual(texts, ['37.17万', '26万']);
  assert.match(d.related[0].message, /^部分：37\.17万$/);
  assert.match(d.related[1].message, /^整体：26万$/);
  const [e] = analyze(TEXT, { locale: 'en' }).diagnostics;
  assert.equal(e.related[0].message, 'part: 37.17万');
});

test('offsets are in the original text, through traditional script and pinyin noise', () => {
  const text = '據統計(jì)，今年全省外貿(mào)進出口總額為3,215.6億元，較(jiào)去年同期的3,428.3億元下降8.2%。';
  const [d] = analyze(text, { locale: 'zh-cn' }).diagnostics;
  assert.equal(text.slice(d.start, d.end), '8.2%');
  assert.equal(d.code, 'growth-mismatch');
  assert.deepEqual(d.related.map((r) => text.slice(r.start, r.end)), ['3,428.3億', '3,215.6億']);
});

test('severity follows the settings; off disables a rule', () => {
  assert.equal(analyze(TEXT, { rules: { 'percent-mismatch': 'error' } }).diagnostics[0].severity, 'error');
  assert.equal(analyze(TEXT, { rules: { 'percent-mismatch': 'off' } }).diagnostics.length, 0);
  assert.equal(analyze(TEXT).diagnostics[0].severity, 'warning');
});

test('rounding-only is off by default and notes figures consistent only through rounding', () => {
  const text = '今年1至9月，全市城镇新增就业6.3万人，完成全年目标任务8万人的79.3%。';
  assert.equal(analyze(text).diagnostics.length, 0);
  const on = analyze(text, { rules: { 'rounding-only': 'information' }, locale: 'zh-cn' }).diagnostics;
  assert.equal(on.length, 1);
  assert.equal(on[0].code, 'rounding-only');
  assert.equal(on[0].severity, 'information');
  assert.equal(text.slice(on[0].start, on[0].end), '79.3%');
  assert.match(on[0].message, /6\.3万 ÷ 8万 = 78\.75%/);
  assert.equal(on[0].fix, undefined);
  // An exact relation is not noted.
  assert.equal(analyze('完成8.4万人，为目标任务8万人的105.0%。', { rules: { 'rounding-only': 'information' } }).diagnostics.length, 0);
});

test('every rule has meta with a warning default (rounding-only: information, off) and a docs page', () => {
  const codes = rules.map((r) => r.meta.code);
  for (const code of ['percent-mismatch', 'part-exceeds-total', 'sum-mismatch', 'growth-mismatch', 'percentage-point-confusion', 'multiple-mismatch', 'average-mismatch']) {
    const r = rules.find((x) => x.meta.code === code);
    assert.ok(r, code);
    assert.equal(r.meta.defaultSeverity, 'warning');
    assert.equal(r.meta.docs, `docs/rules/${code}.md`);
  }
  assert.equal(new Set(codes).size, codes.length);
  const ro = rules.find((x) => x.meta.code === 'rounding-only');
  assert.equal(ro?.meta.defaultOff, true);
});
