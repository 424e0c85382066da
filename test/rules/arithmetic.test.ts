// Interval arithmetic and writing values in a figure's own style.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { div, overlaps, sub, sum } from '../../server/src/engine/interval';
import { describeLike, formatLike, roundExpected } from '../../server/src/engine/format';
import { analyze } from '../../server/src/engine';

test('intervals: division spans the extreme quotients; overlap is closed and tolerant of float noise', () => {
  const q = div({ lo: 371650, hi: 371750 }, { lo: 255000, hi: 265000 });
  assert.ok(q);
  assert.ok(Math.abs(q.lo - 371650 / 265000) < 1e-12 && Math.abs(q.hi - 371750 / 255000) < 1e-12);
  assert.equal(div({ lo: 1, hi: 2 }, { lo: 0, hi: 1 }), null);
  assert.deepEqual(sub({ lo: 5, hi: 6 }, { lo: 1, hi: 2 }), { lo: 3, hi: 5 });
  assert.ok(overlaps({ lo: 0.1 + 0.2, hi: 1 }, { lo: 0, hi: 0.3 }));
  assert.ok(!overlaps({ lo: 1, hi: 2 }, { lo: 2.001, hi: 3 }));
  assert.deepEqual(sum([{ lo: 1, hi: 2 }, { lo: 3, hi: 4 }]), { lo: 4, hi: 6 });
  // open-ended figures (超过 X): an infinite bound neither hides a contradiction nor invents one
  assert.ok(!overlaps({ lo: 980, hi: Infinity }, { lo: 934.5, hi: 935.5 }));
  assert.ok(overlaps({ lo: 600, hi: Infinity }, { lo: 934.5, hi: 935.5 }));
  assert.equal(div({ lo: 1, hi: Infinity }, { lo: 1, hi: Infinity }), null);
  assert.ok(overlaps({ lo: NaN, hi: 1 }, { lo: 5, hi: 6 }));
});

function quantity(text: string, figure: string) {
  const q = analyze(text).quantities.find((x) => x.text.startsWith(figure));
  assert.ok(q, `scanned ${figure}`);
  return q;
}

test('formatLike writes a value in the figure style and precision', () => {
  const cases: [string, string, number, string][] = [
    ['完成率153.0%', '153.0%', 142.96, '143.0%'],
    ['新增1.2万人', '1.2万', 12650, '1.3万'],
    ['营收2,680萬元', '2,680萬', 34300000, '3,430萬'],
    ['比重１８．３５％', '１８．３５％', 18.3, '１８．３０％'],
    ['死亡率为7.83‰', '7.83‰', 0.7383, '7.38‰'],
    ['下降0.3个百分点', '0.3个百分点', 0.5, '0.5个百分点'],
    ['增长3.6倍', '3.6倍', 2.637, '2.6倍'],
  ];
  for (const [text, figure, value, want] of cases) {
    const q = quantity(text, figure);
    assert.equal(formatLike(value, q, text.slice(q.numberStart, q.numberEnd)), want, text);
  }
  const chinese = quantity('学校一百零五所', '一百零五');
  assert.equal(formatLike(98, chinese, '一百零五'), null);
});

test('expected carries one decimal more than the figure, at least two, in value units', () => {
  assert.equal(roundExpected(142.9615, quantity('为153.0%', '153.0%')), 142.96);
  assert.equal(roundExpected(0.738255, quantity('为7.83‰', '7.83‰')), 0.7383);
  assert.equal(roundExpected(237866.41, quantity('人均28.3万元', '28.3万')), 237900);
  assert.equal(describeLike(142.9615, quantity('为153.0%', '153.0%')), '142.96%');
  // a share in tenths with a trailing digit (三成五) is still described in percent
  assert.equal(describeLike(40.476, quantity('占比为三成五', '三成五')), '40.48%');
});
