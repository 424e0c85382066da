// Suppression comments as a user writes them, checked on diagnostics the style rules really produce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuppressions, ignoreEdit, parseSuppressions, SUPPRESSION_UNKNOWN_CODE } from '../../server/src/engine/suppress';
import { STYLE_RULE_CODES } from '../../server/src/engine/style';
import type { EngineDiagnostic } from '../../server/src/engine/types';
import { runStyle } from './harness';

const known = { knownCodes: STYLE_RULE_CODES };

/** What the user sees after suppression: `line:flagged-text code` per finding. */
function visible(text: string, options = known): string[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return applySuppressions(text, runStyle(text), options).map((d) => `${lineOf(d.start)}:${text.slice(d.start, d.end)} ${d.code}`);
}

test('markdown disable … enable silences everything in between, and only there', () => {
  const text = ['共有4千人', '<!-- statlens-disable -->', '共有4千人，系数.46', '<!-- statlens-enable -->', '共有4千人'].join('\n');
  assert.deepEqual(visible(text), ['1:4千 arabic-with-chinese-unit', '5:4千 arabic-with-chinese-unit']);
});

test('disable with codes silences only those codes; enable of one code while all are off', () => {
  const text = ['<!-- statlens-disable leading-zero -->', '共有4千人，系数.46', '<!-- statlens-enable leading-zero -->', '系数.46'].join('\n');
  assert.deepEqual(visible(text), ['2:4千 arabic-with-chinese-unit', '4:.46 leading-zero']);
  const text2 = ['<!-- statlens-disable -->', '<!-- statlens-enable leading-zero -->', '共有4千人，系数.46'].join('\n');
  assert.deepEqual(visible(text2), ['3:.46 leading-zero']);
});

test('disable-next-line applies to the next non-blank line only; commas and a reason are allowed', () => {
  const text = ['<!-- statlens-disable-next-line arabic-with-chinese-unit, leading-zero -- quoted from the source -->', '', '共有4千人，系数.46', '共有4千人'].join('\n');
  assert.deepEqual(visible(text), ['4:4千 arabic-with-chinese-unit']);
});

test('plain text: the words on a line of their own work; inside a sentence they do not', () => {
  const text = ['statlens-disable-next-line arabic-with-chinese-unit', '共有4千人', '这里提到 statlens-disable 一词', '共有4千人'].join('\n');
  assert.deepEqual(visible(text), ['4:4千 arabic-with-chinese-unit']);
  const crlf = 'statlens-disable\r\n共有4千人\r\nstatlens-enable\r\n共有4千人';
  assert.deepEqual(visible(crlf), ['4:4千 arabic-with-chinese-unit']);
});

test('disable-line in a comment at the end of the line', () => {
  const text = '共有4千人 <!-- statlens-disable-line arabic-with-chinese-unit -->\n共有4千人';
  assert.deepEqual(visible(text), ['2:4千 arabic-with-chinese-unit']);
});

test('unknown codes in a directive get a hint on the code itself, in the user locale', () => {
  const text = '<!-- statlens-disable-next-line leading-zero leadng-zero -->\n系数.46';
  const out = applySuppressions(text, runStyle(text), { ...known, locale: 'zh-cn' });
  assert.equal(out.length, 1);
  const hint = out[0];
  assert.equal(hint.code, SUPPRESSION_UNKNOWN_CODE);
  assert.equal(hint.severity, 'hint');
  assert.equal(text.slice(hint.start, hint.end), 'leadng-zero');
  assert.equal(hint.message, 'StatLens 屏蔽注释中的规则代码“leadng-zero”不存在。');
  const off = applySuppressions(text, runStyle(text), { ...known, rules: { [SUPPRESSION_UNKNOWN_CODE]: 'off' } });
  assert.deepEqual(off, []);
});

test('text without directives is returned as is; a stray word is not a directive', () => {
  const text = '共有4千人';
  const diags = runStyle(text);
  assert.equal(applySuppressions(text, diags, known), diags);
  assert.deepEqual(parseSuppressions('statlens-disabled\n<!-- statlens-enabled -->\nstatlens-disable-line x'), []);
});

function applyEdit(text: string, d: EngineDiagnostic, languageId: string): string {
  const e = ignoreEdit(text, d, languageId);
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

for (const [languageId, text, expected] of [
  ['markdown', '# 标题\n\n共有4千人。', '# 标题\n\n<!-- statlens-disable-next-line arabic-with-chinese-unit -->\n共有4千人。'],
  ['markdown', '第一行，\n共有4千人。\n', '第一行，\n共有4千人。 <!-- statlens-disable-line arabic-with-chinese-unit -->\n'],
  ['markdown', '  - 共有4千人', '  <!-- statlens-disable-next-line arabic-with-chinese-unit -->\n  - 共有4千人'],
  ['plaintext', '前文\r\n    共有4千人', '前文\r\n    statlens-disable-next-line arabic-with-chinese-unit\r\n    共有4千人'],
  ['plaintext', 'statlens-disable-next-line leading-zero\n共有4千人', 'statlens-disable-next-line leading-zero arabic-with-chinese-unit\n共有4千人'],
] as const) {
  test(`"Ignore this finding" in ${languageId}: ${JSON.stringify(text)}`, () => {
    const [d] = runStyle(text, {}, 'arabic-with-chinese-unit');
    const edited = applyEdit(text, d, languageId);
    assert.equal(edited, expected);
    // And the finding is gone after the edit, with nothing new reported.
    assert.deepEqual(applySuppressions(edited, runStyle(edited), known).filter((x) => x.code === 'arabic-with-chinese-unit'), []);
  });
}

test('applying suppressions twice gives the same result (no doubled hints)', () => {
  const text = '<!-- statlens-disable-next-line leadng-zero -->\n系数.46';
  const once = applySuppressions(text, runStyle(text), known);
  assert.deepEqual(applySuppressions(text, once, known), once);
  assert.equal(once.filter((d) => d.code === SUPPRESSION_UNKNOWN_CODE).length, 1);
});
