// Profile, severities, not-quantity words, locales and offsets: what the user controls and sees, for all style rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { styleRules, STYLE_RULE_CODES } from '../../server/src/engine/style';
import { runStyle, view } from './harness';

const SAMPLE = '共有4千人，增长15～30%，需要三、四个月，20几岁，二〇〇八年8月8日，系数.46，约50%左右，成本降低3倍。';

test('every style rule fires on the sample, once each, with information severity', () => {
  const found = runStyle(SAMPLE);
  assert.deepEqual(found.map((d) => d.code).sort(), [...STYLE_RULE_CODES].sort());
  assert.ok(found.every((d) => d.severity === 'information'));
});

test('codes are unique kebab-case and each rule names its doc page', () => {
  assert.equal(new Set(STYLE_RULE_CODES).size, STYLE_RULE_CODES.length);
  for (const rule of styleRules) {
    assert.match(rule.meta.code, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(rule.meta.docs, `docs/rules/${rule.meta.code}.md`);
  }
});

test("profile 'off' silences the style rules; an explicitly set rule still runs", () => {
  assert.deepEqual(runStyle(SAMPLE, { profile: 'off' }), []);
  const onlyZero = runStyle(SAMPLE, { profile: 'off', rules: { 'leading-zero': 'warning' } });
  assert.deepEqual(onlyZero.map((d) => [d.code, d.severity]), [['leading-zero', 'warning']]);
  assert.equal(runStyle(SAMPLE, { profile: 'gbt15835-2011' }).length, STYLE_RULE_CODES.length);
});

test('a rule set to off is not reported; a severity setting is applied', () => {
  const found = runStyle(SAMPLE, { rules: { 'range-repeat-unit': 'off', 'arabic-with-chinese-unit': 'error' } });
  assert.ok(!found.some((d) => d.code === 'range-repeat-unit'));
  assert.equal(found.find((d) => d.code === 'arabic-with-chinese-unit')?.severity, 'error');
});

test('words declared not to be quantities are not flagged (also in traditional script)', () => {
  const text = '三千五百集团与3千5百集团';
  assert.equal(runStyle(text, {}, 'arabic-with-chinese-unit').length, 1);
  assert.deepEqual(runStyle(text, { notQuantities: ['3千5百集團'] }, 'arabic-with-chinese-unit'), []);
});

test('messages are rendered in the requested locale', () => {
  const en = runStyle('共有4千人', { locale: 'en' })[0];
  const zh = runStyle('共有4千人', { locale: 'zh-cn' })[0];
  assert.equal(en.message, 'Arabic digits are not combined with 十/百/千: write “4000” (GB/T 15835-2011, 5.3).');
  assert.equal(zh.message, '阿拉伯数字不与“十、百、千”连用：应写作“4000”（GB/T 15835-2011 第5.3条）。');
  assert.equal(en.messageId, zh.messageId);
  assert.deepEqual(en.args, { text: '4千', fix: '4000' });
  assert.equal(en.expected, 4000);
});

test('offsets point into the original text, past pinyin annotations and traditional characters', () => {
  const text = '據統計(jì)，約５０％左右的人口為１５～３０萬';
  const found = runStyle(text);
  assert.deepEqual(
    found.map((d) => [d.code, view(text, d).flagged]),
    [['redundant-approximation', '約５０％左右'], ['range-repeat-unit', '１５～３０萬']],
  );
  const range = found[1];
  assert.equal(view(text, range).fixed, '據統計(jì)，約５０％左右的人口為１５萬～３０萬');
});

test('on any text: spans are inside the text, fixes stay inside their span, nothing throws', () => {
  const alphabet = [...'0123456789.,~～—-、%‰万亿千百十零一二三四五六七八九〇几多余左右以上约近超过不到年月日降低减少倍个人 a.'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
      const text = chars.join('');
      for (const d of runStyle(text)) {
        assert.ok(0 <= d.start && d.start < d.end && d.end <= text.length, `${d.code} span in ${text}`);
        if (d.fix) assert.ok(d.fix.start === d.start && d.fix.end === d.end && d.fix.newText !== text.slice(d.start, d.end));
      }
    }),
    { numRuns: 2000 },
  );
});

test('time grows linearly with the text (no backtracking)', () => {
  const unit = '约50%左右，15～30%，4千人，三、四个，20几，.46，降低3倍，1百零8，二〇〇八年8月8日。';
  const time = (n: number) => {
    const text = unit.repeat(n);
    const t0 = process.hrtime.bigint();
    runStyle(text);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  time(200); // warm up
  const small = time(500);
  const large = time(5000);
  assert.ok(large < small * 30 + 50, `500 units: ${small.toFixed(1)} ms, 5000 units: ${large.toFixed(1)} ms`);
  const pathological = '1'.repeat(100000) + '千' + '.'.repeat(50000) + '、'.repeat(50000) + '几'.repeat(50000);
  const t0 = Date.now();
  runStyle(pathological);
  assert.ok(Date.now() - t0 < 2000, 'pathological input under 2 s');
});
