// Property tests of the interval rule through analyze(): passages built from true values and then rounded the way
// reports round them are consistent and must never be flagged; a stated figure moved well outside what rounding
// allows must be flagged with the right code.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';

const r = (x: number, d: number) => x.toFixed(d);

interface Template {
  code: string;
  /** Passage with the derived figure consistent (skew 0) or skewed by a factor. Returns the text and the flagged figure. */
  build(values: number[], skew: number): { text: string; flag: string };
  arbitraries: fc.Arbitrary<number>[];
}

const TEMPLATES: Template[] = [
  {
    code: 'percent-mismatch',
    arbitraries: [fc.integer({ min: 10000, max: 999999 }), fc.integer({ min: 10000, max: 999999 })],
    build([part, whole], skew) {
      const pct = r((part / whole) * 100 * (1 + skew), 1) + '%';
      return { text: `全县完成培训${r(part / 1e4, 2)}万人次，完成年度任务${r(whole / 1e4, 2)}万人次的${pct}。`, flag: pct };
    },
  },
  {
    code: 'growth-mismatch',
    arbitraries: [fc.integer({ min: 1000, max: 99999 }), fc.integer({ min: 1000, max: 99999 })],
    build([before, after], skew) {
      const change = (after / before - 1) * 100;
      fc.pre(skew === 0 || Math.abs(change) >= 5);
      const stated = r(Math.abs(change) * (1 + skew), 1) + '%';
      const verb = change >= 0 ? '增长' : '下降';
      return { text: `全年实现营业收入${r(after / 10, 1)}亿元，比上年的${r(before / 10, 1)}亿元${verb}${stated}。`, flag: stated };
    },
  },
  {
    code: 'sum-mismatch',
    arbitraries: [fc.integer({ min: 100, max: 99999 }), fc.integer({ min: 100, max: 99999 }), fc.integer({ min: 100, max: 99999 })],
    build([a, b, c], skew) {
      const total = r(((a + b + c) / 10) * (1 + skew), 1) + '亿';
      return { text: `三项支出分别为${r(a / 10, 1)}亿元、${r(b / 10, 1)}亿元和${r(c / 10, 1)}亿元，合计${total}元。`, flag: total };
    },
  },
  {
    code: 'average-mismatch',
    arbitraries: [fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 100, max: 999 })],
    build([total, count], skew) {
      const avg = r(((total * 1e6) / (count * 100)) * (1 + skew), 0);
      return { text: `全县发放补贴资金${r(total / 100, 2)}亿元，惠及农户${r(count / 100, 2)}万户，户均补贴${avg}元。`, flag: avg };
    },
  },
  {
    code: 'percentage-point-confusion',
    arbitraries: [fc.integer({ min: 100, max: 990 }), fc.integer({ min: 100, max: 990 })],
    build([from, to], skew) {
      const diff = (to - from) / 10;
      fc.pre(skew === 0 || Math.abs(diff) >= 2);
      const stated = r(Math.abs(diff) * (1 + skew), 1) + '个百分点';
      const verb = diff >= 0 ? '提高' : '下降';
      return { text: `全县森林覆盖率由上年的${r(from / 10, 1)}%${verb}到${r(to / 10, 1)}%，${verb}了${stated}。`, flag: stated };
    },
  },
];

for (const t of TEMPLATES) {
  test(`${t.code}: figures rounded from true values are never flagged`, () => {
    fc.assert(fc.property(fc.tuple(...t.arbitraries), (values) => {
      const { text } = t.build(values, 0);
      const warnings = analyze(text).diagnostics.filter((d) => d.severity === 'warning');
      assert.deepEqual(warnings.map((d) => `${d.code} ${text.slice(d.start, d.end)} ${d.message}`), [], text);
    }), { numRuns: 300 });
  });

  test(`${t.code}: a stated figure 20 % off is flagged`, () => {
    fc.assert(fc.property(fc.tuple(...t.arbitraries), fc.constantFrom(0.2, -0.2), (values, skew) => {
      const { text, flag } = t.build(values, skew);
      const { text: truth } = t.build(values, 0);
      // A change too small to survive the skew at the stated precision is no test.
      fc.pre(truth !== text);
      const diags = analyze(text).diagnostics;
      const d = diags.find((x) => text.slice(x.start, x.end) === flag) ??
        // a sum may blame a part whose digits are the right value's, transposed (10.7 for 17.0)
        diags.find((x) => x.messageId === 'sum-transposed');
      assert.ok(d, `not flagged: ${text}`);
      assert.equal(d.code, t.code, text);
    }), { numRuns: 300 });
  });
}
