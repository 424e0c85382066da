// Normalization: original text → clean text + offset map.
// One linear pass. Per UTF-16 code unit:
//   - traditional → simplified, character level (opencc-js t2cn of each code unit alone, a generated table);
//   - full-width ASCII → half-width (０-９, ％, ．, ，, ～ …), U+3000 → space;
//   - inline pinyin annotations after a Han character, `網(wǎng)` / `网（wang）`, are dropped;
//   - spaces that sit between a figure and a Han character or %, or between two Han characters, are dropped
//     (`75.4 萬` → `75.4万`), so the scanner never has to skip them.
// map[i] is the original offset of clean[i]; map[clean.length] is the original length.

import { t2cnChar } from './tables/t2cn';

export interface NormalizedText {
  original: string;
  text: string;
  /** clean index → original UTF-16 offset; length text.length + 1. */
  map: Int32Array;
}

const TONE_LETTERS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿêŋ';

function isPinyinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || TONE_LETTERS.indexOf(String.fromCharCode(code)) >= 0;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007 /* 〇 */ ||
    (code >= 0xf900 && code <= 0xfaff);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Length of a pinyin annotation `(pīn)` starting at i (ASCII or full-width parentheses), or 0. */
function pinyinAnnotationLength(s: string, i: number): number {
  const open = s.charCodeAt(i);
  const close = open === 0x28 ? 0x29 : open === 0xff08 ? 0xff09 : -1;
  if (close < 0) return 0;
  let j = i + 1;
  let letters = 0;
  let toned = false;
  while (j < s.length && j - i <= 12) {
    const c = s.charCodeAt(j);
    if (c === close) break;
    if (!isPinyinLetter(c)) return 0;
    if (c > 0x7f) toned = true;
    letters++;
    j++;
  }
  if (j >= s.length || s.charCodeAt(j) !== close || letters === 0 || letters > 6) return 0;
  // Without a tone mark, only accept syllable-like lowercase words (at least one vowel), to avoid eating `(a)`.
  if (!toned) {
    const w = s.slice(i + 1, j);
    if (w.length < 2 || !/[aeiouv]/.test(w)) return 0;
  }
  return j - i + 1;
}

const CAN = '参'.charCodeAt(0);
const SAN = '叁'.charCodeAt(0);
/** Capital numerals (simplified), next to which 参 is the capital 3. */
const FINANCIAL_CODES: ReadonlySet<number> = new Set(Array.from('壹贰叁肆伍陆柒捌玖拾佰仟', (c) => c.charCodeAt(0)));

const WHITE_CIRCLE = 0x25cb;
const LING_CIRCLE = 0x3007;
/** Chinese digits and 〇 / ○, next to which ○ is the zero 〇. */
const CHINESE_DIGIT_CODES: ReadonlySet<number> = new Set(Array.from('〇○零一二三四五六七八九', (c) => c.charCodeAt(0)));

function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code === 0x301c) return 0xff5e; // 〜 → ～ kept as range joiner
  return code;
}

/** Clean code units before they become a string: reused across calls (a document is thousands of paragraphs, and
 *  a typed array per paragraph was a measurable share of normalization). */
let scratch = new Uint16Array(4096);
const MAX_SCRATCH = 1 << 16;

/** i ↦ i for the first `length` offsets, shared (read-only: nothing writes to a NormalizedText's map). */
let identities = new Int32Array(0);
const MAX_SHARED_IDENTITY = 1 << 16;

function identity(length: number): Int32Array {
  if (length > MAX_SHARED_IDENTITY) return identityPrefix(length, length);
  if (identities.length < length) {
    identities = new Int32Array(Math.min(MAX_SHARED_IDENTITY, Math.max(length, identities.length * 2, 1024)));
    for (let i = 0; i < identities.length; i++) identities[i] = i;
  }
  return identities.subarray(0, length);
}

/** Offsets of a paragraph that drops something, written in place and copied out once at the end: reused like
 *  `scratch` (a fresh zeroed map per paragraph, filled by a loop, was a measurable share of normalization). */
let mapScratch = new Int32Array(4097);

/** A map for `length` entries whose first `upTo` are the identity (the rest is written by the caller). */
function mapWithIdentityPrefix(length: number, upTo: number): Int32Array {
  if (length > MAX_SCRATCH + 1) return identityPrefix(length, upTo);
  if (mapScratch.length < length) mapScratch = new Int32Array(Math.max(length, mapScratch.length * 2));
  mapScratch.set(identity(upTo));
  return mapScratch;
}

function identityPrefix(length: number, upTo: number): Int32Array {
  const map = new Int32Array(length);
  for (let i = 0; i < upTo; i++) map[i] = i;
  return map;
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  // Clean characters go into a typed array and become a string in slices: building the string one character at a
  // time was the single largest cost of normalization.
  // A huge paragraph gets its own buffer, so the shared one never holds megabytes for good.
  if (scratch.length < n && n <= MAX_SCRATCH) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const buf = n <= scratch.length ? scratch : new Uint16Array(n);
  // While nothing is dropped the map is the identity: it is only written from the first dropped code unit on.
  let map: Int32Array | null = null;
  let k = 0;
  let same = true; // every code unit kept as it was: the clean text is the original
  let prevKept = -1; // last kept clean code (after folding)
  for (let i = 0; i < n; i++) {
    const raw = original.charCodeAt(i);
    // pinyin after a Han character
    if ((raw === 0x28 || raw === 0xff08) && prevKept >= 0 && isHan(prevKept)) {
      const len = pinyinAnnotationLength(original, i);
      if (len > 0) {
        if (same) copyPrefix(original, buf, k);
        map ??= mapWithIdentityPrefix(n + 1, k);
        i += len - 1;
        same = false;
        continue;
      }
    }
    if (isSpace(raw)) {
      // drop spaces between a figure/Han and a Han/%, keep elsewhere (tables of numbers stay apart)
      let j = i + 1;
      while (j < n && isSpace(original.charCodeAt(j))) j++;
      const next = j < n ? fold(original.charCodeAt(j)) : -1;
      const prevOk = prevKept >= 0 && (isHan(prevKept) || isDigitCode(prevKept));
      const nextOk = next >= 0 && (isHan(next) || next === 0x25 || next === 0x2030 || (isDigitCode(next) && prevKept >= 0 && isHan(prevKept)));
      if (prevOk && nextOk) {
        if (same) copyPrefix(original, buf, k);
        map ??= mapWithIdentityPrefix(n + 1, k);
        i = j - 1;
        same = false;
        continue;
      }
    }
    let code = fold(raw);
    if (code >= 0x3400 && code <= 0xfaff) code = t2cnChar(code);
    // 參 / 参 written for the capital 叁 between capital numerals (`壹仟貳佰參拾伍萬`), not in 参加
    if (code === CAN && (FINANCIAL_CODES.has(prevKept) || (i + 1 < n && FINANCIAL_CODES.has(t2cnChar(original.charCodeAt(i + 1)))))) code = SAN;
    // ○ (a white circle) written for the zero 〇 between Chinese numerals (`二○二三年`), not as a bullet
    if (code === WHITE_CIRCLE && (CHINESE_DIGIT_CODES.has(prevKept) || (i + 1 < n && CHINESE_DIGIT_CODES.has(original.charCodeAt(i + 1))))) code = LING_CIRCLE;
    if (same) {
      // Nothing changed so far (k === i): the buffer is filled only from the first change on, so a paragraph that
      // needs none (most simplified text) is only read.
      if (code === raw) {
        k++;
        prevKept = code;
        continue;
      }
      copyPrefix(original, buf, k);
      same = false;
    }
    buf[k] = code;
    if (map) map[k] = i;
    k++;
    prevKept = code;
  }
  // Most paragraphs of simplified text need no change: then the original string serves, and no new one is built.
  const text = same ? original : codeUnitsToString(buf, k);
  if (!map) return { original, text, map: identity(n + 1) };
  map[k] = n;
  return { original, text, map: map === mapScratch ? map.slice(0, k + 1) : map.subarray(0, k + 1) };
}

/** The first `length` code units of the original into the buffer: the clean text up to the first change. */
function copyPrefix(original: string, buf: Uint16Array, length: number): void {
  for (let i = 0; i < length; i++) buf[i] = original.charCodeAt(i);
}

/** UTF-16 code units → string. A decoder is native code on the whole buffer: about half the time of
 *  String.fromCharCode.apply on a paragraph. It replaces a lone surrogate by U+FFFD, and the clean text must keep
 *  every code unit as it was: a result with U+FFFD (rare in real text) is built again code unit by code unit. */
const UTF16 = new TextDecoder('utf-16le');
const SLICE = 8192;

function codeUnitsToString(buf: Uint16Array, length: number): string {
  const decoded = UTF16.decode(buf.subarray(0, length));
  return decoded.indexOf('\uFFFD') < 0 ? decoded : exactString(buf, length);
}

function exactString(buf: Uint16Array, length: number): string {
  let out = '';
  for (let at = 0; at < length; at += SLICE) {
    out += String.fromCharCode.apply(null, buf.subarray(at, Math.min(length, at + SLICE)) as unknown as number[]);
  }
  return out;
}
