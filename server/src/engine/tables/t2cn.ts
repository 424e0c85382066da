// Character-level traditional → simplified, built lazily from opencc-js's t2cn converter.
// Numerals and cue words convert one character to one character, so offsets never shift, and a
// Uint16Array cache keeps the cost to one array read per character after its first sight
// (phrase-level conversion of a whole document is several times slower and can change lengths).
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;
const cache = new Uint16Array(0x10000); // 0 = not looked up yet

export function t2cnChar(code: number): number {
  const hit = cache[code];
  if (hit !== 0) return hit;
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const out = convert(String.fromCharCode(code));
  const mapped = out.length === 1 ? out.charCodeAt(0) : code;
  cache[code] = mapped;
  return mapped;
}
