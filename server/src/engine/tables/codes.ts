// Char codes the scanners compare against, named once for the whole engine. The hot loops compare codes, not
// characters: `s[i]` makes a new string for every Chinese character it reads.

function code(ch: string): number {
  return ch.charCodeAt(0);
}

export const SPACE = 0x20;
export const PERCENT = 0x25;
export const COMMA = 0x2c;
export const DOT = 0x2e;
export const SLASH = 0x2f;
/** `(`: clean text folds full-width brackets to it. */
export const OPEN_PAREN = 0x28;
export const SEMICOLON = 0x3b;
export const FULL_SEMICOLON = 0xff1b;
export const ZERO = 0x30;
export const PER_MILLE = code('‰');

// Magnitude and place words
export const WAN = code('万');
export const YI = code('亿');
export const ZHAO = code('兆');
export const BAI = code('百');

// Words inside or right after a figure
export const DUO = code('多');
export const YU = code('余');
export const JI = code('几');
export const DIAN = code('点');
export const FEN = code('分');
export const ZHI = code('之');
export const YOU = code('又');
export const GE = code('个');
export const BEI = code('倍');
export const CHENG = code('成');
export const ZHE = code('折');
export const LE = code('了');

/** An ASCII digit. `c` may be NaN (charCodeAt past either end of the text): every comparison is then false. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
