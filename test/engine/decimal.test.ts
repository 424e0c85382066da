// Exact decimals: a mantissa is a plain number while it is a safe integer and a BigInt beyond. Whatever the mix, sums,
// exact strings, doubles and the whole-number test must agree with plain BigInt arithmetic done here independently.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { add, dec, isInteger, mantissaOf, toDouble, toExact, type Dec } from '../../server/src/engine/decimal';

/** The value as (BigInt mantissa, exponent), the way the engine stored every decimal before numbers were used. */
function reference(a: Dec): { m: bigint; e: number } {
  return { m: BigInt(a.m), e: a.e };
}

function referenceSum(a: Dec, b: Dec): { m: bigint; e: number } {
  const x = reference(a);
  const y = reference(b);
  const e = Math.min(x.e, y.e);
  return { m: x.m * 10n ** BigInt(x.e - e) + y.m * 10n ** BigInt(y.e - e), e };
}

/** Plain decimal string of m × 10^e without trailing fractional zeros, written without the engine's code. */
function referenceExact({ m, e }: { m: bigint; e: number }): string {
  if (m === 0n) return '0';
  const sign = m < 0n ? '-' : '';
  let digits = (m < 0n ? -m : m).toString();
  if (e >= 0) return sign + digits + '0'.repeat(e);
  digits = digits.padStart(-e + 1, '0');
  const int = digits.slice(0, digits.length + e);
  const frac = digits.slice(digits.length + e).replace(/0+$/, '');
  return sign + int + (frac ? '.' + frac : '');
}

/** Digit strings of 1 to 30 digits: below, at and beyond the 15 digits that stay plain numbers. */
const digitStrings = fc.stringMatching(/^[0-9]{1,30}$/);
const decimals = fc.tuple(digitStrings, fc.integer({ min: -25, max: 25 })).map(([d, e]) => dec(mantissaOf(d), e));

describe('exact decimals with number and BigInt mantissas', () => {
  it('the safe-integer boundary: sums and shifts that leave it become BigInts, exactly', () => {
    const max = Number.MAX_SAFE_INTEGER; // 9007199254740991
    assert.equal(toExact(add(dec(max, 0), dec(1, 0))), '9007199254740992');
    assert.equal(typeof add(dec(max, 0), dec(1, 0)).m, 'bigint');
    assert.equal(toExact(add(dec(max, 4), dec(1, 0))), '90071992547409910001'); // 9007199254740991万 + 1
    assert.equal(toExact(add(dec(123, -2), dec(10n ** 20n, 0))), '100000000000000000001.23');
    assert.equal(typeof mantissaOf('000000000000000000042'), 'number', 'leading zeros do not make a BigInt');
    assert.equal(toExact(dec(mantissaOf('1234567890123456789'), -2)), '12345678901234567.89');
  });

  it('agree with BigInt arithmetic on random figures (sum, exact string, double, whole number)', () => {
    fc.assert(
      fc.property(decimals, decimals, (a, b) => {
        const sum = add(a, b);
        const expected = referenceExact(referenceSum(a, b));
        assert.equal(toExact(sum), expected);
        assert.equal(toExact(a), referenceExact(reference(a)));
        assert.equal(toDouble(sum), Number(expected));
        assert.equal(isInteger(sum), !expected.includes('.'));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
