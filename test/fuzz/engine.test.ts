// Property-based fuzzing of the engine: whatever the text, analyze() returns, and what it returns is well formed.
// Seeds are fixed so a failure reproduces; set FUZZ_SEED / FUZZ_RUNS to explore further.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, type AnalysisResult } from '../../server/src/engine';
import { resultViolation, shifted } from './invariants';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** fast-check settings: deterministic by default, a fraction of RUNS for the large inputs. */
function params(share = 1): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(5, Math.round(RUNS * share)) };
}

/** analyze() must not throw, and its result must satisfy every invariant. */
function checkText(text: string): AnalysisResult {
  let result: AnalysisResult;
  try {
    result = analyze(text, { locale: 'zh-cn' });
  } catch (error) {
    throw new Error(`analyze threw on ${JSON.stringify(text.slice(0, 200))}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const bad = resultViolation(text, result);
  if (bad) throw new Error(`${bad}\n  in ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text)}`);
  return result;
}

// The pieces statistical prose is made of, and the pieces that break naive scanners.
const FRAGMENTS = [
  '0', '1', '2', '5', '9', '00', '123', '2623.7', '.', ',', '，', '、', '．', '０', '１', '９', '－', '-', '+', '—', '～', '~', '至', '到',
  '〇', '零', '一', '二', '两', '三', '五', '七', '九', '十', '百', '千', '万', '萬', '亿', '億', '兆', '壹', '贰', '拾', '佰', '仟',
  '%', '％', '‰', '百分之', '个百分点', '個百分點', '倍', '成', '折', '翻', '番', '分之', '三分之一', '半', '一半',
  '多', '余', '餘', '约', '近', '超过', '逾', '以上', '以下', '左右', '不到', '将近',
  '元', '万元', '亿元', '人', '人次', '吨', '平方公里', '户', '个', '年', '月', '日', '季度', '第', '号',
  '其中', '合计', '共', '占', '比上年增长', '下降', '提高', '为', '的', '全省', '累计',
  '中，', '分别为', '按地区分，', '、其他', '非', '/', '元/平方米', '班', '指数', '上年', '1月为', '拨打', '电话', '2.0',
  '地区生产总值', '第一产业', '第二产业', '第三产业', '进出口', '出口', '进口', '户均', '平均每名教师负担学生', '年均增长',
  '(', ')', '（', '）', '(wǎng)', '（wang）', '(ā', ' ', '\u3000', '\t', '\n', '\r\n', '\r', '\n\n', '\uFEFF',
  '。', '；', '：', '！', '“', '”', '#', '|', '*', '\uD800', '\uDC00', '\uD83D\uDE00', '\u0301', '\u200B',
];

const numberSoup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
const cjkAndDigits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom(...'0123456789.,%万亿多余约成倍'.split('')),
  ),
  maxLength: 300,
});
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: min, maxLength: max });

/** Engine bugs this suite found, fixed since; their minimal reproductions stay as regression tests. */
describe('engine fuzzing: minimal reproductions of the bugs found', () => {
  it('a figure beyond double range has lo and hi finite or null: 3万万…万人 (80 × 万)', () => {
    checkText('3' + '万'.repeat(80) + '人');
  });
  it('a 400-digit figure with a unit has lo and hi finite or null: 共99…9元', () => {
    checkText('共' + '9'.repeat(400) + '元');
  });
  it('a descending range keeps lo ≤ hi: 10至2', () => {
    checkText('10至2');
    checkText('百到0');
  });
});

describe('engine fuzzing: analyze never throws and returns well-formed results', () => {
  it('random Unicode (full code points)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { checkText(s); }), params());
  });

  it('random UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(anyCodeUnits, (s) => { checkText(s); }), params());
  });

  it('CJK text with digits and numeral markers', () => {
    fc.assert(fc.property(cjkAndDigits, (s) => { checkText(s); }), params());
  });

  it('number soup from a grammar of numeral fragments', () => {
    fc.assert(fc.property(numberSoup, (s) => { checkText(s); }), params(2));
  });

  it('400-digit numbers keep their exact string and never leak Infinity or NaN', () => {
    const huge = fc.record({
      before: fc.constantFrom('', '全年收入', '增长', '共', '约', '。'),
      intPart: digits(300, 450).map((d) => '9' + d),
      fraction: fc.option(digits(1, 400), { nil: undefined }),
      after: fc.constantFrom('', '元', '万元', '亿元', '%', '倍', '个百分点', '万亿', '多人', '。'),
    });
    fc.assert(fc.property(huge, ({ before, intPart, fraction, after }) => {
      const figure = intPart + (fraction === undefined ? '' : '.' + fraction);
      const text = before + figure + after;
      const result = checkText(text);
      // With a unit after it, the figure is found (a scanner that gives up on long numbers would hide it from
      // the proofreader). A bare digit run without one may be an identifier, and not being reported is fine.
      const q = result.quantities.find((x) => x.numberStart <= before.length && x.numberEnd > before.length);
      if (after !== '' && after !== '。') assert.ok(q, `no quantity found in ${text.slice(0, 80)}…`);
      if (q && q.value === null) {
        // Out of double range: the exact digits must still be there, in full.
        assert.ok(q.exact.replace('.', '').length >= intPart.length, `exact lost digits: ${q.exact.slice(0, 40)}…`);
      }
    }), params(0.3));
  });

  it('BOM, CR, CRLF and LF line endings', () => {
    const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
    const lines = fc.array(numberSoup, { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(fc.boolean(), lines, lineEnding, (bom, ls, eol) => {
      checkText((bom ? '\uFEFF' : '') + ls.join(eol));
    }), params());
  });

  it('thousands of pinyin brackets', () => {
    const annotated = fc.record({
      count: fc.integer({ min: 1000, max: 4000 }),
      piece: fc.constantFrom('網(wǎng)', '网（wang）', '達(dá)', '(ā', '萬(wàn)', '人(rén'),
      figure: fc.constantFrom('', '2454個', '9.9萬人', '4萬多人'),
    });
    fc.assert(fc.property(annotated, ({ count, piece, figure }) => {
      checkText((piece + figure).repeat(count));
    }), params(0.05));
  });

  it('deeply repeated 万万万', () => {
    const stacked = fc.record({
      head: fc.constantFrom('', '3', '八', '1.5', '约'),
      count: fc.integer({ min: 1, max: 20000 }),
      word: fc.constantFrom('万', '萬', '亿', '万亿', '千'),
      tail: fc.constantFrom('', '人', '元', '多', '%'),
    });
    fc.assert(fc.property(stacked, ({ head, count, word, tail }) => {
      checkText(head + word.repeat(count) + tail);
    }), params(0.1));
  });
});

describe('engine fuzzing: results depend only on the paragraph (what incremental analysis relies on)', () => {
  const paragraph = fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !/[\r\n]/.test(f))), { maxLength: 60 }).map((p) => p.join(''));
  const prefixParagraph = fc.constantFrom(
    '全市地区生产总值1.2万亿元，比上年增长5.6%。\n\n',
    '其中，建档立卡贫困劳动力输转646.8万人次，占输转总人次的24.7%。\n',
    '一、劳务输转\n\n',
    '\n',
  );

  it('adding a paragraph in front shifts every result and changes nothing else', () => {
    fc.assert(fc.property(prefixParagraph, paragraph, (prefix, text) => {
      const alone = shifted(checkText(text), prefix.length);
      const after = shifted(checkText(prefix + text), 0);
      const inText = (r: AnalysisResult) => ({
        quantities: r.quantities.filter((q) => q.start >= prefix.length),
        diagnostics: r.diagnostics.filter((d) => d.start >= prefix.length),
      });
      assert.deepStrictEqual(inText(after), alone);
    }), params());
  });

  it('analyzing the same text twice gives the same result', () => {
    fc.assert(fc.property(numberSoup, (text) => {
      assert.deepStrictEqual(analyze(text), analyze(text));
    }), params(0.5));
  });
});
