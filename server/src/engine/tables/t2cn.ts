// Character-level traditional → simplified: one array read per character. Numerals and cue words convert one
// character to one character, so offsets never shift (phrase-level conversion of a whole document is several times
// slower and can change lengths). The pairs are opencc-js's t2cn conversion of each code unit alone, generated into
// t2cn-pairs.ts at build time (scripts/gen-t2cn-table.mjs): loading opencc-js's dictionaries and converter at run time
// cost the server about 10 MiB of memory and its first traditional document 11 ms, for 3,419 pairs.
import { T2CN_PAIRS } from './t2cn-pairs';

const TABLE = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) TABLE[code] = code;
for (const line of T2CN_PAIRS) for (let i = 0; i + 1 < line.length; i += 2) TABLE[line.charCodeAt(i)] = line.charCodeAt(i + 1);

/** The simplified form of one UTF-16 code unit (itself when it has none). */
export function t2cnChar(code: number): number {
  return TABLE[code];
}
