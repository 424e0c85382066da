// Exact decimal arithmetic for fixes: `3.5千` must become `3500`, never `3499.9999999999995`.

/** A decimal figure as digits × 10^exponent. */
export interface ScaledDecimal {
  digits: bigint;
  exponent: number;
}

/** Parse an Arabic figure (`3.5`, `1,200`) multiplied by 10^power. */
export function scaled(figure: string, power: number): ScaledDecimal {
  const plain = figure.split(',').join('');
  const point = plain.indexOf('.');
  const decimals = point < 0 ? 0 : plain.length - point - 1;
  const digits = BigInt(point < 0 ? plain : plain.slice(0, point) + plain.slice(point + 1));
  return { digits, exponent: power - decimals };
}

export function sum(terms: ScaledDecimal[]): ScaledDecimal {
  if (terms.length === 0) return { digits: 0n, exponent: 0 };
  const exponent = Math.min(...terms.map((t) => t.exponent));
  let digits = 0n;
  for (const t of terms) digits += t.digits * 10n ** BigInt(t.exponent - exponent);
  return { digits, exponent };
}

/** Plain decimal string without separators or trailing fractional zeros: 1250, 1234.5. */
export function toPlainString(d: ScaledDecimal): string {
  let { digits, exponent } = d;
  while (exponent < 0 && digits % 10n === 0n && digits !== 0n) {
    digits /= 10n;
    exponent++;
  }
  if (exponent >= 0) return (digits * 10n ** BigInt(exponent)).toString();
  const s = digits.toString().padStart(-exponent + 1, '0');
  return s.slice(0, s.length + exponent) + '.' + s.slice(s.length + exponent);
}

export function toNumber(d: ScaledDecimal): number {
  return Number(toPlainString(d));
}
